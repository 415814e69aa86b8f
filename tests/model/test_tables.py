"""A cohort's records as tables: sequences of the same records, typed read-only columns."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.errors import InvalidValueError, ValidationError
from cadretrain.model.tables import (
    AttendanceTable,
    LeaveTable,
    RecordTable,
    ScoreTable,
    SubmissionTable,
)

from .examples import cohort

_P = ct.AttendanceStatus.PRESENT
ATTENDANCE = (
    ct.AttendanceRecord(trainee="t-2", session="s-1", status=_P),
    ct.AttendanceRecord(trainee="t-1", session="s-1", status=ct.AttendanceStatus.LATE, minutes=30),
    ct.AttendanceRecord(trainee="t-2", session="s-2", status=ct.AttendanceStatus.ABSENT),
)
LEAVE = (
    ct.LeaveRequest(
        id="l-1",
        trainee="t-1",
        reason=ct.LeaveReason.SICK,
        status=ct.LeaveStatus.APPROVED,
        sessions=("s-2", "s-1"),
    ),
    ct.LeaveRequest(
        id="l-2",
        trainee="t-2",
        reason=ct.LeaveReason.OFFICIAL,
        status=ct.LeaveStatus.PENDING,
        first_day=dt.date(2019, 9, 23),
        last_day=dt.date(2019, 9, 24),
        approver="班主任",
    ),
)
SUBMISSIONS = (
    ct.Submission(trainee="t-1", kind=ct.SubmissionKind.ESSAY, submitted_on=dt.date(2019, 9, 30)),
    ct.Submission(
        trainee="t-2",
        kind=ct.SubmissionKind.ESSAY,
        submitted_on=dt.date(2019, 10, 1),
        review=ct.ReviewState.ACCEPTED,
        title="心得",
    ),
)
SCORES = (
    ct.Score(trainee="t-1", component="exam", value=Decimal("85")),
    ct.Score(trainee="t-2", component="exam", value=Decimal("85.0")),
    ct.Score(trainee="t-2", component="essay", value=Decimal("90.50"), on=dt.date(2019, 9, 27)),
)
CASES: list[tuple[type[RecordTable[Any]], tuple[Any, ...]]] = [
    (AttendanceTable, ATTENDANCE),
    (LeaveTable, LEAVE),
    (SubmissionTable, SUBMISSIONS),
    (ScoreTable, SCORES),
]
IDS = [table.__name__ for table, _ in CASES]


@pytest.mark.parametrize(("table_type", "records"), CASES, ids=IDS)
def test_a_table_is_a_sequence_of_its_records(
    table_type: type[RecordTable[Any]], records: tuple[Any, ...]
) -> None:
    table = table_type(records)
    assert isinstance(table, Sequence)
    assert not isinstance(table, tuple)
    assert len(table) == len(records)
    assert tuple(table) == records
    assert [type(r) for r in table] == [type(r) for r in records]
    assert table[0] == records[0]
    assert table[-1] == records[-1]
    assert table[1:] == records[1:]
    assert table[::-1] == records[::-1]
    assert type(table[1:]) is table_type
    assert records[1] in table
    assert table.index(records[-1]) == len(records) - 1
    with pytest.raises(IndexError):
        table[len(records)]


@pytest.mark.parametrize(("table_type", "records"), CASES, ids=IDS)
def test_equality_and_hash_follow_the_records(
    table_type: type[RecordTable[Any]], records: tuple[Any, ...]
) -> None:
    table = table_type(records)
    assert table == records
    assert records == table
    assert table == table_type(records)
    assert hash(table) == hash(records) == hash(table_type(records))
    assert table != records[:-1]
    assert table != list(records)
    assert table != table_type(records[::-1])
    assert table_type(()) == ()


@pytest.mark.parametrize(("table_type", "records"), CASES, ids=IDS)
def test_a_table_pickles_to_an_equal_table(
    table_type: type[RecordTable[Any]], records: tuple[Any, ...]
) -> None:
    table = table_type(records)
    copy = pickle.loads(pickle.dumps(table))
    assert type(copy) is table_type
    assert copy == table


@pytest.mark.parametrize(("table_type", "records"), CASES, ids=IDS)
def test_a_table_and_its_columns_cannot_be_changed(
    table_type: type[RecordTable[Any]], records: tuple[Any, ...]
) -> None:
    table = table_type(records)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        table.trainee_ids = ()
    for name in table.columns:
        column = getattr(table, name)
        if isinstance(column, np.ndarray):
            assert not column.flags.writeable, name
            with pytest.raises(ValueError, match="read-only"):
                column[:1] = 0
        else:
            assert type(column) is tuple, name


def test_the_columns_are_the_contract_the_evaluator_reads() -> None:
    attendance = AttendanceTable(ATTENDANCE)
    assert attendance.trainee_ids == ("t-2", "t-1")
    assert attendance.trainee_codes.dtype == np.int32
    assert attendance.trainee_codes.tolist() == [0, 1, 0]
    assert attendance.session_ids == ("s-1", "s-2")
    assert attendance.session_codes.tolist() == [0, 0, 1]
    statuses = tuple(ct.AttendanceStatus)
    assert attendance.status_codes.dtype == np.int8
    assert [statuses[c] for c in attendance.status_codes] == [r.status for r in ATTENDANCE]
    assert attendance.minutes.dtype == np.int64
    assert attendance.minutes.tolist() == [-1, 30, -1]

    leave = LeaveTable(LEAVE)
    assert leave.ids == ("l-1", "l-2")
    assert leave.approvers == ("", "班主任")
    assert leave.session_ids == ("s-2", "s-1")
    assert leave.session_codes.tolist() == [0, 1]
    assert leave.session_offsets.tolist() == [0, 2, 2]
    assert leave.first_days.tolist() == [-1, dt.date(2019, 9, 23).toordinal()]
    assert leave.last_days.dtype == np.int32
    assert [tuple(ct.LeaveReason)[c] for c in leave.reason_codes] == [r.reason for r in LEAVE]
    assert [tuple(ct.LeaveStatus)[c] for c in leave.status_codes] == [r.status for r in LEAVE]

    submissions = SubmissionTable(SUBMISSIONS)
    assert submissions.submitted_on.tolist() == [s.submitted_on.toordinal() for s in SUBMISSIONS]
    assert [tuple(ct.ReviewState)[c] for c in submissions.review_codes] == [
        s.review for s in SUBMISSIONS
    ]
    assert [tuple(ct.SubmissionKind)[c] for c in submissions.kind_codes] == [
        s.kind for s in SUBMISSIONS
    ]
    assert submissions.titles == ("", "心得")

    scores = ScoreTable(SCORES)
    assert scores.component_ids == ("exam", "essay")
    assert [str(v) for v in scores.values] == ["85", "85.0", "90.50"]  # as written
    assert scores.value_codes.tolist() == [0, 1, 2]
    assert scores.on.dtype == np.int32
    assert scores.on.tolist() == [-1, -1, dt.date(2019, 9, 27).toordinal()]
    assert [s.on for s in scores] == [None, None, dt.date(2019, 9, 27)]


def test_a_score_dated_differently_is_a_different_record() -> None:
    dated = ScoreTable(SCORES)
    undated = ScoreTable(tuple(attrs.evolve(s, on=None) for s in SCORES))
    assert dated != undated
    assert dated == ScoreTable(SCORES)
    columns = {name: getattr(dated, name) for name in dated.columns}
    with pytest.raises(ValidationError, match=r"\[0\]"):  # ordinal 0 is no date
        ScoreTable.from_columns(**{**columns, "on": np.array([0, -1, -1], dtype=np.int32)})
    assert ScoreTable.from_columns(**columns) == dated


def test_a_cohort_turns_tuples_of_records_into_tables() -> None:
    made = cohort()
    assert isinstance(made.attendance, AttendanceTable)
    assert isinstance(made.leave, LeaveTable)
    assert isinstance(made.submissions, SubmissionTable)
    assert isinstance(made.scores, ScoreTable)
    again = attrs.evolve(made, attendance=tuple(made.attendance)[:-1])
    assert isinstance(again.attendance, AttendanceTable)
    assert again.attendance == tuple(made.attendance)[:-1]
    assert attrs.evolve(made, attendance=made.attendance) == made


def test_a_cohort_refuses_what_is_not_a_tuple_of_records_as_before() -> None:
    with pytest.raises(
        InvalidValueError, match=r"attendance: \[\] is not accepted; expected a tuple"
    ):
        attrs.evolve(cohort(), attendance=[])  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"scores\[0\]: 'x' is not accepted"):
        attrs.evolve(cohort(), scores=("x",))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"leave: .* expected a tuple"):
        attrs.evolve(cohort(), leave=AttendanceTable(ATTENDANCE))  # type: ignore[arg-type]


def test_columns_are_checked_with_the_records_own_messages() -> None:
    good = AttendanceTable(ATTENDANCE)
    columns = {name: getattr(good, name) for name in good.columns}
    assert AttendanceTable.from_columns(**columns) == good
    with pytest.raises(ValidationError) as caught:
        AttendanceTable.from_columns(**{**columns, "minutes": np.array([-1, -1, -1])})
    with pytest.raises(ValidationError) as direct:
        ct.AttendanceRecord(trainee="t-1", session="s-1", status=ct.AttendanceStatus.LATE)
    assert [p.path for p in caught.value.problems] == ["[1].minutes"]
    assert caught.value.problems[0].message == direct.value.problems[0].message
    with pytest.raises(ValidationError, match=r"\[0\]\.trainee"):
        AttendanceTable.from_columns(**{**columns, "trainee_ids": (" t-2", "t-1")})
    with pytest.raises(ValidationError):
        AttendanceTable.from_columns(**{**columns, "trainee_codes": np.array([1, 0, 1])})


@settings(max_examples=25, deadline=None)
@given(st.from_type(ct.Cohort))
def test_generated_cohorts_hold_tables_equal_to_their_records(generated: ct.Cohort) -> None:
    for field in ("attendance", "leave", "submissions", "scores"):
        table = getattr(generated, field)
        records = tuple(table)
        assert table == records
        assert type(table)(records) == table
        assert hash(table) == hash(records)
        assert pickle.loads(pickle.dumps(table)) == table
