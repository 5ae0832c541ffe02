"""Matchers for drafts: each turns an analysed draft into hits.

A rule names its matcher by ``kind`` and gives it parameters in the rule
data. :data:`REGISTRY` declares every matcher kind (of drafts, files,
account names and times): its parameters, the word lists it reads and the
placeholders its findings fill; loading the rules checks each rule against
it (:func:`check_matcher`, :func:`check_message`). :data:`MATCHERS` maps
each draft kind to its function. A hit is a character span plus values for
the rule message's ``{placeholders}``. Every matcher is
linear in the draft: regular expressions here are anchored on literal text
or use bounded repetition only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import methodcaller
from typing import Any, cast

from . import account, attachment, strings
from .abuse import GROUP_CLASSES, Abuse, find_abuse
from .abuse import WORD_LISTS as ABUSE_WORD_LISTS
from .context import Context
from .judgement.filters import question
from .model import Localized


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    values: Mapping[str, Any] = field(default_factory=dict)


Matcher = Callable[[Context, Mapping[str, Any]], list[Hit]]


def _tok_hit(ctx: Context, first: int, last: int, **values: Any) -> Hit:
    start, end = ctx.span(first, last)
    return Hit(start, end, values)


def _negated_before(ctx: Context, first: int, window: int = 4) -> bool:
    """A negator in the ``window`` words before, in the same clause (no comma or colon between); not
    one that closes a question of its own ("betul ke tak", "true or not") or is past a "but" ("tak sure
    betul ke tak tp share la")."""
    lo = max(ctx.sent_start[first], first - window)
    for i in range(first - 1, lo - 1, -1):
        if ctx.break_after(i, ",:") or ctx.tokens[i].norm in _BUT:
            return False
        if ctx.at(i, "negator"):
            return not (i > 0 and ctx.tokens[i - 1].norm in _OR_TAG)
    return False


_BUT = frozenset({"tapi", "tp", "tetapi", "but", "namun"})
_OR_TAG = frozenset({"ke", "atau", "or", "kah"})


# --------------------------------------------------------------------------
# meaning


def match_abuse(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Derogatory, dehumanising or threatening statements (see etika_check.abuse)."""
    targets = set(params.get("targets", ()))
    cached = cast("list[Abuse] | None", ctx.analysis.cache.get("abuse"))
    if cached is None:
        cached = ctx.analysis.cache["abuse"] = find_abuse(ctx)
    hits: list[Hit] = []
    tokens = ctx.tokens
    shared: dict[tuple[str, str, str], dict[str, str]] = {}  # one values table per target, kind and construction
    for a in cached:
        if a.target in targets:  # (as _tok_hit, without its keywords: a dense draft has many)
            key = (a.target, a.kind, a.construction)
            values = shared.get(key)
            if values is None:
                values = shared[key] = {"target": a.target, "kind": a.kind, "construction": a.construction}
            hits.append(Hit(tokens[a.first].start, tokens[a.last].end, values))
    return hits


def match_constructions(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """A rule judged by its constructions alone: the engine adds the hits of the sequences that
    name the rule (data/constructions.toml, ``rule = "<id>"``); the matcher itself finds nothing."""
    return []


def match_terms(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Any word of the lists ``terms``; optionally only with a word of ``with``
    in the same sentence, not in a sentence with a word of ``unless`` (a greeting
    is not official material), not after a negation (``negation = "suppress"``), or
    only the first one (``once = true``)."""
    hits: list[Hit] = []
    needs = params.get("with", ())
    unless = params.get("unless", ())
    for cat in params["terms"]:
        for m in ctx.get(cat):
            if needs and not _in_sentence_of(ctx, m.first, needs):
                continue
            if _in_sentence_of(ctx, m.first, unless):
                continue
            if params.get("negation") == "suppress" and _negated_before(ctx, m.first, 3):
                continue
            hits.append(_tok_hit(ctx, m.first, m.last))
    hits.sort(key=lambda h: h.start)
    return hits[:1] if params.get("once") else hits


_IS_IT = frozenset({"it", "this", "that", "ini", "itu", "ia"})
_ASKING = frozenset({"is", "was", "are", "adakah", "ke", "kah"})


def _asked_whether(ctx: Context, m) -> bool:
    """ "Is it classified?", "Dokumen ni sulit ke?": whether it is so, asked in a question, not told."""
    if not question(ctx, m.first):
        return False
    t, n = ctx.tokens, len(ctx.tokens)
    before = m.first >= 2 and t[m.first - 1].norm in _IS_IT and t[m.first - 2].norm in _ASKING
    return before or (m.last + 1 < n and t[m.last + 1].norm in _ASKING)


def match_classified(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Security classifications and cabinet papers.

    "Rahsia", "sulit" and "terhad" have everyday senses ("rahsia kejayaan",
    "tempat terhad"); they count as markings when written in capitals in a
    sentence that is not all capitals, or next to a document word
    ("laporan sulit", "secret documents"). Advice not to share them
    ("jangan kongsi dokumen SULIT") is not a disclosure, nor a marking in a sentence with a
    word of the lists ``unless`` ("my wife's surprise party is top secret").
    """
    hits: list[Hit] = []
    unless = params.get("unless", ())
    for cat in ("classified_strong", "cabinet_paper"):
        for m in ctx.get(cat):
            if (
                not _negated_before(ctx, m.first, 5)
                and not _in_sentence_of(ctx, m.first, unless)
                and not _asked_whether(ctx, m)
            ):
                hits.append(
                    _tok_hit(ctx, m.first, m.last, marking=ctx.analysis.text[slice(*ctx.span(m.first, m.last))])
                )
    covered = {(m.first, m.last) for m in ctx.get("classified_strong")}
    for m in ctx.get("classified_marker"):
        if (
            any(a <= m.first <= b for a, b in covered)
            or _negated_before(ctx, m.first, 5)
            or _in_sentence_of(ctx, m.first, unless)
        ):
            continue
        s0, s1 = ctx.sentence(m.first)
        shouting = _shouting(ctx, s0, s1)
        caps = all(ctx.tokens[i].upper for i in range(m.first, m.last + 1))
        near_doc = ctx.any_in("document_noun", max(s0, m.first - 2), min(s1, m.last + 2))
        if (caps and not shouting) or near_doc:
            hits.append(_tok_hit(ctx, m.first, m.last, marking=ctx.analysis.text[slice(*ctx.span(m.first, m.last))]))
    hits.sort(key=lambda h: h.start)
    return hits


def _in_sentence_of(ctx: Context, i: int, lists: Any) -> bool:
    """Is a word of one of the word lists ``lists`` in token ``i``'s sentence (a matcher's ``unless``)?"""
    return any(ctx.in_sentence(c, i) for c in lists)


def _urging(word: str) -> bool:
    """An urge to act ("sebarkan", "kongsi", "share"), not a report ("disebarkan", "berkongsi")."""
    return not word.startswith(("di", "ber", "me", "pe", "ter", "ke"))


# "warned against sharing", "refrain from forwarding": the share is what the reader is kept from
_KEPT_FROM = frozenset({"against", "from", "daripada"})
_PROGRESSIVE_BE = frozenset({"was", "were", "is", "are", "been", "be"})


def _told_as_going_on(ctx: Context, i: int) -> bool:
    """ "a page that was spreading ...": a share told as going on, not urged."""
    return ctx.tokens[i].norm.endswith("ing") and i > 0 and ctx.tokens[i - 1].norm in _PROGRESSIVE_BE


def _shouting(ctx: Context, s0: int, s1: int) -> bool:
    """Is most of the sentence in capitals? (computed once per sentence)"""
    memo = ctx.analysis.cache.setdefault("shouting", {})
    if s0 not in memo:  # type: ignore[operator]
        words = ctx.tokens[s0 : s1 + 1]
        memo[s0] = sum(t.upper for t in words) * 2 > len(words)  # type: ignore[index]
    return memo[s0]  # type: ignore[index]


def match_viral(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Unverified viral claims: a chain-message formula, or an urge to share
    together with a "viral"/"tular" label or urgency."""
    hits = [_tok_hit(ctx, m.first, m.last) for m in ctx.get("viral_strong")]
    if hits:
        return hits[:1]
    if ctx.get("debunk"):
        return []  # refuting a rumour is not spreading it
    shares = [
        m
        for m in ctx.get("share_verb")
        if not _negated_before(ctx, m.first, 2)
        and _urging(ctx.tokens[m.first].norm)
        and not _told_as_going_on(ctx, m.first)
        and not (m.first > 0 and ctx.tokens[m.first - 1].norm in _KEPT_FROM)
    ]
    if not shares:
        return []
    support = ctx.get("viral_label") + ctx.get("urgency")
    exclaims = re.search(r"!{3,}", ctx.analysis.text)
    if not support and not exclaims:
        return []
    firsts = [m.first for m in shares + support]
    lasts = [m.last for m in shares + support]
    return [_tok_hit(ctx, min(firsts), max(lasts))]


def match_political(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Political activity: calls to vote or campaign, "our party", slogans.

    A call needs a hortative ("mari", "jom", "let's"), the verb opening its
    sentence, or a "-lah" form, and a party, candidate or election nearby;
    reports ("pengundi keluar mengundi", "parti itu memenangi") are not calls.
    """
    hits = [_tok_hit(ctx, m.first, m.last) for m in ctx.get("own_party")]
    for m in ctx.get("vote_call") + ctx.get("partisan_verb"):
        s0, s1 = ctx.sentence(m.first)
        if _negated_before(ctx, m.first, 2) and not ctx.near("party_or_government", m.last + 1, min(s1, m.last + 3)):
            continue  # "jangan undi UMNO" is still a call; "jangan kempen di pejabat" is not
        if _negated_before(ctx, m.first, 2) and ctx.any_in("first_person", max(s0, m.first - 3), m.first - 2):
            continue  # "Saya tak sokong mana-mana parti": the writer's own abstention, no call
        word = ctx.tokens[m.first].norm
        called = (
            m.first == s0
            or word.endswith("lah")
            or ctx.any_in("hortative", max(s0, m.first - 3), m.first - 1)
            or ctx.any_in("negator", max(s0, m.first - 1), m.first - 1)
        )
        target = ctx.near("party_or_government", m.last + 1, min(s1, m.last + 3))
        political = target or ctx.any_in("election", s0, s1) or ctx.any_in("party", s0, s1)
        if ctx.any_in("contest", s0, s1) and not ctx.any_in("party", s0, s1):
            continue  # "undi calon terbaik Anugerah Pekerja Cemerlang": an award, not an election
        called = called or ctx.any_in("modal", max(s0, m.first - 2), m.first - 1)
        if m.category == "partisan_verb":
            if target and called:
                hits.append(_tok_hit(ctx, m.first, target[0].last))
        elif called and political:
            hits.append(_tok_hit(ctx, m.first, target[0].last if target else m.last))
    hits.sort(key=lambda h: h.start)
    return _dedupe(hits)


def match_piracy(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Pirated software or media: a strong term ("crack", "keygen"), or two
    weak ones ("full version", "free download") about software or media; not
    in a sentence with a word of the lists ``unless`` (news, enforcement, advice)."""
    unless = params.get("unless", ())

    def reported(i: int) -> bool:
        return _in_sentence_of(ctx, i, unless)

    hits = [
        _tok_hit(ctx, m.first, m.last)
        for m in ctx.get("piracy_strong")
        if not reported(m.first)
        and not (
            ctx.tokens[m.first].norm == "crack"
            and ctx.tokens[m.last + 1 : m.last + 2]
            and ctx.tokens[m.last + 1].norm == "down"
        )
    ]
    if hits:
        return hits
    weak = [m for m in ctx.get("piracy_weak") if not reported(m.first)]
    if len({ctx.tokens[m.first].norm for m in weak}) >= 2 and ctx.get("software_or_media"):
        first = min(m.first for m in weak)
        last = max(m.last for m in weak)
        return [_tok_hit(ctx, first, last)]
    return []


# --------------------------------------------------------------------------
# patterns of characters

# Each pattern opens with the characters it can start with (a digit; "+", "6" or "0"; the first
# letter of a keyword): the regular expression engine then skips to them. A look-behind
# first was tried at every position of the draft (25 ms per MB each, now 7-13 ms).
_MYKAD = re.compile(r"(\d(?<![\d-]\d)\d{5})([- ]?)(\d{2})\2(\d{4})(?![\d])")  # no digit or "-" before
_MOBILE = re.compile(r"(?=[+60])(?<![\d+])(?:\+?60[- ]?|0)1\d(?:[- ]?\d){7,8}(?!\d)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]{}]{1,2000}", re.IGNORECASE)
# Patterns that end with a suffix and reach back a bounded length before it are searched
# only near the suffixes (:func:`_finditer_near`): the suffix is a literal search, the
# whole pattern tried at every position of the draft was 45-50 ms per MB each.
_TLDS = r"(?:com|net|org|tv|be|xxx|my|io|co|me|to|cc|info|watch|live|sex|porn)(?![\w-])"
_BARE_DOMAIN = re.compile(r"(?<![\w.@-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\." + _TLDS, re.IGNORECASE)
_BARE_DOMAIN_END = (re.compile(r"\." + _TLDS, re.IGNORECASE), 63 + 4 * 64)
# A program's file name in a draft: the extensions are the rule's (``extensions``), so the
# data can widen or narrow them; one pattern per set of extensions, made when first asked.
_EXEC_PATTERNS: dict[frozenset[str], tuple[re.Pattern[str], tuple[re.Pattern[str], int]]] = {}


def _exec_patterns(extensions: frozenset[str]) -> tuple[re.Pattern[str], tuple[re.Pattern[str], int]]:
    found = _EXEC_PATTERNS.get(extensions)
    if found is None:
        # longest first, so that "vbe" is not read as "vb" + "e"
        ext = "(" + "|".join(re.escape(e) for e in sorted(extensions, key=lambda e: (-len(e), e))) + r")(?![\w-])"
        name = re.compile(r"(?<![\w.-])[\w-]{1,100}(?:\.[\w-]{1,20}){0,3}\." + ext, re.IGNORECASE)
        found = _EXEC_PATTERNS[extensions] = (name, (re.compile(r"\." + ext, re.IGNORECASE), 100 + 3 * 21))
    return found


def _finditer_near(pattern: re.Pattern[str], end: tuple[re.Pattern[str], int], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only near the matches of ``end``: every match of
    ``pattern`` ends with a match of ``end[0]`` and starts at most ``end[1]`` characters
    before it. Each stretch from that far before a suffix to the suffix's end (stretches
    that touch are joined) is searched as it stands in the text: a look-behind still sees
    the character before it, and no match crosses from one stretch into the next."""
    suffix, reach = end
    stretches: list[list[int]] = []
    for m in suffix.finditer(text):
        lo = max(0, m.start() - reach)
        if stretches and lo <= stretches[-1][1]:
            stretches[-1][1] = m.end()
        else:
            stretches.append([lo, m.end()])
    for lo, hi in stretches:
        yield from pattern.finditer(text, lo, hi)


_HOUSE = re.compile(
    r"(?=[nlu])\b(?:no\.?|nombor|lot|unit)\s{0,3}\d{1,5}[a-z]?(?:[-/]\d{1,5}){0,2},?\s{1,3}"
    r"(?:jalan|jln\.?|lorong|lrg\.?|taman|tmn\.?|kampung|kg\.?|persiaran|lebuh|blok|street|road|lane)\b",
    re.IGNORECASE,
)
# a house number and a street with its postcode after it, with no "No." before the number ("12A, Jalan Tok
# Pulau, 01000 Kangar"): an address in full (read with _HOUSE by match_home_address; bounded, so linear)
_HOUSE_POSTCODE = re.compile(
    r"(?<![\w.,/-])\d{1,4}[a-z]?(?:[-/]\d{1,4}){0,2},?\s{1,3}"
    r"(?:jalan|jln\.?|lorong|lrg\.?|taman|tmn\.?|persiaran|lebuh|street|road|lane)\s[^\n\d]{1,60}?\d{5}(?!\d)",
    re.IGNORECASE,
)
_START = methodcaller("start")
_PIN_AFTER = re.compile(r"(?:\s{1,3}[^\s\d:=]{1,30}){0,3}?\s{1,3}(\d{4,8})(?![\d\w])")
# the keyword, at most six words ("kata kunci akaun HRMIS aku huruf kecil semua"), then ":", "=", "ialah" or "is"
_SECRET_AFTER = re.compile(r"(?:\s{0,3}[^\s:=]{1,30}){0,6}?\s{0,3}(?:[:=]|\b(?:ialah|adalah|is)\b)\s{0,3}(\S{4,64})")


_BIRTH_PLACES: dict[str, bool] = {}  # place-of-birth code -> known to python-stdnum (100 codes at most)


def _valid_mykad(number: str, dates: dict[str, bool]) -> bool:
    """``nric.is_valid(number)`` for 12 ASCII digits, which depends on the first 8 only: the
    date of birth (``dates``, this draft's) and the place of birth (one lookup per code;
    python-stdnum's table lookup and its own clean-up of the number were most of the time
    on a draft of numbers)."""
    from stdnum.exceptions import ValidationError
    from stdnum.my import nric  # imported here: only drafts with 12-digit runs pay for it

    born = dates.get(number[:6])
    if born is None:
        try:
            nric.get_birth_date(number)
            born = True
        except ValidationError:
            born = False
        dates[number[:6]] = born
    if not born:
        return False
    place = _BIRTH_PLACES.get(number[6:8])
    if place is None:
        try:
            nric.get_birth_place(number)
            place = True
        except ValidationError:
            place = False
        _BIRTH_PLACES[number[6:8]] = place
    return place


def match_mykad(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """MyKad numbers, valid by date of birth and place-of-birth code."""
    hits = []
    dates: dict[str, bool] = {}
    for m in _MYKAD.finditer(ctx.analysis.text):
        number = m.group(1) + m.group(3) + m.group(4)
        if _valid_mykad(number, dates):
            hits.append(Hit(m.start(), m.end(), {"number": m.group(0)}))
    return hits


NAMED_AS_REACH = 6  # words before a number that may name it an official line


def match_mobile(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Malaysian mobile numbers (01x-xxx xxxx, 011-xxxx xxxx, +60...)."""
    hits = []
    for m in _MOBILE.finditer(ctx.analysis.text):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("60"):
            digits = digits[1:]
        if (digits.startswith("011") and len(digits) == 11) or (not digits.startswith("011") and len(digits) == 10):
            i = _token_at(ctx, m.start())
            if i is not None and any(
                ctx.any_in(c, max(ctx.sent_start[i], i - 2), i - 1) for c in params.get("not_after", ())
            ):
                continue  # "Nombor resit 0127736451", "order 0198822771": another kind of number
            if i is not None and any(
                ctx.any_in(c, max(ctx.sent_start[i], i - NAMED_AS_REACH), i - 1) for c in params.get("not_named_as", ())
            ):
                continue  # "Nombor WhatsApp rasmi kaunter zakat: 019-...": an agency's line, public
            hits.append(Hit(m.start(), m.end(), {"number": m.group(0)}))
    return hits


def match_home_address(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """A house address: a house number with a street, or "alamat rumah" with a
    street word, in a sentence that is not about an office."""
    hits = []
    text = ctx.analysis.text
    found = list(_HOUSE.finditer(text))
    ends = [f.end() for f in found]  # (in order: a match inside one of _HOUSE's is the same address)
    starts = [f.start() for f in found]
    for m in _HOUSE_POSTCODE.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or ends[k] <= m.start():
            found.append(m)
    found.sort(key=_START)
    for m in found:
        i = _token_at(ctx, m.start())
        # an office's address (not when a home is named right before the number: "... kawan pejabat
        # kita selalu pergi rumah No. 27, Jalan ...")
        if i is not None and ctx.in_sentence("office_word", i):
            near = max(ctx.sent_start[i], i - 3), i - 1
            if ctx.any_in("office_word", *near) or not ctx.any_in("address_kw", *near):
                continue
        hits.append(Hit(m.start(), m.end()))
    if not hits:
        for a in ctx.get("address_kw"):
            s0, s1 = ctx.sentence(a.first)
            # a street with a name or number ("Taman Seri Kangar", "Lorong 5"), not "taman ini"
            streets = [
                st
                for st in ctx.near("street_word", a.last + 1, min(s1, a.last + 8))
                if st.last + 1 <= s1
                and (ctx.tokens[st.last + 1].text[:1].isupper() or ctx.tokens[st.last + 1].text[:1].isdigit())
            ]
            if (
                streets
                and not ctx.in_sentence("office_word", a.first)
                and ctx.tokens[a.first].norm != "alamat"
                or (streets and ctx.tokens[a.first].norm == "alamat" and ctx.at(a.first + 1, "address_kw"))
            ):
                hits.append(_tok_hit(ctx, a.first, streets[-1].last))
    return hits


def match_credential(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """A password or PIN written out: the keyword, a colon (or "ialah", "is")
    and a value that looks like a secret (digits, symbols or mixed case)."""
    hits = []
    text = ctx.analysis.text
    for m in ctx.get("credential_kw"):
        start, end = ctx.span(m.first, m.last)
        found = _SECRET_AFTER.match(text, end, min(len(text), end + 200)) or _PIN_AFTER.match(
            text, end, min(len(text), end + 120)
        )
        if not found:
            continue
        value = found.group(1).rstrip(".,;!?)\"'")
        if len(value) >= 4 and (
            any(c.isdigit() for c in value)
            or any(not c.isalnum() for c in value)
            or (any(c.isupper() for c in value[1:]) and any(c.islower() for c in value))
        ):
            hits.append(Hit(start, found.start(1) + len(value)))
    return hits


def _emails(text: str) -> list[tuple[int, int]]:
    """E-mail addresses, found from each "@" with bounded scans (linear)."""
    out = []
    pos = text.find("@")
    while pos != -1:
        lo = pos
        while lo > 0 and pos - lo < 64 and (text[lo - 1].isalnum() or text[lo - 1] in "._+-"):
            lo -= 1
        hi = pos + 1
        while hi < len(text) and hi - pos < 255 and (text[hi].isalnum() or text[hi] in ".-"):
            hi += 1
        while hi > pos + 1 and text[hi - 1] in ".-":
            hi -= 1
        if lo < pos and "." in text[pos + 1 : hi]:
            out.append((lo, hi))
        pos = text.find("@", pos + 1)
    return out


def match_official_email(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """An official (gov.my) e-mail address used for a personal account."""
    suffixes = tuple(params.get("suffixes", (".gov.my",)))
    hits = []
    for lo, hi in _emails(ctx.analysis.text):
        if not ctx.analysis.text[lo:hi].lower().endswith(suffixes):
            continue
        i = _token_at(ctx, lo)
        if (
            i is not None
            and ctx.in_sentence("personal_account", i)
            and not _in_sentence_of(ctx, i, params.get("unless", ()))
        ):
            hits.append(Hit(lo, hi, {"address": ctx.analysis.text[lo:hi]}))
    return hits


def _urls(text: str) -> list[tuple[int, int]]:
    """Links with a scheme or "www.", then bare domains outside them."""
    from bisect import bisect_right

    spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    starts = [a for a, _ in spans]
    bare = []
    for m in _finditer_near(_BARE_DOMAIN, _BARE_DOMAIN_END, text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or spans[k][1] <= m.start():
            bare.append((m.start(), m.end()))
    return sorted(spans + bare)


def match_link(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Links whose address contains a word of the lists ``domains``; with
    ``terms`` also those words in the text itself, except in a sentence with
    a word of the lists ``unless``; with ``always``, words flagged anywhere."""
    terms = [t.casefold().lstrip("~") for cat in params.get("domains", ()) for t in ctx.lists.get(cat, ())]
    hits = []
    cache = cast("list[tuple[int, int]] | None", ctx.analysis.cache.get("urls"))
    if cache is None:
        cache = ctx.analysis.cache["urls"] = _urls(ctx.analysis.text)
    for lo, hi in cache:
        url = ctx.analysis.text[lo:hi].casefold()
        if any(t in url for t in terms):
            hits.append(Hit(lo, hi, {"url": ctx.analysis.text[lo:hi]}))
    unless = params.get("unless", ())
    for cat in params.get("terms", ()):
        for m in ctx.get(cat):
            if _in_sentence_of(ctx, m.first, unless):
                continue
            s, e = ctx.span(m.first, m.last)
            if not any(lo <= s < hi for lo, hi in cache):
                hits.append(Hit(s, e, {"url": ""}))
    exceptions = params.get("except", ())
    for cat in params.get("always", ()):
        for m in ctx.get(cat):
            if any(ctx.at(m.first, x) for x in exceptions):
                continue  # "butuh kasih sayang" (Indonesian: to need), "konek internet"
            s, e = ctx.span(m.first, m.last)
            hits.append(Hit(s, e, {"url": ""}))
    hits.sort(key=lambda h: h.start)
    return _dedupe(hits)


def match_executable_name(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """File names of programs (.exe, .scr, .bat, .apk ...) mentioned in a draft."""
    allowed = frozenset(e.lower().lstrip(".") for e in params.get("extensions", ()))
    if not allowed:
        return []
    pattern, end = _exec_patterns(allowed)
    unless = params.get("unless", ())
    hits = []
    for m in _finditer_near(pattern, end, ctx.analysis.text):
        i = _token_at(ctx, m.start()) if unless else None
        if i is not None and _in_sentence_of(ctx, i, unless):
            continue  # "setup.exe ... dimuat turun dari portal rasmi sahaja": where to get it, not the file
        hits.append(Hit(m.start(), m.end(), {"name": m.group(0)}))
    return hits


def _token_at(ctx: Context, pos: int) -> int | None:
    i = bisect_right(ctx.analysis.starts(), pos) - 1
    return i if i >= 0 else (0 if ctx.tokens else None)


def _dedupe(hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


# --------------------------------------------------------------------------
# the registry: what each matcher reads and says


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of a matcher, as written in a rule's ``matcher = {...}``.

    ``type`` is one of :data:`PARAM_TYPES`; ``choices`` lists the allowed
    values of a ``choice`` or ``choices`` parameter.
    """

    name: str
    type: str
    required: bool = False
    doc: str = ""
    choices: tuple[str, ...] = ()


#: Parameter types, and what each means for the rule data.
PARAM_TYPES: dict[str, str] = {
    "word-lists": "a list of word-list names of data/lexicon.toml",
    "strings": "a list of non-empty strings",
    "choice": "one of the listed strings",
    "choices": "a non-empty list of the listed strings",
    "bool": "true or false",
    "bytes": "a whole number of bytes (0 or more)",
    "policy": "the id of a policy in data/policies.toml",
    "post-matcher": "the kind of a matcher of drafts",
}


@dataclass(frozen=True, slots=True)
class MatcherSpec:
    """What one matcher kind declares: the input it judges, its parameters,
    the word lists it always reads (those named in ``word-lists`` parameters
    come on top, and each list of ``target_lists`` when a rule's ``targets``
    name its class) and the ``{placeholders}`` its findings fill in a message."""

    kind: str
    applies_to: str  # post | time | file | account
    params: tuple[Param, ...] = ()
    word_lists: tuple[str, ...] = ()
    placeholders: tuple[str, ...] = ()
    function: Callable[..., Any] | None = None  # None: judged by the engine itself (access-time, file-name)
    target_lists: Mapping[str, str] = field(default_factory=dict)  # word list -> the target class it names

    @property
    def doc(self) -> str:
        """The first paragraph of the matcher's docstring."""
        text = (self.function.__doc__ or "") if self.function else ""
        return " ".join(text.strip().split("\n\n")[0].split())

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def lists_for(self, matcher: Mapping[str, Any]) -> tuple[str, ...]:
        """Every word list a rule's ``matcher`` table makes this matcher read:
        its own, those named in its word-list parameters and, for each target
        class the rule enforces, that class's list."""
        names = list(self.word_lists)
        targets = matcher.get("targets")
        if self.target_lists and isinstance(targets, list):
            names += [name for name, cls in self.target_lists.items() if cls in targets]
        for p in self.params:
            value = matcher.get(p.name)
            if p.type == "word-lists" and isinstance(value, list):
                names += [v for v in value if isinstance(v, str)]
        return tuple(dict.fromkeys(names))


#: Every placeholder a message may use, and what the checker puts there (for
#: the rule catalogue): data/strings.toml, section "placeholder". ``excerpt`` (the
#: words that caused a finding, or the input's name) is filled for every matcher.
_PLACEHOLDER_TEXTS = strings.section("placeholder")
PLACEHOLDERS: dict[str, Localized] = {
    name: Localized(ms, _PLACEHOLDER_TEXTS["en"][name]) for name, ms in _PLACEHOLDER_TEXTS["ms"].items()
}

ABUSE_TARGETS: tuple[str, ...] = (*dict.fromkeys(GROUP_CLASSES.values()), "person")

_NEGATOR = ("negator",)


def _spec(
    kind: str,
    applies_to: str,
    function: Callable[..., Any] | None,
    params: tuple[Param, ...] = (),
    word_lists: tuple[str, ...] = (),
    placeholders: tuple[str, ...] = (),
    target_lists: Mapping[str, str] | None = None,
) -> MatcherSpec:
    return MatcherSpec(kind, applies_to, params, word_lists, placeholders, function, dict(target_lists or {}))


REGISTRY: dict[str, MatcherSpec] = {
    s.kind: s
    for s in (
        _spec(
            "abuse",
            "post",
            match_abuse,
            (Param("targets", "choices", True, "the target classes this rule enforces", ABUSE_TARGETS),),
            ABUSE_WORD_LISTS,
            ("target", "kind"),
            GROUP_CLASSES,
        ),
        _spec("constructions", "post", match_constructions, (), (), ("kind",)),
        _spec(
            "terms",
            "post",
            match_terms,
            (
                Param("terms", "word-lists", True, "the word lists to find"),
                Param("with", "word-lists", False, "only in a sentence with a word of these lists"),
                Param("unless", "word-lists", False, "not in a sentence with a word of these lists"),
                Param("negation", "choice", False, '"suppress": not after a negation', ("suppress",)),
                Param("once", "bool", False, "only the first one"),
            ),
            _NEGATOR,
        ),
        _spec(
            "classified",
            "post",
            match_classified,
            (Param("unless", "word-lists", False, "not in a sentence with a word of these lists"),),
            ("classified_strong", "cabinet_paper", "classified_marker", "document_noun", *_NEGATOR),
            ("marking",),
        ),
        _spec(
            "viral",
            "post",
            match_viral,
            (),
            ("viral_strong", "debunk", "share_verb", "viral_label", "urgency", *_NEGATOR),
        ),
        _spec(
            "political",
            "post",
            match_political,
            (),
            (
                "own_party",
                "vote_call",
                "partisan_verb",
                "party_or_government",
                "hortative",
                "election",
                "party",
                "contest",
                "modal",
                *_NEGATOR,
            ),
        ),
        _spec(
            "piracy",
            "post",
            match_piracy,
            (Param("unless", "word-lists", False, "not in a sentence with a word of these lists"),),
            ("piracy_strong", "piracy_weak", "software_or_media"),
        ),
        _spec("mykad", "post", match_mykad, (), (), ("number",)),
        _spec(
            "mobile",
            "post",
            match_mobile,
            (
                Param(
                    "not_after",
                    "word-lists",
                    False,
                    "not a number just after a word of these lists (a receipt, an order)",
                ),
                Param(
                    "not_named_as",
                    "word-lists",
                    False,
                    "not a number named by a word of these lists in the six words before it (an official line)",
                ),
            ),
            (),
            ("number",),
        ),
        _spec("home-address", "post", match_home_address, (), ("office_word", "address_kw", "street_word")),
        _spec("credential", "post", match_credential, (), ("credential_kw",)),
        _spec(
            "official-email",
            "post",
            match_official_email,
            (
                Param("suffixes", "strings", False, "address endings that are official (default .gov.my)"),
                Param("unless", "word-lists", False, "not in a sentence with a word of these lists"),
            ),
            ("personal_account",),
            ("address",),
        ),
        _spec(
            "link",
            "post",
            match_link,
            (
                Param("domains", "word-lists", False, "links whose address contains a word of these lists"),
                Param("terms", "word-lists", False, "these words in the text itself"),
                Param("unless", "word-lists", False, "except (for terms) in a sentence with a word of these lists"),
                Param("always", "word-lists", False, "these words anywhere"),
                Param("except", "word-lists", False, "except (for always) inside a phrase of these lists"),
            ),
            (),
            ("url",),
        ),
        _spec(
            "executable-name",
            "post",
            match_executable_name,
            (
                Param("extensions", "strings", True, "the program extensions to find, without the dot"),
                Param("unless", "word-lists", False, "not in a sentence with a word of these lists"),
            ),
            (),
            ("name",),
        ),
        _spec(
            "file-extension",
            "file",
            attachment.match_extension,
            (
                Param("extensions", "strings", True, "the extensions refused, without the dot"),
                Param("magic", "bool", False, "also refuse files that start with program bytes"),
            ),
            (),
            ("name", "ext"),
        ),
        _spec(
            "file-size",
            "file",
            attachment.match_size,
            (Param("max_bytes", "bytes", True, "the largest size allowed"),),
            (),
            ("name", "size", "limit"),
        ),
        _spec(
            "file-name",
            "file",
            attachment.match_name_terms,
            (Param("matcher", "post-matcher", True, "the draft matcher run on the words of the file name"),),
            (),
            ("name",),
        ),
        _spec("account-format", "account", account.match_account_format, (), (), ("name", "suggestion")),
        _spec("account-personal", "account", account.match_personal_name, (), (), ("name", "word")),
        _spec(
            "access-time",
            "time",
            None,
            (Param("policy", "policy", True, "the access-time policy this rule enforces"),),
            (),
            ("when_ms", "when_en", "next_ms", "next_en"),
        ),
    )
}

#: The draft matchers by kind.
MATCHERS: dict[str, Matcher] = {k: s.function for k, s in REGISTRY.items() if s.applies_to == "post"}  # type: ignore[misc]


def _is_str_list(value: Any, allow_empty: bool = True) -> bool:
    return (
        isinstance(value, list)
        and (allow_empty or bool(value))
        and all(isinstance(v, str) and v.strip() for v in value)
    )


def check_matcher(
    matcher: Mapping[str, Any], applies_to: str, word_lists: Iterable[str] | None, policies: Iterable[str] | None
) -> list[tuple[str, str]]:
    """Problems of one rule's ``matcher`` table against the registry, as
    ``(key, problem)`` pairs: an unknown kind, an unknown, missing or
    wrong-typed parameter, or a word list (named, or read by the matcher)
    that data/lexicon.toml does not have. ``word_lists`` or ``policies`` is
    None when that data could not be read: names are then not checked."""
    lists = set(word_lists) if word_lists is not None else None
    known_policies = set(policies) if policies is not None else None
    kind = matcher.get("kind")
    spec = REGISTRY.get(kind) if isinstance(kind, str) else None
    if spec is None or spec.applies_to != applies_to:
        known = sorted(k for k, s in REGISTRY.items() if s.applies_to == applies_to)
        return [("matcher.kind", f"unknown matcher '{kind}' for {applies_to} rules; known: {', '.join(known)}")]
    specs = [spec]
    inner = matcher.get("matcher") if spec.param("matcher") else None
    if isinstance(inner, str) and inner in MATCHERS:
        specs.append(REGISTRY[inner])  # file-name passes its table on to the draft matcher
    params = {p.name: p for s in specs for p in s.params}
    problems: list[tuple[str, str]] = []
    for key in sorted(set(matcher) - set(params) - {"kind"}):
        allowed = ", ".join(sorted(params)) or "none"
        problems.append((f"matcher.{key}", f"matcher '{kind}' has no parameter '{key}' (its parameters: {allowed})"))
    for p in params.values():
        key = f"matcher.{p.name}"
        if p.name not in matcher:
            if p.required:
                problems.append((key, f"missing: matcher '{kind}' needs it ({PARAM_TYPES[p.type]})"))
            continue
        value = matcher[p.name]
        ok = {
            "word-lists": _is_str_list(value, allow_empty=False),
            "strings": _is_str_list(value, allow_empty=False),
            "choice": isinstance(value, str) and value in p.choices,
            "choices": _is_str_list(value, allow_empty=False) and all(v in p.choices for v in value),
            "bool": isinstance(value, bool),
            "bytes": isinstance(value, int) and not isinstance(value, bool) and value >= 0,
            "policy": isinstance(value, str) and (known_policies is None or value in known_policies),
            "post-matcher": isinstance(value, str) and value in MATCHERS,
        }[p.type]
        if not ok:
            detail = PARAM_TYPES[p.type]
            if p.choices:
                detail += f": {', '.join(p.choices)}"
            elif p.type == "policy":
                detail += f": {', '.join(sorted(known_policies or ()))}"
            elif p.type == "post-matcher":
                detail += f": {', '.join(sorted(MATCHERS))}"
            problems.append((key, f"must be {detail}, not {value!r}"))
        elif p.type == "word-lists" and lists is not None:
            for name in value:
                if name not in lists:
                    problems.append((key, f"no word list '{name}' in data/lexicon.toml"))
    for s in specs:
        needed = list(s.word_lists)
        targets = matcher.get("targets") if s.target_lists else None
        if isinstance(targets, list):  # a target class's word lists, when a rule enforces it
            needed += [name for name, cls in s.target_lists.items() if cls in targets]
        for name in needed:
            if lists is not None and name not in lists:
                problems.append(
                    (
                        "matcher.kind",
                        f"matcher '{s.kind}' reads the word list '{name}', which data/lexicon.toml does not have",
                    )
                )
    return problems


def check_message(message: str, kind: str) -> str | None:
    """A problem with a message template, or None: a message may use only the
    placeholders its matcher fills, written plainly as ``{name}`` (no format
    codes, no attributes, no other braces)."""
    spec = REGISTRY.get(kind)
    allowed = ("excerpt", *(spec.placeholders if spec else ()))
    for m in re.finditer(r"\{([^{}]*)\}|[{}]", message):
        name = m.group(1)
        if name is None:
            return "a lone '{' or '}': write placeholders as {name}"
        if not re.fullmatch(r"[a-z_]+", name):
            return f"'{{{name[:40]}}}' is not a plain placeholder: write {{name}}, without format codes or attributes"
        if name not in allowed:
            return (
                f"unknown placeholder '{{{name}}}' for matcher '{kind}'; "
                f"it fills {', '.join('{' + a + '}' for a in allowed)}"
            )
    return None


PLACEHOLDER_PATTERN = re.compile(r"\{([a-z_]+)\}")  # a placeholder as check_message lets it be written


def fill(template: str, values: Mapping[str, Any]) -> str:
    """Put ``values`` into a message's ``{name}`` placeholders, as plain text
    (no format codes are run); an unknown ``{name}`` stays as written."""
    return PLACEHOLDER_PATTERN.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template)
