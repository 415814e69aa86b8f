"""The docs' rule reference is rendered from the rule book, so it cannot drift."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .toys import BOOK

EXT = Path(__file__).resolve().parents[2] / "docs" / "_ext" / "rule_reference.py"


def _extension() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rule_reference", EXT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_check_is_rendered_with_scope_descriptions_and_parameters() -> None:
    text = "\n".join(node.astext() for node in _extension().render_book(BOOK))
    for definition in BOOK:
        assert definition.rule_id in text
        assert definition.description_zh in text
        assert definition.description_en in text
    assert "最低分" in text  # toy.threshold's parameter, zh
    assert "required 必须提供" in text  # minimum has no default
    assert "1/7" in text  # toy.defaulted's share default, shown exactly
    assert text.count("Source 出处: ") == len(BOOK)  # every check names its source


def test_the_builtin_reference_names_each_checks_source() -> None:
    from cadretrain.builtin import BUILTIN_RULES

    text = "\n".join(node.astext() for node in _extension().render_book(BUILTIN_RULES))
    for definition in BUILTIN_RULES:
        assert definition.source.source in text
    assert "undeclared" not in text


def test_an_empty_book_renders_a_note() -> None:
    from cadretrain.rules import RuleBook

    (note,) = _extension().render_book(RuleBook())
    assert "No checks are registered" in note.astext()


def test_the_directive_builds_under_sphinx_without_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sphinx.application import Sphinx

    monkeypatch.setattr("cadretrain.builtin.BUILTIN_RULES", BOOK)
    monkeypatch.syspath_prepend(str(EXT.parent))
    monkeypatch.delitem(sys.modules, "rule_reference", raising=False)
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text('extensions = ["myst_parser", "rule_reference"]\n')
    (src / "index.md").write_text("# Rules\n\n```{rule-reference}\n```\n", encoding="utf-8")
    app = Sphinx(
        str(src), str(src), str(tmp_path / "out"), str(tmp_path / "doctrees"), "html",
        status=None, warning=None, warningiserror=True, freshenv=True,
    )  # fmt: skip
    app.build()
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'id="rule-toy-threshold"' in html
    assert "培训班次 / cohort" in html  # the scope, in both languages
    assert "玩具检查 toy.defaulted" in html
