"""Preset evaluation policies: the national trainee rules, and one party school's rules.

- :data:`CADRE_TRAINING_EVALUATION` — the national rules, from the
  Organisation Department's 2013 trainee-management rules (issued March
  2013, reported by Xinhua 2013-03-19; docs/regulations.md rows 0a-0c, H):
  accumulated approved leave at most 1/7 of the class hours, above it
  withdrawal (退学); leaving without approval (未经批准擅自离校) ordered to
  withdraw, read as one whole session missed without approved leave (the
  rules name no amount: the reading is stated in the parameter's citation);
  ghost-written or plagiarised work cancels its score (the grading check).
  The 2015 条例 (2015-10-14) and its 2023 revision (2023-09-19, 第十五条:
  "原则上不得超过总学时的1/7,超过的应予退学") keep 1/7; each is a dated entry.
  The day in March 2013 is not given: the rules apply from 2013-03-19, the
  day they were reported. Deliverables, grading and the top-grade quota
  take every number from the programme's
  :class:`~cadretrain.model.AssessmentScheme`; the policy sets none.
- :data:`PROGRAMME_SCHEME_EVALUATION` — the scheme-driven checks only, in
  force on any date: what :func:`ct.evaluate <cadretrain.evaluate>` uses
  for a cohort that started before 2013-03-19, when no national trainee
  rule is confirmed (the 2006 trial text was not read for one).
- :data:`TIANHE_PARTY_SCHOOL_2015_EVALUATION` — a named local variant (M): the Tianhe
  district party school's rule of 2015-08, "旷课2天及以上,或请假等时间累计超过总课时1/7的
  作退学处理", added to the national rules: two days truant withdraw, and all
  absence ("请假等时间") counts toward the 1/7 (``counts="all_absence"``). A "day" has no national length in minutes
  (docs/regulations.md, row 15), so ``day_minutes`` is left for the caller:
  evaluating without it raises :class:`~cadretrain.rules.MissingParameter`.

The attended-share minimum for a certificate (``evaluation.attendance``)
has no confirmed number (row 17 lost its percentage), so no preset includes
it; a caller adds it with their own cited value.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from cadretrain.policies.sources import (
    CADRE_TRAINING_2015,
    CADRE_TRAINING_2023,
    TRAINEE_MANAGEMENT_2013,
)
from cadretrain.policies.sources import TIANHE_PARTY_SCHOOL_2015 as _TIANHE_SOURCE
from cadretrain.rules import (
    AllOf,
    Check,
    Citation,
    Confidence,
    DatedParameter,
    DatedValue,
    ParameterSetting,
    Policy,
    Severity,
)

__all__ = [
    "CADRE_TRAINING_EVALUATION",
    "PROGRAMME_SCHEME_EVALUATION",
    "TIANHE_PARTY_SCHOOL_2015_EVALUATION",
    "default_evaluation_policy",
]

REPORTED_2013 = dt.date(2013, 3, 19)
"""The 2013 trainee-management rules: issued in March 2013 (day not given), reported 2013-03-19."""
ISSUED_2015 = dt.date(2015, 10, 14)
"""The 2015 条例's issue date (headnote "2015年10月14日中共中央发布", two reprints)."""
ISSUED_2023 = dt.date(2023, 9, 19)
"""The 2023 revision's issue date (headnote "2023年9月19日中共中央发布", two reprints)."""
TIANHE_FROM = dt.date(2015, 8, 1)
"""The Tianhe rule is dated 2015-08 (day not given): read as from the 1st."""

_SCHEME = Citation(
    source="the programme's AssessmentScheme",
    confidence=Confidence.HIGH,
    note="deliverables, weights, pass marks, grade scale and top-grade share are data of "
    "the programme; the policy sets no number for them",
)
_ARTICLE_2023 = attrs.evolve(
    CADRE_TRAINING_2023,
    note="第十五条: 累计请假时间原则上不得超过总学时的1/7,超过的应予退学 (issued 2023-09-19; "
    "docs/regulations.md, row 9)",
)
_SCHEME_CHECKS = (
    Check("evaluation.deliverables"),
    Check("evaluation.grading"),
    Check("evaluation.top_grade_quota"),
)
_QUOTA_IS_A_NOTICE = (("evaluation.top_grade_quota", Severity.INFO),)
_RULES_2013_LEAVE = attrs.evolve(
    TRAINEE_MANAGEMENT_2013,
    note="docs/regulations.md, row 0a: 累计请假超过总学时1/7的,按退学处理 (Xinhua, 2013-03-19)",
)
_RULES_2013_ABSENCE = attrs.evolve(
    TRAINEE_MANAGEMENT_2013,
    confidence=Confidence.MEDIUM,
    note="docs/regulations.md, row 0b: 未经批准擅自离校的,责令退学. The rules name no amount; "
    "one whole session missed without approved leave is this library's reading of 擅自离校 "
    "(a province or school may set another with with_parameter)",
)
_ONE_SEVENTH = (
    DatedValue(effective_from=REPORTED_2013, value=Fraction(1, 7), citation=_RULES_2013_LEAVE),
    DatedValue(effective_from=ISSUED_2015, value=Fraction(1, 7), citation=CADRE_TRAINING_2015),
    DatedValue(effective_from=ISSUED_2023, value=Fraction(1, 7), citation=_ARTICLE_2023),
)

PROGRAMME_SCHEME_EVALUATION = Policy(
    name="programme_scheme_evaluation",
    title_zh="按培训方案考核(提交材料、成绩等次、优秀比例)",
    title_en="assessment by the programme's scheme (deliverables, grades, top-grade share)",
    rule=AllOf(*_SCHEME_CHECKS),
    severities=_QUOTA_IS_A_NOTICE,
    effective_from=dt.date.min,
    sources=(_SCHEME,),
)

_ONE_WHOLE_SESSION = ParameterSetting(
    rule_id="evaluation.absent_without_leave",
    name="whole_sessions",
    value=DatedParameter.single(1, since=REPORTED_2013, citation=_RULES_2013_ABSENCE),
)

CADRE_TRAINING_EVALUATION = Policy(
    name="cadre_training_evaluation",
    title_zh="干部教育培训学员管理(2013年规定、《干部教育培训工作条例》):请假不超过总学时1/7,"
    "擅自离校的退学",
    title_en="National trainee rules (2013 rules, Cadre Education and Training Regulations): "
    "leave at most 1/7, withdrawn for leaving without approval",
    rule=AllOf(
        Check("evaluation.leave_ratio"), Check("evaluation.absent_without_leave"), *_SCHEME_CHECKS
    ),
    parameters=(
        ParameterSetting(
            rule_id="evaluation.leave_ratio",
            name="max_share",
            value=DatedParameter(entries=_ONE_SEVENTH),
        ),
        ParameterSetting(
            rule_id="evaluation.leave_ratio",
            name="counts",
            value=DatedParameter.single(
                "approved_leave", since=REPORTED_2013, citation=_RULES_2013_LEAVE
            ),
        ),
        _ONE_WHOLE_SESSION,
    ),
    severities=_QUOTA_IS_A_NOTICE,
    effective_from=REPORTED_2013,
    sources=(_RULES_2013_LEAVE, _RULES_2013_ABSENCE, CADRE_TRAINING_2015, _ARTICLE_2023, _SCHEME),
)

TIANHE_PARTY_SCHOOL_2015_EVALUATION = Policy(
    name="tianhe_party_school_2015",
    title_zh="天河区委党校学员管理规定(2015-08):旷课2天及以上或请假超过1/7的退学",
    title_en="Tianhe district party school (2015-08): withdrawn for 2+ days truant or leave "
    "over 1/7",
    rule=AllOf(
        Check("evaluation.leave_ratio"),
        Check("evaluation.absent_without_leave"),
        Check("evaluation.unexcused_absence"),
        *_SCHEME_CHECKS,
    ),
    parameters=(
        ParameterSetting(
            rule_id="evaluation.leave_ratio",
            name="max_share",
            value=DatedParameter(
                entries=(
                    DatedValue(
                        effective_from=TIANHE_FROM,
                        value=Fraction(1, 7),
                        citation=_TIANHE_SOURCE,
                    ),
                    *_ONE_SEVENTH[1:],
                )
            ),
        ),
        _ONE_WHOLE_SESSION,
        ParameterSetting(
            rule_id="evaluation.leave_ratio",
            name="counts",
            value=DatedParameter.single("all_absence", since=TIANHE_FROM, citation=_TIANHE_SOURCE),
        ),
        ParameterSetting(
            rule_id="evaluation.unexcused_absence",
            name="withdraw_at",
            value=DatedParameter.single(2, since=TIANHE_FROM, citation=_TIANHE_SOURCE),
        ),
        ParameterSetting(
            rule_id="evaluation.unexcused_absence",
            name="unit",
            value=DatedParameter.single("days", since=TIANHE_FROM, citation=_TIANHE_SOURCE),
        ),
    ),
    severities=_QUOTA_IS_A_NOTICE,
    effective_from=TIANHE_FROM,
    sources=(
        _TIANHE_SOURCE,
        _RULES_2013_LEAVE,
        _RULES_2013_ABSENCE,
        CADRE_TRAINING_2015,
        _ARTICLE_2023,
        _SCHEME,
    ),
)
"""Local variant (M). Supply ``day_minutes`` before use, e.g. with ``with_parameter``."""


def default_evaluation_policy(on: dt.date) -> Policy:
    """The policy ``ct.evaluate`` uses when given none, for a cohort starting ``on``.

    >>> default_evaluation_policy(dt.date(2015, 7, 27)).name
    'cadre_training_evaluation'
    >>> default_evaluation_policy(dt.date(2013, 3, 18)).name
    'programme_scheme_evaluation'
    """
    if CADRE_TRAINING_EVALUATION.in_force(on):
        return CADRE_TRAINING_EVALUATION
    return PROGRAMME_SCHEME_EVALUATION
