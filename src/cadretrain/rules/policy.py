"""Policies: a rule tree with its dated parameters, severities and sources.

A :class:`Policy` is data (it serializes like every other object): the rule
tree to evaluate, the parameter values it uses (each a
:class:`~cadretrain.rules.parameters.DatedParameter` with citations), the
severity of each rule, the dates the policy is in force and its sources.

A local policy (a province, a party school) *overlays* a national one,
parameter by parameter and severity by severity (:meth:`Policy.overlay`),
as provinces legislate: the local values apply from the overlay's own
effective date, the base's dated values before it, and a later revision of
the base does not repeal the local value (unless the local parameter ends,
or the check's parameter says which way is stricter and the revision is).
An overlay never changes the tree: its ``rule`` must be the base's tree or
the empty ``AllOf()`` (read "the base's tree"); to change a tree, make a
new policy with :meth:`Policy.with_rule` or :meth:`Policy.without_rule`.
This keeps an overlay a list of amended numbers that a reader can check
against the base, line by line.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

import attrs

from cadretrain.errors import CadretrainError, InvalidValueError, Problem, ValidationError
from cadretrain.rules._ids import check_node_id
from cadretrain.rules.checks import RuleBook, UnknownRule
from cadretrain.rules.citation import Citation
from cadretrain.rules.digest import content_digest
from cadretrain.rules.nodes import AllOf, AnyOf, AtLeast, Check, Not, Rule, rule_ids
from cadretrain.rules.parameters import DatedParameter, DatedValue, ParameterNotInForce
from cadretrain.rules.severity import Severity

__all__ = ["ParameterSetting", "Policy", "PolicyNotInForce"]


_K = TypeVar("_K")


class PolicyNotInForce(CadretrainError, LookupError):  # noqa: N818 (like ParameterNotInForce)
    """A policy was asked to judge a date outside the span it is in force."""


def _identifier(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not (isinstance(value, str) and value.isidentifier()):
        raise InvalidValueError(attribute.name, value, "a parameter name such as 'max_share'")


@attrs.frozen(kw_only=True)
class ParameterSetting:
    """The dated value a policy gives one parameter of one check."""

    rule_id: str = attrs.field(validator=lambda _i, a, v: check_node_id(v, field=a.name))
    name: str = attrs.field(validator=_identifier)
    value: DatedParameter = attrs.field(validator=attrs.validators.instance_of(DatedParameter))

    @property
    def key(self) -> tuple[str, str]:
        """``(rule_id, name)``: what a setting is unique by."""
        return (self.rule_id, self.name)


def _settings(value: Iterable[ParameterSetting]) -> tuple[ParameterSetting, ...]:
    settings = tuple(value)
    for i, setting in enumerate(settings):
        if not isinstance(setting, ParameterSetting):
            raise InvalidValueError(f"parameters[{i}]", setting, "a ParameterSetting")
    return tuple(sorted(settings, key=lambda s: s.key))


def _severities(value: Iterable[tuple[str, Severity]]) -> tuple[tuple[str, Severity], ...]:
    pairs = tuple(value)
    for i, pair in enumerate(pairs):
        if not (
            isinstance(pair, tuple)
            and len(pair) == 2
            and isinstance(pair[0], str)
            and isinstance(pair[1], Severity)
        ):
            raise InvalidValueError(f"severities[{i}]", pair, "a (rule_id, Severity) pair")
        check_node_id(pair[0], field=f"severities[{i}]")
    return tuple(sorted(pairs, key=lambda pair: pair[0]))


def _text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(attribute.name, value, "a non-empty string")


def _day(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidValueError(attribute.name, value, "a datetime.date, e.g. date(2015, 10, 1)")


def _day_or_open(instance: object, attribute: attrs.Attribute[date | None], value: object) -> None:
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
        raise InvalidValueError(attribute.name, value, "a datetime.date, or None for open-ended")


def _rule(instance: object, attribute: attrs.Attribute[Rule], value: object) -> None:
    if not isinstance(value, AllOf | AnyOf | AtLeast | Not | Check):
        raise InvalidValueError(attribute.name, value, "a rule node, e.g. AllOf(Check('a.b'))")


def _citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    citations = tuple(value)
    for i, citation in enumerate(citations):
        if not isinstance(citation, Citation):
            raise InvalidValueError(f"sources[{i}]", citation, "a Citation(source=...)")
    return citations


def _duplicates(keys: Iterable[_K]) -> list[_K]:
    seen: set[_K] = set()
    dupes: list[_K] = []
    for key in keys:
        if key in seen and key not in dupes:
            dupes.append(key)
        seen.add(key)
    return dupes


@attrs.frozen(kw_only=True)
class Policy:
    """A rule tree and the numbers, severities and dates it is judged under.

    ``effective_to`` is the last day in force (inclusive); ``None`` means
    open-ended. Parameter settings are kept sorted by ``(rule_id, name)``
    and severities by rule id, so equal policies are equal values.
    """

    name: str = attrs.field(validator=_text)
    title_zh: str = attrs.field(validator=_text)
    title_en: str = attrs.field(validator=_text)
    rule: Rule = attrs.field(validator=_rule)
    parameters: tuple[ParameterSetting, ...] = attrs.field(default=(), converter=_settings)
    severities: tuple[tuple[str, Severity], ...] = attrs.field(default=(), converter=_severities)
    effective_from: date = attrs.field(validator=_day)
    effective_to: date | None = attrs.field(default=None, validator=_day_or_open)
    sources: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)

    def __attrs_post_init__(self) -> None:
        problems = [
            Problem(path=f"parameters[{r}.{n}]", message="set more than once", value=(r, n))
            for r, n in _duplicates(s.key for s in self.parameters)
        ]
        problems += [
            Problem(path=f"severities[{r}]", message="set more than once", value=r)
            for r in _duplicates(r for r, _ in self.severities)
        ]
        if self.effective_to is not None and self.effective_to < self.effective_from:
            problems.append(
                Problem(
                    path="effective_to",
                    message=(
                        f"{self.effective_to.isoformat()} is before effective_from "
                        f"{self.effective_from.isoformat()}; expected a date on or after it, "
                        "or None"
                    ),
                    value=self.effective_to,
                )
            )
        if problems:
            raise ValidationError(problems, title=f"invalid policy {self.name!r}")

    @property
    def digest(self) -> str:
        """The SHA-256 of the policy's content (:mod:`~cadretrain.rules.digest`).

        Equal policies have equal digests in any process; change a number,
        a date, a severity or a citation and the digest changes.
        """
        return content_digest(self)

    def in_force(self, on: date) -> bool:
        """Whether ``on`` falls inside ``effective_from .. effective_to``."""
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)

    def parameter(self, rule_id: str, name: str) -> DatedParameter | None:
        """The dated value this policy sets for a parameter, if any."""
        for setting in self.parameters:
            if setting.key == (rule_id, name):
                return setting.value
        return None

    def severity(self, rule_id: str) -> Severity:
        """The severity of a failed finding of ``rule_id`` (default ERROR)."""
        return dict(self.severities).get(rule_id, Severity.ERROR)

    def with_parameter(
        self, rule_id: str, name: str, value: DatedParameter, *, book: RuleBook | None = None
    ) -> Policy:
        """A copy with the parameter set (replacing any existing setting).

        Given the rule ``book`` to check against, an unknown rule id or a
        parameter the check does not take is refused at once (not at
        evaluation); without it, the name is only checked to be a name.
        """
        if book is not None:
            _known(book, rule_id, name, path=f"parameters[{rule_id}.{name}]")
        setting = ParameterSetting(rule_id=rule_id, name=name, value=value)
        kept = tuple(s for s in self.parameters if s.key != setting.key)
        return attrs.evolve(self, parameters=(*kept, setting))

    def with_severity(self, rule_id: str, severity: Severity) -> Policy:
        """A copy with the severity of ``rule_id`` set."""
        kept = tuple(pair for pair in self.severities if pair[0] != rule_id)
        return attrs.evolve(self, severities=(*kept, (rule_id, severity)))

    def with_rule(self, rule: Rule) -> Policy:
        """A copy whose tree is ``AllOf(self.rule, rule)`` (flattened by ``AllOf``).

        Parameter settings, severities, dates and sources are kept; a local
        check added this way takes its parameters from its own defaults (or
        from :meth:`with_parameter`).

        >>> p = Policy(name="p", title_zh="例", title_en="example",
        ...            rule=AllOf(Check("a.one")), effective_from=date(2020, 1, 1))
        >>> p.with_rule(Check("local.two")).rule
        AllOf(Check('a.one'), Check('local.two'))
        """
        _rule(self, attrs.fields(Policy).rule, rule)
        return attrs.evolve(self, rule=AllOf(self.rule, rule))

    def without_rule(self, rule_id: str) -> Policy:
        """A copy whose tree drops every ``Check`` of ``rule_id``.

        A combinator left with no children is dropped with it (a ``Not`` of
        the check too); an ``AtLeast`` keeps its ``n`` but never more than
        its remaining children; dropping the last check leaves ``AllOf()``.
        The parameter settings and severity of ``rule_id`` go with it, since
        they no longer name a check in the tree. An id not in the tree is
        refused, naming the tree's ids.

        >>> p = Policy(name="p", title_zh="例", title_en="example",
        ...            rule=AllOf(Check("a.one"), Not(Check("a.two"))),
        ...            effective_from=date(2020, 1, 1))
        >>> p.without_rule("a.two").rule
        AllOf(Check('a.one'))
        >>> p.without_rule("a.one").without_rule("a.two").rule
        AllOf()
        >>> p.without_rule("a.three")
        Traceback (most recent call last):
        ...
        cadretrain.errors.InvalidValueError: invalid rule_id (1 problem):
          rule_id: 'a.three' is not accepted; expected a check id in the policy's tree: a.one, a.two
        """
        tree = rule_ids(self.rule)
        if rule_id not in tree:
            raise InvalidValueError(
                "rule_id", rule_id, f"a check id in the policy's tree: {', '.join(tree) or 'none'}"
            )
        kept = _drop(self.rule, rule_id)
        return attrs.evolve(
            self,
            rule=AllOf() if kept is None else kept,
            parameters=tuple(s for s in self.parameters if s.rule_id != rule_id),
            severities=tuple(pair for pair in self.severities if pair[0] != rule_id),
        )

    def overlay(self, local: Policy, *, book: RuleBook | None = None) -> Policy:
        """This policy amended by ``local``, parameter by parameter, as provinces legislate.

        For each of ``local``'s parameter settings the result's dated
        parameter has the base's values before ``local.effective_from`` (and
        after ``local.effective_to``), and ``local``'s values from then on: a
        later revision of the base does not undo them. The overlay ends its
        own value by an end entry (``value=None``) in its dated parameter;
        from then the base's value applies again. Given the rule ``book``, a
        parameter whose check declares which way is stricter
        (``metadata={"stricter": "lower"}`` or ``"higher"``) takes, while
        the overlay is in force, the stricter of the base's and the local
        value on each date (the local one when they are equal), each entry
        citing the source of the value it took.

        Each of ``local``'s severities replaces the base's for that rule (for
        the whole span: severities are not dated). The result keeps the
        base's tree and span (it is in force where the base is), takes
        ``local``'s name and titles, and cites the base's sources then
        ``local``'s new ones. Refused, with every problem listed: a
        ``local.rule`` that is neither the base's tree nor ``AllOf()``, a rule
        id not in the base's tree, a parameter the base does not set (or,
        given ``book``, one the check does not take), spans that do not
        overlap.
        """
        tree = rule_ids(self.rule)
        problems: list[Problem] = []
        if book is not None:
            for setting in local.parameters:
                path = f"parameters[{setting.rule_id}.{setting.name}]"
                try:
                    _known(book, setting.rule_id, setting.name, path=path)
                except InvalidValueError as error:
                    problems.extend(error.problems)
                except UnknownRule as error:
                    problems.append(Problem(path=path, message=str(error), value=setting.rule_id))
        if local.rule != self.rule and local.rule != AllOf():
            problems.append(
                Problem(
                    path="rule",
                    message=(
                        "an overlay keeps the base's tree; give rule=AllOf() or the base's "
                        "rule (build a new Policy to change the tree)"
                    ),
                    value=local.rule,
                )
            )
        for setting in local.parameters:
            path = f"parameters[{setting.rule_id}.{setting.name}]"
            if setting.rule_id not in tree:
                problems.append(_not_in_tree(path, setting.rule_id, tree))
            elif self.parameter(*setting.key) is None:
                set_here = sorted(s.name for s in self.parameters if s.rule_id == setting.rule_id)
                problems.append(
                    Problem(
                        path=path,
                        message=(
                            f"the base policy does not set {setting.name!r} for "
                            f"{setting.rule_id!r} (it sets: {', '.join(set_here) or 'none'}); "
                            "set it on the base with with_parameter(...)"
                        ),
                        value=setting.name,
                    )
                )
        problems += [
            _not_in_tree(f"severities[{rid}]", rid, tree)
            for rid, _ in local.severities
            if rid not in tree
        ]
        start = max(self.effective_from, local.effective_from)
        ends = [d for d in (self.effective_to, local.effective_to) if d is not None]
        end = min(ends) if ends else None
        if end is not None and end < start:
            problems.append(
                Problem(
                    path="effective_from",
                    message=(
                        f"the overlay is in force from {local.effective_from.isoformat()} and "
                        f"the base from {self.effective_from.isoformat()}; their spans do "
                        "not overlap"
                    ),
                    value=local.effective_from,
                )
            )
        if problems:
            raise ValidationError(problems, title=f"cannot overlay {local.name!r} on {self.name!r}")
        merged = {s.key: s for s in self.parameters}
        for setting in local.parameters:
            base_value = merged[setting.key].value
            stricter = _stricter(book, *setting.key) if book is not None else None
            merged[setting.key] = attrs.evolve(
                setting,
                value=_layered(
                    base_value,
                    setting.value,
                    since=local.effective_from,
                    until=local.effective_to,
                    stricter=stricter,
                ),
            )
        severities = dict(self.severities) | dict(local.severities)
        return attrs.evolve(
            self,
            name=local.name,
            title_zh=local.title_zh,
            title_en=local.title_en,
            parameters=tuple(merged.values()),
            severities=tuple(severities.items()),
            sources=(*self.sources, *(c for c in local.sources if c not in self.sources)),
        )


def _drop(rule: Rule, rule_id: str) -> Rule | None:
    """``rule`` without the checks of ``rule_id``; ``None`` when nothing is left."""
    if isinstance(rule, Check):
        return None if rule.rule_id == rule_id else rule
    if isinstance(rule, Not):
        child = _drop(rule.child, rule_id)
        return None if child is None else Not(child)
    kept = [k for k in (_drop(c, rule_id) for c in rule.children) if k is not None]
    if rule.children and not kept:
        return None
    if isinstance(rule, AtLeast):
        return AtLeast(min(rule.n, len(kept)), *kept)
    return type(rule)(*kept)


def _known(book: RuleBook, rule_id: str, name: str, *, path: str) -> None:
    """Refuse a rule id the book does not hold, or a parameter its check does not take."""
    names = book[rule_id].parameter_names
    if name not in names:
        raise InvalidValueError(
            path, name, f"a parameter of {rule_id!r}: {', '.join(names) or 'it takes none'}"
        )


def _stricter(book: RuleBook, rule_id: str, name: str) -> str | None:
    """``"lower"`` or ``"higher"``: which way the check's parameter declares stricter."""
    for spec in book[rule_id].parameters:
        if spec.name == name:
            return spec.stricter
    return None


def _entry(parameter: DatedParameter, on: date) -> DatedValue | None:
    try:
        return parameter.at(on)
    except ParameterNotInForce:
        return None


def _stricter_of(base: DatedValue, local: DatedValue, stricter: str | None) -> DatedValue:
    a, b = base.value, local.value
    numbers = (int, Fraction, Decimal)
    if (
        stricter is None
        or isinstance(a, bool)
        or isinstance(b, bool)
        or not isinstance(a, numbers)
        or not isinstance(b, numbers)
    ):
        return local
    if stricter == "lower":
        return base if a < b else local
    return base if a > b else local


def _layered(
    base: DatedParameter,
    local: DatedParameter,
    *,
    since: date,
    until: date | None,
    stricter: str | None,
) -> DatedParameter:
    """The base's values outside ``since .. until``, the local ones inside it.

    Inside the span a date where the local parameter has no value (before
    its first entry, after an end entry) takes the base's; with a declared
    ``stricter`` direction, a date where both have one takes the stricter.
    """
    after = None if until is None else until + timedelta(days=1)
    days = {e.effective_from for e in (*base.entries, *local.entries)} | {since}
    if after is not None:
        days.add(after)
    entries: list[DatedValue] = []
    for day in sorted(days):
        inside = since <= day and (until is None or day <= until)
        from_base = _entry(base, day)
        from_local = _entry(local, day) if inside else None
        if from_local is None:
            chosen = from_base
        elif from_base is None:
            chosen = from_local
        else:
            chosen = _stricter_of(from_base, from_local, stricter)
        if chosen is None:
            if entries and entries[-1].value is not None:
                ends = [e for e in (*local.entries, *base.entries) if e.effective_from == day]
                cite = ends[0].citation if ends else entries[-1].citation
                entries.append(DatedValue(effective_from=day, value=None, citation=cite))
            continue
        if entries and (entries[-1].value, entries[-1].citation) == (chosen.value, chosen.citation):
            continue
        entries.append(attrs.evolve(chosen, effective_from=day))
    return DatedParameter(entries=tuple(entries))


def _not_in_tree(path: str, rule_id: str, tree: tuple[str, ...]) -> Problem:
    return Problem(
        path=path,
        message=(
            f"rule {rule_id!r} is not in the base policy's rule tree "
            f"(its rules: {', '.join(tree) or 'none'})"
        ),
        value=rule_id,
    )
