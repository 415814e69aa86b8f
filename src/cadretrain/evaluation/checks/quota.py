"""The top-grade quota: at most floor(share × completed) trainees keep the top grade.

Judges the cohort's :class:`~cadretrain.evaluation.grade_bands.Ranking` (the
completed trainees' totals and rule grades, as columns). The share is the
scheme's ``top_grade_share``; the policy sets no number. Those beyond the
quota, by total (highest first) then trainee id, drop one level, each with
a failed finding that names the new grade (``new_grade`` in its evidence).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from cadretrain.evaluation.facts import trainee_path
from cadretrain.evaluation.grade_bands import Ranking, allocate_top_grade, as_decimal
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.citation import PROGRAMME_SCHEME

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
    allocation = allocate_top_grade(ranking, share)
    quota, holders = allocation.quota, allocation.holders
    completed = len(ranking.trainees)
    dropped = max(len(holders) - quota, 0)
    yield CheckResult(
        path="cohort",
        passed=True,
        message_zh=f"「{top.zh}」名额 ⌊{share} × {completed}⌋ = {quota} 名,"
        f"{len(holders)} 名达到,{dropped} 名降一等",
        message_en=f"{top.en!r} quota floor({share} × {completed}) = {quota}; "
        f"{len(holders)} reached it, {dropped} drop one level",
        evidence=(
            ("share", share),
            ("completed", completed),
            ("quota", quota),
            ("holders", len(holders)),
        ),
    )
    lower = scale.below(top.code)
    for rank, i in enumerate(holders, start=1):
        total = ranking.total(i)
        kept = rank <= quota
        evidence = (
            ("rank", rank),
            ("quota", quota),
            ("total", None if total is None else as_decimal(total)),
            ("new_grade", top.code if kept else lower.code),
        )
        if kept:
            zh = f"按总分、学号排第 {rank} 位,在「{top.zh}」名额 {quota} 名之内"
            en = f"ranked {rank} by total then id, within the {top.en!r} quota of {quota}"
        else:
            zh = (
                f"按总分、学号排第 {rank} 位,超出「{top.zh}」名额 {quota} 名,"
                f"等次由「{top.zh}」降为「{lower.zh}」"
            )
            en = (
                f"ranked {rank} by total then id, beyond the {top.en!r} quota of "
                f"{quota}: drops from {top.en!r} to {lower.en!r}"
            )
        yield CheckResult(
            path=trainee_path(ranking.trainees[i]),
            passed=kept,
            message_zh=zh,
            message_en=en,
            evidence=evidence,
        )


TOP_GRADE_QUOTA = CheckDefinition(
    rule_id="evaluation.top_grade_quota",
    scope=Scope.COHORT,
    subject_type=Ranking,  # not a Cohort: ct.check(cohort, this policy) is refused by name
    description_zh="最高等次人数不超过结业人数的规定比例(向下取整),超出者按总分、学号降一等",
    description_en="at most the scheme's share of completed trainees keep the top grade "
    "(rounded down); the rest, by score then id, drop one level",
    params_type=TopGradeQuotaParams,
    function=top_grade_quota,
    source=PROGRAMME_SCHEME,
)
