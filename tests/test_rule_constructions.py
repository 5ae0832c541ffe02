"""The rules' own constructions (data/constructions.toml, rule = "<id>"): each kind of draft issue 20
names, in new words, gives its rule's finding, and its near miss does not (issue 20, items 2, 3, 5)."""

from __future__ import annotations

import pytest

from etika_check import default_checker

FLAG = [
    ("classified-information", "Lusa pukul 5 pagi kita serbu gudang belakang pasar Arau, jangan bocor."),
    ("classified-information", "Harga siling tender cat bangunan tu RM300k, letak bawah sikit."),
    ("classified-information", "Suspek kes tu Razak bin Omar, 44, dari Simpang Empat."),
    ("classified-information", "Semua laporan ada dalam fail KE.HT(S)100/23/1."),
    ("classified-information", "Ni laporan SULIT mesyuarat pagi tadi, jangan sebar."),
    ("political-activity", "PRN nanti jom tumbangkan kerajaan negeri ni."),
    ("political-activity", "Jom sertai ceramah Parti Islam Se-Malaysia malam esok."),
    ("royalty-contempt", "The Malay Rulers are parasites living off taxpayers."),
    ("royalty-contempt", "Semua raja patut turun takhta."),
    ("agency-comment", "Saya pegawai kat situ, dasar giliran baru jabatan kami memang gagal."),
    ("official-account-personal", "Admin page rasmi ni jual kereta sendiri, RM20k, PM."),
    ("office-hours-post", "Tengah waktu pejabat ni, bosan, scroll TikTok kejap."),
    ("obscene", "Video skandal tanpa tapis tu aku ada, PM je."),
    ("piracy", "Filem yang baru masuk panggung tu dah ada versi penuh, link Telegram."),
    ("personal-attack", "Malam ni aku pancitkan tayar kereta kau kat parking."),
    ("unverified-viral", "Sumber rapat dengan menteri beritahu elaun akan dipotong."),
    ("unverified-viral", "Bos kita tu songlap duit tabung kebajikan, aku yakin."),
    ("password-shared", "Kata laluan akaun Instagram unit kita sekarang ialah Perlis!2026."),
    ("official-email-personal", "Channel YouTube masakan saya guna emel siti@perlis.gov.my."),
    ("streaming-link", "Jom tengok live stream bola petang ni guna wifi pejabat."),
]
PASS = [
    ("classified-information", "Serbuan di gudang itu semalam merampas 500 karton rokok."),
    ("political-activity", "Saya tak sokong mana-mana parti."),
    ("royalty-contempt", "The Conference of Rulers met at Istana Negara today."),
    ("agency-comment", "Kenyataan media rasmi jabatan boleh dibaca di laman web kami."),
    ("official-account-personal", "An admin of another agency's page was warned after selling personal items on it."),
    ("office-hours-post", "Boleh ke kita tonton video latihan dalam talian semasa waktu kerja?"),
    ("obscene", "Hati-hati dengan pautan yang menjanjikan video skandal."),
    ("personal-attack", "Aku tahu rumah kau kat mana, esok aku datang hantar kuih."),
    ("official-email-personal", "Akaun Instagram rasmi kami dikendalikan oleh media@customs.gov.my."),
    ("streaming-link", "Rangkaian pejabat tidak membenarkan penstriman video mulai Isnin."),
    ("mobile-number", "Nombor resit anda 0123456789, simpan untuk tuntutan."),
    ("unverified-viral", "SPRM menahan seorang pengarah kerana disyaki menerima rasuah."),
    ("classified-information", "Apa-apa surat bertanda TERHAD, jangan letak atas meja."),
    ("classified-information", "Boleh terangkan tatacara menyimpan dokumen SULIT di unit kita?"),
]


@pytest.mark.parametrize("rule,text", FLAG)
def test_the_draft_gives_its_rules_finding(rule: str, text: str):
    assert rule in {f.rule for f in default_checker().check_post(text).findings}


@pytest.mark.parametrize("rule,text", PASS)
def test_the_near_miss_does_not(rule: str, text: str):
    assert rule not in {f.rule for f in default_checker().check_post(text).findings}
