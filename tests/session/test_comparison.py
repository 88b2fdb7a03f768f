"""Saved comparisons: what is saved comes back, what changed in the store since is said, and a file that is
not a comparison (damaged, newer, foreign) is one clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.session.comparison import Comparison, ComparisonError, changes, fingerprint, load, save, taken

PAIRS = (("VNM", "MEX"), ("VNM", "PER"))


def test_a_saved_comparison_reopens_as_it_was(seeded_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made = Comparison(
        PAIRS,
        log_scale=False,
        aligned=True,
        official=True,
        tolerance=15.0,
        datasets=("imf", None),
        x_range=(2010.0, 2024.5),
        notes="Mexico's trade grew faster.\nCheck the 2019 total.",
    )
    stamped = taken(made, seeded_store)
    assert stamped.store == seeded_store.url and stamped.saved_at.endswith("+00:00")
    assert len(stamped.facts) == len(fingerprint(seeded_store, PAIRS)) > 30
    path = save(stamped, tmp_path / "brief")
    assert path.name == "brief.dyad"
    assert load(path) == stamped
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert (payload["format"], payload["version"]) == ("dyad-comparison", 1)


def test_what_changed_in_the_store_since_is_counted(seeded_store) -> None:  # type: ignore[no-untyped-def]
    from app.session.review import ReviewService

    saved = fingerprint(seeded_store, PAIRS)
    assert changes(saved, fingerprint(seeded_store, PAIRS)).none
    first = min(saved)
    ReviewService(seeded_store).review(first, "accepted", saved[first], {})
    now = fingerprint(seeded_store, PAIRS)
    found = changes(saved, now)
    assert (found.edited, found.new, found.gone) == (1, 0, 0)
    assert found.text() == "1 fact edited since this comparison was saved."
    fewer = {k: v for k, v in saved.items() if k != first}
    assert changes(fewer, now).text() == "1 fact new since this comparison was saved."


def test_a_password_never_goes_into_the_file() -> None:
    from app.session.comparison import public_url

    assert public_url("postgresql+psycopg://ana:s3cret@db.example.org/dyad") == (
        "postgresql+psycopg://ana:***@db.example.org/dyad"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("garbage{", "g.dyad: cannot be read: damaged (not JSON)"),
        ('{"format": "something else"}', "g.dyad: not a Dyad comparison"),
        (
            '{"format": "dyad-comparison", "version": 9}',
            "g.dyad: saved by a newer Dyad (comparison format 9); this Dyad reads format 1",
        ),
        ('{"format": "dyad-comparison", "version": 1, "pairs": [["VNM"]]}', "g.dyad: damaged ("),
        (
            '{"format": "dyad-comparison", "version": 1, "pairs": [["VNM","MEX"],["VNM","PER"]], '
            '"datasets": ["x", null]}',
            "g.dyad: damaged (unknown official dataset",
        ),
        (
            '{"format": "dyad-comparison", "version": 1, "pairs": [["VNM","MEX"],["VNM","PER"]], '
            '"filters": [["", "gossip"], ["", ""]]}',
            "g.dyad: damaged (not a facts filter",
        ),
        # found by fuzzing saved comparisons: a number where the fact versions' table stands raised
        # AttributeError out of load(); years to infinity loaded, for an axis no range of years reaches
        (
            '{"format": "dyad-comparison", "version": 1, "pairs": [["VNM","MEX"],["VNM","PER"]], "facts": 7}',
            "g.dyad: damaged (fact versions that are not a table: int)",
        ),
        (
            '{"format": "dyad-comparison", "version": 1, "pairs": [["VNM","MEX"],["VNM","PER"]], '
            '"x_range": [1990, Infinity]}',
            "g.dyad: damaged (years from 1990 to inf)",
        ),
        (
            '{"format": "dyad-comparison", "version": 1, "pairs": [["VNM","MEX"],["VNM","PER"]], '
            '"x_range": [-1e300, 2000]}',
            "g.dyad: damaged (years from -1e+300 to 2000)",
        ),
    ],
)
def test_a_file_that_is_not_a_comparison_is_one_message(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "g.dyad"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ComparisonError) as refused:
        load(path)
    assert str(refused.value).startswith(reason)


def test_a_view_aligned_on_relations_established_keeps_its_years_since(tmp_path: Path) -> None:
    """Aligned, the x axis counts years since relations were established: a range of -5 to 50 is a view,
    not a damaged file (the check of the years, added with the one above, first took it for one)."""
    path = tmp_path / "g.dyad"
    path.write_text(
        '{"format": "dyad-comparison", "version": 1, "pairs": [["VNM","MEX"],["VNM","PER"]], "aligned": true, '
        '"x_range": [-5.5, 50]}',
        encoding="utf-8",
    )
    assert load(path).x_range == (-5.5, 50.0)


def test_dyad_compare_saves_reopens_and_says_what_changed(seeded_store, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli.main import main

    db = seeded_store.url
    brief = tmp_path / "brief.dyad"
    assert main(["compare", "--db", db, "VNM-MEX", "VNM-PER", "--save", str(brief), "--notes", "For the brief"]) == 0
    assert capsys.readouterr().out.startswith(f"saved {brief}\n")
    assert main(["compare", "--db", db, "--open", str(brief)]) == 0
    out, err = capsys.readouterr()
    assert "The store's facts are as they were when this comparison was saved." in err
    assert out.startswith("Vietnam – Mexico") and out.rstrip().endswith("Notes:\nFor the brief")
    assert main(["review", "--db", db, "reject", str(min(load(brief).facts))]) == 0
    capsys.readouterr()
    png = tmp_path / "brief.png"
    assert main(["compare", "--db", db, "--open", str(brief), "--export", str(png)]) == 0
    assert "1 fact edited since this comparison was saved." in capsys.readouterr().err
    assert png.stat().st_size > 10_000
    assert main(["compare", "--db", db]) == 2
    assert "compare needs two pairs" in capsys.readouterr().err


def test_a_comparison_can_be_shown_as_the_store_was_when_it_was_saved(seeded_store) -> None:  # type: ignore[no-untyped-def]
    """A review since (a 2019 total rejected, a figure corrected) and a fact added since are taken back
    in the view as saved; the view as the store is now has them."""
    from app.session.review import ReviewService
    from app.session.views import pair_view

    saved = fingerprint(seeded_store, PAIRS)
    before = pair_view(seeded_store, "VNM", "MEX")
    total = next(p for p in before.points if p.year == 2019 and not p.derived)
    service = ReviewService(seeded_store)
    service.review(total.fact_id, "rejected", saved[total.fact_id], {})
    other = next(p for p in before.points if p.year == 2004)
    service.review(other.fact_id, "edited", saved[other.fact_id], {"value_usd": 190e6})
    now = pair_view(seeded_store, "VNM", "MEX")
    assert 2019 not in {p.year for p in now.points if not p.derived}
    assert {p.value_usd for p in now.points if p.year == 2004} == {190e6}
    then = pair_view(seeded_store, "VNM", "MEX", as_of=saved)
    assert (2019, 6.275e9) in {(p.year, p.value_usd) for p in then.points}
    assert {p.value_usd for p in then.points if p.year == 2004} == {other.value_usd}
    fewer = {k: v for k, v in saved.items() if k != other.fact_id}  # as if that fact came after the save
    assert 2004 not in {p.year for p in pair_view(seeded_store, "VNM", "MEX", as_of=fewer).points}
