"""What the fast path knows about a class: each field's shape, and the msgspec Struct mirroring it.

A field's *shape* says how its JSON becomes its value: as itself (``str``,
``int``, ``bool``, ``date``, enum members: msgspec reads these strictly, in
C), as a string parsed by the default path's own reader (``Decimal``,
``Fraction``, ``time``), as a nested object, as ``X | None``, or as a tuple.
A class is planned only when its JSON is its fields (the default path's
generated writer writes it), its slots are exactly its fields and nothing
runs before ``__init__``; any other class, and any class holding one,
raises :class:`Unsupported` and stays on the default path.
"""

from __future__ import annotations

import datetime as dt
import functools
import keyword
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from cadretrain.model import _validators
from cadretrain.model._labelled import LabelledEnum
from cadretrain.serialization.converter import make_converter
from cadretrain.serialization.documents import DocumentType, document_type
from cadretrain.serialization.generated import _compile
from cadretrain.serialization.scalars import dump_time, read_decimal, read_fraction, read_time
from cadretrain.serialization.values import is_pairs, optional_inner

__all__ = [
    "AsIs",
    "AsText",
    "ClassPlan",
    "FieldPlan",
    "Many",
    "Nested",
    "Optional",
    "Shape",
    "Unsupported",
    "column_reader",
    "plan_of",
]


class Unsupported(Exception):  # noqa: N818 (internal: this class stays on the default path)
    """The class (or a class it holds) has no fast plan."""


@attrs.frozen
class AsIs:
    """A value msgspec reads as itself: str, int, bool, date or an enum member."""


@attrs.frozen
class AsText:
    """A value written as a string, which ``read`` (the default path's own reader) parses.

    ``write`` gives the string the default path writes, or is ``None`` where
    msgspec writes the value so itself (a ``Decimal``: its ``str``).
    """

    read: Callable[[str], Any]
    write: Callable[[Any], str] | None


@attrs.frozen
class Nested:
    """A nested object of a planned class."""

    plan: ClassPlan = attrs.field(eq=False, repr=False)


@attrs.frozen
class Optional:
    """``X | None``."""

    inner: Shape


@attrs.frozen
class Many:
    """``tuple[X, ...]``."""

    inner: Shape


Shape = AsIs | AsText | Nested | Optional | Many

_AS_IS = (str, int, bool, dt.date)
_AS_TEXT = {
    Decimal: AsText(read_decimal, None),
    Fraction: AsText(read_fraction, str),
    dt.time: AsText(read_time, dump_time),
}


Column = Callable[[Sequence[Any]], list[Any]]
LookedUp = Callable[[Sequence[Any], Mapping[Any, Any]], list[Any]]


@functools.cache
def column_reader(name: str) -> tuple[Column, LookedUp]:
    """Functions giving field ``name`` of each Struct, as it is and as looked up in a mapping.

    Generated list comprehensions: in bytecode, reading a Struct's field
    (and subscripting a dict) is specialised, about twice as fast per item
    as ``map`` over an ``attrgetter`` (and a ``__getitem__``).
    """
    if not name.isidentifier() or keyword.iskeyword(name):
        raise Unsupported(name)
    column = f"def column_{name}(structs):\n    return [s.{name} for s in structs]\n"
    looked_up = (
        f"def looked_up_{name}(structs, known):\n    return [known[s.{name}] for s in structs]\n"
    )
    return (
        _compile(f"column_{name}", column, {}),
        _compile(f"looked_up_{name}", looked_up, {}),
    )


@attrs.define(eq=False)
class FieldPlan:
    """One field: how to read, set and check it, and its shape."""

    attribute: attrs.Attribute[Any]
    shape: Shape
    column: Column
    """The field's values in a list of mirror Structs (:func:`column_reader`)."""
    looked_up: LookedUp
    """Those values looked up in a mapping (raising ``KeyError`` for one not in it)."""
    set: Callable[[Any, Any], None]
    memo_key: tuple[object, object] | None
    """Set for a pure validator on a field of indistinguishable equal values (:func:`_pure`):
    fields with equal keys share the values already accepted in one load."""
    singletons: tuple[object, ...] | None
    """For enum members (or ``None``), equal only when identical: every value msgspec can read."""
    text: bool
    """Whether the values are strings (or ``None``), which one load shares."""
    parse_key: tuple[object, object] | None
    """Set for a pure validator on a field written as a string (or ``None``) that is parsed:
    one parse and one verdict per distinct string in one load."""
    fills_default: bool = attrs.field(init=False, default=False)
    """Whether a left-out key reads as ``UNSET``, for the builder to fill in (see ``_read_default``)."""
    factory: Callable[[Any], Any] | None = attrs.field(init=False)
    """For a factory default, its value for an object (``__init__`` passes the object so far)."""

    def __attrs_post_init__(self) -> None:
        default: Any = self.attribute.default
        if not isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            self.factory = None
        elif default.takes_self:
            self.factory = default.factory
        else:
            make = default.factory
            self.factory = lambda _obj: make()


@attrs.define(eq=False)
class ClassPlan:
    """A class's fields and its post-init hook."""

    cls: type
    fields: list[FieldPlan]
    post_init: Callable[[Any], None] | None


def _pure(validator: object) -> bool:
    """Whether ``validator`` judges the value alone, so one verdict holds for every equal value.

    True for the model's own validators (``cadretrain.model._validators``:
    each refuses a value whatever the instance, and tests hold them to it)
    and closures over them; any other validator runs once per object.
    """
    if getattr(validator, "__module__", None) != _validators.__name__:
        return False
    cells = getattr(validator, "__closure__", None) or ()
    return all(
        _pure(cell.cell_contents)
        for cell in cells
        if callable(cell.cell_contents) and not isinstance(cell.cell_contents, type)
    )


def _as_is_only(shape: Shape) -> bool:
    """Whether equal values of ``shape`` are indistinguishable (str, int, date, enum, None, tuples)."""
    if isinstance(shape, Optional | Many):
        return _as_is_only(shape.inner)
    return isinstance(shape, AsIs)


@functools.cache
def _written_by_fields(cls: type) -> bool:
    """Whether the default path writes ``cls`` with its generated field-by-field writer."""
    hook = make_converter(detailed=False).get_unstructure_hook(cls)
    code = getattr(hook, "__code__", None)
    return code is not None and code.co_filename.startswith("<cadretrain generated write_")


class Planner:
    """Plans classes, each once (the Structs are defined by :func:`plan_of`)."""

    def __init__(self) -> None:
        self.plans: dict[type, ClassPlan] = {}

    def shape(self, tp: Any) -> Shape:
        """The shape of a field annotated ``tp``."""
        if tp in _AS_IS or (isinstance(tp, type) and issubclass(tp, LabelledEnum)):
            return AsIs()
        if tp in _AS_TEXT:
            return _AS_TEXT[tp]
        inner = optional_inner(tp)
        if inner is not None:
            return Optional(self.shape(inner))
        if typing.get_origin(tp) is tuple and not is_pairs(tp):
            args = typing.get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                return Many(self.shape(args[0]))
        if isinstance(tp, type) and attrs.has(tp):
            return Nested(self.plan(tp))
        raise Unsupported(repr(tp))

    def plan(self, cls: type) -> ClassPlan:
        """The plan of ``cls``, or :class:`Unsupported`."""
        if cls in self.plans:
            return self.plans[cls]
        if not _written_by_fields(cls) or hasattr(cls, "__attrs_pre_init__"):
            raise Unsupported(cls.__name__)
        fields = attrs.fields(cls)
        slots = {s for k in cls.__mro__ for s in getattr(k, "__slots__", ())} - {"__weakref__"}
        if slots != {f.name for f in fields}:
            raise Unsupported(cls.__name__)
        plan = ClassPlan(cls, [], getattr(cls, "__attrs_post_init__", None))
        self.plans[cls] = plan
        try:
            hints = typing.get_type_hints(cls)
            for field in fields:
                slot = getattr(cls, field.name)
                if not isinstance(slot, types.MemberDescriptorType):
                    raise Unsupported(f"{cls.__name__}.{field.name}")
                shape = self.shape(hints[field.name])
                pure = field.validator is not None and _pure(field.validator)
                key = (field.validator, hints[field.name]) if pure and _as_is_only(shape) else None
                parsed = isinstance(shape, AsText) or (
                    isinstance(shape, Optional) and isinstance(shape.inner, AsText)
                )
                parse_key = (field.validator, hints[field.name]) if pure and parsed else None
                tp = optional_inner(hints[field.name]) or hints[field.name]
                singletons = None
                if isinstance(tp, type) and issubclass(tp, LabelledEnum):
                    singletons = (*tp, None) if isinstance(shape, Optional) else tuple(tp)
                text = tp is str
                column, looked_up = column_reader(field.name)
                plan.fields.append(
                    FieldPlan(
                        field,
                        shape,
                        column,
                        looked_up,
                        slot.__set__,
                        key,
                        singletons,
                        text,
                        parse_key,
                    )
                )
        except Exception:
            del self.plans[cls]
            raise
        return plan


def _read_type(shape: Shape, tp: Any, readers: dict[type, Any]) -> Any:
    """The annotation msgspec reads a field of ``shape`` (annotated ``tp``) with."""
    if isinstance(shape, AsIs):
        return tp
    if isinstance(shape, AsText):
        return str
    if isinstance(shape, Nested):
        return _reader(shape.plan, readers, None)
    if isinstance(shape, Optional):
        return _read_type(shape.inner, optional_inner(tp), readers) | None
    item = _read_type(shape.inner, typing.get_args(tp)[0], readers)
    return tuple[item, ...]  # type: ignore[valid-type]


def _read_default(field: FieldPlan, unset: object) -> object:
    """What a left-out key decodes to: the field's default where it needs no reading, else ``unset``.

    The builder puts the default in for ``unset`` (a factory's, or one
    that must be read from its JSON form); any other default is the very
    value ``__init__`` would use. The reader Struct omits a field holding
    that very object when it writes itself back, so text that left the key
    out is still written back byte for byte (text that wrote a default out
    loads through the default path, as any text not written so).
    """
    default = field.attribute.default
    if default is None:
        return None  # every shape keeps None as it is
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return unset
    if isinstance(field.shape, Many) and type(default) is tuple and not default:
        return default
    if _as_is_only(field.shape) and type(default) in (str, int, bool, tuple, dt.date):
        return default
    if isinstance(default, LabelledEnum) and _as_is_only(field.shape):
        return default
    return unset


def _reader(plan: ClassPlan, readers: dict[type, Any], doc: DocumentType | None) -> Any:
    """The Struct msgspec decodes ``plan``'s class into (strict; see :func:`_read_default`)."""
    import msgspec

    if doc is None and plan.cls in readers:
        return readers[plan.cls]
    hints = typing.get_type_hints(plan.cls)
    fields: list[Any] = [] if doc is None else [("schema", str), ("version", int)]
    for field in plan.fields:
        name = field.attribute.name
        tp = _read_type(field.shape, hints[name], readers)
        if field.attribute.default is attrs.NOTHING:
            fields.append((name, tp))
            continue
        default = _read_default(field, msgspec.UNSET)
        field.fills_default = default is msgspec.UNSET
        fields.append((name, tp | msgspec.UnsetType if default is msgspec.UNSET else tp, default))
    struct = msgspec.defstruct(
        f"Read{plan.cls.__name__}",
        fields,
        kw_only=True,
        forbid_unknown_fields=True,
        omit_defaults=True,
        gc=False,  # they hold no cycles: the collector need not track them
    )
    if doc is None:
        readers[plan.cls] = struct
    return struct


@functools.cache
def plan_of(cls: type) -> tuple[ClassPlan, Any]:
    """``cls``'s plan and the Struct msgspec reads it into (with the envelope for a document).

    Raises :class:`Unsupported` when ``cls`` stays on the default path.
    """
    return (root := Planner().plan(cls)), _reader(root, {}, document_type(cls))
