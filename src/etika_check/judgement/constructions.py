"""Constructions as data: the model of data/constructions.toml and its validation.

Two shapes of construction share the file (docs-dev/constructions.md is the reference):

- a **frame** (``[[frame]]``) says what a clause says of the group that is its subject;
- a **sequence** (``[[sequence]]``) is an anchor word and parts found in order from it, each a
  group mention or a word of some lists, within a distance in words, passing named filters
  (:data:`FILTERS`).

:func:`parse_constructions` checks every entry (unknown key, word list, filter or part, a distance
out of range) and reports each problem naming the file, the construction and the key; the loader
(etika_check.ruledata) calls it with the lexicon, so a construction naming a list that does not
exist never loads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import RuleDataError
from ..lexicon import Match
from ..mention import mention
from .filters import (
    accepted_from,
    asked_of_others,
    before_head,
    called_for,
    clause_between,
    dealt_to,
    describes_noun,
    first_word,
    gov_domain_written,
    governed,
    in_opening_condition,
    in_reach_of,
    is_also,
    linked,
    names_group,
    negated,
    negated_group,
    negated_plainly,
    nominal,
    not_all,
    object_implicit,
    object_left_out,
    office_time,
    only_after,
    opens_clause,
    passive,
    passive_strict,
    question,
    refusal_qualified,
    regarded_before,
    regarded_like,
    same_clause,
    seen_done_by_others,
    singled_out,
    soon_after,
    soon_before,
    specific,
    starts_in,
    subject_between,
    subject_kept_to,
    suffers_after,
    thing_before_recipient,
    undergoes_after,
    urged,
)
from .licence import condemned, coordinated_negation, harm_passive, licensed, licensed_harm, own_object, someone_near
from .lists import GROUP_CLASSES
from .mentions import MENTION_KINDS, groups_near, mention_tests
from .person import (
    exclaimed,
    has_subject,
    heads_group,
    in_subject,
    insult_introduced,
    names_person,
    opinion_denied,
    said_of_group,
    said_of_thing,
    self_directed,
    specific_person,
)

FILE = "data/constructions.toml"
ENTRY = "construction"

# deniers computed from the clause rather than read from one word list:
# "modal_negator" is a negator after a modal in the same clause ("sepatutnya X tak ...")
COMPUTED_DENIERS = frozenset({"modal_negator"})
QUESTION_TAG = "question_tag"  # the word list of tags that ask a frame's question after it ("X ni manusia ke?")
MAX_REACH = 16  # the furthest distance in words a construction may name


@dataclass(frozen=True, slots=True)
class Frame:
    """One clause frame (``[[frame]]``; the reference says what each field means)."""

    name: str  # the construction's id, reported as the hit's kind
    about: tuple[str, str]  # (ms, en): what the construction is
    predicates: tuple[str, ...]  # word lists that carry the predicate
    polarity: str  # "negative": derogatory as it stands; "positive": derogatory when denied
    deniers: tuple[str, ...]  # word lists that deny the predicate
    reach: int  # words outside the bridge list allowed between subject and predicate
    marker: str = ""  # a word list one of whose words must stand just before the predicate
    needs: str = ""  # a word list one of whose words must stand between subject and predicate
    at_end: bool = False  # the predicate must close its clause ("X ni macam-macam.")
    unless_after: str = ""  # a word list that, just after the predicate, makes it praise
    denied_group: bool = False  # "No X can be ...": a finding when the group is denied and the quality not
    asked_with: str = ""  # a word list one of whose words must open the question the predicate ends
    examples_flag: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.name

    def word_lists(self) -> tuple[str, ...]:
        lists = (*self.predicates, *self.deniers, self.marker, self.needs, self.unless_after, self.asked_with)
        return tuple(c for c in lists if c and c not in COMPUTED_DENIERS)


# --------------------------------------------------------------------------
# sequences

# A filter: (what it reads, the function, what it says). "match": any word-list match or group
# mention; "group": a group mention; "pair": a part and the part named after its colon.
Filter = tuple[str, Callable[..., bool], str]


def _past(ctx: Any, m: Match) -> bool:
    # from the sentence's start to the end of its clause: "Semalam, kami serbu ..." is past; not a
    # past told in a later clause ("Esok ada serbuan di X, minggu lepas pun kami buat")
    return ctx.any_in("past_marker", ctx.sent_start[m.first], ctx.clause_end(m.last))


def _asked(ctx: Any, m: Match) -> bool:
    return question(ctx, m.first)


def _opens_sentence(ctx: Any, m: Match) -> bool:
    return m.first - ctx.sent_start[m.first] <= 1


def _closes_clause(ctx: Any, m: Match) -> bool:
    return m.last == ctx.sent_end[m.first] or ctx.break_after(m.last, ",;:!?")


def _mentioned(ctx: Any, m: Match) -> bool:
    tokens = ctx.tokens
    return mention(ctx.analysis, tokens[m.first].start, tokens[m.last].end) is not None


def _reported(ctx: Any, m: Match) -> bool:
    return ctx.in_sentence("reporting_or_fighting", m.first)


def _in_address(ctx: Any, m: Match) -> bool:
    start = ctx.tokens[m.first].start
    return start > 0 and ctx.analysis.text[start - 1] in "./@:"


def _unlisted(ctx: Any, m: Match) -> bool:
    return all(not ctx.covering(i) for i in range(m.first, m.last + 1))


def _group_in_sentence(ctx: Any, m: Match) -> bool:
    s0, s1 = ctx.sentence(m.first)
    return bool(groups_near(ctx, s0, s1))


def _denied_group(ctx: Any, g: Match) -> bool:
    # (a group mention's answer, found once per draft for every mention; a kind of anchor_mention's, here)
    return negated_group(ctx, g) if g.category in MENTION_KINDS else g.first in mention_tests(ctx)[0]


def _specific(ctx: Any, g: Match) -> bool:
    return specific(ctx, g) if g.category in MENTION_KINDS else g.first in mention_tests(ctx)[1]


def _group_follows(ctx: Any, m: Match) -> bool:
    """A group is named in the six words after it, in its sentence."""
    lo, hi = m.last + 1, min(ctx.sent_end[m.first], m.last + 6)
    return lo <= hi and bool(groups_near(ctx, lo, hi))


def _same_clause_pair(ctx: Any, a: Match, b: Match) -> bool:
    x, y = (a, b) if a.first <= b.first else (b, a)
    return same_clause(ctx, x.last, y.first)


def _before_in_clause(ctx: Any, a: Match, b: Match) -> bool:
    return a.last < b.first and same_clause(ctx, a.last, b.first)


def _relative_to(ctx: Any, a: Match, b: Match) -> bool:
    return a.first == b.last + 1 or (a.first > b.last and ctx.any_in("relative", b.last + 1, a.first - 1))


def _after_passive(ctx: Any, m: Match) -> bool:
    k = m.first - 1
    return k >= ctx.sent_start[m.first] and (passive(ctx, k) or "-ed" in ctx.tokens[k].affixes)


def _object_of(ctx: Any, a: Match, b: Match) -> bool:
    return a.first > b.last and before_head(ctx, a) == b.last


def _possessor_of(ctx: Any, a: Match, b: Match) -> bool:
    return a.first == b.last + 1 and ctx.at(a.first, "group_pronoun")


FILTERS: dict[str, Filter] = {
    "negated": ("match", negated, "a negator in the three words before it, in its clause"),
    "question": ("match", _asked, "its sentence ends with a question mark"),
    "past": (
        "match",
        _past,
        "its sentence tells of the past (a word of past_marker from its start to the end of its clause)",
    ),
    "opens_sentence": ("match", _opens_sentence, "it is the first or second word of its sentence"),
    "passive": (
        "match",
        lambda ctx, m: passive(ctx, m.first),
        "a passive verb ('dihina', 'kena tipu'): what someone suffers",
    ),
    "after_passive": ("match", _after_passive, "the word before it is a passive verb ('dimasak oleh', 'cooked by')"),
    "closes_clause": ("match", _closes_clause, "it ends its sentence, or a clause mark (, ; : ! ?) follows it"),
    "names_group": ("match", names_group, "the words name a group rather than say something of one"),
    "denied_group": ("group", _denied_group, "the group itself is denied: 'no X', 'not all X', 'tiada X'"),
    "specific": ("group", _specific, "a count or one person before the group: a report of some, not all"),
    "singled_out": (
        "group",
        singled_out,
        "an age word naming one person by a demonstrative after it ('budak praktikal tu'): a colleague, not the group",
    ),
    "describes_noun": ("group", describes_noun, "the group word describes a noun after it ('the Malay boy')"),
    "governed": ("group", governed, "the group is not the subject of its clause ('terhadap orang X')"),
    "mentioned": (
        "match",
        _mentioned,
        "it is named, not done: a warning, prohibition, report or rule before it (etika_check.mention)",
    ),
    "reported": (
        "match",
        _reported,
        "its sentence reports a case or fights the act: a court, a charge, an arrest, a campaign (reporting_or_fighting)",
    ),
    "in_address": ("match", _in_address, "it is part of an address or a link ('my' of 'gov.my')"),
    "unlisted": ("match", _unlisted, "its words are in no word list (a name, not a word the lexicon knows)"),
    "group_in_sentence": (
        "match",
        _group_in_sentence,
        "its sentence names a group (an attack on a group, not an officer's act)",
    ),
    "same_clause": ("pair", _same_clause_pair, "no clause mark (, ; :) between it and the part named"),
    "relative_to": (
        "pair",
        _relative_to,
        "it follows the part named at once, or with a relative ('yang', 'who') between",
    ),
    "object_of": ("pair", _object_of, "the group's phrase opens right after the part named ('oleh [orang] X')"),
    "has_subject": (
        "match",
        has_subject,
        "a noun phrase is found that it is said of, closed by a demonstrative or copula ('X tu memang ...')",
    ),
    "in_subject": (
        "pair",
        in_subject,
        "it is in the noun phrase the part named is said of ('[Pegawai baru dari unit IT] tu memang pemalas')",
    ),
    "names_person": (
        "match",
        names_person,
        "a capitalised word that names a person: not a sentence's first word, or followed by where they work ('Aisyah dari HR')",
    ),
    "possessor_of": (
        "pair",
        _possessor_of,
        "a pronoun right after the part named, whose owner it says ('dompet mereka')",
    ),
    "regarded_like": (
        "group",
        regarded_like,
        "the group is the object of a verb of regard, likened to something ('layan X macam binatang'): how they are treated, not whether",
    ),
    "only_after": ("match", only_after, "a word of only_marker right after it ('kepada X sahaja'): not them alone"),
    "refusal_qualified": (
        "match",
        refusal_qualified,
        "a refusal of a reason or of exclusivity, not of the group ('just because they are X', 'not only X')",
    ),
    "object_left_out": (
        "match",
        object_left_out,
        "the verb's object is left out, a pronoun or a manner ('bunuh je', 'kill him', 'sampai mati')",
    ),
    "in_opening_condition": (
        "group",
        in_opening_condition,
        "the group is named early in a condition that opens its sentence ('Kalau kedai tu orang X punya, ...')",
    ),
    "dealt_to": (
        "pair",
        dealt_to,
        "the group is the one the part named is done to: its object, or named by a recipient preposition ('jual rumah kepada X')",
    ),
    "negated_plainly": (
        "match",
        negated_plainly,
        "negated, and not a negative of its own ('tak sanggup', 'never let' keep their sense)",
    ),
    "starts_in": ("pair", starts_in, "it ends at or after the first word of the part named: not before it"),
    "clause_between": (
        "pair",
        clause_between,
        "it follows the part named with a word that opens another clause between them (not a preposition)",
    ),
    "thing_before_recipient": (
        "pair",
        thing_before_recipient,
        "a thing between the part named and the group's preposition ('can't accept gifts from X'): the group gives it",
    ),
    "urged": ("match", urged, "a word of neg_imperative in the two words before it ('jangan percaya', 'never trust')"),
    "first_word": ("match", first_word, "it is the first word of its sentence ('Treat X as ...': an imperative)"),
    "sentence_has": (
        "list",
        lambda ctx, m, cat: ctx.in_sentence(cat, m.first),
        "a word of the word list named is in its sentence ('sentence_has:person_target')",
    ),
    "short_sentence": (
        "match",
        lambda ctx, m: ctx.sent_end[m.first] - ctx.sent_start[m.first] <= SHORT_SENTENCE,
        "its sentence has at most 11 words (a question of a few words: 'A X as a boss?')",
    ),
    "opens_clause": (
        "match",
        opens_clause,
        "a clause mark (, ; :) or a word of because right before it: it opens a clause of its own",
    ),
    "soon_after": (
        "list",
        soon_after,
        "a word of the word list named in the three words before it, in its sentence ('soon_after:singular_pronoun')",
    ),
    "soon_before": (
        "list",
        soon_before,
        "a word of the word list named in the three words after it, in its sentence ('soon_before:another_day')",
    ),
    "overlaps": (
        "pair",
        lambda ctx, m, other: m.first <= other.last and other.first <= m.last,
        "it shares a word with the part named (a group word inside a slur)",
    ),
    "linked": (
        "pair",
        linked,
        "what the part named says is said of the group: next to it, or joined by a copula or 'semua' ('X memang malas', 'penipu semua orang X'), in one clause",
    ),
    "not_all": ("match", not_all, "'bukan semua ...', 'not all ...' before it: the generalisation itself is denied"),
    "undergoes_after": (
        "pair",
        undergoes_after,
        "the group follows the part named and undergoes a passive that is no favour ('Pathetic how X are treated')",
    ),
    "regarded_before": (
        "pair",
        regarded_before,
        "the group stands before the part named as the object of a verb of regard ('treat X as ...')",
    ),
    "is_also": ("list", is_also, "its words are also a match of the word list named, the same words ('is_also:slur')"),
    "licensed": (
        "match",
        lambda ctx, m: licensed(ctx, m),
        "a harm wished, urged or threatened ('halau mereka', 'we should', 'aku nak'), not reported, feared or denied (judgement.licence)",
    ),
    "in_reach_of": (
        "pair",
        in_reach_of,
        "the group is in the clause of the part named, or addressed at its sentence's end ('Get lost, X.')",
    ),
    "nominal": ("match", nominal, "a noun made of the verb ('kebencian', 'hatred'): the act named, not done"),
    "asked_of_others": (
        "match",
        asked_of_others,
        "'Why do people hate X so much?': a third party just before it, in a question",
    ),
    "seen_done_by_others": (
        "match",
        seen_done_by_others,
        "'tengok komen orang maki X': a third party right before it, after seeing or posted content",
    ),
    "suffers_after": (
        "group",
        suffers_after,
        "a passive or a harm verb in the three words after the group: what they suffer",
    ),
    "subject_between": (
        "pair",
        subject_between,
        "between the part named and the group, a word that opens a new subject other than the writer ('tak suka kalau X dihina')",
    ),
    "subject_kept_to": (
        "pair",
        subject_kept_to,
        "no new subject opens between the group and the part named after it, or the writer stands there ('X ni macam-macam, aku tak suka')",
    ),
    "accepted_from": (
        "pair",
        accepted_from,
        "an acceptance (the part named) of a thing the group gives ('menerima hadiah daripada X')",
    ),
    "group_follows": ("match", _group_follows, "a group is named in the six words after it, in its sentence"),
    "passive_strict": ("match", passive_strict, "a Malay passive ('dibenci', 'kena benci'), not 'be' or 'get'"),
    "coordinated_negation": (
        "match",
        coordinated_negation,
        "a negator before a coordination that holds it: 'jangan [jadi kiasu dan takut]'",
    ),
    "said_of_group": (
        "match",
        said_of_group,
        "its words were said of a group (or are a slur, or a harm) by a construction about a group: the constructions that ask it are read after all others",
    ),
    "said_of_thing": (
        "match",
        said_of_thing,
        "the insult is said of a thing ('Sistem ni bodoh betul', 'bangang punya printer')",
    ),
    "exclaimed": (
        "match",
        exclaimed,
        "an exclamation closed by its own mark, no one near to aim it at ('Sial, hujan lagi.')",
    ),
    "self_directed": (
        "match",
        self_directed,
        "the writer speaks of themself, no one else named ('Bodoh sangat saya hari ni')",
    ),
    "opinion_denied": (
        "match",
        opinion_denied,
        "an opinion denied before it, in its clause ('Aku tak rasa dia tamak')",
    ),
    "specific_person": (
        "match",
        specific_person,
        "a count or an article before it reports of one ('seorang penipu ditahan')",
    ),
    "heads_group": (
        "match",
        heads_group,
        "the person word heads a group phrase ('orang [X]', 'trans people'): what is said of it is said of the group",
    ),
    "insult_introduced": (
        "match",
        insult_introduced,
        "a word of insult_intro in the two words before it ('dasar bodoh', 'you idiot')",
    ),
    "someone_near": (
        "match",
        someone_near,
        "a group named near the harm word (from the sentence before, 12 words back, to 7 after) or a person right after it: asked first, it spares the rest",
    ),
    "harm_passive": (
        "match",
        harm_passive,
        "the harm is suffered by its subject: 'dihalau', 'mampus', 'kena halau', 'get a beating'",
    ),
    "licensed_harm": ("match", licensed_harm, "licensed, read in the harm's own voice (harm_passive)"),
    "own_object": (
        "match",
        own_object,
        "an animal or a thing right after the harm verb, then a word that gives the rest another role ('sembelih kambing untuk orang X')",
    ),
    "condemned": (
        "match",
        condemned,
        "the harm named to someone and condemned after it ('Attacks on X have no place here')",
    ),
    "object_implicit": (
        "match",
        object_implicit,
        "the verb's object is left out or a pronoun ('bunuh je', 'kill them all', 'halau!')",
    ),
    "opens_with": (
        "list",
        lambda ctx, m, cat: ctx.at(m.first, cat),
        "a word of the word list named covers its first word",
    ),
    "ends_before": ("pair", lambda ctx, m, other: m.last < other.first, "it ends before the part named begins"),
    "followed_by": (
        "list",
        lambda ctx, m, cat: ctx.at(m.last + 1, cat),
        "the word right after it is in the word list named ('followed_by:likening')",
    ),
    "preceded_by": (
        "list",
        lambda ctx, m, cat: ctx.at(m.first - 1, cat),
        "the word right before it is in the word list named ('preceded_by:honorific')",
    ),
    "before_in_clause": (
        "pair",
        _before_in_clause,
        "it stands before the part named, in the same clause (its subject)",
    ),
    "gov_domain_written": (
        "match",
        gov_domain_written,
        "it opens a government e-mail domain written without its user name: '@perlis.gov.my', '.gov.my'",
    ),
    "office_time": (
        "match",
        office_time,
        "a time of day inside office hours: 'pukul 10.30 pagi', '2:45pm' (not the 1-2pm rest hour)",
    ),
    "called_for": (
        "match",
        called_for,
        "it is called for, not told: a modal or call to act before it, the writer's will, or an order",
    ),
}
SHORT_SENTENCE = 10  # short_sentence: at most this many words after its first
TAKES = ("first", "last", "first_passing", "last_passing", "all")


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _secret_like(text: str) -> bool:
    """A password or key as people write one: five characters or more, letters with digits or a
    symbol ("Ali@1234", "s3cr3t", "kucing88")."""
    if len(text) < 5:
        return False
    if "@" in text[1:] and "." in text.split("@", 1)[1]:
        return False  # an e-mail address, not a password
    letters = any(ch.isalpha() for ch in text)
    return letters and (_has_digit(text) or any(ch in "@#$%&*!?_+=" for ch in text))


_AMOUNT_PREFIX = ("rm", "usd", "$", "sgd")
_AMOUNT_SUFFIX = ("k", "m", "mil", "juta", "ribu", "bil")


def _amount(text: str) -> bool:
    """A sum of money as people write one: "RM1.2", "RM450k", "440k", "$3m" (a prefix of currency or
    a suffix of thousands or millions on a number)."""
    low = text.lower()
    pre = next((p for p in _AMOUNT_PREFIX if low.startswith(p)), "")
    rest = low[len(pre) :]
    suf = next((s for s in _AMOUNT_SUFFIX if rest.endswith(s) and rest[: -len(s)][-1:].isdigit()), "")
    core = rest[: len(rest) - len(suf)] if suf else rest
    return bool(core) and core[0].isdigit() and all(ch.isdigit() or ch in ".," for ch in core) and bool(pre or suf)


def _file_reference(text: str) -> bool:
    """An official file reference: capitals and dots or brackets, then numbers joined by slashes
    ("KE.HT(S)100/23/1", "JKDM.PL/200/14/7")."""
    if text.count("/") < 2 or not text[:1].isupper() or not any(ch in ".()" for ch in text):
        return False
    head = text.split("/", 1)[0]
    return any(ch.isdigit() for ch in head) or any(ch.isdigit() for ch in text.split("/")[1][:1])


_CLOCK = re.compile(r"\d{1,2}([.:]\d{2})?(am|pm|a\.m|p\.m)|\d{1,2}[.:]\d{2}(?!\d)", re.I)


_KEYPAD = re.compile(r"\d{1,3}(?:[-.]\d{1,3}){2,}(?:-?[#*])?|\d{3,8}[#*]")


def _keypad(text: str) -> bool:
    """A code keyed on a door's keypad or a safe's dial: digits in groups joined by dashes, or ending
    with # or * ("8-2-9-1-#", "38-12-27", "4455#"); not a date with a year of four digits."""
    return bool(_KEYPAD.fullmatch(text))


def _clock(text: str) -> bool:
    """A time of day: "8pm", "4am", "10.30", "22:00", "8pm-midnight"."""
    return bool(_CLOCK.search(text)) and "/" not in text


# A word's shape, for a part that looks for a kind of word no word list can hold (a number, a
# password): name -> (test of the token's text as written, what it means).
SHAPES: dict[str, tuple[Callable[[str], bool], str]] = {
    "number": (lambda t: t.isdigit(), "a number written in digits"),
    "with_digits": (_has_digit, "a word holding a digit ('10.30', 'KE100', 'ali123')"),
    "secret": (_secret_like, "a password or key as people write one: letters with digits or a symbol"),
    "code": (lambda t: t.isdigit() and 4 <= len(t) <= 8, "a code of 4 to 8 digits (a PIN, a one-time code)"),
    "capitalised": (lambda t: t[:1].isupper(), "a word that opens with a capital (a name, a place)"),
    "amount": (_amount, "a sum of money: 'RM1.2', 'RM450k', '440k'"),
    "file_reference": (_file_reference, "an official file reference: 'KE.HT(S)100/23/1'"),
    "official_email": (
        lambda t: "@" in t[1:] and t.lower().rstrip(".").endswith(".gov.my"),
        "a government e-mail address ('ali@customs.gov.my')",
    ),
    "keypad": (_keypad, "a door, keypad or safe code: '8-2-9-1-#', '38-12-27', '4455#'"),
    "clock": (_clock, "a time of day: '8pm', '10.30', '22:00'"),
    "word": (lambda t: True, "any word"),
}


# A named filter compiled when the rules load: (its function, how it reads, the part or word list
# after its colon), so the interpreter looks nothing up by name per word
Check = tuple[Callable[..., bool], int, str]
SINGLE_FILTER, LIST_FILTER, PAIR_FILTER = 0, 1, 2


# The anchor filters that answer by a lookup (a set, a word or two at the anchor): the interpreter asks
# them of an anchor before looking for its parts. "said_of_group": a person's insult where the group
# constructions already found the words said of a group (in a draft about groups, most of them).
ASKED_FIRST = frozenset({"said_of_group"})


def compile_filters(filters: tuple[tuple[str, str], ...]) -> tuple[Check, ...]:
    """The named filters (name, argument) as the interpreter calls them."""
    out = []
    for name, other in filters:
        reads, fn = FILTERS[name][:2]
        out.append((fn, SINGLE_FILTER if not other else LIST_FILTER if reads == "list" else PAIR_FILTER, other))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a sequence: what is found, where, which of what is found, and its filters."""

    name: str
    group: bool  # a group mention (else a word of ``lists``, or a word of ``shape``)
    lists: tuple[str, ...]
    ref: str  # the part (or "anchor") the window is measured from
    side: str  # "after", "before" or "around"
    within: tuple[int, int]  # (words before, words after) the reference; -1: to the sentence's bound;
    # -2: the sentence before (or after) the reference's
    take: str
    require: tuple[tuple[str, str], ...]  # (filter, other part or "") that must hold
    refuse: tuple[tuple[str, str], ...]  # ... that must not hold
    where: tuple[tuple[str, str], ...] = ()  # ... that every candidate must hold before one is taken
    except_classes: tuple[str, ...] = ()
    between_only: tuple[str, ...] = ()  # every word between it and its reference is in one of these
    between_none: tuple[str, ...] = ()  # ... and in none of these
    shape: str = ""  # a word of this shape (SHAPES) instead of a group or a word of lists
    optional: bool = False  # when none is found, the construction goes on without it
    until: str = ""  # an earlier part: the window ends before it
    across: bool = False  # a window before its reference may reach back into the sentence before
    require_checks: tuple[Check, ...] = field(init=False, repr=False, compare=False)
    refuse_checks: tuple[Check, ...] = field(init=False, repr=False, compare=False)
    where_checks: tuple[Check, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "require_checks", compile_filters(self.require))
        object.__setattr__(self, "refuse_checks", compile_filters(self.refuse))
        object.__setattr__(self, "where_checks", compile_filters(self.where))


@dataclass(frozen=True, slots=True)
class Lead:
    """The words of the anchor's clause before it, at most ``within`` back (from the opening of the
    clause that word is in): each in one of ``only`` (when given), some in ``some`` (when given),
    none in ``none``. "Kita kena elak ...", not "Dia elak ...": who shuns, urged or told of."""

    within: int
    only: tuple[str, ...] = ()
    some: tuple[str, ...] = ()
    none: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sequence:
    """One ``[[sequence]]``: an anchor and parts found from it in order."""

    name: str
    about: tuple[str, str]
    kind: str
    anchor: tuple[str, ...]
    anchor_require: tuple[tuple[str, str], ...]  # (filter, its word list or "")
    anchor_refuse: tuple[tuple[str, str], ...]
    parts: tuple[Part, ...]
    span: tuple[str, ...]
    examples_flag: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()
    rule: str = ""  # a construction about no group: the rule whose findings it gives
    lead: Lead | None = None  # what the words of the anchor's clause before it may, must, must not be
    anchor_mention: str = ""  # instead of words of lists, the anchor is a group mention of this kind (MENTION_KINDS)
    target: str = ""  # the group class when the (optional) group part is not found
    said: str = ""  # the part whose words are said of the group: never also read as a person's insult
    instead_of: tuple[str, ...] = ()  # tried at an anchor only where these constructions found nothing
    anchor_require_checks: tuple[Check, ...] = field(init=False, repr=False, compare=False)
    anchor_refuse_first_checks: tuple[Check, ...] = field(init=False, repr=False, compare=False)
    anchor_refuse_checks: tuple[Check, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "anchor_require_checks", compile_filters(self.anchor_require))
        # the anchor's refusing filters that cost a lookup are asked before the parts are looked for,
        # the others after (most anchors of a dense draft lack a part); the answer is the same
        first = tuple(f for f in self.anchor_refuse if f[0] in ASKED_FIRST)
        object.__setattr__(self, "anchor_refuse_first_checks", compile_filters(first))
        object.__setattr__(
            self, "anchor_refuse_checks", compile_filters(tuple(f for f in self.anchor_refuse if f not in first))
        )

    @property
    def id(self) -> str:
        return self.name

    @property
    def reads_said(self) -> bool:
        """Does it ask what the others said of a group (said_of_group)? Then it is read after them."""
        return any(f == "said_of_group" for f, _ in (*self.anchor_require, *self.anchor_refuse))

    @property
    def about_group(self) -> bool:
        """Is it about a group (read by the "abuse" matcher)? Otherwise it names its ``rule``."""
        return bool(self.anchor_mention or self.target) or any(p.group for p in self.parts)

    def word_lists(self) -> tuple[str, ...]:
        out = [*self.anchor]
        if self.lead is not None:
            out += [*self.lead.only, *self.lead.some, *self.lead.none]
        filters = [*self.anchor_require, *self.anchor_refuse]
        for p in self.parts:
            out += [*p.lists, *p.between_only, *p.between_none]
            filters += [*p.require, *p.refuse, *p.where]
        out += [arg for name, arg in filters if arg and FILTERS[name][0] == "list"]  # ("preceded_by:shielded_from")
        return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class Constructions:
    """The constructions of one rule set, compiled once when the rules load."""

    frames: tuple[Frame, ...]
    sequences: tuple[Sequence, ...]
    frame_predicates: frozenset[str] = field(init=False)
    _plans: dict[frozenset[str], tuple[tuple[Frame, str], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "frame_predicates", frozenset(c for f in self.frames for c in f.predicates))
        object.__setattr__(self, "_plans", {})

    def __iter__(self) -> Iterator[Frame | Sequence]:
        return iter((*self.frames, *self.sequences))

    def plan(self, predicates: frozenset[str]) -> tuple[tuple[Frame, str], ...]:
        """The (frame, predicate list) pairs a word in ``predicates`` may open, in the order of the
        frames and of each frame's predicates: worked out once per set of lists."""
        found = self._plans.get(predicates)
        if found is None:
            found = self._plans[predicates] = tuple(
                (frame, cat) for frame in self.frames for cat in frame.predicates if cat in predicates
            )
        return found

    def word_lists(self) -> tuple[str, ...]:
        """Every word list the constructions name (the lexicon must hold each)."""
        return tuple(dict.fromkeys(c for entry in self for c in entry.word_lists()))

    def get(self, name: str) -> Frame | Sequence:
        for entry in self:
            if entry.name == name:
                return entry
        raise KeyError(name)


# --------------------------------------------------------------------------
# reading and checking

_FRAME_KEYS = {
    "name": str,
    "about": dict,
    "predicates": list,
    "polarity": str,
    "deniers": list,
    "reach": int,
    "marker": str,
    "needs": str,
    "at_end": bool,
    "unless_after": str,
    "denied_group": bool,
    "asked_with": str,
    "examples": dict,
}
_FRAME_REQUIRED = ("name", "about", "predicates", "polarity", "deniers", "reach")
_SEQ_KEYS = {
    "name": str,
    "about": dict,
    "kind": str,
    "anchor": list,
    "anchor_if": list,
    "anchor_unless": list,
    "part": list,
    "span": list,
    "examples": dict,
    "rule": str,
    "lead": dict,
    "anchor_mention": str,
    "target": str,
    "said": str,
    "instead_of": list,
}
_LEAD_KEYS = {"within": int, "only": list, "some": list, "none": list}
_SEQ_REQUIRED = ("name", "about", "kind", "span")
_PART_KEYS = {
    "name": str,
    "group": bool,
    "lists": list,
    "shape": str,
    "after": str,
    "before": str,
    "around": str,
    "within": (int, list, str),
    "take": str,
    "if": list,
    "unless": list,
    "except_classes": list,
    "between_only": list,
    "between_none": list,
    "optional": bool,
    "until": str,
    "where": list,
    "across": bool,
}


class _Check:
    def __init__(self, label: str, lexicon: Mapping[str, Any] | None):
        self.label, self.lexicon, self.problems = label, lexicon, []  # type: ignore[var-annotated]

    def add(self, name: str, key: str, problem: str) -> None:
        self.problems.append(RuleDataError(self.label, problem, name, key, ENTRY))

    def keys(
        self, name: str, entry: Mapping[str, Any], known: Mapping[str, Any], required: tuple[str, ...], prefix: str = ""
    ) -> bool:
        ok = True
        for key in required:
            if key not in entry:
                self.add(name, prefix + key, "missing")
                ok = False
        for key, value in entry.items():
            want = known.get(key)
            if want is None:
                self.add(name, prefix + key, f"unknown key; known: {', '.join(known)}")
                ok = False
            elif not isinstance(value, want) or (want is int and isinstance(value, bool)):
                names = " or ".join(t.__name__ for t in (want if isinstance(want, tuple) else (want,)))
                self.add(name, prefix + key, f"must be {names}")
                ok = False
        return ok

    def lists(self, name: str, key: str, value: Any, allow: frozenset[str] = frozenset(), empty: bool = True) -> bool:
        if not isinstance(value, list) or not all(isinstance(c, str) and c for c in value):
            self.add(name, key, "must list word-list names")
            return False
        if not empty and not value:
            self.add(name, key, "must name at least one word list")
            return False
        return all(self.known_list(name, key, c, allow) for c in value)

    def known_list(self, name: str, key: str, cat: str, allow: frozenset[str] = frozenset()) -> bool:
        if self.lexicon is not None and cat not in self.lexicon and cat not in allow:
            self.add(name, key, f"unknown word list '{cat}' (see data/lexicon.toml)")
            return False
        return True

    def about(self, name: str, about: Mapping[str, Any]) -> bool:
        if not (isinstance(about.get("ms"), str) and isinstance(about.get("en"), str) and about["ms"] and about["en"]):
            self.add(name, "about", "needs ms and en")
            return False
        return True

    def examples(self, name: str, ex: Mapping[str, Any]) -> bool:
        if not all(
            isinstance(ex.get(k, []), list) and all(isinstance(t, str) for t in ex.get(k, [])) for k in ("flag", "pass")
        ) or set(ex) - {"flag", "pass"}:
            self.add(name, "examples", "must be { flag = [...], pass = [...] }")
            return False
        return True


def _frame(e: Mapping[str, Any], name: str, check: _Check) -> Frame | None:
    if not check.keys(name, e, _FRAME_KEYS, _FRAME_REQUIRED):
        return None
    ok = check.lists(name, "predicates", e["predicates"], empty=False)
    ok &= check.lists(name, "deniers", e["deniers"], COMPUTED_DENIERS)
    for key in ("marker", "needs", "unless_after", "asked_with"):
        if e.get(key):
            ok &= check.known_list(name, key, e[key])
    if e["polarity"] not in ("negative", "positive"):
        check.add(name, "polarity", "must be 'negative' or 'positive'")
        ok = False
    if not 0 <= e["reach"] <= MAX_REACH:
        check.add(name, "reach", f"must be between 0 and {MAX_REACH}")
        ok = False
    ok &= check.about(name, e["about"]) & check.examples(name, e.get("examples", {}))
    if not ok:
        return None
    about, ex = e["about"], e.get("examples", {})
    return Frame(
        e["name"],
        (about["ms"], about["en"]),
        tuple(e["predicates"]),
        e["polarity"],
        tuple(e["deniers"]),
        e["reach"],
        e.get("marker", ""),
        e.get("needs", ""),
        e.get("at_end", False),
        e.get("unless_after", ""),
        e.get("denied_group", False),
        e.get("asked_with", ""),
        tuple(ex.get("flag", ())),
        tuple(ex.get("pass", ())),
    )


def _filters(
    name: str, key: str, value: list[Any], group: bool, parts: set[str], check: _Check, pairs_allowed: bool = True
) -> tuple[tuple[str, str], ...] | None:
    out: list[tuple[str, str]] = []
    ok = True
    for item in value:
        fname, _, other = str(item).partition(":")
        spec = FILTERS.get(fname)
        if not isinstance(item, str) or spec is None:
            check.add(name, key, f"unknown filter '{item}'; known: {', '.join(FILTERS)}")
            ok = False
            continue
        reads = spec[0]
        if reads == "list":
            if not other:
                check.add(name, key, f"filter '{fname}' needs a word list after a colon ('{fname}:likening')")
                ok = False
                continue
            if not check.known_list(name, key, other):
                ok = False
                continue
        elif reads == "pair":
            if not pairs_allowed or other not in parts:
                check.add(name, key, f"filter '{fname}' needs an earlier part after a colon ('{fname}:anchor')")
                ok = False
                continue
        elif other:
            check.add(name, key, f"filter '{fname}' takes no part")
            ok = False
            continue
        elif reads == "group" and not group:
            check.add(name, key, f"filter '{fname}' reads a group mention: only for a part with group = true")
            ok = False
            continue
        out.append((fname, other))
    return tuple(out) if ok else None


def _part(
    p: Any, n: int, name: str, seen: set[str], check: _Check, optional: set[str], group_may_lack: bool = False
) -> Part | None:
    key = f"part[{n}]."
    if not isinstance(p, dict):
        check.add(name, f"part[{n}]", "each part must be a table")
        return None
    if not check.keys(name, p, _PART_KEYS, ("name",), key):
        return None
    pname = p["name"]
    ok = True
    if pname in seen or pname == "anchor":
        check.add(name, key + "name", "two parts with this name" if pname in seen else "'anchor' names the anchor")
        ok = False
    group = p.get("group", False)
    if [bool(group), "lists" in p, "shape" in p].count(True) != 1:
        check.add(
            name,
            key + "group",
            "a part is a group (group = true), words of lists (lists = [...]) "
            'or words of a shape (shape = "..."), one of them',
        )
        return None
    if "lists" in p:
        ok &= check.lists(name, key + "lists", p["lists"], empty=False)
    if "shape" in p and p["shape"] not in SHAPES:
        check.add(name, key + "shape", f"unknown shape '{p['shape']}'; known: {', '.join(SHAPES)}")
        ok = False
    sides = [s for s in ("after", "before", "around") if s in p]
    if len(sides) != 1:
        check.add(name, key + "after", "give exactly one of after, before, around (the part it is measured from)")
        return None
    side = sides[0]
    ref = p[side]
    if ref not in seen or ref in optional:
        check.add(name, key + side, f"'{ref}' is no earlier part (nor 'anchor'), or an optional one")
        ok = False
    if p.get("across") and (side != "before" or not isinstance(p.get("within", 1), int)):
        check.add(name, key + "across", "only for a part looked for before another, a number of words back")
        ok = False
    until = p.get("until", "")
    if until and (until not in seen or until in optional or side != "after"):
        check.add(name, key + "until", "an earlier part that is not optional, for a part looked for after another")
        ok = False
    within = p.get("within", 1)
    if within == "sentence":
        span = (-1, -1)
    elif within in ("previous_sentence", "next_sentence"):
        if side != ("before" if within == "previous_sentence" else "after"):
            check.add(name, key + "within", "previous_sentence is looked for before a part, next_sentence after one")
            return None
        span = (-2, 0) if side == "before" else (0, -2)
    elif side == "around":
        if not (
            isinstance(within, list)
            and len(within) == 2
            and all(isinstance(w, int) and not isinstance(w, bool) for w in within)
        ):
            check.add(name, key + "within", "around takes [words before, words after]")
            return None
        span = (within[0], within[1])
    elif isinstance(within, int) and not isinstance(within, bool):
        span = (within, 0) if side == "before" else (0, within)
    else:
        check.add(name, key + "within", 'must be a number of words, "sentence", "previous_sentence" or "next_sentence"')
        return None
    if any(not (w == -1 and within == "sentence") and not 1 <= w <= MAX_REACH for w in span if w not in (0, -2)) or (
        side != "around" and not isinstance(within, str) and not 1 <= max(span) <= MAX_REACH
    ):
        check.add(name, key + "within", f"must be between 1 and {MAX_REACH} words")
        ok = False
    take = p.get("take", "first")
    if take not in TAKES:
        check.add(name, key + "take", f"must be one of {', '.join(TAKES)}")
        ok = False
    require = _filters(name, key + "if", p.get("if", []), group, seen - optional, check)
    refuse = _filters(name, key + "unless", p.get("unless", []), group, seen - optional, check)
    where = _filters(name, key + "where", p.get("where", []), group, seen - optional, check)
    classes = p.get("except_classes", [])
    if not all(c in GROUP_CLASSES.values() for c in classes) or (classes and not group):
        check.add(name, key + "except_classes", f"group classes of a group part: {', '.join(GROUP_CLASSES.values())}")
        ok = False
    for k in ("between_only", "between_none"):
        if k in p:
            ok &= check.lists(name, key + k, p[k], empty=False)
    if not ok or require is None or refuse is None or where is None:
        return None
    seen.add(pname)
    if p.get("optional", False):
        if group and not group_may_lack:
            check.add(
                name, key + "optional", "the group part is optional only with a target (the class when it is not found)"
            )
            return None
        optional.add(pname)
    return Part(
        pname,
        group,
        tuple(p.get("lists", ())),
        ref,
        side,
        span,
        take,
        require,
        refuse,
        where=where,
        except_classes=tuple(classes),
        between_only=tuple(p.get("between_only", ())),
        between_none=tuple(p.get("between_none", ())),
        shape=p.get("shape", ""),
        optional=p.get("optional", False),
        until=until,
        across=p.get("across", False),
    )


def _sequence(
    e: Mapping[str, Any], name: str, check: _Check, names_before: frozenset[str] = frozenset()
) -> Sequence | None:
    if not check.keys(name, e, _SEQ_KEYS, _SEQ_REQUIRED):
        return None
    mention = e.get("anchor_mention", "")
    if ("anchor" in e) == bool(mention):
        check.add(name, "anchor", "give anchor (word lists) or anchor_mention (a kind of group mention), one of them")
        return None
    if mention and mention not in MENTION_KINDS:
        check.add(name, "anchor_mention", f"unknown kind of mention '{mention}'; known: {', '.join(MENTION_KINDS)}")
        return None
    if "part" not in e and not mention and not e.get("target"):
        check.add(name, "part", "missing")
        return None
    ok = True if mention else check.lists(name, "anchor", e["anchor"], empty=False)
    ok &= check.about(name, e["about"]) & check.examples(name, e.get("examples", {}))
    anchor_if = _filters(name, "anchor_if", e.get("anchor_if", []), False, set(), check, pairs_allowed=False)
    anchor_unless = _filters(
        name, "anchor_unless", e.get("anchor_unless", []), False, set(), check, pairs_allowed=False
    )
    lead = _lead(e["lead"], name, check) if "lead" in e else None
    ok &= lead is not None or "lead" not in e
    seen = {"anchor"}
    optional: set[str] = set()
    parts = []
    for n, p in enumerate(e.get("part", [])):
        parts.append(_part(p, n, name, seen, check, optional, bool(e.get("target"))))
        if parts[-1] is None and isinstance(p, dict) and isinstance(p.get("name"), str):
            seen.add(p["name"])  # (a broken part is one error: later parts measured from it are not blamed too)
    if not parts and not mention and not e.get("target"):
        check.add(name, "part", "needs at least one part (or an anchor_mention, or a target)")
        ok = False
    groups: list[object] = [p for p in parts if p is not None and p.group] + (["anchor"] if mention else [])
    if len(groups) > 1:
        check.add(name, "part", "at most one part with group = true (the group the finding is about)")
        ok = False
    if all(p is not None for p in parts) and bool(groups or e.get("target")) == bool(e.get("rule")):
        check.add(
            name,
            "rule",
            "a construction about a group gives the abuse rules' findings (no 'rule'); "
            'one about no group names the rule whose finding it gives (rule = "<id>")',
        )
        ok = False
    target, said = e.get("target", ""), e.get("said", "")
    if target and target not in (*GROUP_CLASSES.values(), "person"):
        check.add(
            name, "target", f"must be a group class or person: {', '.join(dict.fromkeys(GROUP_CLASSES.values()))}"
        )
        ok = False
    instead_of = e.get("instead_of", [])
    if not all(isinstance(n, str) and n in names_before for n in instead_of):
        check.add(name, "instead_of", "must name constructions (sequences) written before this one")
        ok = False
    if instead_of and e.get("rule"):
        check.add(name, "instead_of", "only for a construction of the abuse rules (about a group or a person)")
        ok = False
    if said and said not in seen:
        check.add(name, "said", "must name a part (or 'anchor'): the words said of the group")
        ok = False
    if target and e.get("rule"):
        check.add(
            name, "target", "a construction about a group gives the abuse rules' findings: no 'rule' with a target"
        )
        ok = False
    span = e["span"]
    if all(p is not None for p in parts) and (
        not span or not all(isinstance(s, str) and s in seen for s in span) or all(s in optional for s in span)
    ):
        check.add(name, "span", "must name parts (or 'anchor') the finding's words run over")
        ok = False
    if not ok or anchor_if is None or anchor_unless is None or any(p is None for p in parts):
        return None
    about, ex = e["about"], e.get("examples", {})
    return Sequence(
        name,
        (about["ms"], about["en"]),
        e["kind"],
        tuple(e.get("anchor", ())),
        anchor_if,
        anchor_unless,
        tuple(p for p in parts if p is not None),
        tuple(span),
        tuple(ex.get("flag", ())),
        tuple(ex.get("pass", ())),
        e.get("rule", ""),
        lead,
        mention,
        target,
        said,
        tuple(instead_of),
    )


def _lead(e: Any, name: str, check: _Check) -> Lead | None:
    if not isinstance(e, dict) or not check.keys(name, e, _LEAD_KEYS, ("within",), "lead."):
        if not isinstance(e, dict):
            check.add(name, "lead", "must be a table { within = ..., only/some/none = [...] }")
        return None
    ok = True
    if not 1 <= e["within"] <= MAX_REACH:
        check.add(name, "lead.within", f"must be between 1 and {MAX_REACH} words")
        ok = False
    for key in ("only", "some", "none"):
        if key in e:
            ok &= check.lists(name, "lead." + key, e[key], empty=False)
    if not any(key in e for key in ("only", "some", "none")):
        check.add(name, "lead", "needs only, some or none")
        ok = False
    if not ok:
        return None
    return Lead(e["within"], tuple(e.get("only", ())), tuple(e.get("some", ())), tuple(e.get("none", ())))


def parse_constructions(
    data: Mapping[str, Any], label: str = FILE, lexicon: Mapping[str, Any] | None = None
) -> tuple[Constructions | None, list[RuleDataError]]:
    """The constructions of a constructions.toml's data, and every problem found (each naming the
    file, the construction and the key). ``lexicon``: the word lists that exist (None: unchecked)."""
    check = _Check(label, lexicon)
    known = {"frame", "sequence"}
    for key in data:
        if key not in known:
            check.problems.append(RuleDataError(label, "unknown table; known: [[frame]], [[sequence]]", key=key))
    frames: list[Frame | Sequence] = []
    sequences: list[Frame | Sequence] = []
    names: set[str] = set()
    frame_names: set[str] = set()
    makers: tuple[tuple[str, Callable[..., Frame | Sequence | None], list[Frame | Sequence]], ...] = (
        ("frame", _frame, frames),
        ("sequence", _sequence, sequences),
    )
    for table, make, out in makers:
        entries = data.get(table, [])
        if not isinstance(entries, list):
            check.problems.append(RuleDataError(label, f"must be an array of tables ([[{table}]])", key=table))
            continue
        for n, e in enumerate(entries, 1):
            if not isinstance(e, dict):
                check.problems.append(RuleDataError(label, f"each {table} must be a table ([[{table}]])", key=table))
                continue
            name = e.get("name")
            if not isinstance(name, str) or not name:
                check.add(f"{table} {n}", "name", "missing")
                continue
            if name in names:
                check.add(name, "name", "two constructions with this name")
                continue
            entry = (
                make(e, name, check, frozenset(names - frame_names)) if table == "sequence" else make(e, name, check)
            )
            names.add(name)  # (a sequence's instead_of names sequences written before it, loaded or not)
            if table == "frame":
                frame_names.add(name)
            if entry is not None:
                out.append(entry)
    if not frames and not check.problems:
        check.problems.append(RuleDataError(label, "needs at least one [[frame]]", key="frame"))
    if check.problems:
        return None, check.problems
    return Constructions(
        tuple(f for f in frames if isinstance(f, Frame)), tuple(q for q in sequences if isinstance(q, Sequence))
    ), []
