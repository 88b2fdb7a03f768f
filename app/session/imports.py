"""Bringing articles and official statistics in, with progress and cancel: the window and ``dyad`` alike.

Each job is a plain function (inputs, a ``progress(done, total, message)`` callback, a cancel token);
the window runs it on its worker, the command line in the foreground."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.store.engine import Store
from app.store.ingest import CancelToken, FileResult, IngestReport, ingest_paths, ingest_source
from app.store.official import OfficialImport, import_official

if TYPE_CHECKING:
    from app.extract.published import Header

Progress = Callable[[int, int, str], None]


def import_articles(
    store: Store,
    paths: list[Path],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    isolate: bool = False,
) -> IngestReport:
    """Files and folders of articles into the store, each article whole or not at all. ``isolate`` reads
    every file in a worker process, however few (the window: Cancel is answered whatever a file holds)."""
    return ingest_paths(store, paths, progress=progress, cancel=cancel, isolate=isolate)


def import_statistics(
    store: Store, paths: list[Path], progress: Progress | None = None, cancel: CancelToken | None = None
) -> list[OfficialImport]:
    """Official statistics files into the store, each file in one transaction."""
    return import_official(store, paths, progress=progress, cancel=cancel)


def pasted_header(text: str) -> Header:
    """The title, outlet and publication date a pasted story gives of itself, read as extraction would."""
    from app.extract.published import read_header

    return read_header(text[:200_000])


def store_pasted_article(store: Store, values: dict[str, Any]) -> FileResult:
    """Store a pasted article like a file: the date line the extractor reads, then the text."""
    from app.extract.sources import SourceText, sanitise_with_notes

    header = f" date {values['published']} " if values["published"] else ""
    text, notes = sanitise_with_notes(header + values["text"])
    # the dialog's one-line fields too: a lone surrogate pasted into the title failed the store's write
    title, outlet = (" ".join(sanitise_with_notes(values[key])[0].split()) for key in ("title", "outlet"))
    name = f"clipboard-{dt.datetime.now():%Y%m%d-%H%M%S}.txt"
    source = SourceText(
        text=text,
        encoding="utf-8",
        fmt="text",
        title=title,
        published=values["published"],
        outlet=outlet,
        notes=notes,
    )
    return ingest_source(store, source, name)
