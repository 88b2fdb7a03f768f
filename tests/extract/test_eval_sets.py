"""The visible evaluation sets are held by a ratchet: each set's figures may not fall more than 0.005
below the floors committed in ``eval_floors.json``, and a set 0.02 above a floor asks for the floor to be
raised (``make eval-ratchet``), so floors only go up. A set with no floor enters at its measured score."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from evaluate import EVAL, METRICS, Headline, eval_sets, load_floors, raised_floors, score  # noqa: E402

SETS = eval_sets()
SLACK = 0.005  # scores are ratios of small counts: one fact of ~100 moves a figure by about 0.01
RAISE = 0.02


def verdict(name: str, floors: dict[str, float] | None, headline: Headline) -> list[str]:
    """What is wrong with a set's figures against its floors: empty when they hold."""
    if floors is None:
        return []
    problems = []
    for metric in METRICS:
        got, floor = headline.metric(metric), floors.get(metric, 0.0)
        if got < floor - SLACK:
            problems.append(f"{name} {metric} fell to {got:.3f}, below its floor {floor:.3f}")
        elif got > floor + RAISE:
            problems.append(f"{name} {metric} is {got:.3f}, above its floor {floor:.3f}: raise it (make eval-ratchet)")
    return problems


@pytest.mark.skipif(not SETS, reason=f"no evaluation sets at {EVAL}: the eval folder is not beside this clone")
@pytest.mark.parametrize("item", SETS, ids=[s.name for s in SETS])
def test_visible_set_holds_its_floor(item) -> None:  # type: ignore[no-untyped-def]
    headline = score(item, explain=True)
    floors = load_floors().get(item.name)
    if floors is None:
        warnings.warn(
            f"{item.name} has no floor yet: it enters at primary {headline.primary_f1:.3f}, all "
            f"{headline.all_f1:.3f} (make eval-ratchet records it)",
            stacklevel=1,
        )
    problems = verdict(item.name, floors, headline)
    assert not problems, "\n".join(problems) + "\n" + headline.report


def _headline(primary: float, all_kinds: float, confident: float) -> Headline:
    return Headline(primary, all_kinds, "", confident, 0.7)


def test_ratchet_fails_a_fall_and_asks_to_raise_a_rise() -> None:
    floors = {"primary": 0.779, "all": 0.727, "confident_precision": 0.9}
    assert verdict("dev-web", floors, _headline(0.775, 0.727, 0.9)) == []  # within the slack
    fell = verdict("dev-web", floors, _headline(0.770, 0.727, 0.9))
    assert fell == ["dev-web primary fell to 0.770, below its floor 0.779"]
    rose = verdict("dev-web", floors, _headline(0.800, 0.727, 0.9))
    assert rose == ["dev-web primary is 0.800, above its floor 0.779: raise it (make eval-ratchet)"]
    assert verdict("new-set", None, _headline(0.5, 0.5, 0.5)) == []


def test_floors_only_go_up_and_a_new_set_enters_at_its_score() -> None:
    floors = {"dev": {"primary": 1.0, "all": 0.95, "confident_precision": 0.98}}
    measured = {"dev": _headline(0.96, 0.97, 0.99), "dev-web": _headline(0.779, 0.727, 0.9)}
    assert raised_floors(floors, measured) == {
        "dev": {"primary": 1.0, "all": 0.97, "confident_precision": 0.99},
        "dev-web": {"primary": 0.779, "all": 0.727, "confident_precision": 0.9},
    }
