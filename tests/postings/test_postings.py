"""Posting checks: presence under Shanxi's 2/3, term, team size, the recall path (seed 002)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given, settings

from cadretrain import strategies as cst
from cadretrain.builtin import check_posting
from cadretrain.model import (
    Appraisal,
    AppraisalGrade,
    Place,
    Posting,
    PostingRole,
    PresencePeriod,
    RecallEvent,
    RecallStep,
)
from cadretrain.policies.village_postings import (
    FIRST_SECRETARY_2015,
    SHANXI_2015_POSTING,
    WORK_TEAM_2017,
    default_posting_policy,
)
from cadretrain.rules import Severity

ON = dt.date(2019, 6, 1)
START = dt.date(2016, 3, 1)


def posting(
    *,
    role: PostingRole = PostingRole.FIRST_SECRETARY,
    end: dt.date = dt.date(2018, 2, 28),
    team_size: int | None = None,
    presence: tuple[PresencePeriod, ...] = (),
    appraisals: tuple[Appraisal, ...] = (),
    recall: tuple[RecallEvent, ...] = (),
) -> Posting:
    return Posting(
        id="p-001",
        cadre_id="c-001",
        name="李利冰",
        role=role,
        village=Place(province="湖北省", county="利川市", village="新田榜村"),
        sending_unit="利川市食药监局",
        start=START,
        end=end,
        team_size=team_size,
        presence=presence,
        appraisals=appraisals,
        recall=recall,
    )


def year_present(days: int, working_days: int = 249) -> PresencePeriod:
    return PresencePeriod(
        start=dt.date(2016, 3, 1),
        end=dt.date(2017, 2, 28),
        working_days=working_days,
        days_present=days,
    )


def test_presence_of_exactly_two_thirds_passes_under_shanxi() -> None:
    report = check_posting(posting(presence=(year_present(166),)), ON, SHANXI_2015_POSTING)
    assert report.ok


def test_presence_one_day_under_two_thirds_fails_under_shanxi() -> None:
    report = check_posting(posting(presence=(year_present(165),)), ON, SHANXI_2015_POSTING)
    (failure,) = report.failures
    assert failure.path == "posting.presence[0]"
    assert dict(failure.evidence)["share"] == Fraction(165, 249)
    (use,) = failure.parameters
    assert use.value == Fraction(2, 3)
    assert "山西" in use.citation.source


def test_the_national_policy_sets_no_presence_minimum() -> None:
    report = check_posting(posting(presence=(year_present(10),)), ON, explain=True)
    assert report.ok
    (note,) = report.for_rule("posting.presence").findings
    assert note.message_en.startswith("not judged")


def test_a_presence_period_still_running_is_not_judged() -> None:
    running = PresencePeriod(
        start=dt.date(2019, 3, 1), end=dt.date(2020, 2, 28), working_days=249, days_present=10
    )
    assert check_posting(posting(presence=(running,)), ON, SHANXI_2015_POSTING).ok


@pytest.mark.parametrize(
    ("end", "ok"),
    [
        (dt.date(2017, 2, 28), True),  # 1 year, last day included
        (dt.date(2017, 2, 27), False),
        (dt.date(2019, 3, 1), True),  # 3 years, to the anniversary
        (dt.date(2019, 3, 2), False),
    ],
)
def test_first_secretary_term_is_one_to_three_years(end: dt.date, ok: bool) -> None:
    assert check_posting(posting(end=end), ON, FIRST_SECRETARY_2015).ok is ok


@pytest.mark.parametrize(
    ("end", "ok"), [(dt.date(2018, 2, 28), True), (dt.date(2019, 2, 28), False)]
)
def test_shanxi_term_is_two_years(end: dt.date, ok: bool) -> None:
    assert check_posting(posting(end=end), ON, SHANXI_2015_POSTING).ok is ok


@pytest.mark.parametrize(("size", "ok"), [(3, True), (2, False)])
def test_work_team_has_at_least_three_members(size: int, ok: bool) -> None:
    member = posting(role=PostingRole.TEAM_MEMBER, end=dt.date(2020, 2, 29), team_size=size)
    report = check_posting(member, ON, WORK_TEAM_2017)
    assert report.ok is ok
    assert [f.path for f in report.failures] == ([] if ok else ["posting.team_size"])


def test_work_team_posting_is_at_least_two_years() -> None:
    short = posting(role=PostingRole.TEAM_LEADER, end=dt.date(2018, 2, 27))
    assert not check_posting(short, ON, WORK_TEAM_2017).ok


def test_a_term_cut_short_by_recall_is_not_a_term_failure() -> None:
    events = (
        RecallEvent(on=dt.date(2017, 1, 10), step=RecallStep.PROPOSED, by="驻村工作领导小组"),
        RecallEvent(on=dt.date(2017, 1, 20), step=RecallStep.RECALLED, by="利川市食药监局"),
    )
    cut = posting(
        end=dt.date(2017, 1, 20),
        appraisals=(Appraisal(year=2016, grade=AppraisalGrade.UNFIT),),
        recall=events,
    )
    assert check_posting(cut, ON, FIRST_SECRETARY_2015).ok


def test_an_unfit_appraisal_without_a_recall_proposes_recall() -> None:
    unfit = posting(appraisals=(Appraisal(year=2016, grade=AppraisalGrade.UNFIT),))
    report = check_posting(unfit, ON)
    (failure,) = report.failures
    assert failure.rule_id == "posting.recall"
    assert failure.path == "posting.appraisals[2016]"
    assert "召回" in failure.message_zh
    assert "利川市食药监局" in failure.message_zh
    assert "recall" in failure.message_en


def test_a_recorded_recall_passes_with_its_steps_as_evidence() -> None:
    events = (
        RecallEvent(on=dt.date(2017, 1, 10), step=RecallStep.PROPOSED, by="驻村工作领导小组"),
        RecallEvent(on=dt.date(2017, 1, 20), step=RecallStep.RECALLED, by="利川市食药监局"),
        RecallEvent(on=dt.date(2017, 2, 15), step=RecallStep.REPLACED, by="利川市食药监局"),
    )
    recalled = posting(
        appraisals=(Appraisal(year=2016, grade=AppraisalGrade.INCOMPETENT),), recall=events
    )
    report = check_posting(recalled, ON, explain=True)
    assert report.ok
    (finding,) = report.for_rule("posting.recall").findings
    evidence = dict(finding.evidence)
    assert evidence["proposed_on"] == dt.date(2017, 1, 10)
    assert evidence["recalled_on"] == dt.date(2017, 1, 20)
    assert evidence["replaced_on"] == dt.date(2017, 2, 15)


def test_a_proposal_before_the_appraisal_year_does_not_count() -> None:
    early = (RecallEvent(on=dt.date(2016, 12, 1), step=RecallStep.PROPOSED, by="领导小组"),)
    unfit = posting(
        end=dt.date(2019, 2, 28),
        appraisals=(Appraisal(year=2017, grade=AppraisalGrade.UNFIT),),
        recall=early,
    )
    assert not check_posting(unfit, ON).ok


def test_a_competent_appraisal_calls_for_no_recall() -> None:
    fine = posting(appraisals=(Appraisal(year=2016, grade=AppraisalGrade.COMPETENT),))
    assert check_posting(fine, ON).ok


def test_default_policy_follows_role_and_date() -> None:
    assert default_posting_policy(PostingRole.FIRST_SECRETARY, ON) is FIRST_SECRETARY_2015
    assert default_posting_policy(PostingRole.TEAM_MEMBER, ON) is WORK_TEAM_2017
    assert default_posting_policy(PostingRole.TEAM_MEMBER, dt.date(2017, 1, 1)) is (
        FIRST_SECRETARY_2015
    )


# --- issue 36: presence under the national presets, Shanxi's 2/3, recall on a shortfall ---


def test_zero_of_249_days_is_a_visible_warning_under_the_national_preset() -> None:
    """No national minimum is confirmed: not judged, but never a silent pass."""
    report = check_posting(posting(presence=(year_present(0),)), ON)
    assert report.ok  # a warning: no national rule is breached
    (warning,) = report.warnings
    assert warning.rule_id == "posting.presence"
    assert warning.path == "posting.presence[0]"
    assert warning.message_en.startswith("not judged: 2016-03-01–2017-02-28: present 0 of 249")
    assert "min_presence_share" in warning.message_en
    assert warning.message_zh.startswith("未判定")
    evidence = dict(warning.evidence)
    assert evidence["share"] == 0
    assert evidence["required_share"] == "none"
    (use,) = warning.parameters
    assert use.value == "none"
    assert "no national presence minimum" in use.citation.note


def test_zero_of_249_days_fails_under_shanxi_and_proposes_recall() -> None:
    report = check_posting(posting(presence=(year_present(0),)), ON, SHANXI_2015_POSTING)
    assert not report.ok
    (failure,) = report.errors
    assert failure.rule_id == "posting.presence"
    assert "驻村工作领导小组" in failure.message_en
    assert "召回调整" in failure.message_en
    assert "2017 opinion" in failure.message_en
    assert "《关于加强贫困村驻村工作队选派管理工作的指导意见》(2017)" in failure.message_zh
    assert "利川市食药监局及时召回" in failure.message_zh
    assert dict(failure.evidence)["recall_proposed_on"] is None


@pytest.mark.parametrize(
    ("present", "working", "met"),
    [
        (166, 249, True),  # 166/249 is exactly 2/3
        (165, 249, False),
        (200, 300, True),
        (199, 300, False),
        (2, 3, True),
        (1, 3, False),
    ],
)
def test_two_thirds_at_the_boundary_is_exact(present: int, working: int, met: bool) -> None:
    period = year_present(present, working_days=working)
    report = check_posting(posting(presence=(period,)), ON, SHANXI_2015_POSTING, explain=True)
    (finding,) = report.for_rule("posting.presence").findings
    assert finding.passed is met
    assert dict(finding.evidence)["share"] == Fraction(present, working)
    assert dict(finding.evidence)["required_share"] == Fraction(2, 3)
    assert ("召回调整" in finding.message_en) is not met


def test_a_proposal_recorded_since_the_period_began_is_named_instead() -> None:
    proposal = RecallEvent(on=dt.date(2017, 3, 10), step=RecallStep.PROPOSED, by="驻村工作领导小组")
    early = RecallEvent(on=dt.date(2016, 2, 1), step=RecallStep.PROPOSED, by="驻村工作领导小组")
    shortfall = posting(presence=(year_present(100),), recall=(early, proposal))
    (failure,) = check_posting(shortfall, ON, SHANXI_2015_POSTING).failures
    assert "recall proposed by 驻村工作领导小组 on 2017-03-10" in failure.message_en
    assert dict(failure.evidence)["recall_proposed_on"] == dt.date(2017, 3, 10)


def test_shanxi_weighs_presence_as_an_error_and_the_national_presets_as_a_warning() -> None:
    assert FIRST_SECRETARY_2015.severity("posting.presence") is Severity.WARNING
    assert WORK_TEAM_2017.severity("posting.presence") is Severity.WARNING
    assert SHANXI_2015_POSTING.severity("posting.presence") is Severity.ERROR
    assert SHANXI_2015_POSTING.severity("posting.recall") is Severity.ERROR


def test_recall_keeps_its_meaning_for_an_unfit_appraisal() -> None:
    unfit = posting(
        presence=(year_present(200),),
        appraisals=(Appraisal(year=2016, grade=AppraisalGrade.UNFIT),),
    )
    report = check_posting(unfit, ON, SHANXI_2015_POSTING)
    assert [(f.rule_id, f.path) for f in report.failures] == [
        ("posting.recall", "posting.appraisals[2016]")
    ]


@settings(max_examples=40, deadline=None)
@given(cst.postings(roles=[PostingRole.FIRST_SECRETARY]))
def test_every_ended_period_is_a_not_judged_warning_under_the_national_preset(
    drawn: Posting,
) -> None:
    on = max(drawn.end, dt.date(2015, 5, 5))  # the notice's first day
    report = check_posting(drawn, on, FIRST_SECRETARY_2015)
    presence = report.for_rule("posting.presence")
    ended = [i for i, p in enumerate(drawn.presence) if p.end <= on]
    assert [f.path for f in presence.findings] == [f"posting.presence[{i}]" for i in ended]
    assert all(f.severity is Severity.WARNING and not f.passed for f in presence.findings)
    assert not presence.errors
