"""Every finding cites: each rule's findings carry that rule's declared source.

The table below is the decision, written out apart from the check modules:
which regulation, seed article or scheme each built-in rule applies. The
property tests run generated programmes, cohorts, training records and
postings through the public entry points (in explain mode, so passing and
not-applicable findings are made too) and compare every finding with it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cadretrain as ct
from cadretrain import strategies as cst
from cadretrain.builtin import BUILTIN_RULES
from cadretrain.policies import CADRE_TRAINING_REGULATION
from cadretrain.policies.training_hours import with_factors
from cadretrain.rules import Citation, Finding, Report, Severity
from cadretrain.rules.citation import COHORT_REGISTER, PROGRAMME_SCHEME, RULE_TREE, UNDECLARED
from cadretrain.rules.sources import (
    CADRE_TRAINING_2015,
    CLASS_ROSTER,
    CLASS_WORK_JIANGAN_2015,
    SEED_HUNAN_2019,
    SEED_JIANGAN_2015,
    SEED_YUNNAN_2019,
    SHANXI_2015,
    TIANHE_PARTY_SCHOOL_2015,
    TRAINEE_MANAGEMENT_2013,
    WORK_TEAM_OPINION_2017,
)

EXPECTED: dict[str, Citation] = {
    "cohort.capacity": PROGRAMME_SCHEME,
    "cohort.field_sites": SEED_HUNAN_2019,
    "cohort.field_themes": SEED_HUNAN_2019,
    "cohort.person_enrolled_once": CLASS_ROSTER,
    "cohort.schedule": PROGRAMME_SCHEME,
    "cohort.unit_coverage": SEED_JIANGAN_2015,
    "cohort.work_after_start": CLASS_WORK_JIANGAN_2015,
    "curriculum.audience_focus": SEED_YUNNAN_2019,
    "curriculum.compulsory_first": SEED_HUNAN_2019,
    "curriculum.compulsory_present": SEED_YUNNAN_2019,
    "curriculum.field_share": SEED_YUNNAN_2019,
    "curriculum.menu_selection": SEED_YUNNAN_2019,
    "curriculum.tier_share": SEED_YUNNAN_2019,
    "evaluation.attendance": PROGRAMME_SCHEME,
    "evaluation.deliverables": PROGRAMME_SCHEME,
    "evaluation.grading": PROGRAMME_SCHEME,
    "evaluation.absent_without_leave": TRAINEE_MANAGEMENT_2013,
    "evaluation.attendance_recorded": COHORT_REGISTER,
    "evaluation.leave_ratio": TRAINEE_MANAGEMENT_2013,
    "evaluation.top_grade_quota": PROGRAMME_SCHEME,
    "evaluation.unexcused_absence": TIANHE_PARTY_SCHOOL_2015,
    "posting.presence": SHANXI_2015,
    "posting.recall": WORK_TEAM_OPINION_2017,
    "posting.term": WORK_TEAM_OPINION_2017,
    "record.annual_hours": CADRE_TRAINING_2015,
    "record.five_year_hours": CADRE_TRAINING_2015,
    "record.induction_window": CADRE_TRAINING_2015,
    # made by the engine and the evaluator, not by a check
    "rule.any_of": RULE_TREE,
    "rule.at_least": RULE_TREE,
    "rule.not": RULE_TREE,
    "evaluation.outcome": PROGRAMME_SCHEME,
}

CURRICULUM_IDS = tuple(i for i in BUILTIN_RULES.ids if i.startswith(("curriculum.", "cohort.")))
FAST = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


def _cites(findings: tuple[Finding, ...] | Report) -> None:
    for finding in findings.findings if isinstance(findings, Report) else findings:
        assert finding.citation is not None, finding
        if finding.rule_id == "evaluation.override":  # the decision itself is the source
            assert finding.citation.note.startswith("a recorded decision"), finding
            continue
        assert finding.citation == EXPECTED[finding.rule_id], finding.rule_id


def test_every_builtin_check_declares_the_expected_source() -> None:
    assert set(BUILTIN_RULES.ids) <= set(EXPECTED)
    for check in BUILTIN_RULES:
        assert check.source is not UNDECLARED, check.rule_id
        assert check.source == EXPECTED[check.rule_id], check.rule_id


@FAST
@given(cst.programmes(), st.data())
def test_programme_findings_cite_their_rule(programme: ct.Programme, data: st.DataObject) -> None:
    _cites(ct.check(programme, explain=True))
    policy = data.draw(cst.policies(rule_ids=CURRICULUM_IDS))
    _cites(ct.check(programme, policy, explain=True))


@FAST
@given(cst.cohorts())
def test_cohort_findings_cite_their_rule(cohort: ct.Cohort) -> None:
    if ct.policies.SEED_PRACTICE_2019.in_force(cohort.start):
        _cites(ct.check(cohort, explain=True))
    judged = ct.evaluate(cohort, explain=True)
    _cites(judged.report)
    assert {f.rule_id for f in judged.report.findings} >= (
        {"evaluation.outcome"} if cohort.trainees else set()
    )


@FAST
@given(cst.training_records(), cst.postings())
def test_record_and_posting_findings_cite_their_rule(
    record: ct.TrainingRecord, posting: ct.Posting
) -> None:
    on = dt.date(2024, 1, 1)
    factors = with_factors(
        CADRE_TRAINING_REGULATION,
        citation=Citation(source="the caller's factors"),
        hours_per_day=6,
        days_per_month=22,
    ).with_parameter(
        "record.induction_window",
        "min_hours",
        ct.DatedParameter.single(40, since=dt.date(2006, 1, 1), citation=Citation(source="x")),
    )
    _cites(ct.check_record(record, on, factors, explain=True))
    _cites(ct.check_posting(posting, max(on, posting.start), explain=True))


def test_a_finding_shows_its_source() -> None:
    finding = Finding(
        rule_id="evaluation.leave_ratio",
        severity=Severity.ERROR,
        path="cohort.trainees[t-1]",
        passed=False,
        message_zh="请假超过 1/7",
        message_en="leave over 1/7",
        citation=CADRE_TRAINING_2015,
    )
    assert finding.explain("en").endswith("| source 《干部教育培训工作条例》(2015)")
    assert finding.explain("zh").endswith("| 出处 《干部教育培训工作条例》(2015)")
