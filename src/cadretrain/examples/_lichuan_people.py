"""Lichuan 2017 (seed 002): first-secretary postings and personal training archives.

李利冰 and 安勇, their villages and sending units are the article's; their
posting dates are assumed (the article: "去年初" for 李利冰, nothing for 安勇)
and nothing else is put on them: no presence, no appraisal, since they are
real people and the article reports neither.  The first secretaries with
presence and appraisals (优秀, 称职, and one 不胜任 who is recalled) and the
archived village secretaries are fictitious, to show the appraisal, the
recall (召回) path and the archive (个人培训档案) the article describes.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from cadretrain.examples import _fictitious as fict
from cadretrain.model import (
    Appraisal,
    AppraisalGrade,
    Cohort,
    Place,
    Posting,
    PostingRole,
    PresencePeriod,
    Rank,
    RecallEvent,
    RecallStep,
    TrainingEntry,
    TrainingKind,
    TrainingRecord,
)

__all__ = ["postings", "records"]

_APPRAISER = "中共利川市委组织部"
_FICTITIOUS_UNIT = "利川市某局(虚构)"


def _posting(
    number: int,
    cadre: str,
    name: str,
    village: Place,
    unit: str,
    start: dt.date,
    *,
    presence: tuple[int, int] | None = None,
    grade: AppraisalGrade | None = None,
    recall: tuple[RecallEvent, ...] = (),
) -> Posting:
    """A two-year posting (assumed term), with its first year's presence and appraisal if given."""
    return Posting(
        id=f"p-{number:02d}",
        cadre_id=cadre,
        name=name,
        role=PostingRole.FIRST_SECRETARY,
        village=village,
        sending_unit=unit,
        start=start,
        end=start.replace(year=start.year + 2) - dt.timedelta(days=1),
        presence=()
        if presence is None
        else (
            PresencePeriod(
                start=start,
                end=dt.date(start.year, 12, 31),
                working_days=presence[0],
                days_present=presence[1],
            ),
        ),
        appraisals=()
        if grade is None
        else (Appraisal(year=start.year, grade=grade, by=_APPRAISER),),
        recall=recall,
    )


def _village(village: str, township: str = "") -> Place:
    return Place(
        province="湖北省",
        prefecture="恩施土家族苗族自治州",
        county="利川市",
        township=township,
        village=village,
    )


def postings() -> tuple[Posting, ...]:
    """李利冰 (新田榜村) and 安勇 (茶塘村) as the article has them; three fictitious ones appraised."""
    recall = (
        RecallEvent(
            on=dt.date(2017, 1, 16),
            step=RecallStep.PROPOSED,
            by="利川市驻村工作领导小组",
            reason="年度考核不胜任,在村时间不足",
        ),
        RecallEvent(on=dt.date(2017, 2, 6), step=RecallStep.RECALLED, by=_FICTITIOUS_UNIT),
        RecallEvent(on=dt.date(2017, 2, 20), step=RecallStep.REPLACED, by=_FICTITIOUS_UNIT),
    )
    return (
        # "去年初,利川市食药监局机关干部李利冰被派驻新田榜村“第一书记”"
        _posting(1, "c-li-libing", "李利冰", _village("新田榜村", "文斗乡"), "利川市食药监局",
                 dt.date(2016, 2, 1)),
        # "利川市国税局机关干部安勇……茶塘村"
        _posting(2, "c-an-yong", "安勇", _village("茶塘村"), "利川市国税局", dt.date(2016, 3, 1)),
        _posting(3, "c-fict-01", fict.person_name(300), _village(fict.place_name(30) + "村"),
                 _FICTITIOUS_UNIT, dt.date(2016, 3, 1), presence=(210, 95),
                 grade=AppraisalGrade.UNFIT, recall=recall),
        _posting(4, "c-fict-05", fict.person_name(320), _village(fict.place_name(31) + "村"),
                 _FICTITIOUS_UNIT, dt.date(2016, 2, 1), presence=(230, 190),
                 grade=AppraisalGrade.EXCELLENT),
        _posting(5, "c-fict-06", fict.person_name(321), _village(fict.place_name(32) + "村"),
                 _FICTITIOUS_UNIT, dt.date(2016, 3, 1), presence=(210, 168),
                 grade=AppraisalGrade.COMPETENT),
    )  # fmt: skip


def _secretary(n: int) -> TrainingRecord:
    """A fictitious village party secretary's archive."""
    entries: tuple[TrainingEntry, ...] = (
        TrainingEntry(
            start=dt.date(2016, 6, 13 + n),
            end=dt.date(2016, 6, 17 + n),
            kind=TrainingKind.OFF_THE_JOB,
            days=5,
            title="村党支部书记主题培训班(利川市委党校)",
        ),
        TrainingEntry(
            start=dt.date(2016, 1, 1),
            end=dt.date(2016, 12, 31),
            kind=TrainingKind.ONLINE,
            hours=Fraction(20 + 5 * n),
            title="党员干部网络学习",
        ),
    )
    if n == 0:  # the article's class at 北京农学院 ended in May 2017; its dates are assumed
        entries += (
            TrainingEntry(
                start=dt.date(2017, 5, 8),
                end=dt.date(2017, 5, 14),
                kind=TrainingKind.OFF_THE_JOB,
                days=7,
                title="整村推进村党支部书记精准扶贫专题培训班(北京农学院)",
            ),
        )
    return TrainingRecord(
        cadre_id=f"c-fict-{n + 2:02d}",
        name=fict.person_name(310 + n),
        rank=Rank.VILLAGE_CADRE,  # 村干部: the 条例's hours rules do not cover them
        entries=entries,
    )


def records(cohort: Cohort) -> tuple[TrainingRecord, ...]:
    """Three fictitious village secretaries' archives and one 中青班 trainee's."""
    trainee = cohort.trainees[1]
    programme = cohort.programme
    young = TrainingRecord(
        cadre_id=trainee.id,
        name=trainee.name,
        rank=trainee.rank or Rank.STAFF,
        entries=(
            TrainingEntry(
                start=cohort.start,
                end=cohort.end,
                kind=TrainingKind.OFF_THE_JOB,
                title=programme.title,
                days=(cohort.end - cohort.start).days + 1,
                programme=programme.id,
                cohort=cohort.id,
            ),
        ),
    )
    return (*(_secretary(n) for n in range(3)), young)
