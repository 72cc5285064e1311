#!/usr/bin/env python3
"""Builds data/knowledge/office-holders.fl from data/knowledge/sources/office-holders*.tsv.

    python3 tools/knowledge/office_holders.py            # writes the .fl, prints counts
    python3 tools/knowledge/office_holders.py --check    # fails when the .fl is out of date

One TSV line is one role held for one period:

    person  variants  country  role  code  start  end  note

- person: the name as the person writes it (diacritics kept: "Aleksandar Vučić").
- variants: other phrases for the same person, separated by ';' (short forms, transliterations).
  Every name and variant also gets its ASCII spelling without diacritics (Vučić -> Vucic; đ -> dj
  and d). Variants of one person may be spread over several lines; they are merged.
- country: the person's nationality code; it is the person's code outside every listed role.
- role: hos (head of state), hog (head of government), dpm (deputy head of government), fm
  (foreign minister), dm (defence minister), min (another ministry, kept where it matters for
  the Western Balkans), igo (leader of an international organisation), cio
  (OSCE Chairperson-in-Office), opp (opposition leader).
- code: the code during the role; empty means country + GOV (hos, hog, dpm, fm), + GOVMIL (dm),
  + OPP (opp). Roles of a federation (SFRY: YUG, FR Yugoslavia / Serbia and Montenegro: SCG) and
  of an entity (Republika Srpska: BIHSRB) give their code explicitly.
- start, end: YYYY-MM-DD, both included; an empty end is an ongoing role.
- note: free text, written as a comment; a note starting with "unverified" marks a date we could
  not confirm.

Roles of one person are written in rank order (igo, hos, hog, cio, dpm, fm, dm, min, opp), then by start,
so where two roles overlap the more senior one decides the code (the reader takes the first dated
code whose period contains the day): a foreign minister chairing the OSCE is IGOEUROSC for that
year, a prime minister chairing it (Edi Rama, 2020) stays his government.
"""

import csv
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "knowledge" / "sources"
OUTPUT = ROOT / "data" / "knowledge" / "office-holders.fl"

RANK = {"igo": 0, "hos": 1, "hog": 2, "cio": 3, "dpm": 4, "fm": 5, "dm": 6, "min": 7, "opp": 8}
ROLE_NAME = {
    "cio": "OSCE Chairperson-in-Office",
    "igo": "leader of an international organisation",
    "hos": "head of state",
    "hog": "head of government",
    "dpm": "deputy head of government",
    "fm": "foreign minister",
    "dm": "defence minister",
    "min": "other minister",
    "opp": "opposition",
}
SUFFIX = {"hos": "GOV", "hog": "GOV", "dpm": "GOV", "fm": "GOV", "dm": "GOVMIL", "min": "GOV", "opp": "OPP"}

# Letters NFKD does not take apart.
SPECIAL = {"đ": "dj", "Đ": "Dj", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae",
           "ß": "ss", "ı": "i", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d", "’": "'"}


def ascii_forms(name):
    """The ASCII spellings of a name: đ gives both 'dj' and 'd' (Đukanović -> Djukanovic, Dukanovic)."""
    forms = [""]
    for ch in name:
        if ch in ("đ", "Đ"):
            alts = [SPECIAL[ch], "d" if ch == "đ" else "D"]
        elif ch in SPECIAL:
            alts = [SPECIAL[ch]]
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            alts = ["".join(c for c in decomposed if not unicodedata.combining(c))]
        forms = [f + a for f in forms for a in alts]
    return forms


def fail(message):
    sys.exit(f"office_holders: {message}")


def read_rows():
    rows = []
    files = sorted(SOURCES.glob("office-holders*.tsv"))
    if not files:
        fail(f"no TSV in {SOURCES}")
    for path in files:
        with open(path, encoding="utf-8", newline="") as f:
            for number, fields in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if not fields or not fields[0].strip() or fields[0].startswith("#"):
                    continue
                where = f"{path.name}:{number}"
                if len(fields) < 7:
                    fail(f"{where}: expected 7 or 8 columns, found {len(fields)}")
                fields = [x.strip() for x in fields] + [""] * (8 - len(fields))
                person, variants, country, role, code, start, end, note = fields[:8]
                if role not in RANK:
                    fail(f"{where}: unknown role {role!r}")
                if not code:
                    if role not in SUFFIX:
                        fail(f"{where}: role {role} needs an explicit code")
                    code = country + SUFFIX[role]
                for d in (start, end):
                    if d and not (len(d) == 10 and d[4] == "-" and d[7] == "-" and d.replace("-", "").isdigit()):
                        fail(f"{where}: bad date {d!r}")
                if not start:
                    fail(f"{where}: a role needs a start date")
                if end and end < start:
                    fail(f"{where}: role ends before it begins")
                rows.append(dict(person=person, variants=[v.strip() for v in variants.split(";") if v.strip()],
                                 country=country, role=role, code=code, start=start, end=end, note=note,
                                 where=where))
    return rows


def build(rows):
    people = OrderedDict()
    for r in rows:
        p = people.setdefault(r["person"], {"country": r["country"], "variants": [], "roles": []})
        if p["country"] != r["country"]:
            fail(f"{r['where']}: {r['person']} has two countries ({p['country']}, {r['country']})")
        p["variants"] += r["variants"]
        p["roles"].append(r)

    owner = {}  # phrase (upper case) -> person
    lines = ["faultline-dictionary 1",
             "# Office holders 1990-2026: heads of state and government, foreign and defence ministers",
             "# of the G20 and the Western Balkans; leaders of the UN, EU, NATO and OSCE.",
             "# Generated by tools/knowledge/office_holders.py from data/knowledge/sources/office-holders*.tsv;",
             "# edit the TSV, not this file. A role applies only inside its dates (both ends included);",
             "# outside every role a person has the code of their country.",
             "", "[actors]"]
    for name, p in people.items():
        phrases, seen = [], set()
        for v in [name] + p["variants"]:
            for form in [v] + ascii_forms(v):
                key = " ".join(form.upper().replace("_", " ").split())  # how the reader compares
                if key in seen:
                    continue
                if key in owner:
                    fail(f"phrase {form!r} names both {owner[key]} and {name}")
                seen.add(key)
                owner[key] = name
                phrases.append(form)
        roles = sorted(p["roles"], key=lambda r: (RANK[r["role"]], r["start"]))
        for a, b in zip(roles, roles[1:]):
            if a["role"] == b["role"] and a["code"] == b["code"] and a["end"] and b["start"] < a["end"]:
                fail(f"{b['where']}: {name}: overlaps the earlier {a['role']} role ending {a['end']}")
        lines.append("")
        lines.append(phrases[0])
        lines += [f"  + {ph}" for ph in phrases[1:]]
        for r in roles:
            period = f"{r['start']} to {r['end']}" if r["end"] else f"from {r['start']}"
            comment = r["note"] or ROLE_NAME[r["role"]]
            lines.append(f"  -> {r['code']} {period}  # {comment}")
        lines.append(f"  -> {p['country']}")
    return "\n".join(lines) + "\n", people


def counts(rows):
    by_code = {}
    for r in rows:
        if r["role"] == "opp":
            continue
        key = r["code"][:3] if not r["code"].startswith("IGO") else r["code"]
        by_code[key] = by_code.get(key, 0) + 1
    return by_code


def main():
    rows = read_rows()
    text, people = build(rows)
    if "--check" in sys.argv[1:]:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            fail(f"{OUTPUT.relative_to(ROOT)} is out of date; run python3 tools/knowledge/office_holders.py")
        return
    OUTPUT.write_text(text, encoding="utf-8")
    required = sum(1 for r in rows if r["role"] != "opp")
    print(f"{len(people)} people, {len(rows)} role entries ({required} office roles, "
          f"{len(rows) - required} opposition periods)")
    for key, n in sorted(counts(rows).items()):
        print(f"  {key:10} {n}")


if __name__ == "__main__":
    main()
