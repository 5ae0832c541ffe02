"""Word lists compiled into an index that finds every listed word or phrase
in an analysed draft in one pass (linear in the number of words)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, compress, count, repeat
from operator import attrgetter, itemgetter
from typing import overload

from .errors import RuleDataError
from .text import _WORD, Analysis, Token, WordForms
from .typo_guard import REAL_WORDS

# A phrase word: (form, derive). derive=True also matches Malay derivations.
PhraseWord = tuple[str, bool]


@dataclass(frozen=True, slots=True)
class Entry:
    category: str
    words: tuple[PhraseWord, ...]


# Not frozen (never changed after it is made): a frozen dataclass sets each field through
# object.__setattr__, four times the cost, and a draft makes one per word-list match.
@dataclass(slots=True, unsafe_hash=True)
class Match:
    category: str
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)


class Starting:
    """The terms that start with one word, in their order: its single-word terms, and its
    phrases by their second word (a phrase is tried only when the next word fits it:
    "tidak" opens over a hundred phrases, and a draft has it every few words)."""

    __slots__ = ("singles", "categories", "phrases", "_by_form", "_by_root")

    def __init__(self) -> None:
        self.singles: list[tuple[int, str, Entry | None]] = []  # (position, word list, None: no phrase)
        self.categories: tuple[str, ...] = ()  # the word lists of the singles, in their order
        self.phrases = 0
        self._by_form: dict[str, list[tuple[int, str, Entry]]] = {}  # by the second word as written
        self._by_root: dict[str, list[tuple[int, str, Entry]]] = {}  # by the second word or a root of it

    def add(self, entry: Entry) -> None:
        at = len(self.singles) + self.phrases
        if len(entry.words) == 1:
            self.singles.append((at, entry.category, None))
            self.categories += (entry.category,)
            return
        self.phrases += 1
        form, derive = entry.words[1]
        (self._by_root if derive else self._by_form).setdefault(form, []).append((at, entry.category, entry))

    def with_next(self, nxt: Token) -> list[tuple[int, str, Entry | None]]:
        """The single-word terms and the phrases whose second word ``nxt`` is, in order
        (not to be changed: most next words open no phrase, and get :attr:`singles` itself)."""
        info = nxt.info  # (its forms and roots, without the properties' calls)
        if self._by_form.keys().isdisjoint(info.forms) and self._by_root.keys().isdisjoint(info.roots):
            return self.singles
        found: list[tuple[int, str, Entry | None]] = list(self.singles)
        for form in info.forms:
            found += self._by_form.get(form, ())
        for root in info.roots:
            found += self._by_root.get(root, ())
        found.sort(key=itemgetter(0))
        return found


_NO_TERMS = Starting()  # shared by the many words that open no term (never added to)


class Matches(Sequence[Match]):
    """Every occurrence of every term in a draft, in text order (what :meth:`Lexicon.find`
    gives), kept as the word lists of the single words each token opens (one tuple shared
    by all the tokens of a word) and the matches of the few tokens that open a phrase
    there. :class:`~etika_check.context.Context` reads that in bulk and makes the
    :class:`Match` objects of a word list only when a matcher asks for them (most lists
    are only asked where they are); read as a sequence, all are made (once)."""

    __slots__ = ("singles", "phrasal", "_items")

    def __init__(self, singles: list[tuple[str, ...]], phrasal: dict[int, list[Match]]):
        self.singles = singles  # token -> the word lists of its single words (none at a phrasal token)
        self.phrasal = phrasal  # token -> its matches in order, for a token that opens a phrase there
        self._items: list[Match] | None = None

    def _list(self) -> list[Match]:
        items = self._items
        if items is None:
            items = self._items = []
            singles = self.singles
            done = 0
            for i in [*self.phrasal, len(singles)]:  # (phrasal tokens in order: added in order)
                if i > done:  # single words alone, in order
                    stretch = singles[done:i]
                    at = list(chain.from_iterable(map(repeat, range(done, i), map(len, stretch))))
                    items += map(Match, chain.from_iterable(stretch), at, at)
                if i < len(singles):
                    items += self.phrasal[i]
                    done = i + 1
        return items

    def __len__(self) -> int:
        return len(self._list())

    @overload
    def __getitem__(self, index: int) -> Match: ...
    @overload
    def __getitem__(self, index: slice) -> list[Match]: ...
    def __getitem__(self, index):
        return self._list()[index]

    def __iter__(self) -> Iterator[Match]:
        return iter(self._list())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Matches, list, tuple)):
            return self._list() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Matches({self._list()!r})"


def parse_shortforms(terms: tuple[str, ...], label: str = "data/lexicon.toml") -> dict[str, str]:
    """``["x=tidak", ...]`` -> ``{"x": "tidak"}``."""
    out: dict[str, str] = {}
    for term in terms:
        short, sep, full = term.partition("=")
        # one word, one '=', a full form: "yg=yang=x" or "y g=yang" (a short form is one word) is refused
        if not sep or not short.strip() or not full.strip() or "=" in full or len(short.split()) != 1:
            raise RuleDataError(label, f"short form '{term}' must look like 'yg=yang'", key="shortforms.terms")
        out[short.strip().casefold()] = full.strip().casefold()
    return out


def _phrase(term: str) -> tuple[PhraseWord, ...]:
    words: list[PhraseWord] = []
    for raw in term.split():
        derive = raw.startswith("~")
        raw = raw.lstrip("~").casefold()
        for m in _WORD.finditer(raw):
            words.append((m.group(0), derive))
    return tuple(words)


# Word lists whose single words a typo or a mask is repaired towards ("wmoen" -> "women", "Ihate" -> "I hate",
# "l*cah" -> "lucah").
SALIENT_LISTS = frozenset(
    {"hate_verb", "harm_verb", "insult_strong", "insult_weak", "slur", "dehuman", "derog_attr", "obscene"}
)


# Particles said between the words of a phrase ("tak payah la nak sembah", "tunggu la kau"): a phrase is
# also read with them left out, within PHRASE_SPAN words of its first word.
PHRASE_PARTICLES = frozenset({"la", "lah", "laa"})
PHRASE_SPAN = 8


_NORM = attrgetter("norm")


def _merged(a: list[Match], b: list[Match]) -> list[Match]:
    """The matches of ``a``, then those of ``b`` not among them (the same list and words)."""
    have = set(a)
    return a + [m for m in b if m not in have]


class Lexicon:
    """All word lists, indexed by the first word of each term."""

    def __init__(self, lists: Mapping[str, tuple[str, ...]]):
        self.shortforms = parse_shortforms(lists.get("shortforms", ()))
        vocabulary = {w for terms in lists.values() for t in terms for w, _ in _phrase(t)}
        salient = {
            w
            for cat, terms in lists.items()
            if cat in SALIENT_LISTS or cat.startswith("group_")
            for t in terms
            for w, _ in (_phrase(t) if len(_phrase(t)) == 1 else ())
        }
        self.words = WordForms(self.shortforms, frozenset(vocabulary), frozenset(salient), REAL_WORDS)
        self.categories = frozenset(k for k in lists if k != "shortforms")
        self._index: dict[str, list[Entry]] = {}
        self._memo: dict[tuple[frozenset[str], frozenset[str]], Starting] = {}
        for category, terms in lists.items():
            if category == "shortforms":
                continue
            for term in terms:
                # a phrase word written as a short form matches every spelling of the full
                # word ("tak tahu" also matches "gak tau", "x tahu")
                words = _phrase(term)
                if len(words) > 1:  # single words already match through the token's forms
                    words = tuple((self._full(w), d) for w, d in words)
                if words:
                    self._index.setdefault(words[0][0], []).append(Entry(category, words))

    def _full(self, word: str) -> str:
        full = self.shortforms.get(word)
        return full if full is not None and " " not in full else word

    @staticmethod
    def _word_matches(word: PhraseWord, token: Token) -> bool:
        form, derive = word
        return form in (token.roots if derive else token.forms)

    MAX_MEMO = 100_000

    def _starting(self, tok: Token) -> Starting:
        """The entries whose first word this token's word is, in the order the token's
        roots give them, single words once per word list. Memoised per distinct word
        (the forms and roots of a word are shared by all its tokens)."""
        key = (tok.forms, tok.roots)
        found = self._memo.get(key)
        if found is not None:
            return found
        found = _NO_TERMS
        if self._index.keys().isdisjoint(tok.roots):  # (most distinct words: no term opens with them)
            if len(self._memo) >= self.MAX_MEMO:
                self._memo.clear()
            self._memo[key] = found
            return found
        singles: set[str] = set()
        for cand in sorted(
            tok.roots
        ):  # (a set: in its hash order, the first match of a list at a word changed between runs)
            for entry in self._index.get(cand, ()):
                form, derive = entry.words[0]
                if form not in (tok.roots if derive else tok.forms):
                    continue
                if len(entry.words) == 1:
                    if entry.category in singles:
                        continue
                    singles.add(entry.category)
                if found is _NO_TERMS:
                    found = Starting()
                found.add(entry)
        if len(self._memo) >= self.MAX_MEMO:
            self._memo.clear()
        self._memo[key] = found
        return found

    def find(self, analysis: Analysis) -> Matches:
        """Every occurrence of every term, in text order. Phrases do not cross sentences.
        Single words are kept as the word lists each token opens (:class:`Matches`)."""
        tokens = analysis.tokens
        n = len(tokens)
        sentence_of = analysis.sentence_of
        singles: list[tuple[str, ...]] = []
        phrasal: dict[int, list[Match]] = {}
        add = singles.append
        starting, memo = self._starting, self._memo
        # the tokens that are particles, found at once (most drafts: none; _past_particles is asked
        # only of a token with one within PHRASE_SPAN words after it)
        particles = list(compress(count(), map(PHRASE_PARTICLES.__contains__, map(_NORM, tokens))))
        for i, tok in enumerate(tokens):
            info = tok.info  # (the word's, shared by its tokens)
            start = memo.get((info.forms, info.roots)) or starting(tok)  # (the memo read directly: no call)
            if start.phrases and i + 1 < n and sentence_of[i + 1] == sentence_of[i]:
                found = None
                terms = start.with_next(tokens[i + 1])
                if terms is not start.singles:  # the next word carries a phrase of this one on
                    found = self._phrase_matches(i, range(i, n), terms, tokens, sentence_of)
                at = None
                if particles:
                    k = bisect_right(particles, i)
                    if k < len(particles) and particles[k] < i + PHRASE_SPAN:
                        at = self._past_particles(i, tokens, sentence_of)
                if at is not None:  # ("tunggu la kau", "tak payah la nak sembah": a phrase read past "la")
                    terms = start.with_next(tokens[at[1]])
                    if terms is not start.singles:
                        more = self._phrase_matches(i, at, terms, tokens, sentence_of)
                        found = more if found is None else _merged(found, more)
                if found is not None:
                    phrasal[i] = found
                    add(())
                    continue
            add(start.categories)
        return Matches(singles, phrasal)

    @staticmethod
    def _past_particles(i: int, tokens: list[Token], sentence_of: list[int]) -> list[int] | None:
        """The places of token ``i`` and the words after it in its sentence with the particles of
        PHRASE_PARTICLES left out, when one of them stands within PHRASE_SPAN words after ``i``
        (else None: most words)."""
        n, sentence = len(tokens), sentence_of[i]
        end = min(n, i + PHRASE_SPAN)
        while end > i + 1 and sentence_of[end - 1] != sentence:
            end -= 1
        if not any(tokens[j].norm in PHRASE_PARTICLES for j in range(i + 1, end)):
            return None
        at = [i] + [j for j in range(i + 1, end) if tokens[j].norm not in PHRASE_PARTICLES]
        return at if len(at) >= 2 else None

    def _phrase_matches(
        self,
        i: int,
        at: Sequence[int],
        terms: list[tuple[int, str, Entry | None]],
        tokens: list[Token],
        sentence_of: list[int],
    ) -> list[Match]:
        """The matches of token ``i`` whose next word carries some of its phrases on; the words of a
        phrase are read at the places ``at`` (``at[0]`` is ``i``: the words after it, or those
        left when particles are left out)."""
        out: list[Match] = []
        seen: set[tuple[str, int]] = set()
        sentence, size = sentence_of[i], len(at)
        for _, category, entry in terms:
            if entry is None:
                out.append(Match(category, i, i))
                continue
            words = entry.words
            length = len(words)
            if length > size:
                continue
            last = at[length - 1]
            if sentence_of[last] != sentence:
                continue
            if length > 2:  # (the words after the second, each in its token's roots or forms: _word_matches)
                matched = True
                for k in range(2, length):
                    form, derive = words[k]
                    info = tokens[at[k]].info
                    if form not in (info.roots if derive else info.forms):
                        matched = False
                        break
                if not matched:
                    continue
            key = (category, last)
            if key in seen:
                continue
            seen.add(key)
            out.append(Match(category, i, last))
        return out
