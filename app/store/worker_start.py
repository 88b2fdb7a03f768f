"""Imported before any extraction worker is forked, by the process it is forked from: the forkserver, or the
command line's importing process when it forks its workers itself (``WorkerPool``'s ``preload``). One small
article is read here, so the tables the readers build on first use (the country index and finder, patterns
compiled on first call) are built once and every worker is forked with them, instead of each building them
on its first file (~20 ms of a worker's start, while the other cores are busy)."""

from __future__ import annotations

from app.extract.pipeline import extract_article

ARTICLE = (
    "Vietnam and Mexico trade news\n\nPublished: 2024-05-20\n\nTwo-way trade between Vietnam and Mexico "
    "reached US$6.3 billion in 2019, up 12 percent. The two countries established diplomatic relations on "
    "May 19, 1975, and signed an agreement on trade in March last year during a state visit by President Ho.\n"
)

extract_article(ARTICLE)
