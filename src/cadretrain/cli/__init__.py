"""The ``cadretrain`` console script: the only part of cadretrain that prints.

Each command builds its text with pure functions and returns it with an
exit code; :func:`main` prints it. Exit codes:
0 ok, 1 a report with errors, 2 bad usage or unreadable input, 3 an
internal error (a defect in cadretrain: reported in one line, no traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version

from cadretrain.cli._text import Lang, add_lang_option
from cadretrain.cli.demo import render_summary
from cadretrain.cli.files import add_file_commands
from cadretrain.cli.judgement import render_judgement
from cadretrain.cli.report import add_report_command
from cadretrain.examples import ALL

__all__ = ["main"]

DEFAULT_SEED = "jiangan-2015"
SEED_NAMES = {key.split("-")[0]: key for key in ALL}
"""Each seed's short name (``jiangan``, ``hunan``, ...) and the key it stands for."""

OK, FINDINGS, BAD_INPUT, INTERNAL_ERROR = 0, 1, 2, 3
"""The exit codes, listed in ``--help``."""

_EXIT_CODES = (
    "exit codes: 0 no errors; 1 the report has errors; 2 bad usage or unreadable "
    "input; 3 an internal error in cadretrain (please report it)"
)

Handler = Callable[[argparse.Namespace], tuple[int, str]]


def _demo(args: argparse.Namespace) -> tuple[int, str]:
    lang: Lang = args.lang
    seed = ALL[SEED_NAMES.get(args.seed, args.seed)]()
    return 0, render_summary(seed, lang) + "\n" + render_judgement(seed, lang)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cadretrain",
        description="Poverty-alleviation cadre-training programmes (扶贫干部教育培训).",
        epilog=_EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo",
        help="summarise a seed programme, check its cohorts and judge them",
        description="Print a bilingual summary of one of the five seed programmes, the check "
        "report of each of its cohorts under the default policy, and each cohort's "
        "evaluation (outcomes, grades, who did not complete and why).",
    )
    demo.add_argument(
        "seed",
        nargs="?",
        default=DEFAULT_SEED,
        choices=(*SEED_NAMES, *ALL),
        metavar="SEED",
        help=f"the seed programme: {', '.join(SEED_NAMES)} or its key "
        f"({', '.join(ALL)}); default: {DEFAULT_SEED}",
    )
    add_lang_option(demo)
    demo.set_defaults(handler=_demo)
    add_file_commands(commands)
    add_report_command(commands)
    return parser


def _version() -> str:
    try:
        return version("cadretrain")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the console script on ``argv`` (default: the process's arguments); return the exit code.

    Usable as ``sys.exit(main())``: bad usage returns 2 with a message on
    stderr; an unexpected exception (a defect) returns 3 with one line on
    stderr, never a traceback.
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse exits on --help (0) and on bad usage (2)
        return stop.code if isinstance(stop.code, int) else 2
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        print("cadretrain: error: a command is required, e.g. 'cadretrain demo'", file=sys.stderr)
        return 2
    try:
        code, text = handler(args)
    except Exception as error:  # the one top-level wrapper: a defect, reported without a traceback
        print(
            f"cadretrain: internal error ({type(error).__name__}: {error}); "
            "please report it with the command and the input",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
    sys.stdout.write(text)
    return code
