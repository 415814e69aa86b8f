"""Seed 002: Lichuan's 2017 young-cadre class (中青班), its first secretaries and archives.

利川市 (湖北恩施州) opened a class of 30 young cadres in March 2017 in four
parts, "党校学习+扶贫村实践+高校学习+社会调研": a month at 中南民族大学, then
posts in poor villages as first secretary (第一书记) or assistant to the
village head.  The article also tells of two first secretaries (李利冰,
安勇), of the recall (召回) of first secretaries not fit for the job, and of
personal training archives (个人培训档案) kept for village party secretaries.
"""

from __future__ import annotations

import datetime as dt
import functools
from fractions import Fraction

from cadretrain.examples import _assessed as assessed
from cadretrain.examples import _build as build
from cadretrain.examples import _fictitious as fict
from cadretrain.examples import _lichuan_people as people
from cadretrain.examples._seed import SeedProgramme, seed
from cadretrain.model import (
    AdminLevel,
    AttendanceStatus,
    AudienceCategory,
    Cohort,
    Deliverable,
    DeliveryFormat,
    FieldSiteKind,
    LeaveReason,
    Organiser,
    OrganiserKind,
    Place,
    Programme,
    Rank,
    Role,
    Session,
    SubmissionKind,
    Tier,
    Topic,
    Trainee,
)
from cadretrain.policies.sources import SEED_LICHUAN_2017

__all__ = ["lichuan_2017"]

TRAINEES = 30  # "30名“80后”“90后”干部"
FIRST_SECRETARIES_SINCE_2015 = 271  # "2015年来,利川市共精心选派271名“第一书记”"
START = dt.date(2017, 3, 6)  # assumed: "今年3月,该市开办了优秀中青年干部培训班"
UNIVERSITY = "中南民族大学"
_PARTY_SCHOOL = "中共利川市委党校"
_VILLAGE = "派驻扶贫村"
_VILLAGE_WEEK = 42  # the week in the village starts six weeks after the start
_MORNING = dt.time(8, 30)
NAMED_PEOPLE = (
    "李利冰", "安勇", "刘恩利", "刘先武", "杨天昌", "朱以晗", "田靖文", "牟新", "刘洪浩",
)  # fmt: skip
"""Everyone the article names: two first secretaries, a cooperative head, two households,
a village secretary, a 中青班 trainee (田靖文) and the two reporters."""

# The four parts and the three "课堂" are the article's; tiers and lengths are assumed.
_MODULES = (
    build.module("L01", "信念课堂:踏访利川市首个党支部成立旧址", Tier.COMPULSORY,
                 (Topic.PARTY_SPIRIT, Topic.CONDUCT), 240, fmt=DeliveryFormat.RED_EDUCATION,
                 teacher=_PARTY_SCHOOL),
    build.lecture("L02", "党校学习:精准扶贫与基层组织建设", Tier.KEY,
                  (Topic.METHODS, Topic.PARTY_BUILDING), 180, teacher=_PARTY_SCHOOL),
    build.lecture("L03", "专家课堂:“四个全面”战略布局", Tier.KEY, (Topic.THEORY,), 180,
                  teacher=UNIVERSITY),
    build.lecture("L04", "专家课堂:民族地区发展", Tier.KEY, (Topic.POLICY_AND_LAW, Topic.INDUSTRY),
                  180, teacher=UNIVERSITY),
    build.lecture("L05", "专家课堂:供给侧结构性改革", Tier.KEY,
                  (Topic.POLICY_AND_LAW, Topic.INDUSTRY), 180, teacher=UNIVERSITY),
    build.module("L06", "实践课堂:扶贫村实践(任“第一书记”或“主任助理”)", Tier.KEY,
                 (Topic.METHODS, Topic.PARTY_BUILDING), 480,
                 fmt=DeliveryFormat.PRACTICE_POSTING),
    build.module("L07", "社会调研", Tier.KEY, (Topic.METHODS,), 480,
                 fmt=DeliveryFormat.SOCIAL_SURVEY),
)  # fmt: skip

_LICHUAN = Place(province="湖北省", prefecture="恩施土家族苗族自治州", county="利川市")


# Assumed: the article reports no assessment of the class; the parts it
# names (study, village practice, social survey) are what is scored.
_COMPONENTS = (
    assessed.component("study", "党校与高校学习考试", Fraction(3, 10)),
    assessed.component("practice", "扶贫村实践考评", Fraction(2, 5)),
    assessed.component("report", "社会调研报告", Fraction(3, 10)),
)
_REPORT = Deliverable(
    kind=SubmissionKind.SURVEY_REPORT, due_days=14, title="扶贫村社会调研报告", review_required=True
)
_ON_LEAVE = AttendanceStatus.ON_LEAVE
# Fictitious departures, by roster position: called back by the home unit
# for two practice days (on leave: over 1/7 of class time), off sick for
# one university day, absent without leave, late, left early.
_DEPARTURES: dict[tuple[int, str], assessed.Departure] = {
    (11, "s15"): _ON_LEAVE,
    (11, "s16"): _ON_LEAVE,
    (4, "s08"): _ON_LEAVE,
    (19, "s12"): AttendanceStatus.ABSENT,
    (7, "s03"): (AttendanceStatus.LATE, 150),
    (23, "s17"): (AttendanceStatus.LEFT_EARLY, 360),
}
_REASONS = {11: LeaveReason.OFFICIAL, 4: LeaveReason.SICK}
_NO_REPORT, _LOW_STUDY = (26,), (14,)


def _programme() -> Programme:
    return Programme(
        id="lichuan-2017",
        title="利川市优秀中青年干部培训班(中青班)",
        organisers=(
            build.organisation_department("中共利川市委组织部", AdminLevel.COUNTY),
            build.party_school(_PARTY_SCHOOL, AdminLevel.COUNTY),
            Organiser(name=UNIVERSITY, kind=OrganiserKind.UNIVERSITY, level=AdminLevel.CENTRAL),
        ),
        level=AdminLevel.COUNTY,
        audience=(AudienceCategory.LOCAL_LEADERS,),
        modules=_MODULES,
        objectives=(
            "培养优秀年轻后备干部,结合精准扶贫和基层组织建设",
            "“党校学习+扶贫村实践+高校学习+社会调研”四结合",
            "全面培养综合素质和解决实际问题的能力",
        ),
        field_sites=(
            build.field_site(
                "fs-01",
                "利川市首个党支部成立旧址",
                FieldSiteKind.RED_EDUCATION_BASE,
                _LICHUAN,
                (Topic.PARTY_SPIRIT,),
            ),
        ),
        scheme=assessed.scheme(_COMPONENTS, _REPORT),
        source=SEED_LICHUAN_2017.source,
    )


def _sessions(programme: Programme) -> tuple[Session, ...]:
    """Party school week, a month at the university, then a week in the village (assumed)."""

    def at(sid: str, code: str, day: int, venue: str = "", site: str | None = None) -> Session:
        """Session ``sid``, in the morning ``day`` days after the start."""
        on = START + dt.timedelta(day)
        return build.session(programme, sid, code, on, _MORNING, venue=venue, site=site)

    party_school = (at("s01", "L01", 0, site="fs-01"), at("s02", "L02", 1, _PARTY_SCHOOL))
    university = tuple(
        at(f"s{3 + 3 * week + n:02d}", code, 7 * (week + 1) + n, UNIVERSITY)
        for week in range(4)
        for n, code in enumerate(("L03", "L04", "L05"))
    )
    practice = tuple(at(f"s{15 + n:02d}", "L06", _VILLAGE_WEEK + n, _VILLAGE) for n in range(4))
    survey = at("s19", "L07", _VILLAGE_WEEK + 4, _VILLAGE)
    return (*party_school, *university, *practice, survey)


_UNITS = (
    "利川市水利局",
    "利川市农业局",
    "利川市财政局",
    "利川市民政局",
    "利川市教育局",
    "利川市交通运输局",
)


def _trainees() -> tuple[Trainee, ...]:
    """Thirty fictitious young cadres.

    田靖文 of the water bureau is a trainee in the article; she is not on the
    roster, so that no invented attendance or score is put on a real person.
    """
    return tuple(
        fict.trainee(
            i,
            Role.RESERVE_CADRE,
            _UNITS[i % len(_UNITS)],
            AdminLevel.COUNTY,
            rank=Rank.TOWNSHIP_SECTION if i % 3 == 0 else Rank.STAFF,
        )
        for i in range(TRAINEES)
    )


@functools.cache
def lichuan_2017() -> SeedProgramme:
    """The Lichuan 2017 中青班 with first-secretary postings and training archives (seed 002).

    From the article: the class of 30 young cadres opened in March 2017, its
    four parts and three "课堂", the month at 中南民族大学, the visit to the
    site of Lichuan's first party branch, the expert topics; 李利冰 (新田榜村,
    sent by 利川市食药监局) and 安勇 (茶塘村, sent by 利川市国税局); 271 first
    secretaries since 2015; recall of those not fit for the job; archives for
    village secretaries.  Assumed: every date but the month, the posting
    terms (2 years), lengths and timetable, the assessment scheme.
    Fictitious: all 30 trainees (the article's trainee 田靖文 is left off the
    roster so that no invented fact sits on her), the register, leave,
    reports and scores, the three appraised first secretaries (one recalled),
    the archived secretaries and their entries.  The article's named people
    carry only its facts.  Cached.

    >>> seed = lichuan_2017()
    >>> len(seed.cohort.trainees), [p.name for p in seed.postings][:2]
    (30, ['李利冰', '安勇'])
    """
    programme = _programme()
    trainees = _trainees()
    ids = [t.id for t in trainees]
    sessions = _sessions(programme)
    end = START + dt.timedelta(days=46)
    departures = {(ids[p], sid): entry for (p, sid), entry in _DEPARTURES.items()}
    register = assessed.register(trainees, (s.id for s in sessions), departures)
    cohort = Cohort(
        id="lichuan-2017-1",
        programme=programme,
        title=programme.title,
        start=START,
        end=end,
        venue=_PARTY_SCHOOL,
        trainees=trainees,
        sessions=sessions,
        attendance=register,
        leave=assessed.leave(
            register, {ids[p]: reason for p, reason in _REASONS.items()}, "中共利川市委组织部"
        ),
        submissions=assessed.work(trainees, _REPORT, end, missing=[ids[p] for p in _NO_REPORT]),
        scores=assessed.scores(
            trainees, _COMPONENTS, salt=7, low={ids[p]: "study" for p in _LOW_STUDY}
        ),
    )
    return seed(
        programme,
        (cohort,),
        postings=people.postings(),
        records=people.records(cohort),
        notes_zh=(
            "出自文章:2017年3月开班、30名“80后”“90后”干部、“党校学习+扶贫村实践+高校学习+社会调研”、"
            "中南民族大学为期一个月、“信念课堂”“专家课堂”“实践课堂”、利川市首个党支部成立旧址;"
            "第一书记李利冰(新田榜村,利川市食药监局)与安勇(茶塘村,利川市国税局);"
            "2015年来选派271名第一书记;不胜任者“召回”;村支书个人培训档案。",
            "假定:开班日(3月6日)及其余日期、课表与时长、驻村任期(2年,李利冰、安勇的任职日期亦为假定);"
            "考核方案(学习考试30%、扶贫村实践40%、社会调研报告30%,各科满分100、60分及格;"
            "优秀/良好/合格/不合格四级见天河区委党校,分数线90/80/60为假定)、调研报告结业后14天内交。",
            "虚构:全部30名学员(文章中的学员田靖文未列入名册,以免把虚构的考勤、成绩放在真人身上)、"
            "考勤(每人每节课均有记录,含请假、缺勤、迟到、早退)、请假、调研报告提交与成绩;"
            "有在村天数与考核等次(优秀、称职、不胜任)的三名第一书记及其中被召回者;"
            "档案中的村支书及其培训记录。李利冰、安勇只带文章所载事实,无在村天数与考核等次。",
        ),
        notes_en=(
            "From the article: the class opened in March 2017 with 30 young cadres in four parts "
            "(party school, village practice, university, social survey), a month at South-Central "
            "Minzu University, the three 'classrooms', the site of Lichuan's first party branch; "
            "first secretaries Li Libing (Xintianbang, sent by the food and drug bureau) and An "
            "Yong (Chatang, sent by the state tax bureau); 271 first secretaries since 2015; "
            "recall of those not fit for the job; personal archives of village secretaries.",
            "Assumed: the opening day (6 March) and every other date, the timetable and lengths, "
            "two-year posting terms (Li Libing's and An Yong's dates included); the assessment "
            "scheme (study test 30%, village practice 40%, survey report 30%, each out of 100 and passed at 60; "
            "the four levels as at the Tianhe party school, the 90/80/60 cut-offs assumed), the "
            "report due 14 days after the class.",
            "Fictitious: all 30 trainees (the article's trainee Tian Jingwen is left off the "
            "roster, so that no invented attendance or score sits on a real person), the register "
            "(every trainee at every session, with leave, absence, lateness, leaving early), "
            "leave, reports and scores; the three first secretaries with presence and appraisals "
            "(excellent, competent, not fit) and the recall; the archived secretaries and their "
            "entries. Li Libing and An Yong carry only the article's facts: no presence, no "
            "appraisal.",
        ),
        named_people=NAMED_PEOPLE,
    )
