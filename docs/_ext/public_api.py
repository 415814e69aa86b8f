"""Sphinx directive ``{public-api}``: document every name in ``cadretrain.__all__``.

The page is generated from the package's own ``__all__``, so a public name
cannot be added without appearing in the reference, nor documented without
being public.  Classes, functions, enums and submodules each get the matching
autodoc directive, grouped by kind.
"""

from __future__ import annotations

import enum
import inspect
import types
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

_GROUPS = (
    ("Functions", "autofunction"),
    ("Domain types", "autoclass"),
    ("Enums", "autoclass"),
    ("Errors", "autoclass"),
    ("Modules", "automodule"),
    ("Values", "autodata"),
)


def _group(value: Any) -> str:
    if isinstance(value, types.ModuleType):
        return "Modules"
    if inspect.isclass(value) and issubclass(value, BaseException):
        return "Errors"
    if inspect.isclass(value) and issubclass(value, enum.Enum):
        return "Enums"
    if inspect.isclass(value):
        return "Domain types"
    if callable(value):
        return "Functions"
    return "Values"


def _target(name: str, value: Any) -> str:
    if isinstance(value, types.ModuleType):
        return value.__name__
    module = getattr(value, "__module__", None)
    qualname = getattr(value, "__qualname__", None)
    if module and qualname:
        return f"{module}.{qualname}"
    return f"cadretrain.{name}"


class PublicApi(SphinxDirective):
    """Render autodoc entries for every public name, grouped by kind."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        import cadretrain

        grouped: dict[str, list[tuple[str, Any]]] = {title: [] for title, _ in _GROUPS}
        for name in sorted(cadretrain.__all__, key=str.lower):
            value = getattr(cadretrain, name)
            grouped[_group(value)].append((name, value))
        lines: list[str] = []
        for title, directive in _GROUPS:
            members = grouped[title]
            if not members:
                continue
            lines += [title, "-" * len(title), ""]
            for name, value in members:
                if directive == "automodule":
                    lines += [f".. automodule:: {value.__name__}", "   :no-index:", ""]
                    continue
                options = ["   :members:"] if directive == "autoclass" and title != "Enums" else []
                lines += [f".. {directive}:: {_target(name, value)}", "   :no-index:", *options, ""]
        container = nodes.section()
        container.document = self.state.document
        self.state.nested_parse(StringList(lines, source="public-api"), 0, container)
        return list(container.children)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("public-api", PublicApi)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
