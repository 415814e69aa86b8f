"""Plain-text layout for terminals: display widths, aligned columns, bilingual labels.

Chinese characters take two terminal columns, so columns are padded by
display width (``unicodedata.east_asian_width``), not by ``len``.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Sequence
from typing import Literal

import attrs

from cadretrain.model import LabelledEnum

__all__ = [
    "LANGUAGES",
    "Labeller",
    "Lang",
    "add_lang_option",
    "duration",
    "pad",
    "table",
    "width",
]

Lang = Literal["zh", "en", "both"]
LANGUAGES: tuple[Lang, ...] = ("zh", "en", "both")


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """Give a command the ``--lang`` option every command shares: zh, en or both (the default)."""
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="both", help="output language (default: both)"
    )


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters count two.

    >>> width("江安"), width("Jiang'an"), width("J01 江安")
    (4, 8, 8)
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    """``text`` padded with spaces to ``columns`` display columns.

    >>> pad("江安", 6) + "|"
    '江安  |'
    """
    return text + " " * max(0, columns - width(text))


def table(rows: Sequence[Sequence[str] | str], indent: int = 2, gap: int = 2) -> list[str]:
    """Rows as lines with every column but the last padded to its widest cell.

    A row that is a plain string is a heading inside the table: it is kept as
    it is and does not widen the columns, so groups stay aligned together.

    >>> table(["必修课", ("M1", "90 min"), "key", ("M22", "80 min")], indent=1)
    ['必修课', ' M1   90 min', 'key', ' M22  80 min']
    """
    cells = [row for row in rows if not isinstance(row, str)]
    columns = max((len(row) for row in cells), default=0)
    widths = [
        max((width(r[i]) for r in cells if i < len(r) - 1), default=0) for i in range(columns)
    ]
    lines = []
    for row in rows:
        if isinstance(row, str):
            lines.append(row)
            continue
        padded = [pad(cell, widths[i]) if i < len(row) - 1 else cell for i, cell in enumerate(row)]
        lines.append(" " * indent + (" " * gap).join(padded).rstrip())
    return lines


@attrs.frozen
class Labeller:
    """Picks the zh text, the en text, or both ("中文 English") for one output language."""

    lang: Lang

    def __call__(self, zh: str, en: str) -> str:
        """``zh``, ``en`` or both, by the language.

        >>> Labeller("both")("课程", "Modules"), Labeller("en")("课程", "Modules")
        ('课程 Modules', 'Modules')
        """
        if self.lang == "zh":
            return zh
        if self.lang == "en":
            return en
        return f"{zh} {en}"

    def of(self, member: LabelledEnum) -> str:
        """An enum member's label(s)."""
        return self(member.zh, member.en)


def duration(minutes: int, lang: Lang) -> str:
    """Minutes as hours and minutes, exactly.

    >>> duration(90, "zh"), duration(800, "en"), duration(60, "both")
    ('1小时30分', '13 h 20 min', '1 h')
    """
    hours, rest = divmod(minutes, 60)
    if lang == "zh":
        return (f"{hours}小时" if hours else "") + (f"{rest}分" if rest or not hours else "")
    parts = ([f"{hours} h"] if hours else []) + ([f"{rest} min"] if rest or not hours else [])
    return " ".join(parts)
