"""Rule trees in JSON: a tagged union on ``"kind"``.

``{"kind": "all_of", "children": [...]}``, ``"any_of"`` likewise,
``{"kind": "at_least", "n": 2, "children": [...]}``,
``{"kind": "not", "child": {...}}`` and
``{"kind": "check", "rule_id": "curriculum.tier_share", "params": {...}}``
(``params`` omitted when empty; values as in :mod:`.values`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from cattrs import Converter

from cadretrain.rules.nodes import AllOf, AnyOf, AtLeast, Check, Not, Rule
from cadretrain.rules.values import ParamValue
from cadretrain.serialization.errors import Collector, Refused, shown
from cadretrain.serialization.scalars import read_int, read_str

__all__ = ["KINDS", "NODE_FIELDS", "register"]

KINDS: dict[type, str] = {
    AllOf: "all_of",
    AnyOf: "any_of",
    AtLeast: "at_least",
    Not: "not",
    Check: "check",
}
"""The ``"kind"`` of each rule node class."""

NODE_FIELDS: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {
    AllOf: (("children",), ()),
    AnyOf: (("children",), ()),
    AtLeast: (("n", "children"), ()),
    Not: (("child",), ()),
    Check: (("rule_id",), ("params",)),
}
"""Required and optional keys of each node (besides ``"kind"``)."""

_BY_KIND = {kind: cls for cls, kind in KINDS.items()}
_KIND_LIST = ", ".join(KINDS.values())


def dump_rule(rule: Rule, dump_params: Callable[[Any], Any]) -> dict[str, Any]:
    """A rule tree as JSON data."""
    if isinstance(rule, Check):
        data: dict[str, Any] = {"kind": "check", "rule_id": rule.rule_id}
        if rule.params:
            data["params"] = dump_params(rule.params)
        return data
    if isinstance(rule, Not):
        return {"kind": "not", "child": dump_rule(rule.child, dump_params)}
    data = {"kind": KINDS[type(rule)]}
    if isinstance(rule, AtLeast):
        data["n"] = rule.n
    data["children"] = [dump_rule(child, dump_params) for child in rule.children]
    return data


def register(converter: Converter) -> None:
    """Install the rule-tree hooks on ``converter``."""
    params_type = tuple[tuple[str, ParamValue], ...]
    dump_params = converter.get_unstructure_hook(params_type)
    read_params = converter.get_structure_hook(params_type)
    detailed = converter.detailed_validation

    def read(value: object, _tp: Any = Rule) -> Rule:
        if type(value) is not dict:
            raise Refused(f"{shown(value)} is not a rule (expected an object with a kind)", value)
        kind = value.get("kind")
        cls = _BY_KIND.get(kind) if type(kind) is str else None
        expected = KINDS.get(_tp, _KIND_LIST)
        collector = Collector(detailed, dict)
        if cls is None or (_tp in KINDS and cls is not _tp):
            collector.attribute("kind", lambda: _bad_kind(kind, "kind" in value, expected))
            collector.done()
        assert cls is not None
        required, optional = NODE_FIELDS[cls]
        for key in value:
            if key != "kind" and key not in required and key not in optional:
                collector.attribute(key, lambda: _unknown(cls, required + optional))
        for key in required:
            if key not in value:
                collector.attribute(key, _missing)
        if collector.errors:
            collector.done()
        return _build(cls, value, collector)

    def children(value: object) -> tuple[Rule, ...]:
        if type(value) is not list:
            raise Refused(f"{shown(value)} is not an array of rules", value)
        collector = Collector(detailed, tuple)
        kids = [collector.item(i, partial(read, c)) for i, c in enumerate(value)]
        collector.done(items=True)
        return tuple(kids)  # type: ignore[arg-type]

    def _build(cls: type, value: dict[str, Any], collector: Collector) -> Rule:
        if cls is Check:
            rule_id = collector.attribute("rule_id", lambda: read_str(value["rule_id"]))
            params = collector.attribute(
                "params", lambda: read_params(value.get("params", {}), params_type)
            )
            collector.done()
            return Check(rule_id, params)  # type: ignore[arg-type]
        if cls is Not:
            child = collector.attribute("child", lambda: read(value["child"]))
            collector.done()
            return Not(child)  # type: ignore[arg-type]
        n = collector.attribute("n", lambda: read_int(value["n"])) if cls is AtLeast else 0
        kids = collector.attribute("children", lambda: children(value["children"]))
        collector.done()
        if cls is AtLeast:
            return AtLeast(n, *kids)  # type: ignore[arg-type, misc]
        return cls(*kids)  # type: ignore[misc, no-any-return]

    def write(rule: Rule) -> dict[str, Any]:
        return dump_rule(rule, dump_params)

    for cls in (*KINDS, Rule):
        converter.register_structure_hook(cls, read)
        converter.register_unstructure_hook(cls, write)


def _unknown(cls: type, allowed: tuple[str, ...]) -> None:
    names = ", ".join(("kind", *allowed))
    raise Refused(f"unknown key for a {KINDS[cls]} rule (expected only: {names})")


def _bad_kind(kind: object, present: bool, expected: str) -> None:
    if not present:
        raise KeyError("kind")
    raise Refused(f"{shown(kind)} is not a rule kind here (expected one of: {expected})", kind)


def _missing() -> None:
    raise KeyError("missing")
