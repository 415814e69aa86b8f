"""Policies: canonical data, in-force dates, overlays parameter by parameter."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import attrs
import pytest

from cadretrain.errors import ValidationError
from cadretrain.rules import (
    AllOf,
    AnyOf,
    AtLeast,
    Check,
    Citation,
    DatedParameter,
    DatedValue,
    Not,
    ParameterSetting,
    Policy,
    Severity,
)

NATIONAL = Citation(source="《干部教育培训工作条例》(2015)")
HUNAN = Citation(source="湖南省 2019 通知")
TREE = AllOf(Check("evaluation.leave_ratio"), Check("evaluation.attendance"))


def dated(
    value: object, citation: Citation = NATIONAL, since: date = date(2015, 10, 1)
) -> DatedParameter:
    return DatedParameter.single(value, since=since, citation=citation)  # type: ignore[arg-type]


def base() -> Policy:
    return Policy(
        name="national-2015",
        title_zh="全国 2015",
        title_en="national 2015",
        rule=TREE,
        parameters=(
            ParameterSetting(
                rule_id="evaluation.leave_ratio", name="max_share", value=dated(Fraction(1, 7))
            ),
            ParameterSetting(
                rule_id="evaluation.attendance",
                name="min_share",
                value=dated(Fraction(6, 7)),
            ),
            ParameterSetting(rule_id="evaluation.attendance", name="basis", value=dated("hours")),
        ),
        severities=(("evaluation.attendance", Severity.WARNING),),
        effective_from=date(2015, 10, 1),
        sources=(NATIONAL,),
    )


def local(**changes: object) -> Policy:
    fields: dict[str, object] = {
        "name": "hunan-2019",
        "title_zh": "湖南 2019",
        "title_en": "Hunan 2019",
        "rule": AllOf(),
        "parameters": (
            ParameterSetting(
                rule_id="evaluation.leave_ratio",
                name="max_share",
                value=dated(Fraction(1, 10), HUNAN, date(2019, 1, 1)),
            ),
        ),
        "severities": (("evaluation.leave_ratio", Severity.WARNING),),
        "effective_from": date(2019, 1, 1),
        "sources": (HUNAN,),
    }
    fields.update(changes)
    return Policy(**fields)  # type: ignore[arg-type]


def test_settings_and_severities_are_kept_in_canonical_order() -> None:
    policy = base()
    assert [s.key for s in policy.parameters] == sorted(s.key for s in policy.parameters)
    reordered = attrs.evolve(policy, parameters=tuple(reversed(policy.parameters)))
    assert reordered == policy


def test_duplicate_settings_and_reversed_dates_are_refused_together() -> None:
    setting = base().parameters[0]
    with pytest.raises(ValidationError) as info:
        Policy(
            name="bad",
            title_zh="坏",
            title_en="bad",
            rule=TREE,
            parameters=(setting, setting),
            severities=(("a.b", Severity.INFO), ("a.b", Severity.ERROR)),
            effective_from=date(2020, 1, 1),
            effective_to=date(2019, 1, 1),
        )
    paths = [p.path for p in info.value.problems]
    assert paths == [
        f"parameters[{setting.rule_id}.{setting.name}]",
        "severities[a.b]",
        "effective_to",
    ]


def test_in_force_includes_both_end_dates() -> None:
    policy = attrs.evolve(base(), effective_to=date(2019, 12, 31))
    assert not policy.in_force(date(2015, 9, 30))
    assert policy.in_force(date(2015, 10, 1))
    assert policy.in_force(date(2019, 12, 31))
    assert not policy.in_force(date(2020, 1, 1))


def test_severity_defaults_to_error() -> None:
    assert base().severity("evaluation.attendance") is Severity.WARNING
    assert base().severity("evaluation.leave_ratio") is Severity.ERROR


def test_with_parameter_replaces_or_adds_a_setting() -> None:
    changed = base().with_parameter("evaluation.leave_ratio", "max_share", dated(Fraction(1, 5)))
    assert changed.parameter("evaluation.leave_ratio", "max_share") == dated(Fraction(1, 5))
    assert len(changed.parameters) == len(base().parameters)
    assert base().parameter("evaluation.leave_ratio", "max_share") == dated(Fraction(1, 7))


def test_overlay_replaces_parameters_one_by_one_and_keeps_the_rest() -> None:
    merged = base().overlay(local())
    assert merged.rule == TREE
    # the base's value before the overlay's own date, the overlay's from it
    assert merged.parameter("evaluation.leave_ratio", "max_share") == DatedParameter(
        entries=(
            DatedValue(effective_from=date(2015, 10, 1), value=Fraction(1, 7), citation=NATIONAL),
            DatedValue(effective_from=date(2019, 1, 1), value=Fraction(1, 10), citation=HUNAN),
        )
    )
    assert merged.parameter("evaluation.attendance", "min_share") == dated(Fraction(6, 7))
    assert merged.severity("evaluation.leave_ratio") is Severity.WARNING
    assert merged.severity("evaluation.attendance") is Severity.WARNING
    assert (merged.name, merged.effective_from) == ("hunan-2019", date(2015, 10, 1))
    assert merged.sources == (NATIONAL, HUNAN)


def test_overlay_accepts_the_base_tree_itself() -> None:
    assert base().overlay(local(rule=TREE)) == base().overlay(local())


def test_overlay_refuses_unknown_rules_and_parameters_listing_every_problem() -> None:
    bad = local(
        rule=AllOf(Check("other.rule")),
        parameters=(
            ParameterSetting(rule_id="evaluation.grading", name="scale", value=dated("x")),
            ParameterSetting(rule_id="evaluation.attendance", name="max_absence", value=dated(2)),
        ),
        severities=(("evaluation.unexcused_absence", Severity.INFO),),
        effective_to=date(2010, 1, 1),
        effective_from=date(2009, 1, 1),
    )
    with pytest.raises(
        ValidationError, match="cannot overlay 'hunan-2019' on 'national-2015'"
    ) as info:
        base().overlay(bad)
    problems = {p.path: p.message for p in info.value.problems}
    assert set(problems) == {
        "rule",
        "parameters[evaluation.grading.scale]",
        "parameters[evaluation.attendance.max_absence]",
        "severities[evaluation.unexcused_absence]",
        "effective_from",
    }
    assert "not in the base policy's rule tree" in problems["parameters[evaluation.grading.scale]"]
    assert "basis, min_share" in problems["parameters[evaluation.attendance.max_absence]"]


def test_with_rule_adds_a_local_check_and_keeps_the_numbers() -> None:
    policy = base().with_severity("evaluation.attendance", Severity.WARNING)
    extended = policy.with_rule(AllOf(Check("local.essay_length")))
    assert extended.rule == AllOf(*TREE.children, Check("local.essay_length"))
    assert extended.parameters == policy.parameters
    assert extended.severities == policy.severities
    assert policy.rule == TREE


def test_without_rule_drops_the_check_and_what_names_it() -> None:
    policy = base().with_severity("evaluation.leave_ratio", Severity.WARNING)
    policy = policy.with_rule(Not(Check("evaluation.leave_ratio")))
    smaller = policy.without_rule("evaluation.leave_ratio")
    assert smaller.rule == AllOf(Check("evaluation.attendance"))
    assert all(s.rule_id != "evaluation.leave_ratio" for s in smaller.parameters)
    assert smaller.severity("evaluation.leave_ratio") is Severity.ERROR
    assert smaller.without_rule("evaluation.attendance").rule == AllOf()


def test_without_rule_keeps_at_least_satisfiable() -> None:
    tree = AtLeast(2, Check("a.x"), AnyOf(Check("a.y")), Check("a.z"))
    policy = attrs.evolve(base(), rule=tree, parameters=())
    assert policy.without_rule("a.y").rule == AtLeast(2, Check("a.x"), Check("a.z"))
    assert policy.without_rule("a.y").without_rule("a.z").rule == AtLeast(1, Check("a.x"))


def test_without_rule_refuses_an_id_not_in_the_tree_listing_the_tree() -> None:
    with pytest.raises(ValidationError) as caught:
        base().without_rule("evaluation.unknown")
    message = str(caught.value)
    assert "evaluation.unknown" in message
    assert "evaluation.leave_ratio, evaluation.attendance" in message
