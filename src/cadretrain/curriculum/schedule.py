"""The timetable: no two sessions of a cohort at the same time.

Every trainee attends every session of a cohort in this model, so two
overlapping sessions would put each trainee in two places at once.
Sessions are half-open spans ``[start, start + minutes)``: one ending at
10:00 and one starting at 10:00 do not overlap. A session without a start
time cannot be placed and is skipped, with a note. (That sessions lie inside
the cohort's dates is refused by :class:`~cadretrain.model.Cohort` itself.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from cadretrain.curriculum._params import NoParameters
from cadretrain.model import Cohort, Session
from cadretrain.rules import CheckDefinition, CheckResult, Scope
from cadretrain.rules.citation import PROGRAMME_SCHEME

__all__ = ["SCHEDULE", "schedule"]


def _clock(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def schedule(cohort: Cohort, params: NoParameters) -> Iterator[CheckResult]:
    """One failing result per overlapping pair, at the later-starting session."""
    timed: list[tuple[dt.datetime, dt.datetime, Session]] = []
    untimed: list[str] = []
    for session in cohort.ordered_sessions():
        span = session.span()
        if span is None:
            untimed.append(session.id)
        else:
            timed.append((span[0], span[1], session))
    timed.sort(key=lambda item: (item[0], item[2].id))
    clashes = 0
    for i, (begin, end, later) in enumerate(timed):
        for other_begin, other_end, earlier in timed[:i]:
            if other_end <= begin:
                continue
            clashes += 1
            minutes = int((min(end, other_end) - begin).total_seconds()) // 60
            yield CheckResult(
                path=f"cohort.sessions[{later.id}]",
                passed=False,
                message_zh=f"课次 {later.id}({_clock(begin)} 起)与课次 {earlier.id}"
                f"({_clock(other_begin)}–{other_end:%H:%M})重叠 {minutes} 分钟",
                message_en=f"session {later.id} (from {_clock(begin)}) overlaps session "
                f"{earlier.id} ({_clock(other_begin)}–{other_end:%H:%M}) by {minutes} minutes",
                evidence=(
                    ("session", later.id),
                    ("overlaps", earlier.id),
                    ("overlap_minutes", minutes),
                ),
            )
    if untimed:
        yield CheckResult(
            path="cohort",
            passed=True,
            message_zh=f"{len(untimed)} 个课次没有开始时间,未作重叠检查:{'、'.join(untimed)}",
            message_en=f"{len(untimed)} session(s) without a start time not checked for "
            f"overlap: {', '.join(untimed)}",
            evidence=(("untimed_sessions", len(untimed)),),
        )
    if not clashes:
        yield CheckResult(
            path="cohort",
            passed=True,
            message_zh=f"{len(timed)} 个有开始时间的课次互不重叠",
            message_en=f"none of the {len(timed)} timed sessions overlap",
            evidence=(("timed_sessions", len(timed)), ("overlaps", 0)),
        )


SCHEDULE = CheckDefinition(
    rule_id="cohort.schedule",
    scope=Scope.COHORT,
    description_zh="班次的课次在时间上互不重叠",
    description_en="no two sessions of a cohort overlap in time",
    params_type=NoParameters,
    function=schedule,
    source=PROGRAMME_SCHEME,
)
