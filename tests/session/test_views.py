from __future__ import annotations

import pytest

from app.session.views import article_view, countries_with_facts, pair_view, store_counts


def test_pair_view_points_and_articles(seeded_store) -> None:  # type: ignore[no-untyped-def]
    view = pair_view(seeded_store, "VNM", "MEX")
    assert view.pair == ("MEX", "VNM")
    stated = {(p.year, p.value_usd) for p in view.points if not p.derived}
    assert stated == {(1993, 10_700), (2004, 187e6), (2005, 227e6), (2006, 300e6), (2019, 6.275e9), (2024, 15e9)}
    derived = [p for p in view.points if p.derived]
    assert [(p.year, round(p.value_usd / 1e6)) for p in derived] == [(2023, 11765)]
    assert [a.source_name[:3] for a in view.articles] == ["000", "001", "002"]
    assert view.facts == 29


def test_a_relationships_fact_rows_are_built_when_first_read_and_equal_those_built_at_once(seeded_store) -> None:  # type: ignore[no-untyped-def]
    """Only the Facts tab and a report read them: a switch behind the Articles tab does not build ~550 rows."""
    view, again = pair_view(seeded_store, "VNM", "MEX"), pair_view(seeded_store, "VNM", "MEX")
    assert not view.fact_rows.built  # type: ignore[attr-defined]
    total = next(r for r in view.fact_rows if r.kind == "trade_total" and r.year == 2019)
    assert view.fact_rows.built  # type: ignore[attr-defined]
    assert (total.value_usd, total.value, total.when) == (6.275e9, "$6.275B", "2019")
    assert total.description.startswith("Trade total: $6.275B in 2019 — Vietnam–Mexico")
    assert len(view.fact_rows) == 27  # 29 facts, two statements of one event folded
    assert view == again and view.fact_rows == tuple(again.fact_rows) and again.fact_rows.built  # type: ignore[attr-defined]


def test_article_view_has_every_fact_span(seeded_store) -> None:  # type: ignore[no-untyped-def]
    peru = pair_view(seeded_store, "PER", "VNM")
    article = article_view(seeded_store, peru.articles[0].id)
    assert article is not None
    assert len(article.facts) == 11
    partial = next(f for f in article.facts if "first nine months" in f.description)
    assert article.text[partial.start : partial.end] == "and $289.6 million in the first nine months of this year"
    assert partial.description.startswith("Trade total: $289.6M in 2024 (first nine months) — Peru–Vietnam")


def test_counts(seeded_store) -> None:  # type: ignore[no-untyped-def]
    counts = countries_with_facts(seeded_store)
    assert counts["VNM"] == 40
    assert counts["JPN"] == 4
    assert store_counts(seeded_store) == pytest.approx(store_counts(seeded_store))
    assert (store_counts(seeded_store).articles, store_counts(seeded_store).facts) == (5, 44)


def test_a_fiscal_year_figure_is_shown_as_one_and_not_compared_with_calendar_years(db_url: str) -> None:
    from app.analysis.official import compare

    store = _store_of(
        db_url,
        b" date 2024-06-01 \nTrade between India and Kenya reached $4.1 billion in 2022-23. "
        b"Trade between India and Kenya was $3.9 billion in 2022.",
    )
    view = pair_view(store, "IND", "KEN")
    points = {(p.period, round(p.value_usd), p.conflict) for p in view.points}
    assert points == {("FY 2022-23", 4_100_000_000, False), ("2022", 3_900_000_000, False)}  # two periods, no conflict
    fiscal = next(p for p in view.points if p.fiscal_year)
    assert fiscal.label == "$4.1B in FY 2022-23"
    assert {r.when for r in view.fact_rows if r.kind == "trade_total"} == {"FY 2022-23", "2022"}  # the Facts tab
    assert view.summary is not None and view.summary.latest_total is not None
    # The calendar year's figure stands for 2022 on the line; one of each kind gives no growth rate.
    assert (view.summary.latest_total.period, view.summary.growth_text) == ("2022", None)
    verdict = compare(view.points, [])[fiscal.fact_id]
    assert verdict.reason == "fiscal year 2022-23: not compared with calendar years"
    store.close()


def test_growth_compares_fiscal_years_with_fiscal_years(db_url: str) -> None:
    from app.session.compare import comparison_text

    store = _store_of(
        db_url,
        b" date 2024-06-01 \nTrade between India and Kenya was $3.0 billion in 2020. Trade between India and "
        b"Kenya reached $4.0 billion in 2021-22. Trade between India and Kenya reached $5.0 billion in 2022-23.",
    )
    view = pair_view(store, "IND", "KEN")
    assert view.summary is not None
    assert view.summary.growth_text == "+25.0 % a year, FY 2021-22–FY 2022-23 ($4B → $5B; derived)"
    text = comparison_text(store, ("IND", "KEN"), ("IND", "KEN"))
    assert "  FY 2021-22  $4B" in text and "  2020  $3B" in text
    store.close()


def test_the_summary_strip_and_the_hover_name_a_fiscal_year(db_url: str) -> None:
    from app.ui.summary_strip import summary_line

    store = _store_of(db_url, b" date 2024-06-01 \nTrade between India and Kenya reached $5.0 billion in 2022-23.")
    view = pair_view(store, "IND", "KEN")
    assert "latest full-year trade $5B (FY 2022-23)" in summary_line(view)
    store.close()


def _store_of(db_url: str, body: bytes):  # type: ignore[no-untyped-def]
    """A store holding one article."""
    from app.extract.sources import text_from_bytes
    from app.store.engine import open_store
    from app.store.ingest import ingest_source

    store = open_store(db_url)
    assert ingest_source(store, text_from_bytes(body, "fy.txt"), "fy.txt").status == "new"
    return store


def test_an_event_several_articles_state_is_one_fact_row_with_its_sources(seeded_store) -> None:  # type: ignore[no-untyped-def]
    view = pair_view(seeded_store, "VNM", "MEX")
    established = [r for r in view.fact_rows if r.kind == "relations_established"]
    assert len(established) == 1  # three articles state it: it was listed three times
    (row,) = established
    assert (row.date, len(row.also)) == ("1975-05-19", 2)
    assert row.source.endswith("(+2 more)")
    assert "stated by 3 articles: " in row.description and "; Viet Nam News, 2025-05-20; " in row.description


def test_dyad_compare_lists_an_event_once(seeded_store, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.session.compare import comparison_text

    text = comparison_text(seeded_store, ("VNM", "MEX"), ("VNM", "PER"))
    left = [line.split("│")[0].strip() for line in text.splitlines()]
    assert sum("relations established" in line for line in left) == 1
    assert "1975-05-19  relations established (3 articles)" in left


def test_a_relationship_is_named_as_its_countries_were_in_its_stories_years(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A 1987 wire story on United States–Turkey aid was labelled "Türkiye", a name of 2022."""
    from app.store.engine import open_store
    from app.store.ingest import ingest_paths

    wire = tmp_path / "usa_tur_1987.txt"
    wire.write_text(
        " date 1987-03-16 \nU.S., TURKEY SIGN TRADE PACT\n"
        "    WASHINGTON, March 16 - The United States and Turkey signed\n"
        "a trade agreement today, officials said. Trade between the two\n"
        "countries reached 2.1 billion dlrs in 1986.\n Reuter\n",
        encoding="utf-8",
    )
    store = open_store(db_url)
    try:
        assert ingest_paths(store, [wire]).count("new") == 1
        view = pair_view(store, "USA", "TUR")
        assert view.name == "United States–Turkey"
        assert view.articles[0].published.startswith("1987")
        assert pair_view(store, "TUR", "USA").name == "Turkey–United States"
        assert pair_view(store, "TUR", "GRC").name == "Türkiye–Greece"  # no story: today's names
    finally:
        store.close()


def _events_one_by_one(rows: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    """The grouping as stated: each row joins the first event whose first statement is the same event."""
    from app.session.views import _MILESTONE_KINDS, _same_event

    events: list[list[dict[str, object]]] = []
    for r in rows:
        if r["kind"] not in _MILESTONE_KINDS or not r["date"]:
            continue
        event = next((e for e in events if _same_event(e[0], r)), None)
        if event is None:
            events.append([r])
        else:
            event.append(r)
    return events


def test_events_filed_by_kind_and_year_group_as_one_by_one() -> None:
    import random

    from app.session.views import events

    rng = random.Random(5)
    kinds = ["visit", "agreement", "embassy", "relations_established", "trade_total"]
    for _ in range(30):
        rows = []
        for n in range(rng.randint(0, 200)):
            year = rng.choice(["1975", "1976", "2004", "2019"])
            date = rng.choice(
                [year, f"{year}-05", f"{year}-05-19", f"{year}-11", "197", ""]
            )  # "197": shorter than a year
            rows.append(
                {
                    "id": n,
                    "kind": rng.choice(kinds),
                    "date": date,
                    "person": rng.choice(["", "Chinh", "Lula"]),
                    "name": rng.choice(["", "FTA"]),
                    "action": rng.choice(["opened", "closed"]),
                }
            )
        assert [[r["id"] for r in e] for e in events(rows)] == [[r["id"] for r in e] for e in _events_one_by_one(rows)]


def test_fact_rows_read_their_json_lists_as_the_json_type_does(seeded_store) -> None:  # type: ignore[no-untyped-def]
    """The facts' flags and derived_from are read as stored and decoded here ("[]" without json.loads); every
    row must equal what SQLAlchemy's JSON type gives, on each engine."""
    from sqlalchemy import select

    from app.session.views import ARTICLES, FACTS, _fact_rows

    query = (
        select(FACTS, ARTICLES.c.source_name.label("file"), ARTICLES.c.outlet, ARTICLES.c.published, ARTICLES.c.title)
        .join(ARTICLES, ARTICLES.c.id == FACTS.c.article_id)
        .order_by(FACTS.c.id)
    )
    with seeded_store.engine.connect() as conn:
        typed = [dict(row._mapping) for row in conn.execute(query)]
    rows = _fact_rows(seeded_store, spans=True)
    unread = {"origin", "destination", "date_precision", "unresolved", "extractor_version", "reviewed_at"}
    assert set(typed[0]) - set(rows[0]) == unread  # a view reads the rest
    assert rows == [{k: v for k, v in r.items() if k not in unread} for r in typed] and len(rows) == 44
    spans = {"span_start", "span_end"}  # the article viewer's; a relationship's view reads neither
    assert _fact_rows(seeded_store) == [{k: v for k, v in r.items() if k not in spans} for r in rows]
    by_id = {r["id"]: r for r in rows}
    (derived,) = [r for r in rows if r["derived"] and r["kind"] == "trade_total"]
    assert (derived["year"], round(derived["value_usd"] / 1e6)) == (2023, 11765)
    cited = sorted((by_id[i]["kind"], by_id[i]["value_usd"] or by_id[i]["percent"]) for i in derived["derived_from"])
    assert cited == [("trade_growth", 27.5), ("trade_total", 15e9)]
    assert any(r["flags"] for r in rows) and all(isinstance(r["flags"], list) for r in rows)


def test_an_article_whose_facts_were_all_rejected_stays_listed_with_none(seeded_store) -> None:  # type: ignore[no-untyped-def]
    """The articles listed for a pair are those with a fact about it still standing and the pair's own
    articles: one whose six facts were all rejected stays, counted 0; the others keep their counts."""
    from app.domain.facts import ReviewStatus
    from app.store.repositories import FactRepository

    before = pair_view(seeded_store, "VNM", "MEX")
    first = next(a for a in before.articles if a.source_name.startswith("000"))
    facts = FactRepository(seeded_store, user="ben")
    stored = facts.facts()
    for fact_id in stored[stored.article_id == first.id].id.tolist():
        facts.set_status(int(fact_id), ReviewStatus.REJECTED)
    after = pair_view(seeded_store, "VNM", "MEX")
    assert [(a.source_name[:3], a.facts) for a in after.articles] == [("000", 0), ("001", 6), ("002", 17)]
    assert after.facts == before.facts - 6 == 23
    assert [a.source_name[:3] for a in pair_view(seeded_store, "MEX", "JPN").articles] == ["004"]
