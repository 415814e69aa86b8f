"""Run every benchmark, print one table of figures and ratios, and write them as JSON.

``python -m benchmarks.run`` (``make bench``) times JSON at 1k, 10k and
100k trainees, memory at 10k and 100k, and evaluation up to 1M; it writes
``benchmarks/results/latest.json``. ``--smoke`` runs everything at 10
trainees, one round, and writes nothing: ``make test`` runs it so the suite
never rots. No figure is asserted anywhere.

``--group`` (``json``, ``evaluation``, ``memory``; repeatable), ``--sizes``
and ``--rounds`` run part of the suite alone, with the same checks, table
and ratios, e.g. ``python -m benchmarks.run --group evaluation --sizes 1000
100000``: a figure that looks off in a full run can be measured again
without the minutes of the rest. A partial run writes its JSON only to an
``--out`` given, never over the full run's figures.

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

from . import bench_evaluation, bench_json, bench_memory
from ._harness import MIN_ROUNDS

__all__ = ["collect", "in_own_interpreter", "main", "ratios", "table"]

ROOT = Path(__file__).parent.parent
"""The directory ``python -m benchmarks.run`` runs from (the repository's root)."""
RESULTS = Path(__file__).parent / "results" / "latest.json"
REFERENCES = {
    "vs msgspec": bench_json.MSGSPEC,
    "vs orjson dicts": bench_json.ORJSON,
    "vs pydantic": bench_json.PYDANTIC,
}
SPEED_UP = "naive / this"


def ratios(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with, for each timed row, its cost over each reference's in the same group and size.

    An evaluation row also gets ``naive / this``: how many times faster than
    the naive evaluator it is, given the same input (the cohort, or the
    gathered facts for a ``*_gathered`` variant).
    """
    cost = {(r["group"], r["variant"], r["n"]): r.get("us_per_trainee") for r in rows}
    result = []
    for r in rows:
        extra: dict[str, Any] = {}
        if "us_per_trainee" in r:
            for label, reference in REFERENCES.items():
                base = cost.get((r["group"], reference, r["n"]))
                extra[label] = r["us_per_trainee"] / base if base else None
            naive = "naive_gathered" if r["variant"].endswith("_gathered") else "naive"
            slow = cost.get((r["group"], naive, r["n"]))
            if slow and r["group"] == bench_evaluation.GROUP and r["variant"] != "facts_only":
                extra[SPEED_UP] = slow / r["us_per_trainee"]
        result.append({**r, **extra})
    return result


def growth(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each timed group and variant: cost per trainee at the largest size over the smallest."""
    found: dict[tuple[str, str], dict[int, float]] = {}
    for r in rows:
        if "us_per_trainee" in r:
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


def table(rows: Sequence[dict[str, Any]], grown: Sequence[dict[str, Any]]) -> str:
    """The figures as one plain-text table, then the growth ratios and the memory figures.

    The figure is the median; ``mean µs`` and ``gc/call (full)`` (the
    collections run during the variant's samples, per call, and of them the
    full ones) show what the median may hide.
    """
    head = (
        "group",
        "variant",
        "N",
        "µs/trainee",
        "trainees/s",
        *REFERENCES,
        SPEED_UP,
        "mean µs",
        "gc/call (full)",
    )
    body = [
        (
            r["group"],
            r["variant"],
            f"{r['n']:,}",
            _cell(r["us_per_trainee"]),
            _cell(r["trainees_per_s"], 0),
            *(_cell(r.get(label)) for label in (*REFERENCES, SPEED_UP)),
            _cell(r.get("mean_us_per_trainee")),
            _collections(r),
        )
        for r in rows
        if "us_per_trainee" in r
    ]
    memory = [
        (r["group"], r["variant"], f"{r['n']:,}", _cell(r["bytes_per_trainee"], 0))
        for r in rows
        if "bytes_per_trainee" in r
    ]
    lines = _aligned(head, body)
    if grown:
        lines += [
            "",
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
    if memory:
        lines += ["", *_aligned(("group", "variant", "N", "bytes/trainee"), memory)]
    return "\n".join(lines)


def _collections(r: dict[str, Any]) -> str:
    """Collections per call during a variant's samples, and of them the full ones: ``3.05 (0.10)``."""
    if "collections_per_call" not in r:
        return "-"
    return f"{r['collections_per_call']:.2f} ({r['full_collections_per_call']:.2f})"


def _aligned(head: Sequence[str], body: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(head, *body, strict=False)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            str(c).ljust(w) if i < 2 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    return [line(head), line(["-" * w for w in widths]), *(line(cells) for cells in body)]


class Group(NamedTuple):
    """One benchmark module: the sizes a full run gives it, and how to run it."""

    sizes: tuple[int, ...]
    run: Callable[[tuple[int, ...], int], Sequence[Mapping[str, Any]]]


GROUPS: dict[str, Group] = {
    "json": Group(bench_json.SIZES, bench_json.run),
    "evaluation": Group(bench_evaluation.SIZES, bench_evaluation.run),
    "memory": Group(bench_memory.SIZES, lambda sizes, _rounds: bench_memory.run(sizes)),
}
"""Each benchmark module by its ``--group`` name, in the suite's order."""
SMOKE_SIZES = (10,)


def collect(
    groups: Sequence[str] = tuple(GROUPS),
    *,
    sizes: Sequence[int] | None = None,
    rounds: int = MIN_ROUNDS,
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
        help=f"rounds per figure (default {MIN_ROUNDS}; fewer is no published figure)",
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
    rounds = 1 if args.smoke else args.rounds or MIN_ROUNDS
    if args.worker:  # one group at one size, for in_own_interpreter: the raw rows, nothing else
        print(json.dumps(collect(groups, sizes=sizes, rounds=rounds), ensure_ascii=False))
        return 0
    isolated = not args.in_process
    rows = ratios(collect(groups, sizes=sizes, rounds=rounds, isolated=isolated))
    grown = growth(rows)
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
            "growth": grown,
        }
        out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
