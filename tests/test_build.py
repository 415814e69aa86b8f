"""Builders turn a department's rows into a class: roster, timetable, register, grade scale."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import cadretrain as ct
from cadretrain import build

ROSTER = [
    {"id": "t-01", "name": "王建华", "role": "村党支部书记", "unit": "青溪村", "level": "村级"},
    {"id": "t-02", "name": "李春燕", "role": "village_head", "unit": "石坪村", "level": "village"},
]
DAY = [
    {"module": "M1", "on": "2020-06-01", "start": "08:30", "minutes": 90},
    {"module": "M2", "on": dt.date(2020, 6, 1), "start": dt.time(14, 0), "minutes": 120},
]


def test_roster_rows_read_enums_by_value_or_chinese_label() -> None:
    built = build.trainees(ROSTER)
    assert [(t.role, t.level) for t in built] == [
        (ct.Role.VILLAGE_PARTY_SECRETARY, ct.AdminLevel.VILLAGE),
        (ct.Role.VILLAGE_HEAD, ct.AdminLevel.VILLAGE),
    ]


def test_every_bad_roster_row_is_named_with_its_path() -> None:
    rows = [{**ROSTER[0], "role": "mayor"}, {**ROSTER[1], "id": " t-02"}, {"name": "张三"}]
    with pytest.raises(ct.ValidationError) as caught:
        build.trainees(rows)
    paths = [p.path for p in caught.value.problems]
    assert paths == ["roster[0].role", "roster[1].id", "roster[2].id"]
    assert "村主任" in str(caught.value)  # the accepted values are listed with their labels


def test_timetable_rows_number_their_sessions_in_order() -> None:
    sessions = build.timetable(DAY)
    assert [(s.id, s.on, s.start, s.minutes) for s in sessions] == [
        ("s-01", dt.date(2020, 6, 1), dt.time(8, 30), 90),
        ("s-02", dt.date(2020, 6, 1), dt.time(14, 0), 120),
    ]


def test_a_start_with_a_time_zone_offset_is_refused() -> None:
    with pytest.raises(ct.ValidationError, match=r"timetable\[0\]\.start"):
        build.timetable([{**DAY[0], "start": "08:30+08:00"}])


def test_the_register_is_present_but_for_the_exceptions() -> None:
    register = build.attendance_by_exception(
        build.trainees(ROSTER),
        build.timetable(DAY),
        {("t-01", "s-02"): ("late", 100), ("t-02", "s-01"): "请假"},
    )
    assert [(r.trainee, r.session, r.status.value, r.minutes) for r in register] == [
        ("t-01", "s-01", "present", None),
        ("t-01", "s-02", "late", 100),
        ("t-02", "s-01", "on_leave", None),
        ("t-02", "s-02", "present", None),
    ]


def test_an_exception_naming_no_trainee_or_session_is_refused() -> None:
    with pytest.raises(ct.ValidationError, match="names no trainee and session"):
        build.attendance_by_exception(
            build.trainees(ROSTER), build.timetable(DAY), {("t-99", "s-01"): "absent"}
        )


def test_recurring_sessions_follow_the_rule_and_stop_at_its_count() -> None:
    monthly = "DTSTART:20200131\nRRULE:FREQ=MONTHLY;COUNT=3"
    days = [s.on for s in build.recurring_sessions(monthly, module="M1", minutes=60)]
    assert days == [dt.date(2020, 1, 31), dt.date(2020, 3, 31), dt.date(2020, 5, 31)]


def test_the_four_level_scale_takes_its_cut_offs_from_the_caller() -> None:
    scale = build.four_level_scale(excellent=Decimal(85), good=Decimal(75), passing=Decimal(60))
    assert [(lv.code, lv.min_score, lv.passing) for lv in scale.levels] == [
        ("excellent", Decimal(85), True),
        ("good", Decimal(75), True),
        ("pass", Decimal(60), True),
        ("fail", Decimal(0), False),
    ]


def test_a_module_table_reads_topics_from_a_list_or_one_text() -> None:
    built = build.modules(
        [
            {"code": "M1", "title": "精准扶贫方略", "tier": "必修课", "topics": "theory、methods",
             "format": "lecture", "minutes": 180},
            {"code": "M2", "title": "产业扶贫现场教学", "tier": "key", "topics": ["industry"],
             "format": "现场教学", "minutes": 240, "capability": "implementation"},
        ]
    )  # fmt: skip
    assert [(m.tier, m.topics, m.format) for m in built] == [
        (ct.Tier.COMPULSORY, (ct.Topic.THEORY, ct.Topic.METHODS), ct.DeliveryFormat.LECTURE),
        (ct.Tier.KEY, (ct.Topic.INDUSTRY,), ct.DeliveryFormat.FIELD_TEACHING),
    ]


def test_a_bad_module_row_is_named_with_its_path() -> None:
    with pytest.raises(ct.ValidationError) as caught:
        build.modules(
            [{"code": "M1", "title": "x", "tier": "必修课", "topics": "theory、故事会",
              "format": "lecture", "minutes": 0}]
        )  # fmt: skip
    assert [p.path for p in caught.value.problems] == ["modules[0].topics[1]"]
