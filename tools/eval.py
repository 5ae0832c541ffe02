"""Measure the checker's judgement: recall per function on a HateCheck-style
development set, false alarms on its non-hateful contrasts, and the same on
the project's own corpora; and recall and false alarms per rule on the
development sets of tests/data/rules/ (one JSON-lines file per post rule).

    make eval                      # ../shared/eval/malay-functional-dev.csv + tests/data/rules/
    python tools/eval.py --csv FILE [--show FUNCTION] [--misses N]
    python tools/eval.py --rules-only [--rule RULE]   # the rule sets alone, their misses and alarms

A draft of a rule's set counts as caught when that rule (by id) reports a
finding (or, for the two reminder rules, a reminder) for it; a clean draft is a false alarm of the rule when that rule
reports one. A set whose rule does not exist yet is shown with 0 caught.

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
RULE_SETS = ROOT / "tests" / "data" / "rules"


def flagged(text: str, reminders: bool = False) -> list[str]:
    """The rules that report something for ``text`` (with ``reminders``, also the
    info-level rules that remind of something: the development sets of
    correct-mistakes and official-material-approval measure those)."""
    if not reminders:
        return sorted({f.rule for f in etika_check.check_post(text)})
    report = etika_check.default_checker().check_post(text)
    return sorted({f.rule for f in (*report.findings, *report.reminders)})


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
    return {
        "per_function": {f: tuple(v) for f, v in sorted(per.items())},
        "recall": hit / total if total else 0.0,
        "false_alarm": fa_hit / fa_total if fa_total else 0.0,
        "misses": misses,
        "alarms": alarms,
    }


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


def load_rule_set(path: Path) -> list[dict]:
    """The drafts of one rule's development set (fields text, lang, label, rule, note)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate_rule_sets(directory: Path = RULE_SETS) -> dict:
    """Per rule: violating drafts the rule catches and clean drafts it flags, by language.

    Returns ``{"rules": {rule: {...}}, "total": {...}}``; each entry holds
    ``caught``, ``violations``, ``alarms``, ``clean``, ``recall``, ``false_alarm``,
    ``misses`` and ``alarm_texts`` (the texts), and ``exists`` (the rule is in the
    rule set). ``total`` also counts ``any_alarm``: clean drafts of every set with
    any finding at all (errors and warnings; reminders are not alarms).
    """
    known = {r.id for r in etika_check.default_checker().ruleset.rules}
    rules: dict[str, dict] = {}
    tot = {"caught": 0, "violations": 0, "alarms": 0, "clean": 0, "any_alarm": 0}
    for path in sorted(directory.glob("*.jsonl")):
        rule = path.stem
        cell = {
            "caught": 0,
            "violations": 0,
            "alarms": 0,
            "clean": 0,
            "misses": [],
            "alarm_texts": [],
            "exists": rule in known,
        }
        for case in load_rule_set(path):
            got = flagged(case["text"], reminders=True)
            hit = case["rule"] in got
            if case["label"] == "violation":
                cell["violations"] += 1
                cell["caught"] += hit
                if not hit:
                    cell["misses"].append(case["text"])
            else:
                cell["clean"] += 1
                cell["alarms"] += hit
                tot["any_alarm"] += bool(flagged(case["text"]))  # findings only: a reminder is no alarm
                if hit:
                    cell["alarm_texts"].append(case["text"])
        cell["recall"] = cell["caught"] / cell["violations"] if cell["violations"] else 0.0
        cell["false_alarm"] = cell["alarms"] / cell["clean"] if cell["clean"] else 0.0
        for k in ("caught", "violations", "alarms", "clean"):
            tot[k] += cell[k]
        rules[rule] = cell
    tot["recall"] = tot["caught"] / tot["violations"] if tot["violations"] else 0.0
    tot["false_alarm"] = tot["alarms"] / tot["clean"] if tot["clean"] else 0.0
    tot["any_alarm_rate"] = tot["any_alarm"] / tot["clean"] if tot["clean"] else 0.0
    return {"rules": rules, "total": tot}


def print_rule_sets(res: dict, show: list[str] = ()) -> None:
    print(f"{RULE_SETS.relative_to(ROOT)}/")
    print(f"  {'rule':<28} {'caught':>7} {'recall':>7} {'alarms':>7} {'f.a.':>6}")
    for rule, c in res["rules"].items():
        note = "" if c["exists"] else "  (no such rule yet)"
        print(
            f"  {rule:<28} {c['caught']:>3}/{c['violations']:<3} {c['recall']:>7.3f} "
            f"{c['alarms']:>3}/{c['clean']:<3} {c['false_alarm']:>6.3f}{note}"
        )
    t = res["total"]
    print(
        f"  {'total':<28} {t['caught']:>3}/{t['violations']:<3} {t['recall']:>7.3f} "
        f"{t['alarms']:>3}/{t['clean']:<3} {t['false_alarm']:>6.3f}"
    )
    print(f"  clean drafts with any finding of any rule: {t['any_alarm']}/{t['clean']} ({t['any_alarm_rate']:.3f})")
    for rule in show:
        c = res["rules"].get(rule)
        if c is None:
            continue
        for text in c["misses"]:
            print(f"  MISS  {rule}: {text}")
        for text in c["alarm_texts"]:
            print(f"  ALARM {rule}: {text}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--csv", type=Path, default=DEFAULT_CSV, help="HateCheck-style CSV (id, function, target, label, text)"
    )
    ap.add_argument("--show", action="append", default=[], help="print the misses or false alarms of this function")
    ap.add_argument("--misses", type=int, default=0, help="print up to N misses of every hateful function")
    ap.add_argument("--rules-only", action="store_true", help="measure only the rule development sets")
    ap.add_argument("--rule", action="append", default=[], help="print the misses and false alarms of this rule's set")
    args = ap.parse_args(argv)
    if args.rules_only:
        print_rule_sets(evaluate_rule_sets(), args.rule)
        return 0
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
            for text in texts[: args.misses]:
                print(f"  MISS  {f}: {text}")
    corp = evaluate_corpus()
    print(f"{CORPUS.relative_to(ROOT)}: {corp['cases'] - len(corp['wrong'])}/{corp['cases']} as labelled")
    for text, exp, got in corp["wrong"]:
        print(f"  WRONG expected {exp} got {got}: {text}")
    print_rule_sets(evaluate_rule_sets(), args.rule)
    return 0


if __name__ == "__main__":
    sys.exit(main())
