"""Sphinx extension: the ``glossary-tables`` directive.

It imports :mod:`cadretrain.model.enums` and renders, for every
``LabelledEnum`` subclass named in the module's ``__all__``, a section with a
table of its members: code (the stable JSON value), 中文, English. ``Role``
gets a column with each member's default audience category
(``member.audience``) and ``AudienceCategory`` one with its capability focus
(``member.capability``), when those attributes exist. The glossary is built
from the code, so it cannot drift from it.

Usage in MyST Markdown::

    ```{glossary-tables}
    ```
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
from typing import Any

from _reference_nodes import Cell, code_section, table
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

__all__ = ["GlossaryTables", "setup"]

ENUMS_MODULE = "cadretrain.model.enums"
LABELLED_BASE = ("cadretrain.model._labelled", "LabelledEnum")

# Extra columns: enum name -> (member attribute, column heading).
EXTRA_COLUMNS: dict[str, tuple[str, str]] = {
    "Role": ("audience", "Default audience 默认对象类别"),
    "AudienceCategory": ("capability", "Capability focus 能力重点"),
}

_LITERAL = re.compile(r"``(.+?)``")


class GlossaryTables(SphinxDirective):
    """Render one section with a table per labelled enum of the model."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        try:
            module = importlib.import_module(ENUMS_MODULE)
            base = getattr(importlib.import_module(LABELLED_BASE[0]), LABELLED_BASE[1])
        except Exception as exc:  # any import failure is a docs build error
            raise self.error(f"glossary-tables: cannot import {ENUMS_MODULE}: {exc!r}") from exc
        if module.__file__:
            self.env.note_dependency(module.__file__)

        names: list[str] = list(getattr(module, "__all__", ()))
        enums = [
            obj
            for obj in (getattr(module, name) for name in names)
            if isinstance(obj, type)
            and issubclass(obj, enum.Enum)
            and issubclass(obj, base)
            and obj is not base
        ]
        if not enums:
            raise self.error(f"glossary-tables: no LabelledEnum in {ENUMS_MODULE}.__all__")
        return [self._section(cls) for cls in enums]

    def _section(self, cls: type[enum.Enum]) -> nodes.section:
        section = code_section(f"glossary-{cls.__name__}", cls.__name__)
        self.state.document.note_implicit_target(section, section)

        summary = _summary(cls)
        if summary:
            section += summary

        members = list(cls)
        headings = ["Code", "中文", "English"]
        extra = EXTRA_COLUMNS.get(cls.__name__)
        attribute = extra[0] if extra and members and hasattr(members[0], extra[0]) else None
        if extra and attribute:
            headings.append(extra[1])

        rows: list[list[Cell]] = []
        for member in members:
            row: list[Cell] = [
                nodes.literal(text=str(member.value)),
                str(getattr(member, "zh", "")),
                str(getattr(member, "en", "")),
            ]
            if attribute:
                row.append(_describe(getattr(member, attribute)))
            rows.append(row)
        section += table(headings, rows, css_class="cadretrain-glossary")
        return section


def _summary(cls: type) -> nodes.paragraph | None:
    """The first paragraph of the class docstring, ``literals`` kept."""
    raw = cls.__dict__.get("__doc__")
    if not isinstance(raw, str) or raw.strip() in {"", "An enumeration."}:
        return None
    doc = inspect.cleandoc(raw)
    text = " ".join(doc.split("\n\n", 1)[0].split())
    paragraph = nodes.paragraph()
    for i, part in enumerate(_LITERAL.split(text)):
        if i % 2:
            paragraph += nodes.literal(text=part)
        elif part:
            paragraph += nodes.Text(part)
    return paragraph


def _describe(value: Any) -> nodes.Node | str:
    """An extra cell: an enum member as ``value`` 中文 / English, else its text."""
    if value is None:
        return "—"
    if isinstance(value, enum.Enum) and hasattr(value, "zh") and hasattr(value, "en"):
        paragraph = nodes.paragraph()
        paragraph += nodes.literal(text=str(value.value))
        paragraph += nodes.Text(f" {value.zh} / {value.en}")
        return paragraph
    if isinstance(value, tuple | frozenset | set | list):
        return ", ".join(str(_plain(v)) for v in value) or "—"
    return str(_plain(value))


def _plain(value: Any) -> object:
    return value.value if isinstance(value, enum.Enum) else value


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("glossary-tables", GlossaryTables)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
