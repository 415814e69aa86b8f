"""A cohort (期/班): one run of a programme, with everything that happened in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from cadretrain.errors import Problem, ValidationError
from cadretrain.model import _validators as v
from cadretrain.model.enums import DeliveryFormat
from cadretrain.model.facts import (
    AttendanceRecord,
    CommitteeMember,
    InstrumentResponse,
    LeaveRequest,
    Override,
    Score,
    Session,
    StudyGroup,
    Submission,
)
from cadretrain.model.people import Trainee
from cadretrain.model.programme import Programme

__all__ = ["Cohort"]


@attrs.frozen(kw_only=True)
class Cohort:
    """One run of a programme: dates, venue, trainees, sessions and the facts recorded.

    Construction checks every cross-reference at once and raises one
    :class:`~cadretrain.errors.ValidationError` listing each problem with its
    path (``sessions[2].module: ...``): sessions inside the cohort's dates and
    on the programme's modules and field sites; attendance, leave,
    submissions, scores and overrides about enrolled trainees and existing
    sessions.
    """

    id: str = attrs.field(validator=v.ident)
    programme: Programme = attrs.field(validator=v.instance(Programme))
    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)
    venue: str = attrs.field(validator=v.text)
    trainees: tuple[Trainee, ...] = attrs.field(validator=v.tuple_of(v.instance(Trainee)))
    sessions: tuple[Session, ...] = attrs.field(validator=v.tuple_of(v.instance(Session)))
    title: str = attrs.field(default="", validator=v.any_text)
    region: str = attrs.field(default="", validator=v.any_text)
    venue_capacity: int | None = attrs.field(default=None, validator=v.optional(v.positive_int))
    required_units: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(v.text))
    study_groups: tuple[StudyGroup, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(StudyGroup))
    )
    committee: tuple[CommitteeMember, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(CommitteeMember))
    )
    speakers: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(v.ident))
    attendance: tuple[AttendanceRecord, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(AttendanceRecord))
    )
    leave: tuple[LeaveRequest, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(LeaveRequest))
    )
    submissions: tuple[Submission, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Submission))
    )
    scores: tuple[Score, ...] = attrs.field(default=(), validator=v.tuple_of(v.instance(Score)))
    overrides: tuple[Override, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Override))
    )
    responses: tuple[InstrumentResponse, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(InstrumentResponse))
    )

    def __attrs_post_init__(self) -> None:
        problems = list(self._problems())
        if problems:
            raise ValidationError(problems, title=f"invalid cohort {self.id!r}")

    def _problems(self) -> Iterator[Problem]:
        if self.end < self.start:
            yield Problem(
                path="end",
                message=f"{self.end.isoformat()} is before start {self.start.isoformat()}; "
                "expected a date on or after the start",
                value=self.end,
            )
        yield from v.check_unique("trainees", (t.id for t in self.trainees))
        yield from v.check_unique("sessions", (s.id for s in self.sessions))
        yield from v.check_unique("leave", (r.id for r in self.leave))
        yield from v.check_unique("overrides", (o.id for o in self.overrides))
        yield from self._session_problems()
        enrolled = {t.id for t in self.trainees}
        sessions = {s.id: s for s in self.sessions}
        yield from self._attendance_problems(enrolled, sessions)
        for index, request in enumerate(self.leave):
            if request.trainee not in enrolled:
                yield from _dangling(
                    f"leave[{index}].trainee", request.trainee, enrolled, "trainee"
                )
            for j, session_id in enumerate(request.sessions):
                if session_id not in sessions:
                    yield from _dangling(
                        f"leave[{index}].sessions[{j}]", session_id, sessions, "session"
                    )
        for field, items in (
            ("submissions", self.submissions),
            ("scores", self.scores),
            ("overrides", self.overrides),
            ("committee", self.committee),
            ("responses", self.responses),
        ):
            for index, item in enumerate(items):
                trainee: str = item.trainee  # type: ignore[attr-defined]
                if trainee not in enrolled:
                    yield from _dangling(f"{field}[{index}].trainee", trainee, enrolled, "trainee")
        for index, speaker in enumerate(self.speakers):
            yield from _dangling(f"speakers[{index}]", speaker, enrolled, "trainee")
        for index, group in enumerate(self.study_groups):
            for j, member_id in enumerate(group.members):
                yield from _dangling(
                    f"study_groups[{index}].members[{j}]", member_id, enrolled, "trainee"
                )
        yield from self._scheme_problems()

    def _session_problems(self) -> Iterator[Problem]:
        programme = self.programme
        codes = {m.code: m for m in programme.modules + programme.menu}
        sites = {s.id for s in programme.field_sites}
        for index, session in enumerate(self.sessions):
            path = f"sessions[{index}]"
            if not self.start <= session.on <= self.end:
                yield Problem(
                    path=f"{path}.on",
                    message=f"{session.on.isoformat()} is outside the cohort's dates; expected "
                    f"{self.start.isoformat()} to {self.end.isoformat()}",
                    value=session.on,
                )
            module = codes.get(session.module)
            if module is None:
                yield from _dangling(f"{path}.module", session.module, codes, "programme module")
                continue
            fmt = session.format or module.format
            if session.site is not None:
                yield from _dangling(f"{path}.site", session.site, sites, "programme field site")
            elif fmt is DeliveryFormat.FIELD_TEACHING:
                yield Problem(
                    path=f"{path}.site",
                    message="None is not accepted for field teaching; expected the id of one of "
                    "the programme's field sites",
                    value=None,
                )

    def _attendance_problems(
        self, enrolled: set[str], sessions: dict[str, Session]
    ) -> Iterator[Problem]:
        # One tight loop: a cohort of 100k trainees has 2M records (paths built only on failure).
        seen: set[tuple[str, str]] = set()
        for index, record in enumerate(self.attendance):
            trainee, session_id, minutes = record.trainee, record.session, record.minutes
            if trainee not in enrolled:
                yield from _dangling(f"attendance[{index}].trainee", trainee, enrolled, "trainee")
            session = sessions.get(session_id)
            if session is None:
                yield from _dangling(
                    f"attendance[{index}].session", session_id, sessions, "session"
                )
            key = (trainee, session_id)
            if key in seen:
                yield Problem(
                    path=f"attendance[{index}]",
                    message=f"a second record for trainee {trainee!r} at session "
                    f"{session_id!r}; expected one record per trainee and session",
                    value=session_id,
                )
            seen.add(key)
            if session is not None and minutes is not None and minutes > session.minutes:
                yield Problem(
                    path=f"attendance[{index}].minutes",
                    message=f"{minutes} is more than the session's {session.minutes} "
                    "minutes; expected 0 to the session's length",
                    value=minutes,
                )

    def _scheme_problems(self) -> Iterator[Problem]:
        scheme = self.programme.scheme
        if scheme is None:
            return
        components = {c.code for c in scheme.components}
        for index, score in enumerate(self.scores):
            if score.component not in components:
                yield from _dangling(
                    f"scores[{index}].component",
                    score.component,
                    components,
                    "assessment component",
                )
        instruments = {i.id for i in scheme.instruments}
        for index, response in enumerate(self.responses):
            yield from _dangling(
                f"responses[{index}].instrument", response.instrument, instruments, "instrument"
            )

    # -- queries -------------------------------------------------------------

    def trainee(self, trainee_id: str) -> Trainee:
        """The enrolled trainee with ``trainee_id``."""
        for trainee in self.trainees:
            if trainee.id == trainee_id:
                return trainee
        raise KeyError(trainee_id)

    def session(self, session_id: str) -> Session:
        """The session with ``session_id``."""
        for session in self.sessions:
            if session.id == session_id:
                return session
        raise KeyError(session_id)

    def format_of(self, session: Session) -> DeliveryFormat:
        """The delivery format of ``session`` (its own, else its module's)."""
        return session.format or self.programme.module(session.module).format

    def instructional_sessions(self) -> tuple[Session, ...]:
        """Sessions that are instruction (ceremonies excluded), by date, start and id."""
        chosen = (s for s in self.sessions if self.format_of(s).instructional)
        return tuple(sorted(chosen, key=_session_order))

    def ordered_sessions(self) -> tuple[Session, ...]:
        """Every session by date, start time and id."""
        return tuple(sorted(self.sessions, key=_session_order))


def _session_order(session: Session) -> tuple[dt.date, dt.time, str]:
    return (session.on, session.start or dt.time(0), session.id)


def _dangling(path: str, value: str, known: object, what: str) -> Iterator[Problem]:
    if value not in known:  # type: ignore[operator]
        yield Problem(
            path=path,
            message=f"{value!r} is not a known {what}; expected the id of an existing {what}",
            value=value,
        )
