"""Group mentions: every group a draft names (not as part of a person's name, not as where a
thing comes from), and the pronouns that point back to one. Found once per draft."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..context import Context
from ..lexicon import Match
from .filters import negated_group, singled_out, specific
from .lists import GROUP_CATS, GROUP_CLASSES, GROUP_WORDS

Mentions = list[tuple[str, Match]]  # every group mention of the draft (class, words), found once


ANTECEDENT_WINDOW = 25


def personal_name(ctx: Context, g: Match) -> bool:
    """ "Encik Raja", "Raja Kumar": a group word that is part of one person's name.
    After an honorific, or a word of the list ``name_word`` followed by a capitalised word
    that names no group ("Sultan Ibrahim" stays royal: "sultan" is no name word)."""
    if ctx.at(g.first - 1, "honorific"):
        return True
    if g.first == g.last and "name_word" in ctx.cover[g.first] and g.last + 1 <= ctx.sent_end[g.first]:
        nxt = ctx.tokens[g.last + 1]
        return nxt.text[:1].isupper() and not ctx.covering(g.last + 1) & GROUP_CATS
    return False


# A mention of these classes followed at once by a mention of one of the others is a head noun
# its modifier classes: "budak-budak Melayu", "pelajar Cina", "makcik-makcik India" are said of a race.
_HEAD_CLASSES = frozenset({"age"})
_MODIFIER_CLASSES = frozenset({"race", "religion", "origin"})


def _classed_by_modifier(out: Mentions) -> None:
    """Give a head noun's mention ("budak-budak" of "budak-budak Melayu") its modifier's class, in place."""
    n = len(out)
    for k in range(n - 1):
        cls, g = out[k]
        if cls in _HEAD_CLASSES:
            j = k + 1  # the mentions that start inside this one or right after it ("orang tua-tua kristian")
            while j < n and out[j][1].first <= g.last + 1:
                nxt_cls, nxt = out[j]
                if nxt.first == g.last + 1 and nxt_cls in _MODIFIER_CLASSES:
                    out[k] = (nxt_cls, g)
                    break
                j += 1


def describes_thing(ctx: Context, g: Match) -> bool:
    """ "Japanese cars", "Chinese food", "Korean dramas": a group word that only says where a thing
    comes from (a word of ``thing_noun`` right after it, in its sentence)."""
    return (
        g.last < ctx.sent_end[g.first]
        and "thing_noun" in ctx.cover[g.last + 1]
        and ctx.cover[g.last + 1].isdisjoint(GROUP_WORDS)
    )


def groups_near(ctx: Context, lo: int, hi: int) -> list[tuple[str, Match]]:
    """Group mentions starting in [lo, hi], with pronouns that point back to a group:
    a slice of :func:`mentions`, found once per draft (the finders ask about the
    same words from many predicates)."""
    found, firsts = mentions(ctx)
    return found[bisect_left(firsts, lo) : bisect_right(firsts, hi)]


def mentions(ctx: Context) -> tuple[Mentions, list[int]]:
    """Every group mention of the draft in text order (a group named, not as part of a
    person's name; a pronoun with its antecedent), and where each starts."""
    cache = ctx.analysis.cache
    found = cache.get("group_mentions")
    if found is not None:
        return found  # type: ignore[return-value]
    hi = len(ctx.tokens) - 1
    # (each test asked only of a draft with the words it needs: most drafts name no person and no thing)
    named, things = ctx.has("honorific") or ctx.has("name_word"), ctx.has("thing_noun")
    out = [
        (cls, g)
        for cat, cls in GROUP_CLASSES.items()
        for g in ctx.near(cat, 0, hi)
        if not (named and personal_name(ctx, g)) and not (things and describes_thing(ctx, g))
    ]
    for p in ctx.near("group_pronoun", 0, hi):
        ante = antecedent(ctx, p)
        if ante is not None:
            out.append((ante[0], p))
    for p in ctx.near("sentence_pronoun", 0, hi):
        # "... ramai orang Siam. Semua penipu belaka.": "semua" opening a sentence without a
        # noun of its own points back like "mereka"
        if (
            (p.first == ctx.sent_start[p.first] or ctx.break_after(p.first - 1) or ctx.at(p.first - 1, "coordinator"))
            and p.first > 0
            and not (ctx.covering(p.last + 1) & (GROUP_CATS | {"person_target", "group_head"}))
        ):
            ante = antecedent(ctx, p)
            if ante is not None and ctx.sent_start[ante[1].first] != p.first:
                out.append((ante[0], p))
    out.sort(key=lambda cg: cg[1].first)
    _classed_by_modifier(out)
    found = cache["group_mentions"] = (out, [g.first for _, g in out])
    return found


def antecedent(ctx: Context, pronoun: Match) -> tuple[str, Match] | None:
    """The group a pronoun points back to: the nearest group named before it
    (within a few sentences), unless that mention was about specific people."""
    best: tuple[str, Match] | None = None
    for cat, cls in GROUP_CLASSES.items():
        for g in ctx.near(cat, max(0, pronoun.first - ANTECEDENT_WINDOW), pronoun.first - 1):
            if best is None or g.first > best[1].first:
                best = (cls, g)
    if best is None:  # "They are stupid. They are just X after all."
        for cat, cls in GROUP_CLASSES.items():
            for g in ctx.near(cat, pronoun.last + 1, min(len(ctx.tokens) - 1, pronoun.last + ANTECEDENT_WINDOW))[:1]:
                if best is None or g.first < best[1].first:
                    best = (cls, g)
    if best is None or specific(ctx, best[1]) or negated_group(ctx, best[1]) or singled_out(ctx, best[1]):
        return None  # (specific people, none of them, or one colleague: "budak IT tu, semua fail aku hilang")
    return best


def mention_tests(ctx: Context) -> tuple[set[int], set[int]]:
    """The first tokens of the group mentions that are negated (:func:`negated_group`) and of
    those that are specific (:func:`specific`): both read only a mention's first token, and
    the frames and the attribute finder ask both of every mention. Found once per draft."""
    cache = ctx.analysis.cache
    found = cache.get("mention_tests")
    if found is None:
        negated_at: set[int] = set()
        specific_at: set[int] = set()
        for _, g in mentions(ctx)[0]:
            if negated_group(ctx, g):
                negated_at.add(g.first)
            if specific(ctx, g):
                specific_at.add(g.first)
        found = cache["mention_tests"] = (negated_at, specific_at)
    return found  # type: ignore[no-any-return]


def mentions_after(ctx: Context, cat: str, reach: int) -> Mentions:
    """The group mentions that start within ``reach`` words after a word of ``cat``, in text order: the
    few a finder anchored on a rare word needs to read (not every mention of a long draft)."""
    found: dict[tuple[str, Match], None] = {}
    for m in ctx.get(cat):
        found.update(dict.fromkeys(groups_near(ctx, m.last + 1, m.last + reach)))
    return list(found)


_FREE_OF = re.compile(
    "-free|bebas-|-Free|Bebas-|-FREE|BEBAS-"
)  # literal: 1 MB scanned in 2.5 ms (35 ms opening with a word class)


def group_word_class(ctx: Context, word: str) -> str | None:
    """The group class of a word that one of the group lists holds as written ("indian", "cina")."""
    cache = ctx.analysis.cache
    index: dict[str, str] | None = cache.get("group_words")  # type: ignore[assignment]
    if index is None:
        index = cache["group_words"] = {
            term: cls for cat, cls in GROUP_CLASSES.items() for term in ctx.lists.get(cat, ()) if " " not in term
        }
    return index.get(word) or index.get(word + "s") or (index.get(word[:-1]) if word.endswith("s") else None)


def free_of(ctx: Context) -> Mentions:
    """The groups named inside a compound that makes them what a place is free of: "Indian-free",
    "bebas-Cina". Only the tokens that hold "-free" or "bebas-" are read."""
    out: Mentions = []
    seen = -1
    for found in _FREE_OF.finditer(ctx.analysis.text):
        k = ctx.token_at_or_before(found.start())
        if k <= seen or k < 0:
            continue
        seen, t = k, ctx.tokens[k]
        base = t.norm[:-5] if t.norm.endswith("-free") else t.norm[6:] if t.norm.startswith("bebas-") else ""
        cls = group_word_class(ctx, base) if base else None
        if cls is not None:
            out.append((cls, Match("free_of", k, k)))
    return out


# The kinds of group mention a construction may open with (anchor_mention): name -> (finder, meaning).
MENTION_KINDS = {
    "free_of": (
        free_of,
        "a group named inside a compound that makes it what a place is free of ('Indian-free', 'bebas-Cina')",
    ),
}
