"""No blanket ``except Exception`` in the library: each error is caught where it arises.

A blanket handler turns a bug into a quiet fallback or a vague message; the
library catches the exceptions it expects (and names them) and lets anything
else surface. Only the command line's one top-level wrapper, which turns any
failure into an exit status, may catch everything.
"""

from __future__ import annotations

import re
from pathlib import Path

import cadretrain

SOURCE = Path(cadretrain.__file__).parent
BLANKET = re.compile(r"except\s*(\(\s*)?(Base)?Exception\b|except\s*:")
ALLOWED = {"cli/__init__.py"}  # the CLI's top-level wrapper, should it need one


def test_only_the_cli_wrapper_catches_every_exception() -> None:
    found = [
        f"{path.relative_to(SOURCE).as_posix()}:{number}: {line.strip()}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path.relative_to(SOURCE).as_posix() not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BLANKET.search(line)
    ]
    assert found == []
