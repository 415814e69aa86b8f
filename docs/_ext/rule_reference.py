"""Sphinx extension: the ``rule-reference`` directive.

It renders every check of :data:`cadretrain.builtin.BUILTIN_RULES` — rule
id, scope, zh and en descriptions, the source it cites, and a table of the parameters with their
zh and en descriptions, type and default — so the reference is built from
the code and cannot drift from it. A parameter without a default is marked
*required*: the policy or the rule tree must supply it.

Usage in MyST Markdown::

    ```{rule-reference}
    ```
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:  # loaded by file path (as the tests do), not through docs/conf.py
    sys.path.insert(0, _HERE)

from _reference_nodes import code_section, table  # noqa: E402

__all__ = ["RuleReference", "render_book", "setup"]

RULES_MODULE = "cadretrain.builtin"
HEADINGS = ["Parameter 参数", "Type 类型", "Default 默认值", "说明", "Description"]


class RuleReference(SphinxDirective):
    """Render one section per check of the built-in rule book."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        try:
            book = importlib.import_module(RULES_MODULE).BUILTIN_RULES
        except Exception as exc:  # any import failure is a docs build error
            raise self.error(
                f"rule-reference: cannot load the built-in rule book: {exc!r}"
            ) from exc
        builtin = importlib.import_module("cadretrain.builtin")
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
    section = code_section(f"rule-{definition.rule_id}", definition.rule_id)

    scope = definition.scope
    line = nodes.paragraph()
    line += nodes.strong(text="Scope 范围: ")
    line += nodes.literal(text=str(scope.value))
    line += nodes.Text(f" {scope.zh} / {scope.en}")
    section += line
    section += nodes.paragraph(text=definition.description_zh)
    section += nodes.paragraph(text=definition.description_en)
    source = definition.source
    cited = nodes.paragraph()
    cited += nodes.strong(text="Source 出处: ")
    cited += nodes.Text(f"{source.source} ({source.confidence.en})")
    if source.note:
        cited += nodes.Text(f" — {source.note}")
    section += cited

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
    section += table(HEADINGS, rows, css_class="cadretrain-rule-reference")
    return section


def _show(value: object) -> str:
    rules = importlib.import_module("cadretrain.rules")
    return str(rules.format_value(value))


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("rule-reference", RuleReference)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
