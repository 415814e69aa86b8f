"""``cadretrain report``: the page, workbook and CSV written to files, or the CSV to stdout."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

import cadretrain as ct
from cadretrain.cli import main


@pytest.fixture
def cohort_file(tmp_path: Path) -> Path:
    path = tmp_path / "jiangan.json"
    path.write_text(ct.to_json(ct.examples.jiangan_2015().cohort), encoding="utf-8")
    return path


def test_report_writes_the_page_the_workbook_and_the_csv(
    cohort_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page, book, table = tmp_path / "r.html", tmp_path / "r.xlsx", tmp_path / "r.csv"
    argv = ["report", str(cohort_file), "-o", str(page), "--xlsx", str(book), "--csv", str(table)]
    assert main(argv) == 0
    assert capsys.readouterr().out == ""
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    data = table.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese as UTF-8
    assert "孙红梅" in data.decode("utf-8-sig")
    sheet = openpyxl.load_workbook(io.BytesIO(book.read_bytes())).worksheets[0]
    assert sheet.max_row == len(ct.examples.jiangan_2015().cohort.trainees) + 1


def test_report_prints_the_csv_without_a_byte_order_mark(
    cohort_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(cohort_file), "--csv", "-", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Id,Name,Unit,Role,Outcome")
    assert "\ufeff" not in out


def test_report_prints_the_page_when_no_output_is_named(
    cohort_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(cohort_file), "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>")
    assert "结业评定" in out


def test_report_pseudonymised_names_nobody(
    cohort_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(cohort_file), "--csv", "-", "--pseudonymise"]) == 0
    out = capsys.readouterr().out
    assert "孙红梅" not in out
    assert "t-012" not in out
    assert "P0012" in out


def test_report_on_a_missing_file_exits_2_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(tmp_path / "none.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_report_on_a_programme_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "programme.json"
    path.write_text(ct.to_json(ct.examples.jiangan_2015().programme), encoding="utf-8")
    assert main(["report", str(path)]) == 2
    assert "needs a cohort document" in capsys.readouterr().err


def test_report_into_a_missing_folder_exits_2(
    cohort_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(cohort_file), "-o", str(tmp_path / "no" / "r.html")]) == 2
    assert "cannot write" in capsys.readouterr().err
