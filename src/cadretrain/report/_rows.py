"""One row per trainee: who they are, how they ended, and why, with the sources.

The rows are the spreadsheet's content (:func:`~cadretrain.report.to_csv`,
:func:`~cadretrain.report.to_xlsx`) and the page's non-completion table.
Every number is the evaluation's own: the assessment's outcome, grade,
total and attendance summary, unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from operator import attrgetter

import attrs

from cadretrain.evaluation import Assessment, CohortEvaluation
from cadretrain.model import Cohort, Outcome, Role, Submission, label
from cadretrain.report._pseudonyms import Pseudonyms
from cadretrain.report._text import (
    Language,
    ReportLanguage,
    both,
    check_lang,
    cited,
    enum_text,
    reasons,
)
from cadretrain.rules import Finding

__all__ = ["Cell", "Row", "columns", "rows", "table"]

Cell = str | int | Decimal | None
"""A spreadsheet cell: text, a whole number of minutes, an exact decimal, or empty."""


@attrs.frozen(kw_only=True)
class Row:
    """One trainee's line in the report."""

    trainee_id: str
    name: str
    unit: str
    role: Role
    outcome: Outcome
    grade: str | None
    grade_zh: str
    grade_en: str
    total: Decimal | None
    scheduled: int
    attended: int
    excused: int
    unexcused: int
    deliverables_zh: str
    deliverables_en: str
    reasons_zh: str
    reasons_en: str
    sources: str


def rows(
    cohort: Cohort, evaluation: CohortEvaluation, *, pseudonymise: bool = False
) -> tuple[Row, ...]:
    """One :class:`Row` per assessment of ``evaluation``, in its order (trainee-id order).

    ``pseudonymise=True`` replaces every trainee's id and name, in the
    reasons' text too (see :class:`~cadretrain.report.Pseudonyms`).

    >>> import cadretrain as ct
    >>> cohort = ct.examples.jiangan_2015().cohort
    >>> row = rows(cohort, ct.evaluate(cohort))[11]
    >>> row.trainee_id, row.outcome.zh, row.grade_zh, row.reasons_zh.splitlines()[0]
    ('t-012', '未完成', '不合格', '未提交学习心得(截止 2015-08-11),不能结业')
    """
    names = Pseudonyms.of(cohort) if pseudonymise else Pseudonyms()
    trainees = {trainee.id: trainee for trainee in cohort.trainees}
    handed_in: dict[str, list[Submission]] = {}
    for submission in cohort.submissions:
        handed_in.setdefault(submission.trainee, []).append(submission)
    scheme = cohort.programme.scheme
    levels = {level.code: level for level in scheme.scale.levels} if scheme is not None else {}
    out = []
    for assessment in evaluation.assessments:
        trainee = trainees[assessment.trainee_id]
        level = levels.get(assessment.grade) if assessment.grade is not None else None
        grade_zh = level.zh if level is not None else (assessment.grade or "")
        grade_en = level.en if level is not None else (assessment.grade or "")
        why = reasons(assessment.findings) if not assessment.completed else _warnings(assessment)
        submissions = handed_in.get(trainee.id, ())
        summary = assessment.attendance
        out.append(
            Row(
                trainee_id=names.id(trainee.id),
                name=names.name(trainee.name),
                unit=trainee.unit,
                role=trainee.role,
                outcome=assessment.outcome,
                grade=assessment.grade,
                grade_zh=grade_zh,
                grade_en=grade_en,
                total=assessment.total,
                scheduled=summary.scheduled,
                attended=summary.attended,
                excused=summary.excused,
                unexcused=summary.unexcused,
                deliverables_zh=_deliverables(submissions, "zh"),
                deliverables_en=_deliverables(submissions, "en"),
                reasons_zh=names.text("\n".join(f.message_zh for f in why)),
                reasons_en=names.text("\n".join(f.message_en for f in why)),
                sources="\n".join(cited(f) for f in why),
            )
        )
    return tuple(out)


def _warnings(assessment: Assessment) -> tuple[Finding, ...]:
    return tuple(f for f in reasons(assessment.findings) if f.rule_id != "evaluation.outcome")


def _deliverables(submissions: Sequence[Submission], lang: Language) -> str:
    return "; ".join(
        f"{label(s.kind, lang)} {s.submitted_on.isoformat()} {label(s.review, lang)}"
        for s in submissions
    )


Column = tuple[str, Callable[[Row], Cell]]


def columns(lang: ReportLanguage = "both") -> tuple[Column, ...]:
    """The spreadsheet's columns in ``lang``: a header and how to read the cell from a row.

    Headers and labels follow ``lang``; with ``"both"``, labels read
    "结业 / completed" and the texts (deliverables, reasons) have a zh and
    an en column each.
    """
    lang = check_lang(lang)
    texts: list[Column] = []
    for zh_header, en_header, zh_text, en_text in (
        ("提交材料", "Deliverables", attrgetter("deliverables_zh"), attrgetter("deliverables_en")),
        ("原因", "Reasons", attrgetter("reasons_zh"), attrgetter("reasons_en")),
    ):
        if lang != "en":
            texts.append((zh_header, zh_text))
        if lang != "zh":
            texts.append((en_header, en_text))

    def grade(row: Row) -> Cell:
        if row.grade is None:
            return None
        if lang == "both":
            return f"{row.grade_zh} / {row.grade_en}"
        return row.grade_zh if lang == "zh" else row.grade_en

    return (
        (both("编号", "Id", lang), lambda r: r.trainee_id),
        (both("姓名", "Name", lang), lambda r: r.name),
        (both("工作单位", "Unit", lang), lambda r: r.unit),
        (both("身份", "Role", lang), lambda r: enum_text(r.role, lang)),
        (both("结果", "Outcome", lang), lambda r: enum_text(r.outcome, lang)),
        (both("等次", "Grade", lang), grade),
        (both("总分", "Total", lang), lambda r: r.total),
        (both("应出勤(分钟)", "Scheduled (min)", lang), lambda r: r.scheduled),
        (both("出勤(分钟)", "Attended (min)", lang), lambda r: r.attended),
        (both("准假(分钟)", "On approved leave (min)", lang), lambda r: r.excused),
        (both("未经批准缺课(分钟)", "Missed without approval (min)", lang), lambda r: r.unexcused),
        *texts,
        (both("依据", "Sources", lang), lambda r: r.sources),
    )


def table(
    report_rows: Sequence[Row], lang: ReportLanguage = "both"
) -> tuple[tuple[str, ...], tuple[tuple[Cell, ...], ...]]:
    """The headers and the cells of ``report_rows`` in ``lang``: what every writer writes."""
    cols = columns(lang)
    headers = tuple(header for header, _ in cols)
    return headers, tuple(tuple(get(row) for _, get in cols) for row in report_rows)
