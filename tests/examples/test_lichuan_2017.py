"""Seed 002 (利川 2017): the 中青班, first-secretary postings, recall and archives."""

from __future__ import annotations

import datetime as dt

from cadretrain.examples import lichuan_2017
from cadretrain.examples.lichuan_2017 import FIRST_SECRETARIES_SINCE_2015
from cadretrain.model import AppraisalGrade, DeliveryFormat, PostingRole, RecallStep, Role

SEED = lichuan_2017()
PROGRAMME = SEED.programme
COHORT = SEED.cohort


def test_30_young_cadres_from_march_2017() -> None:
    # "今年3月,该市开办了优秀中青年干部培训班" / "30名“80后”“90后”干部"
    assert len(COHORT.trainees) == 30
    assert {t.role for t in COHORT.trainees} == {Role.RESERVE_CADRE}
    assert (COHORT.start.year, COHORT.start.month) == (2017, 3)


def test_tian_jingwen_is_named_but_not_on_the_judged_roster() -> None:
    # "田靖文是利川市中青班学员之一": a real trainee; the roster is judged, so it holds
    # only fictitious people and no invented score or grade sits on her.
    assert "田靖文" in SEED.named_people
    assert "田靖文" not in {t.name for t in COHORT.trainees}
    assert any("田靖文" in note for note in SEED.notes_zh)


def test_four_parts_party_school_village_practice_university_survey() -> None:
    # "“党校学习+扶贫村实践+高校学习+社会调研”四结合"
    formats = {COHORT.format_of(s) for s in COHORT.sessions}
    assert {DeliveryFormat.PRACTICE_POSTING, DeliveryFormat.SOCIAL_SURVEY} <= formats
    venues = {s.venue for s in COHORT.sessions}
    assert {"中共利川市委党校", "中南民族大学"} <= venues


def test_a_month_at_the_university() -> None:
    # "结束了中南民族大学为期一个月的学习后"
    days = sorted(s.on for s in COHORT.sessions if s.venue == "中南民族大学")
    assert 21 <= (days[-1] - days[0]).days <= 31


def test_the_visit_to_the_first_party_branch_site() -> None:
    # "踏访利川市首个党支部成立旧址"
    assert [s.name for s in PROGRAMME.field_sites] == ["利川市首个党支部成立旧址"]


def test_li_libing_and_an_yong_postings() -> None:
    # "利川市食药监局机关干部李利冰被派驻新田榜村“第一书记”" / "利川市国税局机关干部安勇……茶塘村"
    postings = {p.name: p for p in SEED.postings}
    li, an = postings["李利冰"], postings["安勇"]
    assert (li.village.village, li.sending_unit) == ("新田榜村", "利川市食药监局")
    assert li.village.township == "文斗乡"
    assert (an.village.village, an.sending_unit) == ("茶塘村", "利川市国税局")
    assert li.role is an.role is PostingRole.FIRST_SECRETARY
    # "去年初" (2016) for 李利冰
    assert li.start.year == 2016


def test_the_real_first_secretaries_carry_no_invented_presence_or_appraisal() -> None:
    # The article reports neither; appraisals (优秀, 称职) sit on fictitious cadres only.
    for posting in SEED.postings:
        if posting.name in SEED.named_people:
            assert (posting.presence, posting.appraisals, posting.recall) == ((), (), ())
    graded = {a.grade for p in SEED.postings for a in p.appraisals}
    assert {AppraisalGrade.EXCELLENT, AppraisalGrade.COMPETENT} <= graded
    assert all(p.cadre_id.startswith("c-fict-") for p in SEED.postings if p.appraisals)


def test_271_first_secretaries_since_2015() -> None:
    # "2015年来,利川市共精心选派271名“第一书记”"
    assert FIRST_SECRETARIES_SINCE_2015 == 271
    assert any("271" in note for note in SEED.notes_zh)


def test_an_unfit_first_secretary_goes_down_the_recall_path() -> None:
    # "对不胜任的“第一书记”实行“召回”调整制度"
    recalled = [p for p in SEED.postings if p.recall]
    assert len(recalled) == 1
    (posting,) = recalled
    assert any(a.grade.calls_for_recall for a in posting.appraisals)
    assert [e.step for e in posting.recall] == [
        RecallStep.PROPOSED,
        RecallStep.RECALLED,
        RecallStep.REPLACED,
    ]
    dates = [e.on for e in posting.recall]
    assert dates == sorted(dates)


def test_personal_training_archives() -> None:
    # "建立学员个人培训档案,详细记载村支书学习培训情况"
    assert len(SEED.records) >= 3
    linked = [e for r in SEED.records for e in r.entries if e.cohort == COHORT.id]
    assert linked
    assert linked[0].programme == PROGRAMME.id
    assert any("北京农学院" in e.title for r in SEED.records for e in r.entries)
    assert all(e.end <= dt.date(2017, 10, 24) for r in SEED.records for e in r.entries)
