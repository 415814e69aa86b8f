"""Sphinx extension: the ``rule-reference`` directive.

It renders every check of :meth:`cadretrain.rules.RuleBook.builtin` — rule
id, scope, zh and en descriptions, and a table of the parameters with their
zh and en descriptions, type and default — so the reference is built from
the code and cannot drift from it. A parameter without a default is marked
*required*: the policy or the rule tree must supply it.

Usage in MyST Markdown::

    ```{rule-reference}
    ```
"""

from __future__ import annotations

import importlib
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

__all__ = ["RuleReference", "render_book", "setup"]

RULES_MODULE = "cadretrain.rules"
HEADINGS = ["Parameter 参数", "Type 类型", "Default 默认值", "说明", "Description"]


class RuleReference(SphinxDirective):
    """Render one section per check of the built-in rule book."""

    has_content = False
    required_arguments = 0
    optional_arguments = 0

    def run(self) -> list[nodes.Node]:
        try:
            rules = importlib.import_module(RULES_MODULE)
            book = rules.RuleBook.builtin()
        except Exception as exc:  # any import failure is a docs build error
            raise self.error(
                f"rule-reference: cannot load the built-in rule book: {exc!r}"
            ) from exc
        builtin = importlib.import_module("cadretrain._builtin_checks")
        if builtin.__file__:
            self.env.note_dependency(builtin.__file__)
        sections = render_book(book)
        for section in sections:
            if isinstance(section, nodes.section):
                self.state.document.note_implicit_target(section, section)
        return sections


def render_book(book: Any) -> list[nodes.Node]:
    """The docutils nodes for every check of ``book``, in id order."""
    if not len(book):
        return [nodes.paragraph(text="No checks are registered yet. 尚未登记任何检查。")]
    return [_section(definition) for definition in book]


def _section(definition: Any) -> nodes.section:
    section_id = nodes.make_id(f"rule-{definition.rule_id}")
    section = nodes.section(ids=[section_id], names=[nodes.fully_normalize_name(section_id)])
    title = nodes.title()
    title += nodes.literal(text=definition.rule_id)
    section += title

    scope = definition.scope
    line = nodes.paragraph()
    line += nodes.strong(text="Scope 范围: ")
    line += nodes.literal(text=str(scope.value))
    line += nodes.Text(f" {scope.zh} / {scope.en}")
    section += line
    section += nodes.paragraph(text=definition.description_zh)
    section += nodes.paragraph(text=definition.description_en)

    parameters = definition.parameters
    if not parameters:
        section += nodes.paragraph(text="No parameters. 无参数。")
        return section
    rows = [
        [
            nodes.literal(text=spec.name),
            nodes.literal(text=spec.type_name),
            "required 必须提供" if spec.required else nodes.literal(text=_show(spec.default)),
            spec.description_zh or "—",
            spec.description_en or "—",
        ]
        for spec in parameters
    ]
    section += _table(HEADINGS, rows)
    return section


def _show(value: object) -> str:
    rules = importlib.import_module(RULES_MODULE)
    return str(rules.format_value(value))


def _table(headings: list[str], rows: list[list[nodes.Node | str]]) -> nodes.table:
    table = nodes.table(classes=["cadretrain-rule-reference"])
    group = nodes.tgroup(cols=len(headings))
    table += group
    for _ in headings:
        group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    head += _row(list(headings))
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += _row(cells)
    group += body
    return table


def _row(cells: list[nodes.Node | str] | list[str]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        if isinstance(cell, nodes.Node):
            paragraph = nodes.paragraph()
            paragraph += cell
            entry += paragraph
        else:
            entry += nodes.paragraph(text=cell)
        row += entry
    return row


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("rule-reference", RuleReference)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
