"""Properties of the engine: it never raises on any string, its spans are
valid, and its cost grows linearly with the length of the draft."""

from __future__ import annotations

import json
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linearity_support import ADVERSARIAL, operations, shape_text

import etika_check
from etika_check.jsonapi import handle

# Words the rules care about, so random drafts exercise the matchers, not only the tokenizer.
VOCAB = [
    "bodoh",
    "b0d0h",
    "Melayu",
    "Cina",
    "semua",
    "memang",
    "tak",
    "x",
    "guna",
    "patut",
    "dihalau",
    "jangan",
    "percaya",
    "SULIT",
    "laporan",
    "undi",
    "parti",
    "kita",
    "password",
    ":",
    "Jkdm#1",
    "880515-02-5511",
    "012-345 6789",
    "https://",
    "www.",
    "pornhub.com",
    ".exe",
    "a.pdf.exe",
    "@",
    "gov.my",
    "viral",
    "kongsikan",
    "segera",
    "!!!",
    "No. 12, Jalan",
    "\n",
    ". ",
    ",",
    "-",
    "2",
    "\u200b",
    "𝐛𝐨𝐝𝐨𝐡",
    "é",
    "\U0001f600",
    "'",
    "’",
    "b.o.d.o.h",
    "tu",
    "ni",
    "rahsia",
    "besar",
]

drafts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(VOCAB), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=5)), max_size=60).map("".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_never_raises_and_spans_are_valid(text):
    report = etika_check.analyse_post(text)
    for f in report.findings + report.reminders:
        start, end = f.span
        assert 0 <= start < end <= len(text)
        assert f.excerpt == text[start:end] or f.excerpt.endswith("\u2026")
        assert f.line >= 1 and f.column >= 1


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["post", "file", "account", "time", "other"]))
def test_json_api_never_raises(text, tool):
    request = {"tool": tool, "text": text, "name": text, "size": len(text), "when": text or None}
    out = handle(request)
    assert "findings" in out or "error" in out


# Work per added character, counted (linearity_support.operations): at 4x the text it may
# grow by a quarter at most (memoised words make it shrink), plus a little absolute slack for
# counts that are nearly constant. A quadratic path doubles it at each doubling.
SIZES = (5_000, 10_000, 20_000, 40_000)
GROWTH, SLACK = 1.25, 0.05


def _marginal_work(fn: Callable[[str], object], entry: str | tuple[str, ...]) -> tuple[float, float]:
    """Operations per added character from SIZES[0] to SIZES[1] and from SIZES[2] to SIZES[3]
    (the difference leaves out the fixed cost of a call)."""
    counts = [operations(fn, shape_text(entry, n)) for n in SIZES]
    return ((counts[1] - counts[0]) / (SIZES[1] - SIZES[0]), (counts[3] - counts[2]) / (SIZES[3] - SIZES[2]))


def test_work_grows_linearly():
    """Each shape of ADVERSARIAL costs as much per added character at 40,000 characters as
    at 10,000, counted in Python calls and lines (not timed: a count does not change with
    the machine's load). ``make bench`` times the same shapes (bench/linearity.py)."""
    checker = etika_check.Checker()
    for entry in ADVERSARIAL:
        checker.check_post(shape_text(entry, 1_000))  # the module-level memos, once
        small, big = _marginal_work(checker.check_post, entry)
        assert big <= GROWTH * small + SLACK, (
            f"{entry!r}: {small:.2f} operations per added character at {SIZES[1]:,}, {big:.2f} at {SIZES[3]:,}"
        )


def test_the_count_of_work_sees_a_quadratic_path():
    """The measure of test_work_grows_linearly fails a loop that reads back over every
    earlier word, and passes one that reads each word once."""

    def pairwise(text: str) -> int:
        words, seen = text.split(), 0
        for i in range(len(words)):
            for _ in words[:i]:
                seen += 1
        return seen

    def once(text: str) -> int:
        seen = 0
        for _ in text.split():
            seen += 1
        return seen

    for fn, linear in ((pairwise, False), (once, True)):
        small, big = _marginal_work(fn, "Melayu bodoh semua ")
        assert (big <= GROWTH * small + SLACK) is linear, (fn.__name__, small, big)


def test_json_api_deep_nesting_and_huge_numbers():
    """Inputs that once raised from the JSON entry point: each gets an answer."""
    from etika_check.jsonapi import handle_json

    for depth in (1_000, 100_000):
        for doc in (
            "[" * depth + "]" * depth,
            '{"a":' * depth + "1" + "}" * depth,
            '{"tool": "post", "text": ' + "[" * depth + "]" * depth + "}",
        ):
            out = json.loads(handle_json(doc))
            assert set(out) == {"error"} and out["error"]["ms"] and out["error"]["en"]
    out = handle({"tool": "file", "name": "a.zip", "size": 10**400})
    assert [f["rule"] for f in out["findings"]] == ["large-attachment"]
    assert out["findings"][0]["message"]["en"].count("MB") == 2
    out = json.loads(handle_json('{"tool": "file", "name": "a.zip", "size": 1' + "0" * 400 + "}"))
    assert [f["rule"] for f in out["findings"]] == ["large-attachment"]
    for policy in (5, None, ["jkdm-2010"], {"a": 1}):
        out = handle({"tool": "time", "when": "2026-11-23T10:00", "policy": policy})
        assert set(out) == {"error"}


_NEAR_PIECES = [
    "setup",
    ".exe",
    ".EXE",
    ".com",
    ".co",
    ".my",
    "www",
    ".",
    "-",
    "_",
    "@",
    " ",
    "\n",
    "a" * 70,
    "b" * 110,
    "x.y",
    ".exes",
    ".com-",
    "laman",
    "gov",
    "é",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_NEAR_PIECES), max_size=40))
def test_searching_near_suffixes_finds_what_the_whole_text_gives(pieces):
    """Web addresses and program names are searched only near their suffixes
    (matchers._finditer_near); they must be exactly the matches of the whole text."""
    from etika_check import matchers
    from etika_check.ruledata import default_ruleset

    text = "".join(pieces)
    extensions = next(
        frozenset(r.matcher["extensions"])
        for r in default_ruleset().rules
        if r.matcher.get("kind") == "executable-name"
    )
    for pattern, end in ((matchers._BARE_DOMAIN, matchers._BARE_DOMAIN_END), matchers._exec_patterns(extensions)):
        near = [(m.span(), m.groups()) for m in matchers._finditer_near(pattern, end, text)]
        assert near == [(m.span(), m.groups()) for m in pattern.finditer(text)], text


_NUMBER_PIECES = [
    "0",
    "1",
    "12",
    "123456",
    "-",
    " ",
    "+",
    "60",
    "012",
    "+6012",
    "880101",
    "-01-",
    "No",
    "no.",
    "Lot",
    "unit",
    " 12",
    " Jalan",
    "jln.",
    "a",
    "\n",
    "nombor",
]
# the patterns as they were first written (a look-behind first): what the faster ones must find
_FIRST_WRITTEN = {
    "_MYKAD": r"(?<![\d-])(\d{6})([- ]?)(\d{2})\2(\d{4})(?![\d])",
    "_MOBILE": r"(?<![\d+])(?:\+?60[- ]?|0)1\d(?:[- ]?\d){7,8}(?!\d)",  # (a space or hyphen may follow 60)
}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=30))
def test_patterns_that_skip_ahead_find_what_a_look_behind_first_finds(pieces):
    import re

    from etika_check import matchers

    text = "".join(pieces)
    patterns = {name: (getattr(matchers, name), re.compile(first)) for name, first in _FIRST_WRITTEN.items()}
    patterns["_HOUSE"] = (matchers._HOUSE, re.compile(matchers._HOUSE.pattern.removeprefix("(?=[nlu])"), re.I))
    for name, (fast, first) in patterns.items():
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in first.finditer(text)
        ], (name, text)
