"""A third probe set, written apart from the first two and from the rule data (issue 20).

tests/data/probe3-drafts.jsonl holds 200 drafts (142 Malay, 58 English; formal Malay, colloquial
Malay with short forms such as yg, x, tak, dah, kat, je, sbb, org, Kedah/Perlis and Kelantan
dialect touches, emoji, hashtags, line breaks, and English or mixed) that a helper wrote on
2026-12-07 by reading only the two documents in full, the clause list, the rule ids, titles and
clauses of src/etika_check/rules/*.toml, and /work/shared/examples for the format. It did not
read the word lists, constructions.toml, the judgement code, mention.py, matchers.py, abuse.py,
the first two probe sets, tests/data/rules/, tests/data/judgement/, the meaning and mention tests,
tests/golden/ or the hidden suites. 120 drafts violate a post rule (leaks of official information
in plain words, rumours and calls to spread them, unsupported accusations against superiors,
threats and insults against named persons, credentials, obscene and pirated material in slang,
race and religion without slurs, the Rulers in both languages and numbers, group derogation,
party politics, an official account used for personal matters, insider comment on one's own
agency, MyKad and phone numbers and home addresses, personal posts in office hours, official
e-mail for personal accounts, program files, streaming links); several are long posts with the
violation in the middle, sarcasm or rhetorical questions. 80 are clean and hard (reminders about
each banned act, news, counter-speech, negations, questions, official announcements, ordinary
complaints, everyday senses of sulit, rahsia, bocor, panas, tembak, bunuh, gila, party).
Each line: id, lang, text, violates, rules (the post rules it should get, [] when clean), why.

Measured ONCE, before any change it leads to, on main at ef3ad50 (2026-12-07 16:00 UTC) with
etika_check.check_post (the default profile; caught = any finding on a violating draft, flagged =
any finding on a clean draft):
  caught (any finding):           86 / 120   (Malay 59 / 83, English 27 / 37)
  caught with an expected rule:    84 / 120
  clean drafts flagged:             9 / 80    (Malay 6 / 59, English 3 / 21)
The floors below are those figures, so this test only guards against regressions. Once its
misses have shaped the judgement it is no longer unseen; raise a floor when it improves, never
lower one.
"""

from __future__ import annotations

from pathlib import Path

from probe_support import ProbeSet


class TestProbe3(ProbeSet):
    PROBE = Path(__file__).resolve().parent / "data" / "probe3-drafts.jsonl"
    TOTAL, MALAY, VIOLATING = 200, 142, 120
    CAUGHT_AT_LEAST = {"ms": 73, "en": 34}  # violating drafts with any finding, per language (59 and 27 as measured)
    CAUGHT_EXPECTED_AT_LEAST = 105  # violating drafts with an expected rule among the findings (84 as measured)
    FLAGGED_AT_MOST = {"ms": 1, "en": 0}  # clean drafts with any finding, per language (6 and 3 as measured)
