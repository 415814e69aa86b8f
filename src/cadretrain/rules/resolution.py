"""Where a check's parameter values come from, and whether a policy fits a book.

For each field of a check's parameter class the value is, in this order:

1. the literal in the ``Check`` node (cited as :data:`RULE_TREE`);
2. the policy's dated value on the evaluation date (with its citation);
3. the field's attrs default (cited as :data:`CHECK_DEFAULT`);
4. otherwise :class:`MissingParameter` is raised: the caller must supply it.

There is no silent fallback: a policy value that is not in force on the date
(before its first entry, or ended) raises
:class:`~cadretrain.rules.parameters.ParameterNotInForce` rather than
falling through to the structural default, because the policy *did* speak
about that number and a default would quietly replace a law with a guess.
"""

from __future__ import annotations

from datetime import date

import attrs

from cadretrain.errors import CadretrainError, InvalidValueError, Problem, ValidationError
from cadretrain.rules.checks import CheckDefinition, RuleBook
from cadretrain.rules.citation import CHECK_DEFAULT, RULE_TREE, Citation
from cadretrain.rules.findings import ParameterUse
from cadretrain.rules.nodes import Check, rule_ids, walk
from cadretrain.rules.parameters import ParameterNotInForce
from cadretrain.rules.policy import Policy
from cadretrain.rules.values import ParamValue

__all__ = ["MissingParameter", "resolve_parameters", "validate_policy"]


class MissingParameter(CadretrainError, LookupError):  # noqa: N818 (a contract name)
    """A check needs a parameter that neither the tree, the policy nor a default gives."""


def resolve_parameters(
    definition: CheckDefinition, check: Check, policy: Policy, on: date
) -> tuple[object, tuple[ParameterUse, ...]]:
    """The parameter object for ``check`` on ``on``, and the values used with citations."""
    rule_id = definition.rule_id
    literals = dict(check.params)
    unknown = sorted(set(literals) - set(definition.parameter_names))
    if unknown:
        raise InvalidValueError(
            f"{rule_id}.params",
            unknown,
            f"parameters of {rule_id}: {', '.join(definition.parameter_names) or 'none'}",
        )
    values: dict[str, ParamValue] = {}
    uses: list[ParameterUse] = []
    for field in attrs.fields(definition.params_type):
        if not field.init:
            continue
        value, citation = _resolve(definition, field, literals, policy, on)
        values[field.alias or field.name] = value
        uses.append(ParameterUse(name=field.name, value=value, citation=citation))
    try:
        params = definition.params_type(**values)
    except (TypeError, ValueError) as error:
        raise InvalidValueError(
            f"{rule_id} parameters",
            values,
            f"values that {definition.params_type.__name__} accepts ({error})",
        ) from error
    return params, tuple(uses)


def _resolve(
    definition: CheckDefinition,
    field: attrs.Attribute[object],
    literals: dict[str, ParamValue],
    policy: Policy,
    on: date,
) -> tuple[ParamValue, Citation]:
    rule_id, name = definition.rule_id, field.name
    if name in literals:
        return literals[name], RULE_TREE
    dated = policy.parameter(rule_id, name)
    if dated is not None:
        try:
            entry = dated.at(on)
        except ParameterNotInForce as error:
            raise ParameterNotInForce(
                f"{rule_id}.{name} in policy {policy.name!r}: {error}; the policy must give "
                "a value in force on that date (or the Check node a literal)"
            ) from error
        assert entry.value is not None  # at() never returns an end entry
        return entry.value, entry.citation
    if field.default is not attrs.NOTHING:
        return field.default, CHECK_DEFAULT  # type: ignore[return-value]
    raise MissingParameter(
        f"{rule_id}: parameter {name!r} has no value on {on.isoformat()}: the Check node "
        f"does not set it, policy {policy.name!r} does not set it and the check has no "
        "default; the caller must supply it (Check(..., params=...) or "
        "policy.with_parameter(...))"
    )


def validate_policy(policy: Policy, book: RuleBook) -> None:
    """Refuse, listing every problem, a policy whose tree or numbers miss the book.

    Problems: a tree naming a check the book lacks; a ``Check`` literal or a
    policy setting naming a parameter the check does not have; a policy
    setting or severity for a rule id not in the tree.
    """
    tree = rule_ids(policy.rule)
    problems: list[Problem] = [
        Problem(
            path=f"rule[{rid}]",
            message=f"no check {rid!r} in the rule book (known: {', '.join(book.ids) or 'none'})",
            value=rid,
        )
        for rid in tree
        if rid not in book
    ]
    for node in walk(policy.rule):
        if isinstance(node, Check) and node.rule_id in book:
            names = book[node.rule_id].parameter_names
            problems += [
                _unknown_parameter(f"rule[{node.rule_id}].params.{name}", node.rule_id, name, names)
                for name, _ in node.params
                if name not in names
            ]
    for setting in policy.parameters:
        path = f"parameters[{setting.rule_id}.{setting.name}]"
        if setting.rule_id not in tree:
            problems.append(
                Problem(path=path, message="its rule is not in the policy's tree", value=setting)
            )
        elif setting.rule_id in book:
            names = book[setting.rule_id].parameter_names
            if setting.name not in names:
                problems.append(_unknown_parameter(path, setting.rule_id, setting.name, names))
    problems += [
        Problem(path=f"severities[{rid}]", message="its rule is not in the policy's tree")
        for rid, _ in policy.severities
        if rid not in tree
    ]
    if problems:
        raise ValidationError(problems, title=f"policy {policy.name!r} does not fit the rule book")


def _unknown_parameter(path: str, rule_id: str, name: str, names: tuple[str, ...]) -> Problem:
    return Problem(
        path=path,
        message=f"{rule_id} has no parameter {name!r}; it has: {', '.join(names) or 'none'}",
        value=name,
    )
