"""Seed 004 (江安 2015): the article's facts, and the fictitious cases evaluation needs."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from fractions import Fraction

from cadretrain.examples import _jiangan_facts as facts
from cadretrain.examples import jiangan_2015
from cadretrain.model import (
    AdminLevel,
    AttendanceStatus,
    DeliveryFormat,
    LeaveStatus,
    ManagementRule,
    OrganiserKind,
    OverrideKind,
    Role,
    SubmissionKind,
    Tier,
)

SEED = jiangan_2015()
COHORT = SEED.cohort
PROGRAMME = SEED.programme


def test_dates_venue_and_title() -> None:
    # "7月27日-28日,江安县在县委党校举办了2015年贫困村干部扶贫培训班"
    assert (COHORT.start, COHORT.end) == (dt.date(2015, 7, 27), dt.date(2015, 7, 28))
    assert COHORT.venue == "江安县委党校"
    assert PROGRAMME.title == "2015年贫困村干部扶贫培训班"
    assert PROGRAMME.duration_days == 2


def test_three_county_organisers() -> None:
    # "县扶贫移民局会同县委组织部、县委党校"
    kinds = {o.name: o.kind for o in PROGRAMME.organisers}
    assert kinds == {
        "江安县扶贫移民局": OrganiserKind.GOVERNMENT,
        "中共江安县委组织部": OrganiserKind.PARTY_ORGANISATION,
        "中共江安县委党校": OrganiserKind.PARTY_SCHOOL,
    }
    assert {o.level for o in PROGRAMME.organisers} == {AdminLevel.COUNTY}


def test_one_cadre_from_each_of_the_50_poor_villages() -> None:
    # "在每个建档立卡贫困村的“三职”……干部中,各选派1名" / "全面覆盖50个建档立卡贫困村"
    village = [t for t in COHORT.trainees if t.level is AdminLevel.VILLAGE]
    assert len(COHORT.required_units) == 50
    assert len(set(COHORT.required_units)) == 50
    assert Counter(t.unit for t in village) == Counter(COHORT.required_units)
    assert {t.role for t in village} == {
        Role.VILLAGE_PARTY_SECRETARY,
        Role.VILLAGE_HEAD,
        Role.VILLAGE_CLERK,
    }


def test_township_officers_and_bureau_staff_train_with_them() -> None:
    # "与乡镇扶贫干事、县扶贫移民局全体扶贫工作人员一起集中培训": counts assumed (15, 10)
    roles = Counter(t.role for t in COHORT.trainees)
    assert roles[Role.TOWNSHIP_POVERTY_OFFICER] == 15
    assert roles[Role.POVERTY_SYSTEM_STAFF] == 10
    assert len(COHORT.trainees) == 75


def test_opening_ceremony_by_luo_shijun_then_the_compulsory_lecture() -> None:
    # "县委常委、常务副县长罗世俊出席开班式并作重要讲话"
    first, second = COHORT.ordered_sessions()[:2]
    assert COHORT.format_of(first) is DeliveryFormat.CEREMONY
    assert "罗世俊" in PROGRAMME.module(first.module).teacher
    assert not PROGRAMME.module(first.module).instructional
    assert PROGRAMME.module(second.module).tier is Tier.COMPULSORY
    assert PROGRAMME.module(second.module).title.startswith("省委十届六次全会")


def test_the_course_list_in_the_articles_order() -> None:
    # "扶贫开发支撑政策、精准扶贫工作理念、……党员党性修养等内容作为课程"
    listed = (
        "省委十届六次全会",
        "扶贫开发支撑政策",
        "精准扶贫工作理念",
        "扶贫开发规划及项目编制",
        "财政专项扶贫项目管理",
        "扶贫统计",
        "现代农业发展",
        "职务犯罪与预防",
        "党员党性修养",
    )
    lectures = [
        PROGRAMME.module(s.module).title
        for s in COHORT.ordered_sessions()
        if COHORT.format_of(s) is DeliveryFormat.LECTURE
    ]
    assert len(lectures) == len(listed)
    for title, start in zip(lectures, listed, strict=True):
        assert title.startswith(start)


def test_discussion_on_the_afternoon_of_28_july_with_12_village_speakers() -> None:
    # "座谈讨论于7月28日下午召开" / "12名村干部结合实际,交流本村扶贫工作做法"
    (discussion,) = [s for s in COHORT.sessions if COHORT.format_of(s) is DeliveryFormat.DISCUSSION]
    assert discussion.on == dt.date(2015, 7, 28)
    assert discussion.start is not None
    assert discussion.start >= dt.time(12, 0)
    assert len(COHORT.speakers) == 12
    assert all(COHORT.trainee(s).level is AdminLevel.VILLAGE for s in COHORT.speakers)


def test_class_rules() -> None:
    # "专人全程跟班……严格执行座牌培训制、请假制……“三落实”"
    assert set(PROGRAMME.management) == {
        ManagementRule.SEAT_PLATE,
        ManagementRule.LEAVE_APPROVAL,
        ManagementRule.THREE_ASSURANCES,
        ManagementRule.FULL_ESCORT,
    }


def test_essay_and_village_plan_are_required_with_assumed_due_dates() -> None:
    # "认真谋划本村2015-2019年扶贫开发规划,每人撰写提交“新常态下如何做好自身工作,
    # 带领贫困群众发展致富”的学习心得体会"; the due dates (14 and 30 days) are assumed.
    scheme = PROGRAMME.scheme
    assert scheme is not None
    due = {d.kind: (d.title, d.due(COHORT.end)) for d in scheme.deliverables}
    assert due[SubmissionKind.ESSAY] == (
        "新常态下如何做好自身工作,带领贫困群众发展致富",
        dt.date(2015, 8, 11),
    )
    assert "2015-2019年扶贫开发规划" in due[SubmissionKind.VILLAGE_PLAN][0]
    assert due[SubmissionKind.VILLAGE_PLAN][1] == dt.date(2015, 8, 27)


def test_the_scoring_scheme_is_labelled_an_assumption() -> None:
    # The article requires the essay and the plan, and strict class rules; it gives no
    # scoring, so the "discipline" component and the 50/50 weights are assumed.
    scheme = PROGRAMME.scheme
    assert scheme is not None
    assert {c.code: c.weight for c in scheme.components} == {
        "essay": Fraction(1, 2),
        "discipline": Fraction(1, 2),
    }
    (assumed,) = [n for n in SEED.notes_zh if n.startswith("假定")]
    assert "学习纪律与课堂表现" in assumed
    assert "50%" in assumed
    (assumed_en,) = [n for n in SEED.notes_en if n.startswith("Assumed")]
    assert "discipline" in assumed_en
    assert "50/50" in assumed_en


def test_four_level_grade_scale_best_first() -> None:
    scheme = PROGRAMME.scheme
    assert scheme is not None
    assert [g.zh for g in scheme.scale.levels] == ["优秀", "良好", "合格", "不合格"]
    assert [g.passing for g in scheme.scale.levels] == [True, True, True, False]


def test_one_trainee_on_approved_leave_and_one_absent_without_leave() -> None:
    statuses = Counter(r.status for r in COHORT.attendance)
    assert statuses[AttendanceStatus.ON_LEAVE] == 1
    assert statuses[AttendanceStatus.ABSENT] == 1
    assert len(COHORT.attendance) == 75 * 11
    (request,) = COHORT.leave
    assert request.trainee == facts.ON_LEAVE
    assert request.status is LeaveStatus.APPROVED
    absent = next(r for r in COHORT.attendance if r.status is AttendanceStatus.ABSENT)
    assert not any(r.trainee == absent.trainee for r in COHORT.leave)


def test_one_essay_missing_and_one_late() -> None:
    essays = {s.trainee: s for s in COHORT.submissions if s.kind is SubmissionKind.ESSAY}
    assert facts.NO_ESSAY not in essays
    assert len(essays) == 74
    due = dt.date(2015, 8, 11)
    late = [t for t, s in essays.items() if s.submitted_on > due]
    assert late == [facts.LATE_ESSAY]


def test_village_plan_waived_only_for_those_without_a_village() -> None:
    waived = {o.trainee for o in COHORT.overrides if o.kind is OverrideKind.WAIVE_REQUIREMENT}
    plans = {s.trainee for s in COHORT.submissions if s.kind is SubmissionKind.VILLAGE_PLAN}
    village = {t.id for t in COHORT.trainees if t.level is AdminLevel.VILLAGE}
    assert plans == village
    assert waived == {t.id for t in COHORT.trainees} - village
