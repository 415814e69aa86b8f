"""Load errors: every problem, each with its path, in one CadretrainError."""

from __future__ import annotations

import pytest

import cadretrain as ct
from cadretrain.serialization import DocumentError, from_dict, from_json, to_dict

from .samples import cohort, policy


def _problems(data: object, cls: type) -> dict[str, str]:
    with pytest.raises(DocumentError) as caught:
        from_dict(data, cls)
    assert isinstance(caught.value, ct.CadretrainError)
    return {p.path: p.message for p in caught.value.problems}


def test_every_problem_is_listed_with_its_path() -> None:
    data = to_dict(cohort())
    data["trainees"][1]["role"] = "mayor"
    data["trainees"][0]["extra"] = 1
    del data["trainees"][1]["unit"]
    data["sessions"][0]["minutes"] = "90"
    data["programme"]["modules"][1]["topics"] = "industry"
    problems = _problems(data, ct.Cohort)
    assert set(problems) == {
        "$.trainees[1].role",
        "$.trainees[0].extra",
        "$.trainees[1].unit",
        "$.sessions[0].minutes",
        "$.programme.modules[1].topics",
    }
    assert problems["$.trainees[0].extra"].startswith("unknown key for a Trainee")
    assert problems["$.trainees[1].unit"] == "a required key is missing"
    assert (
        problems["$.sessions[0].minutes"] == "'90' (a string) is not an integer (expected e.g. 90)"
    )


def test_constructor_problems_are_nested_under_the_object_path() -> None:
    data = to_dict(cohort())
    data["trainees"][1]["name"] = " "
    assert _problems(data, ct.Cohort) == {
        "$.trainees[1].name": "' ' is not accepted; expected a non-empty string"
    }


def test_dangling_references_are_all_listed() -> None:
    data = to_dict(cohort())
    data["attendance"][0]["trainee"] = "t-999"
    data["leave"][0]["sessions"] = ["s-404"]
    problems = _problems(data, ct.Cohort)
    assert set(problems) == {"$.attendance[0].trainee", "$.leave[0].sessions[0]"}
    assert "'t-999' is not a known trainee" in problems["$.attendance[0].trainee"]


def test_the_message_prints_each_problem_on_its_own_line() -> None:
    data = to_dict(cohort())
    data["trainees"][1]["role"] = "mayor"
    data["start"] = "yesterday"
    with pytest.raises(DocumentError) as caught:
        from_dict(data, ct.Cohort)
    lines = str(caught.value).splitlines()
    assert lines[0] == "cannot load cadretrain/cohort (2 problems):"
    assert any(line.startswith("  $.trainees[1].role: 'mayor' is not a Role") for line in lines)
    assert any(line.startswith("  $.start: 'yesterday' (a string) is not a date") for line in lines)


def test_problems_are_structured_data() -> None:
    data = to_dict(cohort())
    data["trainees"][1]["role"] = "mayor"
    with pytest.raises(DocumentError) as caught:
        from_dict(data, ct.Cohort)
    (problem,) = caught.value.problems
    assert (problem.path, problem.value) == ("$.trainees[1].role", "mayor")


def test_rule_tree_problems_have_paths_inside_the_tree() -> None:
    data = to_dict(policy())
    data["rule"]["children"][1]["children"][1]["child"] = {"kind": "maybe"}
    data["rule"]["children"][2]["n"] = 5
    data["rule"]["children"][0]["params"]["min_core_share"] = {"fraction": "x"}
    problems = _problems(data, type(policy()))
    assert set(problems) == {
        "$.rule.children[1].children[1].child.kind",
        "$.rule.children[2].n",
        "$.rule.children[0].params.min_core_share.fraction",
    }


def test_pair_keys_that_are_not_names_are_quoted_in_paths() -> None:
    data = to_dict(policy())
    data["severities"] = {"cohort.capacity": "fatal"}
    assert list(_problems(data, type(policy()))) == ['$.severities["cohort.capacity"]']


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "is not well-formed JSON"),
        ('{"a": NaN}', "NaN is not a JSON number"),
        ("[" * 100_000, "nested too deeply"),
        (b"\xff\xfe", "is not UTF-8 text"),
        ("1" * 5000, "an integer of more than 4,300 digits"),
    ],
)
def test_unreadable_text_is_a_document_error(text: str | bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as caught:
        from_json(text, ct.Trainee)
    assert caught.value.problems[0].path == "$"


def test_a_repeated_key_is_refused_at_its_object() -> None:
    text = (
        '{"schema": "cadretrain/trainee", "version": 1, "home": {"province": "a", "province": "b"}}'
    )
    with pytest.raises(DocumentError) as caught:
        from_json(text, ct.Trainee)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.home", "repeats the key 'province'; each key may appear once in an object")
    ]


def test_a_lone_surrogate_is_refused_with_its_path() -> None:
    with pytest.raises(DocumentError, match=r"\$\.name: contains a lone UTF-16 surrogate"):
        from_json('{"name": "\\ud800"}', ct.Trainee)


def test_an_astral_character_escaped_as_a_pair_is_accepted() -> None:
    data = to_dict(cohort().trainees[0])
    text = '{"schema": "cadretrain/trainee", "version": 1, "id": "t", "name": "\\ud842\\udfb7",'
    text += ' "role": "village_clerk", "unit": "u", "level": "village"}'
    assert from_json(text, ct.Trainee).name == "𠮷"
    assert data["id"] == "t-001"


def test_deep_rule_nesting_is_a_document_error() -> None:
    rule: dict[str, object] = {"kind": "check", "rule_id": "a"}
    for _ in range(5000):
        rule = {"kind": "not", "child": rule}
    data = {**to_dict(policy()), "rule": rule}
    with pytest.raises(DocumentError, match="nested too deeply"):
        from_dict(data, type(policy()))


def test_not_text_at_all_is_a_document_error() -> None:
    with pytest.raises(DocumentError, match=r"\$: 42 is not JSON text"):
        from_json(42, ct.Trainee)  # type: ignore[arg-type]
