#!/usr/bin/env python3
"""Draws a reproducible random sample of coded events for a hand audit.

    FAULTLINE_SHARED=/work/shared python3 tools/audit/sample_events.py \
        --out docs/audits/news-samples-audit.tsv [--corpus '<shared>/corpora/news-samples'] \
        [--faultline build/faultline] [--seed 20261123] [--size 100] [--date YYYY-MM-DD] \
        [--judged OLD.tsv]

It codes the corpus with the shipped knowledge (`faultline code`, default output: negated and
hypothetical events left out, as a user sees them), counts the corpus's sentences (`faultline
analyze -f jsonl`), draws the --size events whose hash of seed and event identity is lowest (a
uniform random sample that a coding change moves only where it adds or removes events), and
writes one TSV row per drawn event with empty `verdict` and `reason` columns for the auditor. The CAMEO code names come from the shared GDELT table
(<shared>/reference/cameo-eventcodes.tsv), read at run time.

--judged carries verdicts over from an earlier audit file: a row whose event (doc, sentence, code,
source, target and both spans) was judged before keeps its verdict and reason, so a re-audit after
a coding change only needs the new rows judged.

The file starts with '#' comment lines (date, commit, command, seed, counts, judging rules); the
totals lines ('# totals: ...') are rewritten by --totals once every row is judged:

    python3 tools/audit/sample_events.py --totals docs/audits/news-samples-audit.tsv

Standard library only.
"""

import argparse
import collections
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

COLUMNS = [
    "n", "doc", "sentence", "sentence_start", "sentence_end", "trigger",
    "source", "source_text", "target", "target_text", "code", "code_name",
    "negated", "hypothetical", "rule", "verdict", "reason", "sentence_text",
]
VERDICTS = ["correct", "wrong code", "wrong actor", "not an event"]

RULES = """\
# judging rules (one verdict per row, first that applies, in this order):
#   not an event -- the sentence reports no real action between the two actors (a description,
#                   a state, a name, a quotation of a title), or the action is hypothetical,
#                   negated, asked about or planned and was coded as if it had happened.
#   wrong actor  -- there is an event, but the source or the target code does not fit the text
#                   (wrong country or sector, the actors swapped, an actor not taking part).
#                   A country-level code (USA) where the text names one of that country's
#                   officials or bodies is acceptable; a generic code (---GOV) is acceptable
#                   when the sentence itself does not name the actor's country. A place, a
#                   time, a topic or a co-speaker as target is a wrong actor.
#   wrong code   -- the actors are right but the CAMEO code is not the reported action and not a
#                   defensible neighbour within the same root.
#   correct      -- right actors and the right CAMEO code (or a defensible one of the same root).
#                   "X said / told reporters / noted" as 010 is correct when the target is the
#                   addressee or an actor the statement is about.
# every verdict other than 'correct' carries a one-line reason."""


def read_code_names(shared):
    path = os.path.join(shared, "reference", "cameo-eventcodes.tsv")
    names = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                names[parts[0]] = parts[1]
    return names


def one_line(text):
    return re.sub(r"\s+", " ", text).strip()


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return result


def git_commit(root):
    result = subprocess.run(["git", "-C", root, "rev-parse", "--short=12", "HEAD"],
                            capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    commit = result.stdout.strip() or "unknown"
    return commit + ("+uncommitted changes" if dirty else "")


def draw_rank(seed, event):
    """The event's place in the draw: a hash of the seed and of what the event is (document,
    sentence, trigger span, code, actors and their spans), not of where it stands in the output."""
    identity = "\t".join(str(x) for x in (
        seed, event["doc"], event["sentence"], event["start"], event["end"], event["code"],
        event["source"], event["target"], event.get("source_span"), event.get("target_span")))
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def stable_draw(events, seed, size):
    """The indices (in output order) of the `size` events of lowest draw_rank: a uniform random
    sample of the events for a fixed seed, like random.sample, but one that a coding change moves
    only where it adds or removes events. random.Random(seed).sample over output positions drew a
    new sample whenever the number of events changed, so one event more or less replaced half of
    the audited events (docs/events.md, "Hand audit")."""
    ranked = sorted(range(len(events)), key=lambda i: draw_rank(seed, events[i]))
    return sorted(ranked[:min(size, len(events))])


def event_key(row):
    return (row["doc"], str(row["sentence"]), row["code"], row["source"], row["target"],
            row["trigger"], row["source_text"], row["target_text"])


def read_audit(path):
    """Returns (comment lines, rows as dicts) of an audit TSV."""
    comments, rows, header = [], [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                comments.append(line)
            elif header is None:
                header = line.split("\t")
            elif line:
                rows.append(dict(zip(header, line.split("\t"))))
    return comments, rows


def totals_lines(rows, sentences, events):
    counts = collections.Counter(r["verdict"] for r in rows)
    judged = sum(counts[v] for v in VERDICTS)
    lines = [f"# totals: judged {judged} of {len(rows)}"]
    if judged:
        lines.append(f"# totals: precision {counts['correct']}/{judged} = "
                     f"{counts['correct'] / judged:.2f}")
        lines.append("# totals: " + ", ".join(f"{v} {counts[v]}" for v in VERDICTS))
    if sentences:
        lines.append(f"# totals: events per 1,000 sentences {1000 * events / sentences:.1f} "
                     f"({events} events / {sentences} sentences)")
    return lines


def write_audit(path, comments, rows):
    with open(path, "w", encoding="utf-8") as f:
        for c in comments:
            f.write(c + "\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(one_line(str(r.get(c, ""))) for c in COLUMNS) + "\n")


def meta_int(comments, key):
    for c in comments:
        m = re.match(rf"# {key}: (\d+)", c)
        if m:
            return int(m.group(1))
    return 0


def refresh_totals(path):
    comments, rows = read_audit(path)
    bad = [r["n"] for r in rows if r["verdict"] and r["verdict"] not in VERDICTS]
    if bad:
        sys.exit(f"rows with an unknown verdict: {', '.join(bad)}")
    missing = [r["n"] for r in rows if r["verdict"] not in ("", "correct") and not r["reason"]]
    if missing:
        sys.exit(f"rows judged not correct without a reason: {', '.join(missing)}")
    kept = [c for c in comments if not c.startswith("# totals:")]
    sentences, events = meta_int(comments, "sentences"), meta_int(comments, "events")
    write_audit(path, kept + totals_lines(rows, sentences, events), rows)
    for line in totals_lines(rows, sentences, events):
        print(line[2:])


def sample(args):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    faultline = args.faultline or os.path.join(root, "build", "faultline")
    shared = (args.shared or os.environ.get("FAULTLINE_SHARED")
              or os.path.join(os.path.dirname(root), "shared"))
    corpus_arg = args.corpus or os.path.join("<shared>", "corpora", "news-samples")
    corpus = corpus_arg.replace("<shared>", shared)
    names = read_code_names(shared)

    with tempfile.TemporaryDirectory() as tmp:
        events_path = os.path.join(tmp, "events.jsonl")
        coded = run([faultline, "code", "-o", events_path, corpus])
        with open(events_path, encoding="utf-8") as f:
            events = [json.loads(line) for line in f if line.strip()]
    # The coder's own summary, without its timing so that a re-run writes the same file.
    summary = re.search(r"(\d+) events from (\d+) sentences(?: \((\d+) negated or hypothetical left out\))?",
                        coded.stderr)
    if not summary:
        sys.exit(f"no summary line in the coder's output:\n{coded.stderr}")

    analysed = run([faultline, "analyze", "-q", "-f", "jsonl", corpus])
    sentences, texts = {}, {}
    for line in analysed.stdout.splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        with open(doc["origin"], "rb") as f:
            texts[doc["id"]] = f.read()  # spans are byte offsets into the document
        for s in doc["sentences"]:
            sentences[(doc["id"], s["n"])] = s
    if not sentences:
        sys.exit("the corpus has no sentences")
    if int(summary.group(1)) != len(events) or int(summary.group(2)) != len(sentences):
        sys.exit(f"the coder reports '{summary.group(0)}' but wrote {len(events)} events and "
                 f"analyze finds {len(sentences)} sentences")

    drawn = stable_draw(events, args.seed, args.size)

    previous = {}
    if args.judged:
        for r in read_audit(args.judged)[1]:
            if r.get("verdict"):
                previous[event_key(r)] = (r["verdict"], r["reason"])

    rows = []
    for n, index in enumerate(drawn, 1):
        e = events[index]
        s = sentences.get((e["doc"], e["sentence"]))
        if s is None:
            sys.exit(f"event {index} names sentence {e['sentence']} of {e['doc']}, which analyze does not have")
        text = s["text"]
        trigger = texts[e["doc"]][e["start"]:e["end"]].decode("utf-8", "replace")
        row = {
            "n": n, "doc": e["doc"], "sentence": e["sentence"],
            "sentence_start": s["start"], "sentence_end": s["end"],
            "trigger": trigger,
            "source": e["source"], "source_text": e["source_text"],
            "target": e["target"], "target_text": e["target_text"],
            "code": e["code"], "code_name": names.get(e["code"], "?"),
            "negated": str(e["negated"]).lower(), "hypothetical": str(e["hypothetical"]).lower(),
            "rule": e["rule"], "verdict": "", "reason": "", "sentence_text": text,
        }
        row["verdict"], row["reason"] = previous.get(event_key(row), ("", ""))
        rows.append(row)

    command = (f"python3 tools/audit/sample_events.py --corpus {corpus_arg} --out {args.out} "
               f"--seed {args.seed} --size {args.size} --date {args.date}")
    comments = [
        "# Faultline hand audit: coded events drawn at random from a news corpus, judged by hand.",
        f"# date: {args.date}",
        f"# faultline commit: {git_commit(root)}",
        f"# command: {command}",
        f"# coding: faultline code -o EVENTS.jsonl {corpus_arg} (shipped knowledge, "
        "default output: negated and hypothetical events left out)",
        f"# coder summary: {summary.group(0)}",
        f"# seed: {args.seed} (the events of lowest sha256 of seed and event identity; see stable_draw)",
        f"# sentences: {len(sentences)}",
        f"# events: {len(events)}",
        f"# drawn: {len(rows)}",
        "# code names: <shared>/reference/cameo-eventcodes.tsv; sentence_text is the audited "
        "sentence only, quoted from the corpus for evaluation",
        RULES,
    ]
    comments = "\n".join(comments).split("\n")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    write_audit(args.out, comments + totals_lines(rows, len(sentences), len(events)), rows)
    print(f"{len(events)} events from {len(sentences)} sentences "
          f"({1000 * len(events) / len(sentences):.1f} per 1,000); drew {len(rows)} into {args.out}"
          + (f"; {sum(1 for r in rows if r['verdict'])} verdicts carried over" if args.judged else ""))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", help="corpus directory or file to code (default: "
                   "<shared>/corpora/news-samples; '<shared>' in the path is replaced)")
    p.add_argument("--out", help="audit TSV to write")
    p.add_argument("--faultline", help="faultline binary (default: build/faultline)")
    p.add_argument("--shared", help="shared folder (default: $FAULTLINE_SHARED, else ../shared "
                   "beside the checkout)")
    p.add_argument("--seed", type=int, default=20261123)
    p.add_argument("--size", type=int, default=100)
    p.add_argument("--date", default=datetime.date.today().isoformat())
    p.add_argument("--judged", help="earlier audit TSV whose verdicts carry over")
    p.add_argument("--totals", metavar="AUDIT", help="recompute the totals lines of a judged audit file")
    args = p.parse_args()
    if args.totals:
        refresh_totals(args.totals)
    elif args.out:
        sample(args)
    else:
        p.error("give --out, or --totals")


if __name__ == "__main__":
    main()
