"""Visits told without the word "visit": a leader at talks in the dateline's capital, at a head of state's
seat, received or hosted there, or named as arriving or present ("Brazilian President Lula in Hanoi")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.countries import MentionKind, great_city, in_its_time
from app.domain.facts import Fact, FactKind
from app.domain.leaders import LEADERS, leaders_at
from app.extract.cleaning import heading_above
from app.extract.context import SentenceContext
from app.extract.mentions import Mention, finder
from app.extract.periods import DateExpr
from app.extract.prefilter import rx
from app.extract.visit_parts import (
    AWAITED,
    IMPLIED_LEADER,
    IN_BEFORE,
    MEETING,
    MEETING_WORDS,
    PERSON,
    POSSESSIVE_LEADER,
    SIGNED_A_DOCUMENT,
    TITLE,
    TITLED_NAME,
    UNREAL_VISIT,
    whole_sentence_visit,
)


def _unreal_before(ctx: SentenceContext, at: int) -> bool:
    """Whether the meeting at ``at`` is only intended, invited, postponed or possible (the 40 characters before)."""
    return UNREAL_VISIT.search(ctx.text[max(0, at - 40) : at]) is not None


def _a_third_countrys_city(ctx: SentenceContext, code: str) -> bool:
    """Whether the sentence names ``code``, a country not of the story's pair, only by its city: where the story's
    two met ("Prime Minister Chinh met his New Zealand counterpart in Vientiane", a story of Vietnam and New
    Zealand), no side of the meeting."""
    return code not in ctx.pair and all(m.kind == MentionKind.CAPITAL for m in ctx.mentions if m.code == code)


def dateline_visit(ctx: SentenceContext) -> list[Fact]:
    """A foreign official in talks, or signing, in the story's dateline capital is visiting it."""
    host = ctx.dateline_code
    text = ctx.text
    if host is None or ctx.pub is None or ctx.pub.month is None:
        return []  # the cheap tests first: most stories have no dated dateline
    pair = ctx.pair_for()
    if pair is None or host not in pair:
        return []
    if _a_third_countrys_city(ctx, host):
        return []  # "… met his New Zealand counterpart in Vientiane": the story's two met in a third country's city
    meeting = ctx.search(MEETING, *MEETING_WORDS)
    if meeting is None or _unreal_before(ctx, meeting.start()):
        return []
    guest = pair[1] if pair[0] == host else pair[0]
    guest_named = [m for m in ctx.mentions if m.code == guest]
    apposed = next((official for m in guest_named if (official := _apposed_official(text, m.start))), None)
    basis = "implied: talks in the dateline's capital"
    if apposed is not None:  # "Rajendra Mahato, Nepal's Commerce Minister, here on Wednesday"
        return whole_sentence_visit(ctx, pair, guest, host, apposed, basis, 0.5, said_at=meeting.start())
    in_order = _named_in_order(ctx, guest)
    if in_order is not None:
        return whole_sentence_visit(ctx, pair, guest, host, in_order, basis, confidence=0.5, said_at=meeting.start())
    persons = list(PERSON.finditer(text))
    if not persons:
        return []  # "the two countries signed": no one is said to have travelled
    # The guest's official: "Kenyan President Daniel Arap Moi", "Anibal Cavaco Silva of Portugal".
    theirs = [
        p
        for p in persons
        if any(
            0 <= p.start() - m.end <= 2 or 0 <= m.start - p.end() <= 4 or _PORTFOLIO.fullmatch(text, m.end, p.start())
            for m in guest_named
        )
    ]
    person = " ".join(theirs[0].group(0).split()) if theirs else None
    if not theirs:  # "Anibal Cavaco Silva of Portugal": a name and the guest's country, without a title
        named_of = [
            found
            for m in guest_named
            if (
                found := re.search(
                    r"((?:[A-Z][\w’'.-]+\s+){1,4})of\s+(?:the\s+)?$", text[max(0, m.start - 60) : m.start]
                )
            )
        ]
        counterpart = next(
            (found for m in guest_named if _POSSESSIVE_BEFORE.search(text, max(0, m.start - 8), m.start)
             if (found := _COUNTERPART_NAMED.match(text, m.end))),
            None,
        )  # fmt: skip
        if named_of:
            person = named_of[0].group(1).strip()
        elif counterpart is not None:  # "… and his Vietnamese counterpart Nguyen Manh Cam signed …"
            person = " ".join(counterpart.group("name").split())
        elif len(persons) < 2:
            return []
    if any(
        0 <= m.start - meeting.end() < 30 and re.search(r"\bin\s+$", text[max(0, m.start - 4) : m.start])
        for m in guest_named
    ):
        return []  # "talks in Nairobi": held in the guest's own country
    return whole_sentence_visit(ctx, pair, guest, host, person, basis, confidence=0.5, said_at=meeting.start())


# One plural title of both countries, then a name for each in their order: "Presidents of Azerbaijan and Uzbekistan
# Ilham Aliyev and Shavkat Mirziyoyev"
_NAME = r"(?:[A-Z][\w\u00C0-\u1EF9’'.-]+\s+){1,3}?[A-Z][\w\u00C0-\u1EF9’'.-]+"
_TITLE_OF_BOTH = rx(
    r"\b(?:Presidents|Prime\s+Ministers|Foreign\s+Ministers|Ministers|Leaders)\s+of\s+(?:the\s+)?(?P<a>[A-Z][\w-]+)"
    r"(?:\s+[A-Z][\w-]+)?\s+and\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,?\s+(?P<one>" + _NAME + r")\s+and\s+"
    r"(?P<two>" + _NAME + r")(?=,?\s+[a-z])"
)


def _named_in_order(ctx: SentenceContext, guest: str) -> str | None:
    """The guest's name under one plural title of both countries, the names in the countries' order: "Presidents
    of Azerbaijan and Uzbekistan Ilham Aliyev and Shavkat Mirziyoyev signed …" (Azerbaijan's: Ilham Aliyev)."""
    both = _TITLE_OF_BOTH.search(ctx.text)
    if both is None:
        return None
    first = ctx.code_at(both.start("a"))
    return " ".join((both.group("one") if first == guest else both.group("two")).split())


# The guest's official named as the host's counterpart: "his Vietnamese counterpart Nguyen Manh Cam"
_POSSESSIVE_BEFORE = rx(r"\b(?:his|her|their)\s+$")
_COUNTERPART_NAMED = rx(r"\s+counterpart,?\s+(?P<name>(?:[A-Z][\w\u00C0-\u1EF9’'.-]+\s*){1,4}?)(?=\s+[a-z]|[,.;]|$)")
# A minister's portfolio between the country and the title: "Azerbaijani Energy Minister", "Indonesian Trade Minister",
# "Japan's Trade and Industry Minister"
_PORTFOLIO_WORD = r"(?:[A-Z][\w&-]+\s+(?:and\s+)?)"  # a word of a minister's portfolio: "Trade and Integration"
_PORTFOLIO = rx(r"(?:['’]s)?\s+" + _PORTFOLIO_WORD + r"{1,3}")
_APPOSED = rx(r"(?P<name>(?:[A-Z][\w\u00C0-\u1EF9’'.-]+\s+){1,3}[A-Z][\w\u00C0-\u1EF9’'.-]+),\s+(?:the\s+)?$")


def _apposed_official(text: str, country_at: int) -> str | None:
    """The name before "…, Nepal's Commerce Minister": an official named, then described by country and title."""
    title = re.match(r"[\w\u00C0-\u1EF9]*['’]{1,2}s?\s+(?:[A-Z][\w-]+\s+){0,4}?" + TITLE + r"\b", text[country_at:])
    if title is None:
        return None
    named = _APPOSED.search(text, max(0, country_at - 60), country_at)
    return named.group("name") if named else None


# Where a head of state or government receives guests: a meeting there puts the guest in that country.
_SEATS = {
    "GBR": r"(?:10|No\.?\s*10|Number\s+10)\s+Downing\s+Street|Downing\s+Street|Chequers",
    "FRA": r"(?:the\s+)?[ÉE]lys[ée]e(?:\s+Palace)?|H[ôo]tel\s+(?:de\s+)?Matignon",
    "RUS": r"(?:the\s+)?Kremlin",
    "USA": r"(?:the\s+)?White\s+House|Camp\s+David|Oval\s+Office",
    "CHN": r"(?:the\s+)?Great\s+Hall\s+of\s+the\s+People|Zhongnanhai|Diaoyutai",
    "ARG": r"(?:the\s+)?Casa\s+Rosada",
    "KOR": r"(?:the\s+)?(?:Blue\s+House|Cheong\s+Wa\s+Dae)",
    "IND": r"Rashtrapati\s+Bhavan|Hyderabad\s+House",
    "BRA": r"(?:the\s+)?(?:Planalto|Alvorada)(?:\s+Palace)?|Pal[áa]cio\s+do\s+(?:Planalto|Itamaraty)",
    "MEX": r"Los\s+Pinos|Palacio\s+Nacional",
    "ITA": r"(?:the\s+)?Quirinal(?:e)?(?:\s+Palace)?|Palazzo\s+Chigi",
    "DEU": r"Bellevue\s+Palace|Schloss\s+Bellevue",
    "JPN": r"(?:the\s+)?Kantei|Akasaka\s+Palace",
    "ESP": r"(?:the\s+)?(?:Moncloa|Zarzuela)(?:\s+Palace)?",
    "PHL": r"Malaca[ñn]ang(?:\s+Palace)?",
    "KAZ": r"Ak\s*orda",
    "NGA": r"Aso\s+(?:Rock|Villa)",
    "ZAF": r"(?:the\s+)?Union\s+Buildings",
    "IDN": r"(?:Merdeka|Bogor)\s+Palace",
    "VEN": r"Miraflores(?:\s+Palace)?",
    "CHL": r"(?:the\s+)?(?:La\s+)?Moneda\s+Palace|Palacio\s+de\s+La\s+Moneda",
    "COL": r"Casa\s+de\s+Nari[ñn]o",
    "CAN": r"Rideau\s+Hall",
    "TUR": r"Be[şs]tepe|Dolmabah[çc]e",
    "SAU": r"Al[- ]Yamamah\s+Palace",
    # the palaces of the Gulf and the Maghreb where guests are received
    "QAT": r"(?:the\s+)?Amiri\s+Diwan",
    "KWT": r"(?:the\s+)?(?:Bayan|Seif)\s+Palace",
    "ARE": r"Qasr\s+Al[- ](?:Watan|Shati)|Al[- ]Shati\s+Palace",  # (not Gaza's Al-Shati camp)
    "OMN": r"(?:the\s+)?Al[- ]Alam\s+Palace",
    "BHR": r"(?:the\s+)?(?:Sakhir|Gudaibiya|Al[- ]Qudaibiya)\s+Palace",
    "DZA": r"(?:the\s+)?El[- ]Mouradia(?:\s+Palace)?",
    "TUN": r"(?:the\s+)?Carthage\s+Palace",
    "EGY": r"(?:the\s+)?(?:Al[- ])?Ittihadiya\s+Palace",
    # a State House by its city ("State House Entebbe", "State House, Nairobi", "State House in Lusaka")
    "KEN": r"State\s+House,?\s+(?:in\s+)?Nairobi",
    "UGA": r"State\s+House,?\s+(?:in\s+)?(?:Entebbe|Kampala)",
    "TZA": r"(?:Chamwino\s+)?State\s+House,?\s+(?:in\s+)?(?:Dar\s+es\s+Salaam|Dodoma)",
    "ZMB": r"State\s+House,?\s+(?:in\s+)?Lusaka",
    "ZWE": r"State\s+House,?\s+(?:in\s+)?Harare",
    "NAM": r"State\s+House,?\s+(?:in\s+)?Windhoek",
    "SLE": r"State\s+House,?\s+(?:in\s+)?Freetown",
}
_SEAT = rx(r"\b(?:at|in|to)\s+(?:" + "|".join(f"(?P<{c}>{p})" for c, p in _SEATS.items()) + r")")
# (or the two together over a signing or a meeting: "supervised the signing of …", "chaired the ninth meeting of …";
# or signing a document there, ``SIGNED_A_DOCUMENT``)
_HOSTED = rx(
    r"\b(?:talks\b|met\b|meeting\s+(?:with|between)|received|welcomed|hosted|greeted|supervised|oversaw|witnessed|"
    r"presided\s+over|(?:co-?)?chaired|" + SIGNED_A_DOCUMENT + r")",
    re.I,
)
# Words (lower case) every _HOSTED holds: a sentence without any is not searched for it.
_HOSTED_WORDS = (
    "talks", "met", "meeting", "supervised", "oversaw", "witnessed", "presided", "chaired", "signed", "receiv",
    "welcom", "host", "greet",
)  # fmt: skip


def seat_visit(ctx: SentenceContext) -> list[Fact]:
    """ "Premier Li held talks with Prime Minister Cameron at 10 Downing Street on Tuesday": a guest at the
    host's seat of government is visiting the host's country."""
    text = ctx.text
    # the cheaper tests first: most sentences hold no meeting
    meeting = ctx.search(_HOSTED, *_HOSTED_WORDS)
    seat = _SEAT.search(text) if meeting else None
    if seat is None or meeting is None or seat.lastgroup is None:
        return []
    pair = ctx.pair_for()
    if pair is None:
        return []
    host = seat.lastgroup if ctx.pub is None else in_its_time(seat.lastgroup, ctx.pub.year)
    if host not in pair or _unreal_before(ctx, meeting.start()):
        return []
    guest = pair[1] if pair[0] == host else pair[0]
    guest_named = [m for m in ctx.mentions if m.code == guest]
    if not guest_named:
        person = _the_outlets_own(ctx, host)
        if person is None:
            return []  # no one of the other country is said to be there
    else:
        theirs = [p for p in PERSON.finditer(text) if any(0 <= p.start() - m.end <= 2 for m in guest_named)]
        person = " ".join(theirs[0].group(0).split()) if theirs else None
    return whole_sentence_visit(ctx, pair, guest, host, person, f"implied: a meeting at {seat.group(seat.lastgroup)}")


def _the_outlets_own(ctx: SentenceContext, host: str) -> str | None:
    """The guest named by title alone beside the host's official named with the host's country, as a guest's home
    paper writes its leader: "Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang … at the Great Hall of the
    People" (Pakistan's prime minister), or beside a leader of the host's the leaders list knows ("President Xi
    Jinping"). None unless the host's official is so named and one other titled name is."""
    hosts = [m for m in ctx.mentions if m.code == host]
    persons = list(PERSON.finditer(ctx.text))
    hosts_own = [
        p
        for p in persons
        if any(0 <= p.start() - m.end <= 2 for m in hosts) or LEADERS.get(" ".join(p.group("name").split())) == host
    ]
    others = [p for p in persons if p not in hosts_own and not any(m.start < p.start() < m.end for m in hosts)]
    if len(hosts_own) != 1 or len(others) != 1:
        return None
    return " ".join(others[0].group(0).split())


# A leader's address to a country's parliament: "addressed a joint session of the US Congress", "addressed the
# Australian Parliament", "addressed the National Assembly of Vietnam".
_PARLIAMENT = (
    r"(?:Parliament|Congress|National\s+Assembly|Diet|House\s+of\s+Commons|Senate|Bundestag|Duma|Knesset|Sejm|Majlis)"
)
_ADDRESSED_PARLIAMENT = rx(
    r"\baddress(?:ed|es)\s+(?:an?\s+|the\s+)?(?:joint\s+(?:session|sitting|meeting)\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<host>(?:[A-Z][\w.’'-]*\s+){1,2}?)(?:State\s+)?"
    + _PARLIAMENT
    + r"\b|"
    + _PARLIAMENT
    + r"\s+of\s+(?:the\s+)?(?P<host_of>[A-Z]))"
)


def parliament_visit(ctx: SentenceContext) -> list[Fact]:
    """ "Prime Minister James Marape addressed the Australian Parliament on 8 February 2024, the first leader from
    PNG to do so": a leader who addresses the other country's parliament is there (not by video link, which
    ``whole_sentence_visit`` leaves out, nor the host's own leader: no mention of the host before the address)."""
    address = ctx.search(_ADDRESSED_PARLIAMENT, "address")
    if address is None:
        return []
    at = address.start("host") if address.group("host") else address.start("host_of")
    host = ctx.code_at(at)
    pair = ctx.pair_for()
    if host is None or pair is None or host not in pair:
        return []
    guest = pair[1] if pair[0] == host else pair[0]
    if not any(m.code == guest for m in ctx.mentions) or any(
        m.code == host and m.start < address.start() for m in ctx.mentions
    ):
        return []
    return whole_sentence_visit(ctx, pair, guest, host, None, "implied: an address to the host's parliament")


# The two sides' ministers or leaders meeting: "The two countries' foreign ministers met in", "The leaders of Chile and
# Peru met in", "The two prime ministers held talks in"
_BOTH_MET = rx(
    r"\b(?:the\s+two\s+(?:(?:countries|nations|sides)['’]\s+)?|the\s+(?=(?:leaders|presidents|prime\s+ministers|"
    r"foreign\s+ministers)\s+of\s+))(?:foreign\s+ministers|leaders|prime\s+ministers|presidents|premiers|heads\s+of\s+"
    r"(?:state|government))(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)?)?\s+(?:met|held\s+talks)"
    # ("met for informal talks in", "met here": the dateline's place, as "in this Siberian city" is)
    r"(?:\s+for\s+[^,.;]{0,40}?(?:talks|meetings?|consultations|summit))?\s+(?:in\s+|(?=here\b))",
    re.I,
)
# The place of a wire story's dateline, named so: "here", "in this Siberian city", "in this capital"
_HERE = rx(r"(?:here\b|this\s+(?:[\w-]+\s+){0,2}?(?:city|capital|town|resort|port)\b)", re.I)


# Two leaders named with their titles, the sentence's subject, together after talks somewhere: "President Nana
# Akufo-Addo and President Xi Jinping on Wednesday announced … after talks in Beijing".
_TWO_NAMED_AFTER_TALKS = rx(
    r"^(?:\s*(?:The|On\s+\w+,?)\s+)?"
    + TITLED_NAME
    + r",?\s+and\s+"
    + TITLED_NAME
    + r"[^.;]{0,160}?\b(?:after|following|during|at)\s+(?:their\s+|the\s+)?(?:talks|a\s+meeting|meetings)\s+in\s+"
)


def both_met_in_one_capital(ctx: SentenceContext) -> list[Fact]:
    """ "The two countries' foreign ministers met in Singapore on Wednesday": where the two sides met in one side's
    capital (or country), the other side's are visiting it. So for two leaders named together, after talks in
    one side's capital."""
    met = (
        ctx.search(_BOTH_MET, "met", "talks")
        if ctx.holds("two", "leaders of", "ministers of", "presidents of")
        else None
    ) or (ctx.search(_TWO_NAMED_AFTER_TALKS, "talks", "meeting") if ctx.holds(" and ") else None)
    if met is None:
        return []
    pair = ctx.pair_for()
    place = ctx.dateline_code if _HERE.match(ctx.text, met.end()) else ctx.code_at(met.end())
    if pair is None or place is None or place not in pair:
        return []  # "met in Geneva": a third country's city
    guest = pair[1] if pair[0] == place else pair[0]
    return whole_sentence_visit(ctx, pair, guest, place, None, "implied: the two sides met in one side's capital")


# A fact sheet's list of visits: an item "- President Susilo Bambang Yudhoyono to Peru, November 2008 (APEC)"
# under a heading "High-level visits" (the bullets between them read back)
_VISIT_ITEM = rx(r"[-•*·–]\s+(?P<who>[^,;:]{3,80}?)\s+to\s+(?:the\s+)?(?=[A-Z])")
_VISITS_HEADING = re.compile(
    r"\s*(?:(?:high[- ]level|official|state|reciprocal|bilateral|recent|main)\s+)?(?:visits|exchanges?\s+of\s+visits)"
    r"(?:\s+exchanged)?\s*:?\s*",
    re.I,
)
_ITEMS_READ_BACK = 12  # items of a list read back to its heading, at most
_BULLETED = rx(r"\s*[-•*·–]\s")  # an item of a list, by its bullet


# A heading of a list of visits one way, as encyclopedia pages head them: "High-level visits from Chile to New
# Zealand", "Visits by Indian leaders to Peru"; its items "- President Michelle Bachelet (2008)".
_DIRECTED_HEADING = re.compile(
    r"\s*(?:(?:high[- ]level|official|state|ministerial|presidential|leaders['’]?)\s+)?visits\s+(?:from|by)\s+"
    r"(?P<from>[^:]{3,60}?)\s+to\s+(?P<to>[^:]{3,40}?)\s*:?\s*",
    re.I,
)
_DIRECTED_ITEM = rx(r"[-•*·–]\s+(?P<who>[A-Z][^,;:()\d]{2,80}?)\s*(?:[,(–-]|$)")


def _directed_visit(ctx: SentenceContext) -> list[Fact]:
    """An item of a list under a heading of visits one way ("High-level visits from Chile to New Zealand"): "-
    President Michelle Bachelet (2008)" is a visit from the first country to the second, on the item's date."""
    item = _DIRECTED_ITEM.match(ctx.text)
    heading = heading_above(ctx.article_text, ctx.sentence.start, _BULLETED.match, _ITEMS_READ_BACK) if item else None
    directed = _DIRECTED_HEADING.fullmatch(heading) if heading else None
    if item is None or heading is None or directed is None:
        return []
    found = finder().find(heading)
    guest = next((m.code for m in found if directed.start("from") <= m.start < directed.end("from")), None)
    host = next((m.code for m in found if directed.start("to") <= m.start < directed.end("to")), None)
    if guest is None or host is None or guest == host:
        return []
    pair = (guest, host) if guest < host else (host, guest)
    return _item_visit(ctx, item, pair, guest, host, "an item of a list of visits from one country to the other")


def _item_visit(
    ctx: SentenceContext, item: re.Match[str], pair: tuple[str, str], guest: str, host: str, basis: str
) -> list[Fact]:
    """The visit an item of a list of visits tells, on the item's date (none without one), quoted whole."""
    when = next((d for d in ctx.dates if d.date is not None and d.kind in ("year", "month", "day")), None)
    if when is None or when.date is None:
        return []
    person = " ".join(item.group("who").split())
    return [
        ctx.fact(
            FactKind.VISIT, 0, len(ctx.text), pair, when=when.date, person=person, origin=guest, destination=host,
            basis=basis, confidence=0.6,
        )
    ]  # fmt: skip


# A ministry's list of visits by side, a line each: "From Argentina: President Cristina Fernandez de Kirchner (January
# 2013)", "- From Peru: Foreign Minister … (2012), President … (November 2013)".
_FROM_ONE_SIDE = rx(r"(?:[-•*·–]\s+)?From\s+(?P<side>[^:]{3,40}?)\s*:\s+(?=[A-Z])")
# One visitor of such a line: the person, then the date in brackets.
_VISITOR_DATED = rx(r"(?P<who>[A-Z][^,;:()\d]{2,80}?)\s*\((?P<when>[^()]{4,30})\)")


def _from_one_side(ctx: SentenceContext, side: re.Match[str]) -> list[Fact]:
    """The visits a line of a list by side tells, under a heading of visits ("High-level visits", "Exchange of
    visits"): each visitor of the side's country to the pair's other, on the date in brackets after them."""
    heading = heading_above(
        ctx.article_text,
        ctx.sentence.start,
        lambda line: _FROM_ONE_SIDE.match(line.lstrip()) or _BULLETED.match(line),
        _ITEMS_READ_BACK,
    )
    if heading is None or _VISITS_HEADING.fullmatch(heading) is None:
        return []
    guest = ctx.code_at(side.start("side"))
    if guest is None and ctx.text.startswith("the ", side.start("side")):
        guest = ctx.code_at(side.start("side") + 4)  # "From the Philippines:"
    pair = ctx.pair_for() or ctx.pair
    if guest is None or guest not in pair:
        return []
    host = pair[1] if pair[0] == guest else pair[0]
    facts = []
    for visitor in _VISITOR_DATED.finditer(ctx.text, side.end()):
        when = next((d for d in ctx.dates if visitor.start("when") <= d.start < visitor.end("when")), None)
        if when is None or when.date is None or when.kind not in ("year", "month", "day"):
            continue
        facts.append(
            ctx.fact(
                FactKind.VISIT, visitor.start(), visitor.end(), pair, when=when.date,
                person=" ".join(visitor.group("who").split()), origin=guest, destination=host,
                basis="an item of a list of visits by side", confidence=0.6,
            )
        )  # fmt: skip
    return facts


def listed_visit(ctx: SentenceContext) -> list[Fact]:
    """An item of a fact sheet's list of visits: "- President Ollanta Humala to Indonesia, 2013 (APEC)" under "High-
    level visits": the visitor's country the pair's other, on the item's date; or under a heading of visits one way
    ("High-level visits from Chile to New Zealand"), "- President Michelle Bachelet (2008)"; or on a line of a list by
    side ("From Argentina: President … (January 2013)")."""
    if ctx.text[:1] in "F-•*·–" and (side := _FROM_ONE_SIDE.match(ctx.text)) is not None:
        return _from_one_side(ctx, side)
    if ctx.text[:1] not in "-•*·–":
        return []
    item = _VISIT_ITEM.match(ctx.text)
    if item is None:
        return _directed_visit(ctx)
    if not _under_a_visits_heading(ctx):
        return []
    pair = ctx.pair_for() or ctx.pair
    host = ctx.code_at(item.end())
    if host is None or host not in pair:
        return []
    guest = pair[1] if pair[0] == host else pair[0]
    return _item_visit(ctx, item, pair, guest, host, "an item of a list of visits")


def _under_a_visits_heading(ctx: SentenceContext) -> bool:
    """Whether the line is an item of a list headed as visits, the items between read back."""
    heading = heading_above(ctx.article_text, ctx.sentence.start, _BULLETED.match, _ITEMS_READ_BACK)
    return heading is not None and _VISITS_HEADING.fullmatch(heading) is not None


_RECEIVED = ("receiv", "welcom", "host", "greet")
# "hosted his Portuguese counterpart", "received the visiting Chinese Premier", "received Uzbek Foreign Minister
# Vladimir Norov" (not "… Antonio Costa's letter": a thing of the guest's, not the guest)
_HOSTED_COUNTERPART = rx(
    r"\b(?:host(?:ed|ing)|receiv(?:ed|ing)|welcom(?:ed|ing)|greet(?:ed|ing))\s+(?:(?:his|her|their|the\s+visiting)\s+)?"
    # (the guest's country by its people's name, or its own name in the possessive: "Saudi Arabia's Minister of …")
    r"(?P<guest>[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)?(?:['’]s)?\s+(?:Vice\s+|Deputy\s+)?"
    # (a minister of any portfolio: "received Colombian Minister of Commerce Luis Reyes", "… Trade Minister …")
    r"(?:counterpart|(?:President|Prime\s+Minister|Premier|Chancellor|" + _PORTFOLIO_WORD + r"{0,3}Minister|"
    r"King|Queen|Emperor)\b"
    r"(?!(?:\s+[A-Z][\w\u00C0-\u1EF9.’'-]+){0,4}?['’]s\b))"
)


# The guest by his title "of" his country, as a ministry's communiqué writes it: "received the Minister of Foreign
# Affairs of the Republic of Korea, Park Jin", "welcomed the President of Kenya, William Ruto" (not "received a
# letter from the Minister", "received the Order of … of the Republic of Korea": no title of a person)
# An official's title before "of" his country, with a portfolio "of …" between: "President of", "the Minister of
# Foreign Affairs of the"
_TITLE_OF_COUNTRY = (
    r"(?:Vice\s+|Deputy\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Minister|Secretary|"
    # (of a portfolio or a body between: "Minister of Foreign Affairs of", "Speaker of the National Assembly of")
    r"Speaker)\b(?:\s+(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w&-]+|and)\s+){1,4}?(?=of\s)|\s+)of\s+(?:the\s+)?"
)
_HOSTED_BY_TITLE = rx(
    r"\b(?:host(?:ed|ing)|receiv(?:ed|ing)|welcom(?:ed|ing)|greet(?:ed|ing))\s+the\s+(?:visiting\s+)?"
    + _TITLE_OF_COUNTRY
    + r"(?P<guest>[A-Z])"
)


# A delegation of the state or party received, headed by someone named: "received on Thursday the Cuban delegation
# headed by Roberto Morales Ojeda", "welcomed the Lao government delegation led by …" (not a business delegation).
_HOSTED_DELEGATION = rx(
    r"\b(?:host(?:ed|ing)|receiv(?:ed|ing)|welcom(?:ed|ing)|greet(?:ed|ing))\s+"
    r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|yesterday\s+|today\s+)?(?:the|a)\s+"
    r"(?:(?:high-level|visiting|official)\s+)?(?P<guest>[A-Z][\w’'-]+)\s+"
    r"(?:(?:government|party|parliamentary|state|high-level|official)\s+)?delegation\s+(?:headed|led)\s+by\s+(?=[A-Z])"
)


def hosted_visit(ctx: SentenceContext) -> list[Fact]:
    """ "President Lula hosted his Portuguese counterpart in Brasilia on Tuesday": the guest visited the host."""
    hosted = (
        ctx.search(_HOSTED_COUNTERPART, *_RECEIVED)
        or ctx.search(_HOSTED_BY_TITLE, *_RECEIVED)
        or ctx.search(_HOSTED_DELEGATION, "delegation")
    )
    if hosted is None:
        return []
    pair = ctx.pair_for()
    if pair is None or _unreal_before(ctx, hosted.start()):
        return []
    guest = ctx.code_at(hosted.start("guest"))
    if guest not in pair:
        return []
    host = pair[1] if pair[0] == guest else pair[0]
    return whole_sentence_visit(
        ctx, pair, guest, host, None, "implied: hosted by the other country's leader", said_at=hosted.start()
    )


# "met his Australian counterpart Don Farrell in Jakarta", "held talks with his Ethiopian counterpart in Nairobi"
# The counterpart's country, in one word or two ("Chinese", "South Korean", "Sri Lankan", "New Zealand")
_COUNTERPARTS_COUNTRY = r"[A-Z][\w\u00C0-\u1EF9’'-]+(?:\s+[A-Z][\w\u00C0-\u1EF9’'-]+)?"
_MEETING_A_COUNTERPART = (
    r"\b(?:met(?:\s+with)?|meeting(?:\s+with)?|talks\s+with|conferred\s+with|(?:press|news)\s+conference\s+with)\s+"
    r"(?:his|her|their)\s+"
    r"(?P<guest>" + _COUNTERPARTS_COUNTRY + r")\s+counterparts?"
    r"(?:,?\s+(?P<name>(?:[A-Z][\w\u00C0-\u1EF9.’'-]+\s+){0,3}[A-Z][\w\u00C0-\u1EF9.’'-]+))?"
)
_MET_COUNTERPART = rx(_MEETING_A_COUNTERPART + r",?\s+in\s+(?=[A-Z])")
# told without the place: where the story's dateline or the seat after it is
_MET_COUNTERPART_THERE = rx(_MEETING_A_COUNTERPART)


# The subject and the counterpart acting together somewhere: "Prime Minister James Marape and his Australian
# counterpart Anthony Albanese yesterday signed the Bilateral Security Agreement at Parliament House in Canberra"
_ACTING_WITH_A_COUNTERPART = (
    r"\band\s+(?:his|her|their)\s+(?P<guest>" + _COUNTERPARTS_COUNTRY + r")\s+counterparts?"
    r"(?P<name>(?:,?\s+[A-Z][\w\u00C0-\u1EF9.’'-]+){0,4}?),?\s+(?:(?:on\s+\w+|yesterday|today)\s+)?"
    r"(?:signed|inked|exchanged|agreed|held\s+talks|witnessed|co-?chaired|attended)\b"
)
_AND_COUNTERPART = rx(_ACTING_WITH_A_COUNTERPART + r"[^.;]{0,160}?\bin\s+(?=[A-Z])")
_AND_COUNTERPART_THERE = rx(_ACTING_WITH_A_COUNTERPART)  # the place not named: the dateline's or the seat's


def counterpart_met(ctx: SentenceContext) -> list[Fact]:
    """ "… met her Chinese counterpart Wang Yi in Canberra on Friday": a counterpart of one country met in the
    other's capital (or country) is visiting it; met in a third country's city, no one is. So for the two acting
    together ("… and his Australian counterpart … signed … in Canberra")."""
    met = ctx.search(_MET_COUNTERPART, "counterpart") or ctx.search(_AND_COUNTERPART, "counterpart")
    if met is None:
        return _counterpart_met_there(ctx)
    pair = ctx.pair_for()
    guest, place = ctx.code_at(met.start("guest")), ctx.code_at(met.end())
    if pair is None or guest not in pair or place not in pair:
        return []
    if (met.re is _AND_COUNTERPART and place not in ctx.pair) or _a_third_countrys_city(ctx, place):
        return []  # "… and his French counterpart … signed … in Brussels": a third country's city, not a side
    if _unreal_before(ctx, met.start()):
        return []
    if place == guest:  # "… held talks with her Japanese counterpart Fumio Kishida in Tokyo": the subject is visiting
        visitor = pair[1] if pair[0] == place else pair[0]
        return whole_sentence_visit(ctx, pair, visitor, place, None, "implied: met the counterpart in his capital")
    return whole_sentence_visit(ctx, pair, guest, place, met.group("name"), "implied: met by a counterpart at home")


def _counterpart_met_there(ctx: SentenceContext) -> list[Fact]:
    """ "Beijing - President Alberto Fernández held a meeting with his Chinese counterpart Xi Jinping at the Great
    Hall of the People": the subject, the home paper's leader by title alone, meeting "his … counterpart" (or acting
    together with him: "… and his Australian counterpart … yesterday signed …") in the counterpart's dateline capital
    or at his seat, is visiting the counterpart's country (not where the sentence names a place of its own after the
    meeting)."""
    met = ctx.search(_MET_COUNTERPART_THERE, "counterpart") or ctx.search(_AND_COUNTERPART_THERE, "counterpart")
    if met is None:
        return []
    seat = _SEAT.search(ctx.text, met.end())
    place = seat.lastgroup if seat is not None else ctx.dateline_code
    pair = ctx.pair_for()
    guest = ctx.code_at(met.start("guest"))
    if pair is None or place is None or guest != place or place not in pair or _unreal_before(ctx, met.start()):
        return []
    if any(m.start > met.end() and _AT_THE_PLACE.search(ctx.text, max(0, m.start - 8), m.start) for m in ctx.mentions):
        return []  # "… met his Indian counterpart on Tuesday in Colombo": a place of its own
    visitor = pair[1] if pair[0] == place else pair[0]
    return whole_sentence_visit(ctx, pair, visitor, place, None, "implied: met the counterpart in his capital")


# An official of a country, by its word and title: "Kazakh Trade and Integration Minister", "Kenya's Deputy
# President", "Chinese Commerce Minister" (a portfolio of up to three words between), and the name after it.
_OFFICIAL = rx(
    r"(?:['’]s)?\s+" + _PORTFOLIO_WORD + r"{0,3}?(?:Vice\s+|Deputy\s+)?"
    r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Minister|Secretary|Speaker)\b"
    r"(?P<name>(?:\s+[A-Z][\w\u00C0-\u1EF9’'.-]+){1,4})?"
)
# The meeting held there, at a place named: "met … in Beijing", "said at a meeting with … in Beijing"
_AT_THE_PLACE = rx(r"\s+in\s+(?:the\s+)?$")
# A meeting not this one: told in the perfect or the future ("has met Xi in Beijing several times", "will hold
# talks with"), or one of many.
_NOT_THIS_MEETING = rx(r"\b(?:has|have|had|will|shall|would|to)\s+(?:\w+\s+){0,2}$", re.I)
_MANY_TIMES = rx(r"\b(?:several|many|numerous|multiple)\s+times\b|\b(?:often|repeatedly|regularly)\b", re.I)
# A meeting still to come, said before its place or as the verb right after it: "Officials proposed talks between
# … in New Delhi", "Talks between … in New Delhi will focus on trade".
_TO_COME = r"\b(?:will|shall|would|propos(?:ed|es|e|al)|upcoming|forthcoming|planned|to\s+be\s+held)\b"
_TO_COME_BEFORE = rx(_TO_COME, re.I)
_TO_COME_AFTER = rx(r"\W*(?:\w+\s+){0,2}?" + _TO_COME, re.I)


# An official by title "of" the country, the title before it: "President of Kazakhstan Kassym-Jomart Tokayev", "the
# Minister of Foreign Affairs of Peru, Javier González-Olaechea" (a portfolio "of …" between), and the name after it.
_TITLE_OF = rx(r"\b" + _TITLE_OF_COUNTRY + r"$")
_NAME_AFTER = rx(r",?(?P<name>(?:\s+[A-Z][\w\u00C0-\u1EF9’'.-]+){1,4})?")


def _titled_of(text: str, mention: Mention) -> re.Match[str] | None:
    """The name after an official's title "of" ``mention``'s country, if a title stands before it (a match, whose
    name may be empty)."""
    if _TITLE_OF.search(text, max(0, mention.start - 80), mention.start) is None:
        return None
    return _NAME_AFTER.match(text, mention.end)


# A place after a meeting, in capitals' words: "in Hangzhou", "in St Petersburg" (the whole run, so that "in Shanghai
# Cooperation Organisation talks" names no city)
_IN_A_PLACE = rx(r"\bin\s+(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})(?![\w'’-])")


def _a_great_city_after(ctx: SentenceContext, at: int) -> Mention | None:
    """The first place named "in" after ``at``, as a mention of its country, if it is one of the great cities that
    are not capitals (``countries.great_city``): "met Chinese President Xi Jinping in Hangzhou on Saturday"."""
    found = _IN_A_PLACE.search(ctx.text, at)
    code = great_city(found.group("place")) if found is not None else None
    if found is None or code is None:
        return None
    year = ctx.pub.year if ctx.pub is not None else None
    return Mention(found.start("place"), found.end("place"), in_its_time(code, year), MentionKind.CAPITAL)


def official_met_abroad(ctx: SentenceContext) -> list[Fact]:
    """ "Kazakh Foreign Minister Murat Nurtleu met Chinese Foreign Minister Wang Yi in Beijing", "…, Kazakh Trade
    Minister Arman Shakkaliyev said at a meeting with Chinese Commerce Minister Wang Wentao in Beijing": an official
    of one side meeting in the other side's capital (or country) is visiting it, of any portfolio (the gold counts
    a deputy energy minister's visit): on the date told right after the place, else the day the sentence names,
    else the story's month (news)."""
    if not ctx.holds(*_OFFICIAL_WORDS):
        return []  # no official's title (most sentences)
    meeting = ctx.search(MEETING, *MEETING_WORDS)
    if meeting is None or _NOT_THIS_MEETING.search(ctx.text, max(0, meeting.start() - 30), meeting.start()):
        return []
    pair = ctx.pair_for()
    if pair is None or _unreal_before(ctx, meeting.start()) or _MANY_TIMES.search(ctx.text):
        return []
    place = next(
        (
            m
            for m in ctx.mentions
            if m.start > meeting.end()
            and m.kind != MentionKind.DEMONYM
            and _AT_THE_PLACE.search(ctx.text, max(0, m.start - 8), m.start)
        ),
        None,
    ) or _a_great_city_after(ctx, meeting.end())
    if place is None or place.code not in pair:
        return []
    if _TO_COME_BEFORE.search(ctx.text, 0, place.start) or _TO_COME_AFTER.match(ctx.text, place.end):
        return []  # a meeting to come
    # (named before the place, or after it "between" them: "talks in Moscow last week between Indian Commerce
    # Minister P. Shiv Shankar and Soviet Foreign Trade Minister Boris Aristov")
    between = _BETWEEN_AFTER.match(ctx.text, place.end)
    officials = [
        (m, official)
        for m in ctx.mentions
        if (m.end <= place.start or (between is not None and m.start >= between.end()))
        and m.kind != MentionKind.CAPITAL
        if (official := _OFFICIAL.match(ctx.text, m.end) or _titled_of(ctx.text, m)) is not None
    ]
    # (named before the meeting's word, or after it: "talks between President William Ruto and Ugandan President
    # Yoweri Museveni in Nairobi")
    guest = next(((m, o) for m, o in officials if m.code in pair and m.code != place.code), None)
    if guest is not None:
        mention, official = guest
        guest_code, guest_at = mention.code, mention.start
        person = " ".join(official.group("name").split()) if official.group("name") else None
    else:
        # "President Irfaan Ali held talks with Brazilian President Lula in Brasilia": the home outlet's own official,
        # by title alone, meeting the host's official met at home
        bare = _BARE_TITLE.match(ctx.text)
        hosts = [m for m, _o in officials if m.start > meeting.start() and m.code == place.code]
        if bare is None or not hosts or any(m.start < meeting.start() for m in ctx.mentions):
            return []  # no official of the other side
        guest_code, guest_at = (pair[1] if pair[0] == place.code else pair[0]), 0
        person = " ".join(bare.group("name").split())
    after = next((d for d in ctx.dates if d.date and 0 <= d.start - place.end < 12 and d.kind != "reported"), None)
    basis = "implied: an official met in the other side's capital"
    if after is None or after.kind not in ("day", "month", "year"):
        return whole_sentence_visit(ctx, pair, guest_code, place.code, person, basis, 0.5, said_at=meeting.start())
    return _visit_on(ctx, guest_at, after, pair, (guest_code, place.code), person, basis)


# Right after the place (its date between): "between" the officials who met there
_BETWEEN_AFTER = rx(r"[^,;.]{0,30}?\bbetween\s+")


# An official by title and name alone opening the sentence: "President Irfaan Ali", "Prime Minister Andrew Holness"
_BARE_TITLE = rx(
    r"\s*" + _PORTFOLIO_WORD + r"{0,3}?(?:Vice\s+|Deputy\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|Minister)"
    r"(?P<name>(?:\s+[A-Z][\w\u00C0-\u1EF9’'.-]+){1,4})"
)


_AMBASSADOR = rx(r"\bambassador\b", re.I)
# Words (lower case) every leader's title of IMPLIED_LEADER and POSSESSIVE_LEADER holds one of.
_LEADER_WORDS = ("president", "minister", "king", "queen", "emperor", "prince", "chancellor", "premier", "leader")
_OFFICIAL_WORDS = (*_LEADER_WORDS, "secretary", "speaker")  # every _OFFICIAL's title holds one


@dataclass(frozen=True)
class _Leader:
    start: int
    end: int
    code: str
    name: str | None  # the leader's name, when known by it ("President Joko Widodo"), not by a country


_TITLED = rx(TITLE + r"\s+$")  # a title right before a name: "President Joko Widodo"


# A leader awaited in the other country, no visit yet: "is expected in Abuja", "is due in Canberra"
_ONLY_AWAITED = rx(r"\b(?:is|are|was|were)\s+" + AWAITED + r"\s+(?:to\s+be\s+)?in\s+$", re.I)
# A leader there now, the story's present: "Chilean President Gabriel Boric is in Hanoi" (not "was in", whose time
# the sentence must tell)
# (also told in a relative clause, of one or of two: "…, who is currently in Hanoi", "… and Defense Minister Minoru
# Kihara, who are in Manila")
_IS_THERE = rx(
    r"(?:\s+(?:[A-Z][\w\u00C0-\u1EF9.’'-]+|(?-i:van|von|de|da|del|der|dos|bin|al|el)(?=\s+[A-Z]))){0,5}"
    r"(?:\s+and\s+[^,;]{3,60}?)?(?:,\s+who)?\s+(?:is|are)\s+"
    r"(?:now\s+|currently\s+)?in\s+"
)


def _told_before_the_meeting(ctx: SentenceContext, lo: int, place: int) -> DateExpr | None:
    """The day told between the leader and a meeting ending at the place: "said on Wednesday at a meeting with
    Vietnamese Prime Minister Pham Minh Chinh in Hanoi" (the day of the saying, which was at the meeting), "on
    Monday held talks with her Philippine counterpart in Manila" (not "said on Wednesday that an office would open
    in Hanoi": no meeting)."""
    if not ctx.holds(*MEETING_WORDS):
        return None
    day = next((d for d in ctx.dates if d.kind in ("day", "reported") and d.date and lo < d.start < place), None)
    if day is None:
        return None
    meeting = MEETING.search(ctx.text, day.end, place)
    return day if meeting is not None and "," not in ctx.text[meeting.end() : place] else None


# "… is in New Delhi to attend the G20 summit and held bilateral talks with …": the talks held there, told after the
# place, in the same clause joined by "and" (not after a comma or a full stop: another clause's).
_AND_HELD_TALKS = rx(
    r"[^,;.]{0,80}?\band\s+(?:also\s+)?(?:held\s+(?:bilateral\s+)?talks|met)\s+with\b[^,;.]{0,80}?$", re.I
)


def _talks_there_after(ctx: SentenceContext, days: list[DateExpr], place_end: int) -> DateExpr | None:
    """The day of talks the leader held where the sentence placed him, told after them: "Sheikh Hasina is in New
    Delhi to attend the G20 summit and held bilateral talks with Prime Minister Narendra Modi on Friday"."""
    return next(
        (d for d in days if d.start > place_end and _AND_HELD_TALKS.fullmatch(ctx.text, place_end, d.start)), None
    )


def implied_visit(ctx: SentenceContext) -> list[Fact]:
    """ "Brazilian President Lula ... at a seminar in Hanoi on July 10": a leader abroad, on a date."""
    if not ctx.holds(*_LEADER_WORDS) or ctx.search(_AMBASSADOR, "ambassador"):
        return []  # no leader's title (most sentences), or an ambassador's doings
    # "Brazilian President Lula", "Vietnam's Prime Minister", "New Zealand Prime Minister Christopher Luxon": a
    # country's leader
    leaders: list[_Leader] = [
        _Leader(m.start, m.end, m.code, None)
        for m in ctx.mentions
        if (m.kind != MentionKind.CAPITAL and IMPLIED_LEADER.match(ctx.text, m.end))
        or (m.kind == MentionKind.NAME and POSSESSIVE_LEADER.match(ctx.text, m.end))
    ]
    places = [m for m in ctx.mentions if IN_BEFORE.search(ctx.text[max(0, m.start - 4) : m.start])]
    if places:  # "President Joko Widodo met … in Tokyo": a leader known by name, titled
        leaders += [
            _Leader(start, end, code, ctx.text[start:end])
            for start, end, code in leaders_at(ctx.text)
            if _TITLED.search(ctx.text, max(0, start - 40), start)
        ]
    if not leaders:
        return []
    # on a day, or in a month ("was in Brazil last January"); a year alone is too loose to place a leader
    days = [d for d in ctx.dates if d.kind in ("day", "month") and d.date] if places else []
    for leader in leaders:
        for place in places:
            if place.code == leader.code or place.start < leader.end:
                continue
            if _ONLY_AWAITED.search(ctx.text, leader.end, place.start):
                continue  # "Brazilian President Lula is expected in Abuja next month": not there yet
            pair = ctx.pair_for()
            if pair is None or {leader.code, place.code} != set(pair):
                continue
            when = (
                next((d for d in days if d.start > place.start and d.start - place.end < 30), None)
                or _told_before_the_meeting(ctx, leader.end, place.start)
                or _talks_there_after(ctx, days, place.end)
            )
            person = PERSON.match(ctx.text, leader.end + 1)
            named = leader.name or (" ".join(person.group(0).split()) if person else None)
            if when is None and not ctx.dates and _IS_THERE.fullmatch(ctx.text, leader.end, place.start):
                # "Chilean President Gabriel Boric is in Hanoi for talks": there as the story is told
                return whole_sentence_visit(
                    ctx, pair, leader.code, place.code, named, "implied: a leader there as the story is told", 0.5
                )
            if when is None or when.date is None:
                continue
            basis = "implied: a leader in the other country (or its capital) on that date"
            return _visit_on(ctx, leader.start, when, pair, (leader.code, place.code), named, basis)
    return []


def _visit_on(
    ctx: SentenceContext,
    start: int,
    when: DateExpr,
    pair: tuple[str, str],
    way: tuple[str, str],
    person: str | None,
    basis: str,
) -> list[Fact]:
    """A visit the sentence implies from its visitor, named at ``start``, to ``when``, the date it tells: the way
    (origin, destination) ``way``, at the confidence of a visit told without the word."""
    assert when.date is not None
    return [
        ctx.fact(
            FactKind.VISIT, start, when.end, pair, when=when.date, origin=way[0], destination=way[1], confidence=0.5,
            person=person, basis=basis,
        )
    ]  # fmt: skip
