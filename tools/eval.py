"""Measure the checker's judgement: recall per function on a HateCheck-style
development set, false alarms on its non-hateful contrasts, and the same on
the project's own corpora.

    make eval                      # ../shared/eval/malay-functional-dev.csv
    python tools/eval.py --csv FILE [--show FUNCTION] [--misses N]

A case counts as flagged when the checker reports any finding (error or
warning) for it. The development set is read where it lies; nothing of it is
copied into the project. Counter-speech cases often also insult a person,
which SOP 7.2 forbids, so they are shown but not counted as false alarms.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

import etika_check

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "eval" / "malay-functional-dev.csv"
FALSE_ALARM_FUNCTIONS = ("ident_neutral_nh", "ident_pos_nh", "negate_neg_nh")
SHOWN_ONLY = ("counter_quote_nh", "counter_ref_nh")
CORPUS = ROOT / "tests" / "data" / "drafts.jsonl"


def flagged(text: str) -> list[str]:
    """The rules that report something for ``text``."""
    return sorted({f.rule for f in etika_check.check_post(text)})


def evaluate_csv(path: Path) -> dict:
    """Per-function counts of flagged cases, plus the headline figures."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # function -> [flagged, total]
    misses: dict[str, list[str]] = defaultdict(list)
    alarms: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rules = flagged(row["text"])
            cell = per[row["function"]]
            cell[0] += bool(rules)
            cell[1] += 1
            if row["label"] == "hateful" and not rules:
                misses[row["function"]].append(row["text"])
            elif row["label"] != "hateful" and rules:
                alarms[row["function"]].append((row["text"], rules))
    hateful = [f for f in per if f.endswith("_h")]
    hit = sum(per[f][0] for f in hateful)
    total = sum(per[f][1] for f in hateful)
    fa_hit = sum(per[f][0] for f in FALSE_ALARM_FUNCTIONS if f in per)
    fa_total = sum(per[f][1] for f in FALSE_ALARM_FUNCTIONS if f in per)
    return {"per_function": {f: tuple(v) for f, v in sorted(per.items())},
            "recall": hit / total if total else 0.0,
            "false_alarm": fa_hit / fa_total if fa_total else 0.0,
            "misses": misses, "alarms": alarms}


def evaluate_corpus(path: Path = CORPUS) -> dict:
    """The project's labelled drafts: each must give exactly its expected rules."""
    wrong = []
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        n += 1
        got = sorted({c for f in etika_check.check_post(case["text"]) for c in f.clauses})
        expected = set(case["expect"])
        if (expected and not expected <= set(got)) or (not expected and got):
            wrong.append((case["text"], case["expect"], got))
    return {"cases": n, "wrong": wrong}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="HateCheck-style CSV (id, function, target, label, text)")
    ap.add_argument("--show", action="append", default=[], help="print the misses or false alarms of this function")
    ap.add_argument("--misses", type=int, default=0, help="print up to N misses of every hateful function")
    args = ap.parse_args(argv)
    if not args.csv.is_file():
        print(f"eval: no development set at {args.csv} (pass --csv)", file=sys.stderr)
        return 2
    res = evaluate_csv(args.csv)
    print(f"{args.csv.name}")
    print(f"  {'function':<22} {'flagged':>8} {'total':>6} {'rate':>6}")
    for f, (h, t) in res["per_function"].items():
        note = "  (not scored)" if f in SHOWN_ONLY else ""
        print(f"  {f:<22} {h:>8} {t:>6} {h / t:>6.2f}{note}")
    print(f"  recall of hateful cases      {res['recall']:.3f}")
    print(f"  false alarms ({' + '.join(FALSE_ALARM_FUNCTIONS)})  {res['false_alarm']:.3f}")
    for f in args.show:
        for text in res["misses"].get(f, []):
            print(f"  MISS  {f}: {text}")
        for text, rules in res["alarms"].get(f, []):
            print(f"  ALARM {f}: {text}  {rules}")
    if args.misses:
        for f, texts in sorted(res["misses"].items()):
            for text in texts[:args.misses]:
                print(f"  MISS  {f}: {text}")
    corp = evaluate_corpus()
    print(f"{CORPUS.relative_to(ROOT)}: {corp['cases'] - len(corp['wrong'])}/{corp['cases']} as labelled")
    for text, exp, got in corp["wrong"]:
        print(f"  WRONG expected {exp} got {got}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
