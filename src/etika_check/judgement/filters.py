"""The judgement's named filters, each implemented once: tests of a word-list match or a group
mention in its sentence (negated, asked, denied, said of a thing ...). The constructions of
data/constructions.toml name them (FILTERS); the finders not yet ported call them directly."""

from __future__ import annotations

import re

from ..context import Context
from ..lexicon import Match
from .lists import GROUP_CATS, GROUP_PHRASE, GROUP_WORDS, NEGATION_WINDOW, PREDICATES


def question(ctx: Context, k: int) -> bool:
    """Does the sentence of token ``k`` end with a question mark?"""
    end = ctx.tokens[ctx.sent_end[k]].end
    return ctx.analysis.text[end : end + 3].lstrip(" )\"'\u201d").startswith("?")


def rhetorical(ctx: Context, k: int) -> bool:
    """ "Aren't X the worst?", "Bukankah X ni pemalas?": a negative question asserts."""
    if not ctx.at(k, "rhetorical_neg"):
        return False
    return question(ctx, k)


def negated(ctx: Context, m: Match) -> bool:
    """A negator among the few words before the predicate, in its clause (not "kalau tak menipu,
    tak sah": a negation that "tak sah" after it turns into an assertion), or a denial right before it
    ("anything but lazy": the list denies_quality)."""
    lo, s0 = m.first - NEGATION_WINDOW, ctx.sent_start[m.first]
    if lo < s0:
        lo = s0  # (max() without a call: the finders ask this of every predicate)
    if m.first > s0 and ctx.at(m.first - 1, "denies_quality") and not ctx.at(m.first - 1, m.category):
        return True  # "anything but lazy", "far from useless", "jauh daripada malas"
    if not ctx.any_in("negator", lo, m.first - 1):
        return False  # (most predicates: no negator within reach)
    if ctx.any_in("asserts_by_denial", m.last + 1, min(ctx.sent_end[m.first], m.last + 3)):
        return False
    for i in range(m.first - 1, lo - 1, -1):
        if ctx.break_after(i):
            return False
        if ctx.at(i, "negator") and not ctx.at(i, m.category) and not ctx.at(i, "no_wonder") and not rhetorical(ctx, i):
            return True
        if not ctx.covering(i).isdisjoint(PREDICATES) and not ctx.at(i, m.category):
            return False  # a verb chain ("tidak boleh dihukum mati") keeps its negation
    return False


def specific(ctx: Context, g: Match) -> bool:
    """A count or a single person right before the group word: a report
    (but "tak ada seorang pun X", "not a single X" speak of them all)."""
    first, s0, cover, tokens = g.first, ctx.sent_start[g.first], ctx.cover, ctx.tokens
    for i in range(first - 1, (first - 2 if first - 2 > s0 else s0) - 1, -1):  # (max() without a call)
        if "specific_marker" in cover[i] or tokens[i].norm.isdigit():
            return not ctx.any_in("none_of", max(ctx.sent_start[g.first], g.first - 5), g.first - 1)
    return False


_DEMONSTRATIVE = frozenset({"tu", "itu", "ni", "ini", "that", "this"})
_NOWADAYS = frozenset({"sekarang", "zaman", "kini", "nowadays", "today", "these"})
# the words of group_age that also name one person (a junior colleague, an old woman): the others name a group
_ONE_OF_AGE = frozenset({"budak", "old woman", "old person", "elderly person"})


def singled_out(ctx: Context, g: Match) -> bool:
    """An age word that names one person by a demonstrative within two words after it ("budak
    praktikal tu", "that old woman"): a colleague, not the age group; not a
    reduplicated plural ("budak-budak tu"), nor one of these days ("budak zaman sekarang ni"), nor one
    said of them all ("budak tu semua")."""
    if "group_age" not in ctx.cover[g.first]:
        return False  # (asked of every group a construction reads: most are no age word)
    tokens, s1 = ctx.tokens, ctx.sent_end[g.first]
    if " ".join(t.norm for t in tokens[g.first : g.last + 1]) not in _ONE_OF_AGE:
        return False  # ("orang tua ni", "warga emas ni", "pesara ni" speak of them all)
    for k in range(g.last + 1, min(s1, g.last + 2) + 1):
        n = tokens[k].norm
        if n in _NOWADAYS:
            return False
        if n in _DEMONSTRATIVE:  # (a quantifier in its clause after it speaks of them all: "budak tu semua")
            return ctx.break_after(k) or not ctx.any_in("quantifier", k + 1, min(s1, k + 2))
    if g.first > ctx.sent_start[g.first] and tokens[g.first - 1].norm in ("that", "this"):
        return True  # "that old woman"
    return False


def same_clause(ctx: Context, a: int, b: int) -> bool:
    """No clause mark (, ; :) between tokens ``a`` and ``b``: one bisect (Context.break_within)."""
    return not ctx.break_within(a, b - 1) if a <= b else not ctx.break_within(b, a - 1)


GROUP_PHRASE_REACH = 6  # words of a group's noun phrase before it that negated_group steps back over


def negated_group(ctx: Context, g: Match) -> bool:
    """ "No X deserve ...", "Not all X are ...", "Tak ada seorang pun X ...": the group itself is negated."""
    s0 = ctx.sent_start[g.first]
    if not ctx.any_in("negator", s0, g.first - 1):
        # (most groups: no negator before them in their sentence, which every test below needs)
        return ctx.any_in("none_of", g.first - 5 if g.first - 5 > s0 else s0, g.first - 1)
    if ctx.any_in("none_of", max(s0, g.first - 5), g.first - 1):
        return True
    cover = ctx.cover
    i = g.first - 1
    # step back over the rest of the noun phrase: "tiada [pelarian] Rohingya", "not [all] X"
    while i > s0:
        cov = cover[i]
        if "negator" in cov or cov.isdisjoint(GROUP_PHRASE):
            break
        if i < g.first - GROUP_PHRASE_REACH:
            return False  # a run of group words longer than a noun phrase: not this group's negator
            # (each group of a long run walked back over all of it: quadratic in one long sentence)
        i -= 1
    if (
        i > s0
        and "opinion" in cover[i]
        and ("negator" in cover[i - 1] or (i - 1 > s0 and "bridge" in cover[i - 1] and "negator" in cover[i - 2]))
        and not rhetorical(ctx, i - 1)
    ):
        return True  # "I don't think X are greedy", "Aku tak [pernah] anggap orang X tamak": the claim itself denied
    return i >= s0 and "negator" in cover[i] and not rhetorical(ctx, i) and same_clause(ctx, i, g.first)


def not_all_group(ctx: Context, g: Match) -> bool:
    """ "Bukan semua X", "not all X": a quantifier between the negator and the group."""
    s0 = ctx.sent_start[g.first]
    for k in range(g.first - 1, max(s0, g.first - 4) - 1, -1):
        if ctx.at(k, "negator"):
            return False
        if ctx.at(k, "quantifier"):
            return True
    return False


def names_group(ctx: Context, p: Match) -> bool:
    """ "orang sakit mental", "mentally ill people": the words name a group, they say nothing of it.
    Also "gila baik", "takut sial": an intensifier or an exclamation, not an insult."""
    cov = ctx.cover[p.first]
    if "not_insult" in cov:
        return True
    return not cov.isdisjoint(GROUP_CATS) and (ctx.at(p.first - 1, "group_head") or ctx.at(p.last + 1, "group_head"))


def before_head(ctx: Context, g: Match) -> int:
    """The token before a group word and the head nouns just before it ("oleh [orang] X" -> "oleh")."""
    k, lo, cover = g.first - 1, g.first - 3, ctx.cover
    s0 = ctx.sent_start[g.first]
    if lo < s0:
        lo = s0  # (max() without a call: asked of most group mentions)
    while k > lo and "group_head" in cover[k]:
        k -= 1
    return k


def transitive(ctx: Context, i: int) -> bool:
    """A meN- verb ("menghapuskan", "membawa"): the words after it are its object, not the subject's trait."""
    return "meN" in ctx.tokens[i].affixes


ASKING_COPULA = frozenset({"are", "is", "were", "was"})


def governed(ctx: Context, g: Match) -> bool:
    """ "tentang budaya Melayu", "terhadap orang X", "aku akan bantu orang X": the group is
    not the subject of its clause. "Aku rasa X ..." keeps it the subject of what follows."""
    k, s0 = before_head(ctx, g), ctx.sent_start[g.first]
    if k >= s0:
        cov = ctx.cover[k]
        if "clause_stop" in cov:
            return True
        if "harm_named_to" in cov and k > s0 and "harm_verb" in ctx.cover[k - 1]:
            return True  # "Attacks on X ...": X is what the harm is done to, the harm the subject
        if "hate_verb" in cov or "harm_verb" in cov or transitive(ctx, k):
            return True  # "Jangan la hina X, tak baik": X is the object of "hina", not the subject
    lo = g.first - 8 if g.first - 8 > s0 else s0  # (max() without a call: asked of every subject)
    if not ctx.any_in("first_person", lo, g.first - 1):
        return False  # (only a first person before it governs it: most groups have none)
    tokens = ctx.tokens
    for j in range(g.first - 1, lo - 1, -1):
        cov = ctx.covering(j)
        if ctx.break_after(j) or "opinion" in cov or "no_wonder" in cov or tokens[j].norm in ASKING_COPULA:
            return False  # "Is it just me or are X ...?": the copula asks of X, the subject ("Aku tak hairan X ...")
        if "first_person" in cov:
            return True
    return False


def describes_noun(ctx: Context, g: Match) -> bool:
    """Is the group word, with the rest of its phrase, followed in its clause by a word of no list or
    a thing ("the Malay boy", "the Indian temple road", "Malay flag stickers"): a noun it describes?"""
    s1, k = ctx.sent_end[g.first], g.last + 1
    while k <= s1 and not ctx.break_after(k - 1) and not ctx.covering(k).isdisjoint(GROUP_WORDS):
        k += 1  # the rest of the group phrase ("Indian [temple]")
    return k <= s1 and not ctx.break_after(k - 1) and (not ctx.covering(k) or ctx.at(k, "thing_noun"))


def regard_verb(ctx: Context, g: Match) -> int:
    """The verb of regard right before the group and its head nouns ("treat [orang] X"), or -1."""
    if not ctx.has("regard_verb"):
        return -1  # (most drafts: no verb of regard at all; asked of every group mention)
    k = before_head(ctx, g)
    return k if k >= ctx.sent_start[g.first] and ctx.at(k, "regard_verb") else -1


def regard_denied(ctx: Context, k: int) -> bool:
    """ "Stop treating X like criminals", "Nobody should call X criminals", "Jangan label X pengganas": the
    verb of regard at ``k`` (:func:`regard_verb`) is denied (a modal may stand between)."""
    s0 = ctx.sent_start[k]
    j = k - 1
    if j > s0 and ctx.at(j, "modal"):
        j -= 1
    return j >= s0 and ctx.at(j, "negator") and not rhetorical(ctx, j)


def regarded(ctx: Context, g: Match) -> bool:
    """Is the group the object of a verb of regard ("treat X as ...", "call X ...", "layan X macam ...")?
    Then what follows it tells how someone regards them, not what the writer says they are: urged,
    it is the construction regarded_as's; denied ("Stop treating X like criminals") or told of others
    ("Police treat X as criminals"), it is no statement of the writer's. A verb that also tells what
    was said ("call X vermin") is the attribution filters' to judge, unless it is denied."""
    k = regard_verb(ctx, g)
    return k >= 0 and (not ctx.at(k, "attributing_verb") or regard_denied(ctx, k))


def regarded_like(ctx: Context, g: Match) -> bool:
    """ "jangan layan X macam binatang": how the group is treated, likened to something (not whether)."""
    return regarded(ctx, g) and ctx.at(g.last + 1, "likening")


def only_after(ctx: Context, m: Match) -> bool:
    """ "tak jual kepada X sahaja", "not to X only": a word of ``only_marker`` right after it."""
    return ctx.at(m.last + 1, "only_marker")


def refusal_qualified(ctx: Context, t: Match) -> bool:
    """A refusal that is not of the group: "Don't hire X just because they are X" (favouritism),
    "We will not only hire X" (exclusivity)."""
    s0, s1 = ctx.sent_start[t.first], ctx.sent_end[t.first]
    return ctx.any_in("mere_reason", t.last + 1, s1) or ctx.any_in("only_marker", max(s0, t.first - 3), t.first - 1)


LEFT_OUT_OBJECT = frozenset({"him", "her", "dia", "it"})  # ... or one of object_slot: "them", "mereka"


def object_implicit(ctx: Context, h: Match) -> bool:
    """The verb's object is left out or a pronoun: "bunuh je", "kill them all", "halau!"."""
    nxt = h.last + 1
    if nxt > ctx.sent_end[h.first]:
        return True
    return ctx.break_after(h.last, ",;:!?") or ctx.at(nxt, "object_slot")


def object_left_out(ctx: Context, h: Match) -> bool:
    """The verb's object is left out, a pronoun ("him", "dia") or a manner ("sampai mati"): the one
    it is done to is named elsewhere, in a condition before it."""
    nxt = h.last + 1
    return object_implicit(ctx, h) or ctx.tokens[nxt].norm in LEFT_OUT_OBJECT or ctx.at(nxt, "violent_manner")


CONDITION_REACH = 8  # words from the opening of a condition that its group may stand in


def in_opening_condition(ctx: Context, g: Match) -> bool:
    """The group is named in a condition ("kalau", "if") that opens its sentence (as its first or second
    word), in the condition's first words: "Kalau kedai tu orang X punya, ..."."""
    s0 = ctx.sent_start[g.first]
    return (ctx.at(s0, "if_clause") or ctx.at(s0 + 1, "if_clause")) and s0 < g.first <= s0 + CONDITION_REACH


def dealt_to(ctx: Context, g: Match, t: Match) -> bool:
    """The group is the one a dealing (the part ``t``: "jual", "rent") is done to: its object right after
    the verb ("jangan upah [orang] X"), or named by a recipient preposition, with at most one word before
    the preposition or between it and the group's phrase ("sewa rumah kepada X", "jual kepada [semua] X")."""
    k = before_head(ctx, g)
    while k > t.last and not ctx.at(k, "recipient_preposition") and ctx.at(k, "group_head"):
        k -= 1
    return (
        k == t.last or ctx.at(k, "recipient_preposition") or (ctx.at(k - 1, "recipient_preposition") and k - 1 > t.last)
    )


def negated_plainly(ctx: Context, m: Match) -> bool:
    """Negated (:func:`negated`), and the words are not a negative of their own ("tak sanggup", "never
    let"), whose sense a negator before them does not undo."""
    return negated(ctx, m) and not ctx.at(m.first, "negator")


def starts_in(ctx: Context, m: Match, ref: Match) -> bool:
    """It ends at or after the first word of the part named: not before it."""
    return m.last >= ref.first


def clause_between(ctx: Context, g: Match, t: Match) -> bool:
    """It follows the part named with a word that opens another clause between them (not a preposition:
    "sokong perkelahian [antara] kaum X" keeps the group the verb's)."""
    return g.first > t.last and any(
        ctx.at(k, "clause_stop") and not ctx.at(k, "object_preposition") for k in range(t.last + 1, g.first)
    )


_VERB_TO_PREPOSITION = frozenset({"object_preposition", "bridge", "negator"})  # "percaya [langsung] pada X"


def thing_before_recipient(ctx: Context, g: Match, t: Match) -> bool:
    """ "can't accept gifts from X": a thing between the verb (the part named) and the group's
    preposition: the group gives the thing, it is not what the verb is done to."""
    return any(
        ctx.at(k, "recipient_preposition")
        and any(ctx.covering(j).isdisjoint(_VERB_TO_PREPOSITION) for j in range(t.last + 1, k))
        for k in range(t.last + 2, g.first)
    )


def urged(ctx: Context, m: Match) -> bool:
    """A word of ``neg_imperative`` in the two words before it: "jangan percaya", "never trust"; not with
    the writer alone as its subject ("I don't support ...": a stance told, not urged)."""
    lo = max(ctx.sent_start[m.first], m.first - 2)
    for k in range(lo, m.first):
        if ctx.at(k, "neg_imperative"):
            return not (k > ctx.sent_start[m.first] and ctx.at(k - 1, "self_singular"))
    return False


def first_word(ctx: Context, m: Match) -> bool:
    """It is the first word of its sentence ("Treat X as ...": an imperative)."""
    return ctx.sent_start[m.first] == m.first


def opens_clause(ctx: Context, m: Match) -> bool:
    """A clause mark (, ; :) or a word of ``because`` right before it: it opens a clause of its own."""
    return ctx.break_after(m.first - 1) or ctx.at(m.first - 1, "because")


def soon_after(ctx: Context, m: Match, cat: str) -> bool:
    """A word of the list ``cat`` in the three words before it, in its sentence ("dia [memang] malas")."""
    return ctx.any_in(cat, max(ctx.sent_start[m.first], m.first - 3), m.first - 1)


def soon_before(ctx: Context, m: Match, cat: str) -> bool:
    """A word of the list ``cat`` in the three words after it, in its sentence ("pukul 10 pagi
    [esok]", "10am [tomorrow]")."""
    return ctx.any_in(cat, m.last + 1, min(ctx.sent_end[m.first], m.last + 3))


def linked(ctx: Context, g: Match, p: Match) -> bool:
    """Is the predicate said of the group (not just near it)?"""
    s0 = ctx.sent_start[g.first]
    if g.first > p.last and not same_clause(ctx, p.last, g.first):
        return False  # "Pegawai tu bodoh, semua orang X penipu": "bodoh" is the officer's
    if p.first > g.last:  # "Melayu memang malas", "Muslims are dangerous"
        cover, tokens = ctx.cover, ctx.tokens
        for k in range(g.last + 1, p.first):
            if "clause_stop" in cover[k] or "object_verb" in cover[k] or (tokens[k].affixes and transitive(ctx, k)):
                return False  # "X bersatu membersihkan pantai yang kotor": the dirt is the beach's; "X makan babi"
        gap = p.first - g.last - 1
        return (
            gap == 0
            or ctx.any_in("copula", g.last + 1, p.first - 1)
            or ctx.any_in("generic_marker", g.last + 1, p.first - 1)
            or ctx.any_in("generic_marker", max(s0, g.first - 2), g.first - 1)
        )
    gap = g.first - p.last - 1  # "penipu semua orang X ni", "babi punya Melayu"
    if gap and ctx.any_in("thing_noun", p.last + 1, g.first - 1):
        return False  # "ugly comments about X": the comments are ugly
    return (
        gap == 0
        or ctx.any_in("copula", p.last + 1, g.first - 1)
        or ctx.any_in("generic_marker", max(s0, p.first - 2), g.last + 2)
    )


def not_all(ctx: Context, p: Match) -> bool:
    """ "Bukan semua ...", "not all ...": the generalisation itself is denied."""
    lo, s0 = p.first - 8, ctx.sent_start[p.first]
    if lo < s0:
        lo = s0  # (max() without a call: asked of every predicate said of a group)
    if not ctx.any_in("negator", lo - 1, p.first - 1):
        return False  # (most predicates: no negator near, before any generic word)
    for g in ctx.near("generic_marker", lo, p.first):
        if ctx.at(g.first - 1, "negator"):
            return True
    return False


def undergoes(ctx: Context, g: Match) -> bool:
    """Is the group, past its copula, the subject of a passive that is no favour ("how X are
    treated", "cara X dilayan")? A judgement said before it is of what is done to them."""
    k, s1 = g.last + 1, ctx.sent_end[g.first]
    while k <= s1 and k <= g.last + 3 and ctx.at(k, "bridge") and not ctx.break_after(k - 1):
        k += 1
    return (
        k <= s1
        and k > g.last
        and not ctx.break_after(k - 1)
        and ("-ed" in ctx.tokens[k].affixes or passive(ctx, k, strict=True))
        and ctx.cover[k].isdisjoint(FAVOURED)
    )


# What done to a group is a favour, not a wrong: "Pathetic how X are protected".
FAVOURED = frozenset({"keep_verb"})  # ("dilayan", treated, is in pos_entitlement: not a favour)


def undergoes_after(ctx: Context, g: Match, p: Match) -> bool:
    """The group follows the part named (past a word) and undergoes a passive that is no favour
    ("Pathetic how X are treated"): a judgement before it is of what is done to them."""
    return g.first > p.last + 1 and undergoes(ctx, g)


def regarded_before(ctx: Context, g: Match, p: Match) -> bool:
    """The group stands before the part named as the object of a verb of regard (:func:`regarded`):
    what follows tells how someone regards them, not what the writer says they are."""
    return g.last < p.first and regarded(ctx, g)


def is_also(ctx: Context, m: Match, cat: str) -> bool:
    """Its words are also a match of the word list named, the same words ("is_also:slur")."""
    if cat not in ctx.cover[m.first]:
        return False  # (no match of the list covers its first word: none starts there; most anchors)
    return any(x.last == m.last for x in ctx.near(cat, m.first, m.first))


def addressed(ctx: Context, g: Match) -> bool:
    """The group closes its sentence as the one spoken to: "Get lost, X.", "Go back, you X."
    (not "..., said the X": a clause mark must come right before the group phrase)."""
    end = ctx.sent_end[g.first]
    if (
        any(ctx.covering(j).isdisjoint(GROUP_WORDS) for j in range(g.last + 1, min(end, g.last + 4) + 1))
        or end > g.last + 4
    ):
        return False  # the group phrase ("transgender women") must close the sentence
    k, s0 = g.first - 1, ctx.sent_start[g.first]
    while (
        k > max(s0, g.first - 4)
        and not ctx.break_after(k)
        and (
            ctx.at(k, "group_head")
            or ctx.at(k, "quantifier")
            or ctx.tokens[k].norm in ("you", "kau", "korang", "hey", "woi", "those", "these")
        )
    ):
        k -= 1
    return k >= s0 and ctx.break_after(k)


def in_reach_of(ctx: Context, g: Match, h: Match) -> bool:
    """The group is in the clause of the part named, or addressed at its sentence's end ("Get lost, X.")."""
    return same_clause(ctx, h.last, g.first) or addressed(ctx, g)


def nominal(ctx: Context, m: Match) -> bool:
    """A noun made of the verb ("kebencian", "hatred"): the act named, not done."""
    return "nominal" in ctx.tokens[m.first].affixes


def asked_of_others(ctx: Context, m: Match) -> bool:
    """ "Why do people hate X so much?": a third party in the two words before it, in a question."""
    return ctx.any_in("third_party", max(ctx.sent_start[m.first], m.first - 2), m.first - 1) and question(ctx, m.first)


def seen_done_by_others(ctx: Context, m: Match) -> bool:
    """ "Tengok komen orang maki X", "reading people's comments insulting X": a third party right before
    it, after a word of seeing or of posted content in the three words before that: what others did,
    seen by the writer, not the writer's act."""
    k, s0 = m.first - 1, ctx.sent_start[m.first]
    return k > s0 and ctx.at(k, "third_party") and ctx.any_in("seen_content", max(s0, k - 3), k - 1)


def suffers_after(ctx: Context, g: Match) -> bool:
    """A passive or a harm verb in the three words after the group: what they suffer ("tak tahan
    melihat X dibunuh"), which a feeling before it is about."""
    s1 = ctx.sent_end[g.first]
    return any(passive(ctx, k) or ctx.at(k, "harm_verb") for k in range(g.last + 1, min(s1, g.last + 3) + 1))


def subject_between(ctx: Context, g: Match, h: Match) -> bool:
    """Between the part named and the group, a word that opens a new subject, other than the writer
    ("tak suka [kalau] X dihina"; "menyampah betul [aku] tengok X" keeps the feeling the writer's)."""
    return any(ctx.at(k, "new_subject") and not ctx.at(k, "first_person") for k in range(h.last + 1, g.first))


def subject_kept_to(ctx: Context, g: Match, h: Match) -> bool:
    """No new subject opens between the group and the part named after it, or the writer stands there:
    "X ni macam-macam, aku tak suka" (the dislike points back at the group)."""
    return not ctx.any_in("new_subject", g.last + 1, h.first - 1) or ctx.any_in("first_person", g.last + 1, h.first - 1)


def accepted_from(ctx: Context, g: Match, h: Match) -> bool:
    """ "tidak boleh menerima hadiah daripada X": an acceptance (the part named) of a thing given by the
    group, a recipient preposition between them."""
    return ctx.at(h.first, "acceptance") and ctx.any_in("recipient_preposition", h.last + 1, g.first - 1)


def passive_strict(ctx: Context, m: Match) -> bool:
    """A Malay passive ("dibenci", "di benci", "kena benci"), not "be", "get" or "dah"."""
    return passive(ctx, m.first, strict=True)


def passive(ctx: Context, i: int, strict: bool = False) -> bool:
    """A passive ("dihina", "di bully", "kena tipu"): the subject suffers the act, it is not its trait.
    ``strict``: only Malay di- forms and "di"/"kena" before the verb, not "be", "get" or "dah"."""
    if i > 0 and ctx.tokens[i - 1].norm == "di":
        # "di bully" is a passive; "di negara ni", "di Kangar" are places
        return not ctx.at(i, "place_word") and not ctx.tokens[i].text[:1].isupper()
    if i > 0 and (ctx.tokens[i - 1].norm == "kena" or (not strict and ctx.at(i - 1, "passive_marker"))):
        return True
    return "di" in ctx.tokens[i].affixes


URGE_WINDOW = 3  # words before a verb that a modal or a call to act may stand in


def called_for(ctx: Context, m: Match) -> bool:
    """The act is called for, not told: a modal or a call to act in the few words before it, in its clause
    ("patut dirobohkan", "jom bakar", "should be torn down"), the writer's will ("aku nak bakar",
    "we will burn"), or the verb opening its sentence or clause, an order ("Bakar je ...")."""
    s0 = ctx.sent_start[m.first]
    if m.first == s0 or ctx.break_after(m.first - 1, ",;:"):
        return True
    lo = m.first - URGE_WINDOW if m.first - URGE_WINDOW > s0 else s0
    for i in range(m.first - 1, lo - 1, -1):
        if ctx.break_after(i):
            return False
        if ctx.at(i, "modal") or ctx.at(i, "hortative"):
            return True
        if ctx.at(i, "volition") and i > s0 and ctx.at(i - 1, "first_person"):
            return True
    return False


# Office hours as SOP 5 reads them: work from 7.30 in the morning to 5.30 in the afternoon, less the
# rest hour from 1 to 2 (in minutes after midnight). A period word after the number says which half
# of the day it is ("pukul 3 petang", "10 pagi", "2.30 ptg"); a time written with no period is read
# only in the 24-hour clock ("14:30").
OFFICE_SPANS = ((7 * 60 + 30, 13 * 60), (14 * 60, 17 * 60 + 30))
PERIOD_BEFORE = 3  # words before a time (with its minutes) that its period word may stand in
_MORNING = ("am", "a.m", "a.m.", "pagi", "pg")
_AFTERNOON = ("pm", "p.m", "p.m.", "petang", "ptg", "tengahari", "tengah", "tgh")
_CLOCK_TEXT = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?(am|pm|a\.m\.?|p\.m\.?)?", re.I)


def office_time(ctx: Context, m: Match) -> bool:
    """The number starting at ``m`` is a time of day inside office hours: "pukul 10.30 pagi", "jam 3
    petang", "2:45pm", "11am", "14:30" (not "1.15 petang", the rest hour, nor "6.30 pagi", nor the
    minutes of "3:10pm")."""
    text, start = ctx.analysis.text, ctx.tokens[m.first].start
    if start >= 2 and text[start - 1] in ".:" and text[start - 2].isdigit():
        return False  # the minutes of a time, not its hour
    end = start
    while end < len(text) and end < start + 12 and not text[end].isspace():
        end += 1
    got = _CLOCK_TEXT.fullmatch(text[start:end].rstrip(",;!?)\"'").rstrip("."))
    if got is None:
        return False
    hour, minute = int(got.group(1)), int(got.group(2) or 0)
    period = (got.group(3) or "").lower()
    if not period:
        k = next((i for i in range(m.first + 1, min(len(ctx.tokens), m.first + 4)) if ctx.tokens[i].start > end), -1)
        if k != -1 and ctx.sent_end[m.first] >= k and ctx.tokens[k].text.lower() in _MORNING + _AFTERNOON:
            period = ctx.tokens[k].text.lower()
    if not period and got.group(2):  # "Isnin pagi, pukul 8.45": the period a few words before a time
        before = range(m.first - 1, max(ctx.sent_start[m.first], m.first - PERIOD_BEFORE) - 1, -1)
        period = next((w for w in (ctx.tokens[i].text.lower() for i in before) if w in _MORNING + _AFTERNOON), "")
    if period in _MORNING:
        hour = 0 if hour == 12 else hour
    elif period in _AFTERNOON:
        hour = hour if hour == 12 or hour > 12 else hour + 12
    elif not (got.group(2) and hour >= 13):
        return False  # no period and not the 24-hour clock: a count, a date, a number
    if hour > 23 or minute > 59:
        return False
    at = hour * 60 + minute
    return any(lo <= at < hi for lo, hi in OFFICE_SPANS)


GOV_DOMAIN = ".gov.my"


def gov_domain_written(ctx: Context, m: Match) -> bool:
    """The word at ``m`` opens a government e-mail domain written without its user name: "alamat
    @perlis.gov.my saya", "my .gov.my inbox" (not a web address such as "www.hasil.gov.my", and
    not a whole address, which the shape official_email reads)."""
    text, start = ctx.analysis.text, ctx.tokens[m.first].start
    lo = start
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = start
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    word = text[lo:hi].strip("()[]\"',;:!?").rstrip(".").lower()
    if word in (GOV_DOMAIN, GOV_DOMAIN[1:]):
        return start in (lo, lo + 1)  # the bare domain, read once, from its first word
    return word.endswith(GOV_DOMAIN) and word.startswith("@") and word.count("@") == 1 and start in (lo, lo + 1)
