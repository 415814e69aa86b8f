"""The fast loader really runs (no silent fallback) and agrees with the default path where it could slip.

The fast path falls back to the default path on any failure, so a test
that only compares results would pass even if it never ran. These tests
make the fallback raise, then check what the column builder depends on:
msgspec writes every character back as ``to_json`` wrote it, defaults
written out or left out load alike, a broken value deep in a document is
refused by the builder itself, the validators it runs once per distinct
value judge the value alone, and the collector is restored.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cadretrain as ct
import cadretrain.strategies as cst
from cadretrain.serialization import DocumentError, from_json, to_json
from cadretrain.serialization.codec import encode
from cadretrain.serialization.errors import Refused

msgspec = pytest.importorskip("msgspec")

from cadretrain.serialization import fast  # noqa: E402
from cadretrain.serialization._fast_build import Memo, build  # noqa: E402
from cadretrain.serialization.fast import fast_from_json, fast_to_json  # noqa: E402

from .samples import cohort  # noqa: E402

PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TOP_LEVEL = st.one_of(
    cst.cohorts(), cst.trainees(), cst.programmes(), cst.postings(), cst.training_records()
)


def _refuse(*_args: object, **_kwargs: object) -> Any:
    raise AssertionError("the fast path fell back to the default path")


@pytest.fixture
def no_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the default loader raise inside the fast module: only the fast path can answer."""
    monkeypatch.setattr(fast, "from_json", _refuse)


@PROPERTY
@given(TOP_LEVEL)
def test_every_top_level_type_is_read_without_the_default_path(obj: object) -> None:
    text = to_json(obj)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fast, "from_json", _refuse)
        assert fast_from_json(text, type(obj)) == obj
        assert fast_from_json(text.encode(), type(obj)) == obj


@pytest.mark.usefixtures("no_fallback")
def test_text_with_any_character_to_json_wrote_takes_the_fast_path() -> None:
    """msgspec writes every character back as ``to_json`` wrote it, so the text passes the check."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert msgspec.json.encode(everything) == encode(everything, use_orjson=False).encode()
    place = ct.Place(province=everything, village="十八洞村")
    assert fast_from_json(to_json(place), ct.Place) == place


def test_defaults_written_out_load_as_when_left_out() -> None:
    data = json.loads(to_json(cohort()))
    for session in data["sessions"]:
        session.setdefault("venue", "")
    data.setdefault("leave", [])
    data["trainees"][0]["audience"] = "local_leaders"
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert fast_from_json(text, ct.Cohort) == from_json(text, ct.Cohort)
    assert fast_from_json(text, ct.Cohort).sessions == cohort().sessions


@pytest.mark.usefixtures("no_fallback")
def test_a_trainee_whose_audience_differs_from_the_roles_loads_on_the_fast_path() -> None:
    trainee = ct.Trainee(
        id="t-1",
        name="李国华",
        role=ct.Role.VILLAGE_CLERK,
        unit="石龙村",
        level=ct.AdminLevel.VILLAGE,
        audience=ct.AudienceCategory.LOCAL_LEADERS,
    )
    assert '"audience":"local_leaders"' in to_json(trainee)
    assert fast_from_json(to_json(trainee), ct.Trainee) == trainee
    default = attrs.evolve(trainee, audience=ct.Role.VILLAGE_CLERK.audience)
    assert fast_from_json(to_json(default), ct.Trainee) == default


def _broken(how: str) -> str:
    """Jiang'an 2015's cohort (75 trainees, 825 records) as JSON with one late value broken."""
    data = json.loads(to_json(ct.examples.jiangan_2015().cohorts[0]))
    records = data["attendance"]
    if how == "id with spaces in a later record":
        records[-1]["trainee"] = records[-1]["trainee"] + " "
    elif how == "partial status without minutes":
        records[-1] = {k: v for k, v in records[-1].items() if k != "minutes"}
        records[-1]["status"] = "late"
    elif how == "more minutes than the session":
        records[-1]["status"] = "late"
        records[-1]["minutes"] = 10_000
    elif how == "a score that is not a number":
        data["scores"][-1]["value"] = "NaN"
    elif how == "an empty name":
        data["trainees"][-1]["name"] = " "
    elif how == "a date that is not on the calendar":
        data["sessions"][-1]["on"] = "2019-02-30"
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize(
    "how",
    [
        "id with spaces in a later record",
        "partial status without minutes",
        "more minutes than the session",
        "a score that is not a number",
        "an empty name",
        "a date that is not on the calendar",
    ],
)
def test_a_broken_value_anywhere_is_refused_with_the_default_paths_error(how: str) -> None:
    text = _broken(how)
    with pytest.raises(DocumentError) as fast_error:
        fast_from_json(text, ct.Cohort)
    with pytest.raises(DocumentError) as default_error:
        from_json(text, ct.Cohort)
    assert fast_error.value.problems == default_error.value.problems


@pytest.mark.parametrize(
    "how",
    [
        "id with spaces in a later record",
        "an empty name",
        "a score that is not a number",
        "partial status without minutes",
    ],
)
def test_the_column_builder_itself_refuses_a_broken_value(how: str) -> None:
    """Not only the fallback: the builder raises on the value the model (or the reader) refuses."""
    plan = fast._plan(ct.Cohort)
    assert plan is not None
    struct = plan.decode(_broken(how).encode())
    with pytest.raises((ct.CadretrainError, Refused)):  # a model check, or the reader's own
        build(plan.root, [struct], Memo())


@pytest.fixture(params=[True, False], ids=["enabled", "disabled"])
def collector(request: pytest.FixtureRequest) -> Iterator[bool]:
    was = gc.isenabled()
    (gc.enable if request.param else gc.disable)()
    yield request.param
    (gc.enable if was else gc.disable)()


def test_the_fast_path_restores_the_callers_collector_setting(collector: bool) -> None:
    text = fast_to_json(cohort())
    assert gc.isenabled() is collector
    assert fast_from_json(text, ct.Cohort) == cohort()
    assert gc.isenabled() is collector
    with pytest.raises(DocumentError):
        fast_from_json(_broken("an empty name"), ct.Cohort)
    assert gc.isenabled() is collector


@pytest.mark.usefixtures("no_fallback")
def test_a_real_cohort_with_scores_and_leave_takes_the_fast_path() -> None:
    cohort_2015 = ct.examples.jiangan_2015().cohorts[0]
    assert fast_from_json(to_json(cohort_2015), ct.Cohort) == cohort_2015


def _memoised_fields() -> list[tuple[type, Any]]:
    plan = fast._plan(ct.Cohort)
    assert plan is not None
    found: dict[tuple[type, str], Any] = {}
    stack = [plan.root]
    while stack:
        current = stack.pop()
        for field in current.fields:
            if field.memo_key is not None or field.parse_key is not None:
                found[(current.cls, field.attribute.name)] = field.attribute
            shape: Any = field.shape
            while hasattr(shape, "inner"):
                shape = shape.inner
            if hasattr(shape, "plan") and (shape.plan.cls, "") not in found:
                found[(shape.plan.cls, "")] = None
                stack.append(shape.plan)
    return [(cls, attribute) for (cls, _), attribute in found.items() if attribute is not None]


def test_validators_checked_once_per_value_judge_the_value_alone() -> None:
    """The builder checks a repeated value (or text) once: its validator must not look at the instance."""
    memoised = _memoised_fields()
    assert len(memoised) > 20
    samples: list[object] = ["t-1", " t-1", "", " ", 0, 7, -1, True, None, ("a",), ("a ",), ()]
    samples += [dt.date(2019, 9, 23), ct.AttendanceStatus.LATE, ct.Role.VILLAGE_CLERK]
    samples += [Decimal("85.50"), Decimal("-1"), Decimal("NaN"), Fraction(1, 7), Fraction(-1, 7)]
    samples += [dt.time(8, 30)]
    instance = cohort()
    for _cls, attribute in memoised:
        for value in samples:
            verdicts: list[str | None] = []
            for inst in (None, instance, object()):
                try:
                    attribute.validator(inst, attribute, value)
                    verdicts.append(None)
                except ct.CadretrainError as error:
                    verdicts.append(str(error))
            assert verdicts[0] == verdicts[1] == verdicts[2], (attribute.name, value)


@pytest.mark.usefixtures("no_fallback")
def test_equal_strings_read_in_one_load_are_one_object() -> None:
    """Ids repeat in every record referring to them; a loaded cohort keeps each once (memory)."""
    loaded = fast_from_json(to_json(ct.examples.jiangan_2015().cohorts[0]), ct.Cohort)
    ids = {trainee.id: trainee.id for trainee in loaded.trainees}
    assert all(record.trainee is ids[record.trainee] for record in loaded.attendance)
    assert all(score.trainee is ids[score.trainee] for score in loaded.scores)


@pytest.mark.usefixtures("no_fallback")
def test_equal_scores_written_differently_stay_as_written() -> None:
    """Texts are parsed once each: ``85.0`` and ``85.00`` are equal but kept apart, exactly."""
    cohort_2015 = ct.examples.jiangan_2015().cohorts[0]
    first, second, *rest = cohort_2015.scores
    scores = (
        attrs.evolve(first, value=Decimal("85.0")),
        attrs.evolve(second, value=Decimal("85.00")),
        *rest,
    )
    changed = attrs.evolve(cohort_2015, scores=scores)
    loaded = fast_from_json(to_json(changed), ct.Cohort)
    assert [str(score.value) for score in loaded.scores[:2]] == ["85.0", "85.00"]
    assert to_json(loaded) == to_json(changed)


@pytest.mark.usefixtures("no_fallback")
def test_equal_dates_and_scores_read_in_one_load_are_one_object() -> None:
    loaded = fast_from_json(to_json(ct.examples.jiangan_2015().cohorts[0]), ct.Cohort)
    days = {session.on: session.on for session in loaded.sessions}
    assert all(session.on is days[session.on] for session in loaded.sessions)
    values = {str(score.value): score.value for score in loaded.scores}
    assert all(score.value is values[str(score.value)] for score in loaded.scores)


def test_column_readers_read_each_structs_field_and_look_it_up() -> None:
    from cadretrain.serialization._fast_plan import Unsupported, column_reader

    struct = msgspec.defstruct("Pair", [("trainee", str), ("minutes", int)])
    structs = [struct(trainee="t-1", minutes=90), struct(trainee="t-2", minutes=0)]
    column, looked_up = column_reader("trainee")
    assert column(structs) == ["t-1", "t-2"]
    assert looked_up(structs, {"t-1": "one", "t-2": "two"}) == ["one", "two"]
    with pytest.raises(KeyError, match="t-2"):
        looked_up(structs, {"t-1": "one"})  # a value not accepted yet: the builder checks it
    assert column_reader("minutes")[0](structs) == [90, 0]
    for name in ("class", "not-a-name"):
        with pytest.raises(Unsupported):
            column_reader(name)
