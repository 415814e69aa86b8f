"""Docutils nodes shared by the reference pages generated from the code.

The glossary (``cadretrain_glossary``) and the rule reference
(``rule_reference``) each render one section per item, titled with its code,
holding a table; both build those nodes here, so the pages look alike.
"""

from __future__ import annotations

from docutils import nodes

__all__ = ["Cell", "code_section", "table"]

Cell = nodes.Node | str
"""A table cell: text, an inline node (wrapped in a paragraph) or a paragraph."""


def code_section(section_id: str, code: str) -> nodes.section:
    """A section with id ``section_id``, titled with ``code`` set as a literal."""
    node_id = nodes.make_id(section_id)
    section = nodes.section(ids=[node_id], names=[nodes.fully_normalize_name(node_id)])
    title = nodes.title()
    title += nodes.literal(text=code)
    section += title
    return section


def table(headings: list[str], rows: list[list[Cell]], *, css_class: str) -> nodes.table:
    """A table with one heading row and ``rows``, columns of equal width."""
    result = nodes.table(classes=[css_class])
    group = nodes.tgroup(cols=len(headings))
    result += group
    for _ in headings:
        group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    head += _row(list(headings))
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += _row(cells)
    group += body
    return result


def _row(cells: list[Cell] | list[str]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        if isinstance(cell, nodes.paragraph):
            entry += cell
        elif isinstance(cell, nodes.Node):
            paragraph = nodes.paragraph()
            paragraph += cell
            entry += paragraph
        else:
            entry += nodes.paragraph(text=cell)
        row += entry
    return row
