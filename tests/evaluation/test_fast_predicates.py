"""The promises the built-in trainee checks make to the compiled evaluator: ``fast`` and ``key``.

``fast(params)`` must be true exactly when every result of
``function(facts, params)`` passes (bulk mode trusts it and builds
nothing); ``key(facts)`` must hold everything the results depend on but
the trainee's path (explain mode copies one trainee's findings to the
next with an equal key). A broken promise would silently complete a
trainee who fails, or explain one trainee with another's facts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.evaluation.compiled import CompiledCheck, compile_policy
from cadretrain.evaluation.facts import TraineeFacts, gather_facts
from cadretrain.rules import CheckDefinition, CheckResult
from cadretrain.strategies import policies

from .builders import END, FOUR_LEVELS, programme
from .test_compiled import BOOK, TRAINEE_CHECKS, _always
from .test_properties import cohorts

TRAINEE_SCOPE = [c for c in BOOK if c.scope is ct.Scope.TRAINEE]
EVALUATION_TRAINEE_CHECKS = [
    "evaluation.leave_ratio",
    "evaluation.unexcused_absence",
    "evaluation.attendance",
    "evaluation.deliverables",
    "evaluation.grading",
]
KINDS = [ct.SubmissionKind.ESSAY, ct.SubmissionKind.VILLAGE_PLAN, ct.SubmissionKind.WORK_PLAN]
DAYS = [-3, 0, 7, 8, 31, 70]
MARKS = st.one_of(
    st.sampled_from(["40", "59", "59.4", "59.5", "60", "74.9", "75", "79.9", "80", "90"]).map(
        Decimal
    ),
    st.integers(0, 100).map(Decimal),
    st.decimals(min_value=50, max_value=100, places=1, allow_nan=False, allow_infinity=False),
)
WEIGHTS = [(Fraction(1),), (Fraction(3, 5), Fraction(2, 5)), (Fraction(1, 3), Fraction(2, 3))]


@st.composite
def schemes(draw: st.DrawFn) -> ct.AssessmentScheme | None:
    """No scheme, a scheme of nothing, or components with pass marks and deliverables to review."""
    shape = draw(st.sampled_from(["full", "full", "full", "empty", "none"]))
    if shape == "none":
        return None
    if shape == "empty":
        return ct.AssessmentScheme(scale=FOUR_LEVELS, components=())
    components = tuple(
        ct.Component(
            code=f"c{i}",
            title=f"考核{i}",
            weight=w,
            pass_mark=draw(
                st.none() | st.sampled_from([Decimal(60), Decimal("59.5"), Decimal(75)])
            ),
        )
        for i, w in enumerate(draw(st.sampled_from(WEIGHTS)))
    )
    some = draw(st.integers(0, 3)) > 0  # mostly some work to hand in
    required = draw(st.lists(st.sampled_from(KINDS), unique=True, min_size=1, max_size=3))
    deliverables = tuple(
        ct.Deliverable(
            kind=kind,
            due_months=draw(st.integers(0, 2)),
            due_days=draw(st.integers(0, 10)),
            review_required=draw(st.booleans()),
        )
        for kind in (required if some else ())
    )
    return ct.AssessmentScheme(scale=FOUR_LEVELS, components=components, deliverables=deliverables)


@st.composite
def judged_cohorts(draw: st.DrawFn) -> ct.Cohort:
    """A generated cohort's attendance and leave, with work handed in early, late or returned,
    pass marks, missing and repeated scores; trainees often alike, so keys repeat."""
    base = draw(cohorts())
    scheme = draw(schemes())
    ids = [t.id for t in base.trainees]
    # a few pieces of work and sets of marks, shared out: trainees often alike, or alike
    # but for a review state, an extra piece, a missing or a repeated score
    pieces = draw(st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(DAYS)), max_size=3))
    codes = [c.code for c in scheme.components] if scheme is not None else []
    sheets = draw(
        st.lists(
            st.lists(st.tuples(st.sampled_from(codes), MARKS), max_size=4)
            if codes
            else st.just([]),
            min_size=1,
            max_size=3,
        )
    )
    handed: list[ct.Submission] = []
    marks: list[ct.Score] = []
    for tid in ids:
        for kind, days in draw(st.lists(st.sampled_from(pieces), unique=True)) if pieces else ():
            review = draw(st.sampled_from(list(ct.ReviewState)))
            handed.append(
                ct.Submission(
                    trainee=tid,
                    kind=kind,
                    submitted_on=END + dt.timedelta(days=days),
                    review=review,
                )
            )
        for code, value in draw(st.sampled_from(sheets)):
            marks.append(ct.Score(trainee=tid, component=code, value=value))
    return attrs.evolve(
        base,
        programme=programme(scheme),
        submissions=tuple(handed),
        scores=tuple(marks),
        overrides=(),
    )


def _resolved(subject: ct.Cohort, policy: ct.Policy) -> tuple[CompiledCheck, ...]:
    """The policy's trainee-scope checks with their parameters resolved for ``subject``."""
    return compile_policy(_always(policy), subject.start, BOOK).checks


def _results(check: CompiledCheck, facts: TraineeFacts) -> tuple[CheckResult, ...]:
    return tuple(check.definition.function(facts, check.params))


def _unprefixed(result: CheckResult, prefix: str) -> tuple[object, ...]:
    """Everything a result says; its path with the trainee's own prefix cut off."""
    assert result.path.startswith(prefix), (result.path, prefix)
    return (
        result.path[len(prefix) :],
        result.passed,
        result.message_zh,
        result.message_en,
        tuple((name, type(value), value) for name, value in result.evidence),
    )


def _drawn_params(definition: CheckDefinition, data: st.DataObject) -> Any:
    """Parameters for ``definition``, drawn directly (shares at and around the usual values)."""
    share = st.sampled_from([Fraction(0), Fraction(1, 7), Fraction(1, 3), Fraction(1, 2), 1])
    values: dict[str, Any] = {
        "max_share": data.draw(share),
        "min_share": data.draw(share),
        "withdraw_at": data.draw(st.integers(1, 200)),
    }
    if "unit" in definition.parameter_names and data.draw(st.booleans()):
        values.update(unit="days", day_minutes=data.draw(st.sampled_from([30, 60, 360])))
    return definition.params_type(
        **{n: values[n] for n in definition.parameter_names if n in values}
    )


class TestFastPredicates:
    """``fast(params)(facts)`` is true exactly when every result passes."""

    @settings(max_examples=60, deadline=None)
    @given(judged_cohorts(), policies(rule_ids=TRAINEE_CHECKS, max_leaves=5))
    def test_with_the_params_a_policy_resolves(self, subject: ct.Cohort, policy: ct.Policy) -> None:
        gathered = gather_facts(subject).trainees
        for check in _resolved(subject, policy):
            fast = check.definition.fast
            assert fast is not None, check.rule_id
            passes = fast(check.params)
            for facts in gathered:
                verdict = all(r.passed for r in _results(check, facts))
                assert passes(facts) == verdict, (check.rule_id, facts.trainee.id)

    @settings(max_examples=60, deadline=None)
    @given(judged_cohorts(), st.data())
    def test_every_trainee_check(self, subject: ct.Cohort, data: st.DataObject) -> None:
        gathered = gather_facts(subject).trainees
        for definition in TRAINEE_SCOPE:
            assert definition.fast is not None, definition.rule_id
            params = _drawn_params(definition, data)
            passes = definition.fast(params)
            for facts in gathered:
                verdict = all(r.passed for r in definition.function(facts, params))
                assert passes(facts) == verdict, (definition.rule_id, facts.trainee.id)

    def test_every_evaluation_check_of_trainee_scope_has_both_shortcuts(self) -> None:
        # otherwise the tests above would check nothing about it
        assert {c.rule_id for c in TRAINEE_SCOPE} >= set(EVALUATION_TRAINEE_CHECKS)
        for definition in TRAINEE_SCOPE:
            assert definition.fast is not None
            assert definition.key is not None


class TestKeys:
    """Trainees with equal keys get equal results, but for their own paths."""

    @settings(max_examples=60, deadline=None)
    @given(judged_cohorts(), policies(rule_ids=TRAINEE_CHECKS, max_leaves=5))
    def test_equal_keys_equal_results(self, subject: ct.Cohort, policy: ct.Policy) -> None:
        gathered = gather_facts(subject).trainees
        for check in _resolved(subject, policy):
            key = check.definition.key
            assert key is not None, check.rule_id
            groups: dict[Hashable, list[TraineeFacts]] = defaultdict(list)
            for facts in gathered:
                groups[key(facts)].append(facts)
            for alike in groups.values():
                said = {
                    tuple(_unprefixed(r, facts.path) for r in _results(check, facts))
                    for facts in alike
                }
                assert len(said) == 1, (check.rule_id, [f.trainee.id for f in alike])

    @settings(max_examples=60, deadline=None)
    @given(judged_cohorts(), st.data())
    def test_every_trainee_check(self, subject: ct.Cohort, data: st.DataObject) -> None:
        gathered = gather_facts(subject).trainees
        for definition in TRAINEE_SCOPE:
            key = definition.key
            assert key is not None, definition.rule_id
            params = _drawn_params(definition, data)
            said: dict[Hashable, set[tuple[object, ...]]] = defaultdict(set)
            for facts in gathered:
                results = definition.function(facts, params)
                said[key(facts)].add(tuple(_unprefixed(r, facts.path) for r in results))
            assert all(len(variants) == 1 for variants in said.values()), definition.rule_id

    def test_keys_tell_apart_what_the_results_tell_apart(self) -> None:
        # two trainees alike but for one late essay: different keys, different verdicts
        subject = judged_example()
        first, second = gather_facts(subject).trainees
        deliverables = BOOK["evaluation.deliverables"]
        assert deliverables.key is not None
        assert deliverables.key(first) != deliverables.key(second)
        params = deliverables.params_type()
        assert [r.passed for r in deliverables.function(first, params)] == [True]
        assert [r.passed for r in deliverables.function(second, params)] == [False]


def judged_example() -> ct.Cohort:
    from .builders import cohort, essay

    return cohort(size=2, submissions=[essay("t-001"), essay("t-002", END + dt.timedelta(days=8))])


@pytest.mark.parametrize("rule_id", EVALUATION_TRAINEE_CHECKS)
def test_a_key_is_hashable_and_stable(rule_id: str) -> None:
    from .builders import cohort

    definition = BOOK[rule_id]
    assert definition.key is not None
    once, again = (
        [definition.key(f) for f in gather_facts(cohort(size=3)).trainees] for _ in range(2)
    )
    assert once == again
    assert len({hash(k) for k in once}) == 1  # three identical trainees, one key
