"""The interpreter of sequence constructions (``[[sequence]]`` in data/constructions.toml).

For every word of an anchor list (in the order of the lists, then of the text) that passes the
anchor's filters, each part is looked for in turn, in a window of its sentence measured from an
earlier part; the part's ``take`` chooses among what is found, and its filters must pass. When
every part is found, the statement runs over the parts its ``span`` names. Every window is
bounded (at most MAX_REACH words, or the sentence), so a draft is read in linear time.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from itertools import repeat
from typing import Any

from ..context import Context
from ..lexicon import Match
from .constructions import LIST_FILTER, PAIR_FILTER, SHAPES, SINGLE_FILTER, Check, Lead, Part, Sequence
from .mentions import MENTION_KINDS, groups_near, mentions

SENTENCE_REACH = 30  # the furthest a window "to the sentence's edge" reaches, in words
PHRASE_REACH = 8  # the most words a phrase of a word list may start before a window it reaches into

# (class of the group, or None for a word-list match; the match)
Found = tuple[Any, Match]


def _window(ctx: Context, part: Part, ref: Match, s0: int, s1: int) -> tuple[int, int]:
    """The tokens the part is looked for in: within its distance of the part it is measured from,
    in the reference's sentence; "sentence" reaches the sentence's edge but never more than SENTENCE_REACH
    words (every window bounded: a draft of one endless sentence is read in linear time);
    "previous_sentence" and "next_sentence" are the sentence before or after the reference's, as far."""
    before, after = part.within
    if before >= 0 and after >= 0 and part.side == "around":  # (most parts: asked of every anchor)
        lo, hi = ref.first - before, ref.last + after
        return (lo if lo > s0 else s0), (hi if hi < s1 else s1)  # (max(), min() without a call)
    if before == -2:  # the sentence before the reference's, its last SENTENCE_REACH words at most
        return (max(ctx.sent_start[s0 - 1], s0 - SENTENCE_REACH), s0 - 1) if s0 > 0 else (0, -1)
    if after == -2:  # the sentence after the reference's, its first SENTENCE_REACH words at most
        return (s1 + 1, min(ctx.sent_end[s1 + 1], s1 + SENTENCE_REACH)) if s1 + 1 < len(ctx.tokens) else (0, -1)
    if before == -1:
        before = SENTENCE_REACH
    if after == -1:
        after = SENTENCE_REACH
    if part.side == "after":
        return ref.last + 1, min(s1, ref.last + after)
    if part.side == "before":
        if part.across and s0 > 0:  # (into the sentence before: "Siapa bagi X masuk? Patut halau.")
            return max(ctx.sent_start[s0 - 1], ref.first - before), ref.first - 1
        return max(s0, ref.first - before), ref.first - 1
    return max(s0, ref.first - before), min(s1, ref.last + after)


def _holds_one(ctx: Context, m: Match, check: Check, bound: dict[str, list[Found]]) -> bool:
    fn, mode, other = check
    if mode == SINGLE_FILTER:
        return fn(ctx, m)
    return fn(ctx, m, other) if mode == LIST_FILTER else fn(ctx, m, bound[other][0][1])


def _holds(ctx: Context, m: Match, checks: tuple[Check, ...], bound: dict[str, list[Found]]) -> bool:
    for check in checks:
        if not _holds_one(ctx, m, check, bound):
            return False
    return True


def _passes(ctx: Context, found: Found, part: Part, bound: dict[str, list[Found]]) -> bool:
    m = found[1]
    for fn, mode, other in part.require_checks:  # (_holds_one, inlined: asked of every candidate)
        if not (
            fn(ctx, m)
            if mode == SINGLE_FILTER
            else fn(ctx, m, other)
            if mode == LIST_FILTER
            else fn(ctx, m, bound[other][0][1])
        ):
            return False
    for fn, mode, other in part.refuse_checks:
        if (
            fn(ctx, m)
            if mode == SINGLE_FILTER
            else fn(ctx, m, other)
            if mode == LIST_FILTER
            else fn(ctx, m, bound[other][0][1])
        ):
            return False
    if part.between_only or part.between_none:
        ref = bound[part.ref][0][1]
        lo, hi = (m.last + 1, ref.first) if m.last < ref.first else (ref.last + 1, m.first)
        for k in range(lo, hi):
            if (part.between_only and not any(ctx.at(k, c) for c in part.between_only)) or any(
                ctx.at(k, c) for c in part.between_none
            ):
                return False
    return True


def _candidates(ctx: Context, part: Part, lo: int, hi: int) -> list[Found]:
    if part.group:  # (a group phrase that reaches into the window is in it, as a list's phrase is)
        found: list[Found] = [f for f in groups_near(ctx, lo - PHRASE_REACH, hi) if f[1].last >= lo]
        if part.except_classes:
            found = [f for f in found if f[0] not in part.except_classes]
        return found
    if part.shape:
        test = SHAPES[part.shape][0]
        if part.shape == "capitalised":  # (its first character is the token's own: no need to read on)
            tokens = ctx.tokens
            return [(None, Match("shape:capitalised", i, i)) for i in range(lo, hi + 1) if test(tokens[i].text)]
        return [(None, Match("shape:" + part.shape, i, i)) for i in range(lo, hi + 1) if test(_as_written(ctx, i))]
    # a phrase that reaches into the window is in it ("tak payah [lagi kita] bantu": "tak payah" ends in it)
    out: list[Found] = [(None, m) for cat in part.lists for m in ctx.near(cat, lo - PHRASE_REACH, hi) if m.last >= lo]
    if len(part.lists) > 1:
        out.sort(key=lambda f: f[1].first)
    return out


def _as_written(ctx: Context, i: int) -> str:
    """Token ``i`` with the characters joined to it up to the next space ("Bunga#2026": the
    tokens "Bunga" and "2026"), at most 40 of them."""
    text, start = ctx.analysis.text, ctx.tokens[i].start
    end = start
    limit = min(len(text), start + 40)
    while end < limit and not text[end].isspace():
        end += 1
    return text[start:end].rstrip(".,;:!?)\"'")


def _take(ctx: Context, part: Part, cands: list[Found], bound: dict[str, list[Found]]) -> list[Found]:
    if part.where_checks:  # the candidates at all
        cands = [f for f in cands if _holds(ctx, f[1], part.where_checks, bound)]
    take = part.take
    if take == "first" or take == "last":
        chosen = cands[:1] if take == "first" else cands[-1:]
        return chosen if chosen and _passes(ctx, chosen[0], part, bound) else []
    if take == "first_passing":  # (the nearest that passes: the rest are not read)
        for f in cands:
            if _passes(ctx, f, part, bound):
                return [f]
        return []
    if take == "last_passing":
        for f in reversed(cands):
            if _passes(ctx, f, part, bound):
                return [f]
        return []
    return [f for f in cands if _passes(ctx, f, part, bound)]  # "all"


def _leads(ctx: Context, lead: Lead, a: Match, s0: int) -> bool:
    """Do the words of the anchor's clause before it (at most ``lead.within`` back) fit the lead?"""
    lo, hi = ctx.clause_start(max(s0, a.first - lead.within)), a.first - 1
    if any(ctx.any_in(c, lo, hi) for c in lead.none):
        return False
    if lead.some and not any(ctx.any_in(c, lo, hi) for c in lead.some):
        return False
    return not lead.only or all(not ctx.covering(k).isdisjoint(lead.only) for k in range(lo, a.first))


class Anchors:
    """Where the constructions that others read ``instead_of`` found their statements, by anchor:
    a bit for each such construction, in one number per token of the draft for the one-word anchors
    (most) and per (first, last) for the others. A set of (first, last) tuples per construction was
    about 11 bytes a character of a draft of one insult per line at the peak; this is 2 bytes a word."""

    __slots__ = ("bits", "words", "phrases")

    def __init__(self, n: int, names: frozenset[str]) -> None:
        self.bits = {name: 1 << k for k, name in enumerate(sorted(names))}
        size = next((code for code, width in (("B", 8), ("H", 16), ("L", 32), ("Q", 64)) if len(names) <= width), "")
        self.words: array[int] | list[int] = array(size, bytes(n * array(size).itemsize)) if size else [0] * n
        self.phrases: dict[tuple[int, int], int] = {}

    def mask(self, names: tuple[str, ...]) -> int:
        """The bits of the constructions ``names`` (0 for those no construction reads instead of)."""
        out = 0
        for name in names:
            out |= self.bits.get(name, 0)
        return out


# A statement a sequence finds: (group class, first token, last token, the words said of the group or None)
Statement = tuple[str, int, int, "tuple[int, int] | None"]


# What a draft must hold for a sequence to find anything: a word of one of its anchor lists, and for each
# part it cannot do without (not optional), a word of one of its lists, or for a group part a group
# mention; for a lead that asks for some words, one of them. Worked out once per sequence (keyed by
# its id, the sequence kept beside it: an id is never reused while its object lives).
_NEEDS: dict[int, tuple[Sequence, tuple[tuple[str, ...], ...], bool]] = {}


def _needs(seq: Sequence) -> tuple[tuple[str, ...], ...] | bool:
    entry = _NEEDS.get(id(seq))
    if entry is None or entry[0] is not seq:
        lists: list[tuple[str, ...]] = [] if seq.anchor_mention else [seq.anchor]
        group = False
        for part in seq.parts:
            if part.optional or part.shape:
                continue
            if part.group:
                group = True
            else:
                lists.append(part.lists)
        if seq.lead is not None and seq.lead.some:
            lists.append(seq.lead.some)
        if len(_NEEDS) >= 4096:
            _NEEDS.clear()
        entry = _NEEDS[id(seq)] = (seq, tuple(lists), group)
    return entry[1:]  # type: ignore[return-value]


def may_find(ctx: Context, seq: Sequence) -> bool:
    """Can the sequence find anything in the draft? Not when a word list it cannot do without has no
    word in the draft, or it needs a group and the draft names none: then every anchor would be read
    to no end (most constructions, in most drafts). O(1) per word list after the draft's mentions."""
    lists, group = _needs(seq)  # type: ignore[misc]
    has = ctx.has
    for options in lists:
        if not any(map(has, options)):
            return False
    return not group or bool(mentions(ctx)[0])


def _passing(ctx: Context, cat: str, checks: tuple[Check, ...], known_only: bool = False) -> list[Match] | None:
    """The words of the list ``cat`` that pass the anchor filters ``checks`` (each reading the anchor
    alone), in order: found once per draft for each list and each run of filters, and read again by
    every construction whose anchor filters open with the same run (the harm constructions ask
    "someone_near", "licensed_harm" ... of the same harm words, one after the other). The filters
    are asked of each word in their order, each only of the words the ones before it passed, as the
    construction's own loop asks them. With ``known_only``, None unless found already."""
    cache = ctx.analysis.cache
    memo: dict[tuple[str, tuple[Check, ...]], list[Match]] | None = cache.get("passing_anchors")  # type: ignore[assignment]
    if memo is None:
        memo = cache["passing_anchors"] = {}
    key = (cat, checks)
    found = memo.get(key)
    if found is None:
        if known_only:
            return None
        words = _passing(ctx, cat, checks[:-1]) if len(checks) > 1 else ctx.get(cat)
        assert words is not None
        fn, mode, other = checks[-1]
        found = memo[key] = (
            [a for a in words if fn(ctx, a)] if mode == SINGLE_FILTER else [a for a in words if fn(ctx, a, other)]
        )
    return found


def run_sequence(ctx: Context, seq: Sequence, anchors: Anchors | None = None) -> list[Statement]:
    """The statements the sequence finds. With ``anchors``, it is not tried at an anchor where the
    constructions of its ``instead_of`` found a statement, and it notes where it finds one when
    another construction reads it instead of."""
    out: list[Statement] = []
    if not may_find(ctx, seq):
        return out
    skip = bit = 0
    words: Any = None
    phrases: dict[tuple[int, int], int] = {}
    if anchors is not None:
        skip, bit, words, phrases = (
            anchors.mask(seq.instead_of),
            anchors.bits.get(seq.name, 0),
            anchors.words,
            anchors.phrases,
        )
    anchor_require, anchor_refuse = seq.anchor_require_checks, seq.anchor_refuse_checks
    anchor_refuse_first = seq.anchor_refuse_first_checks
    bound0: dict[str, list[Found]] = {}  # (the anchor's filters read no other part)
    sent_start, sent_end = ctx.sent_start, ctx.sent_end
    lead, parts = seq.lead, seq.parts
    span, said_part, target = seq.span, seq.said, seq.target
    span_is_anchor = span == ("anchor",)
    # the anchor filters read the anchor alone, and nothing a construction sets (said_of_group): the words
    # that pass them may be shared with the constructions whose filters open the same way (_passing)
    shared_filters = (
        bool(anchor_require) and all(mode != PAIR_FILTER for _, mode, _ in anchor_require) and not seq.reads_said
    )
    # the draft's group mentions and where they start (found once per draft), for the group parts
    group_found, group_firsts = mentions(ctx) if any(part.group for part in parts) else ([], [])
    for cat in (*seq.anchor, "") if seq.anchor_mention else seq.anchor:
        # (the words of each anchor list; then, for "", the group mentions of anchor_mention's kind)
        found: Any
        read_first = False  # (the anchor filters already asked: _passing)
        if not cat:
            found = MENTION_KINDS[seq.anchor_mention][0](ctx)
        elif shared_filters:
            # (a construction read instead of others asks its filters only of the words they left, as
            # below, unless the words that pass them are known already)
            passing = _passing(ctx, cat, anchor_require, known_only=bool(skip))
            if passing is not None:
                found, read_first = zip(repeat(None), passing), True
            else:
                found = zip(repeat(None), ctx.get(cat))
        else:
            found = zip(repeat(None), ctx.get(cat))
        for cls_found, a in found:
            if skip and (words[a.first] if a.first == a.last else phrases.get((a.first, a.last), 0)) & skip:
                continue  # (found by a construction of its instead_of)
            if anchor_require and not read_first:
                passed = True
                for fn, mode, other in anchor_require:  # (_holds, inlined: a dense draft has an anchor every few words)
                    if not (
                        fn(ctx, a)
                        if mode == SINGLE_FILTER
                        else fn(ctx, a, other)
                        if mode == LIST_FILTER
                        else fn(ctx, a, bound0[other][0][1])
                    ):
                        passed = False
                        break
                if not passed:
                    continue
            if anchor_refuse_first:
                refused = False
                for fn, mode, other in anchor_refuse_first:  # (_holds_one, inlined)
                    if fn(ctx, a) if mode == SINGLE_FILTER else fn(ctx, a, other) if mode == LIST_FILTER else False:
                        refused = True
                        break
                if refused:
                    continue
            s0, s1 = sent_start[a.first], sent_end[a.first]
            if lead is not None and not _leads(ctx, lead, a, s0):
                continue
            bound: dict[str, list[Found]] = {"anchor": [(cls_found, a)]}
            cls = cls_found or ""
            for part in parts:
                ref = bound[part.ref][0][1]
                if ref.first < s0 or ref.first > s1:  # (a part found in the sentence before or after)
                    lo, hi = _window(ctx, part, ref, sent_start[ref.first], sent_end[ref.first])
                else:
                    lo, hi = _window(ctx, part, ref, s0, s1)
                if part.until:
                    hi = min(hi, bound[part.until][0][1].first - 1)
                chosen: list[Found]
                if lo > hi:
                    chosen = []
                elif part.group and part.take == "first_passing" and not part.where_checks:
                    # (_candidates and _take of the commonest part, in place: the group mentions that
                    # start in the window or a phrase's reach before it and end in it, the nearest that passes)
                    chosen = []
                    except_classes = part.except_classes
                    for k in range(bisect_left(group_firsts, lo - PHRASE_REACH), bisect_right(group_firsts, hi)):
                        f = group_found[k]
                        if f[1].last >= lo and f[0] not in except_classes and _passes(ctx, f, part, bound):
                            chosen = [f]
                            break
                else:
                    chosen = _take(ctx, part, _candidates(ctx, part, lo, hi), bound)
                if not chosen and not part.optional:
                    break
                bound[part.name] = chosen
                if part.group and chosen:
                    cls = str(chosen[0][0])
            else:
                # (the anchor's refusing filters last: they read only the anchor, and some read a
                # whole clause ("mentioned"); most anchors of a dense draft lack a part first)
                refused = False
                for fn, mode, other in anchor_refuse:  # (_holds_one, inlined)
                    if (
                        fn(ctx, a)
                        if mode == SINGLE_FILTER
                        else fn(ctx, a, other)
                        if mode == LIST_FILTER
                        else fn(ctx, a, bound0[other][0][1])
                    ):
                        refused = True
                        break
                if refused:
                    continue
                if span_is_anchor:  # (the anchor's words alone, as most constructions about a person)
                    first, last = a.first, a.last
                else:  # the first and last words of the parts spanned (a loop: no lists, no min()/max() calls)
                    first = last = -1
                    for name in span:
                        for _, m in bound[name]:
                            if first < 0 or m.first < first:
                                first = m.first
                            if m.last > last:
                                last = m.last
                said = bound.get(said_part) if said_part else None
                if bit:
                    if a.first == a.last:
                        words[a.first] |= bit
                    else:
                        phrases[(a.first, a.last)] = phrases.get((a.first, a.last), 0) | bit
                out.append((cls or target, first, last, (said[0][1].first, said[-1][1].last) if said else None))
    return out
