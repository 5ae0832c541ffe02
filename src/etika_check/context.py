"""Where the words of each list occur in a draft, ready for quick questions.

Built once per check from the lexicon matches; every query is O(1) or
O(log n + k), so matchers stay linear in the length of the draft.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable, Mapping

from .lexicon import Match
from .text import Analysis


class Context:
    """An analysed draft plus the positions of every word-list match."""

    def __init__(self, analysis: Analysis, matches: Iterable[Match], lists: Mapping[str, tuple[str, ...]]):
        self.analysis = analysis
        self.lists = lists  # the word lists themselves, for matchers that search inside links
        self.tokens = analysis.tokens
        n = len(self.tokens)
        self.by_cat: dict[str, list[Match]] = {}
        self._covering: list[set[str] | None] = [None] * n
        for m in matches:
            self.by_cat.setdefault(m.category, []).append(m)
            for i in range(m.first, m.last + 1):
                cov = self._covering[i]
                if cov is None:
                    cov = self._covering[i] = set()
                cov.add(m.category)
        self._firsts = {c: [m.first for m in ms] for c, ms in self.by_cat.items()}
        self._prefix: dict[str, list[int]] = {}
        # sentence bounds (token indices, inclusive) for every token
        self.sent_start = [0] * n
        self.sent_end = [0] * n
        s0 = 0
        for i in range(n):
            if i and analysis.sentence_of[i] != analysis.sentence_of[i - 1]:
                for k in range(s0, i):
                    self.sent_end[k] = i - 1
                s0 = i
            self.sent_start[i] = s0
        for k in range(s0, n):
            self.sent_end[k] = n - 1

    # -- single positions -------------------------------------------------
    def at(self, i: int, cat: str) -> bool:
        if i < 0 or i >= len(self.tokens):
            return False
        cov = self._covering[i]
        return cov is not None and cat in cov

    def covering(self, i: int) -> set[str] | frozenset[str]:
        """The word lists that cover token ``i`` (empty when none)."""
        cov = self._covering[i] if 0 <= i < len(self.tokens) else None
        return cov if cov is not None else frozenset()

    def get(self, cat: str) -> list[Match]:
        return self.by_cat.get(cat, [])

    # -- ranges ------------------------------------------------------------
    def _counts(self, cat: str) -> list[int]:
        pre = self._prefix.get(cat)
        if pre is None:
            marks = [0] * (len(self.tokens) + 1)
            for m in self.by_cat.get(cat, ()):
                for i in range(m.first, m.last + 1):
                    marks[i + 1] = 1
            pre = self._prefix[cat] = list(accumulate(marks))
        return pre

    def count(self, cat: str, lo: int, hi: int) -> int:
        """Tokens of ``cat`` in the inclusive token range [lo, hi]."""
        lo = max(lo, 0)
        hi = min(hi, len(self.tokens) - 1)
        if hi < lo or cat not in self.by_cat:
            return 0
        pre = self._counts(cat)
        return pre[hi + 1] - pre[lo]

    def any_in(self, cat: str, lo: int, hi: int) -> bool:
        return self.count(cat, lo, hi) > 0

    def near(self, cat: str, lo: int, hi: int) -> list[Match]:
        """Matches of ``cat`` that start in [lo, hi]."""
        firsts = self._firsts.get(cat)
        if not firsts:
            return []
        ms = self.by_cat[cat]
        return ms[bisect_left(firsts, lo):bisect_right(firsts, hi)]

    def sentence(self, i: int) -> tuple[int, int]:
        return self.sent_start[i], self.sent_end[i]

    def in_sentence(self, cat: str, i: int) -> bool:
        lo, hi = self.sentence(i)
        return self.any_in(cat, lo, hi)

    def break_after(self, i: int, marks: str = ",;:") -> bool:
        """Is there a clause mark (by default , ; :) between token ``i`` and the next one?"""
        if i + 1 >= len(self.tokens):
            return False
        gap = self.analysis.text[self.tokens[i].end:self.tokens[i + 1].start]
        return any(ch in gap for ch in marks)

    def span(self, first: int, last: int) -> tuple[int, int]:
        return self.tokens[first].start, self.tokens[last].end
