"""Judging meaning: derogatory, dehumanising or threatening statements.

Words alone do not decide. A statement is abusive when a *predicate* (an
insult, a derogatory attribute, a likening to animals, hatred, a wish of
harm, "never trust ...") is aimed at a *target* (a group of people or a
person) in the same sentence, and is

* not negated ("saya tidak benci ...", "they are not lazy", "bukan semua ..."),
* not counter-speech ("menyebut ... pemalas adalah rasis"),
* not a report about specific people ("dua warga asing ditahan"), and
* for harm, wished, urged or threatened ("patut dihalau", "halau semua",
  "aku nak bunuh"), not reported ("polis mengusir ...").

Each hit names the target class (race, religion, origin, politics, sex,
disability, age, orientation, or person) and the tokens that caused it;
rules choose the classes they enforce. Every loop looks only at a bounded
window around a word, so the cost is linear in the draft's length.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from .context import Context
from .judgement.constructions import QUESTION_TAG, Sequence
from .judgement.filters import question as _question
from .judgement.filters import regarded as _regarded
from .judgement.filters import same_clause as _same_clause
from .judgement.frames import FRAME_LISTS, read_frames
from .judgement.lists import GROUP_CLASSES, NEGATION_WINDOW, PREDICATES  # noqa: F401
from .judgement.lists import GROUP_OPENERS as _GROUP_OPENERS
from .judgement.lists import GROUP_WORDS as _GROUP_WORDS
from .judgement.mentions import Mentions
from .judgement.mentions import mentions as _mentions
from .judgement.mentions import mentions_after as _mentions_after
from .judgement.person import SAID_OF_GROUP
from .judgement.sequences import Anchors, run_sequence
from .judgement.statement import Abuse, _new_abuse
from .lexicon import Match

_HEAD_OR_QUANTIFIER = frozenset({"group_head", "quantifier"})
_JUDGEMENT = frozenset({"neg_trait", "derog_attr", "dehuman", "insult_strong"})
AFTER_WINDOW = 6  # words between a group and a predicate that follows it
BEFORE_WINDOW = 3  # words between a predicate and a group that follows it
CONTEXT_WINDOW = 30  # words around a hit that decide counter-speech, quotation and self-reference


_COMPLEMENTS = ("insult_strong", "insult_weak", "derog_attr", "dehuman")
_FAULTS = ("derog_attr", "insult_strong", "insult_weak", "neg_trait")  # a fault told of one of them or of all


def _regarded_complements(ctx: Context, mentions: Mentions) -> set[tuple[int, int]]:
    """The words a verb of regard says of a group ("call X parasites", "layan orang X macam binatang"):
    said of the group, whether urged, denied or told of others (:func:`_regarded`), so never a
    person's insult."""
    out: set[tuple[int, int]] = set()
    for _, g in _mentions_after(ctx, "regard_verb", 3):  # (_before_head steps over two head words at most)
        if _regarded(ctx, g):
            hi = min(ctx.sent_end[g.first], g.last + 2)
            out.update((p.first, p.last) for cat in _COMPLEMENTS for p in ctx.near(cat, g.last + 1, hi))
    return out


REBUTTAL_SENTENCES = 2  # sentences after a claim told as others' in which a rebuttal is looked for


def _rebutted_after(ctx: Context, s1: int) -> bool:
    """A word of counter_speech, claim_judgement or debunk in the REBUTTAL_SENTENCES sentences after
    the one that ends at token ``s1`` (each read at most 30 words)."""
    n = len(ctx.tokens)
    for _ in range(REBUTTAL_SENTENCES):
        if s1 + 1 >= n:
            return False
        lo, s1 = s1 + 1, ctx.sent_end[s1 + 1]
        hi = min(s1, lo + 30)
        if any(ctx.any_in(cat, lo, hi) for cat in ("counter_speech", "claim_judgement", "debunk")):
            return True
    return False


# The word lists without one of which in the draft _counter_speech finds none (each of its answers
# needs a word of one of them): a draft with none, however many quotation marks, is not read for it
# statement by statement. A test that comes to need another list must add it here:
# test_counter_speech_needs_its_words fails otherwise, given a draft that shows it.
_COUNTER_SPEECH_NEEDS = ("counter_speech", "claim_judgement", "who_says", "others_say", "saying_verb")


def _may_counter(ctx: Context) -> bool:
    """May :func:`_counter_speech` find any statement of the draft rejected? (O(1) per list.)"""
    return any(map(ctx.has, _COUNTER_SPEECH_NEEDS))


def _counter_speech(ctx: Context, h: Abuse) -> bool:
    """The sentence names the prejudice to reject it ("... adalah rasis").
    A negated label ("I'm not racist but ...") is not counter-speech."""
    if not _may_counter(ctx):
        return False  # (a draft of quotation marks sets every sentence aside: see _COUNTER_SPEECH_NEEDS)
    s0, s1 = ctx.sentence(h.first)
    if ctx.at(s0, "who_says") and (_question(ctx, s0) or ctx.any_in("rebuke", h.last + 1, s1)):
        return True  # "Who says X are lazy?", "Siapa cakap X tak guna?": asked to reject it; "Siapa yang
        # kata X sesat, tolong belajar hormat": whoever says it is rebuked
    if ctx.any_in("others_say", s0, min(s1, s0 + 2)) and h.first > s0 and _rebutted_after(ctx, s1):
        return True  # "Orang kata X malas. Saya kerja 10 tahun dengan mereka ... Stereotaip macam ni patut dibuang."
    if (
        s1 + 1 < len(ctx.tokens)
        and _question(ctx, h.first)
        and ctx.any_in("attributing_verb", max(s0, h.first - 3), h.first - 1)
        and any(
            ctx.any_in(cat, s1 + 1, min(ctx.sent_end[s1 + 1], s1 + 4)) for cat in ("counter_speech", "claim_judgement")
        )
    ):
        return True  # "Kenapa orang suka kata X malas? Itu stereotaip.": a saying asked about, then rejected
    if ctx.at(s0, "saying_verb") and h.first > s0:
        end = min(s1, h.last + CONTEXT_WINDOW)
        judged = sum(1 for k in range(h.first, end + 1) if not ctx.covering(k).isdisjoint(_JUDGEMENT))
        said = h.said[0] if h.said else -1
        if (
            judged >= 2
            or ctx.any_in("counter_speech", h.first, end)
            or ctx.any_in("claim_judgement", h.last + 1, end)
            or any(m.first != said for m in ctx.near("claim_judgement", h.first + 1, h.last))
        ):
            return True  # "Saying X are pests is disgusting", "... is just wrong", "Saying you hate X shows how
            # ignorant you are": the saying is judged (by a word that is not the claim's own predicate)
        for m in ctx.near("claim_judgement", h.first + 1, end):
            # "Saying X should die is disgusting": the saying is the subject ("is", not "X are")
            k = m.first - 1
            if ctx.tokens[k].norm not in _SAYING_COPULA and ctx.at(k, "bridge"):
                k -= 1  # "is just wrong"
            if ctx.tokens[k].norm in _SAYING_COPULA and ctx.covering(k - 1).isdisjoint(_GROUP_WORDS):
                return True
    lo_char = ctx.tokens[s0].start
    quoted = ctx.has_char(_QUOTES, lo_char - 2, ctx.tokens[h.first].start)
    if quoted:
        # "'X are scum' is a disgusting thing to say", "If you say 'X are animals', you are part of
        # the problem": the quoted claim is judged after it closes
        at = ctx.tokens[h.first].start
        # the first quotation mark at or after the statement, before its sentence ends: one bisect into
        # the marks' places (a find of each mark to the sentence's end, for every statement of one
        # endless sentence with quotes, was quadratic)
        marks = ctx.char_positions(_QUOTES)
        k = bisect_left(marks, at)
        closes = [marks[k]] if k < len(marks) and marks[k] < ctx.tokens[s1].end + 2 else []
        reach = min(s1, h.last + CONTEXT_WINDOW)
        if closes and min(closes) >= ctx.tokens[s1].end and s1 + 1 < len(ctx.tokens):
            # the quotation closes its sentence ("'X are vermin'? That is a vile thing to say."):
            # it may be judged in the next one
            reach = min(ctx.sent_end[s1 + 1], h.last + CONTEXT_WINDOW)
        if (
            closes
            and any(
                ctx.tokens[m.first].start > min(closes)
                for cat in ("claim_judgement", "counter_speech")
                for m in ctx.near(cat, h.first, reach)
            )
            and not any(ctx.tokens[m.first].start > min(closes) for m in ctx.near("endorsement", h.first, reach))
        ):
            return True  # (not when the claim is agreed with: "'X are vermin'? Yes, and a disgusting lot.")
    opens = not ctx.covering(h.first).isdisjoint(_GROUP_OPENERS)
    subject = h.target != "person" and h.first == s0 and opens and not quoted  # the group opens the sentence
    # the clause that says it, when it opens after the words before with "but" ("Call me racist but
    # X are thieves") or with a pronoun of its own after a comma ("Jangan cakap pasal X, [semuanya]
    # pengganas"; a group named again may still be what is rejected: "No proof, X are all thieves")
    own_clause = -1
    for k in range(max(h.first - 2, s0 + 1), (h.said[0] if h.said else h.last) + 1):
        cov = ctx.covering(k)
        if "contrast" in cov or (ctx.break_after(k - 1, ",;") and not cov.isdisjoint(_POINTING_BACK)):
            own_clause = k
    for c in ctx.near("counter_speech", max(s0, h.first - CONTEXT_WINDOW), min(s1, h.last + CONTEXT_WINDOW)):
        if subject and c.first > h.last:
            continue  # "X menjijikkan dan tak boleh diterima": said of X, not of a statement
        if c.last < own_clause or _earlier_clause(ctx, c, h):
            continue  # the words of an earlier clause do not reject what this one says
        if not _negator_reaches(ctx, c.first, max(s0, c.first - 2)):
            return True
    return False


def _earlier_clause(ctx: Context, c: Match, h: Abuse) -> bool:
    """Is the counter-speech word ``c`` inside an earlier clause than the statement ``h``, with
    words of its own ("I disagree with your plan, X are vermin", "Racist or not, X are lazy")?
    Not when it stands alone before the comma, naming what follows ("No proof, X are thieves"),
    nor when the statement's clause opens with a saying ("So racist, saying X are lazy")."""
    if c.last >= h.first or ctx.break_after(c.last, ",;"):
        return False
    cut = next((k for k in range(h.first - 1, c.last, -1) if ctx.break_after(k, ",;")), None)
    return cut is not None and not any(
        ctx.at(k, "saying_verb") or ctx.at(k, "attributing_verb") for k in range(cut + 1, h.first)
    )


def _negator_reaches(ctx: Context, i: int, lo: int) -> bool:
    """A negator among tokens [lo, i) with only bridge words between it and token ``i``: "not a
    racist", "bukan fitnah"; not "Berhentilah sebarkan fitnah", where the negator is the verb's."""
    for k in range(i - 1, lo - 1, -1):
        if ctx.at(k, "negator"):
            return True
        if not ctx.at(k, "bridge") and not ctx.at(k, "quantifier"):
            return False
    return False


_POINTING_BACK = frozenset({"group_pronoun", "sentence_pronoun"})  # "they", "mereka", "semuanya"
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
_SAYING_COPULA = frozenset({"is", "was", "adalah", "ialah", "merupakan"})  # a saying is one thing: "is", not "are"


def _quoted_report(ctx: Context, h: Abuse) -> bool:
    """The words are inside quotation marks in a sentence that reports or
    criticises them ("Kenyataan 'Melayu malas' itu dikritik")."""
    sentence_start, s1 = ctx.sentence(h.first)
    s0, s1 = max(sentence_start, h.first - CONTEXT_WINDOW), min(s1, h.last + CONTEXT_WINDOW)
    if not ctx.any_in("reporting", s0, s1):
        return False
    text = ctx.analysis.text
    lo = ctx.tokens[s0].start
    if s0 == sentence_start:
        lo = max(0, lo - 2)  # a quotation that opens the sentence: '"Kill all X" is what he shouted'
    start, end = ctx.tokens[h.first].start, ctx.tokens[h.last].end
    before = sum(text.count(q, lo, start) for q in _QUOTES if q != "\u2019")
    after = any(q in text[end : ctx.tokens[s1].end + 2] for q in _QUOTES)
    return before % 2 == 1 and after


# --------------------------------------------------------------------------
# Clause frames: what a clause says of the group that is its subject.
#
# A group named as the subject of a clause ("Orang X tu ...", "X ni semua ...")
# keeps that role until the sentence ends or another subject begins a clause.
# Each frame is a construction over the words that follow it: which word lists
# carry the predicate, whether the predicate is derogatory as it stands
# ("negative": a finding unless negated) or only when denied ("positive": "tak
# pernah jujur", "tak layak tinggal di sini"), which words deny it, and how many
# words that are not part of the clause's frame (``bridge``) may stand between
# the subject and the predicate ("X ni [memang] [selalu] malas"). Adding a
# construction, or a word to one, is a data edit here and in data/lexicon.toml.


# words that do not count against a frame's reach: the bridge, denials, likening words, group words
def _widen(ctx: Context, hits: list[Abuse]) -> None:
    """Spans cover the whole group phrase: "semua orang India", not "India" (a person's as found).
    The phrase's first word is found once for each first word of a hit (finders find a group's
    statements over again). In place: a widened statement replaces the one found, which is freed
    at once (a copy of the list, with the statements found beside their widened copies, was about
    5 bytes a character of a dense draft's peak memory)."""
    cover, sent_start = ctx.cover, ctx.sent_start
    opens: dict[int, int] = {}  # a hit's first token -> the first token of its group phrase
    for k, h in enumerate(hits):
        target, kind, found, last, _, construction = h
        if target == "person":
            continue
        first = opens.get(found)
        if first is None:
            first, lo = found, found - 3
            if lo < sent_start[found]:
                lo = sent_start[found]  # (max() without a call)
            while (
                first > lo and not cover[first - 1].isdisjoint(_HEAD_OR_QUANTIFIER) and not ctx.break_after(first - 1)
            ):
                first -= 1
            opens[found] = first
        if first != found:
            hits[k] = _new_abuse(Abuse, (target, kind, first, last, None, construction))


def _retracted(ctx: Context, h: Abuse) -> bool:
    """ "X tu gila, tapi aku sayang mereka": a mild word taken back with affection."""
    if h.kind not in ("insult_weak", "attribute", "habit", "derog_attr"):
        return False
    s1 = ctx.sent_end[h.first]
    for c in ctx.near("contrast", h.last + 1, min(s1, h.last + 3)):
        if ctx.any_in("affection", c.last + 1, min(s1, c.last + 4)):
            return True
    return False


ATTRIBUTION_WINDOW = 3  # words between the sayer and the verb, and between the verb and the claim
_SAYER_JUDGED = frozenset({"sayer_judgement", "counter_speech", "claim_judgement", "insult_strong", "insult_weak"})


def _attributed_and_judged(ctx: Context, h: Abuse) -> bool:
    """A claim put in someone else's mouth and judged: "People who call X apes are the real
    problem", "If you think X are terrorists, you need to get out more", "Orang yang kata X
    pencuri tu sebenarnya jahil". The claim follows a verb of saying or thinking whose subject
    is another ("you", "anyone who", "orang yang", not the writer), and after it the sentence
    judges that sayer; a judgement denied ("you are not wrong") or a word of agreement
    ("... is right") leaves the claim standing. Also a claim told as what someone else said
    ("When my uncle said X are thieves, I walked out"), with the writer's reaction after it."""
    if h.target == "person":
        return False
    s0, s1 = ctx.sentence(h.first)
    verbs = ctx.near("attributing_verb", max(s0, h.first - 1 - ATTRIBUTION_WINDOW), h.first - 1)
    if not verbs or not _same_clause(ctx, verbs[-1].last, h.first):
        return False
    v = verbs[-1]
    lo = max(s0, v.first - ATTRIBUTION_WINDOW - 1)
    # (the writer is the sayer when "I" stands alone between the two: "When I said ...", "Bila aku kata ...";
    # not in "When my uncle said ...", "Bila pakcik aku kata ...")
    told = [
        w
        for w in ctx.near("when_told", lo, v.first - 1)
        if not (v.first - 1 == w.last + 1 and ctx.at(v.first - 1, "first_person"))
    ]
    if not told and not ctx.any_in("sayer_other", max(s0, v.first - ATTRIBUTION_WINDOW), v.first - 1):
        return False
    if ctx.any_in("endorsement", h.last + 1, s1):
        return False
    end = min(s1, h.last + CONTEXT_WINDOW)  # (a bounded window after the claim, as the other filters read)
    if told and any(
        ctx.break_after(k) and ctx.any_in("first_person", k + 1, min(s1, k + 3)) for k in range(h.last, end)
    ):
        return True  # "When my uncle said X are thieves, I walked out": told as what someone else said, the
        # writer's reaction after it
    # the judgement follows the claim: after the hit, or after the claim's own first predicate when the
    # judgement was read as a second one ("Those who believe X are inferior are ignorant")
    claimed = next((k for k in range(h.first, h.last + 1) if not ctx.covering(k).isdisjoint(PREDICATES)), h.last)
    judged = [k for k in range(claimed + 1, end + 1) if not ctx.covering(k).isdisjoint(_SAYER_JUDGED)]
    # or the sayer judged before the saying: "I lost all respect for you when you called X scum"
    judged += [
        m.first for m in ctx.near("sayer_judgement", max(s0, h.first - CONTEXT_WINDOW), max(s0, v.first - 2) - 1)
    ]
    return any(not ctx.any_in("negator", max(s0, k - 2), k - 1) for k in judged)


# The finders of statements about groups. Each reads the draft alone (none sees another's
# results), so their order does not matter (a test runs them reversed); the personal insults
# are read after them, to leave out a word already said of a group, a slur or a harm.


_INSTEAD_OF: list[tuple[object, frozenset[str]]] = []  # (the sequences, the names their instead_of reads)


def _instead_of_names(sequences: object) -> frozenset[str]:
    """The names of the constructions that some construction's ``instead_of`` names (found once per
    set of constructions: the last one asked is kept)."""
    if not _INSTEAD_OF or _INSTEAD_OF[0][0] is not sequences:
        names = frozenset(n for seq in sequences for n in seq.instead_of)  # type: ignore[attr-defined]
        _INSTEAD_OF[:] = [(sequences, names)]
    return _INSTEAD_OF[0][1]


def _run(ctx: Context, seq: Sequence, found_at: Anchors) -> list[Abuse]:
    """The statements of one construction about a group (or a person), each naming it."""
    kind, name = seq.kind, seq.name
    # (made without the named tuple's __new__, a Python function: one per statement)
    return [
        _new_abuse(Abuse, (cls, kind, first, last, said, name))
        for cls, first, last, said in run_sequence(ctx, seq, found_at)
    ]


def find_abuse(ctx: Context) -> list[Abuse]:
    """Every abusive statement in the draft, in text order."""
    mentions = _mentions(ctx)[0]  # every group mention, found once
    hits: list[Abuse] = []
    hits += read_frames(ctx, mentions)  # (each names its frame, or the comparison that found it)
    # where the constructions read instead of others found a statement (only those are kept)
    found_at = Anchors(len(ctx.tokens), _instead_of_names(ctx.constructions.sequences))
    later = []  # the constructions that ask what was said of a group: read once every other one has been
    for seq in ctx.constructions.sequences:  # the constructions declared as data
        if not seq.about_group:
            continue  # (a rule's own: matchers.match_constructions)
        if seq.reads_said:
            later.append(seq)
            continue
        hits += _run(ctx, seq, found_at)
    said = {h[4] for h in hits}  # (Abuse.said, read without its name: a dense draft has many)
    said.discard(None)
    said |= _regarded_complements(ctx, mentions)
    ctx.analysis.cache[SAID_OF_GROUP] = said
    for seq in later:
        hits += _run(ctx, seq, found_at)
    _widen(ctx, hits)
    hits = _merge(ctx, hits)
    hits.sort(key=_LAST)  # (first, last) in two stable sorts: no key tuple per statement
    hits.sort(key=_FIRST)
    return hits


def _stands(ctx: Context, h: Abuse) -> bool:
    """Is the statement the writer's own: not counter-speech, not quoted to be reported or
    criticised, not taken back?"""
    return (
        not _counter_speech(ctx, h)
        and not _quoted_report(ctx, h)
        and not _retracted(ctx, h)
        and not _attributed_and_judged(ctx, h)
    )


# What each filter of _stands needs in the statement's sentence to set it aside: _counter_speech a
# word of "counter_speech", a saying verb or "who says" opening the sentence, or a quotation mark;
# _quoted_report a quotation mark; _retracted a word of "contrast"; _attributed_and_judged one of
# "attributing_verb". A filter that comes to need another word must add it here (or in
# _setting_aside): test_a_plain_sentence_needs_no_filter fails otherwise, given a draft that shows it.
_SETTING_ASIDE = ("counter_speech", "contrast", "attributing_verb")
_SETTING_ASIDE_FIRST = ("saying_verb", "who_says")  # ... when they open the sentence


def _setting_aside(ctx: Context) -> set[int]:
    """The sentences (by first token) that hold a word a filter of :func:`_stands` needs
    (_SETTING_ASIDE, _SETTING_ASIDE_FIRST opening it, a quotation mark): in any other, every
    statement stands. Found once per draft from those few words, not per statement or sentence."""
    sent_start = ctx.sent_start
    out = {sent_start[k] for cat in _SETTING_ASIDE for m in ctx.get(cat) for k in range(m.first, m.last + 1)}
    out.update(
        k
        for cat in _SETTING_ASIDE_FIRST
        for m in ctx.get(cat)
        for k in range(m.first, m.last + 1)
        if sent_start[k] == k
    )
    # the filters look from 2 characters before a sentence's first word to the end of its last
    out |= ctx.sentences_holding(_QUOTES, 2)
    return out


_TARGET, _FIRST, _LAST = itemgetter(0), itemgetter(2), itemgetter(3)  # (Abuse.target, .first, .last)


def _merge(ctx: Context, hits: list[Abuse]) -> list[Abuse]:
    """The statements that stand (:func:`_stands`), one finding per target and overlapping
    words: frames and finders may see the same statement. A statement inside the words of
    one already kept changes nothing whether it stands or not, so it is not read again
    (a dense draft repeats the same statement through several finders)."""
    # (target, first, -last) in three stable sorts, least significant first: a key tuple and a new
    # int per statement, held all through one sort, were a fifth of a dense draft's peak memory
    hits.sort(key=_LAST, reverse=True)  # (reverse keeps equal keys in their order)
    hits.sort(key=_FIRST)
    hits.sort(key=_TARGET)
    sent_start, setting_aside = ctx.sent_start, _setting_aside(ctx)
    out: list[Abuse] = []
    lasts: list[int] = []  # the last token of each kept statement, as the ones overlapping it widen it
    kept_target, reach = None, -1  # the last kept statement's target and lasts[-1]
    for h in hits:
        target, _, first, last, _, _ = h
        if target == kept_target and first <= reach:
            if last > reach and (sent_start[first] not in setting_aside or _stands(ctx, h)):
                reach = lasts[-1] = last
            continue
        if sent_start[first] not in setting_aside or _stands(ctx, h):
            out.append(h)
            lasts.append(last)
            kept_target, reach = target, last
    # a widened statement is made once, when every statement overlapping it has been read
    return [
        h if last == h.last else Abuse(h.target, h.kind, h.first, last, None, h.construction)
        for h, last in zip(out, lasts)
    ]


# Every word list of data/lexicon.toml that this module reads: the abuse matcher
# declares them, so a lexicon without one of them is refused when the rules load
# (a renamed list must not silently stop a construction).
WORD_LISTS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            *GROUP_CLASSES,
            *PREDICATES,
            *FRAME_LISTS,
            "slur",
            "negator",
            "neg_imperative",
            "generic_marker",
            "specific_marker",
            "copula",
            "modal",
            "volition",
            "first_person",
            "passive_marker",
            "person_target",
            "harm_intransitive",
            "harm_imperative",
            "pos_trust",
            "counter_speech",
            "object_slot",
            "insult_intro",
            "report_marker",
            "reporting",
            "self_reference",
            "self_singular",
            "seen_content",
            "group_pronoun",
            "group_head",
            "not_insult",
            "concern",
            "hortative",
            "opinion",
            "desire",
            "violence",
            "violent_manner",
            "rhetorical_neg",
            "honorific",
            "name_word",
            "place_word",
            "sentence_pronoun",
            "relative",
            "third_party",
            "counterfactual",
            "indifference",
            "object_preposition",
            "past_marker",
            "hate_phrase",
            "blame_marker",
            "saying_verb",
            "protector",
            "enemy",
            "if_clause",
            "none_of",
            "cause_marker",
            "all_problems",
            "existential",
            "whoever",
            "object_verb",
            "expect_from",
            "singular_pronoun",
            "because",
            "guard_valuables",
            "no_wonder",
            "typical_marker",
            "as_role",
            "refusal_answer",
            "regard_verb",
            "asserts_by_denial",
            "trouble_outcome",
            "neg_trait",
            "pos_trait",
            "object_noun",
            "place_preposition",
            "denies_quality",
            "indefinite_person",
            "harm_named_to",
            "harm_condemned",
            "claim_judgement",
            "innate_marker",
            "wherever_marker",
            "problem_noun",
            "never_met",
            "kept_from",
            "keep_verb",
            "trade_verb",
            "recipient_preposition",
            "too_many",
            "our_place",
            "unwilling",
            "only_marker",
            "mere_reason",
            "without",
            "thing_noun",
            "acceptance",
            "rhetorical_want",
            "exclamation",
            "attributing_verb",
            "sayer_other",
            "sayer_judgement",
            "endorsement",
            "exclamation_tail",
            "writer_leaves",
            "arrival_verb",
            "avoid_verb",
            "dwell_verb",
            "superlative_ask",
            "only_good",
            "gone_outcome",
            "only_thing",
            "good_at",
            "cause_of",
            "rather_die",
            QUESTION_TAG,
            "who_says",
            "rebuke",
            "others_say",
            "debunk",
            "office_word",
            "institution_word",
            "coordinator",
            "refuse_go",
            "presence",
            "approach_verb",
            "cleanse_verb",
            "when_told",
            "comparative",
            "than",
        )
    )
)
