"""A fourth probe set, written apart from the first three and from the rule data (issue 20).

tests/data/probe4-drafts.jsonl holds 240 drafts (170 Malay, 70 English; formal Malay, colloquial
Malay with short forms, Kedah/Perlis, Kelantan, Terengganu and Sabah touches, Manglish, emoji,
hashtags, line breaks) that a helper wrote on 2026-12-07 (cfab154) by reading only the two
documents in full, the clause list, the rule ids, titles and clauses of src/etika_check/rules/*.toml,
and /work/shared/examples for the format. It did not read the word lists, constructions.toml, any
Python under src/, the earlier probe sets, tests/data/rules/, tests/data/judgement/, the meaning
and mention tests, tests/golden/ or the hidden suites, and did not run the checker. 150 drafts
violate a post rule (every post rule of the catalogue, 6 to 16 drafts each); 90 are clean and hard
(reminders and circulars about each banned act, news, counter-speech, negations, questions,
announcements, complaints, everyday senses of sulit, rahsia, bocor, serbu, tembak, bunuh, parti).
Each line: id, lang, text, violates, rules (the post rules it should get, [] when clean), why.

Measured ONCE, before any change it leads to, on main at 5755176 (2026-12-07 18:24 UTC) with
etika_check.check_post (the default profile; caught = any finding on a violating draft, flagged =
any finding on a clean draft):
  caught (any finding):           90 / 150   (Malay 58 / 103, English 32 / 47)
  caught with an expected rule:    87 / 150
  clean drafts flagged:             8 / 90    (Malay 5 / 67, English 3 / 23)
Missed most: office-hours-post 5 of 6, race-religion-politics 6 of 9, political-activity 5 of 9,
classified-information 10 of 16, personal-attack 9 of 14 (threats without an insult word and
accusations of corruption told as hints), agency-comment 4 of 7.
At e1914f1 (seen since, so no longer unseen): caught 108 / 150 (Malay 67 / 103, English 41 / 47), with
an expected rule 103, flagged 5 / 90 (Malay 3, English 2). The floors below are those figures, so
this test only guards against regressions. Once its
misses have shaped the judgement it is no longer unseen; raise a floor when it improves, never
lower one.
"""

from __future__ import annotations

from pathlib import Path

from probe_support import ProbeSet


class TestProbe4(ProbeSet):
    PROBE = Path(__file__).resolve().parent / "data" / "probe4-drafts.jsonl"
    TOTAL, MALAY, VIOLATING = 240, 170, 150
    CAUGHT_AT_LEAST = {"ms": 74, "en": 42}  # violating drafts with any finding, per language (58 and 32 as measured)
    CAUGHT_EXPECTED_AT_LEAST = 111  # violating drafts with an expected rule among the findings (87 as measured)
    FLAGGED_AT_MOST = {"ms": 0, "en": 0}  # clean drafts with any finding, per language (5 and 3 as measured)
