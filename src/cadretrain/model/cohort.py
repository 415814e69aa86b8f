"""A cohort (期/班): one run of a programme, with everything that happened in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

import attrs
import numpy as np

from cadretrain.errors import InvalidValueError, Problem, ValidationError
from cadretrain.model import _validators as v
from cadretrain.model.cohort_events import (
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
from cadretrain.model.enums import AttendanceRecording, DeliveryFormat
from cadretrain.model.people import Trainee
from cadretrain.model.programme import Programme
from cadretrain.model.scheme import Component
from cadretrain.model.tables import (
    AttendanceTable,
    LeaveTable,
    RecordTable,
    ScoreTable,
    SubmissionTable,
)

__all__ = ["Cohort"]


def _table(table_cls: type[RecordTable[Any]], value: object) -> Any:
    """``value`` as a table when it is one, or a tuple of its records; else as it is (refused)."""
    if isinstance(value, tuple) and set(map(type, value)) <= {table_cls.record_type}:
        return table_cls(value)
    return value


def _attendance(value: tuple[AttendanceRecord, ...] | AttendanceTable) -> AttendanceTable:
    return _table(AttendanceTable, value)  # type: ignore[no-any-return]


def _leave(value: tuple[LeaveRequest, ...] | LeaveTable) -> LeaveTable:
    return _table(LeaveTable, value)  # type: ignore[no-any-return]


def _submissions(value: tuple[Submission, ...] | SubmissionTable) -> SubmissionTable:
    return _table(SubmissionTable, value)  # type: ignore[no-any-return]


def _scores(value: tuple[Score, ...] | ScoreTable) -> ScoreTable:
    return _table(ScoreTable, value)  # type: ignore[no-any-return]


def _table_of(record: type) -> v.Validator:
    """A table of ``record``s; anything else is refused as a tuple of them would be."""
    as_tuple = v.tuple_of(v.instance(record))

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, RecordTable) and value.record_type is record:
            return
        as_tuple(inst, attribute, value)  # names the item, or the value, it refuses
        raise InvalidValueError(attribute.name, value, f"a tuple of {record.__name__}")

    return check


def _above_maximum(scores: ScoreTable, components: dict[str, Component]) -> Iterator[Problem]:
    """Scores above their component's ``max_score`` (a 150 on a 100-point paper).

    One quick question first: the highest distinct value on record against
    the lowest maximum; the loop naming each score runs only when it fails.
    """
    bounds = {code: c.max_score for code, c in components.items() if c.max_score is not None}
    if not bounds or not scores.values or max(scores.values) <= min(bounds.values()):
        return
    for index, score in enumerate(scores):
        bound = bounds.get(score.component)
        if bound is not None and score.value > bound:
            yield Problem(
                path=f"scores[{index}].value",
                message=f"{score.value} is above the most component {score.component!r} "
                f"gives; expected a score from 0 to {bound}",
                value=score.value,
            )


class _AboutATrainee(Protocol):
    """A fact that names the trainee it is about (submission, score, override, ...)."""

    @property
    def trainee(self) -> str: ...


@attrs.frozen(kw_only=True)
class Cohort:
    """One run of a programme: dates, venue, trainees, sessions and the facts recorded.

    Construction checks every cross-reference at once and raises one
    :class:`~cadretrain.errors.ValidationError` listing each problem with its
    path (``sessions[2].module: ...``): trainee, session, leave and override
    ids and ``required_units`` each listed once; sessions inside the cohort's dates and
    on the programme's modules and field sites; attendance, leave,
    submissions, scores and overrides about enrolled trainees and existing
    sessions.

    ``attendance_recording`` says how the register was kept
    (:class:`~cadretrain.model.AttendanceRecording`): every session recorded
    (the default; a missing record leaves the trainee not judged) or
    exceptions only (an unrecorded trainee was present).

    ``attendance``, ``leave``, ``submissions`` and ``scores`` are held as
    tables (:mod:`cadretrain.model.tables`, ``docs/tables.md``): pass tuples
    of records, as for every other collection, and read them back as
    sequences of the same records, or by their columns.
    """

    id: str = attrs.field(validator=v.ident)
    programme: Programme = attrs.field(validator=v.instance(Programme))
    start: dt.date = attrs.field(validator=v.a_date)
    end: dt.date = attrs.field(validator=v.a_date)
    venue: str = attrs.field(validator=v.text)
    trainees: tuple[Trainee, ...] = attrs.field(validator=v.tuple_of(v.instance(Trainee)))
    sessions: tuple[Session, ...] = attrs.field(validator=v.tuple_of(v.instance(Session)))
    attendance_recording: AttendanceRecording = attrs.field(
        default=AttendanceRecording.EVERY_SESSION, validator=v.member(AttendanceRecording)
    )
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
    attendance: AttendanceTable = attrs.field(
        factory=AttendanceTable, converter=_attendance, validator=_table_of(AttendanceRecord)
    )
    leave: LeaveTable = attrs.field(
        factory=LeaveTable, converter=_leave, validator=_table_of(LeaveRequest)
    )
    submissions: SubmissionTable = attrs.field(
        factory=SubmissionTable, converter=_submissions, validator=_table_of(Submission)
    )
    scores: ScoreTable = attrs.field(
        factory=ScoreTable, converter=_scores, validator=_table_of(Score)
    )
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

    def _problems(self, *, quick: bool = True) -> Iterator[Problem]:
        """Every broken cross-reference, each with its path, in field then record order.

        A cohort of 100k trainees has 2M attendance records: each per-record
        check first asks one quick C-level question ("is everything fine?")
        and runs the loop that names each problem only when the answer is
        no, so a valid cohort pays a few passes over its columns.
        ``quick=False`` runs every naming loop, which finds the same
        problems (the quick tests are exact, not heuristics).
        """
        if self.end < self.start:
            yield Problem(
                path="end",
                message=f"{self.end.isoformat()} is before start {self.start.isoformat()}; "
                "expected a date on or after the start",
                value=self.end,
            )
        yield from v.check_unique("trainees", [t.id for t in self.trainees])
        yield from v.check_unique("required_units", self.required_units, what="unit")
        yield from v.check_unique("sessions", [s.id for s in self.sessions])
        yield from v.check_unique("leave", self.leave.ids)
        yield from v.check_unique("overrides", [o.id for o in self.overrides])
        yield from self._session_problems()
        enrolled = {t.id for t in self.trainees}
        sessions = {s.id: s for s in self.sessions}
        if not (quick and _attendance_fine(self.attendance, enrolled, sessions)):
            yield from self._attendance_problems(enrolled, sessions)
        if not (quick and _leave_fine(self.leave, enrolled, sessions)):
            yield from self._leave_problems(enrolled, sessions)
        about_trainees: tuple[tuple[str, Sequence[_AboutATrainee]], ...] = (
            ("submissions", self.submissions),
            ("scores", self.scores),
            ("overrides", self.overrides),
            ("committee", self.committee),
            ("responses", self.responses),
        )
        for field, items in about_trainees:
            if not (quick and enrolled.issuperset(_trainees_of(items))):
                yield from _trainee_problems(field, items, enrolled)
        if not (quick and enrolled.issuperset(self.speakers)):
            for index, speaker in enumerate(self.speakers):
                yield from _dangling(f"speakers[{index}]", speaker, enrolled, "trainee")
        members = [member for group in self.study_groups for member in group.members]
        if not (quick and enrolled.issuperset(members)):
            for index, group in enumerate(self.study_groups):
                for j, member_id in enumerate(group.members):
                    yield from _dangling(
                        f"study_groups[{index}].members[{j}]", member_id, enrolled, "trainee"
                    )
        yield from self._scheme_problems(quick=quick)

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

    def _leave_problems(
        self, enrolled: set[str], sessions: dict[str, Session]
    ) -> Iterator[Problem]:
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

    def _scheme_problems(self, *, quick: bool) -> Iterator[Problem]:
        scheme = self.programme.scheme
        if scheme is None:
            return
        components = {c.code: c for c in scheme.components}
        if not (quick and components.keys() >= set(self.scores.component_ids)):
            for index, score in enumerate(self.scores):
                if score.component not in components:
                    yield from _dangling(
                        f"scores[{index}].component",
                        score.component,
                        components,
                        "assessment component",
                    )
        yield from _above_maximum(self.scores, components)
        instruments = {i.id for i in scheme.instruments}
        if not (quick and instruments.issuperset([r.instrument for r in self.responses])):
            for index, response in enumerate(self.responses):
                yield from _dangling(
                    f"responses[{index}].instrument",
                    response.instrument,
                    instruments,
                    "instrument",
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


def _attendance_fine(
    table: AttendanceTable, enrolled: set[str], sessions: dict[str, Session]
) -> bool:
    """Whether every record is about an enrolled trainee at a known session, once per pair,
    and attended no longer than the session lasted.

    Set operations over the distinct ids and array operations over the code
    columns; the loop that names each problem runs only when this says no.
    """
    if not (enrolled.issuperset(table.trainee_ids) and sessions.keys() >= set(table.session_ids)):
        return False
    count = len(table)
    known = len(table.session_ids)
    pairs = table.trainee_codes.astype(np.int64) * known + table.session_codes
    if len(table.trainee_ids) * known <= 4 * count + 1024:  # one pass, no sort
        once = not count or int(np.bincount(pairs).max()) <= 1
    else:
        once = len(np.unique(pairs)) == count
    if not once:
        return False
    longest = 2**63 - 1  # no record holds more minutes (see AttendanceTable)
    lengths = np.array(
        [min(sessions[s].minutes, longest) for s in table.session_ids], dtype=np.int64
    )
    return bool((table.minutes <= lengths[table.session_codes]).all())


def _leave_fine(table: LeaveTable, enrolled: set[str], sessions: dict[str, Session]) -> bool:
    """Whether every leave request is by an enrolled trainee and names only known sessions."""
    return enrolled.issuperset(table.trainee_ids) and sessions.keys() >= set(table.session_ids)


def _trainees_of(items: Sequence[_AboutATrainee]) -> Iterable[str]:
    """The trainee ids ``items`` are about (a table's distinct ids, read off its column)."""
    if isinstance(items, RecordTable):
        return items.trainee_ids
    return [item.trainee for item in items]


def _trainee_problems(
    field: str, items: Iterable[_AboutATrainee], enrolled: set[str]
) -> Iterator[Problem]:
    """A problem for each item of ``field`` whose trainee is not enrolled."""
    for index, item in enumerate(items):
        if item.trainee not in enrolled:
            yield from _dangling(f"{field}[{index}].trainee", item.trainee, enrolled, "trainee")


def _dangling(path: str, value: str, known: object, what: str) -> Iterator[Problem]:
    if value not in known:  # type: ignore[operator]
        yield Problem(
            path=path,
            message=f"{value!r} is not a known {what}; expected the id of an existing {what}",
            value=value,
        )
