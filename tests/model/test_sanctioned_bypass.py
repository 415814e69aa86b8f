"""Validation is bypassed in one sanctioned place: records materialised from a table's columns.

``object.__new__`` makes an object without its ``__init__`` (and so
without its validators). Besides the enums' own machinery
(``model/_labelled.py``), only ``model/_trusted.py`` may do so, with values
the library checked already: a table's columns, a finding's parts
(``docs/design.md``).
"""

from __future__ import annotations

from pathlib import Path

import cadretrain

SRC = Path(cadretrain.__file__).parent
SANCTIONED = {"model/_labelled.py", "model/_trusted.py"}


def _bypassing() -> set[str]:
    return {
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if "object.__new__" in path.read_text(encoding="utf-8")
    }


def test_only_the_sanctioned_modules_make_objects_without_init() -> None:
    assert _bypassing() <= SANCTIONED


def test_the_model_and_serialization_bypass_only_in_the_sanctioned_module() -> None:
    mine = {p for p in _bypassing() if p.startswith(("model/", "serialization/"))}
    assert mine == SANCTIONED
