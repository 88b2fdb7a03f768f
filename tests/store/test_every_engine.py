"""Every command and the window on each engine (SQLite always, PostgreSQL when DYAD_TEST_PG_URL is set)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.conftest import SEEDS


def test_every_command(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--db", db_url, str(SEEDS)]) == 0
    assert capsys.readouterr().out.strip() == "5 new, 0 already present, 0 failed; 44 facts added"
    assert main(["ingest", "--db", db_url, str(SEEDS)]) == 0
    assert capsys.readouterr().out.strip() == "0 new, 5 already present, 0 failed; 0 facts added"

    assert main(["pairs", "--db", db_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:]] == ["MEX-VNM", "PER-VNM", "JPN-MEX"]

    assert main(["facts", "--db", db_url, "--pair", "VNM-MEX", "--kind", "trade_total", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    stated = {r["year"]: r["value_usd"] for r in records if not r["derived"]}
    assert stated[2019] == 6.275e9 and stated[2024] == 15e9
    fact_id = next(r["id"] for r in records if r["year"] == 2019)

    assert main(["review", "--db", db_url, "reject", str(fact_id)]) == 0
    capsys.readouterr()
    assert main(["compare", "--db", db_url, "VNM-MEX", "VNM-PER", "--export", str(tmp_path / "c.png")]) == 0
    assert capsys.readouterr().out == f"wrote {tmp_path / 'c.png'}\n"
    assert main(["compare", "--db", db_url, "VNM-MEX", "VNM-PER"]) == 0
    out = capsys.readouterr().out
    assert "established: 1975-05-19" in out and "established: 1994-11-14" in out
    assert "$6.28B" not in out  # the rejected 2019 total left the comparison
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    timeline = tmp_path / "t.svg"
    assert (
        main(["compare", "--db", db_url, "VNM-MEX", "VNM-PER", "--export", str(timeline), "--chart", "milestones"]) == 0
    )
    capsys.readouterr()
    assert "Diplomatic milestones, Vietnam–Mexico and Vietnam–Peru" in timeline.read_text(encoding="utf-8")


def test_the_window(qtbot, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    window = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.opener.open_url(db_url)  # a new store: created, seeded, shown
    assert window.plot.line_data(0) == (
        [2004, 2005, 2006, 2019, 2024],  # 1993's implausible $10,700 is drawn apart, off the line
        [187e6, 227e6, 300e6, 6.275e9, 15e9],
    )
    assert window.plot.line_data(1) == ([2016, 2022, 2023], [353.78e6, 600e6, 486e6])
    window.workers.wait()
    window.store.close()
