"""Seed 000: Hunan's 2019 demonstration training of provincial village work teams.

省委组织部 (with 省扶贫办) 省派驻村帮扶工作队示范培训班, run at the same time
in five regions (片区): the first lesson on 习近平总书记关于扶贫工作的重要论述
(the first stop at 十八洞村), 3-4 field sites per region, 16 in all, evening
dialogues (扶贫夜话), study groups and three representative speakers a cohort.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

import attrs

from cadretrain.examples import _build as build
from cadretrain.examples import _fictitious as fict
from cadretrain.examples._seed import SeedProgramme, seed
from cadretrain.model import (
    AdminLevel,
    AudienceCategory,
    Capability,
    Cohort,
    DeliveryFormat,
    FieldSite,
    FieldSiteKind,
    Indicator,
    Module,
    Place,
    Programme,
    ProgrammeFeature,
    Role,
    Session,
    StudyGroup,
    Tier,
    Topic,
)
from cadretrain.policies.sources import SEED_HUNAN_2019

__all__ = ["hunan_2019"]

LEADERS = 225  # "全省225名省派扶贫队长"
REGIONS = ("湘西州", "怀化", "邵阳", "娄底", "张家界")  # "在这5个片区同步进行"
_PREFECTURE = {
    "湘西州": "湘西土家族苗族自治州",
    "怀化": "怀化市",
    "邵阳": "邵阳市",
    "娄底": "娄底市",
    "张家界": "张家界市",
}
_ASSIST = Capability.ASSISTANCE
_IND, _PB, _CT = Topic.INDUSTRY, Topic.PARTY_BUILDING, Topic.CULTURE_TOURISM
_EC, _ENV = Topic.E_COMMERCE, Topic.ENVIRONMENT

# Evening dialogues named in the article, by region: (topic, guest).
_DIALOGUES = {
    "怀化": ("农村规范建房、防止私搭乱建", "党的十九大代表、溆浦县北斗溪镇党委书记梁金华"),
    "娄底": ("油溪桥村如何从贫困村发展为全国文明村", "油溪桥村党支部书记彭育晚"),
    "张家界": ("产业发展如何凝聚共识,让群众愿意跟着干", "合群村支部书记钟白玉"),
}
_GUESTS = "工作优秀、实绩突出的乡党委书记、村支部书记、扶贫“老队长”代表"


def _site(
    sid: str,
    name: str,
    region: str,
    kind: FieldSiteKind,
    themes: tuple[Topic, ...],
    *,
    county: str = "",
    village: str = "",
    model: str = "",
    indicators: tuple[Indicator, ...] = (),
) -> FieldSite:
    place = Place(province="湖南省", prefecture=_PREFECTURE[region], county=county, village=village)
    site = build.field_site(sid, name, kind, place, themes)
    return attrs.evolve(site, region=region, assistance_model=model, indicators=indicators)


def _generic(sid: str, region: str, theme: Topic, kind: FieldSiteKind) -> FieldSite:
    """A fictitious site: the article names only some of the 16."""
    return _site(sid, f"{region}片区{theme.zh}现场教学点", region, kind, (theme,))


_V, _COOP, _ENT = FieldSiteKind.VILLAGE, FieldSiteKind.COOPERATIVE, FieldSiteKind.ENTERPRISE

FIELD_SITES = (
    _site("fs-01", "十八洞村", "湘西州", _V, (Topic.THEORY, _IND, _CT), county="花垣县",
          village="十八洞村"),
    _site("fs-02", "望高村", "湘西州", _V, (_IND, _PB), county="花垣县", village="望高村",
          model="党小组+合作社+公司+农户",
          indicators=(Indicator(name="村民人均增收", value=Decimal(3000), unit="元", year=2018,
                                approximate=True),)),
    _site("fs-03", "花垣县东晟中药材种植合作社", "湘西州", _COOP, (_IND,), county="花垣县"),
    _generic("fs-04", "湘西州", _EC, _ENT),
    _generic("fs-05", "怀化", _IND, _COOP),
    _generic("fs-06", "怀化", _EC, _ENT),
    _generic("fs-07", "怀化", _ENV, _V),
    _site("fs-08", "月汉村", "邵阳", _V, (_IND,), county="新宁县", village="月汉村",
          model="企业+贫困户+市场",
          indicators=(Indicator(name="人均收入", value=Decimal(20000), unit="元"),)),
    _generic("fs-09", "邵阳", _PB, _V),
    _generic("fs-10", "邵阳", _CT, _V),
    _site("fs-11", "油溪桥村", "娄底", _V, (_PB, _ENV, _IND), village="油溪桥村",
          indicators=(Indicator(name="村级集体收入", value=Decimal(1000000), unit="元",
                                approximate=True),)),
    _generic("fs-12", "娄底", _EC, _ENT),
    _generic("fs-13", "娄底", _CT, _V),
    _site("fs-14", "合群村", "张家界", _V, (_IND, _PB), village="合群村"),
    _generic("fs-15", "张家界", _CT, _V),
    _generic("fs-16", "张家界", _ENV, _V),
)  # fmt: skip


def _assisting(
    code: str,
    title: str,
    topics: tuple[Topic, ...],
    fmt: DeliveryFormat,
    minutes: int,
    *,
    teacher: str = "",
) -> Module:
    """A key module for the assistance capability: every module but the first lesson is one."""
    return build.module(
        code, title, Tier.KEY, topics, minutes, fmt=fmt, capability=_ASSIST, teacher=teacher
    )


def _modules() -> tuple[Module, ...]:
    core = (
        build.lecture("H01", "习近平总书记关于扶贫工作的重要论述", Tier.COMPULSORY, (Topic.THEORY,),
                      120),
        _assisting("H02", "学习贯彻习近平总书记重要讲话精神解读(“点穴式”讲解)",
                   (Topic.POLICY_AND_LAW, Topic.CONDUCT), DeliveryFormat.LECTURE, 90,
                   teacher="省委组织部、省扶贫办有关负责同志"),
        _assisting("H03", "现场教学:田间课堂取真经", (_IND, _PB, _CT, _EC, _ENV),
                   DeliveryFormat.FIELD_TEACHING, 150),
        _assisting("H04", "扶贫夜话", (Topic.METHODS,), DeliveryFormat.EVENING_DIALOGUE, 120,
                   teacher=_GUESTS),
        _assisting("H05", "学习小组交流:谈体会感受、设想打算和意见建议", (Topic.METHODS,),
                   DeliveryFormat.DISCUSSION, 90),
        _assisting("H06", "学员代表典型发言", (Topic.METHODS,), DeliveryFormat.EXPERIENCE_SHARING,
                   90),
    )  # fmt: skip
    named = tuple(
        _assisting(f"H04-{index + 1}", f"扶贫夜话:{topic}", (Topic.METHODS,),
                   DeliveryFormat.EVENING_DIALOGUE, 120, teacher=guest)
        for index, (topic, guest) in enumerate(_DIALOGUES.values())
    )  # fmt: skip
    return core + named


def _programme() -> Programme:
    return Programme(
        id="hunan-2019",
        title="省派驻村帮扶工作队示范培训班",
        organisers=(
            build.organisation_department("中共湖南省委组织部", AdminLevel.PROVINCE),
            build.government_department("湖南省扶贫办", AdminLevel.PROVINCE),
        ),
        level=AdminLevel.PROVINCE,
        audience=(AudienceCategory.ASSISTANCE,),
        modules=_modules(),
        objectives=(
            "筑牢信念之基、实地观摩取经、共商扶贫对策",
            "在一线“实战”锻炼,提升攻坚本领",
        ),
        field_sites=FIELD_SITES,
        features=(ProgrammeFeature.THEORY_PLUS_PRACTICE,),
        duration_days=3,
        source=SEED_HUNAN_2019.source,
    )


START = dt.date(2019, 4, 24)  # assumed: the article (2019-05-06) says only "近日"
_PER_COHORT = LEADERS // len(REGIONS)
_MORNING, _AFTERNOON, _EVENING = dt.time(8, 30), dt.time(14, 30), dt.time(19, 30)
_FIELD = DeliveryFormat.FIELD_TEACHING


def _sessions(programme: Programme, region: str) -> tuple[Session, ...]:
    day = [START + dt.timedelta(days=n) for n in range(3)]
    sites = tuple(s for s in programme.field_sites if s.region == region)
    if region == "湘西州":  # "培训第一站选在……十八洞村"
        opening = build.session(
            programme, "s-01", "H01", day[0], _MORNING, site="fs-01", fmt=_FIELD
        )
        sites = tuple(s for s in sites if s.id != "fs-01")
    else:
        opening = build.session(programme, "s-01", "H01", day[0], _MORNING)
    dialogue = f"H04-{list(_DIALOGUES).index(region) + 1}" if region in _DIALOGUES else "H04"
    slots = ((day[0], _AFTERNOON), (day[1], _MORNING), (day[1], _AFTERNOON))
    visits = tuple(
        build.session(programme, f"s-{site.id}", "H03", on, start, site=site.id)
        for site, (on, start) in zip(sites, slots, strict=False)
    )
    return (
        opening,
        build.session(programme, "s-02", "H02", day[0], dt.time(10, 40)),
        build.session(programme, "s-03", dialogue, day[0], _EVENING),
        *visits,
        build.session(programme, "s-04", "H05", day[1], _EVENING),
        build.session(programme, "s-05", "H06", day[2], dt.time(9, 0)),
    )


def _cohort(programme: Programme, number: int, region: str) -> Cohort:
    offset = number * _PER_COHORT
    trainees = tuple(
        fict.trainee(
            offset + i,
            Role.WORK_TEAM_LEADER,
            f"省派{region}片区驻村帮扶工作队第{i + 1:02d}队",
            AdminLevel.PROVINCE,
        )
        for i in range(_PER_COHORT)
    )
    ids = tuple(t.id for t in trainees)
    groups = tuple(
        StudyGroup(
            name=f"第{'一二三四五'[g]}学习小组", members=ids[g * 9 : g * 9 + 9], leader=ids[g * 9]
        )
        for g in range(5)
    )
    return Cohort(
        id=f"hunan-2019-{number + 1}",
        programme=programme,
        title=f"省派驻村帮扶工作队示范培训班({region}片区)",
        region=region,
        start=START,
        end=START + dt.timedelta(days=2),
        venue=f"{region}片区现场培训点",
        trainees=trainees,
        sessions=_sessions(programme, region),
        study_groups=groups,
        speakers=(ids[0], ids[22], ids[44]),  # "每期……3名学员代表作典型发言"
    )


@functools.cache
def hunan_2019() -> SeedProgramme:
    """The Hunan 2019 programme and its five regional cohorts (seed 000).

    From the article: the organisers, 225 team leaders, the five regions
    running at once, the first lesson and the first stop at 十八洞村, 16 field
    sites with 3-4 a region and their themes, the sites and figures it names,
    the evening dialogues and their guests, study groups, three speakers a
    cohort.  Assumed: the dates (24-26 April 2019), three days, 45 leaders a
    region, the timetable.  Fictitious: the ten unnamed sites, every trainee,
    the groups and which three speak.  Cached: the value is frozen.

    >>> seed = hunan_2019()
    >>> len(seed.cohorts), len(seed.programme.field_sites)
    (5, 16)
    """
    programme = _programme()
    return seed(
        programme,
        tuple(_cohort(programme, n, region) for n, region in enumerate(REGIONS)),
        notes_zh=(
            "出自文章:省委组织部、省扶贫办;225名省派扶贫队长;湘西州、怀化、邵阳、娄底、张家界5个片区"
            "同步进行;第一课为习近平总书记关于扶贫工作的重要论述,第一站十八洞村;16个现场教学点,"
            "每个片区3-4个;望高村、月汉村、油溪桥村、合群村、东晟中药材种植合作社及其模式与数字;"
            "扶贫夜话及嘉宾;学习小组;每期3名学员代表典型发言。",
            "假定:日期(2019年4月24日-26日,文章只说“近日”)、每期3天、每片区45人、课表。",
            "虚构:其余10个现场教学点(以“某片区某主题现场教学点”命名)、全部学员、学习小组分组与发言人。",
        ),
        notes_en=(
            "From the article: the organisers, 225 team leaders, five regions running at the same "
            "time, the first lesson and the first stop at Shibadong, 16 field sites with 3-4 a "
            "region, the named sites with their models and figures, the evening dialogues and "
            "their guests, study groups, three representative speakers a cohort.",
            "Assumed: the dates (24-26 April 2019; the article says only 'recently'), three days "
            "a cohort, 45 leaders a region, the timetable.",
            "Fictitious: the ten unnamed field sites (named '<region> <theme> field site'), every "
            "trainee, the study groups and the speakers.",
        ),
    )
