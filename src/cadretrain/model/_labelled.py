"""Enums whose members carry a stable ASCII value and zh and en labels.

A member is declared as ``NAME = ("value", "中文", "English")``; the value is
what JSON stores, the labels are what people read (``ct.label(member)``).
"""

from __future__ import annotations

import enum
from typing import Literal, Self

__all__ = ["LabelledEnum", "Language", "label"]

Language = Literal["zh", "en"]


class LabelledEnum(enum.Enum):
    """Base of every cadretrain enum: ``value`` plus ``zh`` and ``en`` labels."""

    _zh: str
    _en: str

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C: ``Enum.__hash__`` hashes the name in Python, which made every
    # dict or memo keyed by a member (statuses, outcomes, severities) 3-4x slower.
    __hash__ = object.__hash__

    def __new__(cls, value: str, zh: str, en: str) -> Self:
        member = object.__new__(cls)
        member._value_ = value
        member._zh = zh
        member._en = en
        return member

    @property
    def zh(self) -> str:
        """The Chinese label."""
        return self._zh

    @property
    def en(self) -> str:
        """The English label."""
        return self._en

    def label(self, lang: Language = "zh") -> str:
        """The label in ``lang`` ("zh" or "en")."""
        if lang == "zh":
            return self._zh
        if lang == "en":
            return self._en
        raise ValueError(f"lang: {lang!r} is not a language; expected 'zh' or 'en'")

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"

    def __str__(self) -> str:
        return str(self.value)


def label(member: LabelledEnum, lang: Language = "zh") -> str:
    """The zh or en label of any cadretrain enum member.

    >>> from cadretrain.model.enums import Tier
    >>> label(Tier.COMPULSORY), label(Tier.COMPULSORY, "en")
    ('必修课', 'compulsory')
    """
    return member.label(lang)
