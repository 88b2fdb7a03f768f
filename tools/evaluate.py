"""``make eval``: the extractor scored on the seeds and on every visible evaluation set.

Each set is a folder beside ``../shared/eval/score.py`` with ``articles/`` and ``gold.jsonl`` (the seeds'
gold is ``seeds.gold.jsonl``, their articles the project's ``seeds/``). Predictions are what ``dyad
extract`` prints; scoring is the shared ``score.py``, run as it is, so the figures are the ones anyone
else measures. ``--explain`` lists each missed and spurious fact.

Beside the headline, each set gets a reliability table (the precision of the facts in each confidence
band) and two figures: the precision of the *confident* facts (confidence ≥ 0.8) and the share of the
gold facts they cover. ``--ratchet`` raises the committed floors (``tests/extract/eval_floors.json``) to
what was measured; floors never go down, and a set without one enters at its measured score.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("DYAD_EVAL_DIR", ROOT.parent / "shared" / "eval"))
FLOORS = ROOT / "tests" / "extract" / "eval_floors.json"
CONFIDENT = 0.8  # a fact at or above this is confident (the fact format's own threshold)
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))
METRICS = ("primary", "all", "confident_precision")


@dataclass(frozen=True)
class EvalSet:
    name: str
    articles: Path
    gold: Path


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    facts: int
    right: int

    @property
    def precision(self) -> float | None:
        return self.right / self.facts if self.facts else None


@dataclass(frozen=True)
class Headline:
    primary_f1: float
    all_f1: float
    report: str
    confident_precision: float = 1.0
    confident_coverage: float = 0.0
    bands: tuple[Band, ...] = ()

    def metric(self, name: str) -> float:
        return {"primary": self.primary_f1, "all": self.all_f1, "confident_precision": self.confident_precision}[name]


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


def _scorer() -> ModuleType:
    """The shared ``score.py`` as a module, for matching facts one by one (the headline runs it as it is)."""
    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reliability(gold_path: Path, pred_path: str) -> tuple[float, float, tuple[Band, ...]]:
    """Confident precision, the share of gold facts the confident facts cover, and precision per band."""
    scorer = _scorer()
    gold, pred = scorer.load(str(gold_path)), scorer.load(pred_path)
    kinds = {g["kind"] for g in gold}
    _, _, extras = scorer.score(gold, pred, kinds)
    wrong = {id(p) for p in extras}
    scored = [p for p in pred if p["kind"] in kinds and p["file"] in {g["file"] for g in gold}]

    def confidence(fact: dict[str, Any]) -> float:
        return float(fact.get("confidence", 1.0))

    bands = tuple(
        Band(low, high, len(inside), sum(id(p) not in wrong for p in inside))
        for low, high in BANDS
        for inside in [[p for p in scored if low <= confidence(p) < high]]
    )
    confident = [p for p in pred if confidence(p) >= CONFIDENT]
    per_kind, _, _ = scorer.score(gold, confident, kinds)
    hits = sum(v[2] for v in per_kind.values())
    predicted = sum(v[1] for v in per_kind.values())
    precision = hits / predicted if predicted else 1.0
    coverage = hits / len([g for g in gold if g["kind"] in kinds]) if gold else 1.0
    return precision, coverage, bands


def score(item: EvalSet, explain: bool = False) -> Headline:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(predictions(item.articles)) + "\n")
        pred = handle.name
    try:
        args = [sys.executable, str(EVAL / "score.py"), str(item.gold), pred] + (["--explain"] if explain else [])
        report = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        precision, coverage, bands = _reliability(item.gold, pred)
    finally:
        os.unlink(pred)
    last = report.strip().splitlines()[-1]  # primary P=… R=… F1=x  all P=… R=… F1=y
    f1s = [float(part.split("=")[1]) for part in last.split() if part.startswith("F1=")]
    return Headline(f1s[0], f1s[1], report, precision, coverage, bands)


def reliability_table(headline: Headline) -> str:
    lines = [f"{'confidence':<12} {'facts':>5} {'right':>5} {'precision':>9}"]
    for band in headline.bands:
        high = "1.0" if band.high > 1 else f"{band.high:.1f}"
        shown = "-" if band.precision is None else f"{band.precision:.3f}"
        lines.append(f"{f'{band.low:.1f}–{high}':<12} {band.facts:>5} {band.right:>5} {shown:>9}")
    lines.append(
        f"confident (≥ {CONFIDENT}): precision {headline.confident_precision:.3f}, "
        f"covering {headline.confident_coverage:.3f} of the gold facts"
    )
    return "\n".join(lines)


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def raised_floors(floors: dict[str, dict[str, float]], measured: dict[str, Headline]) -> dict[str, dict[str, float]]:
    """Each floor raised to what was measured, never lowered; a set without floors enters at its score."""
    out = {name: dict(values) for name, values in floors.items()}
    for name, headline in measured.items():
        row = out.setdefault(name, {})
        for metric in METRICS:
            row[metric] = round(max(row.get(metric, 0.0), headline.metric(metric)), 3)
    return dict(sorted(out.items()))


def main(argv: list[str]) -> int:
    explain = "--explain" in argv
    sets = eval_sets()
    if not sets:
        print(f"no evaluation sets in {EVAL} (set DYAD_EVAL_DIR)", file=sys.stderr)
        return 2
    measured: dict[str, Headline] = {}
    for item in sets:
        headline = score(item, explain)
        print(f"== {item.name} ({sum(1 for p in item.articles.iterdir() if p.is_file())} articles)")
        print(headline.report.rstrip())
        print(reliability_table(headline))
        print()
        measured[item.name] = headline
    print(f"{'set':<12} {'primary F1':>10} {'all F1':>8} {'confident P':>11} {'coverage':>8}")
    for name, h in measured.items():
        figures = f"{h.primary_f1:>10.3f} {h.all_f1:>8.3f} {h.confident_precision:>11.3f} {h.confident_coverage:>8.3f}"
        print(f"{name:<12} {figures}")
    if "--ratchet" in argv:
        floors = raised_floors(load_floors(), measured)
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
