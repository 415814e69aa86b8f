"""A cohort's quick cross-reference checks refuse exactly what the loops that name problems find.

Construction first asks a quick question per kind of reference ("is every
record fine?") and runs the loop that names each problem only when the
answer is no. These tests hold the two to the same answer: a valid cohort
constructs, and a broken one raises the very problems, in the same order,
that the naming loops alone list.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.errors import Problem, ValidationError
from cadretrain.strategies import cohorts

from .examples import cohort, refused, trainee

Fields = dict[str, Any]
Expected = Callable[[str], bool]
"""Whether a problem path is one the corruption must cause."""

_GHOSTS = st.text(alphabet="abcxyz0123", min_size=1, max_size=4).map(lambda tail: f"ghost-{tail}")
"""Ids no strategy draws (they use prefixes such as ``t-`` and ``s-``): never enrolled or known."""


def _unchecked(fields: Fields) -> ct.Cohort:
    """A cohort holding ``fields`` without its construction checks, to run the naming loops."""
    unchecked = object.__new__(ct.Cohort)
    for field in attrs.fields(ct.Cohort):
        value = fields[field.name]
        if callable(field.converter):  # records as tables, as construction holds them
            value = field.converter(value)
        object.__setattr__(unchecked, field.name, value)
    return unchecked


def _named_by_loops(fields: Fields) -> list[Problem]:
    return list(_unchecked(fields)._problems(quick=False))


def _fields(of: ct.Cohort) -> Fields:
    return {field.name: getattr(of, field.name) for field in attrs.fields(ct.Cohort)}


def _insert(draw: st.DrawFn, fields: Fields, name: str, item: object) -> None:
    items: tuple[object, ...] = fields[name]
    at = draw(st.integers(min_value=0, max_value=len(items)))
    fields[name] = (*items[:at], item, *items[at:])


def _record(draw: st.DrawFn, fields: Fields) -> ct.AttendanceRecord:
    """An existing attendance record, or a new one for the first trainee at the first session."""
    records: tuple[ct.AttendanceRecord, ...] = fields["attendance"]
    if records:
        return draw(st.sampled_from(records))
    return ct.AttendanceRecord(
        trainee=fields["trainees"][0].id,
        session=fields["sessions"][0].id,
        status=ct.AttendanceStatus.PRESENT,
    )


def _path(pattern: str) -> Expected:
    """``attendance[].trainee`` matches ``attendance[3].trainee``: any index in each ``[]``."""
    head, *rest = pattern.split("[]")

    def matches(path: str) -> bool:
        if not path.startswith(head):
            return False
        tail = path[len(head) :]
        for part in rest:
            index, bracket, tail = tail.partition("]")
            if not (index.startswith("[") and index[1:].isdigit() and bracket):
                return False
            if not tail.startswith(part):
                return False
            tail = tail[len(part) :]
        return tail == ""

    return matches


def _ghost_attendee(draw: st.DrawFn, fields: Fields) -> Expected:
    record = attrs.evolve(_record(draw, fields), trainee=draw(_GHOSTS))
    _insert(draw, fields, "attendance", record)
    return _path("attendance[].trainee")


def _ghost_session(draw: st.DrawFn, fields: Fields) -> Expected:
    record = attrs.evolve(_record(draw, fields), session=draw(_GHOSTS))
    _insert(draw, fields, "attendance", record)
    return _path("attendance[].session")


def _second_record(draw: st.DrawFn, fields: Fields) -> Expected:
    original = _record(draw, fields)
    if original not in fields["attendance"]:
        _insert(draw, fields, "attendance", original)
    status = draw(st.sampled_from((ct.AttendanceStatus.PRESENT, ct.AttendanceStatus.ABSENT)))
    _insert(draw, fields, "attendance", attrs.evolve(original, status=status, minutes=None))
    return _path("attendance[]")


def _longer_than_the_session(draw: st.DrawFn, fields: Fields) -> Expected:
    """A record made longer than its (known) session, in place: later corruptions only insert."""
    lengths = {session.id: session.minutes for session in fields["sessions"]}
    records: tuple[ct.AttendanceRecord, ...] = fields["attendance"]
    at_known = [i for i, record in enumerate(records) if record.session in lengths]
    if not at_known:
        _insert(draw, fields, "attendance", _record(draw, {**fields, "attendance": ()}))
        return _longer_than_the_session(draw, fields)
    index = draw(st.sampled_from(at_known))
    length = lengths[records[index].session]
    late = attrs.evolve(
        records[index],
        status=ct.AttendanceStatus.LATE,
        minutes=length + draw(st.integers(min_value=1, max_value=300)),
    )
    fields["attendance"] = (*records[:index], late, *records[index + 1 :])
    return _path("attendance[].minutes")


def _leave(fields: Fields, **changes: object) -> ct.LeaveRequest:
    values: dict[str, Any] = {
        "id": "lv-ghost",
        "trainee": fields["trainees"][0].id,
        "reason": ct.LeaveReason.PERSONAL,
        "status": ct.LeaveStatus.PENDING,
        "sessions": (fields["sessions"][0].id,),
    }
    values.update(changes)
    return ct.LeaveRequest(**values)


def _ghost_on_leave(draw: st.DrawFn, fields: Fields) -> Expected:
    _insert(draw, fields, "leave", _leave(fields, trainee=draw(_GHOSTS)))
    return _path("leave[].trainee")


def _leave_from_a_ghost_session(draw: st.DrawFn, fields: Fields) -> Expected:
    named = (fields["sessions"][0].id, draw(_GHOSTS))
    _insert(draw, fields, "leave", _leave(fields, sessions=tuple(draw(st.permutations(named)))))
    return _path("leave[].sessions[]")


def _fact_about_a_ghost(draw: st.DrawFn, fields: Fields) -> Expected:
    """A submission, score, override, committee post or response about no enrolled trainee."""
    facts = [n for n in ("submissions", "scores", "overrides", "responses") if fields[n]]
    name = draw(st.sampled_from([*facts, "committee"]))
    if name == "committee":
        item: object = ct.CommitteeMember(trainee=draw(_GHOSTS), post="班长")
    else:
        item = attrs.evolve(draw(st.sampled_from(fields[name])), trainee=draw(_GHOSTS))
    _insert(draw, fields, name, item)
    return _path(f"{name}[].trainee")


def _ghost_speaker(draw: st.DrawFn, fields: Fields) -> Expected:
    _insert(draw, fields, "speakers", draw(_GHOSTS))
    return _path("speakers[]")


def _ghost_in_a_group(draw: st.DrawFn, fields: Fields) -> Expected:
    group = ct.StudyGroup(name="第九组", members=(fields["trainees"][0].id, draw(_GHOSTS)))
    _insert(draw, fields, "study_groups", group)
    return _path("study_groups[].members[]")


def _ghost_component(draw: st.DrawFn, fields: Fields) -> Expected:
    score = ct.Score(trainee=fields["trainees"][0].id, component=draw(_GHOSTS), value=Decimal(1))
    _insert(draw, fields, "scores", score)
    return _path("scores[].component")


def _ghost_instrument(draw: st.DrawFn, fields: Fields) -> Expected:
    response = ct.InstrumentResponse(
        instrument=draw(_GHOSTS), trainee=fields["trainees"][0].id, on=fields["end"]
    )
    _insert(draw, fields, "responses", response)
    return _path("responses[].instrument")


def _enrolled_twice(draw: st.DrawFn, fields: Fields) -> Expected:
    _insert(draw, fields, "trainees", draw(st.sampled_from(fields["trainees"])))
    return _path("trainees[]")


_CORRUPTIONS = (
    _ghost_attendee,
    _ghost_session,
    _second_record,
    _longer_than_the_session,
    _ghost_on_leave,
    _leave_from_a_ghost_session,
    _fact_about_a_ghost,
    _ghost_speaker,
    _ghost_in_a_group,
    _enrolled_twice,
)
_SCHEME_CORRUPTIONS = (_ghost_component, _ghost_instrument)
"""Scores' components and responses' instruments are checked only against a scheme."""

_COHORTS = cohorts(size=(1, 6), sessions=(1, 6))


@st.composite
def _corrupted(draw: st.DrawFn) -> tuple[Fields, list[Expected]]:
    """A valid cohort's fields broken in one to three ways, with the problems each must cause."""
    fields = _fields(draw(_COHORTS))
    scheme = fields["programme"].scheme is not None
    ways = _CORRUPTIONS + (_SCHEME_CORRUPTIONS if scheme else ())
    corruptions = draw(st.lists(st.sampled_from(ways), min_size=1, max_size=3))
    return fields, [corrupt(draw, fields) for corrupt in corruptions]


@settings(max_examples=100, deadline=None)
@given(_corrupted())
def test_a_broken_cohort_raises_exactly_the_problems_the_naming_loops_find(
    broken: tuple[Fields, list[Expected]],
) -> None:
    fields, expected = broken
    named = _named_by_loops(fields)
    for caused in expected:
        assert any(caused(problem.path) for problem in named), named
    with pytest.raises(ValidationError) as caught:
        ct.Cohort(**fields)
    assert list(caught.value.problems) == named


@st.composite
def _valid_at_the_boundary(draw: st.DrawFn) -> Fields:
    """A valid cohort's fields, some records stretched to exactly their session's length."""
    fields = _fields(draw(_COHORTS))
    lengths = {session.id: session.minutes for session in fields["sessions"]}
    records: tuple[ct.AttendanceRecord, ...] = fields["attendance"]
    stretch = draw(st.sets(st.integers(min_value=0, max_value=max(len(records) - 1, 0))))
    fields["attendance"] = tuple(
        attrs.evolve(record, status=ct.AttendanceStatus.LATE, minutes=lengths[record.session])
        if index in stretch
        else record
        for index, record in enumerate(records)
    )
    return fields


@settings(max_examples=100, deadline=None)
@given(_valid_at_the_boundary())
def test_a_valid_cohort_constructs_and_the_naming_loops_agree(fields: Fields) -> None:
    assert _named_by_loops(fields) == []
    built = ct.Cohort(**fields)
    assert built.attendance == fields["attendance"]


# -- boundaries ---------------------------------------------------------------
# The example cohort has s-01 of 150 minutes and s-02 of 180 minutes.


def _late(minutes: int, at: str = "s-01", who: str = "t-001") -> ct.AttendanceRecord:
    return ct.AttendanceRecord(
        trainee=who, session=at, status=ct.AttendanceStatus.LATE, minutes=minutes
    )


def _present(who: str, at: str) -> ct.AttendanceRecord:
    return ct.AttendanceRecord(trainee=who, session=at, status=ct.AttendanceStatus.PRESENT)


def test_minutes_equal_to_the_session_length_are_accepted() -> None:
    assert cohort(attendance=(_late(150), _late(180, "s-02"))).attendance[1].minutes == 180


def test_one_minute_more_than_the_session_is_refused_with_both_lengths_named() -> None:
    error = refused(
        ValidationError, "attendance[0].minutes", lambda: cohort(attendance=(_late(151),))
    )
    assert "151 is more than the session's 150 minutes" in str(error)
    assert [problem.value for problem in error.problems] == [151]


def test_minutes_longer_than_the_shortest_session_are_judged_against_their_own() -> None:
    assert cohort(attendance=(_late(170, "s-02"),)).attendance[0].minutes == 170
    refused(
        ValidationError,
        "attendance[1].minutes",
        lambda: cohort(attendance=(_late(170, "s-02"), _late(170, who="t-002"))),
    )


def test_crossed_pairs_are_distinct_and_a_repeated_pair_is_refused_at_the_second() -> None:
    crossed = (_present("t-001", "s-02"), _present("t-002", "s-01"), _present("t-001", "s-01"))
    assert len(cohort(attendance=crossed).attendance) == 3
    error = refused(
        ValidationError,
        "attendance[3]",
        lambda: cohort(attendance=(*crossed, _present("t-001", "s-02"))),
    )
    assert [problem.path for problem in error.problems] == ["attendance[3]"]


def test_every_broken_reference_is_named_in_field_then_record_order() -> None:
    error = refused(
        ValidationError,
        "attendance[0].trainee",
        lambda: cohort(
            trainees=(trainee("t-001"), trainee("t-002"), trainee("t-001")),
            attendance=(_present("t-9", "s-01"), _late(999, "s-9"), _late(151)),
            speakers=("t-002", "t-8"),
            scores=(ct.Score(trainee="t-7", component="exam", value=Decimal(70)),),
            committee=(ct.CommitteeMember(trainee="t-6", post="班长"),),
        ),
    )
    assert [problem.path for problem in error.problems] == [
        "trainees[2]",
        "attendance[0].trainee",
        "attendance[1].session",
        "attendance[2].minutes",
        "scores[0].trainee",
        "committee[0].trainee",
        "speakers[1]",
    ]


def test_leave_and_study_groups_name_each_stranger_by_index() -> None:
    leave = ct.LeaveRequest(
        id="lv-1",
        trainee="t-001",
        reason=ct.LeaveReason.PERSONAL,
        status=ct.LeaveStatus.PENDING,
        sessions=("s-01", "s-9"),
    )
    group = ct.StudyGroup(name="第一组", members=("t-001", "t-8"))
    error = refused(
        ValidationError,
        "leave[0].sessions[1]",
        lambda: cohort(leave=(leave,), study_groups=(group,)),
    )
    assert [problem.path for problem in error.problems] == [
        "leave[0].sessions[1]",
        "study_groups[0].members[1]",
    ]


def test_a_unit_listed_twice_in_required_units_is_refused_at_the_repeat() -> None:
    """Seed 004's 50 villages are 50 units: a repeated one was merged silently before."""
    error = refused(
        ValidationError,
        "required_units[2]",
        lambda: cohort(required_units=("红桥镇石龙村", "留耕镇高峰村", "红桥镇石龙村")),
    )
    (problem,) = error.problems
    assert problem.value == "红桥镇石龙村"
    assert "duplicate unit '红桥镇石龙村'" in problem.message
    assert len(cohort(required_units=("红桥镇石龙村", "留耕镇高峰村")).required_units) == 2
