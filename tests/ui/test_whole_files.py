"""Every file Dyad writes is whole or absent: a disk that fills while a chart or a CSV is written leaves
the file that was there before and no part file, and the failure is said. (A PDF export to a full disk
said it wrote and left 8,192 bytes; PNG and SVG said they failed and left empty files.)"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app import paths


def _disk_fills(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(paths.os, "fsync", full)


def test_a_block_that_fails_leaves_the_old_file_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    target.write_text("the old export\n", encoding="utf-8")
    os.chmod(target, 0o640)
    with pytest.raises(RuntimeError), paths.written_whole(target) as part:
        part.write_text("half of a new", encoding="utf-8")
        raise RuntimeError("the writer failed")
    assert target.read_text(encoding="utf-8") == "the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv"]
    with paths.written_whole(target) as part:
        part.write_text("the new export\n", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "the new export\n"
    assert target.stat().st_mode & 0o777 == 0o640  # a file replaced keeps its permissions
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv"]


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_a_chart_exported_to_a_full_disk_fails_and_leaves_the_old_file(
    qtbot, seeded_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:  # type: ignore[no-untyped-def]
    from app.session.views import pair_view
    from app.ui.export import ExportSize, export_chart

    views = (pair_view(seeded_store, "VNM", "MEX"), pair_view(seeded_store, "VNM", "PER"))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"chart.{suffix}"
    export_chart(*views, target, ExportSize(800, 600, 1.0))
    before = target.read_bytes()
    assert len(before) > 5_000
    _disk_fills(monkeypatch)
    with pytest.raises(OSError, match=rf"could not write {target}: no space left on device"):
        export_chart(*views, target, ExportSize(800, 600, 1.0))
    assert target.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [f"chart.{suffix}"]


def test_a_pdf_cut_short_is_not_taken_for_a_whole_one(qtbot, seeded_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt's PDF writer says nothing when the disk fills (8,192 bytes were left): the file's end is looked for."""
    from app.session.views import pair_view
    from app.ui.export import ExportSize, export_chart, pdf_is_whole

    path = export_chart(pair_view(seeded_store, "VNM", "MEX"), None, tmp_path / "c.pdf", ExportSize(800, 600, 1.0))
    assert pdf_is_whole(path)
    with open(path, "r+b") as written:
        written.truncate(8192)
    assert not pdf_is_whole(path)
