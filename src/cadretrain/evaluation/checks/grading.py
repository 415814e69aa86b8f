"""The grading check: per-component pass marks and the weighted total's grade band.

The components, weights, pass marks and scale come from the programme's
scheme; the policy sets no numbers. A component without a score fails (the
trainee is then *incomplete*, not failed: see ``docs/evaluation.md``); a
score below its pass mark, or a total in a non-passing band, fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from operator import attrgetter

import attrs

from cadretrain.evaluation.checks._memo import memoised
from cadretrain.evaluation.facts import TraineeFacts, total_of
from cadretrain.evaluation.grading import as_decimal, band
from cadretrain.model import AssessmentScheme, Component
from cadretrain.rules import CheckDefinition, CheckResult, Scope

__all__ = ["GRADING", "GradingParams", "grading", "grading_fast"]

_PAIR = attrgetter("component", "value")


@attrs.frozen(kw_only=True)
class GradingParams:
    """No numbers: weights, pass marks and the scale come from the programme's scheme."""


def grading(facts: TraineeFacts, params: GradingParams) -> Iterator[CheckResult]:
    """One result per component, then one for the weighted total."""
    scheme = facts.scheme
    if scheme is None or not scheme.components:
        yield CheckResult(
            path=facts.path,
            passed=True,
            message_zh="培训方案没有计分项目,不计总分",
            message_en="the scheme has no scored components: no total",
        )
        return
    for component in scheme.components:
        yield _component(facts, component)
    yield from _total(facts, scheme)


def _component(facts: TraineeFacts, component: Component) -> CheckResult:
    score = facts.score(component.code)
    mark = component.pass_mark
    path = f"{facts.path}.scores[{component.code}]"
    evidence = (
        ("component", component.code),
        ("score", score),
        ("pass_mark", mark),
        ("weight", component.weight),
    )
    if score is None:
        return CheckResult(
            path=path,
            passed=False,
            message_zh=f"「{component.title}」没有成绩,考核未完成",
            message_en=f"no score for {component.title!r}: assessment incomplete",
            evidence=evidence,
        )
    ok = mark is None or score >= mark
    if mark is None:
        zh, en = f"「{component.title}」{score} 分", f"{component.title!r}: {score}"
    elif ok:
        zh = f"「{component.title}」{score} 分,达到及格线 {mark}"
        en = f"{component.title!r}: {score}, at least the pass mark {mark}"
    else:
        zh = f"「{component.title}」{score} 分,低于及格线 {mark},不通过"
        en = f"{component.title!r}: {score}, below the pass mark {mark}: failed"
    return CheckResult(path=path, passed=ok, message_zh=zh, message_en=en, evidence=evidence)


def _total(facts: TraineeFacts, scheme: AssessmentScheme) -> Iterator[CheckResult]:
    total = total_of(facts)
    if total is None:
        return
    level = band(scheme.scale, total)
    shown = as_decimal(total)
    ok = level.passing
    tail_zh = "" if ok else ",不合格"
    tail_en = "" if ok else ", not a passing grade: failed"
    yield CheckResult(
        path=facts.path,
        passed=ok,
        message_zh=f"加权总分 {shown},等次「{level.zh}」{tail_zh}",
        message_en=f"weighted total {shown}, grade {level.en!r}{tail_en}",
        evidence=(("total", shown), ("grade", level.code), ("passing", ok)),
    )


def grading_fast(params: GradingParams) -> Callable[[TraineeFacts], bool]:
    """:func:`grading` passes; memoised within a batch on the trainee's scores.

    The verdict depends only on the scheme and the ``(component, value)``
    pairs, so trainees with the same scores share one run of :func:`grading`
    (exact ``Fraction`` totals are computed once per distinct set of scores).
    """
    return memoised(grading, params, _REQUIRED, _scores)


_REQUIRED = attrgetter("components")


def _scores(facts: TraineeFacts) -> tuple[tuple[str, Decimal], ...]:
    return tuple(map(_PAIR, facts.scores))


GRADING = CheckDefinition(
    rule_id="evaluation.grading",
    scope=Scope.TRAINEE,
    description_zh="各考核项目达到及格线,加权总分按等次表评定为合格以上",
    description_en="each component at its pass mark; the weighted total in a passing grade",
    params_type=GradingParams,
    function=grading,
    fast=grading_fast,
)
