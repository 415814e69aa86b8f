"""The console script behaves like its neighbours: ``-m``, ``--version``, stdin, ``-o``, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import cadretrain as ct
from cadretrain.cli import INTERNAL_ERROR, main
from cadretrain.cli import files as cli_files

COHORT = ct.examples.jiangan_2015().cohort


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "cadretrain", *args], input=stdin, capture_output=True, check=False
    )


def test_python_dash_m_cadretrain_prints_the_version() -> None:
    done = _run("--version")
    assert done.returncode == 0
    assert done.stdout.decode().startswith("cadretrain ")


def test_check_reads_the_document_from_standard_input() -> None:
    done = _run("check", "-", "--lang", "en", stdin=ct.to_json(COHORT).encode())
    assert done.returncode == 0
    assert done.stdout.decode() == ct.check(COHORT).explain("en") + "\n"


def test_evaluate_writes_to_the_file_given_with_output(tmp_path: Path) -> None:
    source, target = tmp_path / "c.json", tmp_path / "out.json"
    source.write_text(ct.to_json(COHORT), encoding="utf-8")
    done = _run("evaluate", str(source), "--json", "-o", str(target))
    assert done.stdout == b""
    written = ct.from_json(target.read_text(encoding="utf-8"), ct.CohortEvaluation)
    assert written == ct.evaluate(COHORT)
    assert done.returncode == (0 if written.report.ok else 1)


def test_help_lists_the_exit_codes() -> None:
    assert "3 an internal error" in _run("--help").stdout.decode()


def test_a_document_over_the_size_limit_is_refused_not_read_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli_files, "MAX_DOCUMENT_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(ct.to_json(COHORT), encoding="utf-8")
    assert main(["check", str(big)]) == 2
    assert "larger than" in capsys.readouterr().err


def test_an_internal_error_exits_3_with_one_line_and_no_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise ZeroDivisionError("a defect")

    monkeypatch.setattr(cli_files, "check", broken)
    source = tmp_path / "c.json"
    source.write_text(ct.to_json(COHORT), encoding="utf-8")
    assert main(["check", str(source)]) == INTERNAL_ERROR
    err = capsys.readouterr().err
    assert "internal error (ZeroDivisionError: a defect)" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def _jsonl(tmp_path: Path, *, bad_line: bool) -> Path:
    import attrs

    lines = [ct.to_json(attrs.evolve(COHORT, id=f"jiangan-{i}")) for i in range(3)]
    if bad_line:
        lines.insert(1, '{"schema": "cadretrain/cohort", "version": 1}')
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_evaluate_judges_a_json_lines_stream_into_one_csv(tmp_path: Path) -> None:
    import csv
    import io

    target = tmp_path / "out.csv"
    done = _run(
        "evaluate", "--jsonl", str(_jsonl(tmp_path, bad_line=False)), "--format", "csv",
        "-o", str(target), "--lang", "en",
    )  # fmt: skip
    assert done.returncode in (0, 1)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")  # a file for Excel: the byte-order mark, once
    table = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert table[0][:2] == ["Id", "Name"]
    assert len(table) == 1 + 3 * len(COHORT.trainees)  # one header, a row per trainee


def test_a_bad_line_is_named_skipped_and_makes_the_exit_code_2(tmp_path: Path) -> None:
    done = _run("evaluate", "--jsonl", str(_jsonl(tmp_path, bad_line=True)), "--format", "json")
    assert done.returncode == 2
    assert b"line 2:" in done.stderr
    results = [ct.from_json(line, ct.CohortEvaluation) for line in done.stdout.splitlines()]
    assert [r.cohort_id for r in results] == ["jiangan-0", "jiangan-1", "jiangan-2"]


def test_evaluate_writes_one_cohort_as_csv_on_standard_output() -> None:
    import csv
    import io

    done = _run(
        "evaluate", "-", "--format", "csv", "--lang", "en", stdin=ct.to_json(COHORT).encode()
    )
    text = done.stdout.decode("utf-8")
    assert not text.startswith("\ufeff")  # standard output: never a byte-order mark
    table = list(csv.reader(io.StringIO(text)))
    assert [row[0] for row in table[1:]] == [
        t.id for t in sorted(COHORT.trainees, key=lambda t: t.id)
    ]
