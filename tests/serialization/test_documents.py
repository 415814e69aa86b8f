"""Documents: the schema/version envelope, migration of old versions, refusal of new ones."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import cadretrain as ct
from cadretrain.serialization import (
    DocumentError,
    DocumentVersionError,
    from_dict,
    from_json,
    to_dict,
)

from .samples import cohort, trainee

FIXTURES = Path(__file__).parent / "fixtures"


def test_top_level_documents_carry_schema_and_version() -> None:
    data = to_dict(ct.TrainingRecord(cadre_id="c", name="王明", rank=ct.Rank.STAFF))
    assert (data["schema"], data["version"]) == ("cadretrain/training_record", 2)


def test_nested_objects_carry_no_envelope() -> None:
    data = to_dict(cohort())
    assert "schema" not in data["programme"]
    assert "schema" not in data["trainees"][0]
    assert "schema" not in to_dict(ct.Place(province="湖南省"))


def test_version_0_cohort_migrates_to_the_version_1_object() -> None:
    text = (FIXTURES / "cohort-v0.json").read_text(encoding="utf-8")
    assert '"participants"' in text
    assert '"date"' in text
    assert from_json(text, ct.Cohort) == cohort()


def test_a_migrated_document_is_still_validated_against_version_1() -> None:
    data = json.loads((FIXTURES / "cohort-v0.json").read_text(encoding="utf-8"))
    data["participants"][0]["role"] = "mayor"
    with pytest.raises(DocumentError, match=r"\$\.trainees\[0\]\.role: 'mayor' is not a Role"):
        from_dict(data, ct.Cohort)


def test_a_version_1_cohort_reads_as_every_session_recorded() -> None:
    data = {**to_dict(cohort()), "version": 1}
    data.pop("attendance_recording", None)
    loaded = from_dict(data, ct.Cohort)
    assert loaded.attendance_recording is ct.AttendanceRecording.EVERY_SESSION
    exceptions = attrs.evolve(cohort(), attendance_recording=ct.AttendanceRecording.EXCEPTIONS_ONLY)
    assert to_dict(exceptions)["attendance_recording"] == "exceptions_only"
    assert from_dict({**to_dict(exceptions), "version": 1}, ct.Cohort) == exceptions


def test_a_version_1_document_of_any_other_type_reads_unchanged() -> None:
    record = ct.TrainingRecord(cadre_id="c", name="王明", rank=ct.Rank.STAFF)
    assert from_dict({**to_dict(record), "version": 1}, ct.TrainingRecord) == record


def test_a_newer_version_is_refused_naming_both_versions() -> None:
    data = {**to_dict(cohort()), "version": 99}
    with pytest.raises(DocumentVersionError) as caught:
        from_dict(data, ct.Cohort)
    (problem,) = caught.value.problems
    assert problem.path == "$.version"
    assert "99 is newer than this cadretrain reads" in problem.message
    assert "versions 0 to 2" in problem.message


def test_a_version_without_a_migration_path_is_refused() -> None:
    with pytest.raises(
        DocumentVersionError, match=r"0 is not a known version of cadretrain/trainee"
    ):
        from_dict({**to_dict(trainee()), "version": 0}, ct.Trainee)


@pytest.mark.parametrize(
    ("envelope", "path"),
    [
        ({"schema": "cadretrain/cohort"}, "$.version"),
        ({"version": 1}, "$.schema"),
        ({"schema": "cadretrain/cohort", "version": "1"}, "$.version"),
        ({"schema": "cadretrain/cohort", "version": True}, "$.version"),
        ({"schema": "cadretrain/programme", "version": 1}, "$.schema"),
    ],
)
def test_a_missing_or_wrong_envelope_is_refused(envelope: dict[str, object], path: str) -> None:
    data = {k: v for k, v in to_dict(trainee()).items() if k not in ("schema", "version")}
    with pytest.raises(DocumentError) as caught:
        from_dict({**envelope, **data}, ct.Cohort)
    assert [p.path for p in caught.value.problems] == [path]


def test_a_document_must_be_an_object() -> None:
    with pytest.raises(DocumentError, match=r"\$: \[\] is not a cadretrain/cohort document"):
        from_json("[]", ct.Cohort)
