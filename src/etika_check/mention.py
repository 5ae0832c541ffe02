"""Mention is not use (issue 20, item 3).

A draft that warns against a banned act, reminds readers of the rule, reports
what someone else was punished for, or quotes a rule that forbids or blocks
the act, names the act without doing it: "Jangan kongsi dokumen SULIT",
"Peringatan: capaian ke laman penstriman disekat", "Lelaki itu didakwa kerana
memiliki bahan lucah", "Don't download pirated software". So does a draft that
tells of a label others put on someone, or judges it unfair ("Pekerja X sering
dilabel pemalas", "It's unfair to call all X thieves"). :func:`mention` says
whether the words of a finding stand in such a sentence; the engine drops the
findings of every post rule for which it does.

Data is not a mention: a number, a link or an address written out in the
draft is published whatever the sentence around it says ("Jangan sebar IC dia
790214-09-5123" still discloses the number). So :func:`mention` answers
``None`` for a span that holds a run of digits, "@" or a link, and the rules
whose matchers find data itself (:data:`DATA_MATCHERS`) are not filtered.

Pure and linear: it reads at most :data:`REACH` words before the span and
:data:`AFTER` after it, within the span's sentence, whatever the draft's size.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from operator import attrgetter
from typing import TypeVar, cast

from .text import Analysis

#: The matcher kinds whose hits are the disclosed data itself (a number, an
#: address, a password, an e-mail address): never a mention.
DATA_MATCHERS = frozenset({"mykad", "mobile", "home-address", "credential", "official-email"})

REACH = 12  # words read back from the span
AFTER = 4  # words read on after it ("... disekat", "... are blocked")

# A warning or a reminder, anywhere before the span in its sentence.
_REMINDER = frozenset(
    {
        "peringatan",
        "diingatkan",
        "mengingatkan",
        "ingatkan",
        "awas",
        "waspada",
        "berhati-hati",
        "hati-hati",
        "reminder",
        "reminded",
        "remind",
        "beware",
        "careful",
    }
)
# Telling the reader not to do something; with an act below, in the span's clause.
_PROHIBIT = frozenset(
    {
        "jangan",
        "jgn",
        "usah",
        "elakkan",
        "elak",
        "elakkanlah",
        "dilarang",
        "never",
        "don't",
        "dont",
        "avoid",
        "mustn't",
        "shouldn't",
    }
)
_PROHIBIT_PAIRS = frozenset(
    {
        ("tidak", "boleh"),
        ("tak", "boleh"),
        ("x", "boleh"),
        ("tidak", "dibenarkan"),
        ("tak", "dibenarkan"),
        ("do", "not"),
        ("must", "not"),
        ("may", "not"),
        ("should", "not"),
        ("not", "allowed"),
        ("not", "to"),
    }
)
# The acts the rules forbid: sharing, posting, opening, watching, using; matched as whole words or
# roots ("kongsikan", "dimuat", "menyebarkan" by their roots). Not "undi", "vote", "bagi", "ambil",
# "let": "Jangan undi parti tu", "Jangan ambil orang X kerja" are the banned acts themselves.
_ACTS = frozenset(
    """
    kongsi sebar hebah viral tular muat hantar dedah bocor snap gambar tonton tengok layar layari
    melayari lawat buka klik pasang guna edar siar tampal kempen
    upload uploads uploaded uploading download downloads downloaded downloading post posts posted
    posting share shares shared sharing forward forwards forwarded forwarding send sends sending sent
    leak leaks leaked leaking disclose discloses disclosed disclosing reveal reveals revealed revealing
    photo photos photograph photographs watch watches watched watching stream streams streamed
    streaming visit visits visited visiting open opens opened opening click clicks clicked clicking
    install installs installed installing use using publish publishes published publishing paste
    campaign campaigns campaigned campaigning komen comment comments commenting
""".split()
)
# "tidak membenarkan", "does not allow": forbidding, in two words.
_ALLOWS = frozenset({"membenarkan", "benarkan", "allow", "allows", "permit", "permits"})
_NOT = frozenset({"tidak", "tak", "not", "never", "doesn't", "don't"})
# What someone was punished or dealt with for, reported ("didakwa ... kerana ...").
_CONSEQUENCE = frozenset(
    {
        "didakwa",
        "dihukum",
        "didenda",
        "dipenjara",
        "ditahan",
        "ditangkap",
        "digantung",
        "dipecat",
        "dikenakan",
        "disabitkan",
        "dibicarakan",
        "disiasat",
        "diberi",
        "charged",
        "jailed",
        "fined",
        "convicted",
        "sentenced",
        "disciplined",
        "arrested",
        "suspended",
        "sacked",
        "dismissed",
        "warned",
        "prosecuted",
        "investigated",
        "detained",
    }
)
_BECAUSE = frozenset(
    {"kerana", "karena", "sebab", "atas", "akibat", "selepas", "setelah", "for", "over", "with", "after"}
)
# A rule or authority that forbids or blocks the act ("SOP melarang ...").
_FORBIDS = frozenset(
    {
        "melarang",
        "menyekat",
        "mengharamkan",
        "forbids",
        "forbid",
        "prohibits",
        "prohibit",
        "bans",
        "restricts",
        "blocks",
    }
)
# Said after the span: access to it is blocked ("Capaian ke laman lucah disekat", "Streaming
# sites are blocked"), with a word of access or content before: not "X are banned from the club".
_BLOCKED_AFTER = frozenset({"disekat", "diblok", "blocked"})
_ACCESS = frozenset(
    {
        "capaian",
        "akses",
        "laman",
        "pautan",
        "kandungan",
        "video",
        "access",
        "site",
        "sites",
        "website",
        "websites",
        "link",
        "links",
        "content",
        "videos",
        "web",
        "services",
        "platforms",
        "apps",
    }
)
# Urged, not reported: "patut ditangkap", "should be banned".
_URGING = frozenset(
    {
        "patut",
        "perlu",
        "mesti",
        "harus",
        "wajib",
        "kena",
        "biar",
        "should",
        "must",
        "let",
        "lets",
        "let's",
        "sepatutnya",
        "hendaklah",
    }
)

# A label others put on someone, told in the passive: "X selalu dilabel penjenayah", "X are often seen
# as criminals". The Malay di- forms of these roots, or the English participles after a form of "be"
# or "get"; not urged ("patut dianggap", "should be seen as": the writer's own demand).
_LABEL_ROOTS = frozenset({"anggap", "label", "cop", "gelar", "panggil", "sifat", "tuduh", "cap", "stereotaip"})
_LABEL_PARTICIPLES = frozenset(
    {"labelled", "labeled", "branded", "stereotyped", "seen", "viewed", "regarded", "called", "painted", "portrayed"}
)
_BE = frozenset(
    {
        "are",
        "is",
        "be",
        "been",
        "being",
        "get",
        "gets",
        "got",
        "was",
        "were",
        "often",
        "always",
        "still",
        "wrongly",
        "unfairly",
        "sering",
        "selalu",
    }
)
# Judged unfair before an active label ("It's unfair to call X ...", "Tak adil kalau kita cop X ..."):
# the labelling is what the sentence rejects.
_UNFAIR = frozenset({"unfair", "unjust", "wrong"})
_UNFAIR_PAIRS = frozenset({("tak", "adil"), ("tidak", "adil"), ("x", "adil"), ("not", "fair"), ("isn't", "fair")})
_LABEL_ACTIVE = frozenset(
    {
        "call",
        "calling",
        "label",
        "labelling",
        "labeling",
        "brand",
        "branding",
        "see",
        "paint",
        "stereotype",
        "panggil",
        "memanggil",
        "gelar",
        "menggelar",
        "cop",
        "mengecop",
        "melabel",
        "labelkan",
        "anggap",
        "menganggap",
    }
)
# Treating someone as something: a label only with a likening after it ("Jangan layan X macam
# penjenayah"; not "Jangan layan X", a refusal of them).
_TREAT = frozenset({"layan", "melayan", "treat", "treating"})
_AS = frozenset({"macam", "seperti", "like", "as", "sebagai", "bagai"})
# Forbidding a label ("Jangan panggil X beruk", "Tak patut gelar dia bodoh", "Stop calling her lazy").
_NO_LABEL = frozenset({"jangan", "jgn", "usah", "stop", "berhenti", "never", "don't", "dont", "shouldn't"})
_NO_LABEL_PAIRS = frozenset(
    {
        ("tak", "patut"),
        ("tidak", "patut"),
        ("x", "patut"),
        ("tak", "boleh"),
        ("tidak", "boleh"),
        ("should", "not"),
        ("must", "not"),
        ("do", "not"),
    }
)

# The act declared an offence anywhere in its sentence ("Menghina Sultan adalah kesalahan", "It is an
# offence to share ...", "Threatening a colleague, even as a joke, is a disciplinary offence"), not
# denied ("bukan kesalahan", "not an offence").
_OFFENCE = frozenset({"offence", "offense", "offences", "offenses"})
# "kesalahan" is also a mistake ("belajar dari kesalahan"): an offence only declared ("adalah
# kesalahan", "satu kesalahan") or named by its law ("kesalahan disiplin", "kesalahan di bawah Akta").
_KESALAHAN_AFTER = frozenset({"adalah", "merupakan", "ialah", "satu", "suatu", "menjadi"})
_KESALAHAN_BEFORE = frozenset({"disiplin", "jenayah", "tatatertib", "di"})
_OFFENCE_DENIED = frozenset({"bukan", "not", "no", "tiada", "tidak", "tak", "isn't"})
OFFENCE_AFTER = 12  # words read on after the span for an offence noun
# A condition or a time that opens the sentence, then what to do about the act: "Kalau ada pautan
# video lucah dihantar ke group, terus padam dan laporkan", "Before you hit forward on that message,
# check whether it comes from an official source": the reader is told how to handle it.
_OPENS_CONDITION = frozenset({"kalau", "jika", "sekiranya", "jikalau", "apabila", "bila", "sebelum", "if", "before"})
_HANDLE = frozenset(
    {
        "padam",
        "padamkan",
        "laporkan",
        "lapor",
        "semak",
        "pastikan",
        "sahkan",
        "abaikan",
        "report",
        "delete",
        "check",
        "verify",
        "ignore",
        "rujuk",
        "tanya",
        "fikir",
        "refer",
        "ask",
        "think",
        "confirm",
        "double-check",
    }
)
# A thing said or posted, then a relative: "komen yang hina penganut Hindu", "posts that insult X":
# the words tell of what others wrote.
_WRITER = frozenset({"saya", "sy", "aku", "i", "kami", "we", "i'll", "we'll"})
_CONTENT = frozenset(
    {
        "komen",
        "komen-komen",
        "kenyataan",
        "hantaran",
        "posting",
        "ucapan",
        "mesej",
        "comment",
        "comments",
        "post",
        "posts",
        "remarks",
        "statement",
        "statements",
        "messages",
    }
)
_RELATIVE = frozenset({"yang", "that", "which", "yg"})
_RELATIVE_WHO = _RELATIVE | {"who", "whom"}
_BECAUSE_STRICT = frozenset({"kerana", "karena", "sebab", "akibat", "because"})  # (not "atas", "for": "ke atas")
# A sentence that answers why the act is not allowed, after a question that names the prohibition:
# "Kenapa kita tak boleh kongsi minit mesyuarat? Sebab minit tu dokumen rasmi, untuk edaran dalaman."
_ANSWER_OPENS = frozenset({"sebab", "kerana", "because", "sebabnya"})
# Saying it, judged unfair ("Tak adil cakap semua orang X kaki tipu", "It's wrong to say ..."):
# read only with a judgement of unfairness (not "Jangan cakap dengan X", a refusal of them).
_SAY = frozenset({"cakap", "kata", "mengatakan", "menuduh", "tuduh", "say", "saying", "claim", "claiming"})
# Acts of trade, for the rules that are not about a group only: "Officers may not sell goods through
# the department's page" (for a group, "Jangan jual rumah kepada orang X" is the banned act itself).
_TRADE_ACTS = frozenset(
    {"jual", "menjual", "berniaga", "iklan", "mengiklankan", "sell", "selling", "sells", "advertise", "advertising"}
)

# "X bukan tempat untuk ...", "the office is not the place for ...": the act named as what a place or
# a time is not for.
_PLACE_FOR = frozenset({"tempat", "masa", "waktu", "platform", "ruang", "medium", "saluran", "place", "time", "venue"})
_FOR = frozenset({"untuk", "utk", "bagi", "for", "to"})
# Suspected of it, or exposed to it, just before the span: "disyaki sebar video lucah" (a report),
# "supaya anak tak terdedah kepada laman web lucah" (what the reader guards against).
_SUSPECTED = frozenset({"disyaki", "suspected", "dituduh", "accused", "alleged", "allegedly"})
# found guilty of, convicted of: the act is what someone was judged for, told (in the span's clause)
_CONVICTED = frozenset({"guilty", "bersalah", "convicted", "disabitkan", "sabit"})
CONVICTED_REACH = 6
_EXPOSED = frozenset({"terdedah", "exposed", "exposure"})
# A court or an arrest earlier in the sentence, then a relative before the act: "Mahkamah menjatuhkan
# hukuman ke atas bekas kerani yang membocorkan dokumen rahsia", "police arrested a man who shared ...".
_COURT = frozenset(
    {"mahkamah", "court", "hukuman", "dihukum", "dipenjara", "ditahan", "ditangkap", "didakwa", "menahan",
     "menangkap", "tahan", "tangkap", "arrested", "detained", "charged", "jailed", "sentenced", "convicted"}
)  # fmt: skip
# An avoidance that closes the sentence: "Streaming video guna rangkaian pejabat melambatkan sistem,
# elakkan ya.", "..., avoid it."; only particles after it.
_AVOID_END = frozenset({"elakkan", "elakkanlah", "avoid"})
# A course, a briefing or a workshop whose title names the act or the marking ("Kursus Pengendalian
# Dokumen Terperingkat", "the workshop on handling Secret files"): its topic, not a use of it; not
# when the writer or an act comes between ("Lepas kursus tadi aku dapat dokumen SULIT").
_TRAINING = frozenset(
    {"kursus", "taklimat", "bengkel", "latihan", "seminar", "webinar", "training", "briefing", "workshop"}
)  # (not "course": "of course")
_TOPIC_BROKEN = frozenset(
    {"aku", "saya", "kami", "kita", "i", "we", "dapat", "got", "dari", "daripada", "from", "tadi", "semalam",
     "yesterday", "ni", "this", "here", "sini"}
)  # fmt: skip
TOPIC_REACH = 6  # words from the course's noun to the span
# What the act is said to do to others, after it in its clause: a reason not to do it, told ("Menonton
# video secara streaming di pejabat melambatkan rangkaian", "Streaming on the office network slows
# everyone down"), not the act done.
_BURDENS = frozenset(
    {
        "melambatkan",
        "memperlahankan",
        "menjejaskan",
        "membebankan",
        "slows",
        "clogs",
        "hogs",
        "burdens",
        "eats",
        "perlahan",
        "lembap",
        "lembab",
        "slow",
        "slower",
    }
)
# a burden denied or wished away: "... supaya PC tak lembap" is why the act is done, not why it is not
_BURDEN_DENIED = frozenset({"tak", "tidak", "x", "not", "never", "won't", "supaya", "agar", "so", "takkan"})
# A duty to keep the thing safe right after it: "... perlu disimpan berkunci", "... must be stored" (not for
# the rules about a group: "X should be locked away" is the harm itself).
_MUST = frozenset({"perlu", "mesti", "wajib", "hendaklah", "harus", "must", "should", "shall"})
_KEPT = frozenset(
    {"disimpan", "dikunci", "dilupuskan", "dimusnahkan", "dirahsiakan", "dijaga", "dilindungi", "dikendalikan",
     "kept", "stored", "locked", "shredded", "protected", "handled", "safeguarded"}
)  # fmt: skip


def _is_kept(tokens, j: int) -> bool:
    """The word at ``j`` (or after "be") is a passive of keeping safe."""
    if tokens[j].norm == "be" and j + 1 < len(tokens):
        j += 1
    return tokens[j].norm in _KEPT


_CLOSING_PARTICLES = frozenset(
    {"ya", "yer", "ye", "lah", "ok", "okay", "it", "this", "that", "please", "pls", "tau", "k"}
)

T = TypeVar("T")


def _starts(analysis: Analysis) -> list[int]:
    return analysis.starts()  # (one list for every reader)


_NORM = attrgetter("norm")
_SIX_DIGITS = re.compile(r"\d{6}")


def _is_data(text: str) -> bool:
    if "@" in text or "://" in text or "www." in text.lower():
        return True
    # six digits in a row: found by one search (a span may be a whole endless sentence); a
    # character by character look only for text outside ASCII ("²" is a digit, not a \d)
    if _SIX_DIGITS.search(text) is not None:
        return True
    if text.isascii():
        return False
    run = 0
    for ch in text:
        run = run + 1 if ch.isdigit() else 0
        if run >= 6:
            return True
    return False


# The words that may end the look back of mention() (a prohibition, a rule, an allowance denied, a
# reminder, a reason), and those _labelled may read (a label, a treatment, a passive of labelling).
_BACKWARD = (
    _PROHIBIT | {a for a, _ in _PROHIBIT_PAIRS} | _FORBIDS | _ALLOWS | _REMINDER | _BECAUSE
    | _PLACE_FOR | _SUSPECTED | _EXPOSED | _COURT | _TRAINING | _CONVICTED
)  # fmt: skip
_LABELLING = _LABEL_ACTIVE | _TREAT | _SAY | _LABEL_PARTICIPLES  # (and every "di-" word: _label_passive)


def _triggers(analysis: Analysis) -> tuple[list[int], list[int], list[int], list[int]]:
    """The tokens, in order, whose word is in _BACKWARD; those whose word is in _LABELLING or has
    "di-"; those that are an offence noun (_OFFENCE, "kesalahan"); and those whose word may answer
    at all (:data:`_MAY_ANSWER`, or "di-"): found once per draft, so a span with none of them in
    reach is not read word by word (in a dense draft, hits stand every few words and each read
    back REACH words)."""
    found = analysis.cache.get("mention_triggers")
    if found is None:
        tokens = analysis.tokens
        # one pass over the draft, for the gate; the other three are among its few words
        # (_MAY_ANSWER holds _BACKWARD, _LABELLING, _OFFENCE and "kesalahan")
        gate = [i for i, t in enumerate(tokens) if t.norm in _MAY_ANSWER or "di" in t.affixes]
        backward = [i for i in gate if tokens[i].norm in _BACKWARD]
        labels = [i for i in gate if tokens[i].norm in _LABELLING or "di" in tokens[i].affixes]
        offences = [i for i in gate if tokens[i].norm in _OFFENCE or tokens[i].norm == "kesalahan"]
        found = analysis.cache["mention_triggers"] = (backward, labels, offences, gate)
    return found  # type: ignore[return-value]


def _is_act(token) -> bool:
    return token.norm in _ACTS or not _ACTS.isdisjoint(token.roots)


def _is_trade_act(token) -> bool:
    return _is_act(token) or token.norm in _TRADE_ACTS or not _TRADE_ACTS.isdisjoint(token.roots)


_CLAUSE_MARK = re.compile(",|:|;|\u2013|\u2014| - ")


def _clause_break(analysis: Analysis, i: int) -> bool:
    """A clause mark (",", ":", ";", a dash) in the gap before token ``i`` (searched in place:
    no slice of the gap, no step per mark)."""
    if not i:
        return False
    tokens = analysis.tokens
    return _CLAUSE_MARK.search(analysis.text, tokens[i - 1].end, tokens[i].start) is not None


def _clause_breaks(analysis: Analysis) -> list[int]:
    """The tokens with a clause mark in the gap before them (:func:`_clause_break`), in order:
    found once per draft, so the clause of each span is one bisect away (walking back to the
    mark, gap by gap, for every span and every candidate of a construction was most of the work
    on a draft of many hits)."""
    breaks = analysis.cache.get("mention_clause_breaks")
    if breaks is None:
        # each mark of the text, and the token after it when the mark lies in the gap before that
        # token (a mark never lies in a word, nor " - " across one: one gap holds each match)
        tokens, starts = analysis.tokens, _starts(analysis)
        found: list[int] = []
        for m in _CLAUSE_MARK.finditer(analysis.text):
            i = bisect_right(starts, m.start())
            if (
                0 < i < len(tokens)
                and tokens[i - 1].end <= m.start()
                and m.end() <= tokens[i].start
                and (not found or found[-1] != i)
            ):
                found.append(i)
        analysis.cache["mention_clause_breaks"] = breaks = found
    return breaks  # type: ignore[return-value]


def _urged(norms: list[str], k: int) -> bool:
    return any(n in _URGING for n in norms[max(0, k - 2) : k])


def mention(analysis: Analysis, start: int, end: int, questions: bool = True, trade: bool = False) -> str | None:
    """Why the words at ``[start, end)`` of the draft name a banned act without doing it:
    ``"warning"`` (a reminder or a warning before them in their sentence), ``"prohibition"``
    (the reader told not to share, post, open ... them, in their clause), ``"report"`` (what
    someone was charged, fined, disciplined ... for), ``"rule"`` (a rule or authority that
    forbids or blocks them), ``"label"`` (a label others put on someone, told in the passive and
    not urged, or judged unfair), ``"question"`` (asking whether they are allowed; not read with
    ``questions=False``, as for the rules that judge what is said of a group, where "Why are
    X allowed to vote?" is itself the derogation); ``None`` when they are used, or are data.
    With ``trade``, selling and advertising are acts too (not for the rules about a group)."""
    tokens = analysis.tokens
    if not tokens:
        return None
    starts = _starts(analysis)
    first = max(0, bisect_right(starts, start) - 1)
    if tokens[first].end <= start and first + 1 < len(tokens):
        first += 1
    last = max(first, bisect_right(starts, end - 1) - 1) if end > start else first
    gate = _triggers(analysis)[3]  # (the gate below, read first over all it may read: REACH words back at most)
    k = bisect_left(gate, first - REACH)
    if k == len(gate) or gate[k] > last + GATE_AFTER or _is_data(analysis.text[start:end]):
        return None
    sentence = analysis.sentence_of[first]
    lo = first
    while lo > 0 and first - lo < REACH and analysis.sentence_of[lo - 1] == sentence:
        lo -= 1
    backward, labels, offences, gate = _triggers(analysis)
    k = bisect_left(gate, min(lo, first - 2))
    if k == len(gate) or gate[k] > last + GATE_AFTER:
        return None  # no word that may answer in all it reads (most spans of most drafts)
    before = tokens[lo:first]
    norms = [t.norm for t in before]
    # the clause of the span: back to the nearest clause mark
    breaks = _clause_breaks(analysis)
    k = bisect_right(breaks, first) - 1  # the last mark at or before the span's first word
    clause = breaks[k] if k >= 0 and breaks[k] > lo else lo
    # (the words before it are read back only when one of them may answer: most spans have none)
    k = bisect_left(backward, lo)
    read_back = k < len(backward) and backward[k] < first
    # an act in the span itself ("download pirated software") counts only right after the
    # prohibition (at most one word between: "jangan sesekali download")
    is_act = _is_trade_act if trade else _is_act
    act_in_span = read_back and any(is_act(t) for t in tokens[first : min(last + 1, first + REACH)])
    act_seen = False
    hi_offence = min(len(tokens), last + 1 + OFFENCE_AFTER)
    k = bisect_left(offences, lo)  # (the words are read one by one only when an offence noun is among them)
    for i in range(lo, hi_offence if k < len(offences) and offences[k] < hi_offence else lo):
        if i >= first and analysis.sentence_of[i] != sentence:
            break
        n = tokens[i].norm
        offence = n in _OFFENCE or (
            n == "kesalahan"
            and (
                (i > 0 and tokens[i - 1].norm in _KESALAHAN_AFTER)
                or (i + 1 < len(tokens) and tokens[i + 1].norm in _KESALAHAN_BEFORE)
            )
        )
        if offence and not any(t.norm in _OFFENCE_DENIED for t in tokens[max(lo, i - 3) : i]):
            return "rule"
    # the condition opens the sentence, or the span's clause ("Ingat geng, kalau dapat mesej ..."); what to
    # do is read after the span, or inside a span that runs on (not for the rules about a group: "Kalau
    # jumpa X, pastikan ..." may be the harm itself)
    opens = (norms and (lo == 0 or analysis.sentence_of[lo - 1] != sentence) and norms[0] in _OPENS_CONDITION) or (
        (questions or trade) and clause < first and tokens[clause].norm in _OPENS_CONDITION
    )
    if opens:
        for i in range(first + 1 if questions or trade else last + 1, hi_offence):
            if analysis.sentence_of[i] != sentence:
                break
            if tokens[i].norm in _HANDLE and tokens[i - 1].norm not in _WRITER:
                return "warning"  # (not the writer's own habit: "..., saya check tiap hari")
    if first >= 2 and tokens[first - 1].norm in _RELATIVE and tokens[first - 2].norm in _CONTENT:
        return "report"
    for k in range(len(norms) - 1 if read_back else -1, -1, -1):
        n = norms[k]
        i = lo + k
        if i >= clause:
            if is_act(before[k]):
                act_seen = True
            pair = (n, norms[k + 1]) if k + 1 < len(norms) else None
            acted = act_seen or (act_in_span and first - i <= 2)
            if acted and (n in _PROHIBIT or pair in _PROHIBIT_PAIRS) and not _urged(norms, k):
                return "prohibition"
            if n in _FORBIDS and not _urged(norms, k):
                return "rule"
            if n in _ALLOWS and k > 0 and norms[k - 1] in _NOT and not _urged(norms, k - 1):
                return "rule"  # "Rangkaian pejabat tidak membenarkan penstriman": forbids it
        if n in _REMINDER:
            return "warning"
        if (
            n in _TRAINING
            and first - i <= TOPIC_REACH
            and i >= clause
            and _TOPIC_BROKEN.isdisjoint(norms[k + 1 :])
            and not any(is_act(t) for t in before[k + 1 :])
        ):
            return "topic"  # "Kursus Pengendalian Dokumen Terperingkat akan diadakan ..."
        if n in _SUSPECTED and first - i <= 3:
            return "report"
        if n in _CONVICTED and first - i <= CONVICTED_REACH and i >= clause:
            return "report"  # "The court found the officer guilty of leaking a classified document"
        if n in _EXPOSED and first - i <= 5 and i >= clause and k + 1 < len(norms) and norms[k + 1] in ("kepada", "to"):
            return "warning"
        if (
            n in _COURT
            and not _urged(norms, k)
            and (_act_in_relative(before, norms, k + 1, is_act) or not _BECAUSE_STRICT.isdisjoint(norms[k + 1 :]))
        ):
            return "report"  # "Mahkamah menjatuhkan hukuman ke atas ... kerana membocorkan ..."
        if n in _BECAUSE:
            for j in range(k - 1, max(-1, k - 8), -1):
                if norms[j] in _CONSEQUENCE and not _urged(norms, j):
                    return "report"
    if _avoid_closes(analysis, last, sentence) or _answers_a_prohibition(analysis, lo, sentence):
        return "prohibition"
    # (not for the rules about a group, which ask with trade=False: "Negeri ini bukan tempat untuk orang X"
    # is the exclusion itself)
    if trade and _place_denied(analysis, backward, max(lo, clause), last):
        return "prohibition"
    if questions and _asks_if_allowed(analysis, lo, first, last, sentence):
        return "question"
    k = bisect_left(labels, lo)  # (_labelled reads only such words, in [lo, first + REACH) and the span)
    if k < len(labels) and labels[k] < min(last + 1, first + REACH) and _labelled(tokens, norms, lo, first, last):
        return "label"
    # (not for the findings of the rules about a group, asked with questions=False and trade=False: what a
    # group is said to burden, or "this is a warning to all" after it, is the derogation itself)
    for i in range(last + 1, min(len(tokens), last + 1 + REACH) if questions or trade else last + 1):
        if analysis.sentence_of[i] != sentence or _clause_break(analysis, i):
            break
        if tokens[i].norm in _BURDENS and _BURDEN_DENIED.isdisjoint(t.norm for t in tokens[max(last + 1, i - 2) : i]):
            return "warning"  # "Streaming ... di pejabat melambatkan rangkaian": why it is not done
    if trade and _reminder_after(analysis, last, sentence):
        return "warning"
    hi = min(len(tokens), last + 1 + AFTER)
    any_kind = not _ANY.isdisjoint(map(_NORM, tokens[clause:first]))  # "any such thing, [then] don't ..."
    for i in range(last + 1, hi):
        if analysis.sentence_of[i] != sentence or (_clause_break(analysis, i) and not any_kind):
            break
        n = tokens[i].norm
        if n in _BLOCKED_AFTER:
            near = [t.norm for t in tokens[clause:i]]
            if not _urged(near, len(near)) and not _ACCESS.isdisjoint(near):
                return "rule"
        # "Dokumen SULIT tidak boleh dikongsi", "... must not be posted": a prohibition with the
        # act in the passive after the span (not "... jangan sebar", the writer's own leak)
        pair = (n, tokens[i + 1].norm) if i + 1 < hi else None
        if (n in _PROHIBIT or pair in _PROHIBIT_PAIRS) and _passive_act_after(tokens, i + 1, hi):
            return "prohibition"
        if (questions or trade) and n in _MUST and i + 1 < hi and _is_kept(tokens, i + 1):
            return "rule"  # "Dokumen terperingkat perlu disimpan dalam kabinet berkunci": how it must be kept
        if (n in _PROHIBIT or pair in _PROHIBIT_PAIRS) and any_kind:
            return "prohibition"  # "apa-apa yang cop SULIT tu jangan snap": any such thing, not this one
        if (
            n in _TRIED_AFTER
            and i - last <= 2
            and not any(t.norm in ("yang", "who", "that", "which") for t in tokens[last + 1 : i])
        ):
            return "report"
    return None


REMINDER_NEXT = 3  # the first words of the next sentence a reminder may be named in ("Ini peringatan ...")


def _reminder_after(analysis: Analysis, last: int, sentence: int) -> bool:
    """The words are called a reminder after them: in a later clause of their sentence ("Fail SULIT mesti
    disimpan berkunci, sekadar peringatan kepada staf baharu", at most REACH words on), or in the first
    REMINDER_NEXT words of the next one ("... Ini peringatan daripada Unit Keselamatan."). Not a
    reminder that tells the reader not to pass on what was just given ("..., peringatan: jangan
    forward"): that is the writer's own leak."""
    tokens, sentence_of = analysis.tokens, analysis.sentence_of
    n = len(tokens)
    i = last + 1
    broken = False  # (in a clause of its own: "Jabatan mengingatkan pengimport ..." is the reminding itself)
    while i < n and i <= last + REACH and sentence_of[i] == sentence:
        broken = broken or _clause_break(analysis, i)
        if broken and tokens[i].norm in _REMINDER:
            return _reminds_of_the_rule(tokens, i)
        i += 1
    for j in range(i, min(n, i + REMINDER_NEXT)):
        if sentence_of[j] != sentence + 1:
            break
        if tokens[j].norm in _REMINDER:
            return _reminds_of_the_rule(tokens, j)
    return False


def _reminds_of_the_rule(tokens, i: int) -> bool:
    """The reminder at token ``i`` is not followed by a prohibition in its next two words."""
    return not any(t.norm in _PROHIBIT for t in tokens[i + 1 : i + 3])


def _act_in_relative(before: list, norms: list[str], k: int, is_act) -> bool:
    """A relative among norms[k:], an act after it ("... yang membocorkan", "... who leaked"): the one
    dealt with is told by what they did."""
    for j in range(k, len(norms)):
        if norms[j] in _RELATIVE_WHO:
            return any(is_act(t) for t in before[j + 1 :])
    return False


def _answers_a_prohibition(analysis: Analysis, lo: int, sentence: int) -> bool:
    """Does the span's sentence open with "sebab", "because" (lo is its first word: the look back
    reached it) right after a sentence that says the act is not allowed ("Kenapa kita tak boleh
    kongsi ...?", "Why can't we share ...?")?"""
    tokens = analysis.tokens
    if lo == 0 or analysis.sentence_of[lo - 1] == sentence or tokens[lo].norm not in _ANSWER_OPENS:
        return False
    prev = analysis.sentence_of[lo - 1]
    j = lo - 1
    norms: list[str] = []
    while j >= 0 and analysis.sentence_of[j] == prev and lo - j <= REACH:
        norms.append(tokens[j].norm)
        j -= 1
    norms.reverse()
    pairs = set(zip(norms, norms[1:]))
    return not _PROHIBIT.isdisjoint(norms) or not pairs.isdisjoint(_PROHIBIT_PAIRS) or "can't" in norms


def _place_denied(analysis: Analysis, backward: list[int], lo: int, last: int) -> bool:
    """A place or a time denied as one for what follows, in the clause up to the span's last word
    ("Kumpulan ini bukan tempat untuk [kongsi video lucah]", "not the place for ...", "isn't a time to
    ..."): the act is named as what it is not for."""
    tokens = analysis.tokens
    for i in backward[bisect_left(backward, lo) : bisect_right(backward, last)]:
        if tokens[i].norm not in _PLACE_FOR or i + 1 > last or tokens[i + 1].norm not in _FOR:
            continue
        before = [t.norm for t in tokens[max(lo, i - 2) : i]]
        if before[-1:] and before[-1] in ("bukan", "not"):
            return True
        if len(before) == 2 and before[0] in ("not", "isn't") and before[1] in ("the", "a"):
            return True
    return False


def _avoid_closes(analysis: Analysis, last: int, sentence: int) -> bool:
    """Does an avoidance close the span's sentence (a word of _AVOID_END, then particles only, at most
    REACH words on)? Read only where the draft has such a word (found once per draft)."""
    ends = cast("list[int] | None", analysis.cache.get("mention_avoid_ends"))
    if ends is None:
        ends = analysis.cache["mention_avoid_ends"] = [i for i, t in enumerate(analysis.tokens) if t.norm in _AVOID_END]
    k = bisect_right(ends, last)  # the first avoidance after the span
    if k == len(ends) or ends[k] - last > REACH or analysis.sentence_of[ends[k]] != sentence:
        return False
    tokens = analysis.tokens
    i, stop = ends[k] + 1, min(len(tokens), ends[k] + 1 + REACH)  # (a few particles at most: linear)
    while i < stop and analysis.sentence_of[i] == sentence:
        if tokens[i].norm not in _CLOSING_PARTICLES:
            return False
        i += 1
    return i == len(tokens) or analysis.sentence_of[i] != sentence


def _label_passive(tokens, i: int) -> bool:
    """Token ``i`` is a passive of labelling: "dilabel", "dianggap", "dicop"; "(are) seen", "(get) called"."""
    t = tokens[i]
    if "di" in t.affixes and not _LABEL_ROOTS.isdisjoint(t.roots | {t.norm[2:]}):
        return True
    return t.norm in _LABEL_PARTICIPLES and i > 0 and tokens[i - 1].norm in _BE


def _judged_unfair(back: list[str]) -> bool:
    """A word or a pair of words among ``back`` that judges what follows unfair ("unfair", "tak adil")."""
    return not _UNFAIR.isdisjoint(back) or not _UNFAIR_PAIRS.isdisjoint(zip(back, back[1:]))


def _labelled(tokens, norms: list[str], lo: int, first: int, last: int) -> bool:
    """The words at ``[first, last]`` tell a label others put on someone, or one the sentence judges
    unfair, not the writer's own claim: a passive of labelling among them, not urged ("Pekerja X
    selalu dilabel penjenayah"; not "X patut dianggap penjenayah"), or an active label before them
    judged unfair or forbidden ("It's unfair to call all X thieves", "Tak adil kalau semua X dicop
    penipu", "Jangan panggil dia beruk")."""
    for i in range(max(lo, first - 2), min(last + 1, first + REACH)):
        if _label_passive(tokens, i) and (i >= first - 1 or tokens[first - 1].norm in ("as", "sebagai")):
            near = [t.norm for t in tokens[max(lo, i - 3) : i]]
            if not any(n in _URGING for n in near):
                return True
    if tokens[first].norm in _TREAT:  # the span opens with the verb: read it with the words before
        norms = [*norms, tokens[first].norm]
    for k in range(len(norms) - 1, -1, -1):
        if norms[k] in _TREAT and not any(t.norm in _AS for t in tokens[lo + k + 1 : min(last + 1, lo + k + 5)]):
            continue
        if norms[k] in _SAY:
            if _judged_unfair(norms[max(0, k - 4) : k]):
                return True  # "Tak adil cakap semua orang X kaki tipu": the saying is judged unfair
            continue
        if norms[k] in _LABEL_ACTIVE or norms[k] in _TREAT or (k + lo < first and _label_passive(tokens, lo + k)):
            back = norms[max(0, k - 4) : k]
            if _judged_unfair(back):
                return True
            if (norms[k] in _LABEL_ACTIVE or norms[k] in _TREAT) and (
                not _NO_LABEL.isdisjoint(norms[max(0, k - 2) : k])
                or not _NO_LABEL_PAIRS.isdisjoint(set(zip(back, back[1:])))
            ):
                return True  # "Tak patut panggil pelanggan beruk": the label is forbidden
    return False


# Asking whether the act is allowed ("Adakah dibenarkan kongsi dokumen TERHAD ...?").
_ALLOWED = frozenset({"dibenarkan", "dibolehkan", "allowed", "permitted", "melanggar"})
# Asking for the procedure ("Boleh terangkan prosedur nak kelaskan dokumen sebagai TERHAD?").
_PROCEDURE = frozenset({"prosedur", "tatacara", "procedure", "procedures"})
# Any thing of a kind, not this one ("apa-apa yang cop SULIT", "any document marked ...").
_ANY = frozenset({"apa-apa", "sebarang", "mana-mana", "any", "anything"})
# A question that opens by asking leave ("Boleh ke kita ...?", "Can we ...?").
_MAY_WE = frozenset(
    {("boleh", "ke"), ("boleh", "tak"), ("can", "we"), ("can", "i"), ("may", "we"), ("may", "i"), ("is", "it")}
)
_MAY_WE_ONE = frozenset({"bolehkah"})


def _asks_if_allowed(analysis: Analysis, lo: int, first: int, last: int, sentence: int) -> bool:
    """The span's sentence is a question (it ends in "?" within REACH words after the span)
    that asks whether something is allowed: a word of being allowed before the span, or
    after it as the question itself ("... dibenarkan ke?")."""
    tokens = analysis.tokens
    end = last
    while end + 1 < len(tokens) and end - last < REACH and analysis.sentence_of[end + 1] == sentence:
        end += 1
    if end + 1 < len(tokens) and analysis.sentence_of[end + 1] == sentence:
        return False  # the sentence runs on further than we read
    stop = tokens[end + 1].start if end + 1 < len(tokens) else len(analysis.text)
    if "?" not in analysis.text[tokens[end].end : stop]:
        return False
    if any(t.norm in _ALLOWED or t.norm in _PROCEDURE for t in tokens[lo:first]):
        return True  # "Adakah dibenarkan ...", "Is it allowed to ...", "terangkan prosedur ...?"
    if (
        (lo == 0 or analysis.sentence_of[lo - 1] != sentence)
        and lo + 1 < len(tokens)
        and ((tokens[lo].norm, tokens[lo + 1].norm) in _MAY_WE or tokens[lo].norm in _MAY_WE_ONE)
    ):
        return True  # "Boleh ke kita tonton ...?", "Can we watch ...?": asking leave
    # after the span only as the question itself: "... dibenarkan ke?", "... dibenarkan?"
    return any(
        tokens[i].norm in _ALLOWED and (i == end or tokens[i + 1].norm in ("ke", "tak", "kah", "or"))
        for i in range(last + 1, end + 1)
    )


# Said after the span: the case is in court ("Kes pembocoran dokumen rahsia dibicarakan").
_TRIED_AFTER = frozenset(
    {
        "dibicarakan",
        "didakwa",
        "dihukum",
        "didenda",
        "dipenjara",
        "disabitkan",
        "charged",
        "convicted",
        "sentenced",
        "jailed",
        "fined",
        "prosecuted",
    }
)


def _passive_act_after(tokens, lo: int, hi: int) -> bool:
    """An act in the passive among tokens[lo:hi+2]: "dikongsi", "dimuat", "be shared", "be posted"."""
    seen_be = False
    for t in tokens[lo : min(len(tokens), hi + 2)]:
        if t.norm in ("be", "been", "being"):
            seen_be = True
            continue
        if _is_act(t) and ("di" in t.affixes or seen_be or t.norm.endswith("ed")):
            return True
    return False


# Every word mention() and the readers it calls may answer by (with every "di-" word, a passive of
# labelling): a span with none of them from two words before its look back (the relative and its
# content before it: "... yang membocorkan") to GATE_AFTER words after it is used, not mentioned,
# and is not read word by word. A reader that comes to answer by a word of a new list must add the
# list here: tests/test_mention.py reads every span of the test drafts with and without this gate.
GATE_AFTER = max(REACH + REMINDER_NEXT, OFFENCE_AFTER, AFTER)  # the furthest any reader looks after the span
_MAY_ANSWER = (
    _BACKWARD | _LABELLING | _OFFENCE | {"kesalahan"} | _HANDLE | _RELATIVE | _AVOID_END | _ANSWER_OPENS
    | _BLOCKED_AFTER | _PROHIBIT | {a for a, _ in _PROHIBIT_PAIRS} | _TRIED_AFTER | _ALLOWED | _PROCEDURE
    | {a for a, _ in _MAY_WE} | _MAY_WE_ONE | _BURDENS | _MUST
)  # fmt: skip


def drop_mentions(kind: str, analysis: Analysis, hits: Iterable[T]) -> list[T]:
    """The hits (objects with ``start`` and ``end``) of a rule whose matcher is ``kind`` that
    are not mentions; all of them for a matcher of data (:data:`DATA_MATCHERS`)."""
    hits = list(hits)
    if kind in DATA_MATCHERS or not hits:
        return hits
    about_group = kind == "abuse"  # a question of a group's rights, a sale refused them: what the abuse rules judge
    return [
        h
        for h in hits
        if mention(analysis, h.start, h.end, not about_group, not about_group) is None  # type: ignore[attr-defined]
    ]
