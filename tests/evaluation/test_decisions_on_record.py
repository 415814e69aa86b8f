"""Decisions a department can sign: what they were made under, and what the scheme allows.

Every evaluation records the policy's content digest and the library
version (so that a certificate can be shown, later, to rest on exactly these
rules); a score above its component's maximum is refused when the cohort is
built; ghost-written or plagiarised work cancels its score (2013 rules,
docs/regulations.md row 0c); a programme without a scheme, under a policy
that grades, leaves its trainees not judged.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

import cadretrain as ct
from cadretrain._version import __version__
from cadretrain.builtin import evaluate
from cadretrain.policies import CADRE_TRAINING_EVALUATION

from .builders import END, cohort, scheme, scores


def test_an_evaluation_records_the_policy_digest_and_the_library_version() -> None:
    result = evaluate(cohort())
    assert result.policy_digest == CADRE_TRAINING_EVALUATION.digest
    assert result.policy_digest.startswith("sha256:")
    assert result.library_version == __version__ == ct.__version__


def test_the_digest_changes_with_any_number_and_not_with_the_process() -> None:
    stricter = CADRE_TRAINING_EVALUATION.with_parameter(
        "evaluation.leave_ratio",
        "max_share",
        ct.DatedParameter.single(
            Fraction(1, 10), since=dt.date(2013, 3, 19), citation=ct.Citation(source="某省规定")
        ),
    )
    assert stricter.digest != CADRE_TRAINING_EVALUATION.digest
    assert attrs.evolve(CADRE_TRAINING_EVALUATION).digest == CADRE_TRAINING_EVALUATION.digest
    code = "from cadretrain.policies import CADRE_TRAINING_EVALUATION as P; print(P.digest)"
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert other == CADRE_TRAINING_EVALUATION.digest


def test_the_digest_and_version_travel_with_the_stored_evaluation() -> None:
    result = evaluate(cohort())
    back = ct.from_json(ct.to_json(result), ct.CohortEvaluation)
    assert (back.policy_digest, back.library_version) == (
        result.policy_digest,
        result.library_version,
    )


def _capped(maximum: Decimal) -> ct.AssessmentScheme:
    base = scheme()
    exam, essay = base.components
    return attrs.evolve(base, components=(attrs.evolve(exam, max_score=maximum), essay))


def test_a_score_above_its_components_maximum_is_refused_with_its_path() -> None:
    with pytest.raises(ct.ValidationError) as caught:
        cohort(assessment=_capped(Decimal(100)), marks=scores("t-001", exam=150))
    (problem,) = caught.value.problems
    assert problem.path.startswith("scores[")
    assert problem.path.endswith("].value")
    assert "150" in problem.message
    assert "0 to 100" in problem.message


def test_a_score_at_its_components_maximum_is_accepted() -> None:
    result = evaluate(cohort(assessment=_capped(Decimal(100)), marks=scores("t-001", exam=100)))
    assert result.assessments[0].outcome is ct.Outcome.COMPLETED


def test_a_component_refuses_a_pass_mark_above_its_maximum() -> None:
    with pytest.raises(ct.InvalidValueError, match="pass_mark"):
        ct.Component(
            code="exam",
            title="考试",
            weight=Fraction(1),
            pass_mark=Decimal(60),
            max_score=Decimal(50),
        )


def _plagiarised(kind: ct.SubmissionKind, state: ct.ReviewState) -> ct.Submission:
    return ct.Submission(trainee="t-001", kind=kind, submitted_on=END, review=state)


@pytest.mark.parametrize("state", [ct.ReviewState.GHOST_WRITTEN, ct.ReviewState.PLAGIARISED])
def test_ghost_written_or_plagiarised_work_cancels_every_score_when_none_names_it(
    state: ct.ReviewState,
) -> None:
    work = (_plagiarised(ct.SubmissionKind.ESSAY, state),)
    a = evaluate(cohort(submissions=work)).assessments[0]
    assert a.outcome is ct.Outcome.FAILED
    assert a.total is None
    cancelled = [f for f in a.findings if ("cancelled", True) in f.evidence]
    assert {f.path for f in cancelled} == {
        "cohort.trainees[t-001].scores[exam]",
        "cohort.trainees[t-001].scores[essay]",
    }
    assert "取消" in cancelled[0].message_zh


def test_cancelled_work_cancels_only_the_component_that_scores_it() -> None:
    base = scheme()
    exam, essay = base.components
    linked = attrs.evolve(
        base, components=(exam, attrs.evolve(essay, submission=ct.SubmissionKind.ESSAY))
    )
    work = (_plagiarised(ct.SubmissionKind.ESSAY, ct.ReviewState.PLAGIARISED),)
    a = evaluate(cohort(assessment=linked, submissions=work)).assessments[0]
    cancelled = [f.path for f in a.findings if ("cancelled", True) in f.evidence]
    assert cancelled == ["cohort.trainees[t-001].scores[essay]"]
    assert a.outcome is ct.Outcome.FAILED


def test_a_programme_without_a_scheme_leaves_every_trainee_not_judged() -> None:
    full = cohort(size=3, submissions=(), marks=())
    bare = attrs.evolve(full, programme=attrs.evolve(full.programme, scheme=None))
    result = evaluate(bare)
    assert {a.outcome for a in result.assessments} == {ct.Outcome.NOT_JUDGED}
    (finding,) = [f for f in result.assessments[0].findings if f.rule_id == "evaluation.grading"]
    assert dict(finding.evidence)["scheme"] is None
    assert "无法评定" in finding.message_zh


def test_without_attendance_recorded_a_whole_class_is_not_judged() -> None:
    result = evaluate(cohort(size=60, attendance=()))
    assert result.outcome_counts()[ct.Outcome.NOT_JUDGED] == 60
    missing = [f for f in result.report.findings if f.rule_id == "evaluation.attendance_recorded"]
    assert len(missing) == 60 * 7  # one per missing record
