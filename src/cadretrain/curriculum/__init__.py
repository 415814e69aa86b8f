"""Curriculum-tier and cohort-design rules (docs/curriculum.md), and :func:`check`.

Each check is a pure function of a programme or a cohort and a frozen
parameter class; :data:`CURRICULUM_CHECKS` holds their definitions, which
the built-in rule book (:data:`cadretrain.builtin.BUILTIN_RULES`) includes.
:func:`check` runs a policy on a programme or a cohort.
"""

from __future__ import annotations

from cadretrain.curriculum.class_dates import WORK_AFTER_START
from cadretrain.curriculum.delivery import AUDIENCE_FOCUS, FIELD_SHARE
from cadretrain.curriculum.enrolment import CAPACITY, PERSON_ENROLLED_ONCE, UNIT_COVERAGE
from cadretrain.curriculum.menu import MENU_SELECTION
from cadretrain.curriculum.review import UncheckableSubject, check
from cadretrain.curriculum.schedule import SCHEDULE
from cadretrain.curriculum.sites import FIELD_SITES, FIELD_THEMES
from cadretrain.curriculum.tiers import COMPULSORY_FIRST, COMPULSORY_PRESENT, TIER_SHARE
from cadretrain.rules import CheckDefinition

__all__ = ["CURRICULUM_CHECKS", "UncheckableSubject", "check"]

CURRICULUM_CHECKS: tuple[CheckDefinition, ...] = (
    COMPULSORY_PRESENT,
    COMPULSORY_FIRST,
    TIER_SHARE,
    FIELD_SHARE,
    AUDIENCE_FOCUS,
    MENU_SELECTION,
    FIELD_SITES,
    FIELD_THEMES,
    UNIT_COVERAGE,
    PERSON_ENROLLED_ONCE,
    CAPACITY,
    SCHEDULE,
    WORK_AFTER_START,
)
"""The curriculum and cohort-design checks, in catalogue order."""


def __dir__() -> list[str]:
    return list(__all__)
