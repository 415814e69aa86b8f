"""Small valid model objects (names from the seeds) for the invariant tests to break."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest

import cadretrain as ct
from _build import county_organiser, module, village_clerk
from cadretrain.errors import ValidationError

START = dt.date(2015, 7, 27)
END = dt.date(2015, 7, 28)


def lecture(code: str = "M01") -> ct.Module:
    """A compulsory lecture of 150 minutes."""
    return module(
        code,
        "习近平总书记关于扶贫工作的重要论述",
        tier=ct.Tier.COMPULSORY,
        topic=ct.Topic.THEORY,
        format=ct.DeliveryFormat.LECTURE,
        minutes=150,
    )


def field_module(code: str = "M02") -> ct.Module:
    """A field-teaching module."""
    return module(
        code,
        "十八洞村现场教学",
        tier=ct.Tier.KEY,
        topic=ct.Topic.INDUSTRY,
        format=ct.DeliveryFormat.FIELD_TEACHING,
        minutes=180,
    )


def site(site_id: str = "fs-01") -> ct.FieldSite:
    """A village field site."""
    return ct.FieldSite(
        id=site_id,
        name="十八洞村",
        kind=ct.FieldSiteKind.VILLAGE,
        place=ct.Place(province="湖南省", county="花垣县", village="十八洞村"),
        themes=(ct.Topic.INDUSTRY,),
    )


def scale() -> ct.GradeScale:
    """合格 / 不合格."""
    return ct.GradeScale(
        name="pass_fail",
        levels=(
            ct.GradeLevel(code="pass", zh="合格", en="pass", min_score=Decimal(60)),
            ct.GradeLevel(code="fail", zh="不合格", en="fail", min_score=Decimal(0), passing=False),
        ),
    )


def component(code: str = "exam", weight: Fraction = Fraction(1)) -> ct.Component:
    """A scored component."""
    return ct.Component(code=code, title="结业考试", weight=weight)


def programme(**changes: object) -> ct.Programme:
    """A county programme with a lecture, a field module, a site and a one-component scheme."""
    values: dict[str, object] = {
        "id": "jiangan-2015",
        "title": "江安县扶贫干部培训班",
        "organisers": (county_organiser("江安县委组织部"),),
        "level": ct.AdminLevel.COUNTY,
        "audience": (ct.AudienceCategory.VILLAGE,),
        "modules": (lecture(), field_module()),
        "field_sites": (site(),),
        "scheme": ct.AssessmentScheme(scale=scale(), components=(component(),)),
    }
    values.update(changes)
    return ct.Programme(**values)  # type: ignore[arg-type]


def trainee(trainee_id: str = "t-001") -> ct.Trainee:
    """A village clerk."""
    return village_clerk(trainee_id, name="李国华", unit="红桥镇石龙村")


def session(session_id: str = "s-01", **changes: object) -> ct.Session:
    """A lecture session on the first day."""
    values: dict[str, object] = {"id": session_id, "module": "M01", "on": START, "minutes": 150}
    values.update(changes)
    return ct.Session(**values)  # type: ignore[arg-type]


def cohort(**changes: object) -> ct.Cohort:
    """A two-day cohort of two trainees and two sessions."""
    values: dict[str, object] = {
        "id": "c-2015-1",
        "programme": programme(),
        "start": START,
        "end": END,
        "venue": "江安县委党校",
        "trainees": (trainee("t-001"), trainee("t-002")),
        "sessions": (
            session("s-01"),
            session("s-02", module="M02", on=END, minutes=180, site="fs-01"),
        ),
    }
    values.update(changes)
    return ct.Cohort(**values)  # type: ignore[arg-type]


def refused(
    error: type[ValidationError], path: str, build: Callable[[], object]
) -> ValidationError:
    """Assert ``build()`` raises ``error`` with a problem at ``path`` named in the message."""
    with pytest.raises(error) as caught:
        build()
    paths = [problem.path for problem in caught.value.problems]
    assert path in paths, f"{path!r} not among {paths}"
    assert f"{path}:" in str(caught.value)
    return caught.value
