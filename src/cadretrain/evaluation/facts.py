"""What the trainee-scope checks judge: one trainee's facts, gathered once.

:func:`trainee_facts` indexes the cohort's records by trainee in one pass
(attendance by trainee and session, leave, submissions, scores), so a
cohort of thousands of trainees costs one scan of each record list, never a
scan per trainee. Every check of scope ``TRAINEE`` receives one
:class:`TraineeFacts`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import attrs

from cadretrain.evaluation.attendance import AttendanceSummary, summarise
from cadretrain.model import (
    AssessmentScheme,
    AttendanceRecord,
    Cohort,
    LeaveRequest,
    Score,
    Submission,
    SubmissionKind,
    Trainee,
)

__all__ = ["TraineeFacts", "trainee_facts", "trainee_path"]


def trainee_path(trainee_id: str) -> str:
    """The report path of a trainee: ``cohort.trainees[t-017]``."""
    return f"cohort.trainees[{trainee_id}]"


@attrs.frozen(kw_only=True)
class TraineeFacts:
    """One trainee in one cohort: attendance summary, work handed in, scores.

    ``submissions`` and ``scores`` are the trainee's own, in a canonical order
    (by kind and date; by component and value) so that no verdict depends on
    the order the cohort recorded them in.
    """

    trainee: Trainee
    cohort: Cohort = attrs.field(repr=False, eq=False)
    summary: AttendanceSummary
    submissions: tuple[Submission, ...] = ()
    scores: tuple[Score, ...] = ()

    @property
    def path(self) -> str:
        """``cohort.trainees[<id>]``."""
        return trainee_path(self.trainee.id)

    @property
    def scheme(self) -> AssessmentScheme | None:
        """The programme's assessment scheme, if it has one."""
        return self.cohort.programme.scheme

    @property
    def end(self) -> dt.date:
        """The cohort's last day, from which deliverables and instruments fall due."""
        return self.cohort.end

    def submitted(self, kind: SubmissionKind) -> tuple[Submission, ...]:
        """The trainee's submissions of ``kind``, earliest first."""
        return tuple(s for s in self.submissions if s.kind is kind)

    def score(self, component: str) -> Decimal | None:
        """The trainee's score on ``component`` (the highest, if recorded twice)."""
        values = [s.value for s in self.scores if s.component == component]
        return max(values) if values else None


def trainee_facts(cohort: Cohort) -> tuple[TraineeFacts, ...]:
    """The facts of every trainee in ``cohort``, in trainee-id order."""
    sessions = cohort.instructional_sessions()
    records: defaultdict[str, dict[str, AttendanceRecord]] = defaultdict(dict)
    for record in cohort.attendance:
        records[record.trainee][record.session] = record
    leave: defaultdict[str, list[LeaveRequest]] = defaultdict(list)
    for request in cohort.leave:
        leave[request.trainee].append(request)
    submissions: defaultdict[str, list[Submission]] = defaultdict(list)
    for submission in cohort.submissions:
        submissions[submission.trainee].append(submission)
    scores: defaultdict[str, list[Score]] = defaultdict(list)
    for score in cohort.scores:
        scores[score.trainee].append(score)
    return tuple(
        TraineeFacts(
            trainee=trainee,
            cohort=cohort,
            summary=summarise(sessions, records[trainee.id], leave[trainee.id]),
            submissions=tuple(sorted(submissions[trainee.id], key=_submission_order)),
            scores=tuple(sorted(scores[trainee.id], key=lambda s: (s.component, s.value))),
        )
        for trainee in sorted(cohort.trainees, key=lambda t: t.id)
    )


def _submission_order(s: Submission) -> tuple[str, dt.date, str, str]:
    return (s.kind.value, s.submitted_on, s.review.value, s.title)
