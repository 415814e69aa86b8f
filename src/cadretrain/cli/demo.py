"""The ``demo`` command's text: a readable summary of a seed programme and its first cohort.

Everything here is a pure function from a :class:`~cadretrain.examples.SeedProgramme`
to lines of text; :func:`cadretrain.cli.main` prints them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

from cadretrain.cli._text import Labeller, Lang, duration, table, width
from cadretrain.examples import SeedProgramme
from cadretrain.model import Cohort, Deliverable, FieldSite, Module, Programme, Session, Tier

__all__ = ["render_summary"]

_WEEKDAYS_ZH = "一二三四五六日"
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def render_summary(seed: SeedProgramme, lang: Lang = "both") -> str:
    """The summary of ``seed``: programme, first cohort, sites, enrolment, work, notes.

    >>> from cadretrain.examples import jiangan_2015
    >>> text = render_summary(jiangan_2015(), "en")
    >>> text.splitlines()[0]
    '2015年贫困村干部扶贫培训班'
    >>> "Enrolment by role" in text and "Total" in text
    True
    """
    t = Labeller(lang)
    sections = (
        _programme(seed, t),
        _audience(seed.programme, t),
        _modules(seed.programme, t),
        _cohort(seed, t),
        _sessions(seed.cohort, t),
        _field_sites(seed.programme, t),
        _enrolment(seed.cohort, t),
        _deliverables(seed, t),
        _postings(seed, t),
        _records(seed, t),
        _notes(seed, lang),
    )
    title = seed.programme.title
    head = [title, "=" * width(title), f"{seed.key} · {seed.source}"]
    blocks = ["\n".join(head)] + ["\n".join(lines) for lines in sections if lines]
    return "\n\n".join(blocks) + "\n"


def _heading(t: Labeller, zh: str, en: str) -> str:
    text = t(zh, en)
    return f"{text}\n{'-' * width(text)}"


def _programme(seed: SeedProgramme, t: Labeller) -> list[str]:
    p = seed.programme
    rows = [
        (t("主办", "Organisers"), f"{o.name}({t.of(o.kind)}, {t.of(o.level)})")
        for o in p.organisers
    ]
    rows = [(label if i == 0 else "", text) for i, (label, text) in enumerate(rows)]
    rows.append((t("层级", "Level"), t.of(p.level)))
    if p.duration_days is not None:
        rows.append((t("学制", "Duration"), t(f"{p.duration_days}天", f"{p.duration_days} days")))
    for label, items in (
        (t("特点", "Features"), [t.of(f) for f in p.features]),
        (t("管理", "Management"), [t.of(m) for m in p.management]),
        (t("目标", "Objectives"), list(p.objectives)),
    ):
        rows += [(label if i == 0 else "", item) for i, item in enumerate(items)]
    return [_heading(t, "培训项目", "Programme"), *table(rows)]


def _audience(p: Programme, t: Labeller) -> list[str]:
    rows = [(t.of(a), "→", t.of(a.capability)) for a in p.audience]
    return [_heading(t, "培训对象与能力重点", "Audience and capability focus"), *table(rows)]


def _modules(p: Programme, t: Labeller) -> list[str]:
    rows: list[tuple[str, ...] | str] = []
    for tier in Tier:
        modules = [m for m in p.modules if m.tier is tier and m.instructional]
        menu = [m for m in p.menu if m.tier is tier]
        if modules:
            total = duration(sum(m.minutes for m in modules), t.lang)
            rows.append(f"  {t.of(tier)}  ({t('合计', 'total')} {total})")
        elif menu:
            rows.append(f"  {t.of(tier)}")
        rows += [_module_row(m, t.of(m.format), t) for m in modules]
        rows += [_module_row(m, t("课程菜单", "course menu"), t) for m in menu]
    others = [m for m in p.modules if not m.instructional]
    if others:
        rows.append(f"  {t('非教学环节', 'Not instruction')}")
        rows += [_module_row(m, t.of(m.format), t) for m in others]
    lines = [_heading(t, "课程(按层级)", "Modules by tier"), *table(rows, indent=4)]
    for order in p.orders:
        lines.append(f"  {t('点单', 'Order')}  {order.unit} → {', '.join(order.codes)}")
    return lines


def _module_row(m: Module, how: str, t: Labeller) -> tuple[str, ...]:
    title = f"{m.title} · {m.teacher}" if m.teacher and m.teacher not in m.title else m.title
    return (m.code, duration(m.minutes, t.lang), how, title)


def _day(on: dt.date, t: Labeller) -> str:
    return f"{on.isoformat()} " + t(f"星期{_WEEKDAYS_ZH[on.weekday()]}", _WEEKDAYS_EN[on.weekday()])


def _cohort(seed: SeedProgramme, t: Labeller) -> list[str]:
    c = seed.cohort
    days = (c.end - c.start).days + 1
    rows = [
        (t("班次", "Cohort"), f"{c.title} [{c.id}]" if c.title else c.id),
        (
            t("日期", "Dates"),
            f"{c.start.isoformat()} – {c.end.isoformat()}, " + t(f"{days}天", f"{days} days"),
        ),
        (t("地点", "Venue"), c.venue),
    ]
    if c.region:
        rows.append((t("片区", "Region"), c.region))
    rows.append((t("学员", "Trainees"), str(len(c.trainees))))
    class_time = sum(s.minutes for s in c.instructional_sessions())
    rows.append((t("教学时间", "Class time"), duration(class_time, t.lang)))
    if c.study_groups:
        rows.append((t("学习小组", "Study groups"), str(len(c.study_groups))))
    if c.speakers:
        speakers = ", ".join(c.trainee(s).name for s in c.speakers)
        rows.append((t("典型发言", "Speakers"), f"{len(c.speakers)}: {speakers}"))
    return [_heading(t, "第一期", "First cohort"), *table(rows), *_all_cohorts(seed, t)]


def _all_cohorts(seed: SeedProgramme, t: Labeller) -> list[str]:
    n = len(seed.cohorts)
    if n == 1:
        return []
    rows: list[tuple[str, ...] | str] = [
        (
            o.id,
            o.title,
            f"{o.start.isoformat()} – {o.end.isoformat()}",
            _people(len(o.trainees), t),
        )
        for o in seed.cohorts
    ]
    total = _people(sum(len(o.trainees) for o in seed.cohorts), t)
    rows.append((t("合计", "Total"), "", "", total))
    return ["", "  " + t(f"全部{n}期", f"All {n} cohorts"), *table(rows, indent=4)]


def _people(n: int, t: Labeller) -> str:
    return t(f"{n}人", f"{n} trainee" + ("" if n == 1 else "s"))


def _sessions(c: Cohort, t: Labeller) -> list[str]:
    rows: list[tuple[str, ...] | str] = []
    sessions = c.ordered_sessions()
    for on in sorted({s.on for s in sessions}):
        rows.append(f"  {_day(on, t)}")
        rows += [_session_row(c, s, t) for s in sessions if s.on == on]
    return [_heading(t, "日程(按日)", "Sessions by day"), *table(rows, indent=4)]


def _session_row(c: Cohort, s: Session, t: Labeller) -> tuple[str, ...]:
    span = s.span()
    when = f"{span[0]:%H:%M}–{span[1]:%H:%M}" if span else "—"
    module = c.programme.module(s.module)
    place = c.programme.field_site(s.site).name if s.site else s.venue
    title = f"{module.title}  @ {place}" if place and place != c.venue else module.title
    return (when, s.module, t.of(c.format_of(s)), title)


def _field_sites(p: Programme, t: Labeller) -> list[str]:
    if not p.field_sites:
        return []
    rows: list[tuple[str, ...] | str] = []
    regions = tuple(dict.fromkeys(s.region for s in p.field_sites))
    for region in regions:
        sites = [s for s in p.field_sites if s.region == region]
        if region:
            rows.append(f"  {region}({len(sites)})")
        for site in sites:
            rows.append(_site_row(site, t))
            facts = _site_facts(site, t)
            if facts:
                rows.append(" " * 11 + f"↳ {facts}")
    heading = _heading(
        t, f"现场教学点({len(p.field_sites)})", f"Field sites ({len(p.field_sites)})"
    )
    return [heading, *table(rows, indent=4 if any(regions) else 2)]


def _site_row(site: FieldSite, t: Labeller) -> tuple[str, ...]:
    themes = ("、" if t.lang == "zh" else ", ").join(t.of(theme) for theme in site.themes)
    return (site.id, t.of(site.kind), site.name, themes)


def _site_facts(site: FieldSite, t: Labeller) -> str:
    facts = [site.assistance_model] if site.assistance_model else []
    for i in site.indicators:
        about = ("~" if t.lang == "en" else "约") if i.approximate else ""
        year = f"({i.year})" if i.year else ""
        facts.append(f"{i.name} {about}{i.value}{i.unit}{year}")
    return "; ".join(facts)


def _enrolment(c: Cohort, t: Labeller) -> list[str]:
    counts = Counter(trainee.role for trainee in c.trainees)
    rows = [(t.of(role), str(n)) for role, n in counts.items()]
    rows.append((t("合计", "Total"), str(len(c.trainees))))
    lines = [_heading(t, "学员构成(按身份)", "Enrolment by role"), *table(rows)]
    if c.required_units:
        units = {trainee.unit for trainee in c.trainees}
        covered = sum(1 for u in c.required_units if u in units)
        lines.append(
            "  " + t("应覆盖单位", "Required units") + f"  {covered} / {len(c.required_units)}"
        )
    return lines


def _deliverables(seed: SeedProgramme, t: Labeller) -> list[str]:
    scheme = seed.programme.scheme
    if scheme is None:
        return []
    end = seed.cohort.end
    rows: list[tuple[str, ...] | str] = [
        (t.of(d.kind), t("截止", "due") + f" {d.due(end).isoformat()}", _after(d, t), d.title)
        for d in scheme.deliverables
    ]
    lines = [_heading(t, "考核与作业", "Assessment and deliverables"), *table(rows)]
    facts = []
    if scheme.components:
        weights = "; ".join(f"{c.title} {c.weight}" for c in scheme.components)
        facts.append((t("评分构成", "Components"), weights))
    levels = scheme.scale.levels
    bands = [f"{t(g.zh, g.en)} ≥{g.min_score}" for g in levels[:-1]]
    bands.append(
        f"{t(levels[-1].zh, levels[-1].en)}"
        + (f" <{levels[-2].min_score}" if len(levels) > 1 else "")
    )
    facts.append((t("等次", "Grades"), " / ".join(bands)))
    return [*lines, *table(facts)]


def _after(d: Deliverable, t: Labeller) -> str:
    zh = (f"{d.due_months}个月" if d.due_months else "") + (f"{d.due_days}天" if d.due_days else "")
    en = " ".join(
        ([f"{d.due_months} months"] if d.due_months else [])
        + ([f"{d.due_days} days"] if d.due_days else [])
    )
    return t(f"结业后{zh or '当天'}", f"{en} after the end" if en else "on the last day")


def _postings(seed: SeedProgramme, t: Labeller) -> list[str]:
    if not seed.postings:
        return []
    rows = []
    for p in seed.postings:
        grades = ", ".join(f"{a.year} {t.of(a.grade)}" for a in p.appraisals)
        recall = " → ".join(t.of(r.step) for r in p.recall)
        rows.append(
            (
                p.name,
                p.village.village,
                p.sending_unit,
                f"{p.start.isoformat()} – {p.end.isoformat()}",
                grades,
                recall,
            )
        )
    return [_heading(t, "驻村任职", "Village postings"), *table(rows)]


def _records(seed: SeedProgramme, t: Labeller) -> list[str]:
    if not seed.records:
        return []
    rows = [
        (
            r.name,
            t.of(r.rank),
            t(
                f"{len(r.entries)}条",
                f"{len(r.entries)} " + ("entry" if len(r.entries) == 1 else "entries"),
            ),
            "; ".join(e.title for e in r.entries),
        )
        for r in seed.records
    ]
    return [_heading(t, "个人培训档案", "Personal training records"), *table(rows)]


def _notes(seed: SeedProgramme, lang: Lang) -> list[str]:
    notes: list[str] = []
    if lang in ("zh", "both"):
        notes += seed.notes_zh
    if lang in ("en", "both"):
        notes += seed.notes_en
    return [_heading(Labeller(lang), "说明", "Notes"), *_bullets(notes)]


def _bullets(notes: list[str]) -> Iterator[str]:
    for note in notes:
        yield f"  - {note}"
