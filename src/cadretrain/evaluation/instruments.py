"""Evaluation instruments (Kirkpatrick levels) due or overdue on a date.

Each instrument of the programme's scheme falls due relative to the
cohort's last day (the behaviour follow-up typically 3-6 months after,
docs/regulations.md, "Evaluation frameworks"). On a date ``on`` an instrument is
*due* for a trainee when its due date is ``on`` and *overdue* when it is
earlier, as long as the trainee has no response dated on or before ``on``.
Trainees who were withdrawn, exempt or deferred are not followed up. When
the instrument is linked to a kind of submission (the behaviour follow-up
to the trainee's own plan), the trainee's latest such submission is
attached, so the follow-up can be held against it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from cadretrain.model import Cohort, EvaluationInstrument, Submission
from cadretrain.model._labelled import LabelledEnum

__all__ = ["InstrumentDue", "InstrumentState", "instruments_due"]


class InstrumentState(LabelledEnum):
    """Whether an instrument's response is due today or overdue."""

    DUE = ("due", "今日到期", "due today")
    OVERDUE = ("overdue", "已逾期", "overdue")


@attrs.frozen(kw_only=True)
class InstrumentDue:
    """One trainee's outstanding response to one instrument."""

    instrument: EvaluationInstrument
    trainee: str
    due: dt.date
    state: InstrumentState
    plan: Submission | None = None
    """The trainee's latest submission of the instrument's linked kind, if any."""


def instruments_due(
    cohort: Cohort, trainees: Iterable[str], on: dt.date
) -> tuple[InstrumentDue, ...]:
    """Outstanding responses on ``on``, by due date, instrument id, trainee id."""
    scheme = cohort.programme.scheme
    if scheme is None or not scheme.instruments:
        return ()
    answered = {(r.instrument, r.trainee) for r in cohort.responses if r.on <= on}
    latest: dict[tuple[str, str], Submission] = {}
    for s in sorted(cohort.submissions, key=lambda s: (s.submitted_on, s.review.value, s.title)):
        if s.submitted_on <= on:
            latest[(s.trainee, s.kind.value)] = s
    who = sorted(set(trainees))
    rows: list[InstrumentDue] = []
    for instrument in scheme.instruments:
        due = instrument.due(cohort.end)
        if due > on:
            continue
        state = InstrumentState.DUE if due == on else InstrumentState.OVERDUE
        linked = instrument.linked_submission
        rows.extend(
            InstrumentDue(
                instrument=instrument,
                trainee=trainee,
                due=due,
                state=state,
                plan=latest.get((trainee, linked.value)) if linked else None,
            )
            for trainee in who
            if (instrument.id, trainee) not in answered
        )
    return tuple(sorted(rows, key=lambda r: (r.due, r.instrument.id, r.trainee)))
