"""A sixth probe set, written apart from the first five and from the rule data (issue 20).

tests/data/probe6-drafts.jsonl holds 200 drafts (140 Malay: formal, colloquial, Perlis/Kedah dialect,
Manglish, short forms, emoji, hashtags, long posts with the breach in the middle; 60 English) that a
helper wrote on 2026-12-07 (second session) by reading only the two documents in full, the clause
list, /work/shared/facts.md, the examples' format, and the id, title, clauses, applies_to and message
of each rule of src/etika_check/rules/*.toml. It read no word list, construction, Python, test, probe
set or golden file, and did not run the checker. 120 drafts violate a post rule (every post rule, 4 to
11 drafts each; five carry two rules); 80 are clean and hard (warnings about each banned act, notices,
news of elections and courts, counter-speech, rules paraphrased, near-misses). The drafts of the two
reminder rules (correct-mistakes, official-material-approval) it labels violating only where the
writer refuses to correct or posts without approval.

Measured ONCE, before any change it leads to, on main at d44c736 (2026-12-07 23:05 UTC) with
etika_check.check_post (caught = any finding on a violating draft, flagged = any finding on a clean
draft):
  caught (any finding):           78 / 120   (Malay 56 / 84, English 22 / 36)
  caught with an expected rule:    76 / 120
  clean drafts flagged:             5 / 80    (Malay 3 / 56, English 2 / 24)
Its misses are read by the lead from then on (it is a seen set, like probe 4; probe 5 stays unseen).
At d3a5016+ (2026-12-08 00:20 UTC), after the changes its misses led to: caught 92 / 120 (Malay 65, English
27), with an expected rule 90, flagged 0 / 80. The floors below are those figures: raise a floor when a
general change lifts it, never lower one.
"""

from __future__ import annotations

from pathlib import Path

from probe_support import ProbeSet


class TestProbe6(ProbeSet):
    PROBE = Path(__file__).resolve().parent / "data" / "probe6-drafts.jsonl"
    TOTAL, MALAY, VIOLATING = 200, 140, 120
    CAUGHT_AT_LEAST = {"ms": 65, "en": 27}  # violating drafts with any finding, per language (56 and 22 as measured)
    CAUGHT_EXPECTED_AT_LEAST = 90  # violating drafts with an expected rule among the findings (76 as measured)
    FLAGGED_AT_MOST = {"ms": 0, "en": 0}  # clean drafts with any finding, per language (3 and 2 as measured)
