"""Rule trees: a closed set of small frozen nodes, evaluated by one function.

As in ``packaging.markers``, a rule is data, never code: ``AllOf``,
``AnyOf``, ``AtLeast``, ``Not`` combine ``Check`` leaves, and a ``Check``
names a registered check by id with optional literal parameters. The
constructors read like the rule, the ``repr`` prints it back, and equal
trees are equal values (hashable, usable as dict keys).

Combinators flatten like attrs' ``or_``: a nested ``AllOf`` inside an
``AllOf`` (or ``AnyOf`` inside ``AnyOf``) is spliced into its parent, which
keeps every verdict because "all of (all of a, b), c" is "all of a, b, c".
An *empty* nested combinator is a constant (``AllOf()`` passes, ``AnyOf()``
fails), not a group, so it is kept as a child: splicing it away would turn
"pass" into "not applicable" when the siblings are all inapplicable.

>>> a, b, c = Check("a"), Check("b"), Check("c")
>>> AllOf(AllOf(a, b), c) == AllOf(a, b, c)
True
>>> AllOf(a, Not(b))
AllOf(Check('a'), Not(Check('b')))
>>> rule_ids(AtLeast(2, a, AnyOf(b, a), c))
('a', 'b', 'c')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TypeAlias

import attrs

from cadretrain.errors import InvalidValueError, Problem, ValidationError
from cadretrain.rules._ids import check_node_id
from cadretrain.rules.values import ParamValue, check_param_value

__all__ = ["AllOf", "AnyOf", "AtLeast", "Check", "Not", "Rule", "rule_ids", "walk"]

Params: TypeAlias = tuple[tuple[str, ParamValue], ...]


def _params(value: Mapping[str, ParamValue] | Iterable[tuple[str, ParamValue]]) -> Params:
    """Literal parameters as a tuple of ``(name, value)`` pairs sorted by name."""
    pairs = tuple(value.items()) if isinstance(value, Mapping) else tuple(value)
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, pair in enumerate(pairs):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            problems.append(Problem(path=f"params[{i}]", message="not a (name, value) pair"))
            continue
        name, item = pair
        if not (isinstance(name, str) and name.isidentifier()):
            problems.append(
                Problem(path=f"params[{i}]", message="name is not an identifier", value=name)
            )
        elif name in seen:
            problems.append(Problem(path=f"params.{name}", message="set twice", value=item))
        else:
            seen.add(name)
            try:
                check_param_value(item, field=f"params.{name}")
            except InvalidValueError as error:
                problems.extend(error.problems)
    if problems:
        raise ValidationError(problems, title="invalid Check parameters")
    return tuple(sorted(pairs, key=lambda pair: pair[0]))


def _children(children: Iterable[object]) -> tuple[Rule, ...]:
    result = tuple(children)
    for i, child in enumerate(result):
        if not isinstance(child, _NODES):
            raise InvalidValueError(
                f"children[{i}]", child, "a rule node: AllOf, AnyOf, AtLeast, Not or Check"
            )
    return result  # type: ignore[return-value]


def _flatten(kind: type[AllOf | AnyOf], children: Iterable[Rule]) -> tuple[Rule, ...]:
    flat: list[Rule] = []
    for child in _children(children):
        if type(child) is kind and child.children:
            flat.extend(child.children)
        else:
            flat.append(child)
    return tuple(flat)


@attrs.frozen(init=False, repr=False)
class Check:
    """A leaf: run the registered check ``rule_id``.

    ``params`` are literal values that override the policy's for this node
    only; they are stored sorted by name.

    >>> from fractions import Fraction
    >>> Check("curriculum.tier_share", params={"min_core_share": Fraction(1, 2)})
    Check('curriculum.tier_share', params=(('min_core_share', Fraction(1, 2)),))
    """

    rule_id: str
    params: Params

    def __init__(
        self,
        rule_id: str,
        params: Mapping[str, ParamValue] | Iterable[tuple[str, ParamValue]] = (),
    ) -> None:
        self.__attrs_init__(rule_id=check_node_id(rule_id), params=_params(params))

    def with_params(self, **params: ParamValue) -> Check:
        """A copy with ``params`` set (replacing literals of the same name).

        >>> Check("a", params={"n": 1}).with_params(n=2, m="x")
        Check('a', params=(('m', 'x'), ('n', 2)))
        """
        return Check(self.rule_id, params={**dict(self.params), **params})

    def __repr__(self) -> str:
        if not self.params:
            return f"Check({self.rule_id!r})"
        return f"Check({self.rule_id!r}, params={self.params!r})"


@attrs.frozen(init=False, repr=False)
class AllOf:
    """Passes when every applicable child passes; ``AllOf()`` passes."""

    children: tuple[Rule, ...]

    def __init__(self, *children: Rule) -> None:
        self.__attrs_init__(children=_flatten(AllOf, children))

    def __repr__(self) -> str:
        return f"AllOf({', '.join(map(repr, self.children))})"


@attrs.frozen(init=False, repr=False)
class AnyOf:
    """Passes when some applicable child passes; ``AnyOf()`` fails."""

    children: tuple[Rule, ...]

    def __init__(self, *children: Rule) -> None:
        self.__attrs_init__(children=_flatten(AnyOf, children))

    def __repr__(self) -> str:
        return f"AnyOf({', '.join(map(repr, self.children))})"


@attrs.frozen(init=False, repr=False)
class AtLeast:
    """Passes when at least ``n`` applicable children pass.

    >>> AtLeast(3, Check("a"), Check("b"))
    Traceback (most recent call last):
    ...
    cadretrain.errors.InvalidValueError: invalid n (1 problem):
      n: 3 is not accepted; expected an int from 0 to 2 (the number of children)
    """

    n: int
    children: tuple[Rule, ...]

    def __init__(self, n: int, *children: Rule) -> None:
        kids = _children(children)
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= len(kids):
            raise InvalidValueError(
                "n", n, f"an int from 0 to {len(kids)} (the number of children)"
            )
        self.__attrs_init__(n=n, children=kids)

    def __repr__(self) -> str:
        return f"AtLeast({', '.join([str(self.n), *map(repr, self.children)])})"


@attrs.frozen(init=False, repr=False)
class Not:
    """Passes when its child fails; an inapplicable child stays inapplicable."""

    child: Rule

    def __init__(self, child: Rule) -> None:
        self.__attrs_init__(child=_children((child,))[0])

    def __repr__(self) -> str:
        return f"Not({self.child!r})"


Rule: TypeAlias = AllOf | AnyOf | AtLeast | Not | Check
"""Any rule node."""

_NODES = (AllOf, AnyOf, AtLeast, Not, Check)


def walk(rule: Rule) -> Iterator[Rule]:
    """Every node of ``rule``, parents before children, left to right."""
    yield rule
    if isinstance(rule, Not):
        yield from walk(rule.child)
    elif not isinstance(rule, Check):
        for child in rule.children:
            yield from walk(child)


def rule_ids(rule: Rule) -> tuple[str, ...]:
    """The check ids a rule names, in tree order, each once."""
    return tuple(dict.fromkeys(node.rule_id for node in walk(rule) if isinstance(node, Check)))
