"""Domain objects are frozen: a change makes a new value."""

from __future__ import annotations

import attrs
import pytest

import cadretrain as ct

from .examples import cohort, lecture, programme, session, trainee


@pytest.mark.parametrize(
    ("obj", "field", "value"),
    [
        (trainee(), "name", "张三"),
        (lecture(), "minutes", 90),
        (session(), "on", None),
        (programme(), "modules", ()),
        (cohort(), "trainees", ()),
    ],
    ids=["trainee", "module", "session", "programme", "cohort"],
)
def test_assigning_a_field_raises(obj: object, field: str, value: object) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, field, value)


def test_evolve_makes_a_new_checked_value() -> None:
    original = lecture()
    longer = attrs.evolve(original, minutes=180)
    assert (original.minutes, longer.minutes) == (150, 180)


def test_every_public_model_class_is_frozen_slotted_and_keyword_only() -> None:
    classes = [getattr(ct.model, n) for n in ct.model.__all__ if attrs.has(getattr(ct.model, n))]
    assert len(classes) > 25
    for cls in classes:
        assert "__slots__" in cls.__dict__, cls
        assert all(a.kw_only for a in attrs.fields(cls)), cls
        assert cls.__setattr__ is not object.__setattr__, cls
