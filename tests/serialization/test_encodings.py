"""The JSON form of each value: exact numbers, dates, times, enums, rule trees."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

import cadretrain as ct
from cadretrain.rules import Check, Not
from cadretrain.serialization import DocumentError, from_dict, to_dict

from .samples import finding, policy, trainee, training_record


def test_fraction_is_written_n_over_d() -> None:
    assert to_dict(training_record())["entries"][0]["hours"] == "81/2"


def test_whole_fraction_is_written_without_denominator() -> None:
    component = ct.Component(code="exam", title="考试", weight=Fraction(1))
    assert to_dict(component)["weight"] == "1"
    assert from_dict({"code": "exam", "title": "考试", "weight": "2/2"}, ct.Component) == component


def test_decimal_keeps_its_exact_string() -> None:
    data = to_dict(ct.Score(trainee="t", component="exam", value=Decimal("85.50")))
    assert data["value"] == "85.50"
    assert str(from_dict(data, ct.Score).value) == "85.50"


@pytest.mark.parametrize("number", [85.5, 85, "85.5.1", "NaN", "Infinity", "1/2", " 85"])
def test_decimal_refuses_numbers_and_non_decimal_strings(number: object) -> None:
    with pytest.raises(DocumentError, match=r"\$\.value: "):
        from_dict({"trainee": "t", "component": "c", "value": number}, ct.Score)


@pytest.mark.parametrize("ratio", ["1/0", "0.5", 0.5, 1, "1 / 7", "1/-7"])
def test_fraction_refuses_other_forms(ratio: object) -> None:
    with pytest.raises(DocumentError, match=r"\$\.weight: "):
        from_dict({"code": "c", "title": "t", "weight": ratio}, ct.Component)


def test_time_is_hours_and_minutes_unless_seconds_are_set() -> None:
    session = ct.Session(
        id="s", module="m", on=dt.date(2019, 1, 1), minutes=90, start=dt.time(8, 30)
    )
    assert to_dict(session)["start"] == "08:30"
    later = ct.Session(
        id="s", module="m", on=dt.date(2019, 1, 1), minutes=90, start=dt.time(8, 30, 15)
    )
    assert to_dict(later)["start"] == "08:30:15"
    assert from_dict(to_dict(later), ct.Session) == later


@pytest.mark.parametrize("day", ["20190101", "2019-W01-1", "2019-02-30", "2019-1-1", 20190101])
def test_dates_are_strict_iso(day: object) -> None:
    data = {**to_dict(training_record())}
    data["promoted_on"] = day
    with pytest.raises(DocumentError, match=r"\$\.promoted_on: "):
        from_dict(data, ct.TrainingRecord)


def test_enums_are_written_by_value_and_refused_with_the_choices() -> None:
    data = to_dict(trainee())
    assert data["role"] == "village_clerk"
    data["role"] = "mayor"
    with pytest.raises(DocumentError) as caught:
        from_dict(data, ct.Trainee)
    message = str(caught.value)
    assert "$.role: 'mayor' is not a Role (expected one of: first_secretary, " in message


def test_defaults_are_omitted_and_filled_back() -> None:
    data = to_dict(trainee())
    assert "audience" not in data
    assert "rank" not in data
    assert from_dict(data, ct.Trainee).audience is ct.AudienceCategory.VILLAGE


def test_explicit_default_values_load_too() -> None:
    data = {**to_dict(trainee()), "rank": None, "audience": "village", "home": None}
    assert from_dict(data, ct.Trainee) == trainee()


def test_rule_nodes_are_tagged_by_kind() -> None:
    rule = to_dict(policy())["rule"]
    assert rule["kind"] == "all_of"
    assert [child["kind"] for child in rule["children"]] == ["check", "any_of", "at_least"]
    assert rule["children"][0]["params"] == {"min_core_share": {"fraction": "1/2"}}


def test_a_node_class_refuses_another_kind() -> None:
    with pytest.raises(DocumentError, match=r"\$\.kind: 'not' is not a rule kind here"):
        from_dict(to_dict(Not(Check("a"))), Check)


def test_rule_values_are_plain_or_tagged() -> None:
    evidence = to_dict(finding())["evidence"]
    assert evidence == {
        "enrolled": 51,
        "share": {"fraction": "1/7"},
        "score": {"decimal": "59.5"},
        "on": {"date": "2016-03-01"},
        "late": True,
        "venue": "党校",
        "missing": None,
    }


def test_evidence_keeps_its_order() -> None:
    back = from_dict(to_dict(finding()), type(finding()))
    assert [name for name, _ in back.evidence] == [name for name, _ in finding().evidence]


@pytest.mark.parametrize(
    "value",
    [1.5, {"fraction": "1/7", "decimal": "1"}, {"float": "1.5"}, [1, 2], {"fraction": 7}],
)
def test_rule_values_refuse_untagged_or_unknown_forms(value: object) -> None:
    data = to_dict(finding())
    data["evidence"] = {"x": value}
    with pytest.raises(DocumentError, match=r"\$\.evidence\.x"):
        from_dict(data, type(finding()))
