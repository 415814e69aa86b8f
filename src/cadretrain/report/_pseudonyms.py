"""Pseudonyms for reports that leave the department: trainees' ids and names replaced.

Trainee number *n* (in the cohort's roster order) becomes id ``P0001`` and
name ``学员0001``; every id and name is replaced in the reasons' text too,
so a message such as "t-012 未提交学习心得" names nobody. Units, roles and
numbers stay: they are what a reader outside the department needs.
"""

from __future__ import annotations

import attrs

from cadretrain.model import Cohort

__all__ = ["Pseudonyms"]


def _word(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "-_.")


@attrs.frozen
class Pseudonyms:
    """A replacement for each trainee id and name of one cohort (identity when off).

    >>> import cadretrain as ct
    >>> p = Pseudonyms.of(ct.examples.jiangan_2015().cohort)
    >>> p.id("t-012"), p.text("t-012 与 t-0120 不同")
    ('P0012', 'P0012 与 t-0120 不同')
    """

    ids: dict[str, str] = attrs.field(factory=dict)
    names: dict[str, str] = attrs.field(factory=dict)
    _words: dict[str, str] = attrs.field(factory=dict, init=False)
    _lengths: tuple[int, ...] = attrs.field(default=(), init=False)

    def __attrs_post_init__(self) -> None:
        words = {**self.names, **self.ids}
        object.__setattr__(self, "_words", words)
        object.__setattr__(self, "_lengths", tuple(sorted({len(w) for w in words}, reverse=True)))

    @classmethod
    def of(cls, cohort: Cohort) -> Pseudonyms:
        """Pseudonyms for every trainee of ``cohort``, numbered in roster order."""
        digits = max(4, len(str(len(cohort.trainees))))
        ids: dict[str, str] = {}
        names: dict[str, str] = {}
        for n, trainee in enumerate(cohort.trainees, start=1):
            number = f"{n:0{digits}d}"
            ids[trainee.id] = f"P{number}"
            names.setdefault(trainee.name, f"学员{number}")
        return cls(ids=ids, names=names)

    @property
    def active(self) -> bool:
        """Whether anything is replaced."""
        return bool(self._words)

    def id(self, trainee_id: str) -> str:
        """The pseudonym of ``trainee_id`` (itself when off)."""
        return self.ids.get(trainee_id, trainee_id)

    def name(self, name: str) -> str:
        """The pseudonym of ``name`` (itself when off)."""
        return self.names.get(name, name)

    def text(self, text: str) -> str:
        """``text`` with every trainee id and name in it replaced.

        An id matches only as a whole word (``t-1`` is not replaced inside
        ``t-10``); names match anywhere, longest first.
        """
        if not self._words:
            return text
        words, lengths = self._words, self._lengths
        out: list[str] = []
        i, size = 0, len(text)
        while i < size:
            for length in lengths:
                piece = text[i : i + length]
                new = words.get(piece) if len(piece) == length else None
                if new is not None and self._bounded(text, i, i + length):
                    out.append(new)
                    i += length
                    break
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    @staticmethod
    def _bounded(text: str, start: int, end: int) -> bool:
        if _word(text[start]) and start > 0 and _word(text[start - 1]):
            return False
        return not (_word(text[end - 1]) and end < len(text) and _word(text[end]))
