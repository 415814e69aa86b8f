"""Overlays as provinces legislate: the overlay from its own date, the base before it.

The issue's example: a province sets the leave limit at 1/10 from
2021-01-01 over the national 1/7 (2015, issued again 2023-09-19).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from cadretrain.builtin import BUILTIN_RULES
from cadretrain.errors import InvalidValueError, ValidationError
from cadretrain.policies import CADRE_TRAINING_EVALUATION as NATIONAL
from cadretrain.rules import (
    AllOf,
    Citation,
    DatedParameter,
    DatedValue,
    ParameterSetting,
    Policy,
    UnknownRule,
)

PROVINCE = Citation(source="a province's rules (2021)")
REVISION = Citation(source="a national revision (2025)")
KEY = ("evaluation.leave_ratio", "max_share")


def province(*entries: DatedValue, **changes: object) -> Policy:
    value = DatedParameter(
        entries=entries
        or (DatedValue(effective_from=date(2021, 1, 1), value=Fraction(1, 10), citation=PROVINCE),)
    )
    fields: dict[str, object] = {
        "name": "province-2021",
        "title_zh": "某省",
        "title_en": "a province",
        "rule": AllOf(),
        "effective_from": date(2021, 1, 1),
        "parameters": (ParameterSetting(rule_id=KEY[0], name=KEY[1], value=value),),
    }
    fields.update(changes)
    return Policy(**fields)  # type: ignore[arg-type]


def national_with(value: Fraction | None, since: date) -> Policy:
    limit = NATIONAL.parameter(*KEY)
    assert limit is not None
    entry = DatedValue(effective_from=since, value=value, citation=REVISION)
    return NATIONAL.with_parameter(*KEY, limit.with_entry(entry), book=BUILTIN_RULES)


def limit_on(policy: Policy, on: date) -> DatedValue:
    value = policy.parameter(*KEY)
    assert value is not None
    return value.at(on)


def test_a_2020_cohort_is_judged_by_the_national_numbers() -> None:
    merged = NATIONAL.overlay(province(), book=BUILTIN_RULES)
    assert merged.in_force(date(2020, 7, 1))
    assert merged.effective_from == NATIONAL.effective_from
    before = limit_on(merged, date(2020, 7, 1))
    assert before.value == Fraction(1, 7)
    assert before.citation.source.startswith("《干部教育培训工作条例》(2015)")


def test_a_2024_cohort_keeps_the_provinces_limit_despite_the_2023_revision() -> None:
    for book in (None, BUILTIN_RULES):
        merged = NATIONAL.overlay(province(), book=book)
        after = limit_on(merged, date(2024, 7, 1))
        assert (after.value, after.citation) == (Fraction(1, 10), PROVINCE)


def test_a_stricter_national_revision_applies_when_the_parameter_says_which_way() -> None:
    merged = national_with(Fraction(1, 12), date(2025, 1, 1)).overlay(
        province(), book=BUILTIN_RULES
    )
    assert limit_on(merged, date(2024, 12, 31)).value == Fraction(1, 10)
    stricter = limit_on(merged, date(2025, 1, 1))
    assert (stricter.value, stricter.citation) == (Fraction(1, 12), REVISION)


def test_a_laxer_national_revision_does_not_undo_the_overlay() -> None:
    merged = national_with(Fraction(1, 5), date(2025, 1, 1)).overlay(province(), book=BUILTIN_RULES)
    kept = limit_on(merged, date(2025, 6, 1))
    assert (kept.value, kept.citation) == (Fraction(1, 10), PROVINCE)


def test_without_the_book_the_overlay_value_always_applies() -> None:
    merged = national_with(Fraction(1, 12), date(2025, 1, 1)).overlay(province())
    assert limit_on(merged, date(2025, 6, 1)).value == Fraction(1, 10)


def test_the_overlay_ends_its_value_and_the_base_resumes() -> None:
    ends = province(
        DatedValue(effective_from=date(2021, 1, 1), value=Fraction(1, 10), citation=PROVINCE),
        DatedValue(effective_from=date(2024, 1, 1), value=None, citation=PROVINCE),
    )
    merged = NATIONAL.overlay(ends, book=BUILTIN_RULES)
    assert limit_on(merged, date(2023, 6, 1)).value == Fraction(1, 10)
    resumed = limit_on(merged, date(2024, 6, 1))
    assert resumed.value == Fraction(1, 7)
    assert resumed.citation.source.startswith("《干部教育培训工作条例》(2023年修订)")


def test_an_overlay_with_an_end_date_hands_back_to_the_base_the_day_after() -> None:
    merged = NATIONAL.overlay(province(effective_to=date(2022, 12, 31)))
    assert limit_on(merged, date(2022, 12, 31)).value == Fraction(1, 10)
    assert limit_on(merged, date(2023, 1, 1)).value == Fraction(1, 7)


def test_with_parameter_refuses_an_unknown_parameter_at_once_given_the_book() -> None:
    value = DatedParameter.single(Fraction(1, 10), since=date(2021, 1, 1), citation=PROVINCE)
    with pytest.raises(InvalidValueError, match=r"max_ratio.*expected a parameter"):
        NATIONAL.with_parameter("evaluation.leave_ratio", "max_ratio", value, book=BUILTIN_RULES)
    with pytest.raises(UnknownRule, match=r"no check 'evaluation\.leave_ration'"):
        NATIONAL.with_parameter("evaluation.leave_ration", "max_share", value, book=BUILTIN_RULES)
    # without the book the name is only checked to be a name, as before
    assert NATIONAL.with_parameter("evaluation.leave_ratio", "max_ratio", value).parameter(
        "evaluation.leave_ratio", "max_ratio"
    )


def test_overlay_refuses_a_parameter_the_check_does_not_take_given_the_book() -> None:
    value = DatedParameter.single(Fraction(1, 10), since=date(2021, 1, 1), citation=PROVINCE)
    base = NATIONAL.with_parameter("evaluation.leave_ratio", "max_ratio", value)
    bad = province(
        parameters=(ParameterSetting(rule_id=KEY[0], name="max_ratio", value=value),),
    )
    base.overlay(bad)  # without the book: the base sets it, so it is accepted
    with pytest.raises(ValidationError) as info:
        base.overlay(bad, book=BUILTIN_RULES)
    (problem,) = info.value.problems
    assert problem.path == "parameters[evaluation.leave_ratio.max_ratio]"
    assert "max_share" in problem.message
