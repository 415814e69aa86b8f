"""The ``demo`` command's verdicts: the design check and the evaluation of each seed cohort.

Pure functions from a :class:`~cadretrain.examples.SeedProgramme` to lines
of text: the check report of each cohort under the default policy
(``ct.check``), then each cohort's evaluation (``ct.evaluate``) as outcome
counts, the grade distribution and each trainee who did not complete, with
the reasons in Chinese and English.  A seed of several cohorts (Hunan's five
regions, China Gold's five classes) gets one line of outcomes per cohort
first, then each cohort's evaluation.
"""

from __future__ import annotations

from cadretrain.builtin import check, evaluate
from cadretrain.cli._text import Labeller, Lang, table, width
from cadretrain.evaluation import Assessment, CohortEvaluation
from cadretrain.examples import SeedProgramme
from cadretrain.model import Cohort, GradeLevel, Outcome
from cadretrain.rules import Finding, Report, Severity

__all__ = ["render_judgement"]

_REASON_SEVERITIES = (Severity.ERROR, Severity.WARNING)


def render_judgement(seed: SeedProgramme, lang: Lang = "both") -> str:
    """The check report and the evaluation of every cohort of ``seed``, as text.

    >>> from cadretrain.examples import jiangan_2015
    >>> text = render_judgement(jiangan_2015(), "en")
    >>> "Design check" in text and "t-012" in text
    True
    """
    t = Labeller(lang)
    judged = [(cohort, evaluate(cohort)) for cohort in seed.cohorts]
    many = len(judged) > 1
    blocks = [_checks(seed, t)]
    if many:
        blocks.append(_all_cohorts(judged, t))
    blocks += [_evaluation(cohort, result, seed, t) for cohort, result in judged]
    return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"


def _heading(t: Labeller, zh: str, en: str) -> str:
    text = t(zh, en)
    return f"{text}\n{'-' * width(text)}"


def _messages(finding: Finding, t: Labeller) -> list[str]:
    if t.lang == "both":
        return [finding.message_zh, finding.message_en]
    return [finding.message(t.lang)]


def _checks(seed: SeedProgramme, t: Labeller) -> list[str]:
    lines = [_heading(t, "设计检查(默认政策)", "Design check (default policy)")]
    many = len(seed.cohorts) > 1
    for cohort in seed.cohorts:
        lines += _check(check(cohort), t, f"{cohort.id}  " if many else "")
    return lines


def _check(report: Report, t: Labeller, prefix: str) -> list[str]:
    verdict = t("通过", "passed") if report.ok else t("未通过", "failed")
    lines = [
        f"  {prefix}{verdict}: "
        + t(
            f"{len(report.errors)} 个错误, {len(report.warnings)} 个警告;",
            f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)",
        )
    ]
    for finding in report.failures:
        mark = t.of(finding.severity)
        lines.append(f"  ✗ {mark}  {finding.rule_id}  {finding.path}")
        lines += [f"      {message}" for message in _messages(finding, t)]
    return lines


def _counts(result: CohortEvaluation, t: Labeller) -> list[tuple[str, str]]:
    return [(t.of(outcome), str(n)) for outcome, n in result.outcome_counts().items() if n]


def _all_cohorts(judged: list[tuple[Cohort, CohortEvaluation]], t: Labeller) -> list[str]:
    n = len(judged)
    rows = [
        (
            cohort.id,
            t(f"{len(cohort.trainees)}人", f"{len(cohort.trainees)} trainees"),
            " · ".join(f"{label} {count}" for label, count in _counts(result, t)),
        )
        for cohort, result in judged
    ]
    return [_heading(t, f"结业评定(全部{n}期)", f"Evaluation of all {n} cohorts"), *table(rows)]


def _evaluation(
    cohort: Cohort, result: CohortEvaluation, seed: SeedProgramme, t: Labeller
) -> list[str]:
    text = t("结业评定", "Evaluation") + f": {cohort.id} {cohort.title}".rstrip()
    heading = f"{text}\n{'-' * width(text)}"
    lines = [heading, f"  {t('结果', 'Outcomes')}", *table(_counts(result, t), indent=4)]
    grades = result.grade_distribution()
    scheme = seed.programme.scheme
    if grades and scheme is not None:
        rows = [(_grade(scheme.scale.level(code), t), str(n)) for code, n in grades.items()]
        lines += [f"  {t('等次', 'Grades')}", *table(rows, indent=4)]
    others = [a for a in result.assessments if a.outcome is not Outcome.COMPLETED]
    if others:
        lines.append(f"  {t('未结业及原因', 'Not completed, and why')}")
        for assessment in others:
            lines += _reasons(assessment, t)
    return lines


def _grade(level: GradeLevel, t: Labeller) -> str:
    return t(level.zh, level.en)


def _reasons(assessment: Assessment, t: Labeller) -> list[str]:
    lines = [f"    {assessment.trainee_id}  {t.of(assessment.outcome)}"]
    for finding in assessment.findings:
        if finding.passed or finding.severity not in _REASON_SEVERITIES:
            continue
        lines += [f"      {message}" for message in _messages(finding, t)]
    return lines
