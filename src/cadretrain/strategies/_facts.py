"""What happened in a cohort, drawn to fit it: attendance, leave, work, scores, decisions.

Each helper takes the cohort's programme, dates, trainee ids and sessions,
so every fact refers to an enrolled trainee and an existing session,
attendance minutes never exceed the session's, there is one attendance
record per trainee and session, and scores, grades and responses name the
scheme's components, levels and instruments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypedDict

import attrs
from hypothesis import strategies as st

from cadretrain.model import (
    AttendanceRecord,
    AttendanceStatus,
    CommitteeMember,
    InstrumentResponse,
    LeaveReason,
    LeaveRequest,
    LeaveStatus,
    Override,
    OverrideKind,
    Programme,
    ReviewState,
    Score,
    Session,
    StudyGroup,
    Submission,
    SubmissionKind,
)
from cadretrain.strategies._common import chinese_names, dates, decimals, members, texts, unique_ids

__all__ = ["Facts", "Frame", "attendance", "facts"]

_PARTIAL = (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)
_POSTS = ("班长", "副班长", "学习委员", "组织委员", "生活委员")


@attrs.frozen(kw_only=True)
class Frame:
    """What a cohort's facts must fit: its programme, dates, trainees and sessions."""

    programme: Programme
    start: dt.date
    end: dt.date
    trainees: tuple[str, ...]
    sessions: tuple[Session, ...]


class Facts(TypedDict, total=False):
    """The facts of a cohort other than attendance, as ``Cohort`` keyword arguments."""

    leave: tuple[LeaveRequest, ...]
    submissions: tuple[Submission, ...]
    scores: tuple[Score, ...]
    overrides: tuple[Override, ...]
    responses: tuple[InstrumentResponse, ...]
    study_groups: tuple[StudyGroup, ...]
    committee: tuple[CommitteeMember, ...]
    speakers: tuple[str, ...]


def _record(draw: st.DrawFn, trainee: str, session: Session) -> AttendanceRecord:
    status = draw(members(AttendanceStatus))
    if status in _PARTIAL:
        minutes: int | None = draw(st.integers(min_value=0, max_value=session.minutes))
    elif status is AttendanceStatus.PRESENT:
        minutes = draw(st.sampled_from((None, session.minutes)))
    else:
        minutes = None
    return AttendanceRecord(trainee=trainee, session=session.id, status=status, minutes=minutes)


@st.composite
def attendance(draw: st.DrawFn, frame: Frame) -> tuple[AttendanceRecord, ...]:
    """A full register (every trainee at every session) or part of one, one record per pair."""
    pairs = [(t, s) for s in frame.sessions for t in frame.trainees]
    if not pairs:
        return ()
    if not draw(st.booleans()):
        pairs = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=len(pairs)))
    return tuple(_record(draw, t, s) for t, s in pairs)


@st.composite
def _leave(draw: st.DrawFn, frame: Frame, request_id: str) -> LeaveRequest:
    session_ids = [s.id for s in frame.sessions]
    by_sessions = bool(session_ids) and draw(st.booleans())
    if by_sessions:
        chosen = draw(st.lists(st.sampled_from(session_ids), min_size=1, unique=True))
        first = last = None
    else:
        chosen = []
        first = draw(dates(frame.start, frame.end))
        last = draw(dates(first, frame.end))
    return LeaveRequest(
        id=request_id,
        trainee=draw(st.sampled_from(frame.trainees)),
        reason=draw(members(LeaveReason)),
        status=draw(members(LeaveStatus)),
        sessions=tuple(chosen),
        first_day=first,
        last_day=last,
        approver=draw(st.just("") | chinese_names()),
    )


@st.composite
def _submission(draw: st.DrawFn, frame: Frame, kinds: Sequence[SubmissionKind]) -> Submission:
    return Submission(
        trainee=draw(st.sampled_from(frame.trainees)),
        kind=draw(st.sampled_from(tuple(kinds))),
        submitted_on=draw(dates(frame.start, frame.end + dt.timedelta(days=90))),
        review=draw(members(ReviewState)),
        title=draw(st.just("") | texts(max_size=10)),
    )


@st.composite
def _scores(draw: st.DrawFn, frame: Frame) -> tuple[Score, ...]:
    scheme = frame.programme.scheme
    if scheme is None or not scheme.components:
        return ()
    pairs = [(t, c.code) for t in frame.trainees for c in scheme.components]
    if not draw(st.booleans()):
        pairs = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=len(pairs)))
    before = dt.timedelta(days=min(7, frame.start.toordinal() - 1))  # now and then too early
    dated = dates(frame.start - before, frame.end + dt.timedelta(days=90))
    return tuple(
        Score(
            trainee=t,
            component=c,
            value=draw(decimals(0, 100)),
            on=draw(dated) if draw(st.booleans()) else None,
        )
        for t, c in pairs
    )


@st.composite
def _override(draw: st.DrawFn, frame: Frame, override_id: str) -> Override:
    scheme = frame.programme.scheme
    kinds = [k for k in OverrideKind if scheme is not None or k is not OverrideKind.CHANGE_GRADE]
    kind = draw(st.sampled_from(kinds))
    target = grade = ""
    if kind is OverrideKind.WAIVE_REQUIREMENT:
        waivable = [d.kind.value for d in scheme.deliverables] if scheme else []
        target = draw(st.sampled_from(waivable or [SubmissionKind.ESSAY.value]))
    if kind is OverrideKind.CHANGE_GRADE and scheme is not None:
        grade = draw(st.sampled_from([level.code for level in scheme.scale.levels]))
    return Override(
        id=override_id,
        kind=kind,
        trainee=draw(st.sampled_from(frame.trainees)),
        decided_by=draw(chinese_names()),
        decided_on=draw(dates(frame.start, frame.end + dt.timedelta(days=90))),
        reason=draw(texts(max_size=12)),
        target=target,
        grade=grade,
    )


@st.composite
def _responses(draw: st.DrawFn, frame: Frame) -> tuple[InstrumentResponse, ...]:
    scheme = frame.programme.scheme
    if scheme is None or not scheme.instruments:
        return ()
    pairs = [(i.id, t) for i in scheme.instruments for t in frame.trainees]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=len(pairs)))
    return tuple(
        InstrumentResponse(
            instrument=i, trainee=t, on=draw(dates(frame.end, frame.end + dt.timedelta(days=200)))
        )
        for i, t in chosen
    )


@st.composite
def _study_groups(draw: st.DrawFn, frame: Frame) -> tuple[StudyGroup, ...]:
    count = draw(st.integers(min_value=0, max_value=min(3, len(frame.trainees))))
    if count == 0:
        return ()
    shuffled = draw(st.permutations(frame.trainees))
    groups = [shuffled[index::count] for index in range(count)]
    return tuple(
        StudyGroup(
            name=f"第{index + 1}组",
            members=tuple(group),
            leader=draw(st.none() | st.sampled_from(group)),
        )
        for index, group in enumerate(groups)
    )


@st.composite
def facts(draw: st.DrawFn, frame: Frame) -> Facts:
    """Leave, submissions, scores, overrides, responses, groups, committee and speakers."""
    if not frame.trainees:
        return {}
    scheme = frame.programme.scheme
    kinds = [d.kind for d in scheme.deliverables] if scheme and scheme.deliverables else None
    leave_ids = draw(unique_ids("lv", 0, 3))
    override_ids = draw(unique_ids("ov", 0, 2))
    return {
        "leave": tuple(draw(_leave(frame, i)) for i in leave_ids),
        "submissions": tuple(
            draw(st.lists(_submission(frame, kinds or tuple(SubmissionKind)), max_size=4))
        ),
        "scores": draw(_scores(frame)),
        "overrides": tuple(draw(_override(frame, i)) for i in override_ids),
        "responses": draw(_responses(frame)),
        "study_groups": draw(_study_groups(frame)),
        "committee": tuple(
            CommitteeMember(trainee=t, post=draw(st.sampled_from(_POSTS)))
            for t in draw(st.lists(st.sampled_from(frame.trainees), max_size=2, unique=True))
        ),
        "speakers": tuple(draw(st.lists(st.sampled_from(frame.trainees), max_size=2, unique=True))),
    }
