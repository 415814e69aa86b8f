"""``cadretrain check``, ``evaluate`` and ``schema``: the commands that read JSON files.

The file is read here and nowhere else (``-`` reads standard input), at
most :data:`MAX_DOCUMENT_BYTES` of it; everything after is the library's
pure API (``from_json``, ``check``, ``evaluate``, ``to_json``). Each handler
returns an exit code and the text for stdout: 0 when the report is ok, 1
when it has errors, 2 when the input cannot be read (the problems are
printed on stderr, one per line, each with its path).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from cadretrain.builtin import check, check_posting, check_record, evaluate
from cadretrain.cli._text import add_lang_option
from cadretrain.cli.stream import run_stream
from cadretrain.errors import CadretrainError, Problem
from cadretrain.model import Cohort, Posting, Programme, TrainingRecord
from cadretrain.rules import Policy, Report
from cadretrain.serialization import DOCUMENT_TYPES, from_dict, from_json, json_schema, to_json
from cadretrain.serialization.codec import decode
from cadretrain.serialization.documents import tagged_type
from cadretrain.serialization.errors import DocumentError

__all__ = ["add_file_commands", "read_cohort", "run_check", "run_evaluate", "run_schema"]

_CHECKABLE = "a programme, cohort, training_record or posting document"

MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
"""The largest document read (256 MiB, about 140k trainees); a larger one is refused
rather than read on without end (``cadretrain check /dev/zero``)."""


class _Unreadable(Exception):  # noqa: N818 (internal: ends a command with exit code 2)
    def __init__(self, error: CadretrainError | OSError | str) -> None:
        super().__init__(str(error))


def add_file_commands(subparsers: Any) -> None:
    """Add ``check``, ``evaluate`` and ``schema`` to an argparse ``add_subparsers()`` object."""
    check = subparsers.add_parser(
        "check",
        help="check a programme, cohort, training record or posting (JSON file)",
        description="Judge the document in FILE and print the report.",
    )
    _common(check)
    check.set_defaults(handler=run_check)
    evaluate = subparsers.add_parser(
        "evaluate",
        help="evaluate every trainee of a cohort (JSON file)",
        description="Evaluate the cohort in FILE and print the assessments and the report.",
    )
    _common(evaluate)
    _stream_options(evaluate)
    evaluate.set_defaults(handler=run_evaluate)
    schema = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of a document type",
        description="Print the JSON Schema (2020-12) of a cadretrain document type.",
    )
    schema.add_argument("type", choices=[doc.name for doc in DOCUMENT_TYPES], metavar="TYPE")
    schema.set_defaults(handler=run_schema)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE.json", help="the document to read ('-': standard input)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the result to FILE instead of stdout"
    )
    parser.add_argument("--policy", metavar="FILE.json", help="a cadretrain/policy document")
    parser.add_argument("--on", type=_date, metavar="DATE", help="judge as of DATE (YYYY-MM-DD)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_lang_option(parser)


def _stream_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="FILE holds one cohort document a line (JSON Lines), judged as a stream",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default=None,
        help="text (default), json (with --jsonl: one evaluation a line) or csv "
        "(one row a trainee, the report's columns)",
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2019-07-01") from None


def _read(path: str) -> bytes:
    """The bytes of ``path`` (``-``: standard input), refused beyond the size limit."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
        else:
            with Path(path).open("rb") as file:
                data = file.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as error:
        raise _Unreadable(f"{path}: cannot read ({error.strerror or error})") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise _Unreadable(
            f"{path}: larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB, the most one "
            "document may hold; split the cohorts into one document each"
        )
    return data


def _document(path: str) -> object:
    data = decode(_read(path))
    doc = tagged_type(data.get("schema")) if type(data) is dict else None
    if doc is None:
        raise DocumentError(
            [Problem(path="$.schema", message=f"is not the schema of {_CHECKABLE}")],
            title=f"cannot read {path}",
        )
    return from_dict(data, doc.cls)


def _policy(args: argparse.Namespace) -> Policy | None:
    return None if args.policy is None else from_json(_read(args.policy), Policy)


def _text(report_text: Any, lang: str) -> str:
    if lang == "both":
        return f"{report_text('zh')}\n\n{report_text('en')}\n"
    return f"{report_text(lang)}\n"


def _failed(error: Exception) -> tuple[int, str]:
    print(f"cadretrain: {error}", file=sys.stderr)
    return 2, ""


def read_cohort(path: str, policy_path: str | None = None) -> tuple[Cohort, Policy | None]:
    """The cohort in ``path`` and the policy in ``policy_path`` (if any).

    Raises :class:`~cadretrain.CadretrainError` (or ``OSError``) when either
    cannot be read, or ``path`` holds another kind of document.
    """
    try:
        cohort = _document(path)
        policy = None if policy_path is None else from_json(_read(policy_path), Policy)
    except _Unreadable as error:
        raise OSError(str(error)) from None
    if not isinstance(cohort, Cohort):
        raise OSError(f"{path}: a report needs a cohort document, not a {type(cohort).__name__}")
    return cohort, policy


def run_check(args: argparse.Namespace) -> tuple[int, str]:
    """``cadretrain check FILE.json``: the report of the document's checks."""
    try:
        subject, policy = _document(args.file), _policy(args)
        report: Report
        if isinstance(subject, Programme | Cohort):
            report = check(subject, policy, on=args.on)
        elif isinstance(subject, TrainingRecord | Posting):
            if args.on is None:
                raise _Unreadable("--on DATE is required to check a record or a posting")
            judge = check_record if isinstance(subject, TrainingRecord) else check_posting
            report = judge(subject, args.on, policy)  # type: ignore[arg-type]
        else:
            raise _Unreadable(
                f"{args.file}: cannot check a {type(subject).__name__}; give {_CHECKABLE}"
            )
    except (CadretrainError, _Unreadable) as error:
        return _failed(error)
    text = to_json(report, indent=True) + "\n" if args.json else _text(report.explain, args.lang)
    return _delivered(args.output, 0 if report.ok else 1, text)


def run_evaluate(args: argparse.Namespace) -> tuple[int, str]:
    """``cadretrain evaluate FILE.json``: every trainee's assessment and the report."""
    if args.jsonl:
        try:
            policy = _policy(args)
        except (CadretrainError, _Unreadable) as error:
            return _failed(error)
        args.format = args.format or ("json" if args.json else "text")
        return run_stream(args, policy, MAX_DOCUMENT_BYTES)
    try:
        cohort, policy = _document(args.file), _policy(args)
        if not isinstance(cohort, Cohort):
            raise _Unreadable(f"{args.file}: evaluate needs a cohort document")
        evaluation = evaluate(cohort, policy, on=args.on)
    except (CadretrainError, _Unreadable) as error:
        return _failed(error)
    form = args.format or ("json" if args.json else "text")
    if form == "json":
        text = to_json(evaluation, indent=True) + "\n"
    elif form == "csv":
        from cadretrain import report  # the report's CSV writer; needs no other library

        bom = args.output not in (None, "-")  # a file for Excel: the byte-order mark
        text = report.to_csv(report.rows(cohort, evaluation), args.lang, bom=bom)
    else:

        def explain(lang: Any) -> str:
            parts = [a.explain(lang) for a in evaluation.assessments]
            return "\n".join([*parts, evaluation.report.explain(lang)])

        text = _text(explain, args.lang)
    return _delivered(args.output, 0 if evaluation.report.ok else 1, text)


def _delivered(output: str | None, code: int, text: str) -> tuple[int, str]:
    """``(code, text)`` for stdout, or ``text`` written to ``output`` (``-``: stdout)."""
    if output is None or output == "-":
        return code, text
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        return _failed(_Unreadable(f"{output}: cannot write ({error.strerror or error})"))
    return code, ""


def run_schema(args: argparse.Namespace) -> tuple[int, str]:
    """``cadretrain schema TYPE``: the JSON Schema of a document type."""
    (doc,) = (doc for doc in DOCUMENT_TYPES if doc.name == args.type)
    return 0, json.dumps(json_schema(doc.cls), ensure_ascii=False, indent=2) + "\n"
