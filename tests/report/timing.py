"""Seconds to build the report page and the workbook of a large varied class.

Run by ``make bench`` (and alone, from the repository's root)::

    .venv/bin/python -m tests.report.timing [N ...]

For each size (default 10,000 trainees) the class of
:func:`~tests.report.large.varied_cohort` is judged once, then the page
(``report.to_html``), the workbook (``report.to_xlsx``) and the CSV
(``report.to_csv``) are each built three times; the median is printed.
The first page of a process also pays for importing matplotlib, so one page
is drawn before timing.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

import cadretrain as ct
from cadretrain import report

from .large import varied_cohort

__all__ = ["main"]

ROUNDS = 3


def _median(work: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str]) -> None:
    """Print one line per size: trainees, then seconds for page, workbook and CSV."""
    sizes = [int(arg) for arg in argv] or [10_000]
    small = ct.examples.jiangan_2015().cohort
    report.to_html(small, ct.check(small), ct.evaluate(small))  # import matplotlib first
    print("report: trainees, median seconds of 3 (page, workbook, csv)")
    for n in sizes:
        page, book, csv = _timed(varied_cohort(n))
        print(f"report: {n} trainees: page {page:.2f} s, workbook {book:.2f} s, csv {csv:.2f} s")


def _timed(cohort: ct.Cohort) -> tuple[float, float, float]:
    evaluation = ct.evaluate(cohort)
    checked = ct.check(cohort, explain=True)
    return (
        _median(lambda: report.to_html(cohort, checked, evaluation, "both")),
        _median(lambda: report.to_xlsx(cohort, evaluation, checked)),
        _median(lambda: report.to_csv(report.rows(cohort, evaluation), bom=True)),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
