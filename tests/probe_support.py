"""What the probe sets written apart share (tests/test_probe2_set.py to test_probe5_set.py):
each line of a set is {"id", "lang", "text", "violates", "rules", "why"}; a violating draft is caught
when it gets any finding, a clean one flagged when it gets any. Each test module holds its set's
figures and floors; the reading, the counting and the tests of the sets caught by any finding
(ProbeSet, subclassed by probes 2 to 4) are here, once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import etika_check

FIELDS = {"id", "lang", "text", "violates", "rules", "why"}

Measured = list[tuple[dict, set[str]]]  # each draft with the rules of its findings


def drafts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(path: Path) -> Measured:
    return [(d, {f.rule for f in etika_check.check_post(d["text"])}) for d in drafts(path)]


def check_described(path: Path, total: int, malay: int, violating: int) -> None:
    """The set holds what its module says: so many drafts, unique ids, Malay ones, violating ones."""
    ds = drafts(path)
    assert len(ds) == total and len({d["id"] for d in ds}) == total
    assert sum(d["lang"] == "ms" for d in ds) == malay
    assert all(set(d) == FIELDS for d in ds)
    assert all(bool(d["rules"]) == d["violates"] for d in ds)
    assert sum(d["violates"] for d in ds) == violating


def caught(measured: Measured, lang: str) -> tuple[int, list[tuple[str, str]]]:
    """The violating drafts of a language caught, and those missed (id, text)."""
    violating = [(d, got) for d, got in measured if d["violates"] and d["lang"] == lang]
    missed = [(d["id"], d["text"]) for d, got in violating if not got]
    return len(violating) - len(missed), missed


def without_expected_rule(measured: Measured) -> list[tuple[str, str]]:
    """The violating drafts none of whose expected rules is among the findings (id, text)."""
    return [(d["id"], d["text"]) for d, got in measured if d["violates"] and not got & set(d["rules"])]


def flagged(measured: Measured, lang: str) -> list[tuple[str, str, list[str]]]:
    """The clean drafts of a language with a finding (id, text, rules)."""
    return [(d["id"], d["text"], sorted(got)) for d, got in measured if not d["violates"] and d["lang"] == lang and got]


class ProbeSet:
    """The tests of a probe set whose drafts are caught by any finding: a module subclasses it as
    ``TestProbeN`` with the set's file, its counts and its floors (the figures stay in the module,
    beside the account of how the set was written)."""

    PROBE: Path
    TOTAL: int
    MALAY: int
    VIOLATING: int
    CAUGHT_AT_LEAST: dict[str, int]  # violating drafts with any finding, per language
    CAUGHT_EXPECTED_AT_LEAST: int  # violating drafts with an expected rule among the findings
    FLAGGED_AT_MOST: dict[str, int]  # clean drafts with any finding, per language

    @pytest.fixture(scope="class")
    @classmethod
    def measured(cls) -> Measured:
        return measure(cls.PROBE)

    def test_the_set_is_as_described(self):
        check_described(self.PROBE, total=self.TOTAL, malay=self.MALAY, violating=self.VIOLATING)

    @pytest.mark.parametrize("lang", ["ms", "en"])
    def test_violating_drafts_are_caught(self, measured, lang):
        n, missed = caught(measured, lang)
        assert n >= self.CAUGHT_AT_LEAST[lang], missed

    def test_violating_drafts_get_an_expected_rule(self, measured):
        wrong = without_expected_rule(measured)
        assert self.VIOLATING - len(wrong) >= self.CAUGHT_EXPECTED_AT_LEAST, wrong

    @pytest.mark.parametrize("lang", ["ms", "en"])
    def test_clean_drafts_are_not_flagged(self, measured, lang):
        found = flagged(measured, lang)
        assert len(found) <= self.FLAGGED_AT_MOST[lang], found
