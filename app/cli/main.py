"""The ``dyad`` command: the window when run bare, and commands over the same store for scripts."""

from __future__ import annotations

import argparse
import errno
import os
import signal
import sys
from typing import Any

from app import __version__
from app.cli.commands import cmd_compare, cmd_default, cmd_extract, cmd_facts, cmd_ingest, cmd_pairs, cmd_report
from app.cli.common import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UsageError, tolerance
from app.cli.official import cmd_official_import, cmd_official_list, cmd_official_remove
from app.cli.rates import add_rates_parser
from app.cli.review import add_review_parser


def _add_compare_and_report(sub: Any, common: argparse.ArgumentParser) -> None:
    """`dyad compare` (with saved comparisons) and `dyad report`."""
    p = sub.add_parser("compare", parents=[common], help="two relationships side by side")
    p.add_argument("pair_a", metavar="PAIR_A", nargs="?")
    p.add_argument("pair_b", metavar="PAIR_B", nargs="?")
    p.add_argument(
        "--open",
        metavar="FILE.dyad",
        help="a saved comparison: its pairs, scale, alignment, official dataset and tolerance (and what changed since)",
    )
    p.add_argument("--save", metavar="FILE.dyad", help="save the comparison to FILE.dyad as the window's Save does")
    p.add_argument("--notes", default="", help="with --save: the analyst's notes kept with it")
    p.add_argument("--export", metavar="FILE", help="write the chart to FILE (.png, .svg or .pdf) instead")
    p.add_argument(
        "--chart",
        choices=("trade", "milestones", "both"),
        default="trade",
        help="with --export: the trade chart, the milestones timeline, or both on one time axis (default: trade)",
    )
    p.add_argument("--width", type=int, default=1600, metavar="PX", help="image width in pixels (default 1600)")
    p.add_argument(
        "--tolerance",
        type=tolerance,
        default=10.0,
        metavar="PCT",
        help="a news total differing from every official figure for its year by more than PCT %% is marked "
        "(default 10)",
    )
    p.add_argument("--no-official", action="store_true", help="leave the official statistics out")
    p.add_argument(
        "--dataset",
        choices=("comtrade", "imf", "imf_imts", "wits"),
        help="the official dataset to draw and compare with (default: the most complete for each relationship)",
    )
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("report", parents=[common], help="a saved comparison as a PDF or HTML report")
    p.add_argument("comparison", metavar="FILE.dyad", help="a comparison saved by the window or dyad compare --save")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the report to write: .pdf or .html")
    p.add_argument(
        "--as-saved",
        action="store_true",
        help="the facts as they were when the comparison was saved (reviews since taken back, new facts left out)",
    )
    p.set_defaults(func=cmd_report)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy database URL (default: $DYAD_DB, else a file in your data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="dyad",
        parents=[common],
        description="Compare the trade and diplomatic histories of two country relationships, with sources.",
    )
    parser.add_argument("--version", action="version", version=f"dyad {__version__}")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="open the window, wait until the comparison is painted with its data, and exit 0",
    )
    parser.add_argument(
        "--exit-when-painted",
        action="store_true",
        help="open the window, wait until a comparison is first painted (the store's, or the last one shown, "
        "marked Loading… while the store is read), print when (Unix time) and exit 0: for timing the first paint",
    )
    parser.add_argument(
        "--text", action="store_true", help="print the comparison summary instead of opening the window"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="without a screen: ingest the bundled seeds into a temporary store, render, export and check",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="read articles (files or folders) into the store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", parents=[common], help="print the facts of articles, without a database")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("pairs", parents=[common], help="the relationships in the store")
    p.set_defaults(func=cmd_pairs)

    p = sub.add_parser("facts", parents=[common], help="the stored facts")
    p.add_argument("--pair", help="a relationship, as VNM-MEX or Vietnam-Mexico")
    p.add_argument("--kind", help="one kind or several, comma-separated (trade_total, visit, …)")
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    p.add_argument(
        "--doubtful", action="store_true", help="only the doubtful facts (confidence under 0.8), to review first"
    )
    p.set_defaults(func=cmd_facts)

    _add_compare_and_report(sub, common)

    p = sub.add_parser("official", parents=[common], help="official trade statistics (UN Comtrade, IMF, WITS)")
    official = p.add_subparsers(dest="official_command", metavar="ACTION", required=True)
    q = official.add_parser(
        "import", parents=[common], help="import CSV files downloaded from UN Comtrade, the IMF or WITS"
    )
    q.add_argument("files", nargs="+", metavar="FILE")
    q.set_defaults(func=cmd_official_import)
    q = official.add_parser("list", parents=[common], help="the official statistics files imported")
    q.set_defaults(func=cmd_official_list)
    q = official.add_parser(
        "remove", parents=[common], help="take a file's figures out of the store (its name or list number)"
    )
    q.add_argument("file", metavar="FILE-or-NUMBER")
    q.set_defaults(func=cmd_official_remove)

    add_review_parser(sub, common)
    add_rates_parser(sub, common)
    return parser


def _store_problem(args: argparse.Namespace, exc: Exception) -> str | None:
    """A failure of the database itself (damaged, read-only, gone) in words, or None for anything else.
    sqlalchemy is only imported here if it is already loaded: no store was opened otherwise."""
    if "sqlalchemy" not in sys.modules:
        return None
    from sqlalchemy.exc import DatabaseError

    from app.paths import default_db_url
    from app.store.engine import StoreError, describe_url, explain

    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, DatabaseError):
        return explain(describe_url(args.db or default_db_url()), exc)
    return None


def _output_failed(exc: OSError) -> bool:
    """Whether ``exc`` came from writing the command's output (a full disk, a failing device)."""
    return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG) and exc.filename is None


def _stop_writing() -> None:
    """Send what is left of the output nowhere, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM ends a command as Ctrl-C does: what was stored is said, workers are killed, exit 130."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        if args.self_test:
            from app.ui.selftest import run_self_test  # the window's own check: ui is below the command line

            return run_self_test()
        if args.command is None:
            if args.text:
                return cmd_default(args)
            from app.ui.start_up import collector_paused

            collector_paused()  # until the window's first paint: see app.ui.start_up
            from app.ui.app import run_window

            return run_window(args.db, exit_when_ready=args.exit_when_ready, exit_when_painted=args.exit_when_painted)
        if hasattr(signal, "SIGTERM"):
            signal.signal(signal.SIGTERM, _terminated)
        result: int = args.func(args)
        return result
    except UsageError as exc:
        print(f"dyad: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `dyad facts | head` closed the pipe; quietly stop writing.
        _stop_writing()
        return EXIT_OK
    except OSError as exc:
        if not _output_failed(exc):
            raise
        # A full disk (or a failing device) under `dyad facts > file`: one line, and nothing more written.
        _stop_writing()
        print(f"dyad: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        message = _store_problem(args, exc)
        if message is None:
            raise
        print(f"dyad: {message}", file=sys.stderr)
        return EXIT_USAGE
