"""The top-grade quota: at most floor(share × completed) trainees keep the top grade.

Judges the cohort's :class:`~cadretrain.evaluation.grading.Ranking` (the
completed trainees' totals and rule grades). The share is the scheme's
``top_grade_share``; the policy sets no number. Those beyond the quota, by
total (highest first) then trainee id, drop one level, each with a failed
finding that names the new grade (``new_grade`` in its evidence).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from cadretrain.evaluation.facts import trainee_path
from cadretrain.evaluation.grading import Ranking, allocate_top_grade, as_decimal
from cadretrain.rules import CheckDefinition, CheckResult, Scope

__all__ = ["TOP_GRADE_QUOTA", "TopGradeQuotaParams", "top_grade_quota"]


@attrs.frozen(kw_only=True)
class TopGradeQuotaParams:
    """No numbers: the share comes from the programme's assessment scheme."""


def top_grade_quota(ranking: Ranking, params: TopGradeQuotaParams) -> Iterator[CheckResult]:
    """A summary result for the cohort, then one per holder of the top grade."""
    scale, share = ranking.scale, ranking.share
    top = scale.top
    if share is None:
        yield CheckResult(
            path="cohort",
            passed=True,
            message_zh=f"培训方案未限定「{top.zh}」比例",
            message_en=f"the scheme sets no quota for {top.en!r}",
        )
        return
    allocation = allocate_top_grade(ranking.standings, scale, share)
    completed = len(ranking.standings)
    yield CheckResult(
        path="cohort",
        passed=True,
        message_zh=f"「{top.zh}」名额 ⌊{share} × {completed}⌋ = {allocation.quota} 名,"
        f"{len(allocation.holders)} 名达到,{len(allocation.dropped)} 名降一等",
        message_en=f"{top.en!r} quota floor({share} × {completed}) = {allocation.quota}; "
        f"{len(allocation.holders)} reached it, {len(allocation.dropped)} drop one level",
        evidence=(
            ("share", share),
            ("completed", completed),
            ("quota", allocation.quota),
            ("holders", len(allocation.holders)),
        ),
    )
    totals = {s.trainee: s.total for s in ranking.standings if s.grade == top.code}
    lower = scale.below(top.code)
    for rank, trainee in enumerate(allocation.holders, start=1):
        total = totals[trainee]
        kept = rank <= allocation.quota
        evidence = (
            ("rank", rank),
            ("quota", allocation.quota),
            ("total", None if total is None else as_decimal(total)),
            ("new_grade", top.code if kept else lower.code),
        )
        if kept:
            zh = f"按总分、学号排第 {rank} 位,在「{top.zh}」名额 {allocation.quota} 名之内"
            en = (
                f"ranked {rank} by total then id, within the {top.en!r} quota of {allocation.quota}"
            )
        else:
            zh = (
                f"按总分、学号排第 {rank} 位,超出「{top.zh}」名额 {allocation.quota} 名,"
                f"等次由「{top.zh}」降为「{lower.zh}」"
            )
            en = (
                f"ranked {rank} by total then id, beyond the {top.en!r} quota of "
                f"{allocation.quota}: drops from {top.en!r} to {lower.en!r}"
            )
        yield CheckResult(
            path=trainee_path(trainee), passed=kept, message_zh=zh, message_en=en, evidence=evidence
        )


TOP_GRADE_QUOTA = CheckDefinition(
    rule_id="evaluation.top_grade_quota",
    scope=Scope.COHORT,
    description_zh="最高等次人数不超过结业人数的规定比例(向下取整),超出者按总分、学号降一等",
    description_en="at most the scheme's share of completed trainees keep the top grade "
    "(rounded down); the rest, by score then id, drop one level",
    params_type=TopGradeQuotaParams,
    function=top_grade_quota,
)
