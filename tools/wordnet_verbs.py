#!/usr/bin/env python3
"""Adds WordNet synonyms to the verb blocks of a native Faultline dictionary.

A verb block asks for synonyms with a seed line naming WordNet 3.0 verb senses (lemma#sense, the
sense numbers of WordNet's index.verb) and, optionally, words to leave out ("-word"):

    # wordnet: detain#2 arrest#1 -nail
    # wordnet end

Every member of those senses that the file does not already define as a verb is written between
the two lines, with irregular forms from WordNet's verb.exc. Lines between the markers belong to
this tool; run it again after changing a seed line. Needs Debian's wordnet-base (/usr/share/wordnet).

    python3 tools/wordnet_verbs.py data/knowledge/verbs.fl            # rewrite in place
    python3 tools/wordnet_verbs.py --check data/knowledge/verbs.fl    # exit 1 if out of date
    python3 tools/wordnet_verbs.py --show detain                      # list the senses of a verb
"""
import argparse
import os
import re
import sys

SEED = re.compile(r"^\s*# wordnet:(.*)$")
END = re.compile(r"^\s*# wordnet end\s*$")


def read_wordnet(root):
    senses = {}  # lemma -> [offset, ...] in sense order
    with open(os.path.join(root, "index.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, synset_count = parts[0], int(parts[2])
            senses[lemma] = parts[-synset_count:]
    synsets = {}  # offset -> ([words], gloss)
    with open(os.path.join(root, "data.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            head, _, gloss = line.partition("|")
            parts = head.split()
            count = int(parts[3], 16)
            words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]).lower() for i in range(count)]
            synsets[parts[0]] = (words, gloss.strip())
    irregular = {}  # base -> {inflected forms}
    with open(os.path.join(root, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                irregular.setdefault(parts[1], set()).add(parts[0])
    return senses, synsets, irregular


def regular_forms(verb):
    """The -s and -ing forms the way src/knowledge/english_forms.cc makes them."""
    vowels = "aeiou"
    if len(verb) >= 2 and verb.endswith("y") and verb[-2] not in vowels:
        return [verb[:-1] + "ies", verb + "ing"]
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        return [verb + "es", verb + "ing"]
    if verb.endswith("ie"):
        return [verb + "s", verb[:-2] + "ying"]
    if verb.endswith("e") and not verb.endswith(("ee", "oe", "ye")):
        return [verb + "s", verb[:-1] + "ing"]
    return [verb + "s", verb + "ing"]


def verb_line(lemma, irregular):
    words = lemma.split("_")
    text = " ".join(words) if len(words) == 1 else "+" + " ".join(words)
    base = words[0]
    if base in irregular:
        # verb.exc lists the irregular past forms and doubled -ing forms; the rest are regular.
        third_person, ing = regular_forms(base)
        forms = set(irregular[base]) | {third_person}
        if not any(f.endswith("ing") for f in forms):
            forms.add(ing)
        forms = sorted(forms)
        text += " (forms: " + " ".join(forms) + ")"
    return text


def defined_verbs(lines):
    """Verbs the file defines by hand (outside generated regions), as lower-case phrases."""
    out = set()
    in_verbs = in_generated = False
    for line in lines:
        if SEED.match(line):
            in_generated = True
            continue
        if END.match(line):
            in_generated = False
            continue
        text = line.split(" #")[0].strip()
        if text.startswith("["):
            in_verbs = text.startswith("[verbs")
            continue
        if not in_verbs or in_generated or not text or text.startswith(("#", "-")):
            continue
        text = re.sub(r"\(forms:[^)]*\)", "", text).split("->")[0]
        out.add(" ".join(text.replace("+", "").lower().split()))
    return out


def expand(lines, senses, synsets, irregular):
    taken = defined_verbs(lines)
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        m = SEED.match(line)
        i += 1
        if not m:
            continue
        while i < len(lines) and not END.match(lines[i]):
            i += 1
        if i == len(lines):
            raise SystemExit(f"a '# wordnet:' seed line without '# wordnet end': {line.strip()}")
        items = m.group(1).split()
        excluded = {item[1:].lower() for item in items if item.startswith("-")}
        added = []
        for item in items:
            if item.startswith("-"):
                continue
            lemma, _, number = item.partition("#")
            offsets = senses.get(lemma.lower())
            if not number.isdigit() or not offsets or not 1 <= int(number) <= len(offsets):
                raise SystemExit(f"no WordNet verb sense {item}")
            for word in synsets[offsets[int(number) - 1]][0]:
                phrase = word.replace("_", " ")
                if word in excluded or phrase in taken:
                    continue
                taken.add(phrase)
                added.append(verb_line(word, irregular) + "\n")
        out.extend(added)
        out.append(lines[i])
        i += 1
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?")
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is not up to date")
    parser.add_argument("--show", metavar="VERB", help="print the WordNet senses of VERB and exit")
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet dict directory")
    args = parser.parse_args()
    senses, synsets, irregular = read_wordnet(args.wordnet)
    if args.show:
        for n, offset in enumerate(senses.get(args.show.lower(), []), 1):
            words, gloss = synsets[offset]
            print(f"{args.show}#{n}: {', '.join(words)} | {gloss}")
        return 0
    if not args.file:
        parser.error("a dictionary file is needed")
    with open(args.file, encoding="utf-8") as f:
        lines = f.readlines()
    new = expand(lines, senses, synsets, irregular)
    if args.check:
        if new != lines:
            print(f"{args.file} is not up to date: run python3 tools/wordnet_verbs.py {args.file}", file=sys.stderr)
            return 1
        return 0
    if new != lines:
        with open(args.file, "w", encoding="utf-8") as f:
            f.writelines(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
