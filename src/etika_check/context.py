"""Where the words of each list occur in a draft, ready for quick questions.

Built once per check from the lexicon matches; every query is O(1) or
O(log n + k), so matchers stay linear in the length of the draft.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate, chain, compress, islice, repeat
from operator import itemgetter, ne
from typing import Any

from .lexicon import Match, Matches
from .text import Analysis

_NONE: frozenset[str] = frozenset()


_MATCH_START = re.Match.start


class Context:
    """An analysed draft plus the positions of every word-list match."""

    def __init__(
        self,
        analysis: Analysis,
        matches: Iterable[Match],
        lists: Mapping[str, tuple[str, ...]],
        constructions: Any = None,
    ):
        self.analysis = analysis
        self.lists = lists  # the word lists themselves, for matchers that search inside links
        self.constructions = constructions  # the rule set's (etika_check.judgement.constructions.Constructions)
        self.tokens = analysis.tokens
        n = self._n = len(self.tokens)
        # Each word list's matches (by_cat) and where they start (_firsts), in text order. From
        # Lexicon.find (Matches) they are made when a list is first asked about, and its Match
        # objects only when they are asked for: most lists are only asked where they are.
        self.by_cat: dict[str, list[Match]] = {}
        self._firsts: dict[str, list[int]] = {}
        self._lasts: dict[str, list[int]] = {}
        self._reach: dict[str, list[int]] = {}  # the furthest last token of the first k matches
        # the word lists covering each token; one shared empty set for the many covered by none.
        # Public for the finders' hottest loops, which read cover[i] where i is known to be a token
        # of the draft (covering(i) checks the bounds). Read only: a set may be shared by tokens
        if isinstance(matches, Matches):
            self._index(matches)
        else:
            self._index_each(matches)
        self._breaks: dict[str, frozenset[int]] = {}
        self._ordered_breaks: list[int] | None = None  # the default marks' places, sorted (clause_start)
        self._char_positions: dict[str, Sequence[int]] = {}
        self._covered_by: dict[frozenset[str], Sequence[int]] = {}  # (any_of_in)
        # sentence bounds (token indices, inclusive) for every token, filled a sentence at a time
        self.sent_start = sent_start = [0] * n
        self.sent_end = sent_end = [0] * n
        sentence_of = analysis.sentence_of
        # (the tokens whose sentence is not the one before's, found by compress(): no Python step per token)
        firsts = list(compress(range(1, n), map(ne, islice(sentence_of, 1, None), sentence_of)))
        for s0, s1 in zip([0] + firsts, firsts + [n]):
            sent_start[s0:s1] = [s0] * (s1 - s0)
            sent_end[s0:s1] = [s1 - 1] * (s1 - s0)

    def _index(self, matches: Matches) -> None:
        """The covering lists of each token and the word lists present, in bulk from the word
        lists each token's single words open (one frozen set per distinct tuple of them) and
        the matches of the few tokens that open a phrase there."""
        singles = matches.singles
        phrasal = matches.phrasal
        kinds = dict.fromkeys(singles)  # the distinct tuples of word lists, in order
        kinds.pop((), None)
        self._kinds = kinds
        frozen = {kind: frozenset(kind) for kind in kinds}
        frozen[()] = _NONE
        self.cover = cover = list(map(frozen.__getitem__, singles))
        present: set[str] = set().union(*kinds)
        self._phrased = phrased = {}  # the phrasal tokens' matches by word list, in order
        widened: dict[tuple[frozenset[str], str], frozenset[str]] = {}  # one set per distinct union
        for ms in phrasal.values():
            for m in ms:
                cat = m.category
                listed = phrased.get(cat)
                if listed is None:
                    listed = phrased[cat] = []
                listed.append(m)
                for i in range(m.first, m.last + 1):
                    cov = cover[i]
                    if cat not in cov:
                        union = widened.get((cov, cat))
                        if union is None:
                            union = widened[(cov, cat)] = cov | {cat}
                        cover[i] = union
        present.update(phrased)
        self._present = present
        self._singles = singles
        self._groups: dict[tuple[str, ...], list[int]] | None = None

    def _index_each(self, matches: Iterable[Match]) -> None:
        """:meth:`_index` for any iterable of matches in text order, one at a time."""
        n = self._n
        by_cat = self.by_cat
        covering: list[set[str] | frozenset[str]] = [_NONE] * n
        self.cover = covering
        for m in matches:
            cat = m.category
            listed = by_cat.get(cat)
            if listed is None:
                listed = by_cat[cat] = []
            listed.append(m)
            for i in range(m.first, m.last + 1):
                cov = covering[i]
                if cov is _NONE:
                    covering[i] = {cat}
                else:
                    cov.add(cat)  # type: ignore[union-attr]
        for cat, ms in by_cat.items():
            self._firsts[cat] = [m.first for m in ms]
            self._lasts[cat] = [m.last for m in ms]
        self._present = set(by_cat)

    def _places(self, cat: str) -> list[int] | None:
        """Where the matches of ``cat`` start, in text order (None when it has none); the
        first question about a list finds them, and where they end (:attr:`_lasts`)."""
        firsts = self._firsts.get(cat)
        if firsts is not None or cat not in self._present:
            return firsts
        groups = self._groups
        if groups is None:  # the tokens of each tuple of word lists, in order: one sort of those tokens
            kinds = self._kinds
            number = dict(zip(kinds, range(1, len(kinds) + 1)))
            number[()] = 0
            ids = list(map(number.__getitem__, self._singles))
            order = sorted(compress(range(self._n), self._singles), key=ids.__getitem__)
            counts = Counter(ids)
            groups = self._groups = {}
            at = 0
            # (one int object per token in a list, shared by every list's places and matches there)
            for kind, k in zip(kinds, range(1, len(kinds) + 1)):
                groups[kind] = order[at : at + counts[k]]
                at += counts[k]
        parts = [groups[kind] for kind in self._kinds if cat in kind]
        firsts = parts[0] if len(parts) == 1 else sorted(chain.from_iterable(parts))  # (none: [])
        lasts = firsts
        phrased = self._phrased.get(cat)
        if phrased:  # (each at a token with no single word of its own: in its order there)
            pairs = sorted(chain(zip(firsts, firsts), ((m.first, m.last) for m in phrased)), key=itemgetter(0))
            firsts = [f for f, _ in pairs]
            lasts = [la for _, la in pairs]
        self._firsts[cat] = firsts
        self._lasts[cat] = lasts
        return firsts

    def any_of_in(self, cats: frozenset[str], lo: int, hi: int) -> bool:
        """Does a word of any list of ``cats`` cover a token of [lo, hi]? O(log n) after one pass over
        the tokens per set of lists asked about (each distinct set of covering lists read once)."""
        positions = self._covered_by.get(cats)
        if positions is None:
            cover = self.cover
            try:
                hit = {c: not c.isdisjoint(cats) for c in set(cover)}
                flags: Iterable[bool] = map(hit.__getitem__, cover)
            except TypeError:  # (the sets of _index_each: not hashable)
                flags = [not c.isdisjoint(cats) for c in cover]
            positions = self._covered_by[cats] = array("q", compress(range(len(cover)), flags))
        k = bisect_left(positions, lo)
        return k < len(positions) and positions[k] <= hi

    def has(self, cat: str) -> bool:
        """Does a word of ``cat`` occur anywhere in the draft? (O(1): no match is made.)"""
        return cat in self._present

    # -- single positions -------------------------------------------------
    def at(self, i: int, cat: str) -> bool:
        return 0 <= i < self._n and cat in self.cover[i]

    def covering(self, i: int) -> set[str] | frozenset[str]:
        """The word lists that cover token ``i`` (empty when none)."""
        return self.cover[i] if 0 <= i < self._n else _NONE

    def get(self, cat: str) -> list[Match]:
        return self._matches(cat)

    def _matches(self, cat: str) -> list[Match]:
        ms = self.by_cat.get(cat)
        if ms is None:
            firsts = self._places(cat)
            if firsts is None:
                return []
            ms = self.by_cat[cat] = list(map(Match, repeat(cat), firsts, self._lasts[cat]))
        return ms

    # -- ranges ------------------------------------------------------------
    def any_in(self, cat: str, lo: int, hi: int) -> bool:
        """Does a match of ``cat`` cover a token of the inclusive range [lo, hi]?
        O(log m) after one pass over the category's own m matches (not over the draft)."""
        firsts = self._firsts.get(cat)
        if firsts is None:
            if cat not in self._present:
                return False  # (most questions: a list with no word in the draft)
            firsts = self._places(cat)
        if not firsts or hi < lo:
            return False  # (or an empty range)
        k = bisect_right(firsts, hi)  # the matches that start at or before hi
        if not k:
            return False
        reach = self._reach.get(cat)
        if reach is None:
            lasts = self._lasts[cat]  # (single words alone: their starts, which only grow)
            reach = self._reach[cat] = lasts if lasts is firsts else list(accumulate(lasts, max))
        return reach[k - 1] >= lo  # one of them ends at or after lo

    def near(self, cat: str, lo: int, hi: int) -> list[Match]:
        """Matches of ``cat`` that start in [lo, hi]."""
        firsts = self._firsts.get(cat)
        if firsts is None:
            if cat not in self._present:
                return []
            firsts = self._places(cat)
        ms = self._matches(cat)
        return ms[bisect_left(firsts, lo) : bisect_right(firsts, hi)]

    def starting_at(self, cat: str, i: int) -> Match | None:
        """The first match of ``cat`` that starts at token ``i`` (``near(cat, i, i)[0]``, no list made):
        O(log m), one bisect into where the category's own m matches start (no table of them kept)."""
        firsts = self._firsts.get(cat)
        if firsts is None:
            if cat not in self._present:
                return None
            firsts = self._places(cat)
            if firsts is None:
                return None
        k = bisect_left(firsts, i)
        if k == len(firsts) or firsts[k] != i:
            return None
        ms = self.by_cat.get(cat)  # (_matches without its call when the list's matches are made: asked per word)
        return (ms if ms is not None else self._matches(cat))[k]

    def sentence(self, i: int) -> tuple[int, int]:
        return self.sent_start[i], self.sent_end[i]

    def in_sentence(self, cat: str, i: int) -> bool:
        lo, hi = self.sentence(i)
        return self.any_in(cat, lo, hi)

    def break_after(self, i: int, marks: str = ",;:") -> bool:
        """Is there a clause mark (by default , ; :) between token ``i`` and the next one?"""
        breaks = self._breaks.get(marks)
        if breaks is None:
            breaks = self._breaks[marks] = self._gaps_with(marks)
        return i in breaks

    def _clause_marks(self) -> list[int]:
        """The tokens followed by a clause mark (, ; :), sorted: found once (clause_start,
        clause_end and break_within bisect into them)."""
        ordered = self._ordered_breaks
        if ordered is None:
            self.break_after(0)  # (the default marks' places, found once)
            ordered = self._ordered_breaks = sorted(self._breaks[",;:"])
        return ordered

    def clause_end(self, i: int) -> int:
        """The last token of the clause of token ``i``: the one before the first clause mark (, ; :)
        after it in its sentence, or the sentence's last (as :meth:`clause_start`, the other way)."""
        ordered = self._clause_marks()
        k = bisect_left(ordered, i)  # the first mark after token i or a later one
        return min(self.sent_end[i], ordered[k]) if k < len(ordered) else self.sent_end[i]

    def clause_start(self, i: int) -> int:
        """The first token of the clause of token ``i``: the one after the last clause mark
        (, ; :) before it in its sentence, or the sentence's first. O(log n) after one sort of
        the marks' places."""
        ordered = self._clause_marks()
        k = bisect_left(ordered, i) - 1  # the last mark after a token before i
        return max(self.sent_start[i], ordered[k] + 1) if k >= 0 else self.sent_start[i]

    def break_within(self, lo: int, hi: int) -> bool:
        """Is there a clause mark (, ; :) after any token of [lo, hi], before the next token
        (:meth:`break_after` of each, in one bisect into the sorted marks)?"""
        ordered = self._clause_marks()
        k = bisect_left(ordered, lo)
        return k < len(ordered) and ordered[k] <= hi

    def _gaps_with(self, marks: str) -> frozenset[int]:
        """The tokens followed, before the next token, by one of ``marks``: one pass over
        the marks in the text (tokens never hold them)."""
        tokens = self.tokens
        starts = self._token_starts()
        text = self.analysis.text
        out = set()
        for ch in marks:
            at = text.find(ch)
            while at >= 0:
                k = bisect_right(starts, at) - 1  # the last token starting before the mark
                if 0 <= k < len(tokens) - 1 and tokens[k].end <= at:
                    out.add(k)
                    at = text.find(ch, tokens[k + 1].start)  # one is enough for this gap
                else:
                    at = text.find(ch, at + 1)
        return frozenset(out)

    def has_char(self, chars: str, lo: int, hi: int) -> bool:
        """Does ``text[lo:hi]`` hold any of ``chars``? O(log n) after one pass over the text
        for each set of characters asked about (a slice of a long sentence per hit is not)."""
        lo = max(lo, 0)
        positions = self.char_positions(chars)
        k = bisect_left(positions, lo)
        return k < len(positions) and positions[k] < hi

    def char_positions(self, chars: str) -> Sequence[int]:
        """Where any of ``chars`` stands in the text, in order: one pass over the text per set of
        characters asked about. A compact array (8 bytes a place, not an int object each: a draft
        of quotation marks has one every few characters), read as a sequence and by bisect."""
        positions = self._char_positions.get(chars)
        if positions is None:
            pattern = re.compile("[" + "".join(map(re.escape, chars)) + "]") if chars else re.compile("(?!)")
            positions = self._char_positions[chars] = array(
                "q", map(_MATCH_START, pattern.finditer(self.analysis.text))
            )
        return positions

    def sentences_holding(self, chars: str, before: int = 0) -> set[int]:
        """The sentences (by first token) that hold one of ``chars`` from ``before`` characters before
        their first word to the end of their last: a word starts at or before the character's place
        + ``before``, and one ends after it. Read mark by mark, or sentence by sentence when the
        marks are more (a draft of quotation marks has one every few characters): one bisect each."""
        positions = self.char_positions(chars)
        out: set[int] = set()
        n = self._n
        if not positions or not n:
            return out
        tokens, sent_start, sent_end = self.tokens, self.sent_start, self.sent_end
        if len(positions) <= self.analysis.sentence_of[-1] + 1:  # (the number of sentences)
            for q in positions:
                last = self.token_at_or_before(q + before)
                k = max(self.token_at_or_before(q), 0)
                while k <= last:
                    if tokens[sent_end[k]].end > q:
                        out.add(sent_start[k])
                    k = sent_end[k] + 1
            return out
        s = 0
        while s < n:  # a sentence holds one when the first mark at or after its reach starts before its end
            e = sent_end[s]
            k = bisect_left(positions, tokens[s].start - before)
            if k < len(positions) and positions[k] < tokens[e].end:
                out.add(s)
            s = e + 1
        return out

    def token_at_or_before(self, pos: int) -> int:
        """The last token that starts at or before character ``pos`` (-1 when none does)."""
        return bisect_right(self._token_starts(), pos) - 1

    def _token_starts(self) -> list[int]:
        """Where each token starts in the text (made when first asked)."""
        return self.analysis.starts()  # (one list for every reader)

    def span(self, first: int, last: int) -> tuple[int, int]:
        return self.tokens[first].start, self.tokens[last].end
