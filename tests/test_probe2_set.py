"""A second probe set, written apart from the first and from the rule data (issue 20).

tests/data/probe2-drafts.jsonl holds 240 drafts (174 Malay, 66 English; formal, colloquial with
short forms, and mixed) that the probe helper wrote on 2026-12-07 by reading only the two
documents, the clause list, the rule catalogue's ids, titles and clauses, and
/work/shared/examples (not the word lists, constructions, judgement code, mention.py, the first
probe set, tests/data/rules/ or the hidden suites). 150 violate a post rule (every post rule has
drafts: leaks without a marking, rumours and calls to spread them, threats, insults, unsupported
accusations against superiors, group derogation, race and religion without slurs, the Rulers in
both languages, party politics, credentials, MyKad, phone numbers, home addresses, obscene and
pirated material in slang, an official account used for personal matters, insider comment on the
agency, personal posts in office hours, official e-mail, program files, streaming); 90 are clean
and hard (reminders about each banned act, news, quoted speech condemned, counter-speech,
negations, questions, announcements, everyday senses of "sulit", "rahsia", "terhad", "bunuh").
Each line: id, lang, text, violates, rules (the post rules it should get, [] when clean), why.

Measured ONCE, before any change it leads to, on main at bafba5e with etika_check.check_post
(errors and warnings; the default profile):
  caught (any finding):           102 / 150   (Malay 69 / 106, English 33 / 44)
  caught with an expected rule:    99 / 150
  clean drafts flagged:             9 / 90    (Malay 9 / 68, English 0 / 22)
The floors below are those figures, so this test only guards against regressions. Once its
misses have shaped the judgement it is no longer unseen; raise a floor when it improves, never
lower one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import etika_check

PROBE = Path(__file__).resolve().parent / "data" / "probe2-drafts.jsonl"
CAUGHT_AT_LEAST = {"ms": 95, "en": 39}  # violating drafts with any finding, per language (69 and 33 when measured)
CAUGHT_EXPECTED_AT_LEAST = 129  # violating drafts with an expected rule among the findings (99 when measured)
FLAGGED_AT_MOST = {"ms": 0, "en": 0}  # clean drafts with any finding, per language (9 Malay when measured)


def _drafts() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def measured() -> list[tuple[dict, set[str]]]:
    """Each draft with the rules of its findings."""
    return [(d, {f.rule for f in etika_check.check_post(d["text"])}) for d in _drafts()]


def test_the_set_is_as_described():
    drafts = _drafts()
    assert len(drafts) == 240 and len({d["id"] for d in drafts}) == 240
    assert sum(d["lang"] == "ms" for d in drafts) == 174
    assert all(set(d) == {"id", "lang", "text", "violates", "rules", "why"} for d in drafts)
    assert all(bool(d["rules"]) == d["violates"] for d in drafts)
    assert sum(d["violates"] for d in drafts) == 150


@pytest.mark.parametrize("lang", ["ms", "en"])
def test_violating_drafts_are_caught(measured, lang):
    violating = [(d, got) for d, got in measured if d["violates"] and d["lang"] == lang]
    missed = [(d["id"], d["text"]) for d, got in violating if not got]
    assert len(violating) - len(missed) >= CAUGHT_AT_LEAST[lang], missed


def test_violating_drafts_get_an_expected_rule(measured):
    wrong = [(d["id"], d["text"]) for d, got in measured if d["violates"] and not got & set(d["rules"])]
    assert 150 - len(wrong) >= CAUGHT_EXPECTED_AT_LEAST, wrong


@pytest.mark.parametrize("lang", ["ms", "en"])
def test_clean_drafts_are_not_flagged(measured, lang):
    flagged = [
        (d["id"], d["text"], sorted(got)) for d, got in measured if not d["violates"] and d["lang"] == lang and got
    ]
    assert len(flagged) <= FLAGGED_AT_MOST[lang], flagged
