"""Every reference in the code and the docs points inside the repository.

Docstrings, runtime messages and ``Citation`` notes cite the regulations by
row of ``docs/regulations.md``; none may send a reader to a file that ships
with no copy of the package (the project's working notes, a shared folder).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("src", "docs")
SKIPPED_DIRS = {"_build", "__pycache__"}

OUTSIDE = re.compile(
    r"REGULATIONS\.md|PERFORMANCE\.md|DESIGN\.md|STYLE\.md|DESIGN §"
    r"|(?:^|[^\w.-])(?:\.\./)?shared/"
    r"|/work/",
    re.MULTILINE,
)


def _files() -> list[Path]:
    found = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*")):
            relative = path.relative_to(ROOT)
            if not path.is_file() or SKIPPED_DIRS & set(relative.parts):
                continue
            found.append(relative)
    return found


def test_the_scan_sees_the_code_and_the_docs() -> None:
    files = {str(path) for path in _files()}
    assert "docs/regulations.md" in files
    assert "src/cadretrain/__init__.py" in files


@pytest.mark.parametrize("path", _files(), ids=str)
def test_no_file_refers_outside_the_repository(path: Path) -> None:
    try:
        text = (ROOT / path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return  # a binary file (an image) holds no reference
    hits = [
        f"line {text.count(chr(10), 0, match.start()) + 1}: {match.group().strip()!r}"
        for match in OUTSIDE.finditer(text)
    ]
    assert not hits, f"{path} refers to a file outside the repository: {hits}"


@pytest.mark.parametrize(
    "text",
    [
        "see REGULATIONS.md row 15",
        "(`shared/PERFORMANCE.md`: 5-7x)",
        "from the facts in ../shared/REGULATIONS.md",
        "the seeds in ``shared/seeds``",
        "DESIGN §4",
    ],
)
def test_the_pattern_catches_each_kind_of_reference(text: str) -> None:
    assert OUTSIDE.search(text)


@pytest.mark.parametrize(
    "text",
    ["docs/regulations.md, row 15", "equal totals are one shared Fraction", "shared objects"],
)
def test_the_pattern_lets_in_repository_text_pass(text: str) -> None:
    assert not OUTSIDE.search(text)
