"""``cohorts()`` draws cohorts whose every reference holds, within the sizes asked."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import cadretrain as ct
from _build import county_programme, module
from cadretrain.strategies import cohorts, programmes

FAST = settings(deadline=None, max_examples=40)


@FAST
@given(cohorts())
def test_sessions_fall_inside_the_dates_on_modules_and_sites_of_the_programme(
    cohort: ct.Cohort,
) -> None:
    programme = cohort.programme
    codes = {m.code for m in programme.modules + programme.menu}
    sites = {s.id for s in programme.field_sites}
    ids = [s.id for s in cohort.sessions]
    assert len(ids) == len(set(ids))
    for session in cohort.sessions:
        assert cohort.start <= session.on <= cohort.end
        assert session.module in codes
        if cohort.format_of(session) is ct.DeliveryFormat.FIELD_TEACHING:
            assert session.site in sites
        assert session.site is None or session.site in sites


@FAST
@given(cohorts())
def test_attendance_is_one_record_per_trainee_and_session_within_its_minutes(
    cohort: ct.Cohort,
) -> None:
    enrolled = {t.id for t in cohort.trainees}
    pairs = [(r.trainee, r.session) for r in cohort.attendance]
    assert len(pairs) == len(set(pairs))
    for record in cohort.attendance:
        assert record.trainee in enrolled
        session = cohort.session(record.session)
        assert record.minutes is None or 0 <= record.minutes <= session.minutes


@FAST
@given(cohorts())
def test_facts_name_enrolled_trainees_existing_sessions_and_scheme_parts(
    cohort: ct.Cohort,
) -> None:
    enrolled = {t.id for t in cohort.trainees}
    sessions = {s.id for s in cohort.sessions}
    for request in cohort.leave:
        assert request.trainee in enrolled
        assert set(request.sessions) <= sessions
        if request.first_day is not None and request.last_day is not None:
            assert cohort.start <= request.first_day <= request.last_day <= cohort.end
    people = [
        *(s.trainee for s in cohort.submissions),
        *(s.trainee for s in cohort.scores),
        *(o.trainee for o in cohort.overrides),
        *(m.trainee for m in cohort.committee),
        *(r.trainee for r in cohort.responses),
        *cohort.speakers,
        *(m for g in cohort.study_groups for m in g.members),
    ]
    assert set(people) <= enrolled
    scheme = cohort.programme.scheme
    if scheme is None:
        assert cohort.scores == ()
        assert cohort.responses == ()
        return
    components = {c.code for c in scheme.components}
    assert {s.component for s in cohort.scores} <= components
    scored = [(s.trainee, s.component) for s in cohort.scores]
    assert len(scored) == len(set(scored))
    grades = {level.code for level in scheme.scale.levels}
    assert all(
        o.grade in grades for o in cohort.overrides if o.kind is ct.OverrideKind.CHANGE_GRADE
    )


@FAST
@given(cohorts(size=5, sessions=3))
def test_size_and_sessions_as_ints_are_exact(cohort: ct.Cohort) -> None:
    assert len(cohort.trainees) == 5
    assert len(cohort.sessions) == 3


@FAST
@given(cohorts(size=(2, 4), sessions=(0, 2), max_days=3))
def test_size_and_sessions_as_pairs_are_bounds(cohort: ct.Cohort) -> None:
    assert 2 <= len(cohort.trainees) <= 4
    assert 0 <= len(cohort.sessions) <= 2
    assert (cohort.end - cohort.start).days < 3


@FAST
@given(cohorts())
def test_defaults_keep_cohorts_small(cohort: ct.Cohort) -> None:
    assert 1 <= len(cohort.trainees) <= 8
    assert 1 <= len(cohort.sessions) <= 10


@FAST
@given(cohorts(with_attendance=False, with_facts=False))
def test_without_attendance_and_facts_only_trainees_and_sessions(cohort: ct.Cohort) -> None:
    assert cohort.attendance == ()
    assert cohort.leave == ()
    assert cohort.submissions == ()
    assert cohort.overrides == ()
    assert cohort.scores == ()
    assert cohort.responses == ()


@FAST
@given(cohorts(roles=[ct.Role.VILLAGE_HEAD]))
def test_roles_restrict_the_trainees(cohort: ct.Cohort) -> None:
    assert {t.role for t in cohort.trainees} == {ct.Role.VILLAGE_HEAD}


@FAST
@given(st.data())
def test_a_given_programme_is_used_as_it_is(data: st.DataObject) -> None:
    programme = data.draw(programmes(with_scheme=True))
    cohort = data.draw(cohorts(programme=programme))
    assert cohort.programme is programme


def _lecture_only() -> ct.Programme:
    field = module(
        "F1",
        "十八洞村现场教学",
        tier=ct.Tier.KEY,
        topic=ct.Topic.INDUSTRY,
        format=ct.DeliveryFormat.FIELD_TEACHING,
        minutes=180,
    )
    lecture = module(
        "L1",
        "精准扶贫政策解读",
        tier=ct.Tier.COMPULSORY,
        topic=ct.Topic.POLICY_AND_LAW,
        format=ct.DeliveryFormat.LECTURE,
        minutes=90,
    )
    return county_programme(
        id="p-1",
        title="驻村干部培训班",
        organiser="县委组织部",
        audience=(ct.AudienceCategory.ASSISTANCE,),
        modules=(field, lecture),
    )


@FAST
@given(cohorts(programme=_lecture_only()))
def test_field_teaching_without_a_site_is_never_scheduled(cohort: ct.Cohort) -> None:
    assert {s.module for s in cohort.sessions} == {"L1"}


def test_a_programme_with_nothing_to_schedule_needs_sessions_zero() -> None:
    empty = ct.Programme(
        id="p-0",
        title="空项目",
        organisers=_lecture_only().organisers,
        level=ct.AdminLevel.COUNTY,
        audience=(),
        modules=(),
    )
    with pytest.raises(ValueError, match="sessions=0"):
        find(cohorts(programme=empty), lambda _: True)

    @settings(deadline=None, max_examples=5)
    @given(cohorts(programme=empty, sessions=0))
    def without_sessions(cohort: ct.Cohort) -> None:
        assert cohort.sessions == ()

    without_sessions()


@pytest.mark.parametrize("size", [-1, (3, 2), (-1, 2)])
def test_bad_sizes_are_refused(size: int | tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="size"):
        find(cohorts(size=size), lambda _: True)


@settings(max_examples=40, deadline=None)
@given(
    cohorts(size=2, start=dt.date(2021, 1, 1), end=dt.date(2021, 1, 10), max_days=30),
)
def test_a_cohort_lies_within_the_dates_asked_for(cohort: ct.Cohort) -> None:
    """``start`` and ``end`` bound every day of the cohort, ``max_days`` cut to fit."""
    assert dt.date(2021, 1, 1) <= cohort.start <= cohort.end <= dt.date(2021, 1, 10)
    assert all(dt.date(2021, 1, 1) <= s.on <= dt.date(2021, 1, 10) for s in cohort.sessions)


def test_an_end_before_the_start_is_refused() -> None:
    @settings(max_examples=1, deadline=None)
    @given(cohorts(start=dt.date(2021, 1, 1), end=dt.date(2020, 1, 1)))
    def drawn(cohort: ct.Cohort) -> None: ...

    with pytest.raises(ValueError, match="end: 2020-01-01 is before start 2021-01-01"):
        drawn()
