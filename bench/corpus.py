"""A deterministic synthetic corpus: varied pairs, years and phrasings of the genre, at real length.

The real articles under ../shared (the seeds and the eval sets, read as Dyad reads them) are 1,772
characters on average (median 1,504; quartiles 1,069 and 1,812; 284 to 7,741). Each synthetic article is
drawn to a length from a log-normal close to theirs (4,000 of them: mean 1,693, median 1,560, quartiles
1,192 and 2,033), its facts among background prose of the genre (quotes, context, plans), as real stories
have them: the corpus costs what real articles cost.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

COUNTRIES = [
    "Vietnam",
    "Mexico",
    "Peru",
    "Japan",
    "Chile",
    "Brazil",
    "India",
    "Australia",
    "Korea",
    "Thailand",
    "Argentina",
    "Indonesia",
    "Canada",
    "Kenya",
    "Egypt",
    "Spain",
    "Poland",
    "Colombia",
    "Malaysia",
    "Turkey",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

TRADE = [
    "Two-way trade between {a} and {b} reached US${v} billion in {y}, a {p} per cent increase over {y0}.",
    "In {y}, bilateral trade between {a} and {b} stood at USD {m} million.",
    "Trade turnover between {a} and {b} was ${m} million in {y0} and {m2} million in {y}.",
    "{a}'s trade with {b} amounted to {v} billion USD in {y}, according to official data.",
    "In the first nine months of this year, two-way trade reached US${m} million.",
]
DIPLOMACY = [
    "{a} and {b} established diplomatic relations on {mon} {d}, {ey}.",
    "The two countries celebrate the {n}th anniversary of diplomatic ties between {a} and {b} ({ey}–{ay}).",
    "In {mon} {vy}, the Prime Minister of {a} paid an official visit to {b}.",
    "{b} opened its embassy in {a} in {ey2}.",
    "The two sides signed a Memorandum of Understanding on education in {vy}.",
    "{a} is {b}'s {rank}-largest trading partner in the region.",
    "{a}n firms have invested over US${v} billion in {b}.",
]
BACKGROUND = [
    "Speaking at the meeting, the minister said that {a} attaches great importance to its partnership with {b}.",
    "The two sides discussed ways to deepen cooperation in agriculture, energy, infrastructure and education.",
    "According to the ministry, more than {k} students from {b} are currently studying in {a}.",
    "The ambassador noted that the two economies are complementary rather than competing.",
    "Business leaders called for simpler customs procedures and more direct flights between the two capitals.",
    "Tourism has also grown, with {k} visitors from {a} recorded last year, officials said.",
    "The delegation also visited an industrial park and met representatives of local companies.",
    "Analysts say the relationship still has considerable untapped potential in services and technology.",
    "Both governments reaffirmed their support for an open, rules-based multilateral trading system.",
    "The talks took place in a friendly and constructive atmosphere, the joint statement said.",
    '"We want our cooperation to bring concrete benefits to the people of both countries," the minister said.',
    "A business forum held on the sidelines drew around {k2} companies from the two countries.",
    "The two countries also agreed to explore cooperation in digital transformation and green growth.",
    "Cultural exchanges, including film weeks and music festivals, have brought the two peoples closer.",
    "Officials said preparations were under way for the next session of the joint commission.",
]
FILLER = [
    "Officials from both sides praised the growing friendship between the two peoples.",
    "The meeting reviewed cooperation in education, culture, science and tourism.",
    "Both countries agreed to strengthen coordination at multilateral forums.",
    "Related news\nShare:\nMost viewed",
]


def article(rng: random.Random, i: int) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    y = rng.randint(2005, 2024)
    ey = rng.randint(1950, 1995)
    values = {
        "a": a,
        "b": b,
        "y": y,
        "y0": y - 1,
        "v": round(rng.uniform(1, 30), 1),
        "m": rng.randint(100, 999),
        "m2": rng.randint(100, 999),
        "p": round(rng.uniform(2, 40), 1),
        "mon": rng.choice(MONTHS),
        "d": rng.randint(1, 28),
        "ey": ey,
        "ey2": ey + rng.randint(1, 10),
        "n": 2024 - ey,
        "ay": 2024,
        "vy": rng.randint(1995, 2024),
        "rank": rng.choice(["second", "third", "fifth", "10th"]),
    }
    values["k"] = rng.randint(2, 40) * 100
    values["k2"] = rng.randint(3, 30) * 10
    lines = [f" date {y + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} Synthetic report {i}"]
    facts = rng.sample(TRADE, 2) + rng.sample(DIPLOMACY, 3)
    target = min(8000, max(280, round(rng.lognormvariate(math.log(1330), 0.45))))
    body = [p.format(**values) for p in facts]
    background: list[str] = []
    while sum(len(x) + 2 for x in body) < target:  # prose of the genre around the facts
        if not background:  # a long story: the same kinds of sentence again, of other figures and sides
            background = rng.sample(BACKGROUND, len(BACKGROUND))
            values = {**values, "a": values["b"], "b": values["a"], "k": rng.randint(2, 40) * 100}
        body.insert(rng.randint(0, len(body)), background.pop().format(**values))
    lines += body + [p.format(**values) for p in rng.sample(FILLER, 2)]
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 20261123) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"synthetic_{i:05d}.txt"
        path.write_text(article(rng, i), encoding="utf-8")
        paths.append(path)
    return paths
