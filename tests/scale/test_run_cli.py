"""``python -m benchmarks.run``: part of the suite run alone, and what a partial run writes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from benchmarks import run


def test_a_group_runs_alone_at_the_sizes_given(tmp_path: Path) -> None:
    out = tmp_path / "memory.json"
    assert run.main(["--group", "memory", "--sizes", "10", "20", "--out", str(out)]) == 0
    document = json.loads(out.read_text())
    assert {(r["group"], r["n"]) for r in document["rows"]} == {("memory", 10), ("memory", 20)}
    assert document["argv"] == ["--group", "memory", "--sizes", "10", "20", "--out", str(out)]
    assert document["isolated"] is True


def _broken(sizes: tuple[int, ...], rounds: int) -> list[dict[str, object]]:
    raise AssertionError("ran in the calling interpreter")


def test_each_group_and_size_is_measured_in_a_fresh_interpreter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(run.GROUPS, "memory", run.Group((10,), _broken))
    rows = run.collect(("memory",), sizes=(10, 20), rounds=1, isolated=True)
    variants = ["cadretrain", "msgspec gc=False", "msgspec", "pydantic v2", "orjson (dicts)"]
    assert [(r["variant"], r["n"]) for r in rows] == [(v, n) for n in (10, 20) for v in variants]
    with pytest.raises(AssertionError, match="calling interpreter"):
        run.collect(("memory",), sizes=(10,), rounds=1)


def test_in_process_is_recorded_in_the_figures(tmp_path: Path) -> None:
    out = tmp_path / "memory.json"
    assert run.main(["--group", "memory", "--sizes", "10", "--in-process", "--out", str(out)]) == 0
    document = json.loads(out.read_text())
    assert document["isolated"] is False
    assert {r["group"] for r in document["rows"]} == {"memory"}


def test_a_failing_worker_stops_the_run() -> None:
    with pytest.raises(subprocess.CalledProcessError):
        run.in_own_interpreter("speed", 10, 1)  # no such group: the worker refuses it


def test_groups_come_in_the_suites_order_whatever_the_order_asked() -> None:
    rows = run.collect(("memory", "path"), sizes=(10,), rounds=1)
    groups = [r["group"] for r in rows]
    assert set(groups) == {"user path", "user path, best case", "memory"}
    assert groups.index("memory") > max(i for i, g in enumerate(groups) if g != "memory")
    assert all(r["n"] == 10 for r in rows)


def test_a_partial_run_never_overwrites_the_full_runs_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    latest = tmp_path / "latest.json"
    monkeypatch.setattr(run, "RESULTS", latest)
    assert run.main(["--group", "memory", "--sizes", "10"]) == 0
    assert not latest.exists()
    assert "wrote" not in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["--group", "speed"],  # no such benchmark
        ["--sizes", "0"],  # a cohort of no trainees
        ["--rounds", "-1"],
        ["--smoke", "--group", "json"],  # the smoke run is every group at 10 trainees
    ],
)
def test_refuses_what_it_cannot_run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run.main(argv)
    assert stopped.value.code == 2
    assert "error" in capsys.readouterr().err
