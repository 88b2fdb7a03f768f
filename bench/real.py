"""Extraction on every real article under ../shared (the seeds and the visible eval sets), one process.

The synthetic corpus says how fast the writer is; this says what an analyst's articles cost to read.
"""

from __future__ import annotations

import contextlib
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def real_articles() -> list[tuple[str, str]]:
    """(name, text) of every real article: the seeds and the eval sets' articles, read as Dyad reads them."""
    from app.extract.sources import SourceError, read_source

    paths = sorted(SHARED.glob("seeds/*")) + sorted(SHARED.glob("eval/*/articles/*"))
    found = []
    for path in paths:
        if not path.is_file():
            continue
        try:
            source = read_source(path)
        except SourceError:
            continue
        found.append((path.name, source.text))
    return found


def bench_real(rounds: int = 5) -> None:
    from app.extract.pipeline import ExtractionError, extract_article

    articles = real_articles()
    if not articles:
        print("real articles: none found under ../shared (not timed)")
        return
    for _name, text in articles:  # warm: compiled patterns, the country index
        with contextlib.suppress(ExtractionError):
            extract_article(text)
    best = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _name, text in articles:
            with contextlib.suppress(ExtractionError):
                extract_article(text)
        best.append((time.perf_counter() - start) / len(articles))
    lengths = [len(t) for _n, t in articles]
    print(
        f"extraction of {len(articles)} real articles (seeds and eval sets; mean {statistics.mean(lengths):,.0f}, "
        f"median {statistics.median(lengths):,.0f} characters): {min(best) * 1000:.2f} ms/article best of {rounds}, "
        f"{max(best) * 1000:.2f} worst, one process  [target: <= 1.0 ms/article]"
    )


if __name__ == "__main__":
    bench_real()
