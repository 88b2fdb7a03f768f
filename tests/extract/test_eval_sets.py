"""The visible evaluation sets keep their headline: primary F1 ≥ 0.95 and all kinds ≥ 0.90 on each."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from evaluate import EVAL, eval_sets, score  # noqa: E402

SETS = eval_sets()


@pytest.mark.skipif(not SETS, reason=f"no evaluation sets at {EVAL}: the eval folder is not beside this clone")
@pytest.mark.parametrize("item", SETS, ids=[s.name for s in SETS])
def test_visible_set_headline_holds(item) -> None:  # type: ignore[no-untyped-def]
    headline = score(item, explain=True)
    assert headline.primary_f1 >= 0.95, headline.report
    assert headline.all_f1 >= 0.90, headline.report
