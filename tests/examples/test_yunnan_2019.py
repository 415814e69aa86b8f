"""Seed 001 (云南 2019): the karst-area course, the curriculum tiers and the course menu."""

from __future__ import annotations

import datetime as dt

from cadretrain.examples import yunnan_2019
from cadretrain.model import (
    AudienceCategory,
    DeliveryFormat,
    FieldSiteKind,
    ProgrammeFeature,
    Role,
    Tier,
    Topic,
)

SEED = yunnan_2019()
PROGRAMME = SEED.programme
COHORT = SEED.cohort


def _titles(tier: Tier) -> set[str]:
    return {m.title for m in PROGRAMME.modules + PROGRAMME.menu if m.tier is tier}


def test_five_days_from_23_september_at_the_rural_cadre_college() -> None:
    # "9月23日,为期5天的……培训班在云南农村干部学院开班"
    assert COHORT.start == dt.date(2019, 9, 23)
    assert (COHORT.end - COHORT.start).days + 1 == 5
    assert PROGRAMME.duration_days == 5
    assert COHORT.venue == "云南农村干部学院"
    assert {s.on for s in COHORT.sessions} == {COHORT.start + dt.timedelta(d) for d in range(5)}


def test_148_township_leaders() -> None:
    # "学员是148名来自滇黔桂石漠化区云南片区乡镇的领导班子成员"
    assert len(COHORT.trainees) == 148
    assert {t.role for t in COHORT.trainees} == {Role.TOWNSHIP_LEADER}
    assert PROGRAMME.audience == (AudienceCategory.LOCAL_LEADERS,)


def test_tiers_as_the_article_lists_them() -> None:
    # "必修课" / "重点课" / "选修课" / "特色课程"
    assert _titles(Tier.COMPULSORY) == {"习近平总书记关于扶贫工作的重要论述"}
    assert {"脱贫攻坚政策法规", "精准扶贫精准脱贫工作方法", "扶贫领域作风教育"} <= _titles(Tier.KEY)
    assert any("心理健康" in t for t in _titles(Tier.ELECTIVE))
    assert _titles(Tier.SPECIALTY) == {"乡村振兴", "高原特色农业发展", "沿边开发开放"}


def test_content_of_the_course() -> None:
    # "中央农村工作会议精神和乡村振兴战略相关政策、产业脱贫、就业脱贫、生态治理等内容"
    topics = {t for m in PROGRAMME.modules for t in m.topics}
    assert {
        Topic.RURAL_REVITALISATION,
        Topic.INDUSTRY,
        Topic.EMPLOYMENT,
        Topic.ECOLOGY,
    } <= topics
    assert any("中央农村工作会议精神" in m.title for m in PROGRAMME.modules)


def test_theory_plus_field_teaching_at_cooperatives_and_relocation_sites() -> None:
    # "“理论培训+实战教学”模式……种植养殖合作社、……易地扶贫搬迁安置点等开展教学"
    assert PROGRAMME.has(ProgrammeFeature.THEORY_PLUS_PRACTICE)
    visited = {
        PROGRAMME.field_site(s.site).kind
        for s in COHORT.sessions
        if s.site is not None and COHORT.format_of(s) is DeliveryFormat.FIELD_TEACHING
    }
    assert visited == {FieldSiteKind.COOPERATIVE, FieldSiteKind.RELOCATION_SITE}


def test_wenshan_orders_from_the_menu() -> None:
    # "文山州……探索“通用主课+特色课”的课程模式,供各级干部“点单”"
    assert PROGRAMME.has(ProgrammeFeature.MENU_ORDERING)
    (order,) = PROGRAMME.orders
    menu = {m.code for m in PROGRAMME.menu}
    assert order.unit == "文山州"
    assert order.codes
    assert set(order.codes) <= menu
