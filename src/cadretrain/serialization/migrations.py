"""The migration table: how an older document version is upgraded, one step at a time.

A migration is a pure function from the body of a document at version
``N`` (a dict, without ``schema`` and ``version``) to its body at ``N+1``.
It only moves data; anything it does not recognise it leaves in place, for
the loader to report against the current version's keys. The version of a
document covers everything nested in it (a cohort's programme included).

Version 0 of ``cadretrain/cohort`` is the example path (and the pattern to
copy): it called the trainees ``participants`` and a session's day
``date``; version 1 calls them ``trainees`` and ``on``.

Version 2 of every document type adds optional fields only (a cohort's
``attendance_recording``, a component's ``max_score`` and ``submission``,
an evaluation's ``policy_digest`` and ``library_version``, a trainee's
``person_id``, a score's ``on``, a training entry's ``purpose``, new enum
codes such as the 职级 ranks and ``village_cadre``), and a cohort's
``required_units`` list each unit once (version 1 merged a repeat; its
migration drops it).
A version-1 cohort migrates to "every session recorded", the reading
closest to version 1's (which never took a missing record for presence);
every other version-1 document reads as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

__all__ = ["MIGRATIONS", "Migration"]

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _renamed(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """``data`` with key ``old`` renamed to ``new`` in place (unless ``new`` is taken)."""
    if old not in data or new in data:
        return data
    return {(new if key == old else key): value for key, value in data.items()}


def cohort_0_to_1(body: dict[str, Any]) -> dict[str, Any]:
    """Cohort version 0 to 1: ``participants`` -> ``trainees``; session ``date`` -> ``on``.

    >>> cohort_0_to_1({"id": "c", "participants": [], "sessions": [{"id": "s", "date": "2019-07-01"}]})
    {'id': 'c', 'trainees': [], 'sessions': [{'id': 's', 'on': '2019-07-01'}]}
    """
    body = _renamed(body, "participants", "trainees")
    sessions = body.get("sessions")
    if type(sessions) is list:
        sessions = [
            _renamed(session, "date", "on") if type(session) is dict else session
            for session in sessions
        ]
        body = {**body, "sessions": sessions}
    return body


def cohort_1_to_2(body: dict[str, Any]) -> dict[str, Any]:
    """Cohort version 1 to 2: the register is "every session recorded", as version 1 judged it.

    Version 1 merged a unit listed twice in ``required_units``; version 2
    refuses it, so a version-1 list is read with each unit once, as it judged.

    >>> cohort_1_to_2({"id": "c"})
    {'id': 'c', 'attendance_recording': 'every_session'}
    >>> cohort_1_to_2({"required_units": ["石龙村", "龙泉村", "石龙村"]})["required_units"]
    ['石龙村', '龙泉村']
    """
    units = body.get("required_units")
    if isinstance(units, list) and all(isinstance(unit, str) for unit in units):
        body = {**body, "required_units": list(dict.fromkeys(units))}
    if "attendance_recording" in body:
        return body
    return {**body, "attendance_recording": "every_session"}


def unchanged(body: dict[str, Any]) -> dict[str, Any]:
    """Version 1 to 2 of a document whose version 2 only adds optional fields."""
    return body


_ONLY_ADDED = (
    "programme",
    "field_site",
    "trainee",
    "training_record",
    "posting",
    "policy",
    "report",
    "finding",
    "assessment",
    "cohort_evaluation",
)

MIGRATIONS: Mapping[tuple[str, int], Migration] = MappingProxyType(
    {
        ("cohort", 0): cohort_0_to_1,
        ("cohort", 1): cohort_1_to_2,
        **{(name, 1): unchanged for name in _ONLY_ADDED},
    }
)
"""``(document type, version N) -> migration to N+1``."""
