"""Matchers for drafts: each turns an analysed draft into hits.

A rule names its matcher by ``kind`` and gives it parameters in the rule
data; :data:`MATCHERS` maps each kind to its function. A hit is a character
span plus values for the rule message's ``{placeholders}``. Every matcher is
linear in the draft: regular expressions here are anchored on literal text
or use bounded repetition only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from .abuse import Abuse, find_abuse
from .context import Context


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
    """A negator in the ``window`` words before, in the same clause (no comma or colon between)."""
    lo = max(ctx.sent_start[first], first - window)
    for i in range(first - 1, lo - 1, -1):
        if ctx.break_after(i, ",:"):
            return False
        if ctx.at(i, "negator"):
            return True
    return False


# --------------------------------------------------------------------------
# meaning


def match_abuse(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Derogatory, dehumanising or threatening statements (see etika_check.abuse)."""
    targets = set(params.get("targets", ()))
    cached = ctx.analysis.cache.get("abuse")
    if cached is None:
        cached = ctx.analysis.cache["abuse"] = find_abuse(ctx)
    hits: list[Hit] = []
    for a in cached:  # type: Abuse
        if a.target in targets:
            hits.append(_tok_hit(ctx, a.first, a.last, target=a.target, kind=a.kind))
    return hits


def match_terms(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Any word of the lists ``terms``; optionally only with a word of ``with``
    in the same sentence, not after a negation (``negation = "suppress"``), or
    only the first one (``once = true``)."""
    hits: list[Hit] = []
    needs = params.get("with", ())
    for cat in params["terms"]:
        for m in ctx.get(cat):
            if needs and not any(ctx.in_sentence(c, m.first) for c in needs):
                continue
            if params.get("negation") == "suppress" and _negated_before(ctx, m.first, 3):
                continue
            hits.append(_tok_hit(ctx, m.first, m.last))
    hits.sort(key=lambda h: h.start)
    return hits[:1] if params.get("once") else hits


def match_classified(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Security classifications and cabinet papers.

    "Rahsia", "sulit" and "terhad" have everyday senses ("rahsia kejayaan",
    "tempat terhad"); they count as markings when written in capitals in a
    sentence that is not all capitals, or next to a document word
    ("laporan sulit", "secret documents"). Advice not to share them
    ("jangan kongsi dokumen SULIT") is not a disclosure.
    """
    hits: list[Hit] = []
    for cat in ("classified_strong", "cabinet_paper"):
        for m in ctx.get(cat):
            if not _negated_before(ctx, m.first, 5):
                hits.append(_tok_hit(ctx, m.first, m.last, marking=ctx.analysis.text[slice(*ctx.span(m.first, m.last))]))
    covered = {(m.first, m.last) for m in ctx.get("classified_strong")}
    for m in ctx.get("classified_marker"):
        if any(a <= m.first <= b for a, b in covered) or _negated_before(ctx, m.first, 5):
            continue
        s0, s1 = ctx.sentence(m.first)
        shouting = _shouting(ctx, s0, s1)
        caps = all(ctx.tokens[i].upper for i in range(m.first, m.last + 1))
        near_doc = ctx.any_in("document_noun", max(s0, m.first - 2), min(s1, m.last + 2))
        if (caps and not shouting) or near_doc:
            hits.append(_tok_hit(ctx, m.first, m.last, marking=ctx.analysis.text[slice(*ctx.span(m.first, m.last))]))
    hits.sort(key=lambda h: h.start)
    return hits


def _urging(word: str) -> bool:
    """An urge to act ("sebarkan", "kongsi", "share"), not a report ("disebarkan", "berkongsi")."""
    return not word.startswith(("di", "ber", "me", "pe", "ter", "ke"))


def _shouting(ctx: Context, s0: int, s1: int) -> bool:
    """Is most of the sentence in capitals? (computed once per sentence)"""
    memo = ctx.analysis.cache.setdefault("shouting", {})
    if s0 not in memo:  # type: ignore[operator]
        words = ctx.tokens[s0:s1 + 1]
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
    shares = [m for m in ctx.get("share_verb")
              if not _negated_before(ctx, m.first, 2) and _urging(ctx.tokens[m.first].norm)]
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
        word = ctx.tokens[m.first].norm
        called = (m.first == s0 or word.endswith("lah")
                  or ctx.any_in("hortative", max(s0, m.first - 3), m.first - 1)
                  or ctx.any_in("negator", max(s0, m.first - 1), m.first - 1))
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
        return any(ctx.in_sentence(u, i) for u in unless)

    hits = [_tok_hit(ctx, m.first, m.last) for m in ctx.get("piracy_strong")
            if not reported(m.first)
            and not (ctx.tokens[m.first].norm == "crack" and ctx.tokens[m.last + 1:m.last + 2]
                     and ctx.tokens[m.last + 1].norm == "down")]
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

_MYKAD = re.compile(r"(?<![\d-])(\d{6})([- ]?)(\d{2})\2(\d{4})(?![\d])")
_MOBILE = re.compile(r"(?<![\d+])(?:\+?60|0)1\d(?:[- ]?\d){7,8}(?!\d)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]{}]{1,2000}", re.IGNORECASE)
_BARE_DOMAIN = re.compile(
    r"(?<![\w.@-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\."
    r"(?:com|net|org|tv|be|xxx|my|io|co|me|to|cc|info|watch|live|sex|porn)(?![\w-])",
    re.IGNORECASE)
_EXEC_NAME = re.compile(
    r"(?<![\w.-])[\w-]{1,100}(?:\.[\w-]{1,20}){0,3}\.(exe|scr|bat|cmd|vbs|vbe|jar|msi|ps1|pif|hta|lnk|wsf|apk|dll)(?![\w-])",
    re.IGNORECASE)
_HOUSE = re.compile(
    r"\b(?:no\.?|nombor|lot|unit)\s{0,3}\d{1,5}[a-z]?(?:[-/]\d{1,5}){0,2},?\s{1,3}"
    r"(?:jalan|jln\.?|lorong|lrg\.?|taman|tmn\.?|kampung|kg\.?|persiaran|lebuh|blok|street|road|lane)\b",
    re.IGNORECASE)
_PIN_AFTER = re.compile(r"(?:\s{1,3}[^\s\d:=]{1,30}){0,3}?\s{1,3}(\d{4,8})(?![\d\w])")
_SECRET_AFTER = re.compile(r"(?:\s{0,3}[^\s:=]{1,30}){0,4}?\s{0,3}(?:[:=]|\b(?:ialah|adalah|is)\b)\s{0,3}(\S{4,64})")


def match_mykad(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """MyKad numbers, valid by date of birth and place-of-birth code."""
    from stdnum.my import nric  # imported here: only drafts with 12-digit runs pay for it

    hits = []
    for m in _MYKAD.finditer(ctx.analysis.text):
        number = m.group(1) + m.group(3) + m.group(4)
        if nric.is_valid(number):
            hits.append(Hit(m.start(), m.end(), {"number": m.group(0)}))
    return hits


def match_mobile(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """Malaysian mobile numbers (01x-xxx xxxx, 011-xxxx xxxx, +60...)."""
    hits = []
    for m in _MOBILE.finditer(ctx.analysis.text):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("60"):
            digits = digits[1:]
        if (digits.startswith("011") and len(digits) == 11) or (not digits.startswith("011") and len(digits) == 10):
            hits.append(Hit(m.start(), m.end(), {"number": m.group(0)}))
    return hits


def match_home_address(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """A house address: a house number with a street, or "alamat rumah" with a
    street word, in a sentence that is not about an office."""
    hits = []
    text = ctx.analysis.text
    for m in _HOUSE.finditer(text):
        i = _token_at(ctx, m.start())
        if i is not None and ctx.in_sentence("office_word", i):
            continue
        hits.append(Hit(m.start(), m.end()))
    if not hits:
        for a in ctx.get("address_kw"):
            s0, s1 = ctx.sentence(a.first)
            # a street with a name or number ("Taman Seri Kangar", "Lorong 5"), not "taman ini"
            streets = [st for st in ctx.near("street_word", a.last + 1, min(s1, a.last + 8))
                       if st.last + 1 <= s1 and (ctx.tokens[st.last + 1].text[:1].isupper()
                                                  or ctx.tokens[st.last + 1].text[:1].isdigit())]
            if streets and not ctx.in_sentence("office_word", a.first) and ctx.tokens[a.first].norm != "alamat" \
                    or (streets and ctx.tokens[a.first].norm == "alamat" and ctx.at(a.first + 1, "address_kw")):
                hits.append(_tok_hit(ctx, a.first, streets[-1].last))
    return hits


def match_credential(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """A password or PIN written out: the keyword, a colon (or "ialah", "is")
    and a value that looks like a secret (digits, symbols or mixed case)."""
    hits = []
    text = ctx.analysis.text
    for m in ctx.get("credential_kw"):
        start, end = ctx.span(m.first, m.last)
        found = _SECRET_AFTER.match(text, end, min(len(text), end + 200)) or \
            _PIN_AFTER.match(text, end, min(len(text), end + 120))
        if not found:
            continue
        value = found.group(1).rstrip(".,;!?)\"'")
        if len(value) >= 4 and (any(c.isdigit() for c in value) or any(not c.isalnum() for c in value)
                                or (any(c.isupper() for c in value[1:]) and any(c.islower() for c in value))):
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
        if lo < pos and "." in text[pos + 1:hi]:
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
        if i is not None and ctx.in_sentence("personal_account", i):
            hits.append(Hit(lo, hi, {"address": ctx.analysis.text[lo:hi]}))
    return hits


def _urls(text: str) -> list[tuple[int, int]]:
    """Links with a scheme or "www.", then bare domains outside them."""
    from bisect import bisect_right

    spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    starts = [a for a, _ in spans]
    bare = []
    for m in _BARE_DOMAIN.finditer(text):
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
    cache = ctx.analysis.cache.get("urls")
    if cache is None:
        cache = ctx.analysis.cache["urls"] = _urls(ctx.analysis.text)
    for lo, hi in cache:
        url = ctx.analysis.text[lo:hi].casefold()
        if any(t in url for t in terms):
            hits.append(Hit(lo, hi, {"url": ctx.analysis.text[lo:hi]}))
    unless = params.get("unless", ())
    for cat in params.get("terms", ()):
        for m in ctx.get(cat):
            if any(ctx.in_sentence(u, m.first) for u in unless):
                continue
            s, e = ctx.span(m.first, m.last)
            if not any(lo <= s < hi for lo, hi in cache):
                hits.append(Hit(s, e, {"url": ""}))
    for cat in params.get("always", ()):
        for m in ctx.get(cat):
            s, e = ctx.span(m.first, m.last)
            hits.append(Hit(s, e, {"url": ""}))
    hits.sort(key=lambda h: h.start)
    return _dedupe(hits)


def match_executable_name(ctx: Context, params: Mapping[str, Any]) -> list[Hit]:
    """File names of programs (.exe, .scr, .bat, .apk ...) mentioned in a draft."""
    allowed = {e.lower() for e in params.get("extensions", ())}
    hits = []
    for m in _EXEC_NAME.finditer(ctx.analysis.text):
        if m.group(1).lower() in allowed:
            hits.append(Hit(m.start(), m.end(), {"name": m.group(0)}))
    return hits


def _token_at(ctx: Context, pos: int) -> int | None:
    from bisect import bisect_right

    starts = ctx.analysis.cache.get("starts")
    if starts is None:
        starts = ctx.analysis.cache["starts"] = [t.start for t in ctx.tokens]
    i = bisect_right(starts, pos) - 1  # type: ignore[arg-type]
    return i if i >= 0 else (0 if ctx.tokens else None)


def _dedupe(hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


MATCHERS: dict[str, Matcher] = {
    "abuse": match_abuse,
    "terms": match_terms,
    "classified": match_classified,
    "viral": match_viral,
    "political": match_political,
    "piracy": match_piracy,
    "mykad": match_mykad,
    "mobile": match_mobile,
    "home-address": match_home_address,
    "credential": match_credential,
    "official-email": match_official_email,
    "link": match_link,
    "executable-name": match_executable_name,
}
