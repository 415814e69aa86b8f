"""Building blocks shared by the factories: texts, ids, dates, places, sizes.

Texts mix Chinese and ASCII so that round-trips exercise unescaped Chinese;
ids never carry surrounding spaces; sizes are small by default so property
tests stay fast.
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from collections.abc import Sequence
from decimal import Decimal
from typing import TypeAlias, TypeVar

from hypothesis import strategies as st

from cadretrain.model import LabelledEnum, Place

__all__ = [
    "Size",
    "chinese_names",
    "dates",
    "decimals",
    "draw_place",
    "how_many",
    "ids",
    "members",
    "places",
    "size_bounds",
    "texts",
    "unique_ids",
]

E = TypeVar("E", bound=LabelledEnum)

Size: TypeAlias = int | tuple[int, int] | None
"""A size constraint: exactly ``n``, between ``(min, max)``, or ``None`` for the default."""

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高龙石田向彭"
_GIVEN = "国华建军明芳丽强伟红英秀兰平德文海春玉永志桂林金"
_HAN = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 0x800))
_TEXT_ALPHABET = _HAN + string.ascii_letters + string.digits + "，、·—()"
_ID_ALPHABET = string.ascii_lowercase + string.digits + "-_" + "村组班甲乙丙"

EARLIEST = dt.date(2013, 1, 1)
LATEST = dt.date(2030, 12, 31)


def size_bounds(size: Size, default: tuple[int, int], *, field: str) -> tuple[int, int]:
    """``(min, max)`` from a :data:`Size`, refusing a negative or inverted one at once."""
    low, high = default if size is None else (size, size) if isinstance(size, int) else size
    if isinstance(low, bool) or isinstance(high, bool) or not 0 <= low <= high:
        raise ValueError(
            f"{field}: {size!r} is not accepted; expected an int >= 0 or (min, max) "
            "with 0 <= min <= max"
        )
    return low, high


def how_many(wanted: bool | None, most: int) -> tuple[int, int]:
    """``(min, max)`` items a ``with_*`` switch asks for.

    ``True`` one to ``most``, ``False`` none, ``None`` zero to ``most``.
    """
    if wanted is None:
        return 0, most
    return (1, most) if wanted else (0, 0)


def members(enum_cls: type[E], allowed: Sequence[E] | None = None) -> st.SearchStrategy[E]:
    """A member of ``enum_cls``, or of ``allowed`` when given (which must be non-empty)."""
    choices = tuple(enum_cls) if allowed is None else tuple(allowed)
    if not choices:
        raise ValueError(f"no {enum_cls.__name__} to choose from; expected a non-empty sequence")
    return _sampled(choices)


@functools.cache
def _sampled(choices: tuple[E, ...]) -> st.SearchStrategy[E]:
    # Strategies are immutable values: reusing one spares hypothesis re-validating it per draw.
    return st.sampled_from(choices)


@functools.cache
def texts(*, min_size: int = 1, max_size: int = 12) -> st.SearchStrategy[str]:
    """Non-blank text, mostly Chinese, with ASCII letters and digits."""
    return st.text(alphabet=_TEXT_ALPHABET, min_size=max(min_size, 1), max_size=max_size)


@functools.cache
def chinese_names() -> st.SearchStrategy[str]:
    """A Chinese personal name: a surname and one or two given characters."""
    return st.builds(
        lambda surname, given: surname + given,
        st.sampled_from(_SURNAMES),
        st.text(alphabet=_GIVEN, min_size=1, max_size=2),
    )


@functools.cache
def ids(prefix: str) -> st.SearchStrategy[str]:
    """An id such as ``t-03`` or ``t-村7``: a prefix, a dash, a short tail."""
    return st.text(alphabet=_ID_ALPHABET, min_size=1, max_size=4).map(
        lambda tail: f"{prefix}-{tail}"
    )


def unique_ids(
    prefix: str, low: int, high: int, *, of: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[list[str]]:
    """Between ``low`` and ``high`` distinct ids."""
    return st.lists(of or ids(prefix), min_size=low, max_size=high, unique=True)


@functools.cache
def dates(min_value: dt.date = EARLIEST, max_value: dt.date = LATEST) -> st.SearchStrategy[dt.date]:
    """A calendar date (never a datetime), 2013-2030 by default."""
    return st.dates(min_value=min_value, max_value=max_value)


@functools.cache
def decimals(low: int = 0, high: int = 100) -> st.SearchStrategy[Decimal]:
    """A finite score with at most one decimal place."""
    return st.decimals(min_value=low, max_value=high, places=1, allow_nan=False)


@st.composite
def places(draw: st.DrawFn) -> Place:
    """A Chinese address: a province and, sometimes, the levels below it."""
    return draw_place(draw)


def draw_place(draw: st.DrawFn) -> Place:
    """A Chinese address, drawn in place (no new strategy per call)."""
    level = st.one_of(st.just(""), texts(max_size=5))
    return Place(
        province=draw(texts(max_size=4)) + "省",
        prefecture=draw(level),
        county=draw(level),
        township=draw(level),
        village=draw(level),
    )
