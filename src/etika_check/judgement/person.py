"""Is an insult aimed at a person? The named filters the person constructions of the abuse rules
read ("Kau ni bodoh", "Pengarah tu memang bangang"): the insult said of a thing, exclaimed, said of
the writer, reported of one, an opinion denied; and whether the words were said of a group already."""

from __future__ import annotations

from typing import cast

from ..context import Context
from ..lexicon import Match
from .lists import GROUP_CATS

PERSON_CONTEXT = 30  # words around an insult in which a person it could be aimed at is looked for


def self_directed(ctx: Context, p: Match) -> bool:
    """ "Bodoh sangat saya hari ni": the writer speaks of themself, no one else is named."""
    if not ctx.has("self_reference"):
        return False  # (most drafts' insults: no word of the writer's own in the draft; asked with no list made)
    s0, s1 = ctx.sentence(p.first)
    if not ctx.near("self_reference", max(s0, p.first - 3), min(s1, p.last + 3)):
        return False
    lo, hi = max(s0, p.first - PERSON_CONTEXT), min(s1, p.last + PERSON_CONTEXT)
    return not any(
        q.first != p.first for q in ctx.near("person_target", lo, hi) if not ctx.at(q.first, "self_reference")
    )


THING_LINK = frozenset(
    {
        "ni",
        "tu",
        "ini",
        "itu",
        "is",
        "was",
        "memang",
        "sangat",
        "betul",
        "so",
        "really",
        "too",
        "baru",
        "lama",
        "new",
        "old",
        # whose or where the thing is: "printer pejabat ni", "komputer kita ni", "our office printer"
        "pejabat",
        "ofis",
        "office",
        "kita",
        "kami",
        "aku",
        "saya",
        "our",
        "my",
    }
)  # ("Sistem baru ni lembab": the thing's age, no person)


def exclaimed(ctx: Context, p: Match) -> bool:
    """ "Sial, sedap gila rendang ni!", "Celaka, hujan lagi.", "Sial betul, ...": an exclamation closed
    by its own mark, with no one in the sentence it could be aimed at."""
    if "exclamation" not in ctx.cover[p.first]:
        return False
    s0, s1 = ctx.sentence(p.first)
    end = p.last
    while end < min(s1, p.last + 2) and ctx.at(end + 1, "exclamation_tail"):
        end += 1  # "Sial betul, hujan lagi": a word or two that only strengthen it
    if not (end == s1 or ctx.break_after(end, ",;:!?")):
        return False
    lo, hi = max(s0, p.first - PERSON_CONTEXT), min(s1, p.last + PERSON_CONTEXT)
    return not [q for q in ctx.near("person_target", lo, hi) if not ctx.at(q.first, "self_reference")]


# The subject of a predicate: "[Pegawai baru dari unit IT] tu memang pemalas", "[Sarah from finance] is
# honestly useless". Words that may stand between the subject's closing word and the predicate ...
PREDICATE_LEAD = frozenset(
    {"memang", "sangat", "betul", "amat", "terlalu", "agak", "sungguh", "benar", "dah", "sudah", "pun", "tetap",
     "selalu", "macam", "seorang", "sorang", "so", "really", "honestly", "just", "totally", "such", "a", "an",
     "always", "still", "quite", "very", "pretty", "seriously", "truly", "utterly", "completely"}
)  # fmt: skip
# ... the word that closes the subject: a demonstrative after it, or a copula ...
SUBJECT_CLOSE = frozenset({"tu", "ni", "itu", "ini", "is", "was", "are", "were", "ialah", "adalah", "merupakan"})
# ... and the words before its head that are not the head: English determiners, Malay "si".
SUBJECT_DETERMINER = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "our", "my", "his", "her", "their", "your", "si", "sang"}
)
NOUN_PHRASE_REACH = 6  # the most words a subject holds before its closing word


def subject_span(ctx: Context, p: Match) -> tuple[int, int]:
    """The first and last words of the noun phrase the words are said of, or (-1, -1) where none is
    found: back from the words over a few that lead a predicate ("memang", "honestly") to a
    demonstrative or copula that closes the subject, then back over the subject to its clause's
    start, to a word of saying or thinking ("Aku rasa [Aisyah] tu ...") or to a coordinator, leaving
    out a determiner that opens it ("the", "si"). Malay names the head first ("[pegawai] baru dari
    unit IT tu"), English after its adjectives ("the new [guy] from accounts is"). (-1, -1) where the
    subject is longer than NOUN_PHRASE_REACH words (not a noun phrase read with confidence)."""
    memo = cast("dict[int, tuple[int, int]] | None", ctx.analysis.cache.get(SUBJECTS))
    if memo is None:
        memo = {}
        ctx.analysis.cache[SUBJECTS] = memo
    found = memo.get(p.first)
    if found is None:
        found = memo[p.first] = _subject_span(ctx, p.first)
    return found


SUBJECTS = "subject_spans"  # analysis.cache: the subject found before each word asked (first word -> span)


def _subject_span(ctx: Context, first: int) -> tuple[int, int]:
    tokens = ctx.tokens
    s0 = ctx.sent_start[first]
    k = first - 1
    while k >= s0 and k >= first - 3 and tokens[k].norm in PREDICATE_LEAD and not ctx.break_after(k):
        k -= 1
    if k <= s0 or tokens[k].norm not in SUBJECT_CLOSE or ctx.break_after(k):
        return -1, -1
    close, head = k, -1
    j = close - 1
    while j >= s0 and not (
        ctx.break_after(j) or ctx.at(j, "opinion") or ctx.at(j, "coordinator") or ctx.at(j, "because")
    ):
        if close - j > NOUN_PHRASE_REACH:
            return -1, -1
        head = j
        j -= 1
    while head != -1 and head < close - 1 and tokens[head].norm in SUBJECT_DETERMINER:
        head += 1
    return (head, close - 1) if head != -1 else (-1, -1)


def has_subject(ctx: Context, p: Match) -> bool:
    """Is a noun phrase found that the words are said of (:func:`subject_span`)?"""
    return subject_span(ctx, p)[0] != -1


def in_subject(ctx: Context, q: Match, p: Match) -> bool:
    """Are the words ``q`` in the noun phrase that the words ``p`` are said of?"""
    lo, hi = subject_span(ctx, p)
    return lo != -1 and lo <= q.first and q.last <= hi


def said_of_thing(ctx: Context, p: Match) -> bool:
    """ "Sistem ni bodoh betul", "bangang punya printer", "Sial betul hujan ni", "Sistem baru dari
    vendor tu memang bodoh": the insult is said of a thing."""
    if not ctx.has("thing_noun"):
        return False  # (most drafts: no thing named at all, which every test below needs)
    s0, s1 = ctx.sentence(p.first)
    # the noun phrase it is said of: its head a thing, or a thing and no person
    lo, hi = subject_span(ctx, p)
    if lo != -1 and (
        (ctx.at(lo, "thing_noun") and not ctx.at(lo, "person_target"))
        or (ctx.any_in("thing_noun", lo, hi) and not ctx.any_in("person_target", lo, hi))
    ):
        return True
    lo, hi = p.first - 3, p.last + 3
    if not ctx.any_in("thing_noun", lo if lo > s0 else s0, hi if hi < s1 else s1):  # (max(), min() without a call)
        return False  # (most insults: no thing within the few words read below)
    cover, tokens = ctx.cover, ctx.tokens
    for k in range(p.first - 1, max(s0, p.first - 3) - 1, -1):
        if "thing_noun" in cover[k]:
            return True
        if tokens[k].norm not in THING_LINK:
            break  # (not "punya": "orang main game punya penyakit mental" is said of the people)
    k = p.last + 1
    while k <= min(s1, p.last + 2) and tokens[k].norm in THING_LINK:
        k += 1  # "Sial betul hujan ni": a word or two that strengthen it, then the thing
    if k <= s1 and "thing_noun" in cover[k] and (k == s1 or tokens[k + 1].norm in THIS_THAT):
        return True
    return tokens[p.last + 1].norm == "punya" and "thing_noun" in cover[p.last + 2] if p.last + 2 <= s1 else False


THIS_THAT = frozenset({"ni", "tu", "ini", "itu", "this", "that"})


def names_person(ctx: Context, q: Match) -> bool:
    """A capitalised word of no list that names a person, not a word capitalised as a sentence's first:
    not the first word of its sentence, or followed by where the person works: a unit or an office
    ("Kamal unit kewangan"), or a preposition before one or before a capitalised word ("Aisyah dari
    HR", "Sarah from Finance"; not "Makanan dari kantin")."""
    if q.first > ctx.sent_start[q.first]:
        return True
    s1, k = ctx.sent_end[q.first], q.last + 1
    if k <= s1 and ctx.tokens[k].norm in FROM_PLACE:
        return k + 1 <= s1 and (_a_unit(ctx, k + 1) or ctx.tokens[k + 1].text[:1].isupper())
    return k <= s1 and _a_unit(ctx, k)


FROM_PLACE = frozenset({"dari", "daripada", "kat", "di", "from", "in", "at", "of"})


def _a_unit(ctx: Context, k: int) -> bool:
    return ctx.at(k, "institution_word") or ctx.at(k, "office_word")


def specific_person(ctx: Context, p: Match) -> bool:
    """ "seorang penipu ditahan": a count or an article before the word reports."""
    return ctx.at(p.first - 1, "specific_marker") or (p.first > 0 and ctx.tokens[p.first - 1].norm.isdigit())


def opinion_denied(ctx: Context, p: Match) -> bool:
    """ "I don't think [they] are greedy", "Aku tak rasa [dia] tamak": an opinion denied before the
    word, in its clause (a few words back)."""
    s0, lo = ctx.sent_start[p.first], p.first - 5
    if not ctx.any_in("opinion", lo if lo > s0 else s0 + 1, p.first - 1):  # (max(s0 + 1, lo) without a call)
        return False  # (most insults: no opinion word within the words read below)
    for k in range(p.first - 1, max(s0, p.first - 6), -1):
        if ctx.break_after(k):
            return False
        if ctx.at(k, "opinion") and ctx.at(k - 1, "negator"):
            return True
    return False


def heads_group(ctx: Context, q: Match) -> bool:
    """Is the person word the head of a group phrase ("orang [X]", "trans people")? What is said of it
    is said of the group, which the group finders read (and their filters may set aside)."""
    s0, s1 = ctx.sentence(q.first)
    return not (
        (q.first == s0 or ctx.cover[q.first - 1].isdisjoint(GROUP_CATS))
        and ctx.cover[q.first].isdisjoint(GROUP_CATS)
        and (q.last == s1 or ctx.cover[q.last + 1].isdisjoint(GROUP_CATS))
    )


def insult_introduced(ctx: Context, p: Match) -> bool:
    """A word of ``insult_intro`` in the two words before it ("dasar bodoh", "you idiot"): aimed at whoever
    is spoken to."""
    return ctx.any_in("insult_intro", max(ctx.sent_start[p.first], p.first - 2), p.first - 1)


SAID_OF_GROUP = "said_of_group"  # analysis.cache: the words the group constructions said of a group


def said_of_group(ctx: Context, p: Match) -> bool:
    """Its words were said of a group (or are a slur, or a harm) by a construction about a group: not also
    a person's insult. The constructions that ask it are read after all others (etika_check.abuse)."""
    said = ctx.analysis.cache.get(SAID_OF_GROUP)
    return said is not None and (p.first, p.last) in said  # type: ignore[operator]
