"""The core does no I/O: no file, clock, randomness or printing in its packages.

Walks each module's syntax tree (not its text), so a word in a docstring
or a comment is not mistaken for an import or a call.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "cadretrain"
CORE = (
    "model",
    "rules",
    "curriculum",
    "evaluation",
    "serialization",
    "policies",
    "examples",
    "strategies",
)
FORBIDDEN_MODULES = {"os", "pathlib", "io", "sys", "json", "random", "time"}
FORBIDDEN_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("time", "time"),
}
ALLOWED = {"serialization/codec.py": {"json"}}
"""Narrow exceptions: the codec turns values into JSON *text* with ``json`` (no file, no stream)."""
MODULES = sorted(
    path for package in CORE if (SRC / package).is_dir() for path in (SRC / package).rglob("*.py")
)


def _dotted(node: ast.expr) -> tuple[str, ...]:
    if isinstance(node, ast.Name):
        return (node.id,)
    if isinstance(node, ast.Attribute):
        return (*_dotted(node.value), node.attr)
    return ()


def io_uses(source: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Each forbidden import or call in ``source``, as ``line: what``."""
    forbidden = FORBIDDEN_MODULES - allowed
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [
                f"{node.lineno}: import {a.name}"
                for a in node.names
                if a.name.split(".")[0] in forbidden
            ]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in forbidden:
                found.append(f"{node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Call):
            name = _dotted(node.func)
            if name == ("print",) or name == ("open",) or name[-2:] in FORBIDDEN_CALLS:
                found.append(f"{node.lineno}: {'.'.join(name)}()")
    return found


def test_the_core_packages_exist() -> None:
    assert (SRC / "model").is_dir()
    assert len(MODULES) > 10


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(SRC)) for p in MODULES])
def test_no_io_in_core_modules(path: Path) -> None:
    allowed = frozenset(ALLOWED.get(path.relative_to(SRC).as_posix(), ()))
    assert io_uses(path.read_text(encoding="utf-8"), allowed) == []


@pytest.mark.parametrize(
    "snippet",
    [
        "import os",
        "import os.path",
        "from pathlib import Path",
        "import json as j",
        "from random import choice",
        "import sys",
        "from io import StringIO",
        "import time",
        "date.today()",
        "dt.date.today()",
        "datetime.datetime.now()",
        "datetime.utcnow()",
        "time.time()",
        "print('x')",
        "open('f')",
    ],
)
def test_the_walker_finds_each_kind_of_io(snippet: str) -> None:
    assert io_uses(snippet)


def test_an_allowance_covers_only_the_module_named() -> None:
    assert io_uses("import json", frozenset({"json"})) == []
    assert io_uses("import json; import os", frozenset({"json"})) == ["1: import os"]


def test_words_in_docstrings_and_comments_are_not_io() -> None:
    source = '"""import os; print(date.today())"""\n# time.time()\nx = "json"\n'
    assert io_uses(source) == []
