"""Findings and reports: what evaluation found, in words and numbers.

A :class:`Finding` is one judgement of one element: the rule id, its
severity, the element's path (``sessions[0]``, ``trainees[t-017]``), zh and
en messages, the evidence numbers and the parameter values used, each with
its citation. A :class:`Report` is an ordered tuple of findings: the order
is the interpreter's (rule tree order, then each check's own yield order),
never a dict's or a set's, so the same inputs print the same report.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model._labelled import Language
from cadretrain.model._trusted import maker
from cadretrain.rules._ids import check_node_id
from cadretrain.rules.checks import CheckResult
from cadretrain.rules.citation import Citation
from cadretrain.rules.severity import Severity
from cadretrain.rules.values import (
    Evidence,
    ParamValue,
    check_param_value,
    format_value,
    to_evidence,
)

__all__ = ["Finding", "ParameterUse", "Report"]


def _text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(attribute.name, value, "a non-empty string")


@attrs.frozen(kw_only=True)
class ParameterUse:
    """A parameter value a check was run with, and where it came from."""

    name: str = attrs.field(validator=_text)
    value: ParamValue = attrs.field(validator=lambda _i, a, v: check_param_value(v, field=a.name))
    citation: Citation = attrs.field(validator=attrs.validators.instance_of(Citation))

    def describe(self) -> str:
        """``max_share=1/7〔《条例》第二十四条〕``."""
        return f"{self.name}={format_value(self.value)}〔{self.citation.source}〕"


def _uses(value: Iterable[ParameterUse]) -> tuple[ParameterUse, ...]:
    uses = tuple(value)
    for i, use in enumerate(uses):
        if not isinstance(use, ParameterUse):
            raise InvalidValueError(f"parameters[{i}]", use, "a ParameterUse")
    return uses


@attrs.frozen(kw_only=True)
class Finding:
    """One judgement of one element by one rule."""

    rule_id: str = attrs.field(validator=lambda _i, a, v: check_node_id(v, field=a.name))
    severity: Severity = attrs.field(validator=attrs.validators.instance_of(Severity))
    path: str = attrs.field(validator=_text)
    passed: bool = attrs.field(validator=attrs.validators.instance_of(bool))
    message_zh: str = attrs.field(validator=_text)
    message_en: str = attrs.field(validator=_text)
    evidence: Evidence = attrs.field(default=(), converter=to_evidence)
    parameters: tuple[ParameterUse, ...] = attrs.field(default=(), converter=_uses)
    citation: Citation | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Citation))
    )
    """The source of the rule that made the finding (``None`` only in findings
    stored before findings cited: every finding the library makes cites)."""

    @classmethod
    def of_result(
        cls,
        result: CheckResult,
        *,
        rule_id: str,
        severity: Severity,
        parameters: tuple[ParameterUse, ...],
        citation: Citation | None = None,
    ) -> Finding:
        """The finding a check's result makes, without validating its parts again.

        Every part was validated already: the path, messages and evidence by
        the :class:`~cadretrain.rules.CheckResult`, the rule id by the rule
        book, the parameter uses when they were resolved. Building a finding
        per result is the interpreter's hot path, so this skips the second
        validation; the result equals ``Finding(...)`` with the same values.
        """
        return _trusted(
            rule_id,
            severity,
            result.path,
            result.passed,
            result.message_zh,
            result.message_en,
            result.evidence,
            parameters,
            citation,
        )

    @property
    def is_error(self) -> bool:
        """A failed finding of severity ERROR: what makes a report not ok."""
        return not self.passed and self.severity is Severity.ERROR

    def message(self, lang: Language = "zh") -> str:
        """The message in ``lang`` ("zh" or "en")."""
        if lang == "zh":
            return self.message_zh
        if lang == "en":
            return self.message_en
        raise InvalidValueError("lang", lang, "'zh' or 'en'")

    def explain(self, lang: Language = "zh") -> str:
        """The finding on one line: mark, severity, rule, path, message, numbers."""
        message = self.message(lang)
        words = _WORDS[lang]
        line = (
            f"{'✓' if self.passed else '✗'} {self.severity.label(lang)} "
            f"{self.rule_id} {self.path}: {message}"
        )
        if self.evidence:
            shown = ", ".join(f"{k}={format_value(v)}" for k, v in self.evidence)
            line += f" | {words['evidence']} {shown}"
        if self.parameters:
            line += f" | {words['parameters']} " + ", ".join(p.describe() for p in self.parameters)
        if self.citation is not None:
            line += f" | {words['source']} {self.citation.source}"
        return line


def _trusted(
    rule_id: str,
    severity: Severity,
    path: str,
    passed: bool,
    message_zh: str,
    message_en: str,
    evidence: Evidence,
    parameters: tuple[ParameterUse, ...],
    citation: Citation | None = None,
) -> Finding:
    """``Finding(...)`` of parts validated already, without validating them again."""
    return _new_finding(
        rule_id, severity, path, passed, message_zh, message_en, evidence, parameters, citation
    )


_new_finding = maker(Finding)

_WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "evidence": "依据",
        "parameters": "参数",
        "source": "出处",
        "ok": "✓ 通过",
        "not_ok": "✗ 不通过",
        "summary": "{errors} 项错误,{warnings} 项警告,共 {total} 条记录",
    },
    "en": {
        "evidence": "evidence",
        "parameters": "parameters",
        "source": "source",
        "ok": "✓ passed",
        "not_ok": "✗ failed",
        "summary": "{errors} error(s), {warnings} warning(s), {total} finding(s)",
    },
}


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    findings = tuple(value)
    if not all(map(isinstance, findings, repeat(Finding))):  # in C: a report may hold millions
        i, bad = next((i, f) for i, f in enumerate(findings) if not isinstance(f, Finding))
        raise InvalidValueError(f"findings[{i}]", bad, "a Finding")
    return findings


@attrs.frozen(kw_only=True)
class Report:
    """The findings of one evaluation, in a stable order.

    ``ok`` is true when no finding is a failed error; warnings and
    informational findings (including failures that a passing ``AnyOf``
    demoted to INFO) do not make a report fail.

    >>> bad = Finding(rule_id="toy.limit", severity=Severity.ERROR, path="cohort",
    ...               passed=False, message_zh="超出上限", message_en="over the limit",
    ...               evidence=(("count", 5),))
    >>> Report(findings=()).ok, Report(findings=(bad,)).ok
    (True, False)
    >>> print(Report(findings=(bad,)).explain("en"))
    ✗ failed — 1 error(s), 0 warning(s), 1 finding(s)
      ✗ error toy.limit cohort: over the limit | evidence count=5
    """

    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_findings)

    @classmethod
    def concat(cls, *reports: Report) -> Report:
        """One report with the findings of ``reports``, in the order given."""
        return cls(findings=tuple(f for report in reports for f in report.findings))

    @property
    def ok(self) -> bool:
        """No failed finding of severity ERROR."""
        return not self.errors

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Failed findings of severity ERROR."""
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """Failed findings of severity WARNING."""
        return tuple(f for f in self.findings if not f.passed and f.severity is Severity.WARNING)

    @property
    def failures(self) -> tuple[Finding, ...]:
        """Every failed finding, whatever its severity."""
        return tuple(f for f in self.findings if not f.passed)

    def for_rule(self, rule_id: str) -> Report:
        """The findings of one rule id."""
        return Report(findings=tuple(f for f in self.findings if f.rule_id == rule_id))

    def for_path(self, prefix: str) -> Report:
        """The findings at ``prefix`` or below it (``trainees[t-1]``, ``….hours``)."""
        return Report(
            findings=tuple(
                f
                for f in self.findings
                if f.path == prefix or f.path.startswith((f"{prefix}.", f"{prefix}["))
            )
        )

    def merge(self, other: Report) -> Report:
        """This report's findings followed by ``other``'s."""
        return Report.concat(self, other)

    def explain(self, lang: Language = "zh") -> str:
        """The report as text: a verdict line, then one line per finding."""
        if lang not in _WORDS:
            raise InvalidValueError("lang", lang, "'zh' or 'en'")
        words = _WORDS[lang]
        summary = words["summary"].format(
            errors=len(self.errors), warnings=len(self.warnings), total=len(self.findings)
        )
        head = f"{words['ok'] if self.ok else words['not_ok']} — {summary}"
        return "\n".join([head, *(f"  {f.explain(lang)}" for f in self.findings)])
