"""The top-grade quota: at most floor(share × completed) trainees keep the top grade.

Judges the cohort's :class:`~cadretrain.evaluation.grade_bands.Ranking` (the
completed trainees' totals and rule grades, as columns). The share is the
scheme's ``top_grade_share``; the policy sets no number. Those beyond the
quota, by total (highest first), drop one level, each with a failed finding
that names the new grade (``new_grade`` in its evidence).

Trainees with equal totals on both sides of the quota line are a *tie*: by
default it is referred to people (a failed finding naming every tied
trainee and the places left; their grade stays pending), and a
``settle_tie`` override for each trainee awarded a place settles it. A
policy may set ``tie_break="natural_id_order"`` to break ties by trainee id
instead (``t-2`` before ``t-10``).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from cadretrain.evaluation.facts import trainee_path
from cadretrain.evaluation.grade_bands import Allocation, Ranking, allocate_top_grade, as_decimal
from cadretrain.model import GradeLevel
from cadretrain.model import _validators as v
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.citation import PROGRAMME_SCHEME

__all__ = ["TOP_GRADE_QUOTA", "TopGradeQuotaParams", "top_grade_quota"]


@attrs.frozen(kw_only=True)
class TopGradeQuotaParams:
    """No numbers: the share comes from the programme's assessment scheme.

    ``tie_break`` says what happens to a tie at the quota line: ``"refer"``
    (the default) refers it to people, ``"natural_id_order"`` breaks it by id.
    """

    tie_break: str = attrs.field(
        default="refer",
        validator=v.one_of("refer", "natural_id_order"),
        metadata={
            "zh": "名额线上并列时:refer 提请裁定,natural_id_order 按学号自然顺序",
            "en": "a tie at the quota line: 'refer' for decision, or 'natural_id_order'",
        },
    )


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
    allocation = allocate_top_grade(ranking, share, refer_ties=params.tie_break == "refer")
    quota, holders = allocation.quota, allocation.holders
    completed = len(ranking.trainees)
    dropped = len(allocation.dropped)
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
    if allocation.tied:
        yield _tie(ranking, allocation, top)
    lower = scale.below(top.code)
    for rank, i in enumerate(holders, start=1):
        yield _holder(ranking, allocation, i, rank, top, lower)


def _tie(ranking: Ranking, allocation: Allocation, top: GradeLevel) -> CheckResult:
    """The tie at the quota line: referred for decision, or settled by recorded decisions."""
    names = [ranking.trainees[i] for i in allocation.tied]
    total = ranking.total(allocation.tied[0])
    shown = "无总分" if total is None else f"总分 {as_decimal(total)}"
    shown_en = "no total" if total is None else f"total {as_decimal(total)}"
    tied, places = len(names), allocation.places
    evidence = (
        ("tied", ", ".join(names)),
        ("places", places),
        ("quota", allocation.quota),
        ("total", None if total is None else as_decimal(total)),
        ("referred", allocation.referred),
    )
    if allocation.referred:
        return CheckResult(
            path="cohort.top_grade_tie",
            passed=False,
            message_zh=f"{tied} 名学员{shown}并列,争「{top.zh}」剩余 {places} 个名额"
            f"({', '.join(names)}),提请裁定(以“并列名额裁定”记录决定)",
            message_en=f"{tied} trainees tie ({shown_en}) for the last {places} {top.en!r} "
            f"place(s) ({', '.join(names)}): referred for decision (record it as "
            "'settle_tie' overrides)",
            evidence=evidence,
        )
    return CheckResult(
        path="cohort.top_grade_tie",
        passed=True,
        message_zh=f"{tied} 名学员{shown}并列争「{top.zh}」剩余 {places} 个名额,已按记录的裁定解决",
        message_en=f"{tied} trainees tied ({shown_en}) for the last {places} {top.en!r} "
        "place(s): settled by the recorded decisions",
        evidence=evidence,
    )


def _holder(
    ranking: Ranking,
    allocation: Allocation,
    i: int,
    rank: int,
    top: GradeLevel,
    lower: GradeLevel,
) -> CheckResult:
    total = ranking.total(i)
    quota = allocation.quota
    pending = i in allocation.pending
    kept = i in allocation.kept
    decided = i in allocation.tied and not pending
    evidence = (
        ("rank", rank),
        ("quota", quota),
        ("total", None if total is None else as_decimal(total)),
        ("new_grade", None if pending else top.code if kept else lower.code),
    )
    if pending:
        zh = f"与其他学员总分并列于「{top.zh}」名额线({quota} 名),等次待裁定"
        en = f"tied at the {top.en!r} quota line ({quota}): grade pending a decision"
    elif kept:
        how_zh = "经裁定获得并列名额," if decided else ""
        how_en = "awarded a tied place by decision, " if decided else ""
        zh = f"按总分排第 {rank} 位,{how_zh}在「{top.zh}」名额 {quota} 名之内"
        en = f"ranked {rank} by total, {how_en}within the {top.en!r} quota of {quota}"
    else:
        how_zh = "并列未获裁定名额," if decided else ""
        how_en = "not awarded a tied place, " if decided else ""
        zh = (
            f"按总分排第 {rank} 位,{how_zh}超出「{top.zh}」名额 {quota} 名,"
            f"等次由「{top.zh}」降为「{lower.zh}」"
        )
        en = (
            f"ranked {rank} by total, {how_en}beyond the {top.en!r} quota of "
            f"{quota}: drops from {top.en!r} to {lower.en!r}"
        )
    return CheckResult(
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
    description_zh="最高等次人数不超过结业人数的规定比例(向下取整),超出者按总分降一等;"
    "名额线上并列的提请裁定",
    description_en="at most the scheme's share of completed trainees keep the top grade "
    "(rounded down); the rest, by score, drop one level; a tie at the line is referred "
    "for decision",
    params_type=TopGradeQuotaParams,
    function=top_grade_quota,
    source=PROGRAMME_SCHEME,
)
