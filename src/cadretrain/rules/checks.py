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

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, TypeAlias

import attrs

from cadretrain.errors import CadretrainError, InvalidValueError, Problem, ValidationError
from cadretrain.model._labelled import LabelledEnum
from cadretrain.rules._ids import check_rule_id
from cadretrain.rules.values import Evidence, ParamValue, check_param_value, to_evidence

__all__ = [
    "CheckDefinition",
    "CheckFunction",
    "CheckResult",
    "FastCheck",
    "ParameterSpec",
    "ResultKey",
    "ResultTemplates",
    "RuleBook",
    "Scope",
    "UnknownRule",
]

CheckFunction: TypeAlias = Callable[[Any, Any], Iterable["CheckResult"]]
"""``function(subject, params) -> Iterable[CheckResult]``."""

FastCheck: TypeAlias = Callable[[Any], Callable[[Any], bool]]
"""``fast(params) -> predicate``; ``predicate(subject)`` is true exactly when every
result of ``function(subject, params)`` passes (see :class:`CheckDefinition`)."""

ResultKey: TypeAlias = Callable[[Any], Hashable]
"""``key(subject)``: what a check's results depend on besides the path (see :class:`CheckDefinition`)."""

ResultTemplates: TypeAlias = Callable[[Any], Callable[[Any], Iterable[tuple["CheckResult", str]]]]
"""``templates(params)`` returns ``results(subject)``: ``(result, path)`` pairs such that
``function(subject, params)`` yields ``result.at(path)`` for each pair, in order (see
:class:`CheckDefinition`)."""


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

    def at(self, path: str) -> CheckResult:
        """The same verdict about the element at ``path``: a check's memo made portable.

        Only ``path`` is checked; everything else was checked when ``self``
        was built.

        >>> CheckResult(path="scores[c1]", passed=True, message_zh="合格",
        ...             message_en="passed").at("cohort.trainees[t-1].scores[c1]").path
        'cohort.trainees[t-1].scores[c1]'
        """
        if not isinstance(path, str) or not path.strip():
            raise InvalidValueError("path", path, "a non-empty string")
        moved = _new_result(CheckResult)
        _set_path(moved, path)
        _set_passed(moved, self.passed)
        _set_zh(moved, self.message_zh)
        _set_en(moved, self.message_en)
        _set_evidence(moved, self.evidence)
        return moved


_new_result = object.__new__
_set_path, _set_passed, _set_zh, _set_en, _set_evidence = (
    CheckResult.__dict__[name].__set__
    for name in ("path", "passed", "message_zh", "message_en", "evidence")
)


@attrs.frozen(kw_only=True)
class ParameterSpec:
    """One parameter of a check, described for people and for the docs."""

    name: str
    type_name: str
    required: bool
    default: ParamValue | None
    description_zh: str
    description_en: str


def _type_name(annotation: object) -> str:
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, type):
        return annotation.__name__
    return repr(annotation).replace("typing.", "")


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


def _key(instance: object, attribute: attrs.Attribute[ResultKey | None], value: object) -> None:
    if value is not None and not callable(value):
        raise InvalidValueError(attribute.name, value, "None or a function(subject) -> hashable")


def _templates(
    instance: object, attribute: attrs.Attribute[ResultTemplates | None], value: object
) -> None:
    if value is not None and not callable(value):
        raise InvalidValueError(
            attribute.name, value, "None or a function(params) -> (subject -> (result, path) pairs)"
        )


def _fast(instance: object, attribute: attrs.Attribute[FastCheck | None], value: object) -> None:
    if value is not None and not callable(value):
        raise InvalidValueError(attribute.name, value, "None or a function(params) -> predicate")


@attrs.frozen(kw_only=True)
class CheckDefinition:
    """A registered check: id, scope, descriptions, parameter class, function.

    ``fast`` is an optional shortcut for compiled evaluators: ``fast(params)``
    returns a predicate on subjects that is true exactly when every result
    ``function(subject, params)`` yields passes. It builds no results, so a
    compiled evaluator runs it on the happy path and calls ``function`` (for
    the explanation) only when it is false. A compiled evaluator calls
    ``fast(params)`` once per batch of subjects (one cohort), so the
    predicate may memoise within the batch.

    ``key`` is an optional promise about ``function``: ``key(subject)`` holds
    everything its results depend on within one batch besides the subject's
    path, so two subjects of a batch with equal keys get equal results but
    for the path (which starts with each subject's own). A compiled
    evaluator then runs ``function`` once per distinct key and gives the
    next subjects copies at their own paths.

    ``templates`` is an optional promise for a check whose results are
    memoised templates moved to each subject's paths:
    ``templates(params)(subject)`` gives ``(result, path)`` pairs, and
    ``function(subject, params)`` yields exactly ``result.at(path)`` for
    each, in order. A compiled evaluator then makes each template's finding
    once and moves the finding, instead of a result and a finding per
    element. The interpreter never uses ``fast``, ``key`` or ``templates``;
    property tests hold the built-in ones to these promises
    (``tests/evaluation/test_compiled.py``, ``test_fast_predicates.py``).
    """

    rule_id: str = attrs.field(validator=lambda _i, _a, v: check_rule_id(v))
    scope: Scope = attrs.field(validator=attrs.validators.instance_of(Scope))
    description_zh: str = attrs.field(validator=_text)
    description_en: str = attrs.field(validator=_text)
    params_type: type = attrs.field(validator=_params_type)
    function: CheckFunction = attrs.field(validator=_function)
    fast: FastCheck | None = attrs.field(default=None, validator=_fast)
    key: ResultKey | None = attrs.field(default=None, validator=_key)
    templates: ResultTemplates | None = attrs.field(default=None, validator=_templates)

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
