"""Properties of the interpreter over random rule trees of toy checks."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from cadretrain.rules import (
    AllOf,
    AnyOf,
    AtLeast,
    Check,
    Citation,
    DatedValue,
    Not,
    Policy,
    Report,
    Rule,
    Scope,
    Verdict,
    evaluate_rule,
)

from .toys import BOOK, DAY, Toy, leaves, policy

MINIMUM = 4

checks = st.sampled_from(leaves()) | st.integers(0, 10).map(
    lambda m: Check("toy.threshold", params={"minimum": m})
)


def _at_least(children: list[Rule]) -> st.SearchStrategy[Rule]:
    return st.integers(0, len(children)).map(lambda n: AtLeast(n, *children))


trees: st.SearchStrategy[Rule] = st.recursive(
    checks,
    lambda kids: st.one_of(
        st.lists(kids, max_size=4).map(lambda cs: AllOf(*cs)),
        st.lists(kids, max_size=4).map(lambda cs: AnyOf(*cs)),
        st.lists(kids, max_size=4).flatmap(_at_least),
        kids.map(Not),
    ),
    max_leaves=10,
)
toys = st.builds(
    Toy,
    score=st.integers(0, 10),
    items=st.tuples() | st.lists(st.integers(0, 10), max_size=3).map(tuple),
)


def judge(rule: Rule, toy: Toy, *, explain: bool = False, judged: Policy | None = None) -> Verdict:
    return evaluate_rule(
        rule,
        subjects={Scope.COHORT: toy},
        on=DAY,
        policy=policy(rule, minimum=MINIMUM) if judged is None else judged,
        book=BOOK,
        explain=explain,
    )


def reference(rule: Rule, toy: Toy) -> bool | None:
    """Three-valued logic written out independently of the interpreter."""
    if isinstance(rule, Check):
        minimum = dict(rule.params).get("minimum", MINIMUM)
        assert isinstance(minimum, int)
        return {
            "toy.pass": True,
            "toy.fail": False,
            "toy.absent": None,
            "toy.threshold": min((toy.score, *toy.items)) >= minimum,
        }[rule.rule_id]
    if isinstance(rule, Not):
        inner = reference(rule.child, toy)
        return None if inner is None else not inner
    values = [reference(child, toy) for child in rule.children]
    known = [v for v in values if v is not None]
    if values and not known:
        return None
    if isinstance(rule, AllOf):
        return all(known)
    if isinstance(rule, AnyOf):
        return any(known)
    return sum(known) >= rule.n


class TestVerdicts:
    """A tree's verdict is the three-valued logic of its checks' verdicts."""

    @given(trees, toys)
    def test_verdict_matches_the_reference_logic(self, rule: Rule, toy: Toy) -> None:
        assert judge(rule, toy).passed == reference(rule, toy)

    @given(trees, toys)
    def test_double_negation_evaluates_like_the_rule(self, rule: Rule, toy: Toy) -> None:
        assert judge(Not(Not(rule)), toy).passed == judge(rule, toy).passed

    @given(trees, trees, toys)
    def test_de_morgan(self, a: Rule, b: Rule, toy: Toy) -> None:
        assert judge(Not(AllOf(a, b)), toy).passed == judge(AnyOf(Not(a), Not(b)), toy).passed
        assert judge(Not(AnyOf(a, b)), toy).passed == judge(AllOf(Not(a), Not(b)), toy).passed

    @given(st.lists(trees, min_size=1, max_size=3), trees, toys)
    def test_flattening_preserves_verdicts(self, inner: list[Rule], other: Rule, toy: Toy) -> None:
        for kind, combine in ((AllOf, all), (AnyOf, any)):
            nested = judge(kind(*inner), toy).passed
            rest = judge(other, toy).passed
            known = [v for v in (nested, rest) if v is not None]
            expected = combine(known) if known else None
            assert judge(kind(kind(*inner), other), toy).passed == expected

    @given(toys)
    def test_empty_all_of_passes_and_empty_any_of_fails(self, toy: Toy) -> None:
        assert judge(AllOf(), toy).passed is True
        assert judge(AnyOf(), toy).passed is False


class TestModes:
    """Explain and bulk mode agree on the verdict and on every failed finding."""

    @given(trees, toys)
    def test_explain_and_bulk_agree(self, rule: Rule, toy: Toy) -> None:
        bulk, full = judge(rule, toy), judge(rule, toy, explain=True)
        assert bulk.passed == full.passed
        assert bulk.findings == tuple(f for f in full.findings if not f.passed)
        assert all(not f.passed for f in bulk.findings)

    @given(trees, toys)
    def test_evaluation_is_deterministic(self, rule: Rule, toy: Toy) -> None:
        assert judge(rule, toy, explain=True) == judge(
            rule, Toy(score=toy.score, items=toy.items), explain=True
        )

    @given(trees, toys)
    def test_with_error_severities_ok_means_not_failed(self, rule: Rule, toy: Toy) -> None:
        verdict = judge(rule, toy)
        assert Report(findings=verdict.findings).ok == (verdict.passed is not False)


class TestDatedParameters:
    """An entry that starts after the date judged changes nothing on that date."""

    @given(trees, toys, st.integers(1, 3000), st.none() | st.integers(0, 10))
    def test_a_later_entry_changes_nothing_before_it(
        self, rule: Rule, toy: Toy, days_after: int, value: int | None
    ) -> None:
        tree = AllOf(rule, Check("toy.threshold"))
        before = policy(tree, minimum=MINIMUM)
        setting = before.parameter("toy.threshold", "minimum")
        assert setting is not None
        later = setting.with_entry(
            DatedValue(
                effective_from=DAY + timedelta(days=days_after),
                value=value,
                citation=Citation(source="a later amendment"),
            )
        )
        after = before.with_parameter("toy.threshold", "minimum", later)
        assert judge(tree, toy, explain=True, judged=after) == judge(
            tree, toy, explain=True, judged=before
        )
        assert after.parameter("toy.threshold", "minimum") != setting
