"""Check definitions and the immutable rule book."""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import pytest

from cadretrain.builtin import BUILTIN_RULES
from cadretrain.errors import CadretrainError, InvalidValueError, ValidationError
from cadretrain.rules import CheckDefinition, CheckResult, RuleBook, Scope, UnknownRule

from .toys import BOOK, Defaulted, NoParams, Threshold, definition


def _nothing(subject: object, params: object) -> Iterable[CheckResult]:
    return ()


def test_check_result_needs_a_path_and_both_messages() -> None:
    with pytest.raises(InvalidValueError, match="path"):
        CheckResult(path="", passed=True, message_zh="好", message_en="ok")
    with pytest.raises(InvalidValueError, match="message_en"):
        CheckResult(path="x", passed=True, message_zh="好", message_en=" ")


def test_check_result_evidence_keeps_order_and_refuses_floats() -> None:
    result = CheckResult(
        path="x", passed=True, message_zh="好", message_en="ok", evidence={"b": 1, "a": None}
    )
    assert result.evidence == (("b", 1), ("a", None))
    with pytest.raises(ValidationError, match=r"evidence\.ratio"):
        CheckResult(
            path="x",
            passed=True,
            message_zh="好",
            message_en="ok",
            evidence={"ratio": 0.5},  # type: ignore[arg-type]
        )


@pytest.mark.parametrize(
    "rule_id", ["leave_ratio", "Evaluation.leave_ratio", "evaluation.", "a.b c"]
)
def test_definition_ids_are_dotted_lowercase(rule_id: str) -> None:
    with pytest.raises(InvalidValueError, match="dotted lowercase id"):
        definition(rule_id, _nothing, NoParams, Scope.COHORT)


def test_params_type_must_be_attrs_with_data_defaults() -> None:
    @attrs.frozen(kw_only=True)
    class FloatDefault:
        share: float = 0.5

    @attrs.frozen(kw_only=True)
    class FactoryDefault:
        names: tuple[str, ...] = attrs.field(factory=tuple)

    with pytest.raises(ValidationError, match=r"params_type\.share.*never a float"):
        definition("toy.x", _nothing, FloatDefault, Scope.COHORT)
    with pytest.raises(ValidationError, match="factory default"):
        definition("toy.x", _nothing, FactoryDefault, Scope.COHORT)
    with pytest.raises(InvalidValueError, match="attrs class"):
        definition("toy.x", _nothing, dict, Scope.COHORT)


def test_parameters_describe_type_default_and_labels() -> None:
    threshold, defaulted = BOOK["toy.threshold"], BOOK["toy.defaulted"]
    (minimum,) = threshold.parameters
    assert (minimum.name, minimum.required, minimum.description_zh) == ("minimum", True, "最低分")
    assert minimum.type_name == "int"
    limit, share = defaulted.parameters
    assert (limit.required, limit.default, limit.description_en) == (False, 10, "limit")
    assert share.type_name == "Fraction"
    assert defaulted.parameter_names == ("limit", "share")
    assert threshold.params_type is Threshold
    assert defaulted.params_type is Defaulted


def test_book_lookup_membership_and_id_order() -> None:
    assert "toy.pass" in BOOK
    assert "toy.nope" not in BOOK
    assert [d.rule_id for d in BOOK] == sorted(d.rule_id for d in BOOK)
    assert BOOK.ids == tuple(sorted(BOOK.ids))
    assert BOOK["toy.pass"].scope is Scope.COHORT


def test_unknown_id_raises_a_key_error_listing_known_ids() -> None:
    with pytest.raises(UnknownRule, match=r"toy\.nope.*known ids: toy\.absent") as info:
        BOOK["toy.nope"]
    assert isinstance(info.value, KeyError)
    assert isinstance(info.value, CadretrainError)


def test_book_is_extended_by_making_a_new_one() -> None:
    extra = definition("toy.extra", _nothing, NoParams, Scope.RECORD)
    bigger = BOOK.with_check(extra)
    assert "toy.extra" in bigger
    assert "toy.extra" not in BOOK
    with pytest.raises(InvalidValueError, match=r"replacing"):
        bigger.with_check(extra)


def test_replacing_swaps_one_check_and_refuses_unknown_ids() -> None:
    swapped = BOOK.replacing(definition("toy.pass", _nothing, NoParams, Scope.TRAINEE))
    assert swapped["toy.pass"].scope is Scope.TRAINEE
    assert len(swapped) == len(BOOK)
    with pytest.raises(UnknownRule, match="with_check"):
        BOOK.replacing(definition("toy.nope", _nothing, NoParams, Scope.TRAINEE))


def test_duplicate_ids_are_refused() -> None:
    one = definition("toy.same", _nothing, NoParams, Scope.COHORT)
    with pytest.raises(ValidationError, match=r"toy\.same"):
        RuleBook(checks=(one, one))


def test_builtin_book_is_a_rule_book_of_valid_checks() -> None:
    book = BUILTIN_RULES
    assert isinstance(book, RuleBook)
    assert all(isinstance(d, CheckDefinition) for d in book)
    assert book == BUILTIN_RULES
