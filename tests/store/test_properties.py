"""Properties of the importer over generated input, on every engine: any bytes under any name are
stored or refused with a reason, and every stored fact's span points at its sentence in the stored text."""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.extract.sources import SourceError, text_from_bytes
from app.store.engine import Store, open_store
from app.store.ingest import normalised_sha256, write_prepared
from app.store.reading import Prepared
from tests.conftest import ROOT

_GENRE = st.sampled_from(
    [
        "Trade between Vietnam and Peru reached US$1.5 billion in 2023",
        "Two-way trade between Mexico and Việt Nam hit 6.3 billion USD in 2019",
        ", up 12 per cent year-on-year",
        "Peru and Vietnam established diplomatic relations on November 14, 1994",
        "the Embassy of Vietnam in Lima opened in 2008",
        "President Lương Cường paid an official visit to Peru in November 2024",
        "in the first nine months of this year",
        "the two sides signed an Agreement on Trade",
        "<script>alert(1)</script>",
        "<img src='http://evil.example/x.png' onerror='steal()'>",
        "\u202e",
        "\x00",
        "\ud800",
        ". ",
        "\n",
        "x" * 500,
    ]
)
_TEXT = st.lists(st.one_of(_GENRE, st.text(max_size=30)), min_size=1, max_size=25).map("".join)
_NAME = (
    st.text(min_size=1, max_size=40).filter(lambda n: "/" not in n and n not in (".", "..")).map(lambda n: n + ".txt")
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _ingest_bytes(store: Store, data: bytes, name: str) -> tuple[str, int | None, str]:
    """What ingesting a file with these bytes and this name does (without writing the file)."""
    from app.extract.pipeline import ExtractionError, extract_article
    from app.extract.sources import display_name

    try:
        source = text_from_bytes(data, name)
        extraction = extract_article(source.text, source.published, source.title)
    except (SourceError, ExtractionError) as exc:
        return "failed", None, str(exc)
    result = write_prepared(store, Prepared(display_name(name), display_name(name), source, extraction))
    return result.status, result.article_id, result.reason


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=_TEXT, name=_NAME, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_anything_is_stored_whole_or_refused_with_a_reason(db_url: str, body: str, name: str, encoding: str) -> None:
    store = _store(db_url)
    # Lone surrogates go into UTF-8 as the three bytes some Windows and JavaScript tools write.
    data = body.encode("utf-8", "surrogatepass") if encoding == "utf-8" else body.encode(encoding, "replace")
    status, article_id, reason = _ingest_bytes(store, data, name)
    if status == "failed":
        assert reason and "unexpected" not in reason
        return
    assert status in ("new", "present") and article_id is not None
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT text, source_name FROM articles WHERE id = :id"), {"id": article_id}).one()
        facts = conn.execute(
            text("SELECT span_start, span_end, sentence FROM facts WHERE article_id = :id"), {"id": article_id}
        ).all()
    assert "\x00" not in stored.text and not re.search(r"[\ud800-\udfff\u202a-\u202e]", stored.text)
    assert not _CONTROL.search(stored.source_name)
    for start, end, sentence in facts:
        assert stored.text[start:end] == sentence


_STORES: dict[str, Store] = {}


def _store(url: str) -> Store:
    """One store per test (hypothesis runs many examples against the same fixture's URL)."""
    if url not in _STORES:
        _STORES.clear()
        _STORES[url] = open_store(url)
    return _STORES[url]


# Every character Python counts as white space (29): a run of any of them is one space in the content hash.
_SPACES = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())


@given(st.lists(st.sampled_from([*_SPACES, "a", "é", "e\u0301", "\x00", "…"]), max_size=40).map("".join))
@settings(max_examples=400, deadline=None)
def test_the_content_hash_is_the_one_stored_articles_were_given(body: str) -> None:
    """``normalised_sha256`` is what makes an article imported twice one article: however it is worked out,
    it must equal the form every store so far was written with (NFC, runs of white space one space, ends
    stripped), or the same article would go in again."""
    as_stored = re.sub(r"\s+", " ", unicodedata.normalize("NFC", body)).strip()
    assert normalised_sha256(body) == hashlib.sha256(as_stored.encode("utf-8")).hexdigest()


def test_the_content_hash_of_a_seed_is_unchanged() -> None:
    """The hash the seed store holds for the first seed, as written by every version so far."""
    seed = (ROOT / "seeds" / "000_c54453131e963e29.txt").read_text(encoding="utf-8")
    assert normalised_sha256(seed) == "3ea7c51da0fb7fa4d6220b2a09d338207cf0dd3f7626d5789e11782c65a246f5"
    spaced = normalised_sha256(" Vietnam\u2003and\tMexico\n\n")
    assert spaced == normalised_sha256("Vietnam and Mexico")
    assert spaced == "2969410edeca1f9551a184f68795dd7c3af92600eda9427b9da96289232b5717"
