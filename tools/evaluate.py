"""``make eval``: the extractor scored on the seeds and on every visible evaluation set.

Each set is a folder beside ``../shared/eval/score.py`` with ``articles/`` and ``gold.jsonl`` (the seeds'
gold is ``seeds.gold.jsonl``, their articles the project's ``seeds/``). Predictions are what ``dyad
extract`` prints; scoring is the shared ``score.py``, run as it is, so the figures are the ones anyone
else measures. ``--explain`` lists each missed and spurious fact.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("DYAD_EVAL_DIR", ROOT.parent / "shared" / "eval"))


@dataclass(frozen=True)
class EvalSet:
    name: str
    articles: Path
    gold: Path


@dataclass(frozen=True)
class Headline:
    primary_f1: float
    all_f1: float
    report: str


def eval_sets(root: Path = EVAL) -> list[EvalSet]:
    """The seeds, then every ``*/gold.jsonl`` with its ``articles/`` folder, by name."""
    found = []
    if (root / "seeds.gold.jsonl").exists():
        found.append(EvalSet("seeds", ROOT / "seeds", root / "seeds.gold.jsonl"))
    for gold in sorted(root.glob("*/gold.jsonl")):
        if (gold.parent / "articles").is_dir():
            found.append(EvalSet(gold.parent.name, gold.parent / "articles", gold))
    return found


def predictions(articles: Path) -> list[str]:
    """One JSON line per fact, as ``dyad extract`` prints them (articles it refuses add none)."""
    from app.extract.pipeline import ExtractionError, extract_article
    from app.extract.sources import SourceError, read_source

    lines = []
    for path in sorted(p for p in articles.iterdir() if p.is_file()):
        try:
            source = read_source(path)
            extraction = extract_article(source.text, source.published, source.title)
        except (SourceError, ExtractionError):
            continue
        lines += [json.dumps(f.to_record(path.name), ensure_ascii=False) for f in extraction.facts]
    return lines


def score(item: EvalSet, explain: bool = False) -> Headline:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(predictions(item.articles)) + "\n")
        pred = handle.name
    try:
        args = [sys.executable, str(EVAL / "score.py"), str(item.gold), pred] + (["--explain"] if explain else [])
        report = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(pred)
    last = report.strip().splitlines()[-1]  # primary P=… R=… F1=x  all P=… R=… F1=y
    f1s = [float(part.split("=")[1]) for part in last.split() if part.startswith("F1=")]
    return Headline(f1s[0], f1s[1], report)


def main(argv: list[str]) -> int:
    explain = "--explain" in argv
    sets = eval_sets()
    if not sets:
        print(f"no evaluation sets in {EVAL} (set DYAD_EVAL_DIR)", file=sys.stderr)
        return 2
    rows = []
    for item in sets:
        headline = score(item, explain)
        print(f"== {item.name} ({sum(1 for p in item.articles.iterdir() if p.is_file())} articles)")
        print(headline.report.rstrip())
        print()
        rows.append((item.name, headline))
    print(f"{'set':<12} {'primary F1':>10} {'all F1':>8}")
    for name, headline in rows:
        print(f"{name:<12} {headline.primary_f1:>10.3f} {headline.all_f1:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
