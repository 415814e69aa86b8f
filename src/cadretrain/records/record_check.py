"""Judging a training record, and the gap to each hours requirement.

The policy and the rule book are arguments: the defaults (the 条例's
policy, the built-in book) are applied one layer up, by ``ct.check_record``
and ``ct.requirement_gaps`` (:mod:`cadretrain.builtin`).
"""

from __future__ import annotations

import datetime as dt

import attrs

from cadretrain.model import TrainingRecord
from cadretrain.model import _validators as v
from cadretrain.records.hours_checks import ANNUAL_HOURS, FIVE_YEAR_HOURS, RECORD_CHECKS
from cadretrain.records.requirements import (
    AnnualParams,
    FiveYearParams,
    Measure,
    RecordAsOf,
    measures,
    requirement_window,
)
from cadretrain.records.windows import Window
from cadretrain.rules import Check, Policy, Report, RuleBook, Scope, resolve_parameters, run, walk

__all__ = ["RequirementGap", "check_record", "requirement_gaps"]


def check_record(
    record: TrainingRecord,
    on: dt.date,
    policy: Policy,
    *,
    book: RuleBook,
    explain: bool = False,
) -> Report:
    """Judge a training record on ``on`` under ``policy``, with the checks of ``book``.

    The numbers used are those in force on ``on``; ``explain`` also records
    what passed and what did not apply. ``ct.check_record`` supplies the
    条例's policy and the built-in rule book by default.
    """
    subject = RecordAsOf(record=record, on=on)
    return run(policy, subjects={Scope.RECORD: subject}, on=on, book=book, explain=explain)


@attrs.frozen(kw_only=True)
class RequirementGap:
    """How far a record is from one hours requirement on a date.

    ``measures`` are the requirement's alternatives (days, 学时, months),
    each with the amount required, done, and still needed.
    """

    rule_id: str = attrs.field(validator=v.text)
    window: Window = attrs.field(validator=v.instance(Window))
    measures: tuple[Measure, ...] = attrs.field(validator=v.tuple_of(v.instance(Measure)))

    @property
    def met(self) -> bool:
        """Whether any alternative is met."""
        return any(m.met for m in self.measures)


def requirement_gaps(
    record: TrainingRecord, on: dt.date, policy: Policy
) -> tuple[RequirementGap, ...]:
    """The gap to each hours requirement that applies to the record's rank on ``on``.

    A rank neither requirement covers on ``on`` (a village cadre) has no gap.

    Parameters are resolved as :func:`check_record` resolves them (the
    ``Check`` node's literals, then the policy's dated values, then the
    check's defaults).
    """
    definitions = {d.rule_id: d for d in RECORD_CHECKS}
    subject = RecordAsOf(record=record, on=on)
    gaps: list[RequirementGap] = []
    for node in walk(policy.rule):
        if not isinstance(node, Check) or node.rule_id not in (ANNUAL_HOURS, FIVE_YEAR_HOURS):
            continue
        params, _ = resolve_parameters(definitions[node.rule_id], node, policy, on)
        assert isinstance(params, AnnualParams | FiveYearParams)
        if record.rank.value not in params.ranks:
            continue
        gaps.append(
            RequirementGap(
                rule_id=node.rule_id,
                window=requirement_window(subject, params),
                measures=measures(node.rule_id, subject, params),
            )
        )
    return tuple(gaps)
