"""The cohort report page: one self-contained HTML document, as a ``str``.

What it shows, in order: the class at a glance (programme, dates, venue,
field sites, trainees by role and unit); outcome counts and the grade
distribution; attendance and leave by session, and who missed what; the
curriculum tiers' shares against the policy; every trainee who did not
complete, with the reasons and their sources; the design check's findings
and the evaluation's warnings. Every number is the evaluation's or the
check report's own, or a plain count of the cohort's records.

The page embeds everything it needs (styles, charts as inline SVG, a small
script that pages long tables) and loads nothing: its Content-Security-
Policy forbids every request. Templates are Jinja2 with autoescaping.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

from cadretrain.builtin import BUILTIN_RULES
from cadretrain.errors import InvalidValueError
from cadretrain.evaluation import Assessment, CohortEvaluation
from cadretrain.model import (
    AttendanceStatus,
    Cohort,
    FieldSite,
    LabelledEnum,
    Outcome,
    Role,
    Tier,
    label,
)
from cadretrain.report._charts import FONT_STACK, Bar, Series, bar_chart, stacked_chart
from cadretrain.report._pseudonyms import Pseudonyms
from cadretrain.report._text import ReportLanguage, check_lang, citations, reasons
from cadretrain.rules import Finding, Report, Severity

__all__ = ["to_html"]

_SHOWN_UNITS = 12
_SHOWN_NAMES = 12
_OUTCOME_COLOUR = "#3d7a5a"
_GRADE_COLOUR = "#2f6f9f"
_ROLE_COLOUR = "#7a6a3d"
_TIER_COLOUR = "#6a4c93"
_ATTENDANCE: tuple[tuple[str, str], ...] = (
    (AttendanceStatus.PRESENT.value, "#3d7a5a"),
    (AttendanceStatus.LATE.value, "#8fbf6f"),
    (AttendanceStatus.LEFT_EARLY.value, "#c9c34f"),
    (AttendanceStatus.ON_LEAVE.value, "#e39b3a"),
    (AttendanceStatus.ABSENT.value, "#c0392b"),
)
_NO_RECORD = "no_record"
_NOT_SCHEDULED = (AttendanceStatus.NOT_ENROLLED, AttendanceStatus.WAIVED)


def to_html(
    cohort: Cohort,
    check_report: Report,
    evaluation: CohortEvaluation,
    lang: ReportLanguage = "both",
    *,
    pseudonymise: bool = False,
    page_size: int = 50,
) -> str:
    """The cohort's report page: one self-contained HTML document.

    ``check_report`` is ``ct.check(cohort)``'s (an explain-mode report,
    ``explain=True``, also shows the tier-share bounds the curriculum met);
    ``evaluation`` is ``ct.evaluate(cohort)``'s. ``lang`` is ``"zh"``,
    ``"en"`` or ``"both"`` (each label in Chinese, then English).
    ``pseudonymise=True`` replaces trainees' ids and names everywhere.
    Tables longer than ``page_size`` rows are paged in the browser.
    Needs Jinja2 and matplotlib (the ``report`` extra).

    >>> import cadretrain as ct
    >>> from cadretrain import report
    >>> cohort = ct.examples.jiangan_2015().cohort
    >>> page = report.to_html(cohort, ct.check(cohort), ct.evaluate(cohort), "en")
    >>> page.startswith("<!DOCTYPE html>"), "Not completed" in page, "http://" in page
    (True, True, False)
    """
    import jinja2
    from markupsafe import Markup, escape

    lang = check_lang(lang)
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise InvalidValueError("page_size", page_size, "a positive number of rows, e.g. 50")
    names = Pseudonyms.of(cohort) if pseudonymise else Pseudonyms()

    def t(zh: str, en: str) -> Markup:
        if lang == "zh":
            return escape(zh)
        if lang == "en":
            return escape(en)
        return Markup('<span lang="zh-CN">{}</span> <span lang="en">{}</span>').format(zh, en)

    def plain(zh: str, en: str) -> str:
        return zh if lang == "zh" else en if lang == "en" else f"{zh} {en}"

    def of(member: LabelledEnum) -> Markup:
        return t(label(member, "zh"), label(member, "en"))

    def message(finding: Finding) -> Markup:
        return t(names.text(finding.message_zh), names.text(finding.message_en))

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("cadretrain.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        t=t, of=of, message=message, sources=_sources, pid=names.id, pname=names.name
    )
    environment.filters["share"] = _share
    not_completed = tuple(
        (a, reasons(a.findings)) for a in evaluation.assessments if not a.completed
    )
    attendance = _attendance(cohort, names, plain)
    tiers = _tiers(cohort, check_report, plain)
    context = {
        "lang": lang,
        "html_lang": "en" if lang == "en" else "zh-CN",
        "font_stack": Markup(FONT_STACK),
        "page_size": page_size,
        "cohort": cohort,
        "programme": cohort.programme,
        "evaluation": evaluation,
        "glance": _glance(cohort),
        "sites": _sites(cohort),
        "units": _units(cohort),
        "roles_chart": Markup(_roles_chart(cohort, plain)),
        "outcomes_chart": Markup(_outcomes_chart(evaluation, plain)),
        "grades": _grades(cohort, evaluation),
        "grades_chart": Markup(_grades_chart(cohort, evaluation, plain)),
        "attendance": attendance,
        "attendance_chart": Markup(
            stacked_chart(
                "attendance",
                attendance["bars"],
                attendance["series"],
                title=plain("分课次出勤与请假", "Attendance and leave by session"),
            )
            if attendance["bars"]
            else ""
        ),
        "tiers": tiers,
        "tiers_chart": Markup(
            bar_chart(
                "tiers",
                tiers["bars"],
                colour=_TIER_COLOUR,
                unit="分钟" if lang == "zh" else " min",
                title=plain("各层次课程时长", "Minutes by curriculum tier"),
            )
            if tiers["total"]
            else ""
        ),
        "not_completed": not_completed,
        "by_reason": _by_reason(not_completed),
        "outcome_summary": tuple(
            (outcome, n)
            for outcome, n in evaluation.outcome_counts().items()
            if n and outcome is not Outcome.COMPLETED
        ),
        "trainees": {trainee.id: trainee for trainee in cohort.trainees},
        "design": check_report.failures,
        "warnings": tuple(f for f in evaluation.report.failures if f.severity is Severity.WARNING),
        "path": names.text,
    }
    return environment.get_template("page.html.j2").render(context)


def _glance(cohort: Cohort) -> dict[str, Any]:
    sessions = cohort.instructional_sessions()
    return {
        "days": (cohort.end - cohort.start).days + 1,
        "trainees": len(cohort.trainees),
        "sessions": len(sessions),
        "minutes": sum(s.minutes for s in sessions),
        "organisers": "、".join(o.name for o in cohort.programme.organisers),
    }


def _sites(cohort: Cohort) -> tuple[FieldSite, ...]:
    """The field sites the cohort's sessions visit; the programme's all when none is named."""
    visited = {s.site for s in cohort.sessions if s.site is not None}
    sites = cohort.programme.field_sites
    return tuple(site for site in sites if site.id in visited) or sites


def _units(cohort: Cohort) -> dict[str, Any]:
    counts = Counter(trainee.unit for trainee in cohort.trainees).most_common()
    return {
        "count": len(counts),
        "top": counts[:_SHOWN_UNITS],
        "rest": counts[_SHOWN_UNITS:],
        "rest_trainees": sum(n for _, n in counts[_SHOWN_UNITS:]),
        "all": counts,
    }


def _roles_chart(cohort: Cohort, plain: Any) -> str:
    counts = Counter(trainee.role for trainee in cohort.trainees)
    bars = [
        Bar(key=role.value, label=plain(role.zh, role.en), count=counts[role])
        for role in Role
        if counts[role]
    ]
    bars.sort(key=lambda bar: -bar.count)
    return bar_chart(
        "roles", bars, colour=_ROLE_COLOUR, title=plain("学员身份", "Trainees by role")
    )


def _outcomes_chart(evaluation: CohortEvaluation, plain: Any) -> str:
    bars = [
        Bar(key=outcome.value, label=plain(label(outcome, "zh"), label(outcome, "en")), count=n)
        for outcome, n in evaluation.outcome_counts().items()
    ]
    return bar_chart("outcomes", bars, colour=_OUTCOME_COLOUR, title=plain("评定结果", "Outcomes"))


def _grades(cohort: Cohort, evaluation: CohortEvaluation) -> tuple[tuple[str, str, str, int], ...]:
    """``(code, zh, en, count)`` for each grade, best first."""
    scheme = cohort.programme.scheme
    levels = {level.code: level for level in scheme.scale.levels} if scheme is not None else {}
    out = []
    for code, count in evaluation.grade_distribution().items():
        level = levels.get(code)
        out.append((code, level.zh if level else code, level.en if level else code, count))
    return tuple(out)


def _grades_chart(cohort: Cohort, evaluation: CohortEvaluation, plain: Any) -> str:
    grades = _grades(cohort, evaluation)
    if not grades:
        return ""
    bars = [Bar(key=code, label=plain(zh, en), count=n) for code, zh, en, n in grades]
    return bar_chart(
        "grades", bars, colour=_GRADE_COLOUR, title=plain("等次分布", "Grade distribution")
    )


def _attendance(cohort: Cohort, names: Pseudonyms, plain: Any) -> dict[str, Any]:
    """Per instructional session: trainees by attendance status, and who missed it."""
    sessions = cohort.instructional_sessions()
    if not sessions:
        return {"bars": (), "series": (), "missed": ()}
    index = {session.id: i for i, session in enumerate(sessions)}
    counts = [Counter[str]() for _ in sessions]
    missed: list[dict[str, list[str]]] = [{} for _ in sessions]
    recorded = [0] * len(sessions)
    for record in cohort.attendance:
        i = index.get(record.session)
        if i is None:
            continue
        recorded[i] += 1
        if record.status in _NOT_SCHEDULED:
            continue
        counts[i][record.status.value] += 1
        if record.status in (AttendanceStatus.ABSENT, AttendanceStatus.ON_LEAVE):
            missed[i].setdefault(record.status.value, []).append(names.id(record.trainee))
    enrolled = len(cohort.trainees)
    for i in range(len(sessions)):
        counts[i][_NO_RECORD] = enrolled - recorded[i]
    statuses = {status.value: status for status in AttendanceStatus}
    series = [
        Series(
            key=key,
            label=plain(statuses[key].zh, statuses[key].en),
            colour=colour,
            counts=tuple(c[key] for c in counts),
        )
        for key, colour in _ATTENDANCE
    ]
    series.append(
        Series(
            key=_NO_RECORD,
            label=plain("未记录", "no record"),
            colour="#b8c2cc",
            counts=tuple(c[_NO_RECORD] for c in counts),
        )
    )
    module = cohort.programme.module
    bars = [(s.id, f"{s.on:%m-%d} {s.id} {_short(module(s.module).title)}") for s in sessions]
    rows = []
    for session, who in zip(sessions, missed, strict=True):
        if who:
            rows.append(
                {
                    "session": session,
                    "title": module(session.module).title,
                    "absent": _names_list(who.get(AttendanceStatus.ABSENT.value, [])),
                    "on_leave": _names_list(who.get(AttendanceStatus.ON_LEAVE.value, [])),
                }
            )
    return {"bars": bars, "series": series, "missed": tuple(rows)}


def _short(title: str, size: int = 14) -> str:
    title = title.strip("《》")
    return title if len(title) <= size else title[: size - 1] + "…"


def _names_list(ids: Sequence[str]) -> dict[str, Any]:
    return {"count": len(ids), "shown": ids[:_SHOWN_NAMES], "more": ids[_SHOWN_NAMES:]}


def _tiers(cohort: Cohort, check_report: Report, plain: Any) -> dict[str, Any]:
    """Minutes per tier of the curriculum's instructional modules, and the policy's bounds."""
    minutes = dict.fromkeys(Tier, 0)
    for module in cohort.programme.modules:
        if module.instructional:
            minutes[module.tier] += module.minutes
    total = sum(minutes.values())
    rows = [
        (tier, minutes[tier], Fraction(minutes[tier], total) if total else None) for tier in Tier
    ]
    findings = check_report.for_rule("curriculum.tier_share").findings
    bars = [Bar(key=tier.value, label=plain(tier.zh, tier.en), count=n) for tier, n, _ in rows]
    return {
        "rows": rows,
        "total": total,
        "findings": findings,
        "bars": bars,
    }


def _by_reason(
    not_completed: Iterable[tuple[Assessment, tuple[Finding, ...]]],
) -> tuple[tuple[str, str, str, int], ...]:
    """``(rule id, zh, en, trainees)`` for each rule behind a non-completion, most first."""
    counts: Counter[str] = Counter()
    for _, why in not_completed:
        counts.update({finding.rule_id for finding in why})
    out = []
    for rule_id, n in counts.most_common():
        known = rule_id in BUILTIN_RULES
        zh = BUILTIN_RULES[rule_id].description_zh if known else rule_id
        en = BUILTIN_RULES[rule_id].description_en if known else rule_id
        out.append((rule_id, zh, en, n))
    return tuple(out)


def _sources(finding: Finding) -> str:
    """The finding's rule and the sources it cites."""
    cited = "; ".join(c.source for c in citations((finding,)))
    return f"{finding.rule_id}〔{cited}〕" if cited else finding.rule_id


def _share(value: Fraction | None) -> str:
    """A share exactly, then as a percentage: ``1/7 (14.3%)``."""
    if value is None:
        return "—"
    percent = value * 100
    return f"{value} ({float(percent):.1f}%)"
