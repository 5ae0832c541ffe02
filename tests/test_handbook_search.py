"""The Malay search stemmer: Python (index) and JavaScript (query) must agree.

Both are run on a word list with known stems and on every word of the
handbook's Malay sources; the JavaScript one under Node.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from etika_handbook.search import STOPWORDS, SearchMalay, js_stemmer_code, setup_search, stem

REPO = Path(__file__).resolve().parent.parent

EXPECTED = {
    # the family of "sebar" (spread)
    "sebar": "sebar",
    "sebaran": "sebar",
    "sebarkan": "sebar",
    "disebarkan": "sebar",
    "menyebarkan": "sebar",
    "menyebar": "sebar",
    "penyebaran": "sebar",
    "penyebar": "sebar",
    "tersebar": "sebar",
    "disebarkannya": "sebar",
    # meN-/peN- with nasal restoration
    "menggunakan": "guna",
    "penggunaan": "guna",
    "digunakan": "guna",
    "pengguna": "guna",
    "kegunaan": "guna",
    "memaparkan": "papar",
    "paparan": "papar",
    "menulis": "tulis",
    "penulis": "tulis",
    "meminta": "minta",
    "menilai": "nilai",
    "penilaian": "nilai",
    "mengawal": "kawal",
    "kawalan": "kawal",
    "pengawal": "kawal",
    "mengambil": "ambil",
    "membaca": "baca",
    "pembaca": "baca",
    "mendapat": "dapat",
    "menghantar": "hantar",
    "hantaran": "hantar",
    "dihantar": "hantar",
    "mempunyai": "punya",
    # -i, ber-, per-, ter-, ke-...-an, memper-, di-per-
    "mematuhi": "patuh",
    "dipatuhi": "patuh",
    "kepatuhan": "patuh",
    "berkongsi": "kongsi",
    "dikongsi": "kongsi",
    "perkongsian": "kongsi",
    "memberi": "beri",
    "diberi": "beri",
    "perkhidmatan": "khidmat",
    "keselamatan": "selamat",
    "kerahsiaan": "rahsia",
    "rahsianya": "rahsia",
    "diperkenalkan": "kenal",
    "memperkenalkan": "kenal",
    "keberkesanan": "kesan",
    "berkesan": "kesan",
    "pelajar": "ajar",
    "belajar": "ajar",
    "bekerja": "kerja",
    "pekerja": "kerja",
    # particles, se-
    "haruslah": "harus",
    "masalah": "masalah",
    "sebarang": "barang",
    # reduplication
    "kanak-kanak": "kanak",
    "berpuluh-puluh": "puluh",
    # left alone
    "maklumat": "maklumat",
    "media": "media",
    "sosial": "sosial",
    "internet": "internet",
    "teknologi": "teknologi",
    "privasi": "privasi",
    "akaun": "akaun",
    "sop": "sop",
    "2010": "2010",
}


def run_js_stemmer(words: list[str]) -> list[str]:
    node = shutil.which("node")
    assert node, "node is needed to test the JavaScript stemmer"
    script = js_stemmer_code() + (
        "\nconst words = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "\nconst s = new Stemmer();"
        "\nprocess.stdout.write(JSON.stringify(words.map((w) => s.stemWord(w))));\n"
    )
    proc = subprocess.run([node, "-e", script], input=json.dumps(words), capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def test_python_stemmer_expected_stems():
    got = {word: stem(word) for word in EXPECTED}
    assert got == EXPECTED


#: Words that must share one stem, whatever it is (a root and its derived forms).
FAMILIES = [
    ("terbit", "diterbitkan", "menerbitkan", "terbitkan", "penerbitan"),
    ("kerja", "pekerja", "bekerja", "pekerjaan"),
    ("raja", "kerajaan"),
    ("had", "terhad", "dihadkan", "menghadkan"),
    ("hati", "berhati"),
    ("jadi", "menjadi"),
    ("pecah", "dipecahkan"),
    ("terang", "menerangkan", "keterangan"),
    ("peringkat", "diperingkatkan", "terperingkat"),
    ("buat", "perbuatan", "dibuat", "membuat"),
]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f[0])
def test_families_share_a_stem(family):
    python = {stem(w) for w in family}
    javascript = set(run_js_stemmer(list(family)))
    assert len(python) == 1, {w: stem(w) for w in family}
    assert javascript == python


def test_stemmer_is_idempotent():
    words = handbook_words() + list(EXPECTED)
    assert [w for w in words if stem(stem(w)) != stem(w)] == []


def test_javascript_stemmer_expected_stems():
    words = list(EXPECTED)
    assert dict(zip(words, run_js_stemmer(words), strict=True)) == EXPECTED


def handbook_words() -> list[str]:
    words: set[str] = set()
    for path in (REPO / "docs").rglob("*.md"):
        if "_build" in path.parts:
            continue
        words.update(w.lower() for w in re.findall(r"\w+(?:-\w+)?", path.read_text(encoding="utf-8")))
    return sorted(words)


def test_python_and_javascript_agree_on_the_handbook():
    words = handbook_words()
    assert len(words) > 500, "the handbook sources look empty"
    js = run_js_stemmer(words)
    mismatches = [(w, stem(w), j) for w, j in zip(words, js, strict=True) if stem(w) != j]
    assert mismatches == []


@pytest.mark.parametrize("word", ["dan", "yang", "untuk", "dengan", "tersebut"])
def test_stop_words(word):
    assert word in STOPWORDS
    assert not SearchMalay({}).word_filter(word)


def test_search_language_registered():
    from sphinx.search import languages

    class App:
        def add_search_language(self, cls):
            languages[cls.lang] = cls

    setup_search(App())  # type: ignore[arg-type]
    assert languages["ms"] is SearchMalay
    assert SearchMalay({}).stem("Disebarkan") == "sebar"
    assert "EtikaMalayStemmer" in SearchMalay.js_stemmer_code
    assert "/*ETIKA_STEMMER_DATA*/" not in SearchMalay.js_stemmer_code


#: The words of EXPECTED that Snowball's Indonesian stemmer gets wrong, as
#: etika_handbook.search records it (why that stemmer does not replace ours).
SNOWBALL_WRONG = (
    "menulis",
    "penulis",
    "meminta",
    "menilai",
    "penilaian",
    "mengawal",
    "pengawal",
    "masalah",
    "media",
    "teknologi",
    "sebarang",
    "kanak-kanak",
    "berpuluh-puluh",
)


def test_snowball_indonesian_fails_as_recorded():
    """The reason written in etika_handbook.search stays true: Snowball passes
    the "sebar" family, gets exactly the recorded words wrong, and a stem
    stemmed again is not always itself.  If a new snowballstemmer changes
    this, measure again (the docstring says how) and update the record."""
    import snowballstemmer

    snowball = snowballstemmer.stemmer("indonesian")
    assert {snowball.stemWord(w) for w, s in EXPECTED.items() if s == "sebar"} == {"sebar"}
    wrong = {w for w, s in EXPECTED.items() if snowball.stemWord(w) != s}
    assert wrong == set(SNOWBALL_WRONG)
    # the root "bahagi" would not find "bahagian"
    assert snowball.stemWord("bahagian") == "bahagi" != snowball.stemWord("bahagi")
    assert stem("bahagian") == stem("bahagi")
