"""Seed 000 (湖南 2019): five regions at once, 225 team leaders, 16 field sites."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

from cadretrain.examples import hunan_2019
from cadretrain.model import (
    AudienceCategory,
    DeliveryFormat,
    ProgrammeFeature,
    Role,
    Tier,
    Topic,
)

SEED = hunan_2019()
PROGRAMME = SEED.programme


def test_organised_by_the_organisation_department_with_the_poverty_office() -> None:
    # "省委组织部举办的省派驻村帮扶工作队示范培训班" / "省委组织部、省扶贫办有关负责同志"
    names = [o.name for o in PROGRAMME.organisers]
    assert any("省委组织部" in n for n in names)
    assert any("省扶贫办" in n for n in names)
    assert PROGRAMME.audience == (AudienceCategory.ASSISTANCE,)


def test_225_team_leaders_in_five_regional_cohorts_at_the_same_time() -> None:
    # "全省225名省派扶贫队长" / "在这5个片区同步进行"
    assert [c.region for c in SEED.cohorts] == ["湘西州", "怀化", "邵阳", "娄底", "张家界"]
    assert sum(len(c.trainees) for c in SEED.cohorts) == 225
    assert all(t.role is Role.WORK_TEAM_LEADER for c in SEED.cohorts for t in c.trainees)
    assert len({(c.start, c.end) for c in SEED.cohorts}) == 1
    # "近日" in an article of 2019-05-06: the assumed dates fall before it
    assert SEED.cohort.end < dt.date(2019, 5, 6)


def test_16_field_sites_three_or_four_per_region() -> None:
    # "每个片区精心挑选了3-4个……现场教学点" / "16个现场教学点"
    assert len(PROGRAMME.field_sites) == 16
    per_region = Counter(s.region for s in PROGRAMME.field_sites)
    assert all(3 <= n <= 4 for n in per_region.values())
    for cohort in SEED.cohorts:
        visited = {s.site for s in cohort.sessions if s.site is not None}
        assert 3 <= len(visited) <= 4, cohort.id


def test_sites_cover_the_five_themes() -> None:
    # "涵盖了产业发展、基层党建、文创旅游、电子商务、环境整治等方方面面"
    themes = {t for s in PROGRAMME.field_sites for t in s.themes}
    assert {
        Topic.INDUSTRY,
        Topic.PARTY_BUILDING,
        Topic.CULTURE_TOURISM,
        Topic.E_COMMERCE,
        Topic.ENVIRONMENT,
    } <= themes


def test_first_stop_shibadong_with_the_compulsory_first_lesson() -> None:
    # "第一课" ... "培训第一站选在“精准扶贫”首倡地十八洞村"
    first = SEED.cohort.ordered_sessions()[0]
    assert PROGRAMME.field_site(first.site or "").name == "十八洞村"
    module = PROGRAMME.module(first.module)
    assert module.tier is Tier.COMPULSORY
    assert module.title == "习近平总书记关于扶贫工作的重要论述"


def test_named_sites_with_their_models_and_figures() -> None:
    sites = {s.name: s for s in PROGRAMME.field_sites}
    wanggao = sites["望高村"]
    # "“党小组+合作社+公司+农户”的模式……2018年村民人均增收近3000元"
    assert wanggao.assistance_model == "党小组+合作社+公司+农户"
    (income,) = wanggao.indicators
    assert (income.value, income.year, income.approximate) == (Decimal(3000), 2018, True)
    # "“企业+贫困户+市场”扶贫模式……人均收入达2万元"
    yuehan = sites["月汉村"]
    assert yuehan.assistance_model == "企业+贫困户+市场"
    assert yuehan.indicators[0].value == Decimal(20000)
    assert yuehan.place.county == "新宁县"
    assert "花垣县东晟中药材种植合作社" in sites  # "参观完花垣县东晟中药材种植合作社后"


def test_the_dialogue_guests_villages_are_not_field_sites() -> None:
    # "油溪桥村党支部书记彭育晚" and "合群村支部书记钟白玉" are evening-dialogue guests;
    # the article never says their villages were visited.
    sites = {s.name for s in PROGRAMME.field_sites}
    assert not {"油溪桥村", "合群村"} & sites
    assert not any(s.place.village in ("油溪桥村", "合群村") for s in PROGRAMME.field_sites)
    dialogues = " ".join(m.title + m.teacher for m in PROGRAMME.modules)
    assert "油溪桥村" in dialogues
    assert "合群村" in dialogues


def test_the_leaders_trained_together_with_backbones() -> None:
    # "全省225名省派扶贫队长与扶贫骨干们一道": the notes say so, and that only the leaders are listed
    assert any("扶贫骨干" in note for note in SEED.notes_zh)
    assert any("backbones" in note for note in SEED.notes_en)


def test_every_cohort_has_an_evening_dialogue_groups_and_three_speakers() -> None:
    # "每期培训班利用晚上的时间……扶贫夜话" / "每期培训班都精心挑选了3名学员代表作典型发言"
    for cohort in SEED.cohorts:
        evenings = [
            s for s in cohort.sessions if cohort.format_of(s) is DeliveryFormat.EVENING_DIALOGUE
        ]
        assert evenings
        assert all(s.start and s.start >= dt.time(18, 0) for s in evenings)
        assert len(cohort.speakers) == 3
        grouped = [m for g in cohort.study_groups for m in g.members]
        assert sorted(grouped) == sorted(t.id for t in cohort.trainees)


def test_named_evening_guests() -> None:
    # "梁金华" (怀化), "彭育晚" (娄底), "钟白玉" (张家界)
    teachers = " ".join(m.teacher for m in PROGRAMME.modules)
    assert all(name in teachers for name in ("梁金华", "彭育晚", "钟白玉"))


def test_theory_plus_practice() -> None:
    assert PROGRAMME.has(ProgrammeFeature.THEORY_PLUS_PRACTICE)
