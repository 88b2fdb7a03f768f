"""Hostile articles: one token or one construct repeated to a megabyte. Extraction must stay linear.

Each generator builds an article whose body is a run of one construct inside an ordinary trade
sentence, the shapes that made a regular expression or an overlap check quadratic before.
"""

from __future__ import annotations

import time
from collections.abc import Callable

LEAD = "Vietnam and Mexico trade news.\n\nTwo-way trade between Vietnam and Mexico reached "
TAIL = " billion in 2019.\n"

RUNS: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "dotted numbers": lambda n: "1." * (n // 2),
    "years": lambda n: "2019, " * (n // 6),
    "dates": lambda n: "May 19, 1975 and " * (n // 17),
    "nested tags": lambda n: "<div><span>" * (n // 11),
    "title words": lambda n: "Free Trade Agreement " * (n // 21),
    "capitals": lambda n: "A" * n,
    "country names": lambda n: "Vietnam, Mexico, " * (n // 17),
    "thousands": lambda n: "1,000," * (n // 6),
    "spaces": lambda n: " " * n,
    "newlines": lambda n: "a\n" * (n // 2),
    "sentences": lambda n: "Trade rose. " * (n // 12),
    "numbered sentences": lambda n: "".join(f"Trade rose {i} percent in 2019. " for i in range(n // 34)),
    "percent": lambda n: "5 percent " * (n // 10),
    # clauses of the story's country's trade with partners, no owner named ("Trade with Chile reached …"): each
    # looked its owner up in the whole story before it, quadratic until the owner was carried along (a round's fix)
    "ownerless trade": lambda n: "".join(
        f"Trade with Chile reached ${i} million, while trade with Peru hit ${i + 1} million. " for i in range(n // 80)
    ),
}


# Dense prose: sentences just under the 2,000-character cap, each a run of one figure-bearing clause
# with its numbers varied (a repeated sentence is read once), the shapes that made the growth reader slow.
DENSE: dict[str, Callable[[int], str]] = {
    "rates": lambda i: f"trade between Vietnam and Mexico rose {i % 97}.{i % 10} percent, ",
    "rates and totals": lambda i: (
        f"two-way trade up {i % 97}.{i % 7}% year-on-year to US${i % 50}.{i % 9} billion in {1990 + i % 30}, "
    ),
    "bare percentages": lambda i: f"up {i % 997}% ",
    "one-way rates": lambda i: f"Vietnam's exports to Mexico grew {i % 97}.{i % 10} percent, ",
    "totals and years": lambda i: f"trade reached US${i % 90}.{i % 9} billion in {1990 + i % 30} and ",
}

# Markdown: one sentence and a run of a link's opening, the shapes that made the link patterns quadratic.
MARKDOWN: dict[str, str] = {"[": "[", "![": "![", "[a](": "[a](", "[a](x": "[a](xxx"}


def dense(shape: str, size: int, cap: int = 1_990) -> str:
    make, sentences, total, i = DENSE[shape], [], 0, 0
    while total < size:
        sentence = ""
        while len(sentence) + len(unit := make(i)) < cap:
            sentence += unit
            i += 1
        sentence = sentence.rstrip(", ") + ".\n"
        sentences.append(sentence)
        total += len(sentence)
    return LEAD + "1" + TAIL + "".join(sentences)


def article(run: str, size: int) -> str:
    return LEAD + RUNS[run](size) + TAIL


def time_one(text: str) -> tuple[float, str]:
    """Seconds to read one article, and how it ended (facts found, or the reason it failed)."""
    from app.extract.pipeline import ExtractionError, extract_article

    start = time.perf_counter()
    try:
        result = extract_article(text)
        outcome = f"{len(result.facts)} facts" + (f", {len(result.warnings)} warnings" if result.warnings else "")
    except ExtractionError as exc:
        outcome = f"refused: {exc}"
    return time.perf_counter() - start, outcome


def time_html(size: int) -> tuple[float, str]:
    """Seconds to read an HTML file of nested tags from disk and extract it (the parser is in the path)."""
    import tempfile
    from pathlib import Path

    from app.extract.sources import read_source

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "nested.html"
        body = "<p>" + LEAD + "1" + TAIL + "</p>" + "<div><span>" * (size // 11)
        path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
        start = time.perf_counter()
        text = read_source(path).text
        read = time.perf_counter() - start
        elapsed, outcome = time_one(text)
    return read + elapsed, outcome


def time_markdown(opener: str, size: int) -> tuple[float, str]:
    """Seconds to read a Markdown file of one sentence and ``size`` characters of link openers, as an
    import does (in prepare(): reading, Markdown, cleaning, extraction under one budget)."""
    import tempfile
    from pathlib import Path

    from app.store.reading import prepare

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hostile.md"
        path.write_text(LEAD + "1" + TAIL + MARKDOWN[opener] * (size // len(MARKDOWN[opener])), encoding="utf-8")
        start = time.perf_counter()
        item = prepare(path)
        elapsed = time.perf_counter() - start
    facts = len(item.extraction.facts) if item.extraction else 0
    return elapsed, (f"refused: {item.reason}" if item.reason else f"{facts} facts")


def bench_pathological(size: int = 1_000_000) -> None:
    worst = ("", 0.0)
    timings = [(run, time_one(article(run, size))) for run in RUNS]
    timings.append(("HTML file, nested tags", time_html(size)))
    timings += [(f"dense {shape}", time_one(dense(shape, size))) for shape in DENSE]
    timings += [(f"Markdown {opener!r}", time_markdown(opener, size)) for opener in MARKDOWN]
    for run, (elapsed, outcome) in timings:
        print(f"  pathological {run:<26} {size / 1e6:.1f} MB: {elapsed:6.2f} s  ({outcome})")
        worst = max(worst, (run, elapsed), key=lambda w: w[1])
    print(f"pathological articles: slowest {worst[0]!r} {worst[1]:.2f} s per 1 MB article  [target: < 2 s]")
