"""``cadretrain evaluate --jsonl FILE``: judge a stream of cohorts, one document a line.

Each line is read, judged (as ``ct.evaluate_many`` judges a stream) and
written before the next is read, so memory is bounded by the largest
cohort, not the stream. A line
that cannot be read is named on stderr with its number and skipped; the
exit code is then 2. A progress bar goes to stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from cadretrain.builtin import evaluate
from cadretrain.errors import CadretrainError
from cadretrain.evaluation import CohortEvaluation
from cadretrain.model import Cohort
from cadretrain.rules import Policy
from cadretrain.serialization import from_json, to_json

__all__ = ["run_stream"]


def run_stream(args: argparse.Namespace, policy: Policy | None, max_bytes: int) -> tuple[int, str]:
    """Judge every cohort of the JSON Lines input, writing each result as it is made."""
    source = sys.stdin.buffer if args.file == "-" else None
    try:
        with (
            _opened_in(args.file) if source is None else _kept(source) as lines,
            _opened_out(args.output) as out,
        ):
            return _judge_lines(args, policy, max_bytes, lines, out)
    except OSError as error:
        print(
            f"cadretrain: {error.filename or args.file}: {error.strerror or error}", file=sys.stderr
        )
        return 2, ""


def _judge_lines(
    args: argparse.Namespace, policy: Policy | None, max_bytes: int, lines: IO[bytes], out: IO[str]
) -> tuple[int, str]:
    unreadable = 0
    errors = False
    header = True

    def cohorts() -> Iterator[Cohort]:
        nonlocal unreadable
        for number, line in enumerate(_lines(lines, max_bytes), start=1):
            if isinstance(line, str):
                unreadable += 1
                print(f"cadretrain: line {number}: {line}", file=sys.stderr)
                continue
            if not line.strip():
                continue
            try:
                yield from_json(line, Cohort)
            except CadretrainError as error:
                unreadable += 1
                print(f"cadretrain: line {number}: {error}", file=sys.stderr)

    try:
        for cohort in _with_progress(cohorts()):
            evaluation = evaluate(cohort, policy, on=args.on)
            errors = errors or not evaluation.report.ok
            out.write(_formatted(args, cohort, evaluation, header, to_file=out is not sys.stdout))
            header = False
    except CadretrainError as error:  # a policy that cannot judge a cohort of the stream
        print(f"cadretrain: {error}", file=sys.stderr)
        return 2, ""
    return (2 if unreadable else 1 if errors else 0), ""


def _formatted(
    args: argparse.Namespace,
    cohort: Cohort,
    evaluation: CohortEvaluation,
    header: bool,
    *,
    to_file: bool,
) -> str:
    """One cohort's result; a CSV file for Excel starts with a byte-order mark, stdout never."""
    if args.format == "json":
        return to_json(evaluation) + "\n"
    if args.format == "csv":
        from cadretrain import report  # the report extra's writer; needs no other library

        rows = report.rows(cohort, evaluation)
        return report.to_csv(rows, args.lang, header=header, bom=header and to_file)
    parts = [a.explain(args.lang if args.lang != "both" else "zh") for a in evaluation.assessments]
    return "\n".join([f"# {evaluation.cohort_id}", *parts, ""]) + "\n"


def _lines(lines: IO[bytes], max_bytes: int) -> Iterator[bytes | str]:
    """Each line's bytes, or a message for a line over ``max_bytes`` (skipped, not read on)."""
    while True:
        line = lines.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = lines.readline(max_bytes + 1)
            yield f"longer than {max_bytes} bytes, the most one document may hold"
            continue
        yield line


def _with_progress(cohorts: Iterator[Cohort]) -> Iterator[Cohort]:
    """The cohorts, counted on a bar on stderr when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from cohorts
        return
    from tqdm import tqdm

    with tqdm(unit=" cohorts", file=sys.stderr) as bar:
        for cohort in cohorts:
            yield cohort
            bar.update(1)
            bar.set_postfix(trainees=len(cohort.trainees), refresh=False)


@contextmanager
def _opened_in(path: str) -> Iterator[IO[bytes]]:
    with Path(path).open("rb") as file:
        yield file


@contextmanager
def _kept(stream: IO[bytes]) -> Iterator[IO[bytes]]:
    yield stream  # standard input: read, never closed here


@contextmanager
def _opened_out(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with Path(path).open("w", encoding="utf-8", newline="") as file:
        yield file
