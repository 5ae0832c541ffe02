"""Mention is not use (issue 20, item 3): a draft that warns against, reminds of,
reports on or quotes a rule about a banned act is no finding of that rule
(etika_check.mention, applied by the engine to every post rule). Sentences
written for this test, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_support import drafts

from etika_check import default_checker
from etika_check import mention as mention_mod
from etika_check.mention import DATA_MATCHERS, mention
from etika_check.text import analyse


def rules(text: str) -> set[str]:
    return {f.rule for f in default_checker().check_post(text).findings}


MENTIONS = [
    # (draft, the rule it only mentions, why)
    ("Peringatan: fail bertanda SULIT tidak boleh dibawa keluar dari pejabat.", "classified-information", "warning"),
    ("Jangan sesekali muat naik gambar dokumen RAHSIA ke kumpulan WhatsApp.", "classified-information", "prohibition"),
    (
        "Bekas kerani itu didakwa kerana membocorkan dokumen sulit kepada kontraktor.",
        "classified-information",
        "report",
    ),
    ("Never share photos of files marked Confidential, not even with family.", "classified-information", "prohibition"),
    ("Pautan ke laman lucah disekat pada rangkaian pejabat.", "obscene", "rule"),
    ("Ibu bapa diingatkan supaya menapis laman web lucah daripada telefon anak-anak.", "obscene", "warning"),
    ("A clerk was suspended for sending nude photos to his colleagues.", "obscene", "report"),
    ("SOP melarang perkongsian pautan video penstriman semasa waktu pejabat.", "streaming-link", "rule"),
    ("Video streaming sites are blocked on the office network.", "streaming-link", "rule"),
    ("Please do not download pirated software on office laptops.", "piracy", "prohibition"),
    ("Officers are reminded that they may not campaign for any party.", "political-activity", "prohibition"),
    ("Pegawai diingatkan supaya tidak berkempen untuk mana-mana parti politik.", "political-activity", "warning"),
    # a label others put on someone, told or judged unfair: not the writer's own claim
    (
        "Pekerja Indonesia di ladang itu sering dilabel pemalas oleh majikan, walhal mereka bekerja dari subuh.",
        "race-religion-politics",
        "label",
    ),
    ("It's unfair to call every Rohingya refugee a liar because of a few cases.", "race-religion-politics", "label"),
    ("Kerani baru tu dicop lembab oleh semua orang, padahal dia baru seminggu.", "personal-attack", "label"),
    ("The staff group chat is not the place for pirated movie links.", "piracy", "prohibition"),
]

# A mention form and the same act done, in pairs: the words that make it a mention are what changes.
MENTION_PAIRS = [
    # what a place or a time is not for
    (
        "Kumpulan WhatsApp unit bukan tempat untuk kongsi video lucah.",
        "Kumpulan WhatsApp unit untuk kongsi video lucah.",
    ),
    # an avoidance that closes the sentence
    (
        "Tengok filem cetak rompak guna laptop jabatan tu, elakkan ya.",
        "Tengok filem cetak rompak guna laptop jabatan tu.",
    ),
    # dealt with by a court or an arrest, the act in a relative clause
    (
        "Mahkamah menghukum bekas pegawai yang membocorkan dokumen sulit kepada syarikat swasta.",
        "Aku nak bocorkan dokumen sulit ni kepada syarikat swasta.",
    ),
    (
        "Police arrested a clerk who leaked confidential files to a contractor.",
        "I leaked confidential files to a contractor.",
    ),
    # exposure guarded against
    (
        "Tetapkan penapis supaya pelajar tidak terdedah kepada laman web lucah.",
        "Pelajar boleh buka laman web lucah kat makmal.",
    ),
    # a question that names the prohibition, answered by the next sentence
    (
        "Kenapa tak boleh forward laporan tu? Sebab laporan tu SULIT, untuk kegunaan dalaman sahaja.",
        "Aku forward laporan tu. Laporan tu SULIT, untuk kegunaan dalaman sahaja.",
    ),
    # a court's sentence for it, with "kerana"
    (
        "Mahkamah menjatuhkan hukuman denda ke atas seorang kerani kerana menyebarkan dokumen SULIT.",
        "Seorang kerani menyebarkan dokumen SULIT dalam group.",
    ),
    # suspected of it
    (
        "Seorang penjawat awam disyaki menyebarkan video lucah di Telegram.",
        "Seorang penjawat awam menyebarkan video lucah di Telegram.",
    ),
]


@pytest.mark.parametrize("text,rule,why", MENTIONS)
def test_a_mention_is_no_finding(text: str, rule: str, why: str):
    checker = default_checker()
    assert rule not in rules(text), text
    # ... because the matcher's hit is there and the filter names why it is a mention
    spec = next(r for r in checker.ruleset.rules if r.id == rule)
    from etika_check.matchers import MATCHERS

    ctx = checker.context(text)
    hits = MATCHERS[spec.matcher["kind"]](ctx, spec.matcher)
    assert hits, text
    not_group = spec.matcher["kind"] != "abuse"  # (as etika_check.mention.drop_mentions asks)
    assert {mention(ctx.analysis, h.start, h.end, not_group, not_group) for h in hits} == {why}, text


USES = [
    # the same acts done: still findings
    ("Ini minit mesyuarat SULIT pengurusan, jangan kongsi dengan orang luar.", "classified-information"),
    ("Jangan kongsi kat orang lain ya: ni laporan SULIT audit dalaman kita.", "classified-information"),
    ("Here is the confidential audit report, don't forward it.", "classified-information"),
    ("Link video lucah penuh ada kat sini, tengok cepat.", "obscene"),
    ("Jom undi PH!", "political-activity"),
    ("Jangan undi parti lain, undi PAS!", "political-activity"),
    ("Sesiapa nak keygen Windows 11, PM saya.", "piracy"),
    ("Tonton di https://www.youtube.com/watch?v=abc123", "streaming-link"),
    # a refusal of a group is the banned act, not a prohibition of it ("ambil", "benarkan" are no acts)
    ("Jangan ambil orang Myanmar bekerja di kedai kita.", "race-religion-politics"),
    ("Jangan benarkan pendatang Bangladesh masuk kedai kita.", "race-religion-politics"),
    # urged, not reported or forbidden
    ("Pendatang asing ni patut ditangkap kerana semua penipu.", "race-religion-politics"),
    ("Pelarian Rohingya memang patut dicop penipu.", "race-religion-politics"),
    ("Refugees should be seen as criminals, nothing else.", "race-religion-politics"),
    ("Immigrants are treated like vermin here, and they deserve it.", "race-religion-politics"),
    # the act done, with words that only look like the new mention forms
    ("Ni tempat untuk download filem cetak rompak percuma, PM aku.", "piracy"),
    ("Saya kongsi minit mesyuarat SULIT yang bocor semalam, baca cepat.", "classified-information"),
]


@pytest.mark.parametrize("mentioned,done", MENTION_PAIRS)
def test_the_words_that_make_a_mention_are_what_turns_a_finding_off(mentioned: str, done: str):
    assert rules(done), done
    assert not rules(mentioned), mentioned


@pytest.mark.parametrize("text,rule", USES)
def test_use_is_still_a_finding(text: str, rule: str):
    assert rule in rules(text), text


@pytest.mark.parametrize(
    "text,rule",
    [
        ("Jangan sebarkan IC suspek 790214-09-5123 ni ya.", "mykad-number"),
        ("Peringatan: jangan hubungi 012-345 6789 kecuali kecemasan.", "mobile-number"),
        ("Jangan kongsi, password FB jabatan: Kastam#789", "password-shared"),
        ("Peringatan: jangan layari https://www.pornhub.com/view_video.php?viewkey=1 di pejabat", "obscene"),
    ],
)
def test_data_written_out_is_disclosed_whatever_the_sentence_says(text: str, rule: str):
    assert rule in rules(text), text


def test_data_matchers_are_the_ones_that_find_data():
    kinds = {r.matcher["kind"] for r in default_checker().ruleset.for_input("post")}
    assert DATA_MATCHERS <= kinds


@pytest.mark.parametrize("text", ["", ".", "jangan", "Peringatan:", "didakwa kerana", "\u200b\u200b", "a" * 50])
def test_mention_never_raises_and_needs_words(text: str):
    analysis = default_checker().context(text).analysis
    for start, end in ((0, len(text)), (0, 0), (len(text), len(text))):
        assert mention(analysis, start, end) in (None, "warning", "prohibition", "report", "rule")


def test_mention_reads_only_near_the_span():
    # a warning far back in the same endless sentence does not reach a leak at its end
    text = "Peringatan " + "dan " * 40 + "ini laporan SULIT audit."
    assert "classified-information" in rules(text)
    near = "Peringatan: ini laporan SULIT audit tidak boleh dikongsi."
    assert "classified-information" not in rules(near)


@pytest.mark.parametrize(
    "text,rule",
    [
        # a prohibition after the words, with the act in the passive
        ("Fail bertanda RAHSIA tidak boleh dimuat naik ke mana-mana kumpulan.", "classified-information"),
        ("Documents marked Restricted must not be posted on social media.", "classified-information"),
        # a case in court, said right after
        ("Kes kebocoran maklumat sulit itu dibicarakan minggu depan.", "classified-information"),
    ],
)
def test_a_mention_after_the_words_is_no_finding(text: str, rule: str):
    assert rule not in rules(text), text


@pytest.mark.parametrize(
    "text,rule",
    [
        # the writer's own leak, then an active 'do not spread': still a leak
        ("ni dokumen sulit audit jangan sebar kat orang luar", "classified-information"),
        # a court word about someone else, further on in a relative clause
        ("Laporan SULIT tentang pegawai yang didakwa semalam ada kat sini.", "classified-information"),
    ],
)
def test_a_leak_with_words_after_is_still_a_finding(text: str, rule: str):
    assert rule in rules(text), text


@pytest.mark.parametrize(
    "text,rule",
    [
        ("Adakah dibenarkan muat naik laporan SULIT ke kumpulan tertutup?", "classified-information"),
        ("Is it allowed to share a confidential report in a closed group?", "classified-information"),
        ("Pautan siaran langsung bola dalam group pejabat dibenarkan ke?", "streaming-link"),
    ],
)
def test_asking_whether_it_is_allowed_is_no_finding(text: str, rule: str):
    assert rule not in rules(text), text


@pytest.mark.parametrize(
    "text,rule",
    [
        ("Ada sesiapa ada keygen Office 2021?", "piracy"),  # a request, not a question of the rule
        ("Ni laporan SULIT yang dibenarkan untuk kau sorang je, faham?", "classified-information"),
    ],
)
def test_a_question_that_is_no_question_of_the_rule_is_still_a_finding(text: str, rule: str):
    assert rule in rules(text), text


def _drafts_for_gate() -> list[str]:
    """Every draft of the test data (rule sets, probe sets, drafts corpus): those that mention and
    those that use a banned act, in both languages."""
    data = Path(__file__).resolve().parent / "data"
    paths = sorted([*data.glob("*.jsonl"), *(data / "rules").glob("*.jsonl")])
    return [d["text"] for path in paths for d in drafts(path) if isinstance(d.get("text"), str)]


def test_the_gate_of_mention_drops_no_answer(monkeypatch):
    """mention() reads a span word by word only when a word that may answer (mention._MAY_ANSWER,
    or a "di-" word) is in reach; the answer with the gate is the answer without it, for every
    span of one and two words of every test draft (a reader that comes to answer by a word the
    gate does not know makes this fail)."""
    words = default_checker().lexicon.words
    texts = _drafts_for_gate()
    assert len(texts) > 2000
    analyses = [analyse(text, words) for text in texts]
    spans = [
        (a, a.tokens[i].start, a.tokens[min(i + width, len(a.tokens)) - 1].end)
        for a in analyses
        for i in range(len(a.tokens))
        for width in (1, 2)
    ]

    def answers() -> list[tuple[str | None, str | None]]:
        return [(mention(a, s, e), mention(a, s, e, False, True)) for a, s, e in spans]

    gated = answers()
    assert sum(1 for g in gated if g != (None, None)) > 500  # (the drafts do mention: the test reads answers)
    real = mention_mod._triggers

    def ungated(analysis):
        backward, labels, offences, _ = real(analysis)
        return backward, labels, offences, list(range(len(analysis.tokens)))

    monkeypatch.setattr(mention_mod, "_triggers", ungated)
    for a in analyses:
        a.cache.pop("mention_triggers", None)
    assert answers() == gated


def test_the_gate_holds_every_trigger_list():
    """_triggers finds the look-back, label and offence words among the gate's: _MAY_ANSWER must
    hold each of their lists."""
    m = mention_mod
    assert m._BACKWARD | m._LABELLING | m._OFFENCE | {"kesalahan"} <= m._MAY_ANSWER
