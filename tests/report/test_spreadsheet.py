"""The spreadsheet: one row per assessment, as CSV text and as an xlsx workbook."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from fractions import Fraction

import attrs
import openpyxl
import pytest

import cadretrain as ct
from cadretrain import report
from cadretrain.rules import ParameterUse

from .large import varied_cohort


@pytest.fixture(scope="module")
def jiangan() -> tuple[ct.Cohort, ct.CohortEvaluation]:
    cohort = ct.examples.jiangan_2015().cohort
    return cohort, ct.evaluate(cohort)


def _expected(evaluation: ct.CohortEvaluation, lang: str = "both") -> list[tuple[str, str]]:
    def text(member: ct.LabelledEnum) -> str:
        if lang == "both":
            return f"{ct.label(member, 'zh')} / {ct.label(member, 'en')}"
        return ct.label(member, lang)  # type: ignore[arg-type]

    return [(a.trainee_id, text(a.outcome)) for a in evaluation.assessments]


def test_rows_are_the_evaluations_assessments_in_order(
    jiangan: tuple[ct.Cohort, ct.CohortEvaluation],
) -> None:
    cohort, evaluation = jiangan
    rows = report.rows(cohort, evaluation)
    assert [r.trainee_id for r in rows] == [a.trainee_id for a in evaluation.assessments]
    for row, assessment in zip(rows, evaluation.assessments, strict=True):
        assert (row.outcome, row.grade, row.total) == (
            assessment.outcome,
            assessment.grade,
            assessment.total,
        )
        summary = assessment.attendance
        assert (row.scheduled, row.attended, row.excused, row.unexcused) == (
            summary.scheduled,
            summary.attended,
            summary.excused,
            summary.unexcused,
        )
        assert bool(row.reasons_zh) == bool(row.reasons_en)
        assert (not assessment.completed) <= bool(row.reasons_zh)


def test_the_workbook_opens_and_its_rows_equal_the_assessments(
    jiangan: tuple[ct.Cohort, ct.CohortEvaluation],
) -> None:
    cohort, evaluation = jiangan
    checked = ct.check(cohort)
    book = openpyxl.load_workbook(io.BytesIO(report.to_xlsx(cohort, evaluation, checked)))
    trainees, findings = book.worksheets
    header, *rows = list(trainees.iter_rows(values_only=True))
    assert header[:2] == ("编号 Id", "姓名 Name")
    assert [(r[0], r[4]) for r in rows] == _expected(evaluation)
    for row, assessment in zip(rows, evaluation.assessments, strict=True):
        total = row[header.index("总分 Total")]
        assert (None if total is None else Decimal(str(total))) == assessment.total
        assert row[header.index("出勤(分钟) Attended (min)")] == assessment.attendance.attended
    failed = [f for f in (*checked.findings, *evaluation.report.findings) if not f.passed]
    assert [r[0] for r in list(findings.iter_rows(values_only=True))[1:]] == [
        f.rule_id for f in failed
    ]


def test_the_csv_for_excel_parses_back_to_the_same_rows_with_chinese_intact(
    jiangan: tuple[ct.Cohort, ct.CohortEvaluation],
) -> None:
    cohort, evaluation = jiangan
    rows = report.rows(cohort, evaluation)
    data = report.to_csv(rows, "both", bom=True).encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    headers, cells = report.table(rows, "both")
    assert parsed[0] == list(headers)
    assert parsed[1:] == [["" if c is None else str(c) for c in row] for row in cells]
    assert [(r[0], r[4]) for r in parsed[1:]] == _expected(evaluation)
    assert "孙红梅" in {r[1] for r in parsed}


def test_the_csv_for_standard_output_has_no_byte_order_mark(
    jiangan: tuple[ct.Cohort, ct.CohortEvaluation],
) -> None:
    cohort, evaluation = jiangan
    text = report.to_csv(report.rows(cohort, evaluation), "en")
    assert text.startswith("Id,Name,Unit,Role,Outcome")
    assert text.count("\r\n") == len(evaluation.assessments) + 1


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_every_outcome_is_labelled_in_the_chosen_language(
    jiangan: tuple[ct.Cohort, ct.CohortEvaluation], lang: report.ReportLanguage
) -> None:
    """Outcomes are read generically: any member of ct.Outcome gets its own label."""
    cohort, evaluation = jiangan
    members = list(ct.Outcome)
    changed = attrs.evolve(
        evaluation,
        assessments=tuple(
            attrs.evolve(a, outcome=members[i % len(members)])
            for i, a in enumerate(evaluation.assessments)
        ),
    )
    parsed = list(csv.reader(io.StringIO(report.to_csv(report.rows(cohort, changed), lang))))
    assert [(r[0], r[4]) for r in parsed[1:]] == _expected(changed, lang)


def test_a_cited_finding_shows_its_sources(
    jiangan: tuple[ct.Cohort, ct.CohortEvaluation],
) -> None:
    cohort, evaluation = jiangan
    source = "《干部教育培训工作条例》(2015) 第二十四条"
    first = evaluation.assessments[0]
    finding = ct.Finding(
        rule_id="evaluation.leave_ratio",
        severity=ct.Severity.ERROR,
        path=f"cohort.trainees[{first.trainee_id}]",
        passed=False,
        message_zh="请假超过 1/7",
        message_en="leave above 1/7",
        parameters=(
            ParameterUse(
                name="max_share", value=Fraction(1, 7), citation=ct.Citation(source=source)
            ),
        ),
    )
    changed = attrs.evolve(
        evaluation,
        assessments=(
            attrs.evolve(first, outcome=ct.Outcome.WITHDRAWN, findings=(finding,)),
            *evaluation.assessments[1:],
        ),
    )
    row = report.rows(cohort, changed)[0]
    assert row.reasons_zh == "请假超过 1/7"
    assert row.sources == f"evaluation.leave_ratio〔{source}〕"
    page = report.to_html(cohort, ct.check(cohort), changed, "zh")
    assert f"evaluation.leave_ratio〔{source}〕" in page


def test_pseudonymised_reports_name_nobody() -> None:
    cohort = varied_cohort(120)
    evaluation = ct.evaluate(cohort)
    checked = ct.check(cohort)
    rows = report.rows(cohort, evaluation, pseudonymise=True)
    assert [r.trainee_id for r in rows] == [f"P{n:04d}" for n in range(1, 121)]
    texts = [
        report.to_csv(rows),
        report.to_html(cohort, checked, evaluation, "both", pseudonymise=True),
    ]
    book = openpyxl.load_workbook(
        io.BytesIO(report.to_xlsx(cohort, evaluation, checked, pseudonymise=True))
    )
    texts += [
        "\n".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row)
        for sheet in book.worksheets
    ]
    for trainee in cohort.trainees:
        for text in texts:
            assert trainee.name not in text
            assert f"{trainee.id}" not in text


def test_a_decimal_longer_than_excel_keeps_is_written_as_text(
    jiangan: tuple[ct.Cohort, ct.CohortEvaluation],
) -> None:
    cohort, evaluation = jiangan
    long = Decimal("72.33333333333333333333")
    first = attrs.evolve(evaluation.assessments[0], total=long)
    changed = attrs.evolve(evaluation, assessments=(first, *evaluation.assessments[1:]))
    book = openpyxl.load_workbook(io.BytesIO(report.to_xlsx(cohort, changed)))
    header, first_row = list(book.worksheets[0].iter_rows(max_row=2, values_only=True))
    assert first_row[header.index("总分 Total")] == str(long)


def test_an_unknown_language_is_refused(
    jiangan: tuple[ct.Cohort, ct.CohortEvaluation],
) -> None:
    cohort, evaluation = jiangan
    with pytest.raises(ct.InvalidValueError, match="lang"):
        report.to_csv(report.rows(cohort, evaluation), "fr")  # type: ignore[arg-type]
