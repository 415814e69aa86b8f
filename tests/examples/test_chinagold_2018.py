"""Seed 003 (中国黄金 2018): designated-assistance training for 新蔡 and 贞丰."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from cadretrain.examples import chinagold_2018
from cadretrain.examples.chinagold_2018 import LECTURE_CLASSES, PERSON_TIMES, STUDY_TOURS
from cadretrain.model import AdminLevel, DeliveryFormat, OrganiserKind, Role

SEED = chinagold_2018()
PROGRAMME = SEED.programme


def _is_tour(index: int) -> bool:
    cohort = SEED.cohorts[index]
    return any(cohort.format_of(s) is DeliveryFormat.STUDY_TOUR for s in cohort.sessions)


def test_a_state_enterprise_organises_it() -> None:
    (organiser,) = PROGRAMME.organisers
    assert organiser.name == "中国黄金集团有限公司"
    assert organiser.kind is OrganiserKind.STATE_ENTERPRISE
    assert organiser.level is AdminLevel.ENTERPRISE
    assert PROGRAMME.level is AdminLevel.ENTERPRISE


def test_three_study_tours_and_two_lecture_classes() -> None:
    # "组织交流考察学习班3期、举办专题培训班和移动讲堂2期"
    assert (STUDY_TOURS, LECTURE_CLASSES) == (3, 2)
    tours = [i for i in range(len(SEED.cohorts)) if _is_tour(i)]
    assert len(tours) == 3
    assert len(SEED.cohorts) - len(tours) == 2


def test_386_person_times_are_places_not_people() -> None:
    # "先后培训两个定点帮扶县……386人次" / "自2017年以来": 人次 counts places taken,
    # so fewer people take them, some in more than one class.
    assert PERSON_TIMES == 386
    assert sum(len(c.trainees) for c in SEED.cohorts) == 386
    people = {t.id: t for c in SEED.cohorts for t in c.trainees}
    assert len(people) == 296 < PERSON_TIMES
    # one id is one person: the same trainee, with one personal-file id, wherever enrolled
    assert all(people[t.id] == t for c in SEED.cohorts for t in c.trainees)
    assert len({t.person_id for t in people.values()}) == 296
    enrolments = Counter(t.person_id for c in SEED.cohorts for t in c.trainees)
    assert max(enrolments.values()) == 2
    assert sum(enrolments.values()) == PERSON_TIMES
    assert min(c.start for c in SEED.cohorts) >= dt.date(2017, 1, 1)
    assert max(c.end for c in SEED.cohorts) <= dt.date(2018, 6, 22)
    assert any("人次" in note and "296" in note for note in SEED.notes_zh)


def test_study_tours_go_to_liangjiahe_and_yuanjiacun() -> None:
    # "组织大家到梁家河" / "在袁家村"
    for index in range(len(SEED.cohorts)):
        if _is_tour(index):
            cohort = SEED.cohorts[index]
            sites = {PROGRAMME.field_site(s.site).name for s in cohort.sessions if s.site}
            assert sites == {"梁家河村", "袁家村"}


def test_trainees_come_from_the_two_designated_counties() -> None:
    # "定点帮扶地区——河南省新蔡县和贵州省贞丰县"
    for cohort in SEED.cohorts:
        assert all("新蔡县" in t.unit or "贞丰县" in t.unit for t in cohort.trainees)


def test_the_four_target_groups_are_trained() -> None:
    # "党政领导干部、贫困村基层党组织负责人、致富带头人及青年骨干为主要对象"
    roles = {t.role for c in SEED.cohorts for t in c.trainees}
    assert {
        Role.COUNTY_LEADER,
        Role.TOWNSHIP_LEADER,
        Role.VILLAGE_PARTY_SECRETARY,
        Role.PROSPERITY_LEADER,
    } <= roles


def test_the_cadres_the_article_quotes_are_named_but_not_judged() -> None:
    # "贵州省贞丰县委书记陈湘飚", 李东, 卢赤坤, 皮成伍 took part; every roster is judged,
    # so they are left off the rosters and no invented fact sits on them.
    assert {"陈湘飚", "李东", "卢赤坤", "皮成伍"} <= set(SEED.named_people)
    names = {t.name for c in SEED.cohorts for t in c.trainees}
    assert not names & set(SEED.named_people)
    assert any("陈湘飚" in note for note in SEED.notes_zh)
