"""The one JSON reader behind ``from_json``: msgspec Structs, then objects and table columns.

For each class it can read, :func:`plan` declares msgspec Structs that
mirror the attrs classes field for field (``gc=False``: they hold no
cycles) and strictly: unknown keys, wrong JSON types and missing keys are
refused in C. Dates, times, decimals, fractions and enum members arrive as
strings and are parsed by the same functions the detailed converter uses.
A cohort's attendance, leave, submissions and scores go straight into the
columns of their tables (:mod:`cadretrain.model.tables`): ids and other
repeated strings are interned, each distinct date or score text parsed
once, and each column checked once; every other object is made by its own
constructor, so every validator and cross-check runs.

msgspec keeps the last of a key repeated in one object, which the careful
parser refuses; so the Structs are written back (in C) and compared with
the text. Text ``to_json`` wrote, compact or indented, always matches.
Other text is parsed once more, by the careful parser
(:func:`~.codec.decode`), which reports a repeated key; without one, the
Structs hold the whole document and are used.

:func:`read` returns ``None`` when the reader has no plan for the class or
anything at all fails; the caller then reads the document with the
detailed converter, which reports every problem with its path. A document
is parsed at most twice: once by msgspec, once by the careful parser.
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from types import MappingProxyType
from typing import Any

import attrs
import msgspec
import numpy as np

from cadretrain.model import _columns
from cadretrain.model._labelled import LabelledEnum
from cadretrain.model.cohort_events import AttendanceRecord, LeaveRequest, Score, Submission
from cadretrain.model.enums import (
    AttendanceStatus,
    LeaveReason,
    LeaveStatus,
    ReviewState,
    SubmissionKind,
)
from cadretrain.model.tables import (
    AttendanceTable,
    LeaveTable,
    RecordTable,
    ScoreTable,
    SubmissionTable,
)
from cadretrain.serialization.documents import document_type
from cadretrain.serialization.scalars import (
    read_date,
    read_decimal,
    read_fraction,
    read_time,
)
from cadretrain.serialization.values import is_pairs, optional_inner

__all__ = ["Plan", "canonical", "plan", "table_data", "table_structs"]

Convert = Callable[[Any], Any]
_AS_IS = (str, int, bool)
_PARSED: Mapping[object, Convert] = MappingProxyType(
    {
        dt.date: read_date,
        dt.time: read_time,
        Decimal: read_decimal,
        Fraction: read_fraction,
    }
)


class Unsupported(Exception):  # noqa: N818 (internal: the class is read by the detailed converter)
    """The class, or a class it holds, has no msgspec plan."""


@attrs.frozen
class Plan:
    """How to read one top-level class: msgspec's decoder and encoder, and the builder."""

    decode: Callable[[bytes], Any]
    encode: Callable[[Any], bytes]
    build: Convert
    tag: str | None
    version: int


class _Planner:
    """Declares the Structs of one top-level class and the functions turning them into objects."""

    def __init__(self) -> None:
        self.readers: dict[type, tuple[type, Convert]] = {}

    def field(self, tp: Any) -> tuple[Any, Convert | None]:
        """The type msgspec reads a field of ``tp`` as, and the conversion (``None``: as is)."""
        if tp in _AS_IS:
            return tp, None
        if tp in _PARSED:
            return str, _PARSED[tp]
        if isinstance(tp, type) and issubclass(tp, LabelledEnum):
            return tp, None  # msgspec looks the member up by its value, in C
        inner = optional_inner(tp)
        if inner is not None:
            read, convert = self.field(inner)
            if convert is None:
                return read | None, None
            inner_convert = convert
            return read | None, lambda value: None if value is None else inner_convert(value)
        if typing.get_origin(tp) is tuple and not is_pairs(tp):
            args = typing.get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                read, convert = self.field(args[0])
                if convert is None:
                    return tuple[read, ...], None  # type: ignore[valid-type]
                item = convert
                return tuple[read, ...], lambda values: tuple(map(item, values))  # type: ignore[valid-type]
        if isinstance(tp, type) and issubclass(tp, RecordTable):
            struct = self.record_struct(tp.record_type)
            return tuple[struct, ...], _TABLE_BUILDERS[tp]  # type: ignore[valid-type]
        if isinstance(tp, type) and attrs.has(tp):
            return self.reader(tp)
        raise Unsupported(repr(tp))

    def record_struct(self, cls: type) -> type:
        """The Struct of a record held in a table: every value as msgspec reads its JSON."""
        return self.struct(cls, None)[0]

    def reader(self, cls: type) -> tuple[type, Convert]:
        if cls not in self.readers:
            self.readers[cls] = self.struct(cls, None)
        return self.readers[cls]

    def struct(
        self, cls: type, envelope: str | None, *, positional: bool = False
    ) -> tuple[type, Convert]:
        """``cls``'s Struct (with ``schema`` and ``version`` when a document) and its builder."""
        if hasattr(cls, "__attrs_pre_init__"):
            raise Unsupported(cls.__name__)
        hints = typing.get_type_hints(cls)
        fields: list[Any] = [("schema", str), ("version", int)] if envelope else []
        converts: list[tuple[str, Convert | None, bool]] = []
        for attribute in attrs.fields(cls):
            if not attribute.init or attribute.alias != attribute.name:
                raise Unsupported(f"{cls.__name__}.{attribute.name}")
            name = attribute.name
            read, convert = self.field(hints[name])
            if attribute.default is attrs.NOTHING:
                converts.append((name, convert, False))
                fields.append((name, read))
                continue
            default = _json_default(attribute.default)
            converts.append((name, convert, default is msgspec.UNSET))
            fields.append(
                (name, read | msgspec.UnsetType if default is msgspec.UNSET else read, default)
            )
        struct = msgspec.defstruct(
            f"Read{cls.__name__}",
            fields,
            kw_only=not positional,
            forbid_unknown_fields=True,
            omit_defaults=True,
            gc=False,
        )
        return struct, _builder(cls, tuple(converts))


def _json_default(default: object) -> object:
    """A default as msgspec holds it when the key is left out, or ``UNSET`` (the class's own).

    Only JSON-simple defaults are mirrored, so msgspec leaves out exactly
    the fields ``to_json`` leaves out when it writes the Structs back.
    """
    if default is None or type(default) in (str, int, bool):
        return default
    if isinstance(default, LabelledEnum):
        return default
    if type(default) is tuple and not default:
        return ()
    return msgspec.UNSET


def _builder(cls: type, converts: tuple[tuple[str, Convert | None, bool], ...]) -> Convert:
    """A function making a ``cls`` from its Struct, by its constructor (every check runs).

    Generated once per class from its field names, as attrs generates
    ``__init__``: each value is converted where it needs it, and a field
    whose key was left out (``UNSET``) is left to the class's own default.
    """
    namespace: dict[str, Any] = {"cls": cls, "unset": msgspec.UNSET}
    lines, arguments = [], []
    for name, convert, may_be_unset in converts:
        value = f"s.{name}"
        if convert is not None:
            namespace[f"c_{name}"] = convert
            value = f"c_{name}(s.{name})"
        if may_be_unset:
            lines.append(f"    if s.{name} is not unset: kw[{name!r}] = {value}")
        else:
            arguments.append(f"{name}={value}")
    arguments.append("**kw")
    source = (
        "def build(s):\n    kw = {}\n"
        + "".join(line + "\n" for line in lines)
        + f"    return cls({', '.join(arguments)})\n"
    )
    exec(compile(source, f"<cadretrain reader {cls.__name__}>", "exec"), namespace)
    return namespace["build"]  # type: ignore[no-any-return]


def _listcomp(name: str) -> Callable[[Sequence[Any]], list[Any]]:
    """A function giving field ``name`` of each Struct: a list comprehension, which reads a
    Struct's slot about twice as fast as ``map`` over an ``attrgetter``."""
    namespace: dict[str, Any] = {}
    source = f"def read(structs):\n    return [s.{name} for s in structs]\n"
    exec(compile(source, f"<cadretrain reader .{name}>", "exec"), namespace)
    return namespace["read"]  # type: ignore[no-any-return]


_FIELD_READERS: Mapping[str, Callable[[Sequence[Any]], list[Any]]] = MappingProxyType(
    {
        field.name: _listcomp(field.name)
        for record in (AttendanceRecord, LeaveRequest, Submission, Score)
        for field in attrs.fields(record)
    }
)


@functools.cache
def plan(cls: type) -> Plan | None:
    """The plan reading ``cls``, or ``None`` when the detailed converter reads it."""
    doc = document_type(cls)
    try:
        struct, build = _Planner().struct(cls, None if doc is None else doc.tag)
    except (Unsupported, RecursionError):  # e.g. a rule tree, or a class holding itself
        return None
    encoder = msgspec.json.Encoder()
    return Plan(
        decode=msgspec.json.Decoder(struct).decode,
        encode=encoder.encode,
        build=build,
        tag=None if doc is None else doc.tag,
        version=0 if doc is None else doc.version,
    )


def canonical(plan: Plan, struct: Any, raw: bytes) -> bool:
    """Whether ``struct`` written back is ``raw`` (compact, or indented by two spaces)."""
    written = plan.encode(struct)
    if raw[1:2] == b"\n":
        written = msgspec.json.format(written, indent=2)
    return written == raw


# -- record columns ---------------------------------------------------------


CHUNK = 4096
"""Records read per pass: each pass over a chunk's Structs finds them still in the CPU's cache."""


class _Interner:
    """One load's distinct values of one column, in first-seen order, and their codes."""

    def __init__(self) -> None:
        self.index: dict[Any, int] = {}
        self.growing = True
        """Whether the last chunk held new values (ids of new trainees do, session ids soon not)."""

    def codes(self, values: list[Any]) -> list[int]:
        index = self.index
        if not self.growing:  # every value known, as a rule: one lookup each
            codes: list[Any] = list(map(index.get, values))
            if None not in codes:
                return codes
        size = len(index)
        for value in dict.fromkeys(values):  # a chunk's few distinct values
            if value not in index:
                index[value] = len(index)
        self.growing = len(index) > size
        return list(map(index.__getitem__, values))

    def distinct(self) -> tuple[Any, ...]:
        return tuple(self.index)

    def column(self, codes: list[int]) -> np.ndarray[Any, Any]:
        return np.array(codes, dtype=np.int32)


def _gather(structs: Sequence[Any], fields: dict[str, _Interner | None]) -> dict[str, list[Any]]:
    """Each field's values (or codes, where interned) over ``structs``, a chunk at a time."""
    getters = {name: _FIELD_READERS[name] for name in fields}
    out: dict[str, list[Any]] = {name: [] for name in fields}
    for start in range(0, len(structs), CHUNK):
        chunk = structs[start : start + CHUNK]
        for name, interner in fields.items():
            values = getters[name](chunk)
            out[name] += values if interner is None else interner.codes(values)
    return out


def _enum_column(members: list[LabelledEnum], cls: type[LabelledEnum]) -> np.ndarray[Any, Any]:
    """Codes into ``tuple(cls)`` of the members msgspec read."""
    index = {member: code for code, member in enumerate(cls)}
    return np.fromiter(map(index.__getitem__, members), dtype=np.int8, count=len(members))


def _date_column(dates: _Interner, codes: list[int]) -> np.ndarray[Any, Any]:
    """Ordinals (-1 for ``None``), each distinct text parsed once by the detailed reader's rule."""
    ordinals = [-1 if v is None else read_date(v).toordinal() for v in dates.distinct()]
    return np.array(ordinals, dtype=np.int32)[np.array(codes, dtype=np.intp)]


def _attendance(structs: tuple[Any, ...]) -> AttendanceTable:
    trainees, sessions = _Interner(), _Interner()
    columns = _gather(
        structs, {"trainee": trainees, "session": sessions, "status": None, "minutes": None}
    )
    return AttendanceTable.from_columns(
        trainee_ids=trainees.distinct(),
        trainee_codes=trainees.column(columns["trainee"]),
        session_ids=sessions.distinct(),
        session_codes=sessions.column(columns["session"]),
        status_codes=_enum_column(columns["status"], AttendanceStatus),
        minutes=np.array([-1 if m is None else m for m in columns["minutes"]], dtype=np.int64),
    )


def _leave(structs: tuple[Any, ...]) -> LeaveTable:
    trainees, sessions, firsts, lasts = _Interner(), _Interner(), _Interner(), _Interner()
    columns = _gather(
        structs,
        {
            "id": None,
            "trainee": trainees,
            "reason": None,
            "status": None,
            "sessions": None,
            "first_day": firsts,
            "last_day": lasts,
            "approver": None,
        },
    )
    named = columns["sessions"]
    session_codes = sessions.column(sessions.codes([x for group in named for x in group]))
    return LeaveTable.from_columns(
        ids=columns["id"],
        trainee_ids=trainees.distinct(),
        trainee_codes=trainees.column(columns["trainee"]),
        reason_codes=_enum_column(columns["reason"], LeaveReason),
        status_codes=_enum_column(columns["status"], LeaveStatus),
        session_ids=sessions.distinct(),
        session_codes=session_codes,
        session_offsets=np.cumsum([0, *map(len, named)], dtype=np.int64),
        first_days=_date_column(firsts, columns["first_day"]),
        last_days=_date_column(lasts, columns["last_day"]),
        approvers=columns["approver"],
    )


def _submissions(structs: tuple[Any, ...]) -> SubmissionTable:
    trainees, dates = _Interner(), _Interner()
    columns = _gather(
        structs,
        {"trainee": trainees, "kind": None, "submitted_on": dates, "review": None, "title": None},
    )
    return SubmissionTable.from_columns(
        trainee_ids=trainees.distinct(),
        trainee_codes=trainees.column(columns["trainee"]),
        kind_codes=_enum_column(columns["kind"], SubmissionKind),
        submitted_on=_date_column(dates, columns["submitted_on"]),
        review_codes=_enum_column(columns["review"], ReviewState),
        titles=columns["title"],
    )


def _scores(structs: tuple[Any, ...]) -> ScoreTable:
    trainees, components, values, dates = _Interner(), _Interner(), _Interner(), _Interner()
    columns = _gather(
        structs, {"trainee": trainees, "component": components, "value": values, "on": dates}
    )
    return ScoreTable.from_columns(
        trainee_ids=trainees.distinct(),
        trainee_codes=trainees.column(columns["trainee"]),
        component_ids=components.distinct(),
        component_codes=components.column(columns["component"]),
        values=tuple(map(read_decimal, values.distinct())),  # each text as written, parsed once
        value_codes=values.column(columns["value"]),
        on=_date_column(dates, columns["on"]),
    )


_TABLE_BUILDERS: Mapping[type, Convert] = MappingProxyType(
    {
        AttendanceTable: _attendance,
        LeaveTable: _leave,
        SubmissionTable: _submissions,
        ScoreTable: _scores,
    }
)


# -- writing record columns -------------------------------------------------


@functools.cache
def _row_struct(cls: type) -> type:
    """A positional Struct of ``cls``'s JSON values, leaving out what ``to_json`` leaves out."""
    return _Planner().struct(cls, None, positional=True)[0]


def _values(values: Sequence[Any], codes: np.ndarray[Any, Any]) -> list[Any]:
    return list(map(values.__getitem__, codes.tolist()))


def _enum_values(cls: type[LabelledEnum], codes: np.ndarray[Any, Any]) -> list[Any]:
    return _values(list(cls), codes)  # members: left out where they equal the default


def _date_values(ordinals: np.ndarray[Any, Any]) -> list[str | None]:
    distinct, codes = _columns.intern(ordinals.tolist())
    texts = [None if o < 0 else dt.date.fromordinal(o).isoformat() for o in distinct]
    return _values(texts, codes)


def _row_values(table: RecordTable[Any]) -> list[list[Any]]:
    """The JSON value of each field of each record, a column per field."""
    if isinstance(table, AttendanceTable):
        minutes = table.minutes.tolist()
        return [
            _values(table.trainee_ids, table.trainee_codes),
            _values(table.session_ids, table.session_codes),
            _enum_values(AttendanceStatus, table.status_codes),
            [None if m < 0 else m for m in minutes],
        ]
    if isinstance(table, LeaveTable):
        offsets = table.session_offsets.tolist()
        named = _values(table.session_ids, table.session_codes)
        return [
            list(table.ids),
            _values(table.trainee_ids, table.trainee_codes),
            _enum_values(LeaveReason, table.reason_codes),
            _enum_values(LeaveStatus, table.status_codes),
            [named[a:b] or () for a, b in pairwise(offsets)],  # (): left out, as the default
            _date_values(table.first_days),
            _date_values(table.last_days),
            list(table.approvers),
        ]
    if isinstance(table, SubmissionTable):
        return [
            _values(table.trainee_ids, table.trainee_codes),
            _enum_values(SubmissionKind, table.kind_codes),
            _date_values(table.submitted_on),
            _enum_values(ReviewState, table.review_codes),
            list(table.titles),
        ]
    assert isinstance(table, ScoreTable)
    return [
        _values(table.trainee_ids, table.trainee_codes),
        _values(table.component_ids, table.component_codes),
        _values([str(value) for value in table.values], table.value_codes),
        _date_values(table.on),
    ]


def table_structs(table: RecordTable[Any]) -> list[Any]:
    """``table``'s records as Structs that msgspec writes as the record writer writes each."""
    return list(map(_row_struct(table.record_type), *_row_values(table)))


def table_data(table: RecordTable[Any]) -> list[dict[str, Any]]:
    """``table``'s records as JSON data, as the record writer writes each (in C)."""
    return msgspec.to_builtins(table_structs(table))  # type: ignore[no-any-return]
