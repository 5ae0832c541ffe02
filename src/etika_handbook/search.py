"""Malay full-text search for the HTML builder (``html_search_language = "ms"``).

Sphinx ships no Malay stemmer.  This module registers :class:`SearchMalay`, a
:class:`sphinx.search.SearchLanguage` with

* a rule-based Malay stemmer (after Othman 1993 and Nazief & Adriani 1996, with
  no root dictionary): particles (-lah, -kah, -tah, -pun), the possessive -nya,
  the derivational suffixes -kan, -an and -i, and up to two prefixes
  (meN-/peN- with nasal restoration, memper-, per-, ber-, ter-, di-, ke-, se-),
  which together also undo the confixes ke-...-an, pe-...-an, per-...-an;
  reduplicated words (``kanak-kanak``) reduce to one stem;
* the same algorithm in JavaScript (``stemmer_ms.js``, given to Sphinx as
  ``js_stemmer_code``) so that a query is stemmed as the index was; the word
  lists the algorithm uses are injected into the JavaScript from this module,
  so both sides always share them;
* a Malay stop-word list.

Without a dictionary a stemmer cannot always restore a root (``mengawal`` ->
``kawal`` but ``mengambil`` -> ``ambil``); small lists of roots settle the
common ambiguous cases.  What matters for search is that the index and the query
agree: ``sebar``, ``disebarkan``, ``menyebarkan``, ``penyebaran``, ``tersebar``
and ``sebaran`` all stem to ``sebar``.

Why not Snowball's Indonesian stemmer
-------------------------------------
Sphinx depends on ``snowballstemmer`` and ships its ``indonesian-stemmer.js``
(Sphinx has no Indonesian search language of its own), so a library stemmer
with a short Malay exception list would replace this module and its
JavaScript twin.  Measured against this module's tests
(``tests/test_handbook_search.py``; snowballstemmer 3.1.1, 2026-11-30), it
passes the ``sebar`` family ("sebar" finds "penyebaran" and "disebarkan") but
gives another stem for 13 of the 67 words of ``EXPECTED``, and 11 word
families split (7 of ``EXPECTED``'s with their root, 4 of the 10 ``FAMILIES``),
so a search for the root no longer finds its derived forms:

* meN-/peN- before a vowel is removed without restoring the root's first
  letter: ``menulis``, ``penulis`` -> ``ulis`` (``tulis`` -> ``tulis``);
  ``mengawal``, ``pengawal`` -> ``awal`` (``kawal``; and ``awal``, "early",
  is another word); ``menilai`` -> ``ila`` but ``penilaian`` -> ``ilai`` and
  ``nilai`` -> ``nila``; ``meminta`` -> ``pinta`` (``minta``);
  ``menerbitkan``, ``penerbitan`` -> ``erbit``; ``menerangkan`` ->
  ``erang``.  Which letter to restore (t, k, n, m, p or none: ``mengambil``
  -> ``ambil``) depends on the root: that is this module's nasal-restoration
  rules and root lists, not an exception list;
* ter-/per- are taken as prefixes or not by word length only: ``terbitkan``
  -> ``bitkan``, ``peringkat`` -> ``ingkat`` but ``terperingkat`` ->
  ``peringkat``; ``terhad`` stays whole while ``dihadkan`` -> ``hadkan``;
* endings and prefixes are removed from words that are not derived:
  ``masalah`` -> ``masa`` (the particle -lah; ``masa`` is "time"),
  ``media`` -> ``dia`` (the prefix me-; ``dia`` is "he/she"),
  ``teknologi`` -> ``teknolog`` (the suffix -i);
* se- is not a prefix (``sebarang`` stays whole, expected ``barang``) and
  reduplication is not handled: ``kanak-kanak``, ``berpuluh-puluh`` ->
  ``puluh-puluh``.

An exception list was tried (2026-11-30): 20 entries (the 13 words above and
7 of ``FAMILIES``) make ``EXPECTED`` and ``FAMILIES`` pass, because they *are*
those words; the remaining search test still fails: 42 of the handbook's words
do not keep their stem when stemmed again (``bahagian`` -> ``bahagi`` ->
``bahag``, ``capaian`` -> ``capai`` -> ``capa``, ``beberapa`` -> ``berapa``
-> ``apa``), so a reader who types the root ``bahagi`` does not find
``bahagian``.  On the 1,518 words of the handbook's Malay sources, Snowball
with that list still splits 59 of the 220 word families this module groups
(``berlaku`` -> ``berla`` apart from ``melakukan`` -> ``laku``; ``memuat`` ->
``puat``; ``pengenalan`` -> ``enal``; ``peraturan-peraturan``) and joins
words this module keeps apart (``anda``/``tanda``, ``tetap``/``tetapi``).
An exception list that fixed these would be a list of the handbook's words,
and would not cover the next page written, so this module stays (with its
JavaScript twin, which the tests run under Node on every word of the
handbook).  ``test_snowball_indonesian_fails_as_recorded`` in
tests/test_handbook_search.py keeps this record true: it fails when a new
snowballstemmer stems these words differently, and then it is time to measure
again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.search import SearchLanguage

from .epub import is_epub

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: Smallest root the stemmer leaves after removing an affix.
MIN_ROOT = 3

VOWELS = frozenset("aeiou")

#: Roots beginning with k: meng-/peng- + vowel restores the k (mengawal -> kawal).
K_ROOTS = frozenset(
    """
    kaji kata kawal kecam kelola kemaskini kenal kenali kesan keluar kira kirim
    kongsi kumpul kuat kuasa kurang kutip karang kecil kekal kenang kemuka
    """.split()
)
#: Roots beginning with m: mem-/pem- + vowel keeps the m (meminta -> minta).
M_ROOTS = frozenset("""minta muat main maki malu mula milik""".split())
#: Roots beginning with n: men-/pen- + vowel keeps the n (menilai -> nilai).
N_ROOTS = frozenset("""nilai nanti nasihat nyata""".split())
#: Roots ending in i whose final i is not the suffix -i (berkongsi -> kongsi).
I_ROOTS = frozenset(
    """
    beri cari kongsi isi uji kunci lari diri beli kaji puji kini hadiri nilai
    hati jadi
    teknologi privasi informasi komunikasi organisasi strategi
    """.split()
)

#: Roots ending in -an whose ending is not the suffix -an (berkesan -> kesan).
AN_ROOTS = frozenset(
    """
    kesan pesan jalan makan layan tekan ikan teman taman laman badan bulan
    aman iman tuan zaman lawan ringan kawan
    """.split()
)

#: Malay function words left out of the index and the query.
STOPWORDS = frozenset(
    """
    ada adalah agar akan antara apa apabila atas atau bagaimana bagi bahawa
    baharu belum beliau berapa boleh daripada dalam dan dari dengan dia
    hanya hendak hingga ia ialah iaitu ini itu jika juga kami kalau kami
    kepada kerana ketika kita lagi maka mana manakala masih mengenai mereka namun
    oleh pada para pula pun saja sahaja sama sambil sangat saya sebagai
    secara sedang sejak selain seperti serta setiap supaya tanpa telah
    tentang terhadap tersebut tetapi untuk walaupun yang yg
    """.split()
)

#: Particles, stripped when at least this many letters remain.
PARTICLES = (("lah", 5), ("kah", 5), ("tah", 5), ("pun", 4))


def _restore(rest: str, letter: str, roots: frozenset[str], default: str) -> str:
    """Nasal restoration: the root is *letter* + rest if listed, else *default* + rest."""
    if letter + rest in roots:
        return letter + rest
    return default + rest


def _strip_prefix(word: str, allowed: frozenset[str] | None) -> tuple[str, str]:
    """Remove one prefix.  Returns ``(rest, prefix kind)`` or ``(word, "")``."""

    def ok(kind: str, rest: str) -> tuple[str, str] | None:
        if allowed is not None and kind not in allowed:
            return None
        if len(rest) < MIN_ROOT:
            return None
        return rest, kind

    w = word
    result: tuple[str, str] | None = None
    if w.startswith("memper"):
        result = ok("memper", w[6:])
    elif w.startswith("meny") and len(w) > 4 and w[4] in VOWELS:
        result = ok("meN", "s" + w[4:])
    elif w.startswith("meng") and len(w) > 4 and w[4] in VOWELS:
        result = ok("meN", _restore(w[4:], "k", K_ROOTS, ""))
    elif w.startswith("meng") and len(w) > 4:
        result = ok("meN", w[4:])
    elif w.startswith("mem") and len(w) > 3 and w[3] in VOWELS:
        result = ok("meN", _restore(w[3:], "m", M_ROOTS, "p"))
    elif w.startswith("mem") and len(w) > 3 and w[3] in "bfpv":
        result = ok("meN", w[3:])
    elif w.startswith("men") and len(w) > 3 and w[3] in VOWELS:
        result = ok("meN", _restore(w[3:], "n", N_ROOTS, "t"))
    elif w.startswith("men") and len(w) > 3 and w[3] in "cdjtsz":
        result = ok("meN", w[3:])
    elif w.startswith("me") and len(w) > 2 and w[2] in "lmnrwy":
        result = ok("meN", w[2:])
    elif w.startswith("peny") and len(w) > 4 and w[4] in VOWELS:
        result = ok("peN", "s" + w[4:])
    elif w.startswith("peng") and len(w) > 4 and w[4] in VOWELS:
        result = ok("peN", _restore(w[4:], "k", K_ROOTS, ""))
    elif w.startswith("peng") and len(w) > 4:
        result = ok("peN", w[4:])
    elif w.startswith("pem") and len(w) > 3 and w[3] in VOWELS:
        result = ok("peN", _restore(w[3:], "m", M_ROOTS, "p"))
    elif w.startswith("pem") and len(w) > 3 and w[3] in "bfpv":
        result = ok("peN", w[3:])
    elif w.startswith("pen") and len(w) > 3 and w[3] in VOWELS:
        result = ok("peN", _restore(w[3:], "n", N_ROOTS, "t"))
    elif w.startswith("pen") and len(w) > 3 and w[3] in "cdjtsz":
        result = ok("peN", w[3:])
    elif w.startswith("pelajar") or w.startswith("belajar"):
        result = ok("peN" if w[0] == "p" else "ber", w[3:])
    elif w.startswith("per"):
        result = ok("per", w[3:])
    elif w.startswith("pe") and len(w) > 2 and w[2] not in VOWELS:
        result = ok("peN", w[2:])
    elif w.startswith("bekerja"):
        result = ok("ber", w[2:])
    elif w.startswith("ber"):
        result = ok("ber", w[3:])
    elif w.startswith("ter"):
        result = ok("ter", w[3:])
    elif w.startswith("di"):
        result = ok("di", w[2:])
    elif w.startswith("ke") and len(w) - 2 >= 4:
        result = ok("ke", w[2:])
    elif w.startswith("se") and len(w) - 2 >= 6:
        result = ok("se", w[2:])
    return result if result is not None else (word, "")


#: The prefixes that may follow a first prefix (di-per-, ke-ber-, se-peN-...).
SECOND_PREFIXES: dict[str, frozenset[str]] = {
    "di": frozenset({"per"}),
    "ter": frozenset({"per"}),
    "ke": frozenset({"ber", "per", "peN", "ter"}),
    "se": frozenset({"ber", "per", "peN", "ter"}),
}


def _strip_prefixes(word: str) -> tuple[str, str]:
    """Remove up to two prefixes; returns the rest and the first prefix kind."""
    rest, first = _strip_prefix(word, None)
    if first in SECOND_PREFIXES:
        rest, _second = _strip_prefix(rest, SECOND_PREFIXES[first])
    return rest, first


def stem(word: str) -> str:
    """Stem one Malay word (lower-cased).  The JavaScript twin must agree.

    The stemmer is applied until the word no longer changes, so it is
    idempotent: a root and every form that stems to it share one index term
    even when the root itself looks affixed (``kerajaan`` -> ``raja``).
    """
    current = word.lower()
    for _ in range(5):
        following = _stem_once(current)
        if following == current:
            break
        current = following
    return current


def _stem_once(word: str) -> str:
    w = word
    if "-" in w:
        left, _sep, right = w.partition("-")
        if left and right:
            s_left, s_right = _stem_once(left), _stem_once(right)
            if left == right or s_left == s_right or s_left.endswith(s_right):
                return s_right
        return _stem_once(w.replace("-", ""))
    if len(w) < 4 or not w.isascii() or not w.isalpha():
        return w
    for particle, keep in PARTICLES:
        if w.endswith(particle) and len(w) - len(particle) >= keep:
            w = w[: -len(particle)]
            break
    if w.endswith("nya") and len(w) - 3 >= MIN_ROOT:
        w = w[:-3]
    # derivational suffix, then prefixes
    if w.endswith("kan"):
        if len(w) - 3 >= MIN_ROOT:
            w = w[:-3]
        return _strip_prefixes(w)[0]
    if w.endswith("an") and len(w) - 2 >= MIN_ROOT:
        whole = _strip_prefixes(w)[0]
        if whole in AN_ROOTS:
            return whole
        return _strip_prefixes(w[:-2])[0]
    if w.endswith("i") and len(w) - 1 >= 4:
        whole, kind = _strip_prefixes(w)
        if kind and whole not in I_ROOTS:
            shorter, kind2 = _strip_prefixes(w[:-1])
            if kind2 and len(shorter) >= MIN_ROOT:
                return shorter
        return whole
    return _strip_prefixes(w)[0]


def js_stemmer_code() -> str:
    """The JavaScript stemmer with this module's word lists filled in."""
    source = (Path(__file__).parent / "stemmer_ms.js").read_text(encoding="utf-8")
    data = {
        "K_ROOTS": sorted(K_ROOTS),
        "M_ROOTS": sorted(M_ROOTS),
        "N_ROOTS": sorted(N_ROOTS),
        "I_ROOTS": sorted(I_ROOTS),
        "AN_ROOTS": sorted(AN_ROOTS),
    }
    return source.replace("/*ETIKA_STEMMER_DATA*/{}", json.dumps(data, sort_keys=True))


class SearchMalay(SearchLanguage):
    """Search support for Malay (``ms``)."""

    lang = "ms"
    language_name = "Malay"
    stopwords = STOPWORDS
    js_stemmer_code = js_stemmer_code()

    def stem(self, word: str) -> str:
        return stem(word)


def setup_search(app: Sphinx) -> None:
    app.add_search_language(SearchMalay)


def setup_search_snippets(app: Sphinx) -> None:
    app.connect("builder-inited", _add_script)


def _add_script(app: Sphinx) -> None:
    """``_static/etika-search.js`` on web pages: the search page's snippets leave out the rule
    catalogue's folded examples (drafts that break the rules)."""
    if app.builder.format == "html" and not is_epub(app):
        app.add_js_file("etika-search.js", loading_method="defer")
