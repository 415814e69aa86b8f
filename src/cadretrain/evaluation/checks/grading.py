"""The grading check: per-component pass marks and the weighted total's grade band.

The components, weights, pass marks and scale come from the programme's
scheme; the policy sets no numbers. A programme with no scheme cannot be
graded: every trainee fails the check and is *not judged*. A component
without a score fails (the trainee is then *incomplete*, not failed: see
``docs/evaluation.md``); a score below its pass mark, a score cancelled for
ghost-written or plagiarised work (2013 rules, "取消成绩"), or a total in a
non-passing band, fails. Marks
are compared as scaled integers, totals by their integer numerators.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import attrs
import numpy as np
import numpy.typing as npt

from cadretrain.evaluation.facts import SCALE, FactColumns
from cadretrain.evaluation.grade_bands import as_decimal, band_index
from cadretrain.model import AssessmentScheme, Component, GradeLevel
from cadretrain.rules import CheckDefinition, CheckResult, Evidence, Judged, Scope
from cadretrain.rules.citation import PROGRAMME_SCHEME

__all__ = ["GRADING", "GradingParams", "grading"]


@attrs.frozen(kw_only=True)
class GradingParams:
    """No numbers: weights, pass marks and the scale come from the programme's scheme."""


def grading(facts: FactColumns, params: GradingParams) -> Judged:
    """A trainee passes with every mark at its pass mark and a total in a passing band.

    Its results: one per component, then one for the weighted total.
    """
    scheme = facts.cohort.programme.scheme
    if scheme is None:
        return Judged(
            verdict=np.zeros(len(facts), dtype=np.int8),
            results=lambda row: iter((_no_scheme(facts.path(row)),)),
        )
    if not scheme.components:
        return Judged(
            verdict=np.ones(len(facts), dtype=np.int8),
            results=lambda row: iter((_no_components(facts.path(row)),)),
        )
    scored = facts.mark_codes >= 0
    # each component passed: scored, not cancelled, and at least its pass mark
    marked = scored & ~facts.cancelled
    for j, component in enumerate(scheme.components):
        if component.pass_mark is not None:
            marked[:, j] &= facts.marks[:, j] >= int(component.pass_mark * SCALE)
    ok = facts.has_total & marked.all(axis=1)
    levels = band_index(scheme.scale, facts.totals, facts.denominator)
    passing = np.array([level.passing for level in scheme.scale.levels], dtype=np.bool_)
    ok &= passing[levels]
    # each component's evidence but the score, the same for every trainee
    fixed = tuple(
        (("component", c.code), ("pass_mark", c.pass_mark), ("weight", Fraction(c.weight)))
        for c in scheme.components
    )
    return Judged(
        verdict=ok.astype(np.int8),
        results=lambda row: _results(facts, row, scheme, fixed, int(levels[row]), marked[row]),
    )


def _results(
    facts: FactColumns,
    row: int,
    scheme: AssessmentScheme,
    fixed: tuple[Evidence, ...],
    level: int,
    marked: npt.NDArray[np.bool_],
) -> Iterator[CheckResult]:
    path = facts.path(row)
    codes = facts.mark_codes[row].tolist()
    for component, evidence, code, ok, cancelled in zip(
        scheme.components, fixed, codes, marked.tolist(), facts.cancelled[row].tolist(), strict=True
    ):
        mark = facts.values[code] if code >= 0 else None
        where = f"{path}.scores[{component.code}]"
        if cancelled:
            yield _cancelled(where, component, evidence, mark)
        else:
            yield _component(where, component, evidence, mark, ok)
    total = facts.total(row)
    if total is not None:
        yield _total(path, total, scheme.scale.levels[level])


def _no_scheme(path: str) -> CheckResult:
    return CheckResult(
        path=path,
        passed=False,
        message_zh="培训方案没有考核办法(计分项目、等次),无法评定",
        message_en="the programme has no assessment scheme (components, grades): cannot be judged",
        evidence=(("scheme", None),),
    )


def _cancelled(
    path: str, component: Component, fixed: Evidence, score: Decimal | None
) -> CheckResult:
    named, marked, weighed = fixed
    return CheckResult(
        path=path,
        passed=False,
        message_zh=f"「{component.title}」成绩 {score} 因提交材料他人代写或抄袭被取消,不通过",
        message_en=f"{component.title!r}: score {score} cancelled for ghost-written or "
        "plagiarised work: failed",
        evidence=(named, ("score", score), ("cancelled", True), marked, weighed),
    )


def _no_components(path: str) -> CheckResult:
    return CheckResult(
        path=path,
        passed=True,
        message_zh="培训方案没有计分项目,不计总分",
        message_en="the scheme has no scored components: no total",
    )


def _component(
    path: str,
    component: Component,
    fixed: Evidence,
    score: Decimal | None,
    ok: bool,
) -> CheckResult:
    title, mark = component.title, component.pass_mark
    named, marked, weighed = fixed
    evidence = (named, ("score", score), marked, weighed)
    if score is None:
        return CheckResult(
            path=path,
            passed=False,
            message_zh=f"「{title}」没有成绩,考核未完成",
            message_en=f"no score for {title!r}: assessment incomplete",
            evidence=evidence,
        )
    if mark is None:
        zh, en = f"「{title}」{score} 分", f"{title!r}: {score}"
    elif ok:
        zh = f"「{title}」{score} 分,达到及格线 {mark}"
        en = f"{title!r}: {score}, at least the pass mark {mark}"
    else:
        zh = f"「{title}」{score} 分,低于及格线 {mark},不通过"
        en = f"{title!r}: {score}, below the pass mark {mark}: failed"
    return CheckResult(path=path, passed=ok, message_zh=zh, message_en=en, evidence=evidence)


def _total(path: str, total: Fraction, level: GradeLevel) -> CheckResult:
    shown = as_decimal(total)
    ok = level.passing
    tail_zh = "" if ok else ",不合格"
    tail_en = "" if ok else ", not a passing grade: failed"
    return CheckResult(
        path=path,
        passed=ok,
        message_zh=f"加权总分 {shown},等次「{level.zh}」{tail_zh}",
        message_en=f"weighted total {shown}, grade {level.en!r}{tail_en}",
        evidence=(("total", shown), ("grade", level.code), ("passing", ok)),
    )


GRADING = CheckDefinition(
    rule_id="evaluation.grading",
    scope=Scope.TRAINEE,
    description_zh="各考核项目达到及格线,加权总分按等次表评定为合格以上",
    description_en="each component at its pass mark; the weighted total in a passing grade",
    params_type=GradingParams,
    function=grading,
    source=PROGRAMME_SCHEME,
)
