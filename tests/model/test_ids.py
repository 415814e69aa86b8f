"""Ids are non-empty and unique within their container."""

from __future__ import annotations

import attrs
import pytest

import cadretrain as ct
from cadretrain.errors import InvalidValueError, ValidationError

from .examples import cohort, lecture, programme, refused, session, site, trainee


@pytest.mark.parametrize("bad", ["", " t-001", "t-001 "])
def test_a_trainee_id_is_non_empty_without_surrounding_spaces(bad: str) -> None:
    refused(InvalidValueError, "id", lambda: attrs.evolve(trainee(), id=bad))


def test_a_session_id_is_non_empty() -> None:
    refused(InvalidValueError, "id", lambda: session(""))


def test_a_module_code_is_non_empty() -> None:
    refused(InvalidValueError, "code", lambda: lecture(""))


def test_a_field_site_id_is_non_empty() -> None:
    refused(InvalidValueError, "id", lambda: site(""))


def test_trainee_ids_are_unique_within_the_cohort() -> None:
    error = refused(
        ValidationError,
        "trainees[1]",
        lambda: cohort(trainees=(trainee("t-001"), trainee("t-001"))),
    )
    assert "t-001" in str(error)


def test_session_ids_are_unique_within_the_cohort() -> None:
    refused(ValidationError, "sessions[1]", lambda: cohort(sessions=(session(), session())))


def test_module_codes_are_unique_within_the_programme_menu_included() -> None:
    refused(ValidationError, "modules[1]", lambda: programme(modules=(lecture(), lecture())))
    refused(
        ValidationError,
        "modules[1]",
        lambda: programme(modules=(lecture("M01"),), menu=(lecture("M01"),)),
    )


def test_field_site_ids_are_unique_within_the_programme() -> None:
    refused(ValidationError, "field_sites[1]", lambda: programme(field_sites=(site(), site())))


def test_the_same_id_in_two_containers_is_fine() -> None:
    assert cohort(trainees=(trainee("x-1"),), sessions=(session("x-1"),)).trainee("x-1")


def test_leave_and_override_ids_are_unique_within_the_cohort() -> None:
    leave = ct.LeaveRequest(
        id="lv-1",
        trainee="t-001",
        reason=ct.LeaveReason.SICK,
        status=ct.LeaveStatus.APPROVED,
        sessions=("s-01",),
    )
    refused(ValidationError, "leave[1]", lambda: cohort(leave=(leave, leave)))
