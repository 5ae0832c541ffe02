"""Every rule example behaves as its rule data says, and the labelled drafts
get the clauses they are labelled with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import etika_check
from etika_check.examples import run_example
from etika_check.ruledata import default_ruleset, iter_examples

REPO = Path(__file__).resolve().parent.parent
SHARED_POSTS = REPO.parent / "shared" / "examples" / "posts.jsonl"
CORPUS = Path(__file__).parent / "data" / "drafts.jsonl"

EXAMPLES = list(iter_examples(default_ruleset()))


@pytest.mark.parametrize(
    "rule,example,must_flag",
    EXAMPLES,
    ids=[f"{r.id}-{'flag' if f else 'pass'}-{i}" for i, (r, _, f) in enumerate(EXAMPLES)],
)
def test_rule_example(rule, example, must_flag):
    assert run_example(etika_check.default_checker(), rule, example) is must_flag


def test_every_rule_has_examples_both_ways():
    for rule in default_ruleset().rules:
        assert rule.examples_flag and rule.examples_pass, rule.id


def _labelled(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _clauses(text: str) -> set[str]:
    return {c for f in etika_check.check_post(text) for c in f.clauses}


def _cases() -> list[dict]:
    cases = _labelled(CORPUS)
    if SHARED_POSTS.exists():  # the shared starter set, beside the repository
        cases += _labelled(SHARED_POSTS)
    return cases


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["text"][:40])
def test_labelled_draft(case):
    found = _clauses(case["text"])
    expected = set(case["expect"])
    if expected:
        assert expected <= found, f"missing {expected - found}; found {found}"
    else:
        assert found == set(), f"clean draft flagged: {found}"


def test_corpus_is_large_and_balanced():
    cases = _labelled(CORPUS)
    clean = [c for c in cases if not c["expect"]]
    assert len(cases) >= 180 and len(clean) >= 70


def test_every_finding_cites_known_clauses_and_laws():
    rs = default_ruleset()
    for case in _cases():
        for f in etika_check.check_post(case["text"]):
            assert set(f.clauses) <= set(rs.clauses)
            assert set(f.instruments) <= set(rs.instruments)
            assert f.message.ms and f.message.en and f.message.ms != f.message.en
            assert "{" not in f.message.ms and "{" not in f.message.en, f.message


def test_span_points_at_the_words_that_caused_it():
    text = "Laporan biasa. Pengarah tu memang b0d0h."
    [f] = etika_check.check_post(text)
    start, end = f.span
    assert text[start:end] == "b0d0h"
    assert f.excerpt == "b0d0h" and (f.line, f.column) == (1, 35)


def test_line_and_column_on_later_lines():
    text = "Salam semua.\n\nKau ni memang bangang."
    [f] = etika_check.check_post(text)
    assert (f.line, f.column) == (3, 15) and f.excerpt == "bangang"
