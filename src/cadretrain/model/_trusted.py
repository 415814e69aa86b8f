"""The one sanctioned bypass of validation: objects made of values already checked.

A table (:mod:`cadretrain.model.tables`) checks its columns once, with
every invariant the record classes check; a record read back from it is
made of values the library itself computed from those checked columns
(an id from the interned ids, a member from its code, a date from its
ordinal). Running each record's validators again would check the same
values a second time, once per record, which is what tables exist to avoid.

:func:`records` is the only place outside the enums' own machinery
(:mod:`cadretrain.model._labelled`) that makes attrs objects without their
``__init__``, and :func:`maker` its one-object form. The tables use
:func:`records` with values read out of their own validated columns; the
rule engine uses :func:`maker` for a finding whose every part it has just
checked (a check's validated result, the policy's validated parameter
uses), and the evaluator for the attendance summaries it computes from a
table's checked columns. Nothing a caller passes reaches either.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from itertools import repeat
from typing import Any, TypeVar

import attrs

__all__ = ["maker", "records"]

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


def maker(cls: type[R]) -> Callable[..., R]:
    """A function making objects of the frozen, slotted attrs class ``cls`` from field values.

    ``maker(cls)(*values)`` takes the values in field order, every one
    validated already (see the module docstring). Like attrs' own
    ``__init__``, the function is generated once from the class's fields:
    one slot setter call per field, looked up here.
    """
    names = [field.name for field in attrs.fields(cls)]  # type: ignore[arg-type]
    namespace: dict[str, Any] = {"new": _new, "cls": cls}
    lines = [f"def make({', '.join(names)}):", "    made = new(cls)"]
    for i, name in enumerate(names):
        namespace[f"set_{i}"] = getattr(cls, name).__set__
        lines.append(f"    set_{i}(made, {name})")
    lines.append("    return made")
    exec(compile("\n".join(lines), f"<cadretrain make {cls.__name__}>", "exec"), namespace)
    make: Callable[..., R] = namespace["make"]
    return make
