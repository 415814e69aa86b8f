"""Work of the class dated before the class: ``cohort.work_after_start``.

Seed 004 has the 学习心得 written and handed in "在培训结束后", and trainees
write their own 学习体会 (docs/regulations.md row 0c): the work a class
assesses, and the score given to it, come from the class. A submission whose
``submitted_on`` is before the cohort's ``start``, or a score whose ``on`` is,
cannot be that class's work; each is a failing finding at its path
(``cohort.submissions[3].submitted_on``, ``cohort.scores[5].on``). A score
without a date is not judged (counted in the evidence). Work handed in after
the class ends is normal (seed 004's essays are) and passes.

The date columns of the cohort's tables are compared at once; a finding is
made only for each record dated too early.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import numpy as np

from cadretrain.curriculum._params import NoParameters
from cadretrain.model import Cohort
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.sources import CLASS_WORK_JIANGAN_2015

__all__ = ["WORK_AFTER_START", "work_after_start"]


def work_after_start(cohort: Cohort, params: NoParameters) -> Iterator[CheckResult]:
    """One failure per submission, and per dated score, dated before the cohort's start."""
    start = cohort.start
    first_day = start.toordinal()
    submissions, scores = cohort.submissions, cohort.scores
    early_work = np.flatnonzero(submissions.submitted_on < first_day).tolist()
    dated = scores.on >= 0  # -1: no date recorded
    early_scores = np.flatnonzero(dated & (scores.on < first_day)).tolist()
    for index in early_work:
        item = submissions[index]
        yield _early(
            f"cohort.submissions[{index}].submitted_on",
            item.submitted_on,
            start,
            what_zh=f"学员 {item.trainee} 提交的{item.kind.zh}",
            what_en=f"{item.kind.en} of trainee {item.trainee} handed in",
            evidence=(("trainee", item.trainee), ("kind", item.kind.value)),
        )
    for index in early_scores:
        score = scores[index]
        assert score.on is not None  # a dated score, by the mask above
        yield _early(
            f"cohort.scores[{index}].on",
            score.on,
            start,
            what_zh=f"学员 {score.trainee} 的{score.component}成绩,评定",
            what_en=f"score of trainee {score.trainee} on {score.component} given",
            evidence=(("trainee", score.trainee), ("component", score.component)),
        )
    if early_work or early_scores:
        return
    judged = len(submissions) + len(scores)
    undated = len(scores) - int(np.count_nonzero(dated))
    note_zh = f";{undated} 项成绩无日期,不判断" if undated else ""
    note_en = f"; {undated} undated score(s) not judged" if undated else ""
    if judged - undated:
        zh = (
            f"{len(submissions)} 份提交材料和 {len(scores) - undated} 项有日期的成绩均不早于"
            f"开班日 {start.isoformat()}" + note_zh
        )
        en = (
            f"none of the {len(submissions)} submission(s) and {len(scores) - undated} dated "
            f"score(s) is dated before the start, {start.isoformat()}" + note_en
        )
    else:
        zh = "没有提交材料或有日期的成绩,不判断" + note_zh
        en = "no submission or dated score to judge" + note_en
    yield CheckResult(
        path="cohort",
        passed=True,
        message_zh=zh,
        message_en=en,
        evidence=(
            ("submissions", len(submissions)),
            ("dated_scores", len(scores) - undated),
            ("undated_scores", undated),
            ("start", start),
        ),
    )


def _early(
    path: str,
    on: dt.date,
    start: dt.date,
    *,
    what_zh: str,
    what_en: str,
    evidence: tuple[tuple[str, str], ...],
) -> CheckResult:
    days = (start - on).days
    return CheckResult(
        path=path,
        passed=False,
        message_zh=f"{what_zh}于 {on.isoformat()},早于开班日 {start.isoformat()} {days} 天",
        message_en=f"{what_en} on {on.isoformat()}, {days} day(s) before the cohort's start, "
        f"{start.isoformat()}",
        evidence=(*evidence, ("on", on), ("start", start), ("days_before_start", days)),
    )


WORK_AFTER_START = CheckDefinition(
    rule_id="cohort.work_after_start",
    scope=Scope.COHORT,
    description_zh="提交材料和成绩的日期不早于开班日",
    description_en="no submission or score of a cohort is dated before the cohort starts",
    params_type=NoParameters,
    function=work_after_start,
    source=CLASS_WORK_JIANGAN_2015,
)
