"""Reading and extracting one file: the work of an import's extraction workers, and nothing of the store.

The workers' forkserver imports this module, and each worker is forked from it: it loads the readers and
the extractor and not SQLAlchemy, the store's models or its writers (``app.store.ingest``, which imported
0.43 s of them before the first file could be read, against 0.20 s for this; a test keeps it so)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.extract.pipeline import TIME_BUDGET, Clock, Extraction, ExtractionError, ExtractionStopped, extract_article
from app.extract.sources import SourceError, SourceText, display_name, read_source


@dataclass(frozen=True)
class Prepared:
    """A file read and its facts extracted: everything but the database write (picklable)."""

    path: str
    name: str
    source: SourceText | None = None
    extraction: Extraction | None = None
    reason: str = ""


def prepare(path: Path, stop: Callable[[], bool] | None = None, identity: tuple[int, int] | None = None) -> Prepared:
    """Read and extract one file; pure CPU work, safe to run in another process. The path and name
    kept are display_name()s: one line, printable, and storable however odd the file's name is.

    One time budget covers reading and extracting; past it the file fails with that reason. ``stop``
    (a cancelled import) raises ExtractionStopped out of here, between steps of bounded cost. With
    ``identity`` the file opened must be the one the folder walk found."""
    where, name = display_name(str(path)), display_name(path.name)
    clock = Clock(stop=stop)
    try:
        source = read_source(path, check=lambda: clock.check("while reading the file"), identity=identity)
        extraction = extract_article(source.text, source.published, source.title, clock=clock)
    except ExtractionStopped:
        raise
    except (SourceError, ExtractionError) as exc:
        return Prepared(where, name, reason=str(exc))
    except Exception as exc:
        return Prepared(where, name, reason=f"unexpected error: {type(exc).__name__}: {exc}")
    return Prepared(where, name, source, extraction)


# Every step of reading a file checks the article's budget and none runs long between checks; a worker
# still on one file this long after starting it is stuck (or swapping) and is killed.
WORKER_PATIENCE = TIME_BUDGET + 5.0


ArticleFile = tuple[Path, "tuple[int, int] | None"]  # a file to read and the identity it had when found


def prepare_found(item: ArticleFile) -> Prepared:
    """In a worker: one file the walk found, checked to be that file when opened."""
    return prepare(item[0], identity=item[1])


def overran(item: ArticleFile, seconds: float) -> Prepared:
    path = item[0]
    reason = (
        f"took longer than {TIME_BUDGET:g} s to read (its worker was stopped after {seconds:.0f} s); nothing was stored"
    )
    return Prepared(display_name(str(path)), display_name(path.name), reason=reason)


def lost(item: ArticleFile) -> Prepared:
    path = item[0]
    reason = "its extraction worker ended while reading it (out of memory?); nothing was stored"
    return Prepared(display_name(str(path)), display_name(path.name), reason=reason)
