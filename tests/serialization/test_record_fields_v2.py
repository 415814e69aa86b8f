"""Version 2 of a training record: an entry's purpose and the new rank codes (issue 36)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import cadretrain as ct
from cadretrain.errors import CadretrainError
from cadretrain.serialization import from_dict, to_dict


def _record(rank: ct.Rank, purpose: ct.TrainingPurpose | None) -> ct.TrainingRecord:
    return ct.TrainingRecord(
        cadre_id="c-1",
        name="王明",
        rank=rank,
        entries=(
            ct.TrainingEntry(
                start=dt.date(2024, 3, 4),
                end=dt.date(2024, 3, 8),
                kind=ct.TrainingKind.OFF_THE_JOB,
                title="四级调研员任职培训班",
                hours=Fraction(40),
                purpose=purpose,
            ),
        ),
        promoted_on=dt.date(2024, 1, 2),
    )


@pytest.mark.parametrize("rank", [ct.Rank.LEVEL_4_RESEARCHER, ct.Rank.VILLAGE_CADRE])
def test_a_purpose_and_a_new_rank_round_trip(rank: ct.Rank) -> None:
    record = _record(rank, ct.TrainingPurpose.INDUCTION)
    data = to_dict(record)
    assert data["version"] == 2
    assert data["rank"] == rank.value
    assert data["entries"][0]["purpose"] == "induction"
    assert from_dict(data, ct.TrainingRecord) == record


def test_a_version_1_entry_has_no_purpose() -> None:
    data = {**to_dict(_record(ct.Rank.COUNTY_DIVISION, None)), "version": 1}
    assert "purpose" not in data["entries"][0]  # a default is left out
    loaded = from_dict(data, ct.TrainingRecord)
    assert loaded.entries[0].purpose is None


def test_an_unknown_purpose_is_refused_naming_the_codes() -> None:
    data = to_dict(_record(ct.Rank.COUNTY_DIVISION, ct.TrainingPurpose.INDUCTION))
    data["entries"][0]["purpose"] = "initial"
    with pytest.raises(CadretrainError, match="induction"):
        from_dict(data, ct.TrainingRecord)
