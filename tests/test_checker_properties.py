"""Properties of the engine: it never raises on any string, its spans are
valid, and its cost grows linearly with the length of the draft."""

from __future__ import annotations

import gc
import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import etika_check
from etika_check.jsonapi import handle

# Words the rules care about, so random drafts exercise the matchers, not only the tokenizer.
VOCAB = ["bodoh", "b0d0h", "Melayu", "Cina", "semua", "memang", "tak", "x", "guna", "patut", "dihalau",
         "jangan", "percaya", "SULIT", "laporan", "undi", "parti", "kita", "password", ":", "Jkdm#1",
         "880515-02-5511", "012-345 6789", "https://", "www.", "pornhub.com", ".exe", "a.pdf.exe", "@",
         "gov.my", "viral", "kongsikan", "segera", "!!!", "No. 12, Jalan", "\n", ". ", ",", "-", "2",
         "\u200b", "𝐛𝐨𝐝𝐨𝐡", "é", "\U0001F600", "'", "’", "b.o.d.o.h", "tu", "ni", "rahsia", "besar"]

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


def _cpu_time(checker: etika_check.Checker, text: str) -> float:
    """CPU time of one check: unlike the wall clock it does not count the time other
    processes on a small shared machine hold the cores."""
    t0 = time.process_time()
    checker.check_post(text)
    return time.process_time() - t0


NOISE_FLOOR = 0.005  # seconds: below this a time on a shared 2-core machine is mostly noise


def _ratio(unit: str, small: int, big: int, runs: int = 3, prefix: str = "", opening: str = "") -> float:
    """Time of ``big`` characters of ``unit`` over that of ``small``: the best of ``runs``
    for each, measured in turn (small, big, small, big ...) so a burst of load on the machine
    falls on both sizes, with the collector off (the algorithm, not when the collector runs).
    ``prefix`` opens the text once (a word read back to from every repeat of the unit);
    ``opening``, repeated, fills the first half of the text (a run read back over from every
    repeat of the unit: both grow with the text)."""
    def text(n: int) -> str:
        half = n // 2 if opening else 0
        return prefix + (opening * (half // max(len(opening), 1) + 1))[:half] + (unit * (n // len(unit) + 1))[:n - half]

    checker = etika_check.Checker()
    while _cpu_time(checker, text(small)) < NOISE_FLOOR and big < 20_000_000:
        # too fast to time reliably ("1234567890-" takes 2 ms): the same 8x step on larger inputs
        small, big = small * 4, big * 4
    a = b = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            a = min(a, _cpu_time(checker, text(small)))
            b = min(b, _cpu_time(checker, text(big)))
    finally:
        gc.enable()
    return b / a


# Inputs that make careless regular expressions or pairwise loops blow up.
ADVERSARIAL = [
    "a" * 50 + " ",  # long words
    "Melayu bodoh semua ",  # a group and a predicate in one endless sentence
    "1234567890-",  # digit runs next to the MyKad and phone patterns
    "x@y.",  # e-mail-like runs
    "b.o.d.o.h.",  # spaced-letter runs
    "No. 1, Jalan ",  # address pattern
    "password: ",  # credential pattern
    "www.a",  # URL pattern without spaces
    "jangan ",  # negators
    "Mixed text, Pengarah tu bodoh. Kongsikan segera!!! Laporan SULIT. ",
    "SULIT rahsia TERHAD ",  # classification markers in one shouted sentence
    "\"Melayu bodoh\" kata dia rasis bukan ",  # quotation, counter-speech and negation together
    "saya bodoh dia ",  # self-reference next to insults and persons
    "'Orang Melayu bodoh dan Cina semua penipu' ",  # quoted claims in one endless sentence
    "b\u0336o\u0336d\u0336o\u0336h\u0336 \u0432\u043e\u0434\u043e\u0445 \ufb01 ",  # marks, look-alikes, ligatures
    "Aku duduk di rumah dan ",  # a home near someone, the clause opening read before it (abuse._avoided_hits)
    "You say Malays are lazy and ",  # a claim put in another's mouth, its judgement looked for after it
    "When my uncle said Indians are thieves and ",  # a claim told as someone else's, the reaction after it
    "Aku takkan pergi kalau ada orang Sikh dan ",  # a refusal to go where the group is, and its "if"
    ("tidak ", "Melayu Cina "),  # (prefix, unit): one negator, then group words without end (abuse._negated_group)
    ("", ", halau Melayu", "Melayu "),  # (prefix, unit, opening): a sentence opened by group words without end,
    # then harm words after commas, each an imperative to the group addressed first (abuse._addressing_end)
]


def test_time_grows_linearly():
    """8x the text may cost at most ~16x the time (linear with slack for noise and caches).
    A ratio over the bound is measured again, twice at most: noise on a shared machine passes,
    a quadratic path (64x at 8x the text) fails every time."""
    for entry in ADVERSARIAL:
        prefix, unit, opening = (*entry, "")[:3] if isinstance(entry, tuple) else ("", entry, "")
        ratios = [_ratio(unit, 20_000, 160_000, prefix=prefix, opening=opening)]
        while ratios[-1] >= 16 and len(ratios) < 3:
            ratios.append(_ratio(unit, 20_000, 160_000, prefix=prefix, opening=opening))
        assert ratios[-1] < 16, f"{entry!r}: 8x input took {', '.join(f'{r:.1f}' for r in ratios)}x time"


def test_json_api_deep_nesting_and_huge_numbers():
    """Inputs that once raised from the JSON entry point: each gets an answer."""
    from etika_check.jsonapi import handle_json

    for depth in (1_000, 100_000):
        for doc in ("[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth,
                    '{"tool": "post", "text": ' + "[" * depth + "]" * depth + "}"):
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


_NEAR_PIECES = ["setup", ".exe", ".EXE", ".com", ".co", ".my", "www", ".", "-", "_", "@", " ", "\n", "a" * 70,
                "b" * 110, "x.y", ".exes", ".com-", "laman", "gov", "é"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_NEAR_PIECES), max_size=40))
def test_searching_near_suffixes_finds_what_the_whole_text_gives(pieces):
    """Web addresses and program names are searched only near their suffixes
    (matchers._finditer_near); they must be exactly the matches of the whole text."""
    from etika_check import matchers

    text = "".join(pieces)
    for pattern, end in ((matchers._BARE_DOMAIN, matchers._BARE_DOMAIN_END),
                         (matchers._EXEC_NAME, matchers._EXEC_NAME_END)):
        near = [(m.span(), m.groups()) for m in matchers._finditer_near(pattern, end, text)]
        assert near == [(m.span(), m.groups()) for m in pattern.finditer(text)], text


_NUMBER_PIECES = ["0", "1", "12", "123456", "-", " ", "+", "60", "012", "+6012", "880101", "-01-", "No", "no.",
                  "Lot", "unit", " 12", " Jalan", "jln.", "a", "\n", "nombor"]
# the patterns as they were first written (a look-behind first): what the faster ones must find
_FIRST_WRITTEN = {
    "_MYKAD": r"(?<![\d-])(\d{6})([- ]?)(\d{2})\2(\d{4})(?![\d])",
    "_MOBILE": r"(?<![\d+])(?:\+?60|0)1\d(?:[- ]?\d){7,8}(?!\d)",
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
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in first.finditer(text)], (name, text)
