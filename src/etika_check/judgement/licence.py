"""The licence of a harm: is it wished, urged or threatened (a finding), or reported, feared or
denied (none)? One named filter of the construction language (``licensed``), and the tests it is
made of, read by the harm constructions and the finders not yet ported."""

from __future__ import annotations

from ..context import Context
from ..lexicon import Match
from .filters import object_implicit, rhetorical
from .lists import GROUP_OPENERS
from .mentions import groups_near


def licensed(ctx: Context, h: Match, passive: bool = False) -> bool:
    """Harm that is wished, urged or threatened rather than reported.
    A passive harm with "nak", "akan", "will" ("X nak dibakar") is a wish or threat in itself."""
    s0 = ctx.sent_start[h.first]
    if ctx.any_in("concern", s0, h.first - 1) or negated_licence(ctx, h):
        return False  # "takut kalau X dibunuh", "jangan biarkan X menderita"
    if ctx.any_in("indifference", h.last + 1, ctx.sent_end[h.first]) and passive:
        return True  # "kalau X mati semua pun takpe", "if all X died, nobody would care"
    if ctx.any_in("counterfactual", s0, h.first - 1):
        return True  # "Dalam dunia yang adil, X sudah lama dipenjarakan", "alangkah baiknya kalau X hilang"
    if passive and ctx.any_in("desire", max(s0, h.first - 4), h.first - 1):
        return True  # "X nak dibakar"; not "akan dihantar pulang minggu depan" (news)
    if (
        passive
        and ctx.any_in("volition", max(s0, h.first - 4), h.first - 1)
        and not ctx.any_in("if_clause", h.last + 1, ctx.sent_end[h.first])
        and (  # "... jika meniru": a rule
            ctx.at(h.first, "violence")
            or ctx.any_in("violent_manner", h.last + 1, min(ctx.sent_end[h.first], h.last + 6))
            or (ctx.at(h.last + 1, "agent_marker") and ctx.at(h.last + 2, "first_person"))
        )
    ):
        return True  # "X akan dibunuh", "X akan dihalau oleh kita"; not "akan dihantar pulang" (news)
    if (
        passive
        and ctx.any_in("volition", max(s0, h.first - 10), h.first - 1)
        and (
            ctx.any_in("first_person", max(s0, h.first - 12), h.first - 1)
            or ctx.any_in("perception", max(s0, h.first - 8), h.first - 1)
        )
    ):
        return True  # "aku nak tengok X semua mati", "nak tengok X tu menderita"
    if passive and any_who(ctx, h):
        return True
    if passive and ctx.at(h.first, "modal") and ctx.at(h.first, "harm_intransitive"):
        return True  # "X deserve every bit of abuse they get": the phrase holds its own duty
    if ctx.any_in("harm_imperative", s0, h.last):
        return True
    if ctx.any_in("modal", max(s0, h.first - 5), h.first - 1) and not supposed_victim(ctx, h, passive):
        return True
    if any(ctx.at(k, "neg_deontic") and rhetorical(ctx, k) for k in range(max(s0, h.first - 6), h.first)):
        return True  # "Shouldn't all X be put down?": the question asserts the duty
    if ctx.any_in("volition", max(s0, h.first - 4), h.first - 1) and ctx.any_in(
        "first_person", max(s0, h.first - 6), h.first - 1
    ):
        return True
    if ctx.at(h.first - 1, "first_person") and ctx.at(h.first - 1, "hortative"):
        return True  # "kita tembak je", "jom kita halau"
    if ctx.at(h.first - 1, "first_person") and not ctx.in_sentence("past_marker", h.first):
        return True  # "Nanti aku ajar X ...": the writer's own intent (not "aku pukul dia semalam")
    if h.first == s0 or (h.first == s0 + 1 and ctx.at(s0, "generic_marker")):
        return True  # imperative: the verb opens the sentence ("Halau mereka semua!")
    if h.first > s0 and ctx.break_after(h.first - 1) and addressing_end(ctx, s0) >= h.first:
        return True  # imperative to a group addressed first: "X, go back to your country"
    return ctx.break_after(h.first - 1) and object_implicit(ctx, h)  # "..., bunuh je."


def supposed_victim(ctx: Context, h: Match, passive: bool) -> bool:
    """ "Kalau orang X kena serang, ...": the one modal before the harm is its passive "kena", after
    "if": a harm supposed, not a duty."""
    s0 = ctx.sent_start[h.first]
    return (
        passive
        and ctx.at(h.first - 1, "passive_marker")
        and [m.first for m in ctx.near("modal", max(s0, h.first - 5), h.first - 1)] == [h.first - 1]
        and ctx.any_in("if_clause", max(s0, h.first - 6), h.first - 2)
    )


def any_who(ctx: Context, h: Match) -> bool:
    """ "Any X who walks in here gets a beating", "Mana-mana orang X yang masuk kena belasah": bodily
    violence done to any member who does something is a threat (not a deportation, which may be a
    law's; not a past event)."""
    s0 = ctx.sent_start[h.first]
    if (
        not (
            ctx.at(h.first, "violence")
            or ctx.any_in("violent_manner", h.last + 1, min(ctx.sent_end[h.first], h.last + 6))
        )
        or ctx.in_sentence("past_marker", h.first)
        or ctx.tokens[h.first - 1].norm == "got"
    ):
        return False
    for w in ctx.near("whoever", max(s0, h.first - 14), h.first - 3):
        for _, g in groups_near(ctx, w.last + 1, w.last + 2)[:1]:
            if ctx.at(g.last + 1, "relative"):
                return True
    return False


def addressing_end(ctx: Context, s0: int) -> int:
    """The first word of the sentence opening at token ``s0`` that is not of a group phrase
    (GROUP_OPENERS): the words before it may address a group ("X, go back ..."). Found once per
    sentence (read from every harm word after a comma, a long sentence was read again for each)."""
    cache = ctx.analysis.cache
    ends: dict[int, int] | None = cache.get("addressing_ends")  # type: ignore[assignment]
    if ends is None:
        ends = cache["addressing_ends"] = {}
    end = ends.get(s0)
    if end is None:
        end, s1, cover = s0, ctx.sent_end[s0], ctx.cover
        while end <= s1 and not cover[end].isdisjoint(GROUP_OPENERS):
            end += 1
        ends[s0] = end
    return end


def coordinated_negation(ctx: Context, h: Match) -> bool:
    """A negator before a coordination that includes the word: "jangan [jadi kiasu dan takut]"."""
    s0 = ctx.sent_start[h.first]
    for k in range(h.first - 1, max(s0, h.first - 6) - 1, -1):
        if ctx.break_after(k):
            return False
        if ctx.at(k, "negator"):
            return ctx.any_in("coordinator", k + 1, h.first - 1)
    return False


def negated_licence(ctx: Context, h: Match) -> bool:
    """The wish or duty itself is denied: "tak boleh biarkan", "tak perlu dihukum", "jangan biar"."""
    s0 = ctx.sent_start[h.first]
    for k in range(h.first - 1, max(s0, h.first - 6) - 1, -1):
        if ctx.at(k, "modal") or ctx.at(k, "volition"):
            if any(ctx.at(n, "negator") and not rhetorical(ctx, n) for n in range(max(s0, k - 2), k)):
                return True  # (not "Wouldn't it be better if ...?": the question asserts)
    return False


_GET = frozenset({"get", "gets", "getting", "got"})


def got_harm(ctx: Context, h: Match) -> bool:
    """ "get a beating", "is getting a kicking": a harm noun got, a passive as "get beaten" is."""
    return (
        h.first >= 2
        and ctx.tokens[h.first - 2].norm in _GET
        and ctx.at(h.first - 1, "specific_marker")
        and ctx.tokens[h.first].norm.endswith("ing")
    )


def harm_passive(ctx: Context, h: Match) -> bool:
    """The harm is suffered by its subject: a di- verb, an intransitive harm ("mampus"), "kena halau"
    ("kena hapuskan", must eliminate, is not, nor "kita kena halau", we must drive out: after the
    writer, "kena" is a duty), or a harm noun got ("get a beating")."""
    affixes = ctx.tokens[h.first].affixes
    return (
        "di" in affixes
        or ctx.at(h.first, "harm_intransitive")
        or (ctx.at(h.first - 1, "passive_marker") and "-kan" not in affixes and not ctx.at(h.first - 2, "first_person"))
        or got_harm(ctx, h)
    )


def licensed_harm(ctx: Context, h: Match) -> bool:
    """:func:`licensed`, read as the harm's voice says (:func:`harm_passive`). Found once per harm word
    (every harm construction asks it of the same words)."""
    memo: dict[tuple[int, int], bool] | None = ctx.analysis.cache.get("licensed_harm")  # type: ignore[assignment]
    if memo is None:
        memo = ctx.analysis.cache["licensed_harm"] = {}
    key = (h.first, h.last)
    found = memo.get(key)
    if found is None:
        found = memo[key] = licensed(ctx, h, harm_passive(ctx, h))
    return found


HARM_REACH_BEFORE = 12  # the furthest back a harm construction looks for its group (harm_suffered)


def someone_near(ctx: Context, h: Match) -> bool:
    """A group named near the harm word (from the sentence before, 12 words back, to 7 words after) or a
    person right after it: where no one is, no harm construction can find its victim. A cheap test
    (two bisections) that the harm constructions ask first."""
    memo: dict[tuple[int, int], bool] | None = ctx.analysis.cache.get("someone_near")  # type: ignore[assignment]
    if memo is None:
        memo = ctx.analysis.cache["someone_near"] = {}
    key = (h.first, h.last)
    found = memo.get(key)
    if found is None:
        s0, s1 = ctx.sent_start[h.first], ctx.sent_end[h.first]
        before = ctx.sent_start[s0 - 1] if s0 > 0 else s0
        found = memo[key] = bool(
            groups_near(ctx, max(before, h.first - HARM_REACH_BEFORE), min(s1, h.last + HARM_OBJECT_WINDOW))
        ) or ctx.any_in("person_target", h.last + 1, min(s1, h.last + 4))
    return found


HARM_OBJECT_WINDOW = 7  # "shoot the next one of those X"
_OWN_OBJECT = frozenset({"animal", "thing_noun", "object_noun"})  # what a harm verb may act on instead of people


def own_object(ctx: Context, h: Match) -> bool:
    """An animal or a thing right after the harm verb (past an article), then "for", "untuk" or
    another word that gives what follows another role: "sembelih kambing untuk orang X", "kill the
    chicken for the X"."""
    k = h.last + 1
    if ctx.at(k, "quantifier") or ctx.at(k, "bridge"):
        k += 1
    return not ctx.covering(k).isdisjoint(_OWN_OBJECT) and ctx.any_in(
        "clause_stop", k + 1, min(ctx.sent_end[h.first], h.last + HARM_OBJECT_WINDOW)
    )


def condemned(ctx: Context, h: Match) -> bool:
    """ "Attacks on X have no place here": the harm named to someone, and condemned after."""
    return ctx.at(h.last + 1, "harm_named_to") and ctx.any_in("harm_condemned", h.last + 2, ctx.sent_end[h.first])
