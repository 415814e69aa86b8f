"""The ``cadretrain`` console script: the only part of cadretrain that prints.

Each command builds its text with pure functions and returns it with an
exit code; :func:`main` prints.  Exit codes: 0 ok, 1 a report with errors, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from cadretrain.cli._text import Lang, add_lang_option
from cadretrain.cli.demo import render_summary
from cadretrain.cli.files import add_file_commands
from cadretrain.cli.judgement import render_judgement
from cadretrain.cli.report import add_report_command
from cadretrain.examples import ALL

__all__ = ["main"]

DEFAULT_SEED = "jiangan-2015"

Handler = Callable[[argparse.Namespace], tuple[int, str]]


def _demo(args: argparse.Namespace) -> tuple[int, str]:
    lang: Lang = args.lang
    seed = ALL[args.seed]()
    return 0, render_summary(seed, lang) + "\n" + render_judgement(seed, lang)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cadretrain",
        description="Poverty-alleviation cadre-training programmes (扶贫干部教育培训).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo",
        help="summarise a seed programme, check its first cohort and evaluate it",
        description="Print a bilingual summary of one of the five seed programmes, the check "
        "report of its first cohort under the default policy, and its evaluation.",
    )
    demo.add_argument(
        "seed",
        nargs="?",
        default=DEFAULT_SEED,
        choices=tuple(ALL),
        help=f"the seed programme (default: {DEFAULT_SEED})",
    )
    add_lang_option(demo)
    demo.set_defaults(handler=_demo)
    add_file_commands(commands)
    add_report_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the console script on ``argv`` (default: the process's arguments); return the exit code.

    Usable as ``sys.exit(main())``: bad usage returns 2 with a message on stderr.
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
    code, text = handler(args)
    sys.stdout.write(text)
    return code
