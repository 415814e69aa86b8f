"""The built-in rule ids are a contract: policies, overrides and stored findings name them."""

from __future__ import annotations

import cadretrain as ct

CATALOGUE = {
    "curriculum.compulsory_present",
    "curriculum.compulsory_first",
    "curriculum.tier_share",
    "curriculum.field_share",
    "curriculum.audience_focus",
    "curriculum.menu_selection",
    "cohort.field_sites",
    "cohort.field_themes",
    "cohort.unit_coverage",
    "cohort.person_enrolled_once",
    "cohort.capacity",
    "cohort.schedule",
    "cohort.work_after_start",
    "evaluation.attendance_recorded",
    "evaluation.leave_ratio",
    "evaluation.absent_without_leave",
    "evaluation.unexcused_absence",
    "evaluation.attendance",
    "evaluation.deliverables",
    "evaluation.grading",
    "evaluation.top_grade_quota",
    "record.annual_hours",
    "record.five_year_hours",
    "record.induction_window",
    "posting.presence",
    "posting.term",
    "posting.recall",
}


def test_the_built_in_book_holds_exactly_the_catalogued_ids() -> None:
    assert set(ct.BUILTIN_RULES.ids) == CATALOGUE
