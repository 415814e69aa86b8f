"""The file commands: ``cadretrain check``, ``evaluate`` and ``schema`` against the Python API."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import cadretrain as ct
import cadretrain.examples as examples
from cadretrain.builtin import check, evaluate
from cadretrain.cli import main
from cadretrain.evaluation.assessment import CohortEvaluation
from cadretrain.rules import Report
from cadretrain.serialization import DOCUMENT_TYPES, from_json, json_schema, to_json

SEEDS = sorted(examples.ALL)


def _write(tmp_path: Path, obj: object, name: str = "doc.json") -> str:
    path = tmp_path / name
    path.write_text(to_json(obj), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("seed", SEEDS)
def test_check_prints_the_same_report_as_the_api(
    seed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = examples.ALL[seed]().cohorts[0]
    expected = check(cohort)
    code = main(["check", _write(tmp_path, cohort), "--json"])
    assert code == (0 if expected.ok else 1)
    assert from_json(capsys.readouterr().out, Report) == expected


@pytest.mark.parametrize("seed", SEEDS)
def test_evaluate_prints_the_same_evaluation_as_the_api(
    seed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = examples.ALL[seed]().cohorts[0]
    expected = evaluate(cohort)
    code = main(["evaluate", _write(tmp_path, cohort), "--json"])
    assert code == (0 if expected.report.ok else 1)
    assert from_json(capsys.readouterr().out, CohortEvaluation) == expected


def test_check_text_is_the_report_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    programme = examples.jiangan_2015().programme
    main(["check", _write(tmp_path, programme), "--lang", "en"])
    assert capsys.readouterr().out == check(programme).explain("en") + "\n"


def test_evaluate_takes_a_policy_file_and_a_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = examples.jiangan_2015().cohorts[0]
    policy = ct.policies.default_evaluation_policy(cohort.start)
    on = cohort.end.isoformat()
    args = ["evaluate", _write(tmp_path, cohort), "--policy", _write(tmp_path, policy, "p.json")]
    code = main([*args, "--on", on, "--json"])
    expected = evaluate(cohort, policy, on=cohort.end)
    assert from_json(capsys.readouterr().out, CohortEvaluation) == expected
    assert code == (0 if expected.report.ok else 1)


def test_a_report_with_errors_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tiny = attrs.evolve(examples.jiangan_2015().cohorts[0], venue_capacity=1)
    report = check(tiny)
    assert not report.ok
    assert main(["check", _write(tmp_path, tiny)]) == 1
    assert capsys.readouterr().out.startswith("✗ 不通过")


def test_unreadable_input_exits_2_with_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(to_json(examples.jiangan_2015().cohorts[0]))
    data["trainees"][0]["role"] = "mayor"
    data["start"] = "soon"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "$.trainees[0].role: 'mayor' is not a Role" in err
    assert "$.start: 'soon' (a string) is not a date" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "is not well-formed JSON"),
        ('{"schema": "cadretrain/nothing", "version": 1}', "$.schema: is not the schema"),
    ],
)
def test_malformed_files_exit_2(
    content: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["evaluate", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "absent.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_a_record_needs_a_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = examples.lichuan_2017().records[0]
    assert main(["check", _write(tmp_path, record)]) == 2
    assert "--on DATE is required" in capsys.readouterr().err


@pytest.mark.parametrize("doc", DOCUMENT_TYPES, ids=lambda doc: doc.name)
def test_schema_prints_the_json_schema(doc: object, capsys: pytest.CaptureFixture[str]) -> None:
    name = doc.name  # type: ignore[attr-defined]
    assert main(["schema", name]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema(doc.cls)  # type: ignore[attr-defined]


def test_schema_refuses_an_unknown_type(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "mayor"]) == 2
    assert "invalid choice" in capsys.readouterr().err
