"""What the benchmark suite promises: its cohorts, its references' answers, its report.

No timing is asserted: these tests hold the data the figures are measured
on, the agreement checked before anything is timed, the order of the
report, and the suite's use of the public API only.
"""

from __future__ import annotations

import ast
import io
from contextlib import redirect_stdout
from pathlib import Path

import attrs
import pytest
from benchmarks import _columns, _naive, bench_evaluation, bench_path, run
from benchmarks._data import repetitive_cohort, varied_cohort, variety

import cadretrain as ct

BENCHMARKS = Path(run.__file__).parent


def _outcomes(cohort: ct.Cohort) -> dict[str, tuple[ct.Outcome, str | None]]:
    return {a.trainee_id: (a.outcome, a.grade) for a in ct.evaluate(cohort).assessments}


@pytest.fixture(scope="module")
def varied() -> ct.Cohort:
    return varied_cohort(2_000)


def test_the_varied_cohort_is_the_same_for_the_same_seed_and_differs_for_another() -> None:
    assert varied_cohort(50) == varied_cohort(50)
    assert varied_cohort(50, seed=1) != varied_cohort(50)


def test_the_varied_cohort_has_the_shape_of_the_old_one(varied: ct.Cohort) -> None:
    n = len(varied.trainees)
    assert len(varied.attendance) == 20 * n
    assert 4.8 * n <= len(varied.scores) < 5 * n  # some trainees miss a score
    assert {s.review for s in varied.submissions} >= {ct.ReviewState.ACCEPTED}
    assert {r.status for r in varied.leave} == set(ct.LeaveStatus)


def test_the_varied_cohort_hardly_repeats_and_one_in_ten_does_not_complete(
    varied: ct.Cohort,
) -> None:
    evaluation = ct.evaluate(varied)
    seen = variety(evaluation)
    assert 0.10 <= seen["not_completing_share"] <= 0.15
    assert seen["distinct_summaries_per_10k"] > 4_000
    assert seen["distinct_totals_per_10k"] > 4_000
    outcomes = {a.outcome for a in evaluation.assessments}
    assert outcomes == {
        ct.Outcome.COMPLETED,
        ct.Outcome.WITHDRAWN,
        ct.Outcome.INCOMPLETE,
        ct.Outcome.ATTENDANCE_ONLY,
        ct.Outcome.FAILED,
    }
    top = evaluation.grades[0]
    completed = sum(a.completed for a in evaluation.assessments)
    assert evaluation.grade_distribution()[top] == completed // 5  # the quota binds


def test_the_best_case_repeats_itself() -> None:
    seen = variety(ct.evaluate(repetitive_cohort(1_000)))
    assert seen["not_completing_share"] == 0
    assert seen["distinct_summaries_per_10k"] <= 110  # at most 11 summaries in 1,000


@pytest.mark.parametrize("make", [varied_cohort, repetitive_cohort])
def test_the_naive_and_numpy_judgements_agree_with_ct_evaluate(make: object) -> None:
    cohort = make(1_500)  # type: ignore[operator]
    expected = _outcomes(cohort)
    assert _naive.outcomes(_naive.evaluate(cohort)) == expected
    columns = _columns.columns(cohort)
    grades = ct.evaluate(cohort).grades
    assert _columns.outcomes(columns, _columns.judge(columns), grades) == expected


def test_the_numpy_judgement_refuses_a_cohort_outside_its_scope() -> None:
    cohort = varied_cohort(5)
    with pytest.raises(ValueError, match="one record per trainee and session"):
        _columns.columns(attrs.evolve(cohort, attendance=cohort.attendance[1:]))


def test_the_stream_reports_its_rate_and_peak_memory() -> None:
    (row,) = bench_evaluation.run_stream([20])
    assert row["group"] == "stream"
    assert row["n"] == 20
    assert row["peak_rss_mb"] >= row["peak_rss_mb_before"] > 0


def test_a_row_is_divided_by_the_references_of_its_own_group_and_size() -> None:
    rows = [
        {"group": "g", "variant": "cadretrain", "n": 10, "us_per_trainee": 6.0},
        {"group": "g", "variant": "orjson.loads", "n": 10, "us_per_trainee": 2.0},
        {"group": "g", "variant": "cadretrain", "n": 20, "us_per_trainee": 9.0},
        {"group": "h", "variant": "orjson.loads", "n": 20, "us_per_trainee": 1.0},
    ]
    got = run.ratios(rows)
    assert got[0]["× orjson.loads"] == 3.0
    assert "× orjson.loads" not in got[1]  # not divided by itself
    assert "× orjson.loads" not in got[2]  # no reference in its group at 20


def test_the_report_gives_the_users_path_against_orjson_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run.main(["--group", "path", "--sizes", "10", "--rounds", "1", "--in-process"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].strip().startswith(f"{bench_path.BULK}, varied @ 10: ")
    assert "× orjson.loads" in lines[1]


def test_the_smoke_run_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "RESULTS", tmp_path / "latest.json")
    with redirect_stdout(io.StringIO()) as out:
        assert run.main(["--smoke", "--in-process"]) == 0
    assert not (tmp_path / "latest.json").exists()
    assert "wrote" not in out.getvalue()


def _cadretrain_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] == "cadretrain"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "cadretrain":
            found.append(f"from {node.module}")
    return found


@pytest.mark.parametrize("path", sorted(BENCHMARKS.glob("*.py")), ids=lambda p: p.name)
def test_the_suite_uses_only_import_cadretrain_as_ct(path: Path) -> None:
    """So that it runs unchanged on later versions, whatever moves inside the package."""
    assert set(_cadretrain_imports(path)) <= {"cadretrain"}
