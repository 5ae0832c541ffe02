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

from pathlib import Path

from probe_support import ProbeSet


class TestProbe2(ProbeSet):
    PROBE = Path(__file__).resolve().parent / "data" / "probe2-drafts.jsonl"
    TOTAL, MALAY, VIOLATING = 240, 174, 150
    CAUGHT_AT_LEAST = {"ms": 97, "en": 39}  # violating drafts with any finding, per language (69 and 33 when measured)
    CAUGHT_EXPECTED_AT_LEAST = 131  # violating drafts with an expected rule among the findings (99 when measured)
    FLAGGED_AT_MOST = {"ms": 0, "en": 0}  # clean drafts with any finding, per language (9 Malay when measured)
