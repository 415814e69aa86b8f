"""The public surface: DESIGN §4's names exist at top level, and nothing else leaks."""

from __future__ import annotations

import enum

import pytest

import cadretrain as ct

# DESIGN §4, "Public API contract": the names a caller may rely on.
CONTRACT_TYPES = [
    "Programme",
    "Cohort",
    "FieldSite",
    "Assessment",
    "Trainee",
    "Module",
    "Session",
    "AttendanceRecord",
    "LeaveRequest",
    "Submission",
    "Override",
    "AssessmentScheme",
    "TrainingRecord",
    "Posting",
    "Policy",
    "Report",
    "Finding",
]
CONTRACT_ENUMS = [
    "Tier",
    "Role",
    "AudienceCategory",
    "AdminLevel",
    "DeliveryFormat",
    "Topic",
    "AttendanceStatus",
    "Outcome",
    "Severity",
]
CONTRACT_FUNCTIONS = [
    "check",
    "evaluate",
    "check_record",
    "check_posting",
    "to_json",
    "from_json",
    "to_dict",
    "from_dict",
    "json_schema",
    "label",
]


@pytest.mark.parametrize("name", CONTRACT_TYPES)
def test_every_contract_type_is_a_top_level_class(name: str) -> None:
    assert isinstance(getattr(ct, name), type)


@pytest.mark.parametrize("name", CONTRACT_ENUMS)
def test_every_contract_enum_is_a_top_level_enum(name: str) -> None:
    value = getattr(ct, name)
    assert issubclass(value, enum.Enum)


@pytest.mark.parametrize("name", CONTRACT_FUNCTIONS)
def test_every_contract_function_is_callable_at_top_level(name: str) -> None:
    assert callable(getattr(ct, name))


def test_the_submodules_of_the_contract_are_reachable() -> None:
    assert callable(ct.examples.hunan_2019)
    assert ct.policies.SEED_PRACTICE_2019.name


def test_errors_share_one_base_class() -> None:
    assert issubclass(ct.ValidationError, ct.CadretrainError)
    assert issubclass(ct.DocumentError, ct.CadretrainError)
    assert issubclass(ct.MissingParameter, ct.CadretrainError)


def test_all_is_unique_and_matches_dir() -> None:
    assert len(ct.__all__) == len(set(ct.__all__))
    assert sorted(dir(ct)) == sorted(ct.__all__)


def test_every_public_name_resolves_and_is_documented() -> None:
    for name in ct.__all__:
        value = getattr(ct, name)
        if isinstance(value, type) or callable(value):
            assert (value.__doc__ or "").strip(), f"ct.{name} has no docstring"
