"""Every seed cohort is judged, and no invented fact sits on a person an article names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

import cadretrain as ct
from cadretrain.examples import ALL, SeedProgramme
from cadretrain.examples import _assessed as assessed
from cadretrain.examples._fictitious import person_name

SEEDS = tuple(ALL.items())
COHORTS = [(cohort.id, cohort) for build in ALL.values() for cohort in build().cohorts]
NAMED = frozenset(name for build in ALL.values() for name in build().named_people)


def test_every_seed_lists_the_people_its_article_names() -> None:
    named = {key: set(build().named_people) for key, build in SEEDS}
    assert {"李利冰", "安勇", "田靖文", "朱以晗"} <= named["lichuan-2017"]
    assert {"陈湘飚", "李东", "卢赤坤", "皮成伍"} <= named["chinagold-2018"]
    assert {"梁金华", "彭育晚", "钟白玉", "邱孝"} <= named["hunan-2019"]
    assert {"罗世俊", "李国华"} <= named["jiangan-2015"]
    assert {"陈应朝", "周少翔", "路玲玲"} <= named["yunnan-2019"]


@pytest.mark.parametrize(("key", "build"), SEEDS)
def test_no_invented_fact_sits_on_a_named_person(
    key: str, build: Callable[[], SeedProgramme]
) -> None:
    seed = build()
    judged = {t.name for c in seed.cohorts for t in c.trainees}  # attendance, scores, grades
    appraised = {p.name for p in seed.postings if p.presence or p.appraisals or p.recall}
    archived = {r.name for r in seed.records}
    assert not judged & NAMED
    assert not appraised & NAMED
    assert not archived & NAMED


def test_no_fictitious_name_is_a_named_person() -> None:
    assert not {person_name(i) for i in range(620)} & NAMED


@pytest.mark.parametrize(("key", "build"), SEEDS)
def test_notes_say_what_is_from_the_article_assumed_and_fictitious(
    key: str, build: Callable[[], SeedProgramme]
) -> None:
    seed = build()
    assert [n.split(":")[0] for n in seed.notes_zh] == ["出自文章", "假定", "虚构"]
    assert [n.split(":")[0] for n in seed.notes_en] == ["From the article", "Assumed", "Fictitious"]
    assert "评分" in seed.notes_zh[1] or "考核方案" in seed.notes_zh[1]
    assert "scheme" in seed.notes_en[1]
    assert "90/80/60" in seed.notes_en[1]


@pytest.mark.parametrize(("cohort_id", "cohort"), COHORTS, ids=[c for c, _ in COHORTS])
def test_every_trainee_is_recorded_at_every_session(cohort_id: str, cohort: ct.Cohort) -> None:
    pairs = Counter((r.trainee, r.session) for r in cohort.attendance)
    expected = {(t.id, s.id) for t in cohort.trainees for s in cohort.sessions}
    assert set(pairs) == expected
    assert set(pairs.values()) == {1}
    statuses = {r.status for r in cohort.attendance}
    assert ct.AttendanceStatus.PRESENT in statuses
    assert len(statuses) >= 2, "a few plausible departures from full attendance"


@pytest.mark.parametrize(("cohort_id", "cohort"), COHORTS, ids=[c for c, _ in COHORTS])
def test_every_cohort_is_judged_with_varied_outcomes_and_grades(
    cohort_id: str, cohort: ct.Cohort
) -> None:
    assert cohort.programme.scheme is not None
    evaluation = ct.evaluate(cohort)
    outcomes = {a.outcome for a in evaluation.assessments}
    assert ct.Outcome.COMPLETED in outcomes
    assert outcomes - {ct.Outcome.COMPLETED}, "not only completed"
    assert ct.Outcome.NOT_JUDGED not in outcomes
    grades = {code for code, n in evaluation.grade_distribution().items() if n}
    assert len(grades) >= 3
    # every trainee who completed has a passing grade
    scale = cohort.programme.scheme.scale
    for assessment in evaluation.assessments:
        if assessment.outcome is ct.Outcome.COMPLETED:
            assert assessment.grade is not None
            assert scale.level(assessment.grade).passing


@pytest.mark.parametrize(("key", "build"), SEEDS)
def test_the_seed_as_a_whole_shows_each_departure(
    key: str, build: Callable[[], SeedProgramme]
) -> None:
    seed = build()
    outcomes = {a.outcome for c in seed.cohorts for a in ct.evaluate(c).assessments}
    assert {ct.Outcome.ATTENDANCE_ONLY, ct.Outcome.FAILED} <= outcomes
    statuses = {r.status for c in seed.cohorts for r in c.attendance}
    assert {ct.AttendanceStatus.ON_LEAVE, ct.AttendanceStatus.LATE} <= statuses
    assert all(
        request.status is ct.LeaveStatus.APPROVED for c in seed.cohorts for request in c.leave
    )


def test_a_departure_for_no_trainee_or_session_of_the_class_is_refused() -> None:
    cohort = ct.examples.yunnan_2019().cohort
    sessions = [s.id for s in cohort.sessions]
    with pytest.raises(ct.InvalidValueError, match="departures"):
        assessed.register(cohort.trainees, sessions, {("t-999", "s01"): ct.AttendanceStatus.ABSENT})
