"""HTML reduced to its text: scripts, styles and embedded content never become text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from html.parser import HTMLParser

_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "object",
    "embed",
    "canvas",
    "head",
    "nav",
    "footer",
    "form",
    "button",
    "select",
    "aside",
}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "figcaption",
    "main",
}
# Every void element of the HTML standard (and the obsolete ones browsers still treat so): they have no
# closing tag, so one that is also skipped as content (embed) must not wait for one.
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "param", "keygen", "basefont", "bgsound", "frame", "command", "image", "isindex", "menuitem", "nextid",
}  # fmt: skip
_DATE_META = (
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "og:published_time",
    "publication_date",
)


# A table's text: a row of data reads as one line, its cells apart by " | " (without it "<td>2020-21</td><td>161.2
# </td>" ran together into "2020-21161.2"; a bar, not a browser's tab, because the text is shown as it is and a tab
# lines a column up only while every cell is shorter than the tab stop), a cell's <p> or <br> a space in it. A row
# of a page laid out in a table (a menu in one cell, the story in the next) is no row of data: its cells and their
# paragraphs keep their lines. Which it is, is known at the row's end, by its length; until then its cells and
# breaks are marks of the private use area (the lines' whitespace is tidied without losing them; the page's own
# such characters are dropped).
_CELL = "\ue000"  # between two cells of a row not yet ended
_CELL_BREAK = "\ue001"  # a block's break inside a cell of a row not yet ended
_DATA_CELL = "\ue002"  # between two cells of an ended row of data: " | "
_MARKS = (_CELL, _CELL_BREAK, _DATA_CELL)
_DATA_ROW = 240  # characters of text a row of data has at most; a longer row is a page's layout


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._rows: list[list[int]] = []  # each open table row: [where in parts it begins, its cells begun]
        self.skip_depth = 0
        self.title = ""
        self.h1 = ""
        self.published = ""
        self._in: list[str] = []  # the open tags, innermost last
        self._open: Counter[str] = Counter()  # the same, counted: "inside a <title>?" in O(1) at any depth

    def parse_html_declaration(self, i: int) -> int:
        """A "<!" declaration; one Python's parser cannot read ("<![" with no name after it: it raises
        AssertionError) is what a browser makes of it, a comment up to the next ">"."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            return self.parse_bogus_comment(i)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs}
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in _DATE_META and not self.published:
                self.published = values.get("content", "")
            return
        if tag in _VOID:
            if tag in _BLOCK:
                self.parts.append(self._break())
            return
        if tag == "tr" and self._open["tr"] and self._row_open_in_this_table():
            self.handle_endtag("tr")  # a row's end tag (and its cell's) left out: the next row ends it
        self._in.append(tag)
        self._open[tag] += 1
        if tag == "tr":
            self._rows.append([len(self.parts), 0])
        elif tag in ("td", "th") and self._rows:
            if self._rows[-1][1]:
                self.parts.append(_CELL)
            self._rows[-1][1] += 1
        if tag in _SKIP and tag != "head":
            self.skip_depth += 1
        if tag in _BLOCK:
            self.parts.append(self._break())

    def _row_open_in_this_table(self) -> bool:
        """Whether a row of the innermost open table is open (not a row of a table around it, whose cell holds
        this one)."""
        for tag in reversed(self._in):
            if tag == "tr":
                return True
            if tag == "table":
                return False
        return False

    def _break(self) -> str:
        """A block's line break; inside a table's cell, a mark the row's end makes a space or a line break."""
        return _CELL_BREAK if self._rows and (self._open["td"] or self._open["th"]) else "\n"

    def _end_row(self) -> None:
        """The innermost open row is ended: a row of data, one line, cells apart; a row of layout, lines."""
        start, _cells = self._rows.pop()
        row = "".join(self.parts[start:])
        if _CELL not in row and _CELL_BREAK not in row:
            return
        text = " ".join(row.replace(_CELL, " ").replace(_CELL_BREAK, " ").split())
        if len(text) <= _DATA_ROW:
            row = row.replace(_CELL_BREAK, " ").replace(_CELL, _DATA_CELL)
        else:
            row = row.replace(_CELL_BREAK, "\n").replace(_CELL, "\n")
        self.parts[start:] = [row]

    def close(self) -> None:
        super().close()
        while self._rows:
            self._end_row()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # Pop up to the matching tag: real pages close tags sloppily.
        if self._open[tag]:
            while self._in:
                open_tag = self._in.pop()
                self._open[open_tag] -= 1
                if open_tag in _SKIP and open_tag != "head":
                    self.skip_depth = max(0, self.skip_depth - 1)
                if open_tag == tag:
                    break
        if tag in ("tr", "table"):
            while len(self._rows) > self._open["tr"]:
                self._end_row()  # this row, or the rows of this table whose end tags were left out
        if tag in _BLOCK:
            self.parts.append(self._break())

    def handle_data(self, data: str) -> None:
        if self._open["title"] and not self.title:
            self.title = " ".join(data.split())
            return
        if self.skip_depth or self._open["head"]:
            return
        if self._open["h1"] and not self.h1:
            self.h1 = " ".join(data.split())
        if not data.isascii() and any(mark in data for mark in _MARKS):
            for mark in _MARKS:
                data = data.replace(mark, " ")
        if self._open["tr"] and ("\n" in data or "\r" in data):  # the source's line breaks between cells: one row
            data = data.replace("\r", " ").replace("\n", " ")
        self.parts.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(body|p|div|script)\b", head))


_CHUNK = 1 << 16


def html_to_text(html: str, check: Callable[[], None] | None = None) -> tuple[str, str, str]:
    """Return (text, title, published) for an HTML document. ``check`` is called between chunks of the
    document (it raises to stop: a time budget or a cancelled import), so a huge page can be abandoned."""
    parser = _TextParser()
    for at in range(0, len(html), _CHUNK):
        if check is not None and at:
            check()
        parser.feed(html[at : at + _CHUNK])
    parser.close()
    raw = "".join(parser.parts)
    lines = [
        " | ".join(" ".join(cell.split()) for cell in line.split(_DATA_CELL))
        if _DATA_CELL in line
        else " ".join(line.split())
        for line in raw.splitlines()
    ]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, parser.h1 or parser.title, parser.published
