"""Deterministic, plainly fictitious names and facts for the seed programmes.

The articles name few people and no rosters, so the seeds fill rosters from
fixed lists by index arithmetic: the same index always gives the same name,
nothing is random, and nothing is computed at import beyond constants.
Every name built here is fictitious; any likeness to a real person or
village is a coincidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cadretrain.model import AdminLevel, AttendanceRecord, AttendanceStatus, Rank, Role, Trainee

__all__ = [
    "attendance",
    "person_name",
    "place_name",
    "trainee",
    "trainee_id",
]

# 20 surnames and 31 given names: 20 and 31 are coprime, so index i gives
# the pair (i mod 20, 7i mod 31), distinct for the first 620 indices.
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = (
    "建华", "志强", "秀英", "国平", "丽萍", "永红", "德明", "春燕", "海涛", "玉兰", "文军",
    "明芳", "家宝", "桂香", "小勇", "红梅", "成林", "晓东", "淑琴", "光荣", "应全", "金凤",
    "世杰", "云霞", "大鹏", "利民", "慧敏", "长青", "学文", "新华", "思远",
)  # fmt: skip

# Two-character place names: 11 first characters and 7 second characters
# (coprime), so index i gives a distinct name for the first 77 indices.
_PLACE_FIRST = "青石龙凤桂柏松竹梅莲桃"
_PLACE_SECOND = "溪坪湾岭塘坝垭"


def person_name(index: int) -> str:
    """A fictitious Chinese name, distinct for indices 0 to 619.

    >>> person_name(0), person_name(1), person_name(20)
    ('王建华', '李春燕', '王成林')
    """
    return _SURNAMES[index % len(_SURNAMES)] + _GIVEN[(7 * index) % len(_GIVEN)]


def place_name(index: int) -> str:
    """A fictitious two-character place name, distinct for indices 0 to 76.

    >>> place_name(0), place_name(1), place_name(11)
    ('青溪', '石坪', '青塘')
    """
    first = _PLACE_FIRST[index % len(_PLACE_FIRST)]
    return first + _PLACE_SECOND[index % len(_PLACE_SECOND)]


def trainee_id(number: int) -> str:
    """The id of the ``number``-th trainee (1-based): ``t-001``.

    >>> trainee_id(7)
    't-007'
    """
    return f"t-{number:03d}"


def trainee(
    index: int, role: Role, unit: str, level: AdminLevel, *, rank: Rank | None = None
) -> Trainee:
    """The ``index``-th fictitious trainee (0-based): id ``trainee_id(index + 1)``, a made-up name.

    >>> t = trainee(6, Role.TOWNSHIP_LEADER, "青溪乡", AdminLevel.TOWNSHIP)
    >>> t.id, t.name
    ('t-007', '黄明芳')
    """
    return Trainee(
        id=trainee_id(index + 1),
        name=person_name(index),
        role=role,
        unit=unit,
        level=level,
        rank=rank,
    )


def attendance(
    trainees: Iterable[str],
    sessions: Iterable[str],
    exceptions: Mapping[tuple[str, str], AttendanceRecord] | None = None,
) -> tuple[AttendanceRecord, ...]:
    """One record per trainee and session: present, except where ``exceptions`` says otherwise.

    ``exceptions`` maps ``(trainee, session)`` to the record to use instead.
    """
    session_ids = tuple(sessions)
    changed = exceptions or {}
    return tuple(
        changed.get(
            (trainee, session),
            AttendanceRecord(trainee=trainee, session=session, status=AttendanceStatus.PRESENT),
        )
        for trainee in trainees
        for session in session_ids
    )
