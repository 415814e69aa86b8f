"""``fast_to_json`` writes through msgspec and gives ``to_json``'s very bytes, for every type.

The writer falls back to ``to_json`` for types it has no plan for, so a
test comparing results alone would pass if it never ran: these tests make
``to_json`` raise inside the fast module wherever a plan exists.
"""

from __future__ import annotations

from typing import cast

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cadretrain as ct
import cadretrain.strategies as cst
from cadretrain.serialization import to_json

pytest.importorskip("msgspec")

from cadretrain.serialization import fast
from cadretrain.serialization.documents import DOCUMENT_TYPES
from cadretrain.serialization.fast import fast_from_json, fast_to_json

from .samples import every_document

PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EVERY_TYPE = st.one_of(
    cst.cohorts(),
    cst.trainees(),
    cst.programmes(),
    cst.postings(),
    cst.training_records(),
    cst.field_sites(),
    cst.assessments(),
    cst.policies(),
    cst.places(),
    cst.modules(),
    cst.grade_scales(),
    cst.assessment_schemes(),
    cst.training_entries(),
)


def _planned(obj: object) -> bool:
    return _planned_class(type(obj))


def _written(obj: object) -> str:
    """``fast_to_json(obj)``, with ``to_json`` refused wherever the fast writer has a plan."""
    if not _planned(obj):
        return fast_to_json(obj)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fast, "to_json", _refuse)
        return fast_to_json(obj)


def _refuse(*_args: object, **_kwargs: object) -> str:
    raise AssertionError("the fast writer fell back to to_json")


def test_every_cohort_part_and_the_six_core_documents_have_a_fast_writer() -> None:
    planned = {doc.cls for doc in DOCUMENT_TYPES if _planned_class(doc.cls)}
    assert planned >= {
        ct.Programme,
        ct.Cohort,
        ct.FieldSite,
        ct.Trainee,
        ct.TrainingRecord,
        ct.Posting,
    }


def _planned_class(cls: type) -> bool:
    return fast._plan(cast(object, cls)) is not None


@PROPERTY
@given(EVERY_TYPE)
def test_the_fast_writer_gives_to_jsons_bytes_for_every_type(obj: object) -> None:
    text = _written(obj)
    assert text.encode() == to_json(obj).encode()
    assert fast_from_json(text, type(obj)) == obj


def test_every_sample_document_is_written_byte_for_byte() -> None:
    for document in every_document():
        assert _written(document) == to_json(document), type(document).__name__


def test_the_benchmark_cohort_and_a_real_cohort_are_written_byte_for_byte() -> None:
    from benchmarks._data import make_cohort

    for cohort in (make_cohort(30), ct.examples.jiangan_2015().cohorts[0]):
        assert _written(cohort) == to_json(cohort)


class _Int(int):
    pass


class _Str(str):
    __slots__ = ()


def test_a_value_equal_to_its_default_is_left_out_even_when_not_the_default_itself() -> None:
    """The test is ``value != default``, as ``to_json``'s, not msgspec's identity."""
    place = ct.Place(province="湖南省", county=_Str(""), village="十八洞村")
    deliverable = ct.Deliverable(kind=ct.SubmissionKind.ESSAY, due_months=_Int(0), due_days=7)
    for obj in (place, deliverable):
        assert _written(obj) == to_json(obj)
    assert '"county"' not in _written(place)
    assert '"due_months"' not in _written(deliverable)


def test_a_factory_default_is_left_out_when_the_value_equals_it() -> None:
    trainee = ct.Trainee(
        id="t-1",
        name="李国华",
        role=ct.Role.VILLAGE_CLERK,
        unit="石龙村",
        level=ct.AdminLevel.VILLAGE,
    )
    other = attrs.evolve(trainee, audience=ct.AudienceCategory.LOCAL_LEADERS)
    assert '"audience"' not in _written(trainee)
    assert '"audience":"local_leaders"' in _written(other)
    assert _written(other) == to_json(other)


def test_a_value_msgspec_cannot_write_is_written_by_to_json() -> None:
    deliverable = ct.Deliverable(kind=ct.SubmissionKind.ESSAY, due_months=_Int(3))
    assert fast_to_json(deliverable) == to_json(deliverable)
    assert '"due_months":3' in fast_to_json(deliverable)


def test_indented_text_is_to_jsons_too() -> None:
    trainee = every_document()[0]
    assert fast_to_json(trainee, indent=True) == to_json(trainee, indent=True)
