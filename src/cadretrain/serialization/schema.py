"""JSON Schema 2020-12 for the JSON of any cadretrain type, generated from its fields.

The schema is read off the attrs fields and their type hints, with the
same patterns the loader uses (:mod:`.scalars`): enums as ``enum``, dates
as ``format: date``, rule nodes as ``oneOf`` with a ``const`` ``kind``,
exact rule values as one-key objects. Keys a field's default fills in are
optional; every other key is required, and no other key is allowed.

Cross-references (a session's module, an attendance record's trainee) and
other invariants the constructors check are beyond JSON Schema; the
loader reports them.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import typing
from decimal import Decimal
from fractions import Fraction
from functools import partial
from typing import Any

import attrs

from cadretrain.model._validators import INT_BOUNDS
from cadretrain.model.tables import RecordTable
from cadretrain.rules.nodes import Rule
from cadretrain.rules.values import EvidenceValue, ParamValue
from cadretrain.serialization.documents import document_type
from cadretrain.serialization.rules import KINDS, NODE_FIELDS
from cadretrain.serialization.scalars import (
    DATE_PATTERN,
    DECIMAL_PATTERN,
    FRACTION_PATTERN,
    TIME_PATTERN,
)
from cadretrain.serialization.values import TAGS, is_pairs, is_value_union, union_args

__all__ = ["DIALECT", "json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_SCALARS: dict[object, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    Fraction: {"type": "string", "pattern": f"^{FRACTION_PATTERN}$"},
    Decimal: {"type": "string", "pattern": f"^{DECIMAL_PATTERN}$"},
    dt.date: {"type": "string", "format": "date", "pattern": f"^{DATE_PATTERN}$"},
    dt.time: {"type": "string", "pattern": f"^{TIME_PATTERN}$"},
}
_VALUE_NAMES: tuple[tuple[object, str], ...] = (
    (ParamValue, "ParamValue"),
    (ParamValue | None, "ParamValueOrNull"),
    (EvidenceValue, "EvidenceValue"),
)


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (2020-12) of ``cls``'s JSON; a document's includes its envelope.

    >>> from cadretrain import Place
    >>> json_schema(Place)["required"], json_schema(Place)["properties"]["county"]
    (['province'], {'type': 'string'})
    """
    builder = _Builder()
    root = builder.object(cls) if attrs.has(cls) else builder.of(cls)
    doc = document_type(cls)
    schema: dict[str, Any] = {"$schema": DIALECT}
    if doc is not None:
        root["properties"] = {
            "schema": {"const": doc.tag},
            "version": {"const": doc.version},
            **root["properties"],
        }
        root["required"] = ["schema", "version", *root["required"]]
    schema.update(root)
    if builder.defs:
        schema["$defs"] = dict(sorted(builder.defs.items()))
    return schema


def _summary(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.split("\n\n", 1)[0].replace("\n", " ")


class _Builder:
    """Collects ``$defs`` while turning types into schemas."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, name: str, make: typing.Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {}  # reserve first: definitions may be recursive
            self.defs[name] = make()
        return {"$ref": f"#/$defs/{name}"}

    def of(self, tp: Any) -> dict[str, Any]:
        if tp in _SCALARS:
            return dict(_SCALARS[tp])
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.ref(tp.__name__, lambda: self.enum(tp))
        if tp == Rule or tp in KINDS:
            return self.ref("Rule", self.rule)
        if is_value_union(tp):
            return self.value_union(tp)
        args = union_args(tp)
        if args:
            return {"anyOf": [self.of(arg) for arg in args]}
        if is_pairs(tp):
            value_type = typing.get_args(typing.get_args(tp)[0])[1]
            return {"type": "object", "additionalProperties": self.of(value_type)}
        if typing.get_origin(tp) is tuple:
            return {"type": "array", "items": self.of(typing.get_args(tp)[0])}
        if isinstance(tp, type) and issubclass(tp, RecordTable):  # written as a list of records
            return {"type": "array", "items": self.of(tp.record_type)}
        if attrs.has(tp):
            return self.ref(tp.__name__, lambda: self.object(tp))
        raise TypeError(f"no JSON Schema for {tp!r}")

    def enum(self, cls: type[enum.Enum]) -> dict[str, Any]:
        return {
            "title": cls.__name__,
            "description": _summary(cls),
            "type": "string",
            "enum": [member.value for member in cls],
        }

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        fields = [field for field in attrs.fields(cls) if field.init]
        return {
            "title": cls.__name__,
            "description": _summary(cls),
            "type": "object",
            "properties": {field.name: self.field(field, hints[field.name]) for field in fields},
            "required": [field.name for field in fields if field.default is attrs.NOTHING],
            "additionalProperties": False,
        }

    def field(self, field: attrs.Attribute[Any], tp: Any) -> dict[str, Any]:
        """The schema of ``field``: its type's, with the bounds its validator sets on an int."""
        schema = self.of(tp)
        bounds = INT_BOUNDS.get(field.validator) if tp is int else None  # type: ignore[arg-type]
        if bounds is not None:
            schema["minimum"], schema["maximum"] = bounds
        return schema

    def value_union(self, tp: Any) -> dict[str, Any]:
        args = union_args(tp)
        choices: list[dict[str, Any]] = [
            dict(_SCALARS[arg]) for arg in (int, bool, str, type(None)) if arg in args
        ]
        if tuple[str, ...] in args:
            choices.append({"type": "array", "items": {"type": "string"}})
        choices += [
            {
                "type": "object",
                "properties": {tag: self.of(cls)},
                "required": [tag],
                "additionalProperties": False,
            }
            for tag, cls in TAGS.items()
            if cls in args
        ]
        name = next((name for alias, name in _VALUE_NAMES if alias == tp), None)
        schema = {"oneOf": choices}
        return schema if name is None else self.ref(name, lambda: schema)

    def rule(self) -> dict[str, Any]:
        return {"oneOf": [self.ref(cls.__name__, partial(self.node, cls)) for cls in KINDS]}

    def node(self, cls: type) -> dict[str, Any]:
        kinds: dict[str, dict[str, Any]] = {
            "children": {"type": "array", "items": {"$ref": "#/$defs/Rule"}},
            "child": {"$ref": "#/$defs/Rule"},
            "n": {"type": "integer", "minimum": 0},
            "rule_id": {"type": "string"},
            "params": self.of(tuple[tuple[str, ParamValue], ...]),
        }
        required, optional = NODE_FIELDS[cls]
        return {
            "title": cls.__name__,
            "description": _summary(cls),
            "type": "object",
            "properties": {
                "kind": {"const": KINDS[cls]},
                **{key: kinds[key] for key in (*required, *optional)},
            },
            "required": ["kind", *required],
            "additionalProperties": False,
        }
