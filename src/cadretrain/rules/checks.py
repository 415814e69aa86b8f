"""Checks: pure functions with an id, a scope and typed parameters, in a book.

A check judges one subject (a programme, a cohort, a trainee in a cohort, a
training record, a posting) and yields one :class:`CheckResult` per element
it looked at. Its parameters are a frozen attrs class: each field is a
parameter, a field's ``metadata`` may carry ``{"zh": ..., "en": ...}``
descriptions, and a field with an attrs default has a *structural* default
(used when neither the rule tree nor the policy sets it).

The checks form an immutable :class:`RuleBook`. A caller extends it by
making a new book (``book.with_check(defn)``), never by mutating a global.
The built-in book, :data:`cadretrain.builtin.BUILTIN_RULES`, is assembled
above the layers that define the checks; this engine knows none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeAlias

import attrs
import numpy as np
import numpy.typing as npt

from cadretrain.errors import CadretrainError, InvalidValueError, Problem, ValidationError
from cadretrain.model._labelled import LabelledEnum
from cadretrain.rules._ids import check_rule_id
from cadretrain.rules.citation import UNDECLARED, Citation
from cadretrain.rules.values import Evidence, ParamValue, check_param_value, to_evidence

__all__ = [
    "FAIL",
    "NOT_APPLICABLE",
    "PASS",
    "CheckDefinition",
    "CheckFunction",
    "CheckResult",
    "Judged",
    "ParameterSpec",
    "RuleBook",
    "Scope",
    "UnknownRule",
]

CheckFunction: TypeAlias = Callable[[Any, Any], "Iterable[CheckResult] | Judged"]
"""``function(subject, params) -> Iterable[CheckResult] | Judged``."""


def _verdict_column(instance: object, attribute: attrs.Attribute[object], value: object) -> None:
    if not (isinstance(value, np.ndarray) and value.ndim == 1 and value.dtype == np.int8):
        raise InvalidValueError(attribute.name, value, "a one-dimensional numpy array of int8")


@attrs.frozen(kw_only=True, eq=False)
class Judged:
    """A check's judgement of many rows at once: a verdict column and each row's results.

    ``verdict`` holds one ``int8`` per row: :data:`PASS` (1), :data:`FAIL` (0)
    or :data:`NOT_APPLICABLE` (-1); ``results(row)`` yields the row's
    :class:`CheckResult` objects, all passing unless the row's verdict is
    :data:`FAIL`. A check judging one subject yields its results directly
    (one row); a check over columns (a cohort's trainees) returns a
    ``Judged``, and the engine asks for a row's results only to make that
    row's findings (failing rows; every row in explain mode).
    """

    verdict: npt.NDArray[np.int8] = attrs.field(validator=_verdict_column)
    results: Callable[[int], Iterable[CheckResult]] = attrs.field(
        validator=attrs.validators.is_callable()
    )

    def __len__(self) -> int:
        return len(self.verdict)


PASS, FAIL, NOT_APPLICABLE = 1, 0, -1
"""The values of a verdict column."""


class Scope(LabelledEnum):
    """What kind of subject a check judges."""

    PROGRAMME = ("programme", "培训项目", "programme")
    COHORT = ("cohort", "培训班次", "cohort")
    TRAINEE = ("trainee", "学员", "trainee in a cohort")
    RECORD = ("record", "个人培训档案", "training record")
    POSTING = ("posting", "驻村任职", "posting")


def _text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(attribute.name, value, "a non-empty string")


@attrs.frozen(kw_only=True)
class CheckResult:
    """A check's verdict on one element, with its path and the numbers it saw.

    >>> from fractions import Fraction
    >>> CheckResult(path="trainees[t-017]", passed=False, message_zh="请假超过 1/7",
    ...             message_en="leave over 1/7", evidence={"leave_share": Fraction(1, 5)}).evidence
    (('leave_share', Fraction(1, 5)),)
    """

    path: str = attrs.field(validator=_text)
    passed: bool = attrs.field(validator=attrs.validators.instance_of(bool))
    message_zh: str = attrs.field(validator=_text)
    message_en: str = attrs.field(validator=_text)
    evidence: Evidence = attrs.field(default=(), converter=to_evidence)


@attrs.frozen(kw_only=True)
class ParameterSpec:
    """One parameter of a check, described for people and for the docs."""

    name: str
    type_name: str
    required: bool
    default: ParamValue | None
    description_zh: str
    description_en: str
    stricter: str | None = None
    """``"lower"`` or ``"higher"``: which way a value is stricter (field metadata
    ``"stricter"``), so an overlay knows when a base revision is stricter."""


def _type_name(annotation: object) -> str:
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, type):
        return annotation.__name__
    return repr(annotation).replace("typing.", "")


def _direction(value: object) -> str | None:
    if value is None or value in ("lower", "higher"):
        return value
    raise InvalidValueError("metadata['stricter']", value, "'lower', 'higher' or absent")


def _params_type(instance: object, attribute: attrs.Attribute[type], value: object) -> None:
    if not (isinstance(value, type) and attrs.has(value)):
        raise InvalidValueError(
            attribute.name, value, "a frozen attrs class whose fields are the parameters"
        )
    problems: list[Problem] = []
    for field in attrs.fields(value):
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            problems.append(
                Problem(
                    path=f"params_type.{field.name}",
                    message="a factory default is not data; give a plain default value",
                )
            )
        elif field.default is not attrs.NOTHING:
            try:
                check_param_value(field.default, field=f"params_type.{field.name}")
            except InvalidValueError as error:
                problems.extend(error.problems)
    if problems:
        raise ValidationError(problems, title=f"invalid parameter class {value.__name__}")


def _function(instance: object, attribute: attrs.Attribute[CheckFunction], value: object) -> None:
    if not callable(value):
        raise InvalidValueError(attribute.name, value, "a function(subject, params)")


@attrs.frozen(kw_only=True)
class CheckDefinition:
    """A registered check: id, scope, descriptions, parameter class, function, source.

    ``source`` is the :class:`~cadretrain.rules.Citation` of the rule the
    check applies (a regulation article, a seed article, the programme's own
    scheme); every finding the check makes, passing or failing, carries it.

    ``function(subject, params)`` yields the :class:`CheckResult`\\ s of one
    subject, or returns a :class:`Judged` for a subject of many rows (the
    trainee-scope checks judge a cohort's fact columns at once).
    """

    rule_id: str = attrs.field(validator=lambda _i, _a, v: check_rule_id(v))
    scope: Scope = attrs.field(validator=attrs.validators.instance_of(Scope))
    subject_type: type | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(type))
    )
    """The type of subject ``function`` takes, when its scope's subject may be another:
    the engine refuses a subject not of this type (naming the check) rather than
    let the function fail on it. ``None``: whatever the caller gives for the scope."""
    description_zh: str = attrs.field(validator=_text)
    description_en: str = attrs.field(validator=_text)
    params_type: type = attrs.field(validator=_params_type)
    function: CheckFunction = attrs.field(validator=_function)
    source: Citation = attrs.field(
        default=UNDECLARED, validator=attrs.validators.instance_of(Citation)
    )

    @property
    def parameters(self) -> tuple[ParameterSpec, ...]:
        """The parameters, in field order, with type, default and descriptions."""
        return tuple(
            ParameterSpec(
                name=field.name,
                type_name=_type_name(field.type),
                required=field.default is attrs.NOTHING,
                default=None if field.default is attrs.NOTHING else field.default,
                description_zh=str(field.metadata.get("zh", "")),
                description_en=str(field.metadata.get("en", "")),
                stricter=_direction(field.metadata.get("stricter")),
            )
            for field in attrs.fields(self.params_type)
        )

    @property
    def parameter_names(self) -> tuple[str, ...]:
        """The names of the parameters, in field order."""
        return tuple(field.name for field in attrs.fields(self.params_type))


class UnknownRule(CadretrainError, KeyError):  # noqa: N818 (reads like packaging's)
    """A rule id that the rule book does not hold."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown rule"


def _sorted_checks(value: Iterable[CheckDefinition]) -> tuple[CheckDefinition, ...]:
    checks = tuple(value)
    for i, check in enumerate(checks):
        if not isinstance(check, CheckDefinition):
            raise InvalidValueError(f"checks[{i}]", check, "a CheckDefinition")
    return tuple(sorted(checks, key=lambda c: c.rule_id))


def _unique_ids(
    instance: object, attribute: attrs.Attribute[tuple[CheckDefinition, ...]], value: object
) -> None:
    assert isinstance(value, tuple)
    ids = [check.rule_id for check in value]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValidationError(
            [Problem(path=f"checks[{d!r}]", message="defined twice", value=d) for d in dupes],
            title="duplicate rule ids in the rule book",
        )


@attrs.frozen(kw_only=True)
class RuleBook:
    """An immutable set of checks, looked up by id, iterated in id order.

    >>> book = RuleBook(checks=())
    >>> "evaluation.leave_ratio" in book, len(book)
    (False, 0)
    """

    checks: tuple[CheckDefinition, ...] = attrs.field(
        default=(), converter=_sorted_checks, validator=_unique_ids
    )

    @property
    def ids(self) -> tuple[str, ...]:
        """Every rule id, sorted."""
        return tuple(check.rule_id for check in self.checks)

    def __getitem__(self, rule_id: str) -> CheckDefinition:
        for check in self.checks:
            if check.rule_id == rule_id:
                return check
        known = ", ".join(self.ids) or "none"
        raise UnknownRule(f"no check {rule_id!r} in the rule book; known ids: {known}")

    def __contains__(self, rule_id: object) -> bool:
        return any(check.rule_id == rule_id for check in self.checks)

    def __iter__(self) -> Iterator[CheckDefinition]:
        return iter(self.checks)

    def __len__(self) -> int:
        return len(self.checks)

    def with_check(self, definition: CheckDefinition) -> RuleBook:
        """A new book with ``definition`` added; refuses an id already present."""
        if definition.rule_id in self:
            raise InvalidValueError(
                "rule_id",
                definition.rule_id,
                "an id not yet in the book (use .replacing(defn) to replace a check)",
            )
        return RuleBook(checks=(*self.checks, definition))

    def replacing(self, definition: CheckDefinition) -> RuleBook:
        """A new book with the check of the same id replaced by ``definition``."""
        if definition.rule_id not in self:
            raise UnknownRule(
                f"cannot replace {definition.rule_id!r}: not in the rule book "
                "(use .with_check(defn) to add it)"
            )
        kept = tuple(c for c in self.checks if c.rule_id != definition.rule_id)
        return RuleBook(checks=(*kept, definition))
