"""Reading an article file: size limits, binary detection, encodings, HTML and Markdown."""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from app.extract.html_text import html_to_text, looks_like_html

MAX_BYTES = 20_000_000  # an article is never this long; a larger file is refused unread
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x7fELF": "a program (ELF)",
    b"MZ": "a Windows program",
    b"SQLite format 3": "an SQLite database",
    b"RIFF": "a RIFF media file",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


class SourceError(Exception):
    """A file that cannot be read as an article; the message says why, for a person."""


@dataclass(frozen=True)
class SourceText:
    text: str
    encoding: str
    fmt: str  # "text", "html" or "markdown"
    title: str = ""
    published: str = ""
    outlet: str = ""
    notes: tuple[str, ...] = ()  # what reading changed in the text: replaced bytes, removed controls


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes: BOMs first, then UTF-8, then Windows-1252. Raises SourceError for binary data."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise SourceError(f"starts with a {encoding} byte-order mark but is not {encoding}") from exc
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise SourceError(f"binary file ({what}), not text")
    sample = data[:65536]
    if b"\x00" in sample:
        # UTF-16 without a BOM shows a NUL in every other byte of ASCII text.
        evens, odds = sample[0::2].count(0), sample[1::2].count(0)
        if odds > len(sample) * 0.3 and evens < len(sample) * 0.05:
            return _decode_or_fail(data, "utf-16-le"), "utf-16-le"
        if evens > len(sample) * 0.3 and odds < len(sample) * 0.05:
            return _decode_or_fail(data, "utf-16-be"), "utf-16-be"
        if sample.count(0) > max(4, len(sample) // 100):
            raise SourceError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged, "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad sequences (an encoded lone surrogate, a character cut in two) rather than a
    single-byte encoding: it has real multi-byte characters and few bad bytes. The bad bytes become
    U+FFFD, so one broken character does not turn every "ư" in the article into "Æ°"."""
    try:  # surrogates encoded as UTF-8 (as Windows file APIs and JavaScript can write): sanitise() marks them
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        pass
    multibyte = len(_UTF8_MULTIBYTE.findall(data[:65536]))
    if multibyte == 0:
        return None
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    return text if bad <= max(3, multibyte // 10) else None


def _decode_or_fail(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(f"looks like {encoding} without a byte-order mark but does not decode") from exc


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def sanitise(text: str) -> str:
    """Normalise newlines and drop characters no article means to contain (NULs, lone surrogates,
    bidi overrides that could disguise the text)."""
    return sanitise_with_notes(text)[0]


def sanitise_with_notes(text: str) -> tuple[str, tuple[str, ...]]:
    """sanitise(), and what it changed, in words, for the article's warnings."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if _ANY_UNWANTED.search(text) is None:
        return text, ()  # one scan, not four: nearly every article holds none of them
    notes = []
    text, surrogates = _LONE_SURROGATE.subn("\ufffd", text)
    if surrogates:
        notes.append(f"{surrogates} invalid character{'s' if surrogates > 1 else ''} (lone surrogates) shown as �")
    text, bidi = _BIDI_CONTROLS.subn("", text)
    if bidi:
        notes.append(
            f"{bidi} bidirectional control character{'s' if bidi > 1 else ''} (right-to-left overrides) removed"
        )
    text, controls = _CONTROL.subn("", text)
    if controls:
        notes.append(f"{controls} control character{'s' if controls > 1 else ''} (NUL and the like) removed")
    text, invisible = _ZERO_WIDTH.subn("", text)
    if invisible:
        notes.append(f"{invisible} zero-width character{'s' if invisible > 1 else ''} (invisible) removed")
    return text, tuple(notes)


# Invisible characters that split a figure or a name ("US$\u200b2.1 billion") so that no rule reads it:
# removed before the text is stored, so every offset into it holds. A joiner (ZWJ, ZWNJ) is kept where it
# joins letters of a script that uses it (Devanagari, Arabic), removed beside Latin letters and digits.
_ZERO_WIDTH = re.compile(r"[\u200b\u2060\u180e]|(?<=[\x00-\x7f])[\u200c\u200d]|[\u200c\u200d](?=[\x00-\x7f])")


# Every character the four patterns above remove or replace (the joiners whether or not beside ASCII).
_ANY_UNWANTED = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u200b\u2060\u180e\u200c\u200d]"
)
_NAME_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_NAME_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def display_name(name: str) -> str:
    """A file name or path as a person can read it on one line, and as every database can store it:
    bytes that are not UTF-8 (which Python carries as surrogate escapes) become \\xNN, and newlines,
    other control characters and bidi overrides that could disguise a name are escaped."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that did not come from a file name's bytes
        raw = name.encode("utf-8", "backslashreplace")
    text = raw.decode("utf-8", "backslashreplace")
    return _NAME_UNSAFE.sub(lambda m: _NAME_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), text)


def text_from_bytes(data: bytes, name: str, check: Callable[[], None] | None = None) -> SourceText:
    """Turn a file's bytes into article text, or raise SourceError with the reason. ``check`` is called
    after each step (decoding, cleaning, Markdown) and now and then while a long HTML document is parsed;
    it raises to abandon the file. Every step is linear in the file's length."""
    step = check if check is not None else (lambda: None)
    if not data.strip():
        raise SourceError("empty file")
    raw, encoding = decode_bytes(data)
    step()
    if len(_CONTROL.findall(raw[:65536])) > max(8, len(raw[:65536]) // 100):
        raise SourceError("binary file (control characters), not text")
    notes: tuple[str, ...] = ()
    if encoding == "utf-8" and raw.count("\ufffd") > data.count(b"\xef\xbf\xbd"):
        notes = ("bytes that are not valid UTF-8 shown as �",)
    raw, cleaned = sanitise_with_notes(raw)
    notes += cleaned
    step()
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm") or looks_like_html(raw):
        text, title, published = html_to_text(raw, check)
        fmt = "html"
    elif suffix in (".md", ".markdown"):
        text, title, published = _markdown_to_text(raw), _markdown_title(raw), ""
        fmt = "markdown"
        step()
    else:
        text, title, published, fmt = raw, "", "", "text"
    if not text.strip():
        raise SourceError("no text in the file" if fmt == "text" else f"no text in the {fmt} document")
    return SourceText(text=text, encoding=encoding, fmt=fmt, title=title, published=published, notes=notes)


def read_source(
    path: Path,
    max_bytes: int = MAX_BYTES,
    check: Callable[[], None] | None = None,
    identity: tuple[int, int] | None = None,
) -> SourceText:
    """Read one article file within bounded memory. What is opened is checked, not what was looked at
    before: a regular file (a FIFO or a device swapped in is refused without blocking), and, with
    ``identity`` (device and inode when a folder was read), the same file (one swapped for a link to
    another file since is refused)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except PermissionError as exc:
        raise SourceError("permission denied") from exc
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from exc
    opened = os.fstat(fd)
    if not stat.S_ISREG(opened.st_mode):  # looked at before a file object is made: one of a folder is refused
        os.close(fd)
        raise SourceError("a folder, not a file" if stat.S_ISDIR(opened.st_mode) else "not a regular file")
    with os.fdopen(fd, "rb") as handle:
        if identity is not None and (opened.st_dev, opened.st_ino) != identity:
            raise SourceError("changed since the folder was read (replaced, or swapped for a link): not read")
        if opened.st_size > max_bytes:
            size = opened.st_size
            raise SourceError(f"too large: {size / 1e6:.1f} MB (the limit for one article is {max_bytes / 1e6:.0f} MB)")
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise SourceError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:  # grew while we looked
        raise SourceError(f"too large: over {max_bytes / 1e6:.0f} MB")
    return text_from_bytes(data, path.name, check)


def file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of the file ``path`` names now (through a link), or None when it is gone."""
    try:
        return _identity(path)
    except OSError:
        return None


def _markdown_title(text: str) -> str:
    match = re.search(r"^#\s+(.+)$", text, re.M)
    return match.group(1).strip() if match else ""


# Markdown's inline forms, written so that no character is scanned from more than a bounded number of
# starts: link text stops at the next bracket or line end, a target at the next parenthesis or space, an
# emphasis at the line's end within 1,000 characters. A file of a million "[" or "[a](" is read in one
# pass (the unbounded forms were quadratic: 36 s for 80,000 "[").
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
_MD_LINK = re.compile(r"!?\[([^\[\]\n]{0,1000})\]\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,500}\")?\)")
_MD_STRONG = re.compile(r"(\*\*|__)([^\n]{1,1000}?)\1")


def _markdown_to_text(text: str) -> str:
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_STRONG.sub(r"\2", text)


class Problem(NamedTuple):
    """A path not read: ``failed`` when the user named it, ``skipped`` when a folder walk found it."""

    path: Path
    reason: str
    status: str = "failed"


def iter_article_files(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand files and folders into article files; return (files, problems) for what was not read.

    A named path is read as named (a link the user names is followed). Inside a folder nothing is
    followed out of it: links to folders are not walked (no loop can trap the walk), a link to a file
    outside the folder is skipped, and an unreadable subfolder, a dangling link, a pipe or a device is
    skipped with its reason. A file that vanishes while the folder is read is skipped, not an error.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    seen: set[tuple[int, int]] = set()

    def add(candidate: Path) -> None:
        try:
            key = _identity(candidate)
        except FileNotFoundError:
            problems.append(Problem(candidate, "vanished while the folder was read", "skipped"))
            return
        except OSError as exc:
            problems.append(Problem(candidate, f"cannot read: {exc.strerror or exc}", "skipped"))
            return
        if key not in seen:
            seen.add(key)
            files.append(candidate)

    for path in paths:
        if not path.exists() and not path.is_symlink():
            problems.append(Problem(path, "no such file or folder"))
        elif path.is_dir():
            _walk(path, add, problems)
        elif path.is_file():
            add(path)
        else:
            problems.append(Problem(path, "not a regular file (a broken link or a device)"))
    return files, problems


def _walk(folder: Path, add: Callable[[Path], None], skipped: list[Problem]) -> None:
    try:
        inside = folder.resolve(strict=True)
    except OSError as exc:
        skipped.append(Problem(folder, f"cannot read the folder: {exc.strerror or exc}"))
        return

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        reason = (
            "vanished while the folder was read"
            if isinstance(exc, FileNotFoundError)
            else (f"cannot read the folder: {(exc.strerror or str(exc)).lower()}")
        )
        skipped.append(Problem(where, reason, "skipped" if where != folder else "failed"))

    for root, dirs, names in os.walk(folder, followlinks=False, onerror=unreadable):
        dirs.sort()
        for name in sorted(dirs):
            candidate = Path(root) / name
            if candidate.is_symlink():
                skipped.append(
                    Problem(candidate, "a link to a folder: not followed (name the folder to import it)", "skipped")
                )
        for name in sorted(names):
            candidate = Path(root) / name
            reason = _not_an_article(candidate, inside)
            if reason == "":
                add(candidate)
            elif reason is not None:
                skipped.append(Problem(candidate, reason, "skipped"))


def _not_an_article(candidate: Path, inside: Path) -> str | None:
    """ "" for an article file to read, None for a file of another kind (ignored), else why it is skipped."""
    try:
        mode = candidate.lstat().st_mode
    except FileNotFoundError:
        return "vanished while the folder was read"
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISLNK(mode):
        try:
            target = candidate.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a broken link (what it points to is gone)"
        if not target.is_relative_to(inside):
            if (
                target.is_file()
                and SUPPORTED_SUFFIXES.count(target.suffix.lower()) == 0
                and (candidate.suffix.lower() not in SUPPORTED_SUFFIXES)
            ):
                return None  # a link to a picture elsewhere: not an article either way
            return f"a link to {target}, outside the folder: not followed (name the file to import it)"
        if target.is_dir():
            return None  # reported with the folders
        mode = target.stat().st_mode
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a file"
    if stat.S_ISSOCK(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device or socket, not a file"
    if not stat.S_ISREG(mode) or candidate.suffix.lower() not in SUPPORTED_SUFFIXES:
        return None
    return ""


def _identity(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return (stat.st_dev, stat.st_ino)
