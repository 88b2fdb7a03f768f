"""Every real official file in ../shared/reference/official-files/ imported and its figures asserted against
the values its README gives (skipped, with the reason, where that folder is absent: CI's clean clone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.official.figures import Flow
from app.official.reader import OfficialFile
from app.store.engine import open_store
from app.store.official import import_official

REAL = Path(__file__).resolve().parents[3] / "shared" / "reference" / "official-files"
WORKBOOKS = [REAL / f"imf-dots-excel_{c}.xlsx" for c in ("Vietnam", "Mexico", "Peru")]
pytestmark = pytest.mark.skipif(not REAL.exists(), reason=f"the real official files are not here ({REAL})")

# The README's table: (reporter, partner, year) -> (exports, imports), US$ millions.
README = {
    ("VNM", "MEX", 2019): (2826.8125, 641.764978),
    ("MEX", "VNM", 2019): (194.671, 6444.15658),
    ("VNM", "MEX", 2020): (3163.824742, 617.463095),
    ("MEX", "VNM", 2020): (148.38, 7001.44098),
    ("VNM", "PER", 2019): (341.301326, 81.406455),
    ("PER", "VNM", 2019): (130.255723, 464.285855),
    ("VNM", "PER", 2020): (304.244437, 87.391328),
    ("PER", "VNM", 2020): (79.677818, 616.701037),
}


FIRST_TWO_WAY = {
    ("MEX", "VNM"): (1987, 2020),
    ("VNM", "MEX"): (1994, 2020),
    ("PER", "VNM"): (1991, 2020),
    ("VNM", "PER"): (1996, 2020),
}
FIRST_ONE_FLOW = {("MEX", "VNM"): 1963, ("VNM", "MEX"): 1961, ("PER", "VNM"): 1967, ("VNM", "PER"): 1982}


def test_each_workbook_reads_as_its_readme_says() -> None:
    found = {}
    for path in WORKBOOKS:
        with OfficialFile(path) as official:
            figures = list(official.figures())
            report = official.report
        assert report.layout == "IMF Direction of Trade Statistics (Excel workbook)"
        assert report.skipped["aggregate"] == 46 and report.skipped["unknown"] == 0, report.skipped_text()
        assert min(f.year for f in figures) == 1960 and max(f.year for f in figures) == 2020
        for f in figures:
            found[(f.reporter, f.partner, f.year, f.flow)] = f
    for (reporter, partner, year), (exports, imports) in README.items():
        assert found[(reporter, partner, year, Flow.EXPORTS)].value_usd == pytest.approx(exports * 1e6, abs=0.5)
        assert found[(reporter, partner, year, Flow.IMPORTS)].value_usd == pytest.approx(imports * 1e6, abs=0.5)
        assert found[(reporter, partner, year, Flow.IMPORTS)].valuation == "CIF"
    estimate = found[("VNM", "AUS", 1981, Flow.EXPORTS)]  # "0.20 e" in the workbook
    assert (estimate.value_usd, estimate.estimated) == (200_000.0, True)


def test_the_three_workbooks_give_both_reporters_lines_from_1960_for_both_seed_relationships(
    tmp_path: Path,
) -> None:
    from app.analysis.official import two_way_series
    from app.store.official import pair_figures

    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        results = import_official(store, WORKBOOKS)
        assert [r.status for r in results] == ["imported"] * 3, [r.message for r in results]
        for a, b in (("MEX", "VNM"), ("PER", "VNM")):
            series = {s.reporter: s for s in two_way_series(pair_figures(store, a, b)) if s.dataset == "imf"}
            assert set(series) == {a, b}
            for reporter, line in series.items():
                partner = b if reporter == a else a
                # Two-way totals from the first year both flows are reported; earlier years hold one flow.
                assert (line.years[0].year, line.years[-1].year) == FIRST_TWO_WAY[(reporter, partner)], reporter
                assert int(line.incomplete[0][:4]) == FIRST_ONE_FLOW[(reporter, partner)]
                exports, imports = README[(reporter, partner, 2019)]
                assert line.at(2019).total == pytest.approx((exports + imports) * 1e6, abs=1)
    finally:
        store.close()


def test_dyad_compare_measures_the_seeds_against_the_workbooks(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main
    from app.paths import seeds_dir

    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    assert main(["ingest", "--db", db, str(seeds_dir())]) == 0
    assert main(["official", "import", "--db", db, *map(str, WORKBOOKS)]) == 0
    capsys.readouterr()
    assert main(["compare", "--db", db, "VNM-MEX", "VNM-PER"]) == 0
    out = capsys.readouterr().out
    assert "Official: IMF Direction of Trade, reported by" in out
    assert out.count("news against official:") == 2
    assert "    1994  $332K " in out  # Vietnam's report of Vietnam–Mexico, its first two-way year
    assert "2019  $6.28B (agrees with official statistics:" in out
