"""The development sets of tests/data/rules/ (issue 20): one JSON-lines file per
post rule, at least 30 violating and 30 clean drafts each, and per-rule floors
that CI holds: each rule catches at least as many of its violating drafts, and
flags at most as many of its clean ones, as when the floor was last raised.

Raise a floor when a rule improves (``make eval`` or
``python tools/eval.py --rules-only`` prints the figures); never lower one to
make a change pass. A rule that does not exist yet has floor 0.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from etika_check import default_checker

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "data" / "rules"
FIELDS = {"text", "lang", "label", "rule", "note"}

# rule -> (violating drafts caught at least, clean drafts flagged at most), of 30 or more each. For the two
# reminder rules (severity info) "violating" means the reminder is due, and a reminder counts.
FLOORS: dict[str, tuple[int, int]] = {
    "agency-comment": (74, 0),
    "classified-information": (39, 0),
    "correct-mistakes": (32, 0),
    "executable-in-post": (42, 0),
    "group-derogation": (30, 1),
    "home-address": (28, 0),
    "mobile-number": (30, 0),
    "mykad-number": (30, 0),
    "obscene": (33, 0),
    "office-hours-post": (49, 0),
    "official-account-personal": (46, 0),
    "official-email-personal": (46, 0),
    "official-material-approval": (30, 0),
    "password-shared": (44, 0),
    "personal-attack": (38, 0),
    "piracy": (31, 0),
    "political-activity": (33, 0),
    "race-religion-politics": (35, 0),
    "royalty-contempt": (32, 1),
    "streaming-link": (29, 1),
    "unverified-viral": (39, 0),
}


def _eval_module():
    spec = importlib.util.spec_from_file_location("etika_eval", ROOT / "tools" / "eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured() -> dict:
    return _eval_module().evaluate_rule_sets(SETS)


def test_every_set_is_well_formed():
    files = sorted(SETS.glob("*.jsonl"))
    assert {p.stem for p in files} == set(FLOORS)
    texts: set[str] = set()
    for path in files:
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        labels = [c["label"] for c in cases]
        assert labels.count("violation") >= 30 and labels.count("clean") >= 30, path.name
        malay = sum(c["lang"] == "ms" for c in cases) / len(cases)
        assert 0.6 <= malay <= 0.8, (path.name, malay)
        for c in cases:
            assert set(c) == FIELDS, (path.name, c)
            assert c["rule"] == path.stem and c["label"] in ("violation", "clean") and c["lang"] in ("ms", "en")
            assert c["text"].strip() and c["note"].strip(), (path.name, c)
            assert c["text"] not in texts, c["text"]
            texts.add(c["text"])


def test_every_post_rule_has_a_set():
    for rule in default_checker().ruleset.for_input("post"):
        assert rule.id in FLOORS, rule.id


@pytest.mark.parametrize("rule", sorted(FLOORS))
def test_rule_holds_its_floor(measured: dict, rule: str):
    got = measured["rules"][rule]
    caught, alarms = FLOORS[rule]
    assert got["caught"] >= caught, (rule, got["caught"], caught, got["misses"])
    assert got["alarms"] <= alarms, (rule, got["alarms"], alarms, got["alarm_texts"])
