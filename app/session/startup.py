"""Opening a store, and seeding a new install with the bundled articles: the window and ``dyad`` alike."""

from __future__ import annotations

from dataclasses import dataclass

from app.session.records import StoreCounts
from app.store.engine import Store, open_store

# What a new install compares: the seeds' two relationships.
DEFAULT_COMPARISON = (("VNM", "MEX"), ("VNM", "PER"))


@dataclass(frozen=True)
class Opened:
    """A store ready to show: its counts and how many facts each country takes part in."""

    store: Store
    counts: StoreCounts
    country_counts: dict[str, int]


def ensure_seeded(store: Store) -> int:
    """On a new install (an empty store), ingest the bundled seed articles. Returns articles added."""
    from app.session.views import store_counts

    if store_counts(store).articles:
        return 0
    from app.paths import seeds_dir
    from app.store.ingest import ingest_paths  # only a new install pays for the extractor's import

    return ingest_paths(store, [seeds_dir()]).count("new")


def open_and_seed(db_url: str | None) -> Opened:
    """Open the store (a new install gets the bundled seeds) and read what the window needs first."""
    from app.session.views import countries_with_facts, store_counts

    store = open_store(db_url)
    ensure_seeded(store)
    return Opened(store, store_counts(store), countries_with_facts(store))
