"""Text analysis: tokens with spans, Malay and English word forms, sentences.

Everything here is linear in the length of the input: the regular
expressions are single character-class loops with no nested quantifiers that
could backtrack, and per-word work is bounded (and memoised).

Malay needs its own handling, done here once for every rule:

* disguised spellings: ``b0d0h``, ``b@ngang``, ``p0rn0`` (leet digits and
  symbols inside a word), stretched letters (``bodohhhh``), spaced, dotted or
  slashed letters (``b.o.d.o.h``, ``b..o..d..o..h``, ``b/o/d/o/h``);
* disguised characters, undone once for the whole draft by :func:`normalise`
  (spans still point into the draft as typed): styled and circled letters
  (NFKC), look-alike letters of other scripts (Cyrillic ``о``), accents in
  either spelling (NFC or NFD), strike-through and underline marks, zero-width
  and direction characters;
* short forms (``x``, ``tak``, ``yg``, ``org``) from the word list data;
* affixes: meN-/peN- with their nasal changes, di-, ber-, ter-, ke-, se-,
  per-, the suffixes -kan/-an/-i, the clitics -nya/-lah/-kah/-ku/-mu, and
  reduplication (``budak-budak``, ``org2``);
* English plurals and verb endings, since drafts mix both languages.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, count, repeat
from operator import and_, attrgetter, sub

from .lookalikes import LATIN_LOOKALIKES

# A word: letters, digits and the leet symbols @ and $, joined by apostrophes
# or hyphens. Each quantified group starts with a separator, so no backtracking.
# Asterisks inside or after a word keep it whole ("sh*t", "f***"): masked profanity.
_WORD = re.compile(r"[\w@$]+(?:['\u2019\-][\w@$]+|\*+[\w@$]*)*")
# Single letters separated by one space, dot, two dots, slash, hyphen, asterisk or
# underscore: "b o d o h", "b.o.d.o.h", "b..o..d..o..h", "b/o/d/o/h", "p*o*r*n".
# The same separator throughout (a backreference), so "b.o.d.o.h x" stops at "h".
_SPACED = re.compile(r"(?<![\w@$])[^\W\d_]( |\.\.?|[*_/\-])[^\W\d_](?:\1[^\W\d_])+(?![\w@$])")
_SPACED_SEPARATORS = re.compile(r"[ .*_/\-]")
# _WORD as the one group of a pattern: re.split gives the gaps and the words in turn
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")
# A sentence ends at a newline, or at . ! ? ; followed by a space ("customs.gov.my" is one sentence).
_SENTENCE_BREAK = re.compile(r"[.!?;\u3002]\s|\n")

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "!": "i"}
)
_FUSED_PARTICLES = frozenset({"ni", "tu"})  # "Cinani", "Pendatangtu": a salient word and its particle run together
_LEET_L = str.maketrans({"1": "l", "!": "l"})  # "1" and "!" may also stand for "l": "Mus1ims"
_CLITICS = ("nyalah", "nya", "lah", "kah", "pun", "ku", "mu")  # not "-tah": "bantah" is no "ban"
_SUFFIXES = ("kan", "an", "i")
# (prefix, replacements for the first letter of the root)
_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("memper", ("",)),
    ("diper", ("",)),
    ("meng", ("", "k")),
    ("meny", ("s",)),
    ("mem", ("", "p")),
    ("men", ("", "t")),
    ("me", ("",)),
    ("peng", ("", "k")),
    ("peny", ("s",)),
    ("pem", ("", "p")),
    ("pen", ("", "t")),
    ("per", ("",)),
    ("pe", ("",)),
    ("ber", ("",)),
    ("bel", ("",)),
    ("be", ("",)),
    ("ter", ("",)),
    ("te", ("",)),
    ("di", ("",)),
    ("ke", ("",)),
    ("se", ("",)),
)
_MIN_ROOT = 3


_RUN3 = re.compile(r"(.)\1\1+")


def _collapse_runs(word: str) -> set[str]:
    """``bodohhhh`` -> {``bodoh``, ``bodohh``}: stretched letters, to one and to two."""
    if not _RUN3.search(word):
        return set()
    return {_RUN3.sub(r"\1", word), _RUN3.sub(r"\1\1", word)}


# The clitics by their last letter, in _CLITICS order: a word is compared with the few that may end it.
_CLITICS_BY_END: dict[str, tuple[str, ...]] = {}
for _clitic in _CLITICS:
    _CLITICS_BY_END[_clitic[-1]] = (*_CLITICS_BY_END.get(_clitic[-1], ()), _clitic)


def _strip_clitic(w: str) -> str | None:
    for c in _CLITICS_BY_END.get(w[-1:], ()):  # most words: none, no clitic ends with their last letter
        if w.endswith(c) and len(w) - len(c) >= _MIN_ROOT:
            return w[: -len(c)]
    return None


# The last letters of 's, -s, -es, -ies, -ed, -ing and -est: _english gives nothing for a word
# ending otherwise, and the short ways for plain words (_plain_forms, WordForms._plain) ask it
# only of these. An ending added to _english adds its last letter here.
_ENGLISH_LAST = "sdgt"
_CLITIC_ENDS = frozenset(_CLITICS_BY_END)


def _english(w: str) -> set[str]:
    last = w[-1:]
    if last not in _ENGLISH_LAST:
        return set()
    if last == "t":
        # a superlative says the word itself, only more: "filthiest" -> "filthy", "stupidest" -> "stupid"
        # (not "honest", "forest": six letters or fewer)
        if len(w) > 6 and w.endswith("est"):
            return {w[:-4] + "y" if w.endswith("iest") else w[:-3]}
        return set()
    if last not in ("s", "d", "g"):
        return set()  # no 's, -s, -es, -ies, -ed or -ing
    out: set[str] = set()
    if w.endswith("'s"):
        w = w[:-2]
        out.add(w)
    if len(w) > 4 and w.endswith("ies"):
        out.add(w[:-3] + "y")
    if len(w) > 4 and w.endswith("es"):
        out.add(w[:-2])
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        out.add(w[:-1])
    if len(w) > 4 and w.endswith("ed"):
        out.update((w[:-2], w[:-1]))
        if len(w) > 5 and w[-3] == w[-4]:
            out.add(w[:-3])
    if len(w) > 5 and w.endswith("ing"):
        out.update((w[:-3], w[:-3] + "e"))
        if w[-4] == w[-5]:
            out.add(w[:-4])
    return {x for x in out if len(x) >= _MIN_ROOT}


def _plain_forms(word: str) -> tuple[str, ...] | None:
    """The :func:`surface_forms` of ``word`` when they are found without building them
    and are closed (each its own surface forms and no other): ``(word,)`` for letters alone
    (no hyphen, no "2") with no clitic and no English ending to take off, most words;
    ``(word, base)`` when one clitic comes off and leaves such a word ("bodohnya");
    None for the rest."""
    if not word.isalpha() or word[-1:] in _ENGLISH_LAST and _english(word):
        return None
    base = _strip_clitic(word)
    if base is None:
        return (word,)
    if _strip_clitic(base) is None and not _english(base):
        return (word, base)
    return None


@lru_cache(maxsize=65536)
def surface_forms(word: str) -> frozenset[str]:
    """Forms of a normalised word that keep its meaning exactly.

    The word itself, without clitics (-nya, -lah ...), the base of a
    reduplication (``budak-budak`` -> ``budak``), and English inflections.
    """
    forms = {word}
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        if len(parts) == 2 and (parts[0] == parts[1] or parts[1].endswith(parts[0]) or parts[0].endswith(parts[1])):
            forms.update(parts)
        if parts and len(parts) == len(word) - word.count("-"):  # every part one letter
            forms.add("".join(parts))
        forms.add(word.replace("-", ""))
    if word.endswith("2") and word[:-1].isalpha():
        forms.add(word[:-1])
    elif "2" in word:  # "sebar2kan", "main2kan": a reduplication written with "2" before a suffix
        base, _, suffix = word.partition("2")
        if base.isalpha() and suffix.isalpha():
            forms.update((base + suffix, f"{base}-{base}{suffix}"))
    for w in list(forms):
        c = _strip_clitic(w)
        if c:
            forms.add(c)
            c2 = _strip_clitic(c)
            if c2:
                forms.add(c2)
    for w in list(forms):
        forms.update(_english(w))
    return frozenset(forms)


# The prefixes by their first two letters: a word is compared with the few that may fit.
# Each as (prefix, its length, heads): for each letter it may have replaced at the start of
# the root ("" for none), the shortest end of a root after it in the word (the root keeps
# three letters and two after the prefix: "meng" + "jokuba" -> "jokuba", "kjokuba").
_PREFIXES_BY_START: dict[str, list[tuple[str, int, tuple[tuple[str, int], ...]]]] = {}
for _prefix, _heads in _PREFIXES:
    _PREFIXES_BY_START.setdefault(_prefix[:2], []).append(
        (_prefix, len(_prefix), tuple((h, len(_prefix) + max(2, _MIN_ROOT - len(h))) for h in _heads))
    )
_LONGEST_PREFIX = max(len(p) for p, _ in _PREFIXES)


# The suffixes by their last letter, in _SUFFIXES order.
_SUFFIXES_BY_END: dict[str, tuple[str, ...]] = {}
for _suffix in _SUFFIXES:
    _SUFFIXES_BY_END[_suffix[-1]] = (*_SUFFIXES_BY_END.get(_suffix[-1], ()), _suffix)


def root_forms(word: str, within: frozenset[str] | set[str]) -> set[str]:
    """The Malay roots in ``within`` (the words of the word lists) that ``word``
    or one of its :func:`surface_forms` may be derived from.

    ``membodohkan``, ``kebodohan``, ``bodohnya`` -> ``bodoh``;
    ``penyebaran`` -> ``sebar``; ``dihalau`` -> ``halau``.
    Every root the affixes allow is tried (over-generation is harmless: a root is
    kept only when a word list has it), and none is built as a string unless it is
    looked up: a draft of distinct words pays per word, not per candidate set."""
    return _roots_in(surface_forms(word), within)


# Where a root may begin in a word once at most two prefixes are taken off, as
# ``(letter, offset, shortest)``: the root is ``letter + word[offset:end]`` for every end
# (the whole word, or before a suffix -kan, -an, -i that leaves three letters) from
# ``shortest`` on. The letter is the root's first letter that a nasal prefix replaced
# ("menolak": "t" + "olak"; "" for none). A prefix is taken off when at least two letters
# stay after it and the root keeps three ("meng" + "jokuba" -> "jokuba", "kjokuba"); the
# second prefix is read on the first root ("diper" and "memper" are one prefix;
# "dikebumikan" -> "kebumi" -> "bumi").
# Each start needs the word to open with certain letters (the first prefix, then the second
# one after the letter put back): a trie of those openings, each node a dict of the next
# letters with, under "", the starts the opening so far gives. A word walks it letter by
# letter (a few steps: most words leave it at once) instead of trying each prefix and each
# second prefix after it (issue 10, item 12).
_START_TRIE: dict = {}


def _add_start(opening: str, start: tuple[str, int, int]) -> None:
    node = _START_TRIE
    for ch in opening:
        node = node.setdefault(ch, {})
    node[""] = (*node.get("", ()), start)


for _p1, _n1, _heads1 in (t for group in _PREFIXES_BY_START.values() for t in group):
    for _h1, _end1 in _heads1:
        _add_start(_p1, (_h1, _n1, _end1))
        for _p2, _n2, _heads2 in (t for group in _PREFIXES_BY_START.values() for t in group):
            if _p2.startswith(_h1):  # the first root (h1 + the rest) opens with p2
                _at = _n1 - len(_h1)
                for _h2, _end2 in _heads2:
                    _add_start(_p1 + _p2[len(_h1) :], (_h2, _at + _n2, max(_end1, _at + _end2)))
_DEEPEST_START = 2 * _LONGEST_PREFIX


def _roots_in(forms: Iterable[str], within: frozenset[str] | set[str]) -> set[str]:
    """:func:`root_forms` of words that are their own surface forms: the root at the word's
    start, and the roots after the prefixes of :data:`_START_TRIE`, up to each end."""
    found: set[str] = set()
    for form in forms:
        n = len(form)
        ends = [n]  # the whole word, or before a suffix that leaves three letters
        for suf in _SUFFIXES_BY_END.get(form[-1:], ()):
            if form.endswith(suf) and n - len(suf) >= _MIN_ROOT:
                ends.append(n - len(suf))
        for end in ends:  # the root at the word's start
            if form[:end] in within:
                found.add(form[:end])
        node = _START_TRIE
        for ch in form[:_DEEPEST_START]:
            node = node.get(ch)
            if node is None:
                break
            starts = node.get("")
            if starts:
                for letter, offset, shortest in starts:
                    for end in ends:
                        if end >= shortest:
                            root = letter + form[offset:end]
                            if root in within:
                                found.add(root)
    return found


# The prefix families whose stripping matters to what a word does in its clause:
# "di" (passive: "dihina"), "meN" (active, takes an object: "membawa"), "ber", "ter".
_PREFIX_FAMILY = {
    "meng": "meN",
    "meny": "meN",
    "mem": "meN",
    "men": "meN",
    "me": "meN",
    "di": "di",
    "diper": "di",
    "ber": "ber",
    "bel": "ber",
    "be": "ber",
    "ter": "ter",
}


# Common words that begin like a prefix but carry none ("mereka" is no meN- verb).
_NOT_AFFIXED = frozenset(
    (
        "mereka",
        "melayu",
        "merdeka",
        "mesyuarat",
        "menteri",
        "memang",
        "mesti",
        "menu",
        "media",
        "meja",
        "merah",
        "mewah",
        "megah",
        "melaka",
        "mentega",
        "medan",
        "mesin",
        "meter",
        "mesej",
        "menara",
        "mentah",
        "mentol",
        "merana",
        "mesra",
        "menantu",
        "dinding",
        "dinihari",
        "diri",
        "dialog",
        "digital",
        "dinas",
        "dinasti",
        "diploma",
        "direktori",
        "disiplin",
        "diskaun",
        "diskriminasi",
        "ketua",
        "kerana",
        "kereta",
        "kerja",
        "kertas",
        "kerusi",
        "keluarga",
        "kedai",
        "kelas",
        "kerajaan",
        "berita",
        "beras",
        "berat",
        "bersih",
        "bertih",
        "terima",
        "teruk",
        "terus",
        "teksi",
    )
)


_ENGLISH_ENDS = ("ing", "ed", "tion", "ment")
_CONSONANT_S = re.compile(r"[^aeiou\W\d_]s")  # a final consonant cluster with -s
# (not "gg": Malay has "ngg" as in "pinggir", "tinggal", "minggu")
_DOUBLED_CONSONANT = re.compile(r"([bcdfhjklmpqrstvwxz])\1")


_CLUSTER_START = re.compile(r"(?!ng|ny|sy|kh|gh)[^aeiou\W\d_]{2}")


def _looks_english(word: str) -> bool:
    """ "members", "meeting", "terrorists": shapes Malay words do not have (a final
    consonant cluster with -s, -ing, -ed, -tion, -ment, ee, oo, th, ph, a doubled consonant),
    so no Malay prefix is read into them. Tested one shape after the other, most of them
    without a regular expression (a third of the cost of one search for them all)."""
    return (
        word.endswith(_ENGLISH_ENDS)
        or word[-1:] == "s"
        and _CONSONANT_S.match(word, len(word) - 2) is not None
        or "ee" in word
        or "oo" in word
        or "th" in word
        or "ph" in word
        or _DOUBLED_CONSONANT.search(word) is not None
    )


# The prefixes of _PREFIX_FAMILY by their first two letters, in _PREFIXES order.
_FAMILY_PREFIXES_BY_START: dict[str, list[tuple[str, str]]] = {}
for _prefix, _heads in _PREFIXES:
    if _prefix in _PREFIX_FAMILY:
        _FAMILY_PREFIXES_BY_START.setdefault(_prefix[:2], []).append((_prefix, _PREFIX_FAMILY[_prefix]))
_NO_AFFIXES: frozenset[str] = frozenset()
_PAST_PARTICIPLE = frozenset(("-ed",))
# Every other set affixes_of gives, made once (a draft asks for one per new word): by
# (prefix family or None, a -kan suffix, a nominal ke-/pe- ... -an).
_AFFIX_SETS = {
    (family, kan, nominal): frozenset(a for a in (family, kan and "-kan", nominal and "nominal") if a)
    for family in (None, *_PREFIX_FAMILY.values())
    for kan in (False, True)
    for nominal in (False, True)
}


def affixes_of(word: str) -> frozenset[str]:
    """The inflectional prefix (and a -kan suffix) a Malay word carries, found once for every matcher:
    ``{"di"}`` for "dihina", ``{"meN"}`` for "membawa", empty for "memang"-like words
    whose rest is too short to be a root. Over-generation ("dinding") is harmless:
    matchers ask about words that are already in a word list or in a clause frame."""
    if not word.isalpha():
        return _NO_AFFIXES
    if len(word) > 4 and word.endswith("ed"):
        return _PAST_PARTICIPLE  # an English past participle: "cooked by X" is a passive
    family = None
    for prefix, fam in _FAMILY_PREFIXES_BY_START.get(word[:2], ()):
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_ROOT:
            # ("disgust", "dirty": English, Malay roots do not open with such clusters)
            if fam != "di" or not _CLUSTER_START.match(word, len(prefix)):
                family = fam
            break
    kan = word.endswith("kan") and len(word) - 3 >= _MIN_ROOT  # "hapuskan": a causative that takes an object
    # "kebencian", "penghinaan": the thing, not someone doing it
    nominal = word.startswith(("ke", "pe")) and word.endswith("an") and len(word) - 4 >= _MIN_ROOT
    if not (family or kan or nominal) or word in _NOT_AFFIXED or _looks_english(word):
        return _NO_AFFIXES
    return _AFFIX_SETS[family, kan, nominal]


class Token:
    """A word of the draft with its span and every form it may stand for.

    One is made per word of a draft, so it holds only what is its own: where it starts and
    its text as typed (one str shared by the tokens of the same word; ``text`` is always the
    draft's characters from ``start`` to ``end``, so ``end`` is read from it, not kept: an int
    object of 32 bytes less a token), the two fields the judgement reads most (shared
    objects), and the word's :class:`WordInfo`, shared by every token of that word (its forms,
    roots and capitals are read through it). Five slots, 72 bytes: a token with a field of its
    own for each, and its index, took 104 and two ints of 32 more (issue 24, item 12).
    ``end`` is taken by the constructor (the spans :func:`analyse` finds) and not stored."""

    __slots__ = ("start", "text", "norm", "affixes", "info")

    def __init__(self, start: int, end: int, text: str, info: WordInfo):
        self.start = start  # (end == start + len(text): see above)
        self.text = text
        self.norm = info.norm
        self.affixes = info.affixes  # affixes stripped ("di", "meN", "ber", "ter", "-kan", "nominal")
        self.info = info

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def forms(self) -> frozenset[str]:
        return self.info.forms

    @property
    def roots(self) -> frozenset[str]:
        return self.info.roots

    @property
    def upper(self) -> bool:
        return self.info.upper

    def _key(self) -> tuple[int, int, str, str, frozenset[str], frozenset[str], bool, frozenset[str]]:
        i = self.info
        return (self.start, self.end, self.text, i.norm, i.forms, i.roots, i.upper, i.affixes)

    def __eq__(self, other: object) -> bool:
        return self._key() == other._key() if isinstance(other, Token) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        i = self.info
        return (
            f"Token(start={self.start}, end={self.end}, text={self.text!r}, norm={i.norm!r}, forms={set(i.forms)!r}, "
            f"roots={set(i.roots)!r}, upper={i.upper}, affixes={set(i.affixes)!r})"
        )


@dataclass(slots=True)
class Analysis:
    """A draft split into tokens and sentences, with caches for the matchers."""

    text: str
    tokens: list[Token]
    sentence_of: list[int]
    cache: dict[str, object] = field(default_factory=dict)

    def same_sentence(self, i: int, j: int) -> bool:
        return self.sentence_of[i] == self.sentence_of[j]

    def starts(self) -> list[int]:
        """Where each token starts, in order: made when first asked, one list for every reader
        (the mention tests, Context and the matchers each made their own, 8 bytes a token each)."""
        starts = self.cache.get("starts")
        if starts is None:
            starts = self.cache["starts"] = list(map(_TOKEN_START, self.tokens))
        return starts  # type: ignore[return-value]


_TOKEN_START = attrgetter("start")
_NUMBER = re.compile(r"[0-9]+(?:-[0-9]+)*")  # (WordForms._number)
_NOT_ASCII_LETTER = re.compile(r"[^A-Za-z]+")


def _letters(word: str) -> int:
    """How many letters (``str.isalpha``) ``word`` holds: for ASCII, what is left once every
    other character is taken out (a number, "010203-05-0003", has none: no step per character)."""
    if word.isascii():
        return len(_NOT_ASCII_LETTER.sub("", word))
    return sum(ch.isalpha() for ch in word)


def _variants(raw: str) -> tuple[str, set[str]]:
    """The normalised word and its spelling variants (leet, stretched letters)."""
    if raw.isalpha() and raw.isascii():  # most words: nothing to normalise, strip or read as leet
        low = raw.lower()
        return low, ({low} | _collapse_runs(low))
    low = unicodedata.normalize("NFKC", raw).casefold().replace("\u2019", "'")
    masked = low.strip("@$'-")  # "f***" as written, for the short forms
    low = masked.strip("*")
    variants = {low, masked} if masked != low else {low}
    if not low.isalpha() and _letters(low) >= 2 and any(not ch.isalpha() and ch not in "'-" for ch in low):
        variants.add(low.translate(_LEET))
        if "1" in low or "!" in low:
            variants.add(low.translate(_LEET_L).translate(_LEET))
    for v in list(variants):
        variants |= _collapse_runs(v)
    return low, variants


# Not frozen (never changed after it is made), as Token: one is made per new word of a draft.
@dataclass(slots=True)
class WordInfo:
    norm: str
    forms: frozenset[str]
    roots: frozenset[str]
    upper: bool
    affixes: frozenset[str] = frozenset()


MIN_DROPPED_WORD = 6  # a dropped letter is repaired only towards salient words this long or longer


def dropped_letter_variants(word: str) -> set[str]:
    """The salient ``word`` with one letter dropped, not the first ("muslims" -> "muslms"):
    the typos :meth:`WordForms.repair` reads back. From a word one letter shorter than
    MIN_DROPPED_WORD only a vowel, as chat writing drops them ("benci" -> "bnci", "jijik" ->
    "jijk"); shorter words are left out ("hindu" -> "hidu" is a word of its own); so are the
    variants that are real words, listed in :mod:`etika_check.typo_guard` (generated by
    tools/typo_guard.py: "muslim" -> "musim", "setan" -> "stan")."""
    if len(word) < MIN_DROPPED_WORD - 1:
        return set()
    if len(word) == MIN_DROPPED_WORD - 1:
        return {word[:k] + word[k + 1 :] for k in range(1, len(word)) if word[k] in "aeiou"} - {word}
    return {word[:k] + word[k + 1 :] for k in range(1, len(word))} - {word}


def swapped_letter_variants(word: str) -> set[str]:
    """The salient ``word`` with two neighbouring letters swapped, not the first ("women" ->
    "wmoen"): the typos :meth:`WordForms.repair` reads back, unless one is a real word
    ("mual" -> "mula", listed in :mod:`etika_check.typo_guard`)."""
    return {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(1, len(word) - 1)} - {word}


class WordForms:
    """Computes (and remembers) the forms of a written word for one set of short forms.

    Drafts are re-checked on every keystroke, so the same words come back
    again and again; the memo is per instance (no global state) and bounded.
    """

    MAX_MEMO = 200_000

    def __init__(
        self,
        shortforms: Mapping[str, str],
        vocabulary: frozenset[str] = frozenset(),
        salient: frozenset[str] = frozenset(),
        real_words: frozenset[str] = frozenset(),
    ):
        self.shortforms = dict(shortforms)
        self.vocabulary = vocabulary
        # words worth repairing a typo towards (hatred, insults, groups): "wmoen" -> "women"
        self.salient = frozenset(w for w in salient if len(w) >= 4 and w.isalpha())
        # how salient words open and close (all have four letters or more), with the lengths of
        # those that do: a run of letters is cut only where one may open or close it
        self._salient_opens: dict[str, set[int]] = {}
        self._salient_closes: dict[str, set[int]] = {}
        for w in self.salient:
            self._salient_opens.setdefault(w[:4], set()).add(len(w))
            self._salient_closes.setdefault(w[-4:], set()).add(len(w))
        self._by_length: dict[int, tuple[str, ...]] = {}
        for w in sorted(self.salient):
            self._by_length[len(w)] = (*self._by_length.get(len(w), ()), w)
        self._memo: dict[str, WordInfo] = {}
        self.memo = self._memo  # read directly by analyse: a lookup per token, no call
        # The typos repair reads back, each with its salient word, none a word of its own (known
        # here, or a real English or Malay/Indonesian word: "mula" is "start", not "mual" with two
        # letters swapped). A letter dropped from a long salient word ("muslms", "disgustng"),
        # unless two salient words give the same typo:
        dropped: dict[str, str | None] = {}
        for w in sorted(self.salient):
            for v in dropped_letter_variants(w):
                if v in real_words or self._known(v) or v in self.salient:
                    continue
                dropped[v] = w if dropped.get(v, w) == w else None
        # and before it, two neighbouring letters swapped, not the first ("wmoen"), the pair
        # furthest left when a typo may be read back two ways:
        swapped: dict[str, tuple[int, str]] = {}
        for w in self.salient:
            for k in range(1, len(w) - 1):
                v = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
                if v != w and v not in real_words and not self._known(v) and k < swapped.get(v, (k + 1,))[0]:
                    swapped[v] = (k, w)
        self._typos = {v: w for v, w in dropped.items() if w is not None}
        self._typos.update((v, w) for v, (_, w) in swapped.items())
        self._cut_memo: dict[str, int] = {}
        self.real_words = real_words  # (split_point: a real word is not two words run together)
        # what may open and what may close a salient word split by a space ("benc i"): see joins
        self.join_heads = frozenset(w[:k] for w in self.salient for k in range(1, len(w)))
        self.join_tails = frozenset(w[k:] for w in self.salient for k in range(1, len(w)))

    def _known(self, low: str) -> bool:
        return low in self.vocabulary or low in self.shortforms

    def repair(self, low: str) -> str | None:
        """A salient word this unknown word is a typo of: two neighbouring letters
        swapped, not the first ("wmoen" -> "women", "bneci" -> "benci"), or one letter
        dropped from a long one ("muslms" -> "muslims", see :func:`dropped_letter_variants`).
        Never a changed letter: that turns real words into others ("melaju", "melayu"); never a
        word that is one of its own (:mod:`etika_check.typo_guard`)."""
        if "*" in low:
            return self._unmask(low)
        return self._typos.get(low)  # (every typo of every salient word, made once)

    def _unmask(self, low: str) -> str | None:
        """The one salient word a masked word spells, each "*" one letter ("sc*m" -> "scum",
        "p*ndatang" -> "pendatang"); none when no letter is masked, or two words fit."""
        letters = sum(ch.isalpha() for ch in low)
        if letters < 2 or letters == len(low) or not all(ch.isalpha() or ch == "*" for ch in low):
            return None
        fits = [w for w in self._by_length.get(len(low), ()) if all(c == "*" or c == w[i] for i, c in enumerate(low))]
        return fits[0] if len(fits) == 1 else None

    def split_point(self, raw: str) -> int:
        """Where a run of two known words lacks its space ("Ihate", "Sayabenci"), else 0.
        One part must be a salient word, both of three letters or more ("sosial" is no "so sial"),
        but for the pronoun "I" and a particle after a salient word ("Cinani")."""
        low = raw.casefold()
        n = len(low)
        if n < 5 or n > 24 or not low.isalpha():
            return 0
        # a salient word opens or closes the run: the few places it may be cut, first to last
        opening, closing = self._salient_opens.get(low[:4], ()), self._salient_closes.get(low[-4:], ())
        if not opening and not closing:
            return 0
        salient = self.salient
        cuts = [n - size for size in closing if size < n and low[n - size :] in salient]
        cuts += [
            size for size in opening if (size <= n - 3 or low[size:] in _FUSED_PARTICLES) and low[:size] in salient
        ]
        if not cuts or low in self.real_words or any(self._known(f) for f in surface_forms(low)):
            return 0  # "bodohlah" is one word with its clitic; "mudarat", "therapists" are real words
        for k in sorted(cuts):
            a, b = low[:k], low[k:]
            if (
                (len(a) >= 3 or a == "i")
                and (len(b) >= 3 or b in _FUSED_PARTICLES)
                and self._known(a)
                and self._known(b)
            ):
                return k
        return 0

    def cut(self, raw: str) -> int:
        """Where a token of the draft is two words: a fused negation ("xguna") or a run of
        two known words without a space ("Ihate"), else 0. Memoised per written word, but
        for the many that no negation opens and no salient word opens or closes (said at once)."""
        if raw[:1] not in "xXtT":
            if len(raw) < 5 or not self.salient:
                return 0
            low = raw.casefold()  # (see split_point)
            if low[:4] not in self._salient_opens and low[-4:] not in self._salient_closes:
                return 0
        cut = self._cut_memo.get(raw)
        if cut is None:
            cut = self.fused_negation(raw) if raw[:1] in "xXtT" else 0
            if not cut and self.salient and len(raw) >= 5:
                low = raw.casefold()  # (most words: no salient word opens or closes them, see split_point)
                if low[:4] in self._salient_opens or low[-4:] in self._salient_closes:
                    cut = self.split_point(raw)
            if len(self._cut_memo) >= self.MAX_MEMO:
                self._cut_memo.clear()
            self._cut_memo[raw] = cut
        return cut

    def fused_negation(self, raw: str) -> int:
        """Length of a negation fused to a known word ("xguna", "takboleh"), else 0."""
        low = raw.casefold()
        if low in self.vocabulary or low in self.shortforms or not low.isalpha():
            return 0
        for neg in ("x", "tak"):
            rest = low[len(neg) :]
            if low.startswith(neg) and len(rest) >= 3 and rest in self.vocabulary:
                return len(neg)
        return 0

    def joins(self, left: str, right: str) -> bool:
        """Two pieces that are one salient word with a space too many ("benc i" -> "benci");
        the caller tries it only when one piece is three letters or fewer."""
        a, b = left.casefold(), right.casefold()
        whole = a + b
        return len(whole) >= 4 and whole in self.salient and whole.isalpha() and not (self._known(a) and self._known(b))

    def _plain(self, raw: str) -> WordInfo | None:
        """The :class:`WordInfo` of a word of ASCII letters or of digits, when it has no stretched
        letters, its forms are its :func:`_plain_forms`, none a short form, and no typo is to be repaired;
        None for the rest. What the general way below gives for it, with none of its sets."""
        low = raw.lower()
        if _RUN3.search(low) is not None:
            return None
        if low[-1] in _CLITIC_ENDS or low[-1] in _ENGLISH_LAST:  # (no call for the many words
            forms = _plain_forms(low)  # that end like neither a clitic nor an English ending)
            if forms is None or not self.shortforms.keys().isdisjoint(forms):
                return None
        elif low in self.shortforms:
            return None
        else:
            forms = (low,)
        vocabulary = self.vocabulary
        if low in self._typos and vocabulary.isdisjoint(forms):
            return None
        found = _roots_in(forms, vocabulary)
        frozen = frozenset(forms)
        # (shouted: two letters or more, all capitals; ASCII letters are all cased)
        return WordInfo(
            low, frozen, frozen | found if found else frozen, len(raw) >= 2 and raw.isupper(), affixes_of(low)
        )

    MAX_WORD = 64  # longer runs are not words (URLs, base64, keyboard mashing): no morphology

    def _number(self, raw: str) -> WordInfo | None:
        """The :class:`WordInfo` of a number: ASCII digits, in runs joined by single hyphens
        ("010203-05-0003", "012-345", "0000"), when no short form or typo is one of its forms;
        None for the rest. What the general way below gives for it, without its steps for
        letters: a number has no case, no leet, no clitic, no English ending, no affix, and no
        prefix of :data:`_START_TRIE` opens it (the roots are the forms that are listed words).
        Its forms: the number, its stretched runs of one digit collapsed (``_collapse_runs``),
        each with its hyphens taken out, and both halves of a reduplication ("11-11")."""
        variants = {raw}
        if _RUN3.search(raw) is not None:
            variants |= _collapse_runs(raw)
        forms = set(variants)
        for v in variants:
            if "-" in v:
                parts = v.split("-")
                if len(parts) == 2 and (
                    parts[0] == parts[1] or parts[1].endswith(parts[0]) or parts[0].endswith(parts[1])
                ):
                    forms.update(parts)
                forms.add(v.replace("-", ""))
        if raw in self._typos or not self.shortforms.keys().isdisjoint(forms):
            return None
        frozen = frozenset(forms)  # (its roots: its forms, those that are listed words among them)
        return WordInfo(raw, frozen, frozen, False, _NO_AFFIXES)

    def __call__(self, raw: str) -> WordInfo:
        info = self._memo.get(raw)
        if info is not None:
            return info
        if len(raw) > self.MAX_WORD:
            low = raw.casefold()
            return WordInfo(low, frozenset((low,)), frozenset((low,)), False)
        if raw.isascii() and (raw.isalpha() or raw.isdigit()):
            info = self._plain(raw)  # most new words, and numbers
            if info is None and raw.isdigit():
                info = self._number(raw)  # (a stretched run: "0000")
            if info is not None:
                if len(self._memo) >= self.MAX_MEMO:
                    self._memo.clear()
                self._memo[raw] = info
                return info
        elif raw[:1].isdigit() and raw.isascii() and _NUMBER.fullmatch(raw) is not None:
            info = self._number(raw)  # "010203-05-0003", "012-345": no morphology for numbers
            if info is not None:
                if len(self._memo) >= self.MAX_MEMO:
                    self._memo.clear()
                self._memo[raw] = info
                return info
        norm, variants = _variants(raw)
        forms: set[str]
        plain = _plain_forms(norm) if len(variants) == 1 else None
        if plain is not None and self.shortforms.keys().isdisjoint(plain):
            forms = set(plain)  # the common word: no surface forms to build, memoise or close
        else:
            plain = None
            forms = set()
            for v in variants:
                forms |= surface_forms(v)
            # (not a stem of three letters an English ending left, where Malay short forms are:
            # "taking" is not "tak", "tidak"; "f*cking" is "f*ck")
            stems = {x for x in _english(norm) if len(x) <= 3}
            for f in [f for f in forms if f in self.shortforms and f not in stems]:
                forms |= surface_forms(self.shortforms[f])
        if self.vocabulary.isdisjoint(forms):
            fixed = self.repair(norm)
            if fixed is not None:
                plain = None
                forms |= surface_forms(fixed)
        closed = forms  # plain forms are closed, and so is one form (its own only surface form)
        if plain is None and len(forms) > 1:
            closed = set(forms)  # (a clitic taken off may leave a form with one more)
            for f in forms:
                closed |= surface_forms(f)
        found = _roots_in(closed, self.vocabulary)
        frozen = frozenset(forms)
        roots = frozen | found if found else frozen  # (most words: the same set, made once)
        upper = False
        if raw.isascii():  # (ASCII letters are all cased: none in lower case, and two or more)
            upper = raw.isupper() and _letters(raw) >= 2
        elif not raw.islower():  # a lower-case letter: not shouted (the common case, decided at once)
            letters = [ch for ch in raw if ch.isalpha()]
            upper = len(letters) >= 2 and all(ch.isupper() for ch in letters)
        info = WordInfo(norm, frozen, roots, upper, affixes_of(norm))
        if len(self._memo) >= self.MAX_MEMO:
            self._memo.clear()
        self._memo[raw] = info
        return info


def _fold(ch: str) -> str:
    """What one character of a draft is matched as.

    Format characters (zero-width space and joiners, soft hyphen, U+200E and the other
    direction marks, BOM) and combining marks (accents, strike-through U+0336, underline
    U+0332, grapheme joiner U+034F, variation selector U+FE0F) are dropped; a letter or
    digit becomes its NFKD compatibility form without marks ("𝐛", "Ⓑ", "ｂ" -> "b";
    "é" -> "e", so NFC and NFD spellings agree), then a look-alike letter of another
    script its Latin letter (Cyrillic "о" -> "o"). Punctuation and symbols stay as they
    are ("…" is no "..." sentence end)."""
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return ""
    base = ch
    if unicodedata.decomposition(ch):
        base = unicodedata.normalize("NFKD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in base if unicodedata.category(c) not in ("Mn", "Me")))
        if not base or not base.isalnum():
            base = ch
    return LATIN_LOOKALIKES.get(base, base)


class _FoldTable(dict):
    """code point -> what :func:`_fold` makes of it, for ``str.translate``; filled on
    demand and bounded. The characters folded to nothing and those folded to more than
    one are remembered (marks, format characters, ligatures: bounded by Unicode)."""

    MAX = 100_000

    def __init__(self) -> None:
        super().__init__()
        self.dropped: set[str] = set()
        self.expanded: set[str] = set()
        self._patterns: dict[str, tuple[int, re.Pattern[str]]] = {}

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = _fold(ch)
        if not folded:
            self.dropped.add(ch)
        elif len(folded) > 1:
            self.expanded.add(ch)
        if len(self) >= self.MAX:
            self.clear()
        self[code] = folded
        return folded

    def pattern(self, kind: str) -> re.Pattern[str]:
        """One character of ``dropped`` or ``dropped`` and ``expanded`` ("resized")."""
        chars = self.dropped if kind == "dropped" else self.dropped | self.expanded
        cached = self._patterns.get(kind)
        if cached is None or cached[0] != len(chars):
            cached = self._patterns[kind] = (
                len(chars),
                re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]"),
            )
        return cached[1]


_FOLD = _FoldTable()


@dataclass(frozen=True, slots=True)
class Normalised:
    """A draft as matched, and the way back to the draft as typed.

    Each character of the draft that became other than one character (dropped, or
    expanded: "ﬁ" -> "fi") is an edit k: it became ``text[starts[k]:ends[k]]`` and
    ``after[k]`` is the original position after it. A character replaced by one other
    keeps every position, so ASCII and most other text have no edits at all."""

    text: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    after: list[int] = field(default_factory=list)

    def original(self, pos: int, end: bool = False) -> int:
        """The position in the draft as typed of ``pos`` in :attr:`text`. Characters
        dropped right at ``pos`` (a trailing strike-through mark, a zero-width space)
        belong to what comes before: a start moves past them, an end takes them in."""
        ends = self.ends
        if not ends:
            return pos
        k = bisect_right(ends, pos)
        if k < len(ends) and self.starts[k] < pos:  # inside an expansion ("ﬁ" -> "fi")
            return self.after[k] if end else self.after[k] - 1
        return pos + self.after[k - 1] - ends[k - 1] if k else pos


_FEW_CHANGED = 16  # characters to change that are replaced one by one, not by str.translate


def normalise(text: str) -> Normalised:
    """The one normalisation of a draft for matching (see :func:`_fold`). ASCII text
    is returned as it is; otherwise linear: the distinct characters outside ASCII are
    found with one ``set`` (ASCII ones stay as they are), a few to change are replaced one after the
    other (str.translate reads every character through the table: a dict lookup each),
    more with one ``str.translate``; then the offsets of the characters that changed length."""
    if text.isascii():
        return Normalised(text)
    table = _FOLD
    odd = {ch for ch in set(text) if not ch.isascii()}  # (ASCII characters are matched as they are)
    changed = {ch: table[ord(ch)] for ch in odd}
    changed = {ch: to for ch, to in changed.items() if to != ch}
    if not changed:
        folded = text
    elif len(changed) <= _FEW_CHANGED and changed.keys().isdisjoint("".join(changed.values())):
        folded = text  # a few characters to change, none into another: one quick replace each
        for ch, to in changed.items():
            folded = folded.replace(ch, to)
    else:
        folded = text.translate(table)
    if table.dropped.isdisjoint(odd) and table.expanded.isdisjoint(odd):
        return Normalised(folded)  # every character became one: positions are kept
    if table.expanded.isdisjoint(odd):  # only dropped characters: the common case, done in bulk
        gone = [m.start() for m in table.pattern("dropped").finditer(text)]
        ends = [g - k for k, g in enumerate(gone)]
        return Normalised(folded, ends, ends, [g + 1 for g in gone])
    starts: list[int] = []
    ends = []
    after: list[int] = []
    shift = 0  # length of the normalised text minus the original's, so far
    for m in table.pattern("resized").finditer(text):
        i = m.start()
        size = len(table[ord(text[i])])
        starts.append(i + shift)
        ends.append(i + shift + size)
        after.append(i + 1)
        shift += size - 1
    return Normalised(folded, starts, ends, after)


def analyse(text: str, words: WordForms) -> Analysis:
    """Split ``text`` into tokens and sentences; never raises on any string.

    The draft is normalised once (:func:`normalise`); tokens are found in the
    normalised text and their spans and ``text`` point into ``text`` as typed.

    Done in bulk, without a Python step per token where it can be: one ``re.split``
    gives the words and the gaps between them (their places are the running sums of
    the pieces' lengths), the work per word is done once per distinct word (its cut,
    its :class:`WordInfo`), a token opens a sentence when the gap before it holds a
    sentence break (decided once per distinct gap), and the tokens are made by one
    ``map``. The few words that are not a span of their own (a spaced-out word, a word
    to cut in two, two pieces to join: :func:`_special_words`) are read one at a time
    (:func:`_special_spans`)."""
    norm = normalise(text)
    typed = text
    text = norm.text
    parts = _WORD_SPLIT.split(text)  # gap, word, gap, word ..., gap
    raws = parts[1::2]
    n = len(raws)
    if not n:
        return Analysis(typed, [], [])
    places = list(accumulate(map(len, parts)))  # where each piece ends
    starts, ends = places[0 : 2 * n : 2], places[1 : 2 * n : 2]
    gaps = parts[0 : 2 * n : 2]  # the gap before each word
    del parts, places  # (their pieces live on in raws, gaps, starts and ends: not two lists more per word)
    # one str object for each distinct word, shared by its tokens (the split made one per token,
    # 50 bytes and more each, and a draft repeats its words): the copies are freed here, not after
    distinct = dict(zip(raws, raws))  # (in the order of the draft: what is made for them lies in that order in memory)
    raws = list(map(distinct.__getitem__, raws))
    spaced_out: list[bool] | None = None
    events = _special_words(text, raws, starts, distinct, words)
    if events[0]:
        starts, ends, spaced_out, raws, gaps = _special_spans(text, raws, gaps, starts, ends, events, words)
        n = len(raws)
        distinct = dict.fromkeys(raws)
    # a token opens a sentence when a sentence break starts in the gap before it (no word
    # holds a break's marks, so none starts in one gap and ends in another); the first never does
    opens = {gap: _SENTENCE_BREAK.search(gap) is not None for gap in set(gaps)}
    firsts = list(compress(count(), map(opens.__getitem__, gaps)))  # the tokens that open a sentence
    if firsts[:1] == [0]:
        del firsts[0]
    # (one int object per sentence, as a count would give: not one per token)
    sentence_of = list(chain.from_iterable(map(repeat, count(), map(sub, firsts + [n], [0] + firsts))))
    memo = words.memo
    looked = raws
    if spaced_out is not None and any(spaced_out):
        looked = [_SPACED_SEPARATORS.sub("", raw) if sp else raw for raw, sp in zip(raws, spaced_out)]
        distinct = dict.fromkeys(looked)
    infos = {raw: memo.get(raw) or words(raw) for raw in distinct}  # (memo read directly: no call)
    info_of = list(map(infos.__getitem__, looked))
    if norm.ends:  # characters dropped or expanded: spans and text as typed
        orig = norm.original
        starts = [orig(s) for s in starts]
        ends = [orig(e, end=True) for e in ends]
        raws = [typed[a:b] for a, b in zip(starts, ends)]
        same = dict(zip(raws, raws))  # (shared again, as above)
        raws = list(map(same.__getitem__, raws))
    tokens = list(map(Token, starts, ends, raws, info_of))
    return Analysis(typed, tokens, sentence_of)


def _may_be_spaced(text: str, distinct: Iterable[str]) -> bool:
    """May the draft hold a spaced-out word (:data:`_SPACED`)? Its middle letters stand alone
    between separators: a word of one letter (" ", ".", "..", "/"), or a word holding the
    separator ("b-o-d-o-h", "p*o*r*n", "b_o_d_o_h" are one word each). One look at the
    draft's distinct words spares most drafts the search through the whole text."""
    if not ("." in text or " " in text or "/" in text):
        return False
    if min(map(len, distinct), default=0) == 1:
        return True
    joined = "".join(distinct)
    return "-" in joined or "*" in joined or "_" in joined


def _special_words(
    text: str, raws: list[str], starts: list[int], distinct: Iterable[str], words: WordForms
) -> tuple[list[int], list[tuple[int, int]]]:
    """The words whose spans are not their own (in order), and the spaced-out words of the
    draft: a word of a spaced-out word ("b o d o h"), a word to cut in two ("xguna", "Ihate"),
    a word that may join the one before ("benc i"). Decided once per distinct word, and
    per pair of neighbours only when some word may open and some may close a salient word."""
    spaced = [m.span() for m in _SPACED.finditer(text)] if _may_be_spaced(text, distinct) else []
    events: set[int] = set()
    for a, b in spaced:  # the words starting inside each spaced-out word
        events.update(range(bisect_left(starts, a), bisect_left(starts, b)))
    cut_of = words.cut
    cutting = {raw for raw in distinct if cut_of(raw)}
    if cutting:
        events.update(compress(count(), map(cutting.__contains__, raws)))
    tails = words.join_tails
    if not tails.isdisjoint(map(str.casefold, distinct)):  # (most drafts' words close no salient word)
        right = {raw for raw in distinct if raw.casefold() in tails}
        heads = words.join_heads
        left = {raw for raw in distinct if raw.casefold() in heads}
        after = raws[1:]
        if left:  # two words that join (decided once per distinct pair; the gap is read later)
            pairs = set(
                compress(zip(raws, after), map(and_, map(left.__contains__, raws), map(right.__contains__, after)))
            )
            joined = {(a, b) for a, b in pairs if (len(a) <= 3 or len(b) <= 3) and words.joins(a, b)}
            if joined:
                events.update(compress(count(1), map(joined.__contains__, zip(raws, after))))
        if cutting:  # the second piece of a cut word and the word after it
            events.update(
                compress(count(1), map(and_, map(cutting.__contains__, raws), map(right.__contains__, after)))
            )
    return sorted(events), spaced


def _special_spans(
    text: str,
    raws: list[str],
    gaps: list[str],
    starts: list[int],
    ends: list[int],
    events: tuple[list[int], list[tuple[int, int]]],
    words: WordForms,
) -> tuple[list[int], list[int], list[bool], list[str], list[str]]:
    """The spans of the words of ``text`` (starts, ends, spaced-out words, their text and the
    gap before each), the words of ``events`` (:func:`_special_words`) read one at a time: a
    spaced-out word as one span, a word cut in two as two, two pieces joined as one; the
    others as they are, in bulk."""
    S: list[int] = []
    E: list[int] = []
    P: list[bool] = []  # spaced-out word
    R: list[str] = []  # the span's text
    G: list[str] = []  # the gap before it (none where spans overlap)

    def add(start: int, end: int, spaced_out: bool) -> None:
        G.append(text[E[-1] : start] if E else text[:start])
        S.append(start)
        E.append(end)
        P.append(spaced_out)
        R.append(text[start:end])

    indices, spaced = events
    si = 0
    cut_of = words.cut
    done = 0
    for j in indices + [len(starts)]:
        if j > done:  # the plain words before, as they are
            G.append(text[E[-1] : starts[done]] if E else gaps[done])
            G += gaps[done + 1 : j]
            S += starts[done:j]
            E += ends[done:j]
            P += [False] * (j - done)
            R += raws[done:j]
        if j == len(starts):
            break
        done = j + 1
        ms, me = starts[j], ends[j]
        if spaced:
            while si < len(spaced) and spaced[si][1] <= ms:
                si += 1
            if si < len(spaced) and spaced[si][0] <= ms < spaced[si][1]:
                a, b = spaced[si]
                if not S or (S[-1] != a or E[-1] != b) and E[-1] != b:
                    letters = _SPACED_SEPARATORS.sub("", text[a:b]).casefold()
                    if letters not in words.vocabulary and letters[1:] in words.vocabulary:
                        # "I h a t e X": the pronoun is a word of its own
                        add(a, a + 1, False)
                        add(a + 2, b, True)
                    else:
                        add(a, b, True)
                continue
        word = raws[j]
        cut = cut_of(word)
        if cut:
            add(ms, ms + cut, False)
            add(ms + cut, me, False)
        elif (
            S
            and not P[-1]
            and (me - ms <= 3 or E[-1] - S[-1] <= 3)
            and text[E[-1] : ms] == " "
            and words.joins(R[-1], word)
        ):
            E[-1] = me  # "benc i", "w omen": a space too many
            P[-1] = True
            R[-1] = text[S[-1] : me]
        else:
            add(ms, me, False)
    return S, E, P, R, G
