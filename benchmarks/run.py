"""Run every benchmark, print the figures the issues ask for, then every figure, and write them.

``python -m benchmarks.run`` (``make bench``, about 20 minutes on 2 cores)
measures, in this order, on the varied cohort of :mod:`._data` (and its
repetitive best case where said):

- ``path``: the user's path, JSON text → ``ct.evaluate``, bulk and explain
  mode, against ``orjson.loads`` of the same text (and the best case);
- ``json``: load and round trip against msgspec Structs (``gc=False`` and
  not), pydantic v2 and orjson;
- ``judging``: ``ct.evaluate`` of a loaded cohort, bulk and explain, against
  a naive per-rule evaluator and a plain numpy judgement (and the best case);
- ``memory``: bytes held per loaded trainee (tracemalloc) against the same
  references;
- ``stream``: ``ct.evaluate_many`` over 1M trainees read from JSON texts:
  trainees/s and peak resident memory.

Timed groups run at 1k, 10k and 100k trainees, :data:`._harness.ROUNDS`
rounds; every variant's answer is checked before it is timed; the
collector is left as it is, for every variant alike. The figures go to
``benchmarks/results/latest.json``. ``--smoke`` runs everything at 10
trainees, one round, and writes nothing: ``make test`` runs it so the suite
never rots. No figure is asserted anywhere.

``--group`` (repeatable), ``--sizes`` and ``--rounds`` run part of the
suite alone, with the same checks, table and ratios, e.g. ``python -m
benchmarks.run --group judging --sizes 1000 100000``. A partial run writes
its JSON only to an ``--out`` given, never over the full run's figures.

Each group is run at each size in a fresh interpreter (``--worker``, as
pyperf runs each benchmark), so that no figure depends on what ran before
it in the same process; ``--in-process`` runs everything in this one.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from . import bench_evaluation, bench_json, bench_memory, bench_path
from ._harness import ROUNDS

__all__ = ["collect", "growth", "headline", "in_own_interpreter", "main", "ratios", "table"]

ROOT = Path(__file__).parent.parent
"""The directory ``python -m benchmarks.run`` runs from (the repository's root)."""
RESULTS = Path(__file__).parent / "results" / "latest.json"
REFERENCES = (
    bench_path.FLOOR,
    bench_json.MSGSPEC_NO_GC,
    bench_json.MSGSPEC,
    bench_json.PYDANTIC,
    bench_json.ORJSON,
    bench_evaluation.NUMPY,
    bench_evaluation.NAIVE,
)
"""The variants every other of the same group and size is divided by, where present."""
_MEASURES = ("us_per_trainee", "bytes_per_trainee")


def _measure(r: Mapping[str, Any]) -> str | None:
    return next((m for m in _MEASURES if m in r), None)


def ratios(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with ``× reference``: the row's cost (time or bytes) over each reference's.

    A reference counts when it is in the same group at the same size; a row
    is not divided by itself.
    """
    found = {(r["group"], r["variant"], r["n"]): r for r in rows}
    result = []
    for r in rows:
        measure = _measure(r)
        extra: dict[str, Any] = {}
        for reference in REFERENCES:
            base = found.get((r["group"], reference, r["n"]))
            if measure and base and reference != r["variant"] and base.get(measure):
                extra[f"× {reference}"] = r[measure] / base[measure]
        result.append({**r, **extra})
    return result


def growth(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each timed group and variant: cost per trainee at the largest size over the smallest."""
    found: dict[tuple[str, str], dict[int, float]] = {}
    for r in rows:
        if "us_per_trainee" in r and r["group"] != bench_evaluation.STREAM:
            found.setdefault((r["group"], r["variant"]), {})[r["n"]] = r["us_per_trainee"]
    return [
        {
            "group": group,
            "variant": variant,
            "from_n": min(costs),
            "to_n": max(costs),
            "ratio": costs[max(costs)] / costs[min(costs)],
        }
        for (group, variant), costs in found.items()
        if len(costs) > 1
    ]


def _cell(value: object, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


def _pick(rows: Sequence[dict[str, Any]], group: str, variant: str) -> list[dict[str, Any]]:
    return [r for r in rows if r["group"] == group and r["variant"] == variant]


def headline(rows: Sequence[dict[str, Any]], grown: Sequence[dict[str, Any]]) -> list[str]:
    """The figures the issues ask for, first the user's path; one line each, ratios first."""
    lines: list[str] = []

    def timed(group: str, variant: str, label: str, *references: str) -> None:
        for r in _pick(rows, group, variant):
            against = ", ".join(
                f"{_cell(r.get(f'× {ref}'))}× {ref}" for ref in references if f"× {ref}" in r
            )
            lines.append(
                f"{label} @ {r['n']:,}: {against}; "
                f"{_cell(r['us_per_trainee'])} µs/trainee, {_cell(r['trainees_per_s'], 0)} trainees/s"
            )

    floor, path, best = bench_path.FLOOR, bench_path.GROUP, bench_path.BEST_CASE
    timed(path, bench_path.BULK, "JSON text → ct.evaluate, varied", floor)
    timed(path, bench_path.EXPLAIN, "JSON text → ct.evaluate(explain=True), varied", floor)
    timed(best, bench_path.BULK, "JSON text → ct.evaluate, best case", floor)
    for r in rows:
        if r["group"] == "cohort":
            lines.append(
                f"cohort {r['variant']} @ {r['n']:,}: "
                f"{_cell(r['distinct_summaries_per_10k'], 0)} distinct attendance summaries and "
                f"{_cell(r['distinct_totals_per_10k'], 0)} distinct totals per 10k trainees, "
                f"{r['not_completing_share']:.1%} not completing"
            )
    refs = (bench_json.MSGSPEC_NO_GC, bench_json.MSGSPEC, bench_json.PYDANTIC, bench_json.ORJSON)
    timed(bench_json.LOAD, bench_json.CADRETRAIN, "ct.from_json", *refs)
    timed(bench_json.ROUND_TRIP, bench_json.CADRETRAIN, "ct.to_json(ct.from_json)", *refs)
    judging = bench_evaluation.GROUP
    timed(judging, bench_evaluation.BULK, "bulk judging, loaded", bench_evaluation.NUMPY)
    timed(judging, bench_evaluation.EXPLAIN, "explain judging, loaded", bench_evaluation.NUMPY)
    for g in grown:
        if g["variant"] in (bench_json.CADRETRAIN, bench_evaluation.BULK, bench_path.BULK):
            lines.append(
                f"growth {g['group']}, {g['variant']}: cost per trainee at {g['to_n']:,} "
                f"= {_cell(g['ratio'])}× at {g['from_n']:,}"
            )
    for r in _pick(rows, bench_memory.GROUP, bench_json.CADRETRAIN):
        against = ", ".join(f"{_cell(r.get(f'× {ref}'))}× {ref}" for ref in refs if f"× {ref}" in r)
        lines.append(
            f"memory held @ {r['n']:,}: {_cell(r['bytes_per_trainee'], 0)} bytes/trainee; {against}"
        )
    for r in rows:
        if r["group"] == bench_evaluation.STREAM:
            lines.append(
                f"{r['variant']} @ {r['n']:,} ({r['cohorts']} cohorts): "
                f"{_cell(r['trainees_per_s'], 0)} trainees/s; peak RSS {_cell(r['peak_rss_mb'], 0)} MB "
                f"(before the stream {_cell(r['peak_rss_mb_before'], 0)} MB)"
            )
    return lines


def table(rows: Sequence[dict[str, Any]], grown: Sequence[dict[str, Any]]) -> str:
    """Every figure: one block per group (its ratios to the references present), then growth.

    The figure is the median; ``mean µs`` and ``gc/call (full)`` (the
    collections run during the variant's samples, per call, and of them the
    full ones) show what the median may hide.
    """
    lines: list[str] = []
    groups = list(dict.fromkeys(r["group"] for r in rows if r["group"] != "cohort"))
    for group in groups:
        block = [r for r in rows if r["group"] == group]
        ratios_here = [f"× {ref}" for ref in REFERENCES if any(f"× {ref}" in r for r in block)]
        if "bytes_per_trainee" in block[0]:
            head: tuple[str, ...] = ("variant", "N", "bytes/trainee", *ratios_here)
            body = [
                (
                    r["variant"],
                    f"{r['n']:,}",
                    _cell(r["bytes_per_trainee"], 0),
                    *(_cell(r.get(k)) for k in ratios_here),
                )
                for r in block
            ]
        elif group == bench_evaluation.STREAM:
            head = ("variant", "N", "µs/trainee", "trainees/s", "peak RSS MB", "before MB")
            body = [
                (
                    r["variant"],
                    f"{r['n']:,}",
                    _cell(r["us_per_trainee"]),
                    _cell(r["trainees_per_s"], 0),
                    _cell(r["peak_rss_mb"], 0),
                    _cell(r["peak_rss_mb_before"], 0),
                )
                for r in block
            ]
        else:
            head = (
                "variant",
                "N",
                "µs/trainee",
                "trainees/s",
                *ratios_here,
                "mean µs",
                "gc/call (full)",
            )
            body = [
                (
                    r["variant"],
                    f"{r['n']:,}",
                    _cell(r["us_per_trainee"]),
                    _cell(r["trainees_per_s"], 0),
                    *(_cell(r.get(k)) for k in ratios_here),
                    _cell(r.get("mean_us_per_trainee")),
                    _collections(r),
                )
                for r in block
            ]
        lines += ["", f"[{group}]", *_aligned(head, body)]
    if grown:
        lines += [
            "",
            "[growth]",
            *_aligned(
                ("group", "variant", "from N", "to N", "cost per trainee, to / from"),
                [
                    (
                        g["group"],
                        g["variant"],
                        f"{g['from_n']:,}",
                        f"{g['to_n']:,}",
                        _cell(g["ratio"]),
                    )
                    for g in grown
                ],
            ),
        ]
    return "\n".join(lines[1:])


def _collections(r: dict[str, Any]) -> str:
    """Collections per call during a variant's samples, and of them the full ones: ``3.05 (0.10)``."""
    if "collections_per_call" not in r:
        return "-"
    return f"{r['collections_per_call']:.2f} ({r['full_collections_per_call']:.2f})"


def _aligned(head: Sequence[str], body: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(head, *body, strict=False)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            str(c).ljust(w) if i < 1 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    return [line(head), line(["-" * w for w in widths]), *(line(cells) for cells in body)]


class Group(NamedTuple):
    """One benchmark module: the sizes a full run gives it, and how to run it."""

    sizes: tuple[int, ...]
    run: Callable[[tuple[int, ...], int], Sequence[Mapping[str, Any]]]


GROUPS: dict[str, Group] = {
    "path": Group(bench_path.SIZES, bench_path.run),
    "json": Group(bench_json.SIZES, bench_json.run),
    "judging": Group(bench_evaluation.SIZES, bench_evaluation.run),
    "memory": Group(bench_memory.SIZES, bench_memory.run),
    "stream": Group(bench_evaluation.STREAM_SIZES, bench_evaluation.run_stream),
}
"""Each benchmark module by its ``--group`` name, in the suite's order."""
SMOKE_SIZES = (10,)


def collect(
    groups: Sequence[str] = tuple(GROUPS),
    *,
    sizes: Sequence[int] | None = None,
    rounds: int = ROUNDS,
    isolated: bool = False,
) -> list[dict[str, Any]]:
    """The rows of each of ``groups``, in the suite's order, at ``sizes`` (else each group's own).

    ``isolated`` runs each group at each size in a fresh interpreter
    (:func:`in_own_interpreter`); otherwise everything runs in this one.
    """
    rows: list[dict[str, Any]] = []
    for name, group in GROUPS.items():
        if name not in groups:
            continue
        chosen = tuple(sizes) if sizes is not None else group.sizes
        if isolated:
            for n in chosen:
                rows += in_own_interpreter(name, n, rounds)
        else:
            rows += map(dict, group.run(chosen, rounds))
    return rows


def in_own_interpreter(group: str, n: int, rounds: int) -> list[dict[str, Any]]:
    """The rows of ``group`` at ``n`` trainees, measured by a fresh ``python -m benchmarks.run``.

    The worker starts from the same state as every other (no cohort of an
    earlier group in its heap, its collector's counts at zero), inherits
    this environment and reports its rows as JSON on its standard output.
    """
    command = [
        sys.executable,
        "-m",
        "benchmarks.run",
        "--worker",
        "--group",
        group,
        "--sizes",
        str(n),
        "--rounds",
        str(rounds),
    ]
    done = subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True)
    rows: list[dict[str, Any]] = json.loads(done.stdout)
    return rows


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive whole number")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--smoke", action="store_true", help="10 trainees, 1 round, no file")
    parser.add_argument(
        "--group",
        action="append",
        choices=tuple(GROUPS),
        help="run only this benchmark (repeatable; default: all of them)",
    )
    parser.add_argument(
        "--sizes", type=_positive, nargs="+", help="trainees per cohort (default: each group's own)"
    )
    parser.add_argument(
        "--rounds",
        type=_positive,
        help=f"rounds per figure (default {ROUNDS})",
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="run every group in this interpreter, not each group and size in a fresh one "
        "(quicker; a figure may then depend on what ran before it)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--out",
        type=Path,
        help=f"where to write the JSON (default {RESULTS.name} for a full run; "
        "a partial run writes only here)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; print the table; write the JSON of a full run, or to ``--out``."""
    parser = _parser()
    args = parser.parse_args(argv)
    partial = args.group is not None or args.sizes is not None or args.rounds is not None
    if args.smoke and partial:
        parser.error(
            "--smoke runs every group at 10 trainees; leave out --group, --sizes, --rounds"
        )
    groups = args.group or tuple(GROUPS)
    sizes = SMOKE_SIZES if args.smoke else args.sizes
    rounds = 1 if args.smoke else args.rounds or ROUNDS
    if args.worker:  # one group at one size, for in_own_interpreter: the raw rows, nothing else
        print(json.dumps(collect(groups, sizes=sizes, rounds=rounds), ensure_ascii=False))
        return 0
    isolated = not args.in_process
    rows = ratios(collect(groups, sizes=sizes, rounds=rounds, isolated=isolated))
    grown = growth(rows)
    print("Figures (varied cohort unless said; ratios are costs in the same run):")
    print("\n".join(f"  {line}" for line in headline(rows, grown)))
    print()
    print(table(rows, grown))
    where = "each group and size in a fresh interpreter" if isolated else "in one interpreter"
    print(f"\n(measured {where})")
    out: Path | None = args.out or (None if partial else RESULTS)
    if not args.smoke and out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        document = {
            "python": platform.python_version(),
            "machine": platform.machine(),
            "argv": list(sys.argv[1:] if argv is None else argv),
            "isolated": isolated,
            "rows": rows,
            "headline": headline(rows, grown),
            "growth": grown,
        }
        out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
