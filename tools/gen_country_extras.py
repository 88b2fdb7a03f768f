"""Regenerate app/domain/data/country_extras.json from the countryinfo package.

pycountry gives Dyad the ISO codes and official names at run time; what it lacks
(demonyms, capitals, common alternative spellings) comes from countryinfo's
maintained data set. It is copied once here so the app does not load 250 JSON
files with GeoJSON borders at every start.

    pip install countryinfo pycountry && python tools/gen_country_extras.py
"""

from __future__ import annotations

import json
import pathlib
import unicodedata

import countryinfo
import pycountry

OUT = pathlib.Path(__file__).resolve().parents[1] / "app" / "domain" / "data" / "country_extras.json"


def latin(text: str) -> bool:
    return all(
        unicodedata.name(ch, "").startswith(
            ("LATIN", "SPACE", "HYPHEN", "APOSTROPHE", "FULL STOP", "COMMA", "LEFT", "RIGHT", "COMBINING")
        )
        or not ch.isalpha()
        for ch in text
    )


def as_list(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return sorted({str(v).strip() for v in values if v and str(v).strip() and latin(str(v))})


def main() -> None:
    data_dir = pathlib.Path(countryinfo.__file__).parent / "data"
    known = {c.alpha_3 for c in pycountry.countries}
    extras: dict[str, dict[str, list[str]]] = {}
    for path in sorted(data_dir.glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        code = (info.get("ISO") or {}).get("alpha3")
        if code not in known:
            continue
        names = [info.get("name", ""), info.get("nativeName", ""), *(info.get("altSpellings") or [])]
        names = sorted({n.strip() for n in names if n and len(n.strip()) > 3 and latin(n.strip())})
        extras[code] = {
            "names": names,
            "capitals": as_list(info.get("capital")),
            "demonyms": as_list(info.get("demonym")),
        }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(extras, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(extras)} countries to {OUT}")


if __name__ == "__main__":
    main()
