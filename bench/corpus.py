"""A deterministic synthetic corpus: varied pairs, years and phrasings of the genre."""

from __future__ import annotations

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
    lines = [f" date {y + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} Synthetic report {i}"]
    paragraphs = rng.sample(TRADE, 2) + rng.sample(DIPLOMACY, 3) + rng.sample(FILLER, 2)
    lines += [p.format(**values) for p in paragraphs]
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
