"""Policies: rule trees over a rule book's checks, with dated, cited parameter values.

Parameter values are drawn from each check's parameter class: its attrs
fields and their types (``int``, ``bool``, ``str``, ``Fraction``,
``Decimal``, ``date``, ``tuple[str, ...]``, a ``Literal`` or a union of
these). Every drawn set of values is one the parameter class accepts, and
all of a check's parameters change on the same dates, so on any day the
policy is in force each check receives values its class accepts.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs
from hypothesis import strategies as st

from cadretrain.builtin import BUILTIN_RULES
from cadretrain.rules import (
    AllOf,
    AnyOf,
    AtLeast,
    Check,
    CheckDefinition,
    Citation,
    Confidence,
    DatedParameter,
    DatedValue,
    Not,
    ParameterSetting,
    ParamValue,
    Policy,
    Rule,
    RuleBook,
    Severity,
)
from cadretrain.rules import (
    rule_ids as tree_ids,
)
from cadretrain.strategies._common import dates, decimals, members, texts
from cadretrain.strategies._common import ids as _ids

__all__ = ["policies"]

Values = Mapping[tuple[str, str], st.SearchStrategy[ParamValue]]
"""Strategies for chosen parameters, keyed by ``(rule_id, name)``."""

_SOURCES = (
    "《干部教育培训工作条例》(2015)",
    "seeds/000_a1ba01869040bbd4.txt",
    "seeds/004_25e623c1d8bd4cee.txt",
    "docs/regulations.md, row 15",
)


@attrs.frozen
class _Field:
    name: str
    values: st.SearchStrategy[ParamValue] | None
    required: bool


@attrs.frozen
class _Plan:
    definition: CheckDefinition
    fields: tuple[_Field, ...]


def _strategy_for(annotation: object) -> st.SearchStrategy[ParamValue] | None:
    """Values of a parameter's declared type, or ``None`` when the type is not one we draw."""
    simple: dict[object, st.SearchStrategy[ParamValue]] = {
        bool: st.booleans(),
        int: st.integers(min_value=0, max_value=100),
        Fraction: st.fractions(min_value=0, max_value=1, max_denominator=12),
        Decimal: decimals(0, 100),
        dt.date: dates(),
        str: texts(max_size=8),
    }
    if annotation in simple:
        return simple[annotation]
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is tuple and args in ((str, Ellipsis),):
        return st.lists(texts(max_size=6), max_size=3).map(tuple)
    if origin is typing.Literal and all(isinstance(a, str | int) for a in args):
        return st.sampled_from(args)
    if origin in (typing.Union, types.UnionType):
        parts = [_strategy_for(a) for a in args if a is not type(None)]
        if parts and all(p is not None for p in parts):
            return st.one_of(*(p for p in parts if p is not None))
    return None


def _plan(definition: CheckDefinition, values: Values) -> _Plan | None:
    """How to draw a check's parameters; ``None`` when a required one cannot be drawn."""
    try:
        hints = typing.get_type_hints(definition.params_type)
    except (NameError, TypeError):
        hints = {}
    fields = []
    for field in attrs.fields(definition.params_type):
        if not field.init:
            continue
        required = field.default is attrs.NOTHING
        given = values.get((definition.rule_id, field.name))
        drawn = given if given is not None else _strategy_for(hints.get(field.name, field.type))
        if drawn is None and required:
            return None
        fields.append(_Field(name=field.alias or field.name, values=drawn, required=required))
    return _Plan(definition=definition, fields=tuple(fields))


def _accepts(params_type: type, assignment: dict[str, ParamValue]) -> bool:
    try:
        params_type(**assignment)
    except (TypeError, ValueError):
        return False
    return True


@st.composite
def _settings(
    draw: st.DrawFn, plan: _Plan, since: dt.date, amendments: int
) -> list[ParameterSetting]:
    """Dated settings for the fields the policy sets, all amended on the same dates."""
    optional = [f for f in plan.fields if not f.required and f.values is not None]
    chosen = [f for f in plan.fields if f.required]
    chosen += draw(st.lists(st.sampled_from(optional), unique=True)) if optional else []
    if not chosen:
        return []
    later = draw(
        st.lists(
            dates(since + dt.timedelta(days=1), since + dt.timedelta(days=3650)),
            max_size=amendments,
            unique=True,
        )
    )
    starts = [since, *sorted(later)]
    assignment = st.fixed_dictionaries(
        {f.name: f.values for f in chosen if f.values is not None}
    ).filter(lambda a: _accepts(plan.definition.params_type, a))
    drawn = [draw(assignment) for _ in starts]
    citations = [draw(_citations()) for _ in starts]
    return [
        ParameterSetting(
            rule_id=plan.definition.rule_id,
            name=f.name,
            value=DatedParameter(
                entries=tuple(
                    DatedValue(effective_from=day, value=values[f.name], citation=citation)
                    for day, values, citation in zip(starts, drawn, citations, strict=True)
                )
            ),
        )
        for f in chosen
    ]


@st.composite
def _citations(draw: st.DrawFn) -> Citation:
    return Citation(
        source=draw(st.sampled_from(_SOURCES) | texts(max_size=12)),
        confidence=draw(members(Confidence)),
        note=draw(st.just("") | texts(max_size=10)),
    )


@st.composite
def _at_least(draw: st.DrawFn, children: st.SearchStrategy[Rule]) -> Rule:
    kids = draw(st.lists(children, min_size=1, max_size=3))
    return AtLeast(draw(st.integers(min_value=0, max_value=len(kids))), *kids)


def _trees(ids: Sequence[str], max_leaves: int) -> st.SearchStrategy[Rule]:
    if not ids:
        return st.just(AllOf())
    leaves: st.SearchStrategy[Rule] = st.sampled_from(tuple(ids)).map(Check)

    def extend(children: st.SearchStrategy[Rule]) -> st.SearchStrategy[Rule]:
        group = st.lists(children, min_size=1, max_size=3)
        return st.one_of(
            group.map(lambda kids: AllOf(*kids)),
            group.map(lambda kids: AnyOf(*kids)),
            children.map(Not),
            _at_least(children),
        )

    return st.recursive(leaves, extend, max_leaves=max(max_leaves, 1))


def policies(
    *,
    book: RuleBook | None = None,
    rule_ids: Sequence[str] | None = None,
    values: Values | None = None,
    max_leaves: int = 4,
    max_amendments: int = 2,
) -> st.SearchStrategy[Policy]:
    """Policies over ``book``'s checks (default :data:`~cadretrain.builtin.BUILTIN_RULES`) that fit the book.

    The tree (``AllOf``/``AnyOf``/``AtLeast``/``Not`` over ``Check`` leaves,
    at most ``max_leaves``) names checks from ``rule_ids`` (default: every
    check whose required parameters can be drawn). The policy sets every
    required parameter and some optional ones, as dated values in force from
    the policy's ``effective_from``, amended up to ``max_amendments`` times;
    ``values`` gives strategies for chosen ``(rule_id, name)`` parameters.
    Check nodes carry no literal parameters, so the numbers are the
    policy's. With an empty book the tree is ``AllOf()``.
    """
    chosen_book = BUILTIN_RULES if book is None else book
    overrides: Values = values or {}
    wanted = chosen_book.ids if rule_ids is None else tuple(rule_ids)
    plans = {}
    for rule_id in wanted:
        plan = _plan(chosen_book[rule_id], overrides)
        if plan is not None:
            plans[rule_id] = plan
        elif rule_ids is not None:
            raise ValueError(
                f"rule_ids: cannot draw the required parameters of {rule_id!r}; "
                "give strategies for them in values={(rule_id, name): strategy}"
            )
    return _policies(plans, _trees(tuple(plans), max_leaves), max_amendments)


@st.composite
def _policies(
    draw: st.DrawFn, plans: dict[str, _Plan], trees: st.SearchStrategy[Rule], amendments: int
) -> Policy:
    rule = draw(trees)
    used = tree_ids(rule)
    since = draw(dates(max_value=dt.date(2025, 12, 31)))
    settings = [s for rule_id in used for s in draw(_settings(plans[rule_id], since, amendments))]
    severities = draw(st.lists(st.sampled_from(used), unique=True)) if used else []
    return Policy(
        name=draw(_ids("policy")),
        title_zh=draw(texts(max_size=12)),
        title_en="policy " + draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=10)),
        rule=rule,
        parameters=tuple(settings),
        severities=tuple((rule_id, draw(members(Severity))) for rule_id in severities),
        effective_from=since,
        effective_to=draw(st.none() | dates(since, dt.date(2030, 12, 31))),
        sources=tuple(draw(st.lists(_citations(), max_size=2))),
    )
