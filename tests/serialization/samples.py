"""Small hand-built objects of every top-level type, for the serialization tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import cadretrain as ct
from _build import county_programme, module, village_clerk
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.evaluation.attendance_summary import AttendanceSummary
from cadretrain.rules import (
    AllOf,
    AnyOf,
    AtLeast,
    Check,
    Citation,
    Confidence,
    DatedParameter,
    DatedValue,
    Finding,
    Not,
    ParameterSetting,
    ParameterUse,
    Policy,
    Report,
    Severity,
)
from cadretrain.rules.values import ParamValue

PLAIN: dict[str, ParamValue] = {"units": ("村委会", "乡镇"), "flag": True, "n": 3}
EXACT: dict[str, ParamValue] = {"score": Decimal("85.50"), "since": dt.date(2016, 3, 1)}
CITE = Citation(source="seeds/004_jiangan.txt", confidence=Confidence.MEDIUM, note="第二期")


def programme() -> ct.Programme:
    """A two-module programme with one field site."""
    return county_programme(
        id="p-1",
        title="贫困村干部扶贫培训班",
        organiser="中共江安县委组织部",
        modules=(
            module(
                "M01",
                "精准扶贫政策解读",
                tier=ct.Tier.COMPULSORY,
                topic=ct.Topic.THEORY,
                format=ct.DeliveryFormat.LECTURE,
                minutes=90,
            ),
            module(
                "M02",
                "现场教学",
                tier=ct.Tier.KEY,
                topic=ct.Topic.INDUSTRY,
                format=ct.DeliveryFormat.FIELD_TEACHING,
                minutes=120,
            ),
        ),
        field_sites=(field_site(),),
    )


def field_site() -> ct.FieldSite:
    """A village field site with a showcase indicator."""
    return ct.FieldSite(
        id="fs-01",
        name="十八洞村",
        kind=ct.FieldSiteKind.VILLAGE,
        place=ct.Place(province="湖南省", county="花垣县", village="十八洞村"),
        themes=(ct.Topic.INDUSTRY,),
        indicators=(
            ct.Indicator(
                name="人均纯收入增长", value=Decimal("3000.50"), unit="元", approximate=True
            ),
        ),
    )


def trainee(number: int = 1) -> ct.Trainee:
    """A village clerk."""
    return village_clerk(f"t-{number:03d}", name="李国华", unit="红桥镇石龙村", distance_km=12)


def cohort() -> ct.Cohort:
    """Two trainees, two sessions, attendance and a leave request."""
    return ct.Cohort(
        id="c-1",
        programme=programme(),
        start=dt.date(2015, 7, 27),
        end=dt.date(2015, 7, 28),
        venue="江安县委党校",
        trainees=(trainee(1), trainee(2)),
        sessions=(
            ct.Session(
                id="s-1", module="M01", on=dt.date(2015, 7, 27), minutes=90, start=dt.time(8, 30)
            ),
            ct.Session(id="s-2", module="M02", on=dt.date(2015, 7, 28), minutes=120, site="fs-01"),
        ),
        attendance=(
            ct.AttendanceRecord(trainee="t-001", session="s-1", status=ct.AttendanceStatus.PRESENT),
            ct.AttendanceRecord(
                trainee="t-002", session="s-1", status=ct.AttendanceStatus.LATE, minutes=60
            ),
        ),
        leave=(
            ct.LeaveRequest(
                id="l-1",
                trainee="t-002",
                reason=ct.LeaveReason.SICK,
                status=ct.LeaveStatus.APPROVED,
                sessions=("s-2",),
            ),
        ),
    )


def training_record() -> ct.TrainingRecord:
    """A county leader's archive with an entry in exact 学时."""
    return ct.TrainingRecord(
        cadre_id="cadre-7",
        name="王明",
        rank=ct.Rank.COUNTY_DIVISION,
        entries=(
            ct.TrainingEntry(
                start=dt.date(2016, 3, 1),
                end=dt.date(2016, 3, 5),
                kind=ct.TrainingKind.OFF_THE_JOB,
                title="县处级干部进修班",
                hours=Fraction(81, 2),
            ),
        ),
        promoted_on=dt.date(2015, 12, 1),
    )


def posting() -> ct.Posting:
    """A first secretary's two-year posting."""
    return ct.Posting(
        id="post-1",
        cadre_id="cadre-8",
        name="张强",
        role=ct.PostingRole.FIRST_SECRETARY,
        village=ct.Place(province="湖北省", county="利川市", village="白鹊山村"),
        sending_unit="利川市财政局",
        start=dt.date(2017, 3, 1),
        end=dt.date(2019, 2, 28),
        presence=(
            ct.PresencePeriod(
                start=dt.date(2017, 3, 1),
                end=dt.date(2017, 12, 31),
                working_days=210,
                days_present=200,
            ),
        ),
        appraisals=(ct.Appraisal(year=2017, grade=ct.AppraisalGrade.EXCELLENT),),
    )


def policy() -> Policy:
    """Every rule node kind and every kind of parameter value."""
    return Policy(
        name="demo",
        title_zh="示例政策",
        title_en="demo policy",
        rule=AllOf(
            Check("curriculum.tier_share", params={"min_core_share": Fraction(1, 2)}),
            AnyOf(Check("cohort.capacity"), Not(Check("cohort.schedule"))),
            AtLeast(
                1,
                Check("a.b", params=PLAIN),
                Check("c.d", params=EXACT),
            ),
        ),
        parameters=(
            ParameterSetting(
                rule_id="curriculum.tier_share",
                name="max_share",
                value=DatedParameter(
                    entries=(
                        DatedValue(
                            effective_from=dt.date(2015, 10, 1), value=Fraction(1, 7), citation=CITE
                        ),
                        DatedValue(effective_from=dt.date(2020, 1, 1), value=None, citation=CITE),
                    )
                ),
            ),
        ),
        severities=(("cohort.capacity", Severity.WARNING),),
        effective_from=dt.date(2015, 1, 1),
        sources=(CITE,),
    )


def finding() -> Finding:
    """A failed finding with every kind of evidence value."""
    return Finding(
        rule_id="cohort.capacity",
        severity=Severity.ERROR,
        path="cohort",
        passed=False,
        message_zh="人数 51,超过上限 50",
        message_en="51 enrolled, over the limit of 50",
        evidence=(
            ("enrolled", 51),
            ("share", Fraction(1, 7)),
            ("score", Decimal("59.5")),
            ("on", dt.date(2016, 3, 1)),
            ("late", True),
            ("venue", "党校"),
            ("missing", None),
        ),
        parameters=(ParameterUse(name="most", value=50, citation=CITE),),
    )


def report() -> Report:
    """A report with one failed and one passed finding."""
    passed = Finding(
        rule_id="curriculum.tier_share",
        severity=Severity.INFO,
        path="programme.modules[M01]",
        passed=True,
        message_zh="通过",
        message_en="passed",
    )
    return Report(findings=(finding(), passed))


def assessment() -> Assessment:
    """A completed trainee with a grade."""
    return Assessment(
        trainee_id="t-001",
        cohort_id="c-1",
        outcome=ct.Outcome.COMPLETED,
        attendance=AttendanceSummary(scheduled=210, attended=150, excused=60),
        scores=(("exam", Decimal("88.5")),),
        total=Decimal("88.5"),
        grade="good",
        findings=(finding(),),
    )


def cohort_evaluation() -> CohortEvaluation:
    """A cohort's evaluation under the demo policy."""
    return CohortEvaluation(
        cohort_id="c-1",
        policy=policy(),
        judged_on=dt.date(2015, 7, 27),
        on=dt.date(2015, 7, 28),
        assessments=(assessment(),),
        report=report(),
        grades=("excellent", "good", "pass", "fail"),
    )


def every_document() -> tuple[object, ...]:
    """One object of each top-level document type."""
    return (
        programme(),
        cohort(),
        field_site(),
        trainee(),
        training_record(),
        posting(),
        policy(),
        report(),
        finding(),
        assessment(),
        cohort_evaluation(),
    )
