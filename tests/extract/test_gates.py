"""The cheap word tests that let most sentences skip a reader never change what is read.

Each gate is opened (made to pass every sentence) and the facts of the seeds and every visible eval set
must come out the same: a gate that missed a form its reader knows would show here as a lost fact."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from app.extract import agreements, amounts, periods, ranks, relations
from app.extract.pipeline import ExtractionError, extract_article
from app.extract.sources import read_source
from tests.conftest import SEEDS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from evaluate import EVAL

# The seeds always; the visible eval sets where the eval folder is beside this clone (as in CI).
ARTICLES = sorted(SEEDS.glob("*.txt")) + sorted(EVAL.glob("*/articles/*.txt"))


def _all_facts() -> list[tuple[str, dict[str, object]]]:
    out = []
    for path in ARTICLES:
        source = read_source(path)
        try:
            facts = extract_article(source.text, source.published, source.title).facts
        except ExtractionError:
            continue
        out += [(path.name, f.to_record(path.name)) for f in facts]
    return out


def test_opening_every_gate_reads_the_same_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(ARTICLES) >= 5
    gated = _all_facts()
    every = re.compile("")
    monkeypatch.setattr(agreements, "_may_name_an_agreement", lambda text: True)
    monkeypatch.setattr(relations, "_NAMES_RELATIONS", every)
    monkeypatch.setattr(ranks, "_MAY_RANK", every)
    monkeypatch.setattr(amounts, "_DIGIT", every)
    monkeypatch.setattr(periods, "ANY_MONTH", every)
    monkeypatch.setattr(periods, "NEEDS", {})
    monkeypatch.setattr(periods, "MAY_HOLD_A_DATE", every)
    assert _all_facts() == gated
