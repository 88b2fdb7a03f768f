"""Bad input: each gets a clear reason; good input in odd encodings is read correctly."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract.sources import SourceError, iter_article_files, read_source

ARTICLE = "Vietnam and Peru established diplomatic relations in 1994. Việt Nam’s trade grew."


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    source = read_source(path)
    assert source.text == ARTICLE
    assert source.encoding == "utf-16"


def test_cp1252_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Perú’s trade – “strong”".encode("cp1252"))
    source = read_source(path)
    assert source.text == "Perú’s trade – “strong”"
    assert source.encoding == "cp1252"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n ")
    with pytest.raises(SourceError, match="empty file"):
        read_source(path)


def test_png_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(SourceError, match="PNG image"):
        read_source(path)


def test_random_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(SourceError, match="binary"):
        read_source(path)


def test_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(SourceError, match=r"too large: 52\.4 MB"):
        read_source(path)


def test_html_scripts_never_become_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Peru and Vietnam</title><script>alert('x')</script>"
        "<meta property='article:published_time' content='2024-11-11T08:00:00Z'></head>"
        "<body><nav>Home | News</nav><h1>Ties</h1><p>Vietnam and Peru set up diplomatic relations "
        "in 1994.</p><script>document.write('evil')</script><img src='http://example.com/x.png'>"
        '<p onclick="steal()">Trade &amp; investment grew.</p></body></html>',
        encoding="utf-8",
    )
    source = read_source(path)
    assert "alert" not in source.text and "evil" not in source.text and "steal" not in source.text
    assert "Vietnam and Peru set up diplomatic relations in 1994." in source.text
    assert "Trade & investment grew." in source.text
    assert source.title == "Ties"
    assert source.published.startswith("2024-11-11")


def test_folder_walk_skips_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG")
    files, problems = iter_article_files([tmp_path / "a", tmp_path / "missing"])
    assert [f.name for f in files] == ["one.txt"]
    assert problems == [
        (tmp_path / "a" / "loop", "a link to a folder: not followed (name the folder to import it)", "skipped"),
        (tmp_path / "missing", "no such file or folder", "failed"),
    ]


def test_what_a_folder_walk_does_not_read_is_named_with_its_reason(tmp_path: Path) -> None:
    import os

    folder, outside = tmp_path / "in", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (outside / "secret.txt").write_text(ARTICLE + " Private.", encoding="utf-8")
    (folder / "out.txt").symlink_to(outside / "secret.txt")
    (folder / "same.txt").symlink_to(folder / "one.txt")  # inside the folder: the same article, read once
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    os.mkfifo(folder / "pipe.txt")
    files, problems = iter_article_files([folder])
    assert [f.name for f in files] == ["one.txt"]
    assert [(p.path.name, p.reason, p.status) for p in problems] == [
        ("gone.txt", "a broken link (what it points to is gone)", "skipped"),
        (
            "out.txt",
            f"a link to {outside / 'secret.txt'}, outside the folder: not followed (name the file to import it)",
            "skipped",
        ),
        ("pipe.txt", "a named pipe, not a file", "skipped"),
    ]
    files, problems = iter_article_files([folder / "out.txt"])  # named by the user: followed
    assert (files, problems) == ([folder / "out.txt"], [])


def test_an_unreadable_subfolder_and_a_vanishing_file_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import app.extract.sources as sources

    folder = tmp_path / "in"
    (folder / "private").mkdir(parents=True)
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two.txt").write_text(ARTICLE + " Again.", encoding="utf-8")
    real_scandir, real_identity = os.scandir, sources._identity

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("private"):  # as for another user's folder (root reads every folder)
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def identity(path: Path) -> tuple[int, int]:
        if path.name == "two.txt":  # deleted between the listing and the look at it
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return real_identity(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(sources, "_identity", identity)
    files, problems = iter_article_files([folder])
    assert [f.name for f in files] == ["one.txt"]
    assert [(p.path.name, p.reason, p.status) for p in problems] == [
        ("two.txt", "vanished while the folder was read", "skipped"),  # the folder's own files come first
        ("private", "cannot read the folder: permission denied", "skipped"),
    ]


_ODD = st.sampled_from(
    [
        *"ab \n\r\x00\x07\x1f\x7f\ufeffưक",
        *("\ud800", "\udfff", "\u202a", "\u202e", "\u2066", "\u2069"),
        *("\u200b", "\u2060", "\u180e", "\u200c", "\u200d", "\u2028", "US$", "2.1"),
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_ODD, max_size=16).map("".join))
def test_sanitising_scans_once_and_removes_what_each_kind_removes(text: str) -> None:
    """One scan for any unwanted character comes first; a text holding one goes through the four that
    remove each kind, in their order, with their notes; a text holding none is returned as it is."""
    from app.extract import sources

    plain = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    expected, surrogates = sources._LONE_SURROGATE.subn("\ufffd", plain)
    expected, bidi = sources._BIDI_CONTROLS.subn("", expected)
    expected, controls = sources._CONTROL.subn("", expected)
    expected, invisible = sources._ZERO_WIDTH.subn("", expected)
    cleaned, notes = sources.sanitise_with_notes(text)
    assert cleaned == expected
    assert len(notes) == sum(1 for n in (surrogates, bidi, controls, invisible) if n)
