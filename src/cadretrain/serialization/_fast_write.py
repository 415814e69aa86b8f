"""Write attrs objects as JSON through msgspec Structs, all the objects of a class at once.

For each planned class, a function is generated once that turns a list of
its objects into Structs mirroring them, in one list comprehension: each
field read as an attribute, turned into its JSON form where msgspec's own
differs (a ``time`` as ``HH:MM``, a ``Fraction`` as ``"n/d"``; strings,
numbers, dates, decimals and enum members msgspec writes as ``to_json``
does), and ``UNSET`` where the value equals its default, which msgspec
leaves out -- the test the default path's generated writer makes
(``value != default``, a factory's default computed for the object). A
``None`` default is the Struct's own, which msgspec leaves out when it
holds that very ``None``. Nested objects are written a class at a time
first, then put in place. msgspec writes the Structs in C, keys in field
order, Chinese unescaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from cadretrain.serialization._fast_build import flat, present, regroup
from cadretrain.serialization._fast_plan import (
    AsIs,
    AsText,
    ClassPlan,
    FieldPlan,
    Many,
    Nested,
    Optional,
    Shape,
)
from cadretrain.serialization.documents import DocumentType
from cadretrain.serialization.generated import _compile

__all__ = ["Writer"]

WriteAll = Callable[[Sequence[Any]], list[Any]]


class Writer:
    """Generates, once per planned class, the function writing its objects as Structs."""

    def __init__(self) -> None:
        self.functions: dict[tuple[type, DocumentType | None], WriteAll] = {}

    def document(self, plan: ClassPlan, doc: DocumentType | None, obj: object) -> Any:
        """The Struct msgspec writes ``obj`` from, inside the envelope for a document."""
        (struct,) = self.function(plan, doc)([obj])
        return struct

    def function(self, plan: ClassPlan, doc: DocumentType | None = None) -> WriteAll:
        """The function writing a list of ``plan.cls`` objects as Structs."""
        key = (plan.cls, doc)
        if key not in self.functions:
            self.functions[key] = self._generate(plan, doc)
        return self.functions[key]

    def _generate(self, plan: ClassPlan, doc: DocumentType | None) -> WriteAll:
        import msgspec

        fields: list[Any] = [] if doc is None else [("schema", str), ("version", int)]
        ns: dict[str, Any] = {"UNSET": msgspec.UNSET}
        arguments = [] if doc is None else [repr(doc.tag), repr(doc.version)]
        nested: list[str] = []
        for index, field in enumerate(plan.fields):
            default = None if field.attribute.default is None else msgspec.UNSET
            fields.append((field.attribute.name, Any, default))
            if _written_as_is(field.shape):
                value = f"o.{field.attribute.name}"
            elif isinstance(field.shape, AsText):
                ns[f"w{index}"] = field.shape.write
                value = f"w{index}(o.{field.attribute.name})"
            else:
                ns[f"c{index}"] = self._converter(field.shape)
                nested.append(f"n{index}")
                value = f"n{index}"
            arguments.append(_omitting(field, index, value, ns))
        ns["S"] = msgspec.defstruct(
            f"Write{plan.cls.__name__}", fields, omit_defaults=True, gc=False
        )
        name = f"fastwrite_{plan.cls.__name__}"
        lines = [f"def {name}(objects):"]
        for column in nested:
            lines.append(f"  {column}s = c{column[1:]}([o.{_name(plan, column)} for o in objects])")
        loop = "o in objects"
        if nested:
            loop = f"o, {', '.join(nested)} in zip(objects, {', '.join(c + 's' for c in nested)})"
        lines.append(f"  return [S({', '.join(arguments)}) for {loop}]")
        return _compile(name, "\n".join(lines) + "\n", ns)

    def _converter(self, shape: Shape) -> Callable[[Sequence[Any]], Sequence[Any]]:
        """The function turning a column of ``shape`` values into what msgspec writes."""
        if _written_as_is(shape):
            return lambda column: column
        if isinstance(shape, AsText):
            write = shape.write
            return lambda column: list(map(write, column))  # type: ignore[arg-type]
        if isinstance(shape, Nested):
            plan = shape.plan
            return lambda column: self.function(plan)(column)
        inner = self._converter(shape.inner)  # type: ignore[union-attr]
        if isinstance(shape, Optional):
            return lambda column: present(column, inner)
        assert isinstance(shape, Many)
        return lambda column: regroup(column, inner(flat(column)))


def _name(plan: ClassPlan, column: str) -> str:
    return plan.fields[int(column[1:])].attribute.name


def _omitting(field: FieldPlan, index: int, value: str, ns: dict[str, Any]) -> str:
    """``value``, or ``UNSET`` where the field equals its default, as the default path omits it."""
    default: Any = field.attribute.default
    if default is attrs.NOTHING or default is None:  # None: the Struct's default, left out
        return value
    attribute = f"o.{field.attribute.name}"
    if field.factory is None:
        ns[f"d{index}"] = default
        return f"({value} if {attribute} != d{index} else UNSET)"
    ns[f"f{index}"] = field.factory
    return f"({value} if {attribute} != f{index}(o) else UNSET)"


def _written_as_is(shape: Shape) -> bool:
    """Whether msgspec writes values of ``shape`` as ``to_json`` does, unchanged."""
    if isinstance(shape, Optional | Many):
        return _written_as_is(shape.inner)
    return isinstance(shape, AsIs) or (isinstance(shape, AsText) and shape.write is None)
