"""The commands over the store: ingest, extract, pairs, facts, compare, and ``dyad --text``."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_STORE_FAILED,
    TABLE_HEADER,
    ProgressBar,
    UsageError,
    fact_line,
    open_from_args,
    parse_pair,
)

if TYPE_CHECKING:
    from app.session.comparison import Comparison
    from app.store.engine import Store


def cmd_ingest(args: argparse.Namespace) -> int:
    from app.extract.sources import display_name
    from app.store.ingest import IngestAborted, ingest_paths

    store = open_from_args(args)
    bar = ProgressBar(sys.stderr)
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
        print(TABLE_HEADER)
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
                print(fact_line(record))
    return status


def cmd_pairs(args: argparse.Namespace) -> int:
    from app.domain.countries import country_index
    from app.store.repositories import PairRepository

    table = PairRepository(open_from_args(args, reading=True)).pairs()
    if table.empty:
        print("The store holds no facts yet: run `dyad ingest FOLDER`.")
        return EXIT_OK
    index = country_index()
    kinds = [c for c in table.columns if c not in ("country_a", "country_b", "articles", "facts")]
    header = f"{'pair':<9} {'countries':<34} {'articles':>8} {'facts':>6}  " + " ".join(f"{k}" for k in kinds)
    print(header)
    for values in table.to_dict("records"):
        names = f"{index.name(values['country_a'])} – {index.name(values['country_b'])}"
        counts = " ".join(f"{int(values[k]):>{len(k)}}" for k in kinds)
        print(
            f"{values['country_a']}-{values['country_b']:<5} {names[:34]:<34} {values['articles']:>8} "
            f"{values['facts']:>6}  {counts}"
        )
    return EXIT_OK


def cmd_facts(args: argparse.Namespace) -> int:
    from app.domain.facts import FactKind

    pair = parse_pair(args.pair) if args.pair else None
    kinds = None
    if args.kind:
        valid = {k.value for k in FactKind}
        kinds = [k.strip() for k in args.kind.split(",")]
        unknown = [k for k in kinds if k not in valid]
        if unknown:
            raise UsageError(f"unknown kind {unknown[0]!r}; kinds are {', '.join(sorted(valid))}")
    store = open_from_args(args, reading=True)
    if args.format == "csv":
        from app.session.exports import write_facts_csv

        pairs = ((None, pair),)
        write_facts_csv(store, sys.stdout, pairs, kinds, bom=not sys.stdout.isatty(), doubtful=args.doubtful)
        return EXIT_OK
    from app.session.exports import fact_records

    if args.format == "table":
        print(f"{'id':>6} {'ver':>3} {'status':<9} {TABLE_HEADER}")
    for record in fact_records(store, pair, kinds, doubtful=args.doubtful):
        if args.format == "jsonl":
            print(json.dumps(record, ensure_ascii=False, default=str))
        else:
            print(f"{record['id']:>6} {record['version']:>3} {record['status']:<9} " + fact_line(record, pair))
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    saved = _opened_comparison(args.open) if args.open else None
    if saved is not None:
        pair_a, pair_b = saved.pairs
        official, tolerance, datasets = saved.official, saved.tolerance, saved.datasets
    elif args.pair_a and args.pair_b:
        pair_a, pair_b = parse_pair(args.pair_a), parse_pair(args.pair_b)
        official, tolerance, datasets = not args.no_official, args.tolerance, (args.dataset, args.dataset)
    else:
        raise UsageError("compare needs two pairs (as in VNM-MEX VNM-PER) or --open FILE.dyad")
    store = open_from_args(args, reading=True)
    if saved is not None:
        _say_what_changed(store, saved, args.open)
    if args.save:
        from app.session.comparison import Comparison, save, taken

        comparison = Comparison(
            (pair_a, pair_b), official=official, tolerance=tolerance, datasets=datasets, notes=args.notes
        )
        if saved is not None:
            comparison = replace(saved, notes=args.notes or saved.notes)
        try:
            written = save(taken(comparison, store), Path(args.save))
        except OSError as exc:  # a folder that does not exist, one not writable, a full disk
            raise UsageError(f"cannot save {args.save}: {exc.strerror or exc}") from exc
        print(f"saved {written}")
        if not args.export:
            return EXIT_OK
    if args.export:
        from app.ui.export import Charts, export_comparison_headless

        path = Path(args.export)
        try:
            log, aligned = (saved.log_scale, saved.aligned) if saved is not None else (True, False)
            charts = Charts(
                args.chart, log=log, aligned=aligned, official=official, tolerance=tolerance, datasets=datasets
            )
            export_comparison_headless(store, pair_a, pair_b, path, args.width, charts)
        except (ValueError, OSError) as exc:
            raise UsageError(str(exc)) from exc
        print(f"wrote {path}")
        return EXIT_OK
    from app.session.compare import comparison_text

    dataset = datasets[0] if datasets[0] == datasets[1] else None
    print(comparison_text(store, pair_a, pair_b, official=official, tolerance=tolerance, dataset=dataset))
    if saved is not None and saved.notes:
        print(f"\nNotes:\n{saved.notes}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """A saved comparison as a report (.pdf or .html), as the window's File ▸ Export report… writes it."""
    import datetime as dt

    from app.session.views import pair_view

    saved = _opened_comparison(args.comparison)
    store = open_from_args(args, reading=True)
    what = _say_what_changed(store, saved, args.comparison)
    as_of = saved.facts if args.as_saved else None
    if as_of is not None:
        what = f"Shown as the store was when it was saved. {what}"
    views = (pair_view(store, *saved.pairs[0], as_of=as_of), pair_view(store, *saved.pairs[1], as_of=as_of))
    from app.ui.report import write_report_headless

    generated = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    try:
        path = write_report_headless(saved, views, Path(args.output), generated, what, Path(args.comparison).name)
    except (ValueError, OSError) as exc:
        raise UsageError(str(exc)) from exc
    print(f"wrote {path}")
    return EXIT_OK


def _opened_comparison(name: str) -> Comparison:
    from app.session.comparison import ComparisonError, load

    try:
        return load(Path(name))
    except ComparisonError as exc:
        raise UsageError(str(exc)) from exc


def _say_what_changed(store: Store, saved: Comparison, name: str) -> str:
    """On standard error: when and against which store the comparison was saved, and what changed since
    (returned too, for the report to say it)."""
    from app.session.comparison import changes, fingerprint, public_url

    now = public_url(store.url)
    against = "" if saved.store in ("", now) else f" (saved against {saved.store}; this is {now})"
    what = changes(saved.facts, fingerprint(store, saved.pairs)).text()
    print(f"dyad: {Path(name).name}, saved {saved.saved_at or 'at an unknown time'}{against}: {what}", file=sys.stderr)
    return what


def cmd_default(args: argparse.Namespace) -> int:
    """`dyad` alone: a new install opens on the bundled seeds, comparing Vietnam–Mexico with Vietnam–Peru."""
    from app.session.compare import comparison_text
    from app.session.startup import DEFAULT_COMPARISON, ensure_seeded

    store = open_from_args(args)
    added = ensure_seeded(store)
    if added:
        print(f"First start: ingested {added} bundled seed articles into {store.describe()}\n")
    print(comparison_text(store, *DEFAULT_COMPARISON))
    return EXIT_OK
