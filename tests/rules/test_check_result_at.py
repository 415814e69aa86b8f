"""``CheckResult.at``: the same verdict about another element, and nothing else changed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cadretrain.errors import InvalidValueError
from cadretrain.rules import CheckResult, Citation, Finding, ParameterUse, Severity

PATHS = st.text(min_size=1, max_size=30).filter(str.strip)
EVIDENCE = st.lists(
    st.tuples(
        st.text(min_size=1, max_size=5),
        st.one_of(
            st.integers(),
            st.none(),
            st.fractions(max_denominator=20),
            st.decimals(allow_nan=False, allow_infinity=False, places=1),
            st.dates(),
        ),
    ),
    max_size=4,
    unique_by=lambda pair: pair[0],
).map(tuple)


@st.composite
def results(draw: st.DrawFn) -> CheckResult:
    return CheckResult(
        path=draw(PATHS),
        passed=draw(st.booleans()),
        message_zh=draw(st.sampled_from(["「结业考试」85 分", "出勤不足,不能结业"])),
        message_en=draw(st.sampled_from(["'exam': 85", "attended too little: no certificate"])),
        evidence=draw(EVIDENCE),
    )


RESULT = CheckResult(
    path="scores[exam]",
    passed=False,
    message_zh="「结业考试」55 分,低于及格线 60,不通过",
    message_en="'exam': 55, below the pass mark 60: failed",
    evidence=(
        ("component", "exam"),
        ("score", Decimal(55)),
        ("weight", Fraction(3, 5)),
        ("due", date(2016, 5, 20)),
    ),
)


class TestMoved:
    """A moved result equals, and hashes like, the result built at the new path."""

    @settings(max_examples=60, deadline=None)
    @given(results(), PATHS)
    def test_equals_evolve(self, result: CheckResult, path: str) -> None:
        moved = result.at(path)
        expected = attrs.evolve(result, path=path)
        assert moved == expected
        assert hash(moved) == hash(expected)
        assert moved.path == path
        assert result.path != path or moved == result

    def test_only_the_path_changes(self) -> None:
        moved = RESULT.at("cohort.trainees[t-017].scores[exam]")
        assert moved.path == "cohort.trainees[t-017].scores[exam]"
        assert (moved.passed, moved.message_zh, moved.message_en, moved.evidence) == (
            RESULT.passed,
            RESULT.message_zh,
            RESULT.message_en,
            RESULT.evidence,
        )
        assert RESULT.path == "scores[exam]"  # the original is untouched
        assert isinstance(moved, CheckResult)

    def test_a_moved_result_is_still_frozen(self) -> None:
        moved = RESULT.at("cohort.trainees[t-1]")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            moved.path = "elsewhere"  # type: ignore[misc]


class TestRefused:
    """A path that is not a non-empty string is refused, naming ``path``."""

    @pytest.mark.parametrize("path", ["", " ", "\t\n", None, 3, b"trainees[t-1]"])
    def test_bad_paths(self, path: object) -> None:
        with pytest.raises(InvalidValueError) as info:
            RESULT.at(path)  # type: ignore[arg-type]
        assert info.value.field == "path"
        assert info.value.value == path
        assert "non-empty string" in str(info.value)
        assert "path" in str(info.value)

    def test_the_same_paths_are_refused_by_the_constructor(self) -> None:
        for path in ("", " "):
            with pytest.raises(InvalidValueError) as info:
                attrs.evolve(RESULT, path=path)
            assert info.value.field == "path"


class TestFindingMoved:
    """``Finding.at``: a memoised finding moved to another trainee equals one built there."""

    @settings(max_examples=40)
    @given(results(), PATHS, st.sampled_from(list(Severity)))
    def test_equal_and_hashed_like_the_finding_built_there(
        self, result: CheckResult, path: str, severity: Severity
    ) -> None:
        use = ParameterUse(
            name="max_share", value=Fraction(1, 7), citation=Citation(source="《条例》第二十四条")
        )
        finding = Finding.of_result(
            result, rule_id="toy.rule", severity=severity, parameters=(use,)
        )
        moved = finding.at(path)
        built = attrs.evolve(finding, path=path)
        assert moved == built
        assert hash(moved) == hash(built)
        assert finding.path == result.path  # the template is untouched

    @pytest.mark.parametrize("path", ["", "  ", None, 7])
    def test_refuses_a_path_that_names_nothing(self, path: object) -> None:
        finding = Finding.of_result(
            RESULT, rule_id="toy.rule", severity=Severity.ERROR, parameters=()
        )
        with pytest.raises(InvalidValueError) as caught:
            finding.at(path)  # type: ignore[arg-type]
        assert caught.value.problems[0].path == "path"
