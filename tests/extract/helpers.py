from __future__ import annotations

from app.domain.facts import Fact, FactKind
from app.extract.pipeline import extract_article


def facts_of(body: str, date: str | None = None, kind: FactKind | None = None) -> list[Fact]:
    text = (f" date {date} " if date else "") + body
    facts = extract_article(text).facts
    return [f for f in facts if kind is None or f.kind == kind]


def only(body: str, kind: FactKind, date: str | None = None) -> Fact:
    found = [f for f in facts_of(body, date, kind) if not f.derived]
    assert len(found) == 1, found
    return found[0]
