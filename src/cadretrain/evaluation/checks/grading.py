"""The grading check: per-component pass marks and the weighted total's grade band.

The components, weights, pass marks and scale come from the programme's
scheme; the policy sets no numbers. A component without a score fails (the
trainee is then *incomplete*, not failed: see ``docs/evaluation.md``); a
score below its pass mark, or a total in a non-passing band, fails.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import attrs

from cadretrain.evaluation._unchecked import moved_result
from cadretrain.evaluation.facts import TraineeFacts
from cadretrain.evaluation.grading import Bands, as_decimal, band_of, bands
from cadretrain.model import AssessmentScheme
from cadretrain.rules import CheckDefinition, CheckResult, Scope

__all__ = ["GRADING", "GradingParams", "graded_results", "grading", "grading_fast"]


@attrs.frozen(kw_only=True)
class GradingParams:
    """No numbers: weights, pass marks and the scale come from the programme's scheme."""


def grading(facts: TraineeFacts, params: GradingParams) -> Iterator[CheckResult]:
    """One result per component, then one for the weighted total."""
    for template, path in graded_results(facts):
        yield moved_result(template, path)


def graded_results(facts: TraineeFacts) -> list[tuple[CheckResult, str]]:
    """:func:`grading`'s results as ``(template, path)`` pairs: each template made once.

    Thousands of trainees share a component's score (as written) or a total,
    so a result is made once per scheme and key and moved to each trainee's
    path; ``grading`` yields ``template.at(path)`` for each pair.
    """
    scheme = facts.scheme
    path = facts.path
    if scheme is None or not scheme.components:
        return [(_NO_COMPONENTS, path)]
    marks = dict(facts.marks)
    prepared = _PREPARED(scheme)
    results = prepared.results
    pairs = []
    for code, component in prepared.components:
        score = marks.get(code)
        # a Decimal keeps how it was written (85 and 85.0 are equal): the key does too
        key = (code, None if score is None else str(score))
        template = results.get(key)
        if template is None:
            template = results.remember(key, _component(component, score))
        pairs.append((template, f"{path}.scores[{code}]"))
    total = facts.total
    if total is not None:
        pairs.append((prepared.totals.of(total, prepared.levels), path))
    return pairs


def _graded_results(
    _params: GradingParams,
) -> Callable[[TraineeFacts], Iterable[tuple[CheckResult, str]]]:
    return graded_results


_NO_COMPONENTS = CheckResult(
    path="trainee",
    passed=True,
    message_zh="培训方案没有计分项目,不计总分",
    message_en="the scheme has no scored components: no total",
)


class _Scheme(NamedTuple):
    """What :func:`grading` reads of a scheme, worked out once per scheme, and its results."""

    scheme: AssessmentScheme
    components: tuple[tuple[str, _Component], ...]  # (code, what its results depend on)
    marked: tuple[tuple[int, Decimal], ...]  # (position, pass mark) of components with one
    levels: Bands
    results: _Memo  # (component code, score as written) -> its result, at ``scores[code]``
    totals: _Totals  # total -> its result, at ``total``


_Component = tuple[str, str, Decimal | None, int, int]
"""A component's code, title, pass mark and weight as ``(n, d)``."""


class _Memo(dict[Hashable, CheckResult]):
    """Results that depend only on their key, made once and moved to each trainee's path.

    Thousands of trainees share a component's score or a total: the text
    and evidence are made once per key. At most :data:`_LIMIT` are kept; a
    pure memo, so forgetting changes nothing.
    """

    def remember(self, key: Hashable, result: CheckResult) -> CheckResult:
        if len(self) >= _LIMIT:
            self.clear()
        self[key] = result
        return result


class _Totals:
    """The total's result, by its value and, first, by its identity.

    A cohort's equal totals are one shared ``Fraction``; looking it up by
    identity spares hashing it (``Fraction.__hash__`` runs in Python). The
    total is held with its result, so that its id is not reused meanwhile.
    """

    def __init__(self) -> None:
        self._by_value = _Memo()
        self._by_identity: dict[int, tuple[Fraction, CheckResult]] = {}

    def of(self, total: Fraction, levels: Bands) -> CheckResult:
        seen = self._by_identity.get(id(total))
        if seen is not None and seen[0] is total:
            return seen[1]
        key = (total.numerator, total.denominator)
        result = self._by_value.get(key)
        if result is None:
            level = band_of(levels, total)
            result = self._by_value.remember(
                key, _total(*key, level.code, level.zh, level.en, level.passing)
            )
        if len(self._by_identity) >= _LIMIT:
            self._by_identity.clear()
        self._by_identity[id(total)] = (total, result)
        return result


_LIMIT = 4096


class _LastScheme:
    """The latest scheme graded, prepared: a cohort's trainees share one scheme.

    Kept by identity (hashing a scheme costs more than preparing it); one
    tuple is swapped in whole, so concurrent callers see a consistent pair.
    """

    def __init__(self) -> None:
        self._last: _Scheme | None = None

    def __call__(self, scheme: AssessmentScheme) -> _Scheme:
        last = self._last
        if last is None or last.scheme is not scheme:
            components = scheme.components
            last = self._last = _Scheme(
                scheme=scheme,
                components=tuple(
                    (
                        c.code,
                        (c.code, c.title, c.pass_mark, c.weight.numerator, c.weight.denominator),
                    )
                    for c in components
                ),
                marked=tuple(
                    (i, c.pass_mark) for i, c in enumerate(components) if c.pass_mark is not None
                ),
                levels=bands(scheme.scale),
                results=_Memo(),
                totals=_Totals(),
            )
        return last


_PREPARED = _LastScheme()


def _component(component: _Component, score: Decimal | None) -> CheckResult:
    code, title, mark, n, d = component
    path = f"scores[{code}]"
    evidence = (
        ("component", code),
        ("score", score),
        ("pass_mark", mark),
        ("weight", Fraction(n, d)),
    )
    if score is None:
        return CheckResult(
            path=path,
            passed=False,
            message_zh=f"「{title}」没有成绩,考核未完成",
            message_en=f"no score for {title!r}: assessment incomplete",
            evidence=evidence,
        )
    ok = mark is None or score >= mark
    if mark is None:
        zh, en = f"「{title}」{score} 分", f"{title!r}: {score}"
    elif ok:
        zh = f"「{title}」{score} 分,达到及格线 {mark}"
        en = f"{title!r}: {score}, at least the pass mark {mark}"
    else:
        zh = f"「{title}」{score} 分,低于及格线 {mark},不通过"
        en = f"{title!r}: {score}, below the pass mark {mark}: failed"
    return CheckResult(path=path, passed=ok, message_zh=zh, message_en=en, evidence=evidence)


def _total(n: int, d: int, code: str, zh: str, en: str, ok: bool) -> CheckResult:
    shown = as_decimal(Fraction(n, d))
    tail_zh = "" if ok else ",不合格"
    tail_en = "" if ok else ", not a passing grade: failed"
    return CheckResult(
        path="total",
        passed=ok,
        message_zh=f"加权总分 {shown},等次「{zh}」{tail_zh}",
        message_en=f"weighted total {shown}, grade {en!r}{tail_en}",
        evidence=(("total", shown), ("grade", code), ("passing", ok)),
    )


def grading_fast(_params: GradingParams) -> Callable[[TraineeFacts], bool]:
    """:func:`grading` passes: every mark at its pass mark and the total in a passing band.

    The scheme is prepared once per cohort, and each total banded once: a
    cohort's equal totals are one shared ``Fraction``, so the band is kept by
    the total's identity (the total held, so that its id is not reused).
    """
    cohort_seen: object = None
    prepared: _Scheme | None = None
    banded: dict[int, tuple[Fraction, bool]] = {}

    def passes(facts: TraineeFacts) -> bool:
        nonlocal cohort_seen, prepared
        if facts.cohort is not cohort_seen:  # the batch's cohort: once per cohort
            cohort_seen = facts.cohort
            scheme = facts.scheme
            prepared = _PREPARED(scheme) if scheme is not None and scheme.components else None
            banded.clear()
        if prepared is None:
            return True
        total = facts.total
        if total is None:  # a component unscored
            return False
        if prepared.marked:
            marks = facts.marks
            for i, mark in prepared.marked:
                if marks[i][1] < mark:
                    return False
        known = banded.get(id(total))
        if known is not None and known[0] is total:
            return known[1]
        passing = band_of(prepared.levels, total).passing
        banded[id(total)] = (total, passing)
        return passing

    return passes


def _written_marks(facts: TraineeFacts) -> tuple[tuple[str, str], ...]:
    """The marks as written: what :func:`grading` reads besides the scheme (85 and 85.0 differ)."""
    return tuple((code, str(value)) for code, value in facts.marks)


GRADING = CheckDefinition(
    rule_id="evaluation.grading",
    scope=Scope.TRAINEE,
    description_zh="各考核项目达到及格线,加权总分按等次表评定为合格以上",
    description_en="each component at its pass mark; the weighted total in a passing grade",
    params_type=GradingParams,
    function=grading,
    fast=grading_fast,
    key=_written_marks,
    templates=_graded_results,
)
