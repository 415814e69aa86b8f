"""``cadretrain report``: a cohort's report page, workbook and CSV, written to files.

The library's :mod:`cadretrain.report` returns text and bytes; this command
is the only code that writes them. ``-o`` names the page (``report.html``),
``--xlsx`` the workbook, ``--csv`` the CSV (``-`` for standard output).
A CSV written to a file starts with a byte-order mark, so that Excel and
WPS read its Chinese; on standard output it has none. With no output
named, the page goes to standard output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cadretrain.builtin import check, evaluate
from cadretrain.cli._text import add_lang_option
from cadretrain.cli.files import read_cohort
from cadretrain.errors import CadretrainError

__all__ = ["add_report_command", "run_report"]


def add_report_command(subparsers: Any) -> None:
    """Add ``report`` to an argparse ``add_subparsers()`` object."""
    parser = subparsers.add_parser(
        "report",
        help="write a cohort's report page (HTML), workbook (xlsx) or CSV",
        description="Judge the cohort in FILE and write its report: a self-contained HTML "
        "page with charts (-o), an Excel workbook (--xlsx) and/or the trainees' rows as CSV "
        "(--csv; '-' for standard output). With none of them, the page goes to standard "
        "output. Needs the 'report' extra (pip install 'cadretrain[report]').",
    )
    parser.add_argument("file", metavar="COHORT.json", help="a cadretrain/cohort document")
    parser.add_argument("-o", "--output", metavar="FILE.html", help="write the page to FILE")
    parser.add_argument("--xlsx", metavar="FILE.xlsx", help="write the workbook to FILE")
    parser.add_argument("--csv", metavar="FILE.csv", help="write the CSV to FILE ('-': stdout)")
    parser.add_argument("--policy", metavar="FILE.json", help="a cadretrain/policy document")
    parser.add_argument(
        "--pseudonymise",
        action="store_true",
        help="replace trainees' ids and names (for a report that leaves the department)",
    )
    add_lang_option(parser)
    parser.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> tuple[int, str]:
    """``cadretrain report COHORT.json``: 0 when written, 2 when the input cannot be read."""
    from cadretrain import report  # its libraries are imported when first used

    try:
        cohort, policy = read_cohort(args.file, args.policy)
        evaluation = evaluate(cohort, policy)
        checked = check(cohort, policy, explain=True)
        out = ""
        lang = args.lang
        if args.csv is not None:
            rows = report.rows(cohort, evaluation, pseudonymise=args.pseudonymise)
            if args.csv == "-":
                out += report.to_csv(rows, lang)
            else:
                _write(args.csv, report.to_csv(rows, lang, bom=True).encode("utf-8"))
        if args.xlsx is not None:
            data = report.to_xlsx(
                cohort, evaluation, checked, lang=lang, pseudonymise=args.pseudonymise
            )
            _write(args.xlsx, data)
        if args.output is not None or (args.csv is None and args.xlsx is None):
            page = report.to_html(cohort, checked, evaluation, lang, pseudonymise=args.pseudonymise)
            if args.output in (None, "-"):
                out += page
            else:
                _write(args.output, page.encode("utf-8"))
    except ImportError as error:  # pragma: no cover - the dev extra installs them
        print(
            f"cadretrain: the report needs the 'report' extra ({error.name} is missing): "
            "pip install 'cadretrain[report]'",
            file=sys.stderr,
        )
        return 2, ""
    except (CadretrainError, OSError) as error:
        print(f"cadretrain: {error}", file=sys.stderr)
        return 2, ""
    return 0, out


def _write(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as error:
        raise OSError(f"{path}: cannot write ({error.strerror or error})") from None
