#!/usr/bin/env python3
"""Writes data/knowledge/countries.fl: every ISO 3166-1 country from Debian's iso-codes, merged
with our own tables in data/knowledge/sources/.

  python3 scripts/gen-countries.py            # rewrites data/knowledge/countries.fl
  python3 scripts/gen-countries.py --check    # exit 1 when the committed file is stale
  python3 scripts/gen-countries.py --stdout   # print instead of writing

Standard library only. The tables (tab-separated, '#' comments, '-' for an empty cell, '|' between
several values):

  country-extras.tsv   ISO3 CAMEO NAMES ADJECTIVES PEOPLE CAPITALS
                       one line per country; CAMEO '-' means the ISO alpha-3 code; ISO3 '-' adds an
                       entity without an ISO code (its first NAME is the main phrase). A NAME
                       starting with '!' removes that phrase (one iso-codes gave us) instead.
  country-history.tsv  CAMEO DATED-CODE      e.g. "SRB  SCGSRB 1992-04-28 to 2006-06-05"
  country-seats.tsv    PHRASES CODE          seats of government as actors of their own
                                             ("White House  USAGOV")

Every phrase may belong to one actor only: a phrase given twice is an error, so the generated file
never depends on which of two entries the reader lets win.
"""
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ISO_JSON = os.environ.get("ISO_CODES_JSON", "/usr/share/iso-codes/json/iso_3166-1.json")
SOURCES = os.path.join(ROOT, "data", "knowledge", "sources")
OUTPUT = os.path.join(ROOT, "data", "knowledge", "countries.fl")


def fail(message):
    sys.stderr.write("gen-countries: " + message + "\n")
    sys.exit(2)


def rows(name, columns):
    path = os.path.join(SOURCES, name)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) != columns:
                fail(f"{name}:{number}: expected {columns} tab-separated columns, found {len(cells)}")
            yield number, cells


def values(cell):
    return [] if cell == "-" else [v.strip() for v in cell.split("|") if v.strip()]


def treebank(phrase):
    """Writes a phrase as the tokenizer splits it: "People's" -> "People 's"."""
    words = []
    for w in phrase.split():
        if w.lower().endswith("'s") and len(w) > 2:
            words += [w[:-2], w[-2:]]
        else:
            words.append(w)
    return " ".join(words)


def ascii_fold(phrase):
    return unicodedata.normalize("NFKD", phrase).encode("ascii", "ignore").decode("ascii")


def iso_phrases(entry):
    """Names iso-codes gives for a country, without the inverted "Korea, Republic of" forms."""
    out = []
    for key in ("common_name", "name", "official_name"):
        name = entry.get(key)
        if not name:
            continue
        if "(" in name:
            name = name[: name.index("(")].strip()
        if "," in name:
            continue
        if name.lower().startswith("the "):
            name = name[4:]
        out.append(name)
    return out


class Country:
    def __init__(self, code, comment):
        self.code = code
        self.comment = comment
        self.phrases = []
        self.dated = []

    def add(self, phrase):
        phrase = treebank(" ".join(phrase.split()))
        for p in (phrase, ascii_fold(phrase)):
            if p and p.lower() not in (q.lower() for q in self.phrases):
                self.phrases.append(p)

    def remove(self, phrase):
        key = treebank(phrase).lower()
        if key not in (q.lower() for q in self.phrases):
            fail(f"{self.code}: cannot remove '{phrase}', no such phrase")
        self.phrases = [q for q in self.phrases if q.lower() != key]


def build():
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    by_iso3 = {e["alpha_3"]: e for e in iso}
    countries = {}
    extras_seen = set()
    for number, (iso3, cameo, names, adjectives, people, capitals) in rows("country-extras.tsv", 6):
        if iso3 == "-":
            if cameo == "-":
                fail(f"country-extras.tsv:{number}: an entity without ISO code needs a CAMEO code")
            key = cameo
            c = Country(cameo, "no ISO 3166-1 code")
        else:
            if iso3 not in by_iso3:
                fail(f"country-extras.tsv:{number}: {iso3} is not an ISO 3166-1 alpha-3 code")
            if iso3 in extras_seen:
                fail(f"country-extras.tsv:{number}: {iso3} appears twice")
            e = by_iso3[iso3]
            c = Country(cameo if cameo != "-" else iso3, f"ISO 3166-1 {e['alpha_2']} {iso3} {e['numeric']}")
            for p in iso_phrases(e):
                c.add(p)
            key = iso3
        extras_seen.add(key)
        for v in values(names):
            if v.startswith("!"):
                c.remove(v[1:])
            else:
                c.add(v)
        for v in values(adjectives) + values(people) + values(capitals):
            c.add(v)
        countries[key] = c
    for iso3, e in by_iso3.items():
        if iso3 not in countries:
            c = Country(iso3, f"ISO 3166-1 {e['alpha_2']} {iso3} {e['numeric']}")
            for p in iso_phrases(e):
                c.add(p)
            countries[iso3] = c
    by_code = {c.code: c for c in countries.values()}
    for number, (code, dated) in rows("country-history.tsv", 2):
        if code not in by_code:
            fail(f"country-history.tsv:{number}: no country has code {code}")
        by_code[code].dated.append(dated)
    seats = []
    for number, (phrases, code) in rows("country-seats.tsv", 2):
        seat = Country(code, None)
        for v in values(phrases):
            seat.add(v)
        seats.append(seat)
    owner = {}
    for c in list(countries.values()) + seats:
        if not c.phrases:
            fail(f"{c.code}: no phrase left")
        for p in c.phrases:
            if p.lower() in owner:
                fail(f"'{p}' is given for both {owner[p.lower()]} and {c.code}")
            owner[p.lower()] = c.code
    return sorted(countries.values(), key=lambda c: c.phrases[0].lower()), seats


def render(countries, seats):
    out = [
        "faultline-dictionary 1",
        "# Countries and other states: every ISO 3166-1 entry, plus entities without an ISO code.",
        "# GENERATED by scripts/gen-countries.py from Debian's iso-codes (names) and",
        "# data/knowledge/sources/*.tsv (our short names, adjectives, demonyms, capitals, codes).",
        "# Do not edit by hand: change the tables and run the script.",
        "",
        "[actors]",
    ]
    for c in countries:
        out.append(f"# {c.comment}")
        out.append(c.phrases[0])
        out += [f"  + {p}" for p in c.phrases[1:]]
        out += [f"  -> {d}" for d in c.dated]
        out.append(f"  -> {c.code}")
    out += ["", "# Seats of government and other metonyms with a sector of their own."]
    for s in seats:
        out.append(f"{s.phrases[0]} -> {s.code}")
        out += [f"  + {p}" for p in s.phrases[1:]]
    return "\n".join(out) + "\n"


def main():
    text = render(*build())
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    elif "--check" in sys.argv:
        with open(OUTPUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.stderr.write("gen-countries: data/knowledge/countries.fl is stale; run scripts/gen-countries.py\n")
                sys.exit(1)
    else:
        with open(OUTPUT, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
