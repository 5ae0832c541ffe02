"""The interpreter of the frames ([[frame]] in data/constructions.toml): what a clause says of the
group that is its subject. A group named as the subject of a clause keeps that role to the end of its
sentence or until another subject opens a clause; for each word after it, the frames whose predicates
hold the word are tried in file order, and the first that fits gives a statement."""

from __future__ import annotations

from functools import cache

from ..context import Context
from ..lexicon import Match
from .constructions import QUESTION_TAG, Frame
from .filters import governed as _governed
from .filters import not_all_group as _not_all_group
from .filters import passive as _passive
from .filters import question as _question
from .filters import regarded as _regarded
from .filters import rhetorical as _rhetorical
from .filters import transitive as _transitive
from .lists import GROUP_CLASSES
from .mentions import Mentions
from .mentions import mention_tests as _mention_tests
from .statement import Abuse, _new_abuse

_NOT_LOOSE = frozenset({"bridge", "negator", "neg_deontic", "likening", "group_head", *GROUP_CLASSES})
_NEW_SUBJECT = frozenset({"new_subject", *GROUP_CLASSES})
FRAME_LISTS = (
    "bridge",
    "quantifier",
    "neg_deontic",
    "new_subject",
    "possessor",
    "clause_stop",
    "unwilling",
    "likening",
    "dismissive_end",
    "habit_marker",
    "alike_end",
    "coordinator",
    "contrast",
    "affection",
    "revulsion",
    "proximity",
    "belonging_shame",
    "agent_marker",
    "perception",
)
SUBJECT_REACH = 16  # words after the subject that its clause frames look at
DENIAL_WINDOW = 4  # words between a denier and the predicate it denies


def _possessed(ctx: Context, g: Match) -> bool:
    """ "Kakak Islam aku", "orang tua saya": one person of the writer's, not the group."""
    return ctx.at(g.last + 1, "possessor") and not ctx.break_after(g.last)


def _denied(ctx: Context, i: int, deniers: tuple[str, ...]) -> bool:
    """A denier among the few words before token ``i`` in its clause."""
    lo, s0 = i - DENIAL_WINDOW, ctx.sent_start[i]
    if lo < s0:
        lo = s0  # (max() without a call: asked of every predicate of a frame)
    for cat in _denier_lists(deniers):
        if ctx.any_in(cat, lo, i - 1):
            break
    else:
        return False  # no denier within reach: most predicates
    for k in range(i - 1, lo - 1, -1):
        if ctx.break_after(k) or (
            ctx.at(k, "coordinator")
            and not ctx.covering(k - 1).isdisjoint(ctx.constructions.frame_predicates)
            and ctx.covering(k).isdisjoint(deniers)  # (unless the "and" is a denier's: "ada baik dan buruk")
        ):
            return False  # (nor across "and" after another predicate: "kurang maju dan ketinggalan zaman")
        if i - k > 2 and (ctx.at(k - 1, "relative") or ctx.at(k - 2, "relative")):
            continue  # "X yang tak pakai tudung memang murahan": the negation is the relative clause's
        cov = ctx.covering(k)
        if not cov.isdisjoint(deniers) and "likening" not in cov and "no_wonder" not in cov and not _rhetorical(ctx, k):
            # "tak ubah seperti sampah" likens, it does not deny; "tanpa air bersih": a noun between,
            # the quality is the noun's
            return not (ctx.at(k, "without") and any(ctx.covering(j).isdisjoint(_NOT_LOOSE) for j in range(k + 1, i)))
        if (
            "modal_negator" in deniers
            and ctx.at(k, "negator")
            and ctx.any_in("modal", max(ctx.sent_start[i], k - 4), k - 1)
        ):
            return True  # "Sepatutnya X tak dibenarkan masuk": a duty denied, with the group between
    return False


@cache  # bounded: one per frame's deniers
def _denier_lists(deniers: tuple[str, ...]) -> frozenset[str]:
    """The word lists whose words may deny: the deniers, and "negator" for "modal_negator"."""
    return frozenset(deniers) | ({"negator"} if "modal_negator" in deniers else set())


_NO_FRAMES: list[tuple[Frame, Match]] = []  # (shared, never changed: most words open no frame)


def _frames_at(ctx: Context, i: int) -> list[tuple[Frame, Match]]:
    """Every frame whose predicate starts at token ``i`` (a token of the draft), in the order of FRAMES."""
    cov = ctx.cover[i]
    constructions = ctx.constructions
    predicates = constructions.frame_predicates
    if not cov or "not_insult" in cov or cov.isdisjoint(predicates):
        return _NO_FRAMES
    out: list[tuple[Frame, Match]] = []
    before: set[str] | frozenset[str] | None = None  # the lists of the two words before, read once
    for frame, cat in constructions.plan(predicates & cov):  # (a frozenset: the left operand's type)
        if frame.marker:
            if before is None:
                before = ctx.covering(i - 1) | ctx.covering(i - 2)
            if frame.marker not in before:
                continue
        starting = ctx.starting_at(cat, i)
        if starting is not None:
            out.append((frame, starting))
    return out


def _derogatory(ctx: Context, frame: Frame, m: Match, g: Match, clause: int, end: int) -> bool:
    """Does the frame's predicate ``m`` derogate the subject ``g`` here?"""
    denied = _denied(ctx, m.first, frame.deniers) and not ctx.any_in(
        "asserts_by_denial", m.last + 1, min(end, m.last + 3)
    )  # "kalau tak menipu, tak sah"
    derogatory = denied if frame.polarity == "positive" else not denied
    if frame.unless_after and ctx.any_in(frame.unless_after, m.last + 1, min(end, m.last + 3)):
        return False  # "selalu nak membantu": a good habit
    if frame.polarity == "negative" and _passive(ctx, m.first, strict=True):
        return False  # "X dihina": X suffers it (not "X should be ashamed", "be" is a copula)
    if frame.needs and not any(
        not _denied(ctx, n.first, ("negator",)) for n in ctx.near(frame.needs, clause, m.first - 1)
    ):
        return False  # "tak hanya ... sahaja" is not dismissive
    if frame.at_end and not (
        m.last == ctx.sent_end[m.last] or ctx.break_after(m.last) or ctx.at(m.last + 1, "dismissive_end")
    ):
        return False  # the word must close the clause
    if frame.asked_with and not (
        _question(ctx, m.first)
        and (ctx.any_in(frame.asked_with, ctx.sent_start[g.first], g.first - 1) or ctx.at(m.last + 1, QUESTION_TAG))
    ):
        return False  # "Kenapalah X ni wujud?", "X ni manusia ke?": only asked, the being is questioned
    return derogatory


def _subject_frames(ctx: Context, cls: str, g: Match, denied_subject: bool = False) -> list[Abuse]:
    """The clause frames said of the group ``g``, the subject of its clause.
    With ``denied_subject`` ("No X ...", "Tiada X ..."), only a good quality said plainly derogates."""
    hits: list[Abuse] = []
    if not ctx.any_of_in(ctx.constructions.frame_predicates, g.last + 1, g.last + SUBJECT_REACH):
        return hits  # (no word that may carry a frame's predicate within reach: nothing to find; perf, issue 24)
    end, s1 = g.last + SUBJECT_REACH, ctx.sent_end[g.first]
    if end > s1:
        end = s1  # (min() without a call: asked of every subject)
    if end - g.last <= 1 and end + 1 < len(ctx.tokens) and not denied_subject:
        # "Pesara? Huh, beban negara je.": a group named on its own, what follows is said of it
        end = min(ctx.sent_end[end + 1], g.last + SUBJECT_REACH)
    loose = 0  # words since the subject (or the last clause mark) that are not the frame's bridge
    clause = i = after = g.last + 1
    cover, break_after, tokens = ctx.cover, ctx.break_after, ctx.tokens
    while i <= end:
        cov = cover[i]  # the word's lists, read once (i <= end: a token of the draft)
        if i > after and break_after(i - 1):
            if denied_subject:
                break  # "Bukan X ..., ramai yang rajin": the next clause speaks of others
            loose, clause = 0, i  # a new clause of the same subject: "X ni malas, tak pernah jujur"
            next_cov = ctx.covering(i + 1)
            if not cov.isdisjoint(_NEW_SUBJECT) and not (
                "contrast" in cov and next_cov and next_cov.isdisjoint(_NEW_SUBJECT)
            ):
                break  # another subject takes over (not "..., tetapi tidak menghargai ...": the same one goes on; a
                # word of no list after "tetapi" may be another's name: "..., tetapi majikan tidak ...")
        if "contrast" in cov or ("coordinator" in cov and loose <= 3):
            # "X suka menuntut hak tapi tak mahu bertanggungjawab": a new predicate of the same subject
            # ("and" only while the subject is near: not "live in crowded and dirty hostels")
            loose, clause = 0, i + 1
            i += 1
            continue
        # (most words carry no frame's predicate: not asked of _frames_at)
        candidates = _NO_FRAMES if cov.isdisjoint(ctx.constructions.frame_predicates) else _frames_at(ctx, i)
        # (a strict passive needs "di" or "kena" before the word, or its "di-": most words have neither)
        if (
            not candidates
            and cov.isdisjoint(_CLAUSE_GOES_ON)
            and (tokens[i].affixes or tokens[i - 1].norm in _PASSIVE_BEFORE)
            and _passive(ctx, i, strict=True)
            and not (
                "modal" in ctx.cover[i - 1]
                and "passive_marker" not in ctx.cover[i - 1]
                and ctx.at(i + 1, "place_preposition")
            )
        ):
            break  # "X di bully, tak adil": X suffers something; what follows is said of that (but in
            # "X patut dihantar ke hospital gila" where they are to be put says it)
        if "clause_stop" in cov or (not candidates and "bridge" not in cov and _transitive(ctx, i)):
            loose = SUBJECT_REACH  # what follows is said of another noun, until a new clause
        hit = None
        for frame, m in candidates:
            if denied_subject:
                if (
                    frame.denied_group and loose <= frame.reach and not ctx.any_in("negator", g.last + 1, m.first - 1)
                ):  # the group's own "tiada" aside
                    hits.append(Abuse(cls, frame.name, g.first, m.last, None, frame.name))
                    return hits
                continue
            if loose <= frame.reach and _derogatory(ctx, frame, m, g, clause, end):
                hit = _new_abuse(Abuse, (cls, frame.name, g.first, m.last, (m.first, m.last), frame.name))
                break
        if hit is not None:
            hits.append(hit)
            break
        if cov.isdisjoint(_NOT_LOOSE):
            loose += 1  # a word outside the frame's bridge (or a predicate that said nothing bad here)
        if candidates:
            i = max(m.last for _, m in candidates) + 1
            continue
        i += 1
    return hits


_PASSIVE_BEFORE = frozenset({"di", "kena"})  # the words before a verb that make it a strict passive (_passive)
# A passive word that is also one of these does not end the subject's clause (see _subject_frames).
_CLAUSE_GOES_ON = frozenset({"harm_verb", "bridge", "negator", "neg_deontic"})


def read_frames(ctx: Context, mentions: Mentions) -> list[Abuse]:
    """Every statement the frames ([[frame]]) find of the groups the draft names as subjects."""
    hits: list[Abuse] = []
    done_until = -1
    negated, specific = _mention_tests(ctx)
    for cls, g in mentions:
        if g.first <= done_until:
            continue  # "orang Islam" found as two mentions: one subject
        if _possessed(ctx, g) or _regarded(ctx, g):
            continue  # ("Nobody should treat X as criminals", "Police treat X as criminals": the constructions regarded_as_urged, regarded_as_imperative)
        if g.first in specific:
            continue  # (a report of some of them; "than a X" is the construction ranked_below's)
        if g.first in negated:
            # "No X can be a good leader", "Tiada X yang jujur": a good quality denied to all of them
            found = (
                [] if _governed(ctx, g) or _not_all_group(ctx, g) else _subject_frames(ctx, cls, g, denied_subject=True)
            )
            hits += found
            continue
        found = [] if _governed(ctx, g) else _subject_frames(ctx, cls, g)
        if found:
            hits += found
            done_until = found[-1].last
    return hits
