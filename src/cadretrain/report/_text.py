"""Words shared by the spreadsheet and the page: languages, labels, citations, reasons."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from cadretrain.errors import InvalidValueError
from cadretrain.model import LabelledEnum, label
from cadretrain.rules import Citation, Finding, Severity

__all__ = [
    "LANGUAGES",
    "Language",
    "ReportLanguage",
    "both",
    "check_lang",
    "citations",
    "cited",
    "enum_text",
    "reasons",
]

Language = Literal["zh", "en"]
ReportLanguage = Literal["zh", "en", "both"]
LANGUAGES: tuple[ReportLanguage, ...] = ("zh", "en", "both")

_REASON_SEVERITIES = (Severity.ERROR, Severity.WARNING)


def check_lang(lang: object) -> ReportLanguage:
    """``lang`` if it is one of ``"zh"``, ``"en"``, ``"both"``; else refused."""
    if lang == "zh" or lang == "en" or lang == "both":
        return lang
    raise InvalidValueError("lang", lang, "'zh', 'en' or 'both'")


def both(zh: str, en: str, lang: ReportLanguage) -> str:
    """``zh``, ``en``, or ``"zh en"`` for ``"both"``.

    >>> both("结果", "Outcome", "both"), both("结果", "Outcome", "en")
    ('结果 Outcome', 'Outcome')
    """
    if lang == "zh":
        return zh
    if lang == "en":
        return en
    return f"{zh} {en}"


def enum_text(member: LabelledEnum, lang: ReportLanguage) -> str:
    """An enum member's label in ``lang``; both labels joined by " / " for ``"both"``.

    >>> from cadretrain.model import Outcome
    >>> enum_text(Outcome.COMPLETED, "both")
    '结业 / completed'
    """
    if lang == "both":
        return f"{label(member, 'zh')} / {label(member, 'en')}"
    return label(member, lang)


def citations(findings: Iterable[Finding]) -> tuple[Citation, ...]:
    """Every citation ``findings`` carry, each source once, in order of appearance.

    A finding's own citation (where the rule declares its source) comes
    first, then the citations of the parameter values it used.
    """
    seen: dict[str, Citation] = {}
    for finding in findings:
        own = getattr(finding, "citation", None)
        cited = [own] if isinstance(own, Citation) else []
        cited += [use.citation for use in finding.parameters]
        for citation in cited:
            seen.setdefault(citation.source, citation)
    return tuple(seen.values())


def cited(finding: Finding) -> str:
    """The finding's rule and its sources: ``evaluation.leave_ratio〔《条例》第二十四条〕``."""
    sources = "; ".join(c.source for c in citations((finding,)))
    return f"{finding.rule_id}〔{sources}〕" if sources else finding.rule_id


def reasons(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings that explain an outcome: failed errors and warnings.

    When none failed (a waiver, a deferral, an outcome no rule decided), the
    closing ``evaluation.outcome`` finding explains it instead.
    """
    findings = tuple(findings)
    failed = tuple(f for f in findings if not f.passed and f.severity in _REASON_SEVERITIES)
    if failed:
        return failed
    return tuple(f for f in findings if f.rule_id == "evaluation.outcome")
