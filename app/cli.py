"""The ``dyad`` command: the window when run bare, and commands over the same store for scripts."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app import __version__

if TYPE_CHECKING:
    from app.store.engine import Store

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_STORE_FAILED = 3  # the store failed part-way through an import; what went in before is printed
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class UsageError(Exception):
    """Bad input on the command line: exit status 2 with this message."""


def parse_pair(text: str) -> tuple[str, str]:
    """``VNM-MEX``, ``Vietnam-Mexico``, ``"Viet Nam"-Peru`` or ``Guinea-Bissau-Peru`` to two ISO codes."""
    from app.domain.countries import country_index

    index = country_index()
    cleaned = text.strip().replace("–", "-").replace("—", "-")
    for sep in ("-", ":", "/", ","):
        positions = [i for i, ch in enumerate(cleaned) if ch == sep]
        for pos in positions:
            left, right = index.lookup(cleaned[:pos]), index.lookup(cleaned[pos + 1 :])
            if left and right:
                if left.code == right.code:
                    raise UsageError(f"{text!r} names the same country twice")
                return left.code, right.code
    parts = [p for p in cleaned.replace('"', "").split("-") if p.strip()]
    if len(parts) < 2:
        raise UsageError(f"{text!r} is not a pair: write two countries, as in VNM-MEX or Vietnam-Peru")
    for part in (parts[0], parts[-1]):
        if index.lookup(part) is None:
            close = index.suggest(part)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise UsageError(f"unknown country {part.strip()!r}{hint}")
    raise UsageError(f"cannot read {text!r} as two countries")


def _open(args: argparse.Namespace, *, reading: bool = False) -> Store:
    """The store named by --db; a command that only reads (``reading``) also opens a read-only store,
    and says so on standard error."""
    from app.store.engine import StoreError, open_store

    try:
        store = open_store(args.db, read_only_ok=reading)
    except StoreError as exc:
        raise UsageError(str(exc)) from exc
    if store.read_only:
        print(f"dyad: {store.describe()} is read-only: opened for reading only", file=sys.stderr)
    return store


class _ProgressBar:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and done < total):
            return
        self.last = now
        width = 30
        filled = int(width * done / total) if total else width
        self.stream.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total} {name[:40]:<40}")
        if done >= total:
            self.clear()
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 90 + "\r")
            self.stream.flush()


def cmd_ingest(args: argparse.Namespace) -> int:
    from app.extract.sources import display_name
    from app.store.ingest import IngestAborted, ingest_paths

    store = _open(args)
    bar = _ProgressBar(sys.stderr)
    try:
        report = ingest_paths(store, [Path(p) for p in args.paths], progress=bar)
    except IngestAborted as exc:
        bar.clear()
        for result in exc.report.results:
            if result.status in ("failed", "skipped"):
                print(f"{result.status}: {display_name(result.path)}: {result.reason}", file=sys.stderr)
        print(f"dyad: the store failed during the import: {exc.failure}", file=sys.stderr)
        print(f"{exc.report.summary()} before it failed")
        return EXIT_STORE_FAILED
    bar.clear()
    for result in report.results:
        if result.status in ("failed", "skipped"):
            print(f"{result.status}: {display_name(result.path)}: {result.reason}", file=sys.stderr)
    print(report.summary())
    if report.cancelled:
        return EXIT_INTERRUPTED
    return EXIT_SOME_FAILED if report.failures or report.skipped else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from app.extract.pipeline import ExtractionError, extract_article
    from app.extract.sources import SourceError, display_name, read_source

    status = EXIT_OK
    if args.format == "table":
        print(_TABLE_HEADER)
    for name in args.files:
        path = Path(name)
        try:
            source = read_source(path)
            extraction = extract_article(source.text, source.published, source.title)
        except (SourceError, ExtractionError) as exc:
            print(f"failed: {display_name(name)}: {exc}", file=sys.stderr)
            status = EXIT_SOME_FAILED
            continue
        for warning in extraction.warnings:
            print(f"note: {display_name(name)}: {warning}", file=sys.stderr)
        for fact in extraction.facts:
            record = fact.to_record(path.name)
            if args.format == "jsonl":
                print(json.dumps(record, ensure_ascii=False))
            else:
                print(_fact_line(record))
    return status


def _fact_line(record: dict[str, Any]) -> str:
    from app.analysis.series import elide_words
    from app.domain.facts import fiscal_label
    from app.domain.money import format_usd

    when = record.get("date") or record.get("year") or "—"
    if record.get("fiscal_year"):
        when = fiscal_label(record["fiscal_year"])
    value = ""
    if record.get("value_usd") is not None:
        value = f"{record.get('qualifier') or ''} {format_usd(record['value_usd'])}".strip()
    elif record.get("percent") is not None:
        value = f"{record['percent']:+g} %"
    part = f" ({record['partial_period']})" if record.get("partial_period") else ""
    derived = " [derived]" if record.get("derived") else ""
    pair = "-".join(record["countries"])
    return f"{record['kind']:<22} {pair:<8} {when!s:<11} {value + part:<28}{derived} {elide_words(record['quote'], 70)}"


_TABLE_HEADER = f"{'kind':<22} {'pair':<8} {'when':<11} {'value':<28} sentence"


def cmd_pairs(args: argparse.Namespace) -> int:
    from app.domain.countries import country_index
    from app.store.repositories import PairRepository

    table = PairRepository(_open(args, reading=True)).pairs()
    if table.empty:
        print("The store holds no facts yet: run `dyad ingest FOLDER`.")
        return EXIT_OK
    index = country_index()
    kinds = [c for c in table.columns if c not in ("country_a", "country_b", "articles", "facts")]
    header = f"{'pair':<9} {'countries':<34} {'articles':>8} {'facts':>6}  " + " ".join(f"{k}" for k in kinds)
    print(header)
    for row in table.itertuples(index=False):
        values = row._asdict()
        names = f"{index.name(values['country_a'])} – {index.name(values['country_b'])}"
        counts = " ".join(f"{int(values[k]):>{len(k)}}" for k in kinds)
        print(
            f"{values['country_a']}-{values['country_b']:<5} {names[:34]:<34} {values['articles']:>8} "
            f"{values['facts']:>6}  {counts}"
        )
    return EXIT_OK


def cmd_facts(args: argparse.Namespace) -> int:
    from app.domain.facts import FactKind
    from app.store.repositories import FactRepository

    pair = parse_pair(args.pair) if args.pair else None
    kinds = None
    if args.kind:
        valid = {k.value for k in FactKind}
        kinds = [k.strip() for k in args.kind.split(",")]
        unknown = [k for k in kinds if k not in valid]
        if unknown:
            raise UsageError(f"unknown kind {unknown[0]!r}; kinds are {', '.join(sorted(valid))}")
    frame = FactRepository(_open(args, reading=True)).facts(pair, kinds)
    if args.format == "csv":
        from app.analysis.official import verdicts_for_rows
        from app.analysis.series import records
        from app.analysis.spreadsheet import facts_table, write_rows
        from app.store.official import pair_figures

        store = _open(args, reading=True)
        rows_in = records(frame)
        verdicts = verdicts_for_rows(rows_in, lambda a, b: pair_figures(store, a, b))
        columns, rows = facts_table(rows_in, verdicts)
        write_rows(sys.stdout, columns, rows, bom=not sys.stdout.isatty())
        return EXIT_OK
    if args.format == "table":
        print(f"{'id':>6} {'ver':>3} {'status':<9} {_TABLE_HEADER}")
    for row in frame.to_dict("records"):
        record = _record_from_row(row)
        if args.format == "jsonl":
            print(json.dumps(record, ensure_ascii=False, default=str))
        else:
            print(f"{row['id']:>6} {row['version']:>3} {row['status']:<9} " + _fact_line(record))
    return EXIT_OK


def _record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    def clean(value: Any) -> Any:
        return None if value is None or (isinstance(value, float) and value != value) else value

    year = clean(row["year"])
    return {
        "file": row["file"],
        "kind": row["kind"],
        "countries": [row["country_a"], row["country_b"]],
        "year": int(year) if year is not None else None,
        "date": clean(row["date"]),
        "value_usd": clean(row["value_usd"]),
        "partial_period": clean(row["partial_period"]),
        "fiscal_year": clean(row.get("fiscal_year")),
        "qualifier": clean(row["qualifier"]),
        "percent": clean(row["percent"]),
        "quote": row["sentence"],
        "derived": bool(row["derived"]),
        "id": int(row["id"]),
        "status": row["status"],
        "version": int(row["version"]),
        "start": int(row["span_start"]),
        "end": int(row["span_end"]),
        "derivation": clean(row["derivation"]),
        "flags": row["flags"],
        "basis": clean(row["basis"]),
    }


def cmd_compare(args: argparse.Namespace) -> int:
    pair_a, pair_b = parse_pair(args.pair_a), parse_pair(args.pair_b)
    store = _open(args, reading=True)
    if args.export:
        from app.ui.export import Charts, export_comparison_headless

        path = Path(args.export)
        try:
            charts = Charts(args.chart, official=not args.no_official, tolerance=args.tolerance)
            export_comparison_headless(store, pair_a, pair_b, path, args.width, charts)
        except (ValueError, OSError) as exc:
            raise UsageError(str(exc)) from exc
        print(f"wrote {path}")
        return EXIT_OK
    from app.analysis.compare import comparison_text

    print(comparison_text(store, pair_a, pair_b, official=not args.no_official, tolerance=args.tolerance))
    return EXIT_OK


def cmd_official_import(args: argparse.Namespace) -> int:
    """Import official statistics files; each file is one transaction, and one already held changes nothing."""
    from app.store.official import import_official

    store = _open(args)
    bar = _ProgressBar(sys.stderr)
    results = import_official(store, [Path(p) for p in args.files], progress=bar)
    bar.clear()
    for result in results:
        if result.ok:
            print(result.message)
        else:
            print(f"dyad: {result.message}", file=sys.stderr)
    return EXIT_OK if all(r.ok for r in results) else EXIT_SOME_FAILED


def cmd_official_list(args: argparse.Namespace) -> int:
    from app.store.official import official_files

    files = official_files(_open(args, reading=True))
    if not files:
        print("no official statistics imported: dyad official import FILE...")
    for f in files:
        retrieved = f", retrieved {f['retrieved']}" if f["retrieved"] else ""
        print(
            f"{f['name']}: {f['layout']}{retrieved}; imported {f['imported_at']:%Y-%m-%d}; "
            f"{f['held']:,} of its {f['figures']:,} figures in use"
        )
    return EXIT_OK


def _tolerance(text: str) -> float:
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage") from None
    if not 0 <= value <= 1000:
        raise argparse.ArgumentTypeError("the tolerance is a percentage between 0 and 1000")
    return value


DEFAULT_COMPARISON = (("VNM", "MEX"), ("VNM", "PER"))


def ensure_seeded(store: Store) -> int:
    """On a new install (an empty store), ingest the bundled seed articles. Returns articles added."""
    from app.store.views import store_counts

    if store_counts(store).articles:
        return 0
    from app.paths import seeds_dir
    from app.store.ingest import ingest_paths  # only a new install pays for the extractor's import

    return ingest_paths(store, [seeds_dir()]).count("new")


def cmd_default(args: argparse.Namespace) -> int:
    """`dyad` alone: a new install opens on the bundled seeds, comparing Vietnam–Mexico with Vietnam–Peru."""
    from app.analysis.compare import comparison_text

    store = _open(args)
    added = ensure_seeded(store)
    if added:
        print(f"First start: ingested {added} bundled seed articles into {store.describe()}\n")
    print(comparison_text(store, *DEFAULT_COMPARISON))
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from app.domain.facts import ReviewStatus
    from app.store.repositories import ConflictError, FactRepository

    status = ReviewStatus.ACCEPTED if args.action == "accept" else ReviewStatus.REJECTED
    if args.expect_version is not None and len(args.ids) != 1:
        raise UsageError("--expect-version is the version of one fact: give one ID with it")
    repo = FactRepository(_open(args))
    for fact_id in args.ids:
        try:
            version = repo.set_status(fact_id, status, args.expect_version)
        except KeyError as exc:
            raise UsageError(str(exc).strip("'")) from exc
        except ConflictError as exc:
            print(f"dyad: {exc}; nothing changed (see it with `dyad facts`, then review it again)", file=sys.stderr)
            return EXIT_SOME_FAILED
        print(f"fact {fact_id}: {status.value} (version {version})")
    return EXIT_OK


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
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("compare", parents=[common], help="two relationships side by side")
    p.add_argument("pair_a", metavar="PAIR_A")
    p.add_argument("pair_b", metavar="PAIR_B")
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
        type=_tolerance,
        default=10.0,
        metavar="PCT",
        help="a news total differing from every official figure for its year by more than PCT %% is marked "
        "(default 10)",
    )
    p.add_argument("--no-official", action="store_true", help="leave the official statistics out")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("official", parents=[common], help="official trade statistics (UN Comtrade, IMF, WITS)")
    official = p.add_subparsers(dest="official_command", metavar="ACTION", required=True)
    q = official.add_parser(
        "import", parents=[common], help="import CSV files downloaded from UN Comtrade, the IMF or WITS"
    )
    q.add_argument("files", nargs="+", metavar="FILE")
    q.set_defaults(func=cmd_official_import)
    q = official.add_parser("list", parents=[common], help="the official statistics files imported")
    q.set_defaults(func=cmd_official_list)

    p = sub.add_parser("review", parents=[common], help="accept or reject facts by id")
    p.add_argument("action", choices=("accept", "reject"))
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="refuse the change unless the fact is still at version N (as `dyad facts` shows it): "
        "another analyst's review since then is not overwritten",
    )
    p.set_defaults(func=cmd_review)
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        if args.self_test:
            from app.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            if args.text:
                return cmd_default(args)
            from app.ui.app import run_window

            return run_window(args.db, exit_when_ready=args.exit_when_ready)
        result: int = args.func(args)
        return result
    except UsageError as exc:
        print(f"dyad: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `dyad facts | head` closed the pipe; quietly stop writing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        message = _store_problem(args, exc)
        if message is None:
            raise
        print(f"dyad: {message}", file=sys.stderr)
        return EXIT_USAGE
