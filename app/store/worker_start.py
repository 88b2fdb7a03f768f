"""Imported by the extraction workers' forkserver, before it forks any worker: one small article is read
here, so the tables the readers build on first use (the country index and finder, patterns compiled on
first call) are built once and every worker is forked with them, instead of each building them on its
first file (~20 ms of a worker's start, while the other cores are busy)."""

from __future__ import annotations

from app.store.reading import warm_up

warm_up()
