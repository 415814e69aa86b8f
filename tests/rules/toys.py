"""Toy checks over a toy subject, so engine tests need no domain model.

``toy.pass`` always passes, ``toy.fail`` always fails, ``toy.absent`` judges
a posting (never given in these tests, so it is inapplicable),
``toy.threshold`` compares the subject's score and items with a required
``minimum`` (no default), and ``toy.defaulted`` has structural defaults.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from fractions import Fraction

import attrs

from cadretrain.rules import (
    AllOf,
    Check,
    CheckDefinition,
    CheckResult,
    Citation,
    DatedParameter,
    Policy,
    Rule,
    RuleBook,
    Scope,
)

DAY = date(2016, 3, 1)
LAW = Citation(source="《干部教育培训工作条例》(2015) 第二十四条")


@attrs.frozen(kw_only=True)
class Toy:
    """The toy subject: a score and some items."""

    score: int = 5
    items: tuple[int, ...] = ()


@attrs.frozen(kw_only=True)
class NoParams:
    """A check without parameters."""


@attrs.frozen(kw_only=True)
class Threshold:
    """``minimum`` must be supplied by the tree or the policy."""

    minimum: int = attrs.field(metadata={"zh": "最低分", "en": "lowest score"})


@attrs.frozen(kw_only=True)
class Defaulted:
    """Parameters with structural defaults."""

    limit: int = attrs.field(default=10, metadata={"zh": "上限", "en": "limit"})
    share: Fraction = attrs.field(default=Fraction(1, 7))


def _pass(subject: Toy, params: NoParams) -> Iterator[CheckResult]:
    yield CheckResult(path="toy", passed=True, message_zh="通过", message_en="passes")


def _fail(subject: Toy, params: NoParams) -> Iterator[CheckResult]:
    yield CheckResult(
        path="toy", passed=False, message_zh="未通过", message_en="fails", evidence={"n": 1}
    )


def _threshold(subject: Toy, params: Threshold) -> Iterator[CheckResult]:
    yield CheckResult(
        path="score",
        passed=subject.score >= params.minimum,
        message_zh=f"得分 {subject.score},最低 {params.minimum}",
        message_en=f"score {subject.score}, minimum {params.minimum}",
        evidence=(("score", subject.score),),
    )
    for i, item in enumerate(subject.items):
        yield CheckResult(
            path=f"items[{i}]",
            passed=item >= params.minimum,
            message_zh=f"第 {i} 项 {item}",
            message_en=f"item {i} is {item}",
            evidence=(("item", item),),
        )


def _defaulted(subject: Toy, params: Defaulted) -> Iterator[CheckResult]:
    share = Fraction(subject.score, params.limit)
    yield CheckResult(
        path="share",
        passed=share <= params.share,
        message_zh=f"占比 {share}",
        message_en=f"share {share}",
        evidence=(("share", share),),
    )


def definition(rule_id: str, function: object, params_type: type, scope: Scope) -> CheckDefinition:
    """A toy check definition with fixed descriptions."""
    return CheckDefinition(
        rule_id=rule_id,
        scope=scope,
        description_zh=f"玩具检查 {rule_id}",
        description_en=f"toy check {rule_id}",
        params_type=params_type,
        function=function,  # type: ignore[arg-type]
    )


BOOK = RuleBook(
    checks=(
        definition("toy.pass", _pass, NoParams, Scope.COHORT),
        definition("toy.fail", _fail, NoParams, Scope.COHORT),
        definition("toy.absent", _pass, NoParams, Scope.POSTING),
        definition("toy.threshold", _threshold, Threshold, Scope.COHORT),
        definition("toy.defaulted", _defaulted, Defaulted, Scope.COHORT),
    )
)

SUBJECTS = {Scope.COHORT: Toy(score=5, items=(7, 3))}


def policy(rule: Rule | None = None, *, minimum: int | None = 4) -> Policy:
    """A toy policy in force from 2015; ``minimum`` sets ``toy.threshold``'s."""
    base = Policy(
        name="toy",
        title_zh="玩具政策",
        title_en="toy policy",
        rule=AllOf() if rule is None else rule,
        effective_from=date(2015, 1, 1),
    )
    if minimum is None:
        return base
    value = DatedParameter.single(minimum, since=date(2015, 1, 1), citation=LAW)
    return base.with_parameter("toy.threshold", "minimum", value)


def leaves() -> tuple[Check, ...]:
    """The toy leaves used to build random trees."""
    return (Check("toy.pass"), Check("toy.fail"), Check("toy.absent"), Check("toy.threshold"))
