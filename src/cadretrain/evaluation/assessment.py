"""One trainee's assessment in one cohort, and the whole cohort's evaluation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from cadretrain.evaluation.attendance_summary import AttendanceSummary
from cadretrain.evaluation.instruments import InstrumentDue
from cadretrain.model import Outcome
from cadretrain.model._labelled import Language
from cadretrain.rules import Finding, Policy, Report

__all__ = ["Assessment", "CohortEvaluation"]


@attrs.frozen(kw_only=True)
class Assessment:
    """The outcome for one trainee: attendance, scores, total, grade and why.

    ``findings`` explain everything else: the rules' findings about this
    trainee, the overrides' notes, and last an ``evaluation.outcome`` finding
    that states the outcome and grade and the rules (or decision) behind it.
    ``grade`` is a code of the programme's grade scale (``None`` without a
    scheme, for an exempt, deferred or not-judged trainee, and while a tie at the
    top-grade quota line awaits a decision).
    """

    trainee_id: str
    cohort_id: str
    outcome: Outcome
    attendance: AttendanceSummary
    scores: tuple[tuple[str, Decimal], ...] = ()
    total: Decimal | None = None
    grade: str | None = None
    findings: tuple[Finding, ...] = ()

    @property
    def completed(self) -> bool:
        """Whether the trainee completed (结业)."""
        return self.outcome is Outcome.COMPLETED

    def explain(self, lang: Language = "zh") -> str:
        """The assessment as text: one heading line, then one line per finding."""
        head = (
            f"学员 {self.trainee_id}:{self.outcome.zh}"
            if lang == "zh"
            else f"trainee {self.trainee_id}: {self.outcome.en}"
        )
        return "\n".join([head, *(f"  {f.explain(lang)}" for f in self.findings)])


@attrs.frozen(kw_only=True)
class CohortEvaluation:
    """Every trainee's assessment (in trainee-id order), the report, instruments due.

    ``judged_on`` is the date the policy's numbers were taken from (the
    cohort's first day); ``on`` the date instruments are reported as of.
    ``policy_digest`` (the policy's :attr:`~cadretrain.rules.Policy.digest`)
    and ``library_version`` say what the decisions were made under, so that
    they can be reproduced (and shown to be) later.
    """

    cohort_id: str
    policy: Policy
    judged_on: dt.date
    on: dt.date
    assessments: tuple[Assessment, ...]
    report: Report
    instruments_due: tuple[InstrumentDue, ...] = ()
    grades: tuple[str, ...] = ()
    """The grade scale's codes, best first (empty without a scheme)."""
    policy_digest: str = ""
    library_version: str = ""

    def assessment(self, trainee_id: str) -> Assessment:
        """The assessment of ``trainee_id``."""
        for assessment in self.assessments:
            if assessment.trainee_id == trainee_id:
                return assessment
        raise KeyError(trainee_id)

    def outcome_counts(self) -> dict[Outcome, int]:
        """How many trainees ended with each outcome (every outcome, in enum order)."""
        counts = dict.fromkeys(Outcome, 0)
        for assessment in self.assessments:
            counts[assessment.outcome] += 1
        return counts

    def grade_distribution(self) -> dict[str, int]:
        """How many trainees hold each grade code, best first (ungraded left out)."""
        counts = dict.fromkeys(self.grades, 0)
        for assessment in self.assessments:
            if assessment.grade is not None:
                counts[assessment.grade] = counts.get(assessment.grade, 0) + 1
        return counts
