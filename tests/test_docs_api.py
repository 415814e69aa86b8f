"""The API reference renders every public name: signature, docstring, anchor.

The docs are built here, into a temporary directory, by ``sphinx-build -W``
(warnings are errors) in a subprocess, and the built ``api.html`` is read
back.  The names come from ``cadretrain.__all__`` at test time, so the test
follows the public API as it changes.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import cadretrain as ct

bs4 = pytest.importorskip("bs4")
pytest.importorskip("sphinx")

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture(scope="module")
def api_html(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The text of ``api.html``, built afresh with warnings as errors."""
    out = tmp_path_factory.mktemp("html")
    build = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html",
         "-d", str(out / ".doctrees"), str(DOCS), str(out)],
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert build.returncode == 0, f"sphinx-build -W failed:\n{build.stdout}\n{build.stderr}"
    return (out / "api.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page(api_html: str) -> Any:
    """``api.html``, parsed."""
    return bs4.BeautifulSoup(api_html, "html.parser")


def _anchor(name: str) -> str:
    if isinstance(getattr(ct, name), types.ModuleType):
        return f"module-cadretrain.{name}"
    return f"cadretrain.{name}"


def _first_paragraph(page: Any, anchor: str) -> str:
    """The text of the first docstring paragraph documented under ``anchor``."""
    target = page.find(id=anchor)
    assert target is not None, f"no element with id={anchor!r} in api.html"
    if target.name == "dt":  # a function or class: its docstring is the <dd> after it
        body = target.find_next_sibling("dd")
        assert body is not None, f"{anchor}: no <dd> after its signature"
        paragraph = body.find("p")
    else:  # a module: its docstring follows the target
        paragraph = target if target.name == "p" else target.find_next("p")
    assert paragraph is not None, f"{anchor}: no docstring paragraph"
    return str(paragraph.get_text(" ", strip=True))


def test_the_reference_holds_no_unrendered_directive(api_html: str) -> None:
    for text in (".. autofunction::", ".. autoclass::", ".. automodule::", ".. autodata::"):
        assert text not in api_html


@pytest.mark.parametrize("name", sorted(ct.__all__))
def test_every_public_name_has_its_anchor_and_docstring(page: Any, name: str) -> None:
    assert _first_paragraph(page, _anchor(name))


def test_a_function_shows_its_signature(page: Any) -> None:
    signature = page.find(id="cadretrain.evaluate").get_text(" ", strip=True)
    for parameter in ("cohort", "policy", "explain"):
        assert parameter in signature


def test_names_are_grouped_as_a_user_looks_for_them(page: Any) -> None:
    headings = [h.get_text(strip=True).rstrip("¶") for h in page.find_all("h2")]
    assert headings[:2] == ["Judging", "Results"]
    section = page.find("section", id="api-judging")
    documented = [dt["id"] for dt in section.find_all("dt", id=True)]
    assert documented[:2] == ["cadretrain.check", "cadretrain.evaluate"]


def _extension() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("public_api", DOCS / "_ext" / "public_api.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_public_name_is_placed_in_exactly_one_group() -> None:
    groups = _extension().grouped_names({name: getattr(ct, name) for name in ct.__all__})
    placed = [name for _, _, names in groups for name in names]
    assert sorted(placed) == sorted(ct.__all__)


def test_a_name_no_group_lists_is_placed_by_its_kind() -> None:
    class Unlisted:
        """A new public class."""

    def unlisted() -> None:
        """A new public function."""

    groups = {
        title: names
        for title, _, names in _extension().grouped_names(
            {"Unlisted": Unlisted, "unlisted": unlisted, "evaluate": ct.evaluate, "Tier": ct.Tier}
        )
    }
    assert groups == {
        "Judging": ["evaluate"],
        "Labels and enums": ["Tier"],
        "Other functions": ["unlisted"],
        "Other types": ["Unlisted"],
    }
