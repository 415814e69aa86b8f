"""The one sanctioned bypass of validation: records materialised from a table's columns.

A table (:mod:`cadretrain.model.tables`) checks its columns once, with
every invariant the record classes check; a record read back from it is
made of values the library itself computed from those checked columns
(an id from the interned ids, a member from its code, a date from its
ordinal). Running each record's validators again would check the same
values a second time, once per record, which is what tables exist to avoid.

:func:`records` is the only place outside the enums' own machinery
(:mod:`cadretrain.model._labelled`) that makes an attrs object without its
``__init__``. It is used by the tables alone, and only with values read out
of their own validated columns; nothing a caller passes reaches it.
"""

from __future__ import annotations

from collections import deque
from itertools import repeat
from typing import Any, TypeVar

import attrs

__all__ = ["records"]

R = TypeVar("R")

_new = object.__new__


def records(cls: type[R], count: int, columns: dict[str, list[Any]]) -> list[R]:
    """``count`` objects of the frozen, slotted attrs class ``cls``, field values from ``columns``.

    ``columns`` maps every field of ``cls`` to ``count`` values already
    validated (see the module docstring); the slots are filled in C.
    """
    names = [field.name for field in attrs.fields(cls)]  # type: ignore[arg-type]
    if sorted(names) != sorted(columns) or any(len(v) != count for v in columns.values()):
        raise AssertionError(f"columns {sorted(columns)} do not fill {cls.__name__}")
    objects: list[R] = list(map(_new, repeat(cls, count)))
    for name in names:
        deque(map(getattr(cls, name).__set__, objects, columns[name]), maxlen=0)
    return objects
