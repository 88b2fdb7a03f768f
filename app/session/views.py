"""What the window shows, read with SQLAlchemy Core into frozen dataclasses (no pandas on this path)."""

from __future__ import annotations

import json
from functools import partial
from typing import Any, cast

from sqlalchemy import String, Table, func, select
from sqlalchemy import cast as sql_cast

from app.analysis.describe import describe_fact
from app.analysis.official import two_way_series
from app.analysis.series import (
    established_row,
    source_label,
    summarise_rows,
    trade_points,
    unconverted,
    with_rates,
    with_series_flags,
)
from app.domain.countries import country_index
from app.domain.facts import MILESTONE_KINDS, FactKind, fiscal_label, pair_key
from app.domain.frozen import built
from app.domain.money import format_amount, format_usd, format_usd_exact
from app.session.records import (
    ArticleSummary,
    ArticleView,
    FactRow,
    FactRows,
    FactSpan,
    Milestone,
    PairView,
    StoreCounts,
)
from app.store.engine import Store
from app.store.models import Article, Fact
from app.store.official import pair_figures
from app.store.rates import rates

ARTICLES = cast(Table, Article.__table__)
FACTS = cast(Table, Fact.__table__)


# The facts' columns with their two JSON lists read as text: nearly every one is "[]", which SQLAlchemy's
# JSON type decodes with a json.loads call each (a fifth of reading a relationship's ~730 rows on SQLite), and
# psycopg too, by the column's type on the server, whatever SQLAlchemy is told (6.5 -> 3.7 ms on PostgreSQL).
_JSON_LISTS = ("flags", "derived_from")
_FACT_COLUMNS = [sql_cast(c, String).label(c.name) if c.name in _JSON_LISTS else c for c in FACTS.c]
# A relationship's view reads neither where a fact stands in its article nor how it was stored: eight
# columns fewer make its ~730 rows 4.0 -> 3.5 ms on SQLite.
_NOT_IN_A_VIEW = ("origin", "destination", "date_precision", "unresolved", "extractor_version", "reviewed_at")
_SPANS = ("span_start", "span_end")
_VIEW_COLUMNS = [c for c in _FACT_COLUMNS if c.name not in (*_NOT_IN_A_VIEW, *_SPANS)]
_SPAN_COLUMNS = [c for c in _FACT_COLUMNS if c.name not in _NOT_IN_A_VIEW]


def _json_list(value: Any) -> Any:
    if isinstance(value, str):
        return [] if value == "[]" else json.loads(value)
    return value  # NULL


def _fact_rows(store: Store, *where: Any, spans: bool = False) -> list[dict[str, Any]]:
    """The facts' rows with their articles' names, as a view shows them (with ``spans``, where each stands in
    its article too)."""
    query = (
        select(
            *(_SPAN_COLUMNS if spans else _VIEW_COLUMNS),
            ARTICLES.c.source_name.label("file"),
            ARTICLES.c.outlet,
            ARTICLES.c.published,
            ARTICLES.c.title,
        )
        .join(ARTICLES, ARTICLES.c.id == FACTS.c.article_id)
        .where(*where)
        .order_by(FACTS.c.id)
    )
    with store.engine.connect() as conn:
        result = conn.execute(query)
        keys = list(result.keys())
        rows = [dict(zip(keys, row, strict=True)) for row in result.all()]  # a Row's _mapping costs a third more
    for r in rows:
        r["flags"], r["derived_from"] = _json_list(r["flags"]), _json_list(r["derived_from"])
    return rows


def pair_view(store: Store, a: str, b: str, as_of: dict[int, int] | None = None) -> PairView:
    """The trade points and articles of one relationship. With ``as_of`` (fact id -> version, a saved
    comparison's fingerprint), as the store was then: facts added since are left out, and each fact
    reviewed since shows the state its review log gives for that version."""
    asked = (a, b)
    a, b = pair_key(a, b)
    rows = _fact_rows(store, FACTS.c.country_a == a, FACTS.c.country_b == b)
    if as_of is not None:
        rows = _as_of(store, rows, as_of)
    live = [r for r in rows if r["status"] != "rejected"]
    counts: dict[int, int] = {}
    for r in live:
        counts[r["article_id"]] = counts.get(r["article_id"], 0) + 1
    # The articles with a fact about the pair come with their facts' rows; only the pair's own articles are
    # asked for besides, for those with no fact standing (an IN list of a 20,000-article store's ~300 ids
    # had been compiled at every switch).
    found: dict[int, tuple[str, str | None, str | None, str]] = {
        r["article_id"]: (r["title"], r["outlet"], r["published"], r["file"]) for r in live
    }
    query = select(
        ARTICLES.c.id, ARTICLES.c.title, ARTICLES.c.outlet, ARTICLES.c.published, ARTICLES.c.source_name
    ).where(ARTICLES.c.country_a == a, ARTICLES.c.country_b == b)
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            found.setdefault(row.id, (row.title, row.outlet, row.published, row.source_name))
    articles = [ArticleSummary(i, t, o, p, f, counts.get(i, 0)) for i, (t, o, p, f) in found.items()]
    # Newest first; undated articles last, in the order they were stored.
    articles.sort(key=lambda s: (s.published is None, _negated(s.published), s.id))
    index = country_index()
    year = _stories_year(articles, live)
    name = f"{index.name(asked[0], year)}–{index.name(asked[1], year)}"
    best = established_row(live)
    priced = with_rates(rows, {(r.currency, r.year): r for r in rates(store)})
    points = trade_points(priced)
    rows = with_series_flags(priced, points)
    grouped = events(live)  # the milestones' events, and the statements folded into one row each
    return PairView(
        (a, b),
        tuple(points),
        tuple(articles),
        len(live),
        asked,
        name,
        milestones=milestones(grouped, asked),
        fact_rows=FactRows(partial(_rows_of, rows, grouped, asked)),  # built when the Facts tab or a report reads them
        summary=summarise_rows(rows, points),
        established=(str(best["date"] or best["year"]) if best is not None else None),
        official=two_way_series(pair_figures(store, a, b)),
        unconverted=tuple(unconverted(rows)),
    )


def _as_of(store: Store, rows: list[dict[str, Any]], versions: dict[int, int]) -> list[dict[str, Any]]:
    """``rows`` as they were at ``versions``: rows not there then left out, a row whose version moved on
    given the reviewable state its review log records for that version."""
    from app.store.models import FactChange

    kept = [r for r in rows if r["id"] in versions]
    moved = {r["id"] for r in kept if r["version"] != versions[r["id"]]}
    if not moved:
        return kept
    changes = cast(Table, FactChange.__table__)
    states: dict[tuple[int, int], dict[str, Any]] = {}
    query = select(changes).where(changes.c.fact_id.in_(sorted(moved))).order_by(changes.c.id)
    with store.engine.connect() as conn:
        for change in conn.execute(query):
            if change.before is not None and change.version_before is not None:
                states.setdefault((change.fact_id, change.version_before), change.before)
            if change.after is not None and change.version_after is not None:
                states[(change.fact_id, change.version_after)] = change.after
    out = []
    for row in kept:
        state = states.get((row["id"], versions[row["id"]])) if row["id"] in moved else None
        if state is not None:
            row = {**row, **{k: v for k, v in state.items() if k in row and k != "reviewed_at"}}
            row["version"] = versions[row["id"]]
        out.append(row)
    return out


def _stories_year(articles: list[ArticleSummary], rows: list[dict[str, Any]]) -> int | None:
    """The year the relationship's stories were written in, to name its countries as they were named then:
    the latest article's year (or, with no date on any, the latest year a fact states)."""
    years = [int(a.published[:4]) for a in articles if a.published]
    years = years or [int(r["year"]) for r in rows if r["year"] is not None]
    return max(years) if years else None


_MILESTONE_KINDS = {k.value for k in MILESTONE_KINDS}


def milestones(grouped: list[list[dict[str, Any]]], order: tuple[str, str]) -> tuple[Milestone, ...]:
    """One milestone per event (``grouped``, as ``events`` groups the live rows): the same establishment,
    visit, agreement or embassy stated by several articles is one mark with its sources listed, at the most
    precise date any of them gives ("March 25, 1971" rather than "1971")."""
    out = []
    for event in grouped:
        best = best_statement(event)
        description = describe_fact(best, order)
        sources = list(dict.fromkeys(source_label(r) for r in event))
        if len(sources) > 1:
            description += f"\n  stated by {len(sources)} articles: " + "; ".join(sources)
        else:
            description += f"\n  source: {sources[0]}"
        doubtful = all(r["status"] == "proposed" and float(r["confidence"] or 0.0) < 0.8 for r in event)
        if doubtful:
            description += (
                f"\n  doubtful (confidence {float(best['confidence'] or 0):.2f}): {best.get('confidence_basis') or ''}"
            )
        out.append(Milestone(best["id"], best["article_id"], best["kind"], str(best["date"]), description, doubtful))
    return tuple(out)


def events(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The dated milestone facts grouped by event: one establishment stated by three articles is one event."""
    events: list[list[dict[str, Any]]] = []
    # Statements of one event share their kind and their year (one date begins the other): each row is
    # compared with the events of its kind and year only, not with every event (a 20,000-article store's
    # relationship compared 276,000 pairs). An event first stated with a date shorter than a year would be
    # compared with every row; none is, but the rule holds for it.
    filed: dict[tuple[str, str], list[int]] = {}
    loose: list[int] = []
    for r in rows:
        if r["kind"] not in _MILESTONE_KINDS or not r["date"]:
            continue
        date = str(r["date"])
        near = sorted([*filed.get((r["kind"], date[:4]), ()), *loose]) if len(date) >= 4 else range(len(events))
        found = next((i for i in near if _same_event(events[i][0], r)), None)
        if found is not None:
            events[found].append(r)
            continue
        (filed.setdefault((r["kind"], date[:4]), []) if len(date) >= 4 else loose).append(len(events))
        events.append([r])
    return events


def best_statement(event: list[dict[str, Any]]) -> dict[str, Any]:
    """The statement of an event to show: the most precise date, then the first stored."""
    return max(event, key=lambda r: (len(str(r["date"])), -event.index(r)))


def _folded(
    rows: list[dict[str, Any]], grouped: list[list[dict[str, Any]]]
) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each fact row with the other articles' statements of the same event folded into it (a rejected
    statement stays a row of its own, so it can be taken back). ``grouped`` is ``events`` of the rows not
    rejected, found once for the milestones too; its statements are matched to ``rows`` by id."""
    folded: dict[int, list[int]] = {}
    for event in grouped:
        if len(event) > 1:
            best = best_statement(event)
            folded[best["id"]] = [r["id"] for r in event if r is not best]
    by_id = {r["id"]: r for r in rows}
    hidden = {i for others in folded.values() for i in others}
    return [(r, [by_id[i] for i in folded.get(r["id"], ())]) for r in rows if r["id"] not in hidden]


_VISIT, _AGREEMENT, _EMBASSY = FactKind.VISIT.value, FactKind.AGREEMENT.value, FactKind.EMBASSY.value


def _same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["kind"] != b["kind"]:
        return False
    da, db = str(a["date"]), str(b["date"])
    if not (da.startswith(db) or db.startswith(da)):
        return False
    if a["kind"] == _VISIT:
        pa, pb = (a.get("person") or "").lower(), (b.get("person") or "").lower()
        return not pa or not pb or pa == pb
    if a["kind"] == _AGREEMENT:
        na, nb = (a.get("name") or "").lower(), (b.get("name") or "").lower()
        return not na or not nb or na == nb
    if a["kind"] == _EMBASSY:
        return a.get("action") == b.get("action")
    return True  # relations established: once per pair


def _rows_of(rows: list[dict[str, Any]], grouped: list[list[dict[str, Any]]], asked: tuple[str, str]) -> list[FactRow]:
    """The Facts tab's rows: a statement several articles make is one row, naming them all."""
    return [_fact_row(r, asked, also) for r, also in _folded(rows, grouped)]


def _fact_row(
    r: dict[str, Any], order: tuple[str, str] | None = None, also: list[dict[str, Any]] | None = None
) -> FactRow:
    year = r["year"]
    when = r["date"] or (str(year) if year is not None else "")
    if r.get("fiscal_year"):
        when = fiscal_label(r["fiscal_year"])
    if r["partial_period"]:
        when = f"{when} ({r['partial_period']})"
    if r.get("currency") not in (None, "USD") and r.get("amount") is not None:  # as stated: "NLG 110 bn"
        value = format_amount(r["amount"], r["currency"])
        if r["value_usd"] is not None:
            value += f" (≈ {format_usd(r['value_usd'])})"
    elif r["value_usd"] is not None:
        value = format_usd_exact(r["value_usd"])
    elif r["percent"] is not None:
        value = f"{r['percent']:+g} %"
    elif r["rank"] is not None:
        value = f"rank {r['rank']}"
    else:
        value = r["person"] or r["name"] or r["action"] or ""
    return built(
        FactRow,
        id=r["id"],
        article_id=r["article_id"],
        kind=r["kind"],
        when=when,
        value=value,
        qualifier=r["qualifier"] or "",
        file=r["file"],
        status=r["status"],
        derived=bool(r["derived"]),
        version=r["version"],
        sentence=r["sentence"],
        description=describe_fact(r, order) + _stated_by(r, also or []),
        value_usd=r["value_usd"],
        year=year,
        date=r["date"],
        percent=r["percent"],
        flags=tuple(map(str, r["flags"])) if r["flags"] else (),
        person=r["person"],
        source=source_label(r) + (f" (+{len(also)} more)" if also else ""),
        also=tuple(int(o["id"]) for o in also) if also else (),
        confidence=1.0 if r["status"] in ("accepted", "edited") else float(r["confidence"] or 0.0),
        confidence_basis=r.get("confidence_basis") or "",
    )


def _stated_by(r: dict[str, Any], also: list[dict[str, Any]]) -> str:
    """ "stated by 3 articles: Viet Nam News, 2025-05-20; …" for an event several articles state."""
    if not also:
        return ""
    sources = list(dict.fromkeys(source_label(x) for x in [r, *also]))
    return f"\n  stated by {len(sources)} articles: " + "; ".join(sources)


def _negated(published: str | None) -> tuple[int, ...]:
    return tuple(-int(part) for part in (published or "0").split("-"))


def article_view(store: Store, article_id: int) -> ArticleView | None:
    """An article's full text and every fact read from it (rejected ones left out)."""
    with store.engine.connect() as conn:
        row = conn.execute(select(ARTICLES).where(ARTICLES.c.id == article_id)).first()
    if row is None:
        return None
    facts = [
        FactSpan(r["id"], r["kind"], r["span_start"], r["span_end"], describe_fact(r), r["status"], bool(r["derived"]))
        for r in _fact_rows(store, FACTS.c.article_id == article_id, spans=True)
        if r["status"] != "rejected"
    ]
    return ArticleView(
        row.id,
        row.title,
        row.outlet,
        row.published,
        row.source_name,
        row.text,
        tuple((int(s), int(e)) for s, e in row.body_spans),
        tuple(facts),
        tuple(str(w) for w in row.warnings or ()),
    )


def countries_with_facts(store: Store) -> dict[str, int]:
    """How many facts each country takes part in: the pickers list these first."""
    counts: dict[str, int] = {}
    with store.engine.connect() as conn:
        for column in (FACTS.c.country_a, FACTS.c.country_b):
            for code, n in conn.execute(select(column, func.count()).group_by(column)):
                counts[code] = counts.get(code, 0) + int(n)
    return counts


def store_counts(store: Store) -> StoreCounts:
    with store.engine.connect() as conn:
        articles = conn.execute(select(func.count()).select_from(ARTICLES)).scalar() or 0
        facts = conn.execute(select(func.count()).select_from(FACTS)).scalar() or 0
    return StoreCounts(int(articles), int(facts))
