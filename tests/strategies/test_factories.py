"""Every factory draws valid objects that honour its keyword constraints."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain.strategies import (
    assessment_schemes,
    field_sites,
    grade_scales,
    modules,
    places,
    postings,
    programmes,
    trainees,
    training_entries,
    training_records,
)

FAST = settings(deadline=None, max_examples=40)


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@FAST
@given(trainees(roles=[ct.Role.VILLAGE_CLERK, ct.Role.FIRST_SECRETARY], ids=st.just("t-九")))
def test_trainees_take_roles_and_ids_and_the_roles_audience(trainee: ct.Trainee) -> None:
    assert trainee.role in (ct.Role.VILLAGE_CLERK, ct.Role.FIRST_SECRETARY)
    assert trainee.id == "t-九"
    assert trainee.audience is trainee.role.audience
    assert _has_chinese(trainee.name)


@FAST
@given(modules(tiers=[ct.Tier.KEY], formats=[ct.DeliveryFormat.LECTURE], min_minutes=45))
def test_modules_honour_tiers_formats_and_minutes(module: ct.Module) -> None:
    assert module.tier is ct.Tier.KEY
    assert module.format is ct.DeliveryFormat.LECTURE
    assert isinstance(module.minutes, int)
    assert 45 <= module.minutes <= 240


@FAST
@given(field_sites(kinds=[ct.FieldSiteKind.COOPERATIVE], themes=[ct.Topic.INDUSTRY]))
def test_field_sites_honour_kinds_and_themes(site: ct.FieldSite) -> None:
    assert site.kind is ct.FieldSiteKind.COOPERATIVE
    assert site.themes == (ct.Topic.INDUSTRY,)


@FAST
@given(places())
def test_places_are_chinese_addresses(place: ct.Place) -> None:
    assert place.province.endswith("省")
    assert _has_chinese(place.display())


@FAST
@given(grade_scales())
def test_grade_scales_are_strictly_ordered_best_first_down_to_zero(scale: ct.GradeScale) -> None:
    minima = [level.min_score for level in scale.levels]
    assert minima == sorted(set(minima), reverse=True)
    assert scale.lowest.min_score == 0
    assert scale.top.passing


@FAST
@given(assessment_schemes(min_components=2, max_components=3, deliverables=True))
def test_scheme_weights_are_positive_fractions_summing_to_one(scheme: ct.AssessmentScheme) -> None:
    weights = [c.weight for c in scheme.components]
    assert 2 <= len(weights) <= 3
    assert all(isinstance(w, Fraction) and w > 0 for w in weights)
    assert sum(weights) == 1
    assert scheme.deliverables


@FAST
@given(assessment_schemes(deliverables=False, instruments=False))
def test_schemes_can_leave_out_deliverables_and_instruments(scheme: ct.AssessmentScheme) -> None:
    assert scheme.deliverables == ()
    assert scheme.instruments == ()


@FAST
@given(programmes(tiers=[ct.Tier.COMPULSORY], audience=[ct.AudienceCategory.VILLAGE]))
def test_programmes_honour_tiers_and_audience(programme: ct.Programme) -> None:
    assert {m.tier for m in programme.modules + programme.menu} == {ct.Tier.COMPULSORY}
    assert programme.audience == (ct.AudienceCategory.VILLAGE,)


@FAST
@given(programmes(min_modules=3, max_modules=4, with_scheme=True, with_menu=True))
def test_programmes_honour_module_counts_scheme_and_menu(programme: ct.Programme) -> None:
    assert 3 <= len(programme.modules) <= 4
    assert programme.scheme is not None
    assert programme.menu
    assert programme.has(ct.ProgrammeFeature.MENU_ORDERING)
    menu_codes = {m.code for m in programme.menu}
    assert all(set(order.codes) <= menu_codes for order in programme.orders)


@FAST
@given(programmes())
def test_programmes_with_field_teaching_have_a_field_site(programme: ct.Programme) -> None:
    codes = [m.code for m in programme.modules + programme.menu]
    assert len(codes) == len(set(codes))
    if any(m.format is ct.DeliveryFormat.FIELD_TEACHING for m in programme.modules):
        assert programme.field_sites


@FAST
@given(programmes(with_field_sites=False, with_scheme=False, with_menu=False))
def test_programmes_without_field_sites_have_no_field_teaching(programme: ct.Programme) -> None:
    assert programme.field_sites == ()
    assert programme.scheme is None
    assert programme.menu == ()
    assert all(m.format is not ct.DeliveryFormat.FIELD_TEACHING for m in programme.modules)


def test_programmes_refuse_constraints_that_leave_no_format() -> None:
    strategy = programmes(formats=[ct.DeliveryFormat.FIELD_TEACHING], with_field_sites=False)
    with pytest.raises(ValueError, match="formats"):
        find(strategy, lambda _: True)


@FAST
@given(training_entries())
def test_training_entries_give_hours_or_days(entry: ct.TrainingEntry) -> None:
    assert entry.start <= entry.end
    assert entry.hours is not None or entry.days is not None
    assert entry.hours is None or isinstance(entry.hours, Fraction)


@FAST
@given(training_records(rank=ct.Rank.COUNTY_DIVISION, entries=(2, 3)))
def test_training_records_honour_rank_and_entry_count(record: ct.TrainingRecord) -> None:
    assert record.rank is ct.Rank.COUNTY_DIVISION
    assert 2 <= len(record.entries) <= 3
    starts = [e.start for e in record.entries]
    assert starts == sorted(starts)


@FAST
@given(postings(roles=[ct.PostingRole.FIRST_SECRETARY], with_recall=True))
def test_postings_keep_presence_appraisals_and_recall_inside(posting: ct.Posting) -> None:
    assert posting.role is ct.PostingRole.FIRST_SECRETARY
    assert posting.recall
    for period in posting.presence:
        assert posting.start <= period.start <= period.end <= posting.end
        assert period.days_present <= period.working_days
    years = [a.year for a in posting.appraisals]
    assert len(years) == len(set(years))
    assert all(posting.start.year <= y <= posting.end.year for y in years)
    assert [e.on for e in posting.recall] == sorted(e.on for e in posting.recall)
    assert all(posting.start <= e.on <= posting.end for e in posting.recall)
