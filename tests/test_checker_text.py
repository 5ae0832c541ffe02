"""Malay-aware text handling: affixes, reduplication, short forms, disguises."""

from __future__ import annotations

import pytest

import etika_check
from etika_check.text import root_forms, surface_forms


@pytest.mark.parametrize("word,root", [
    ("membodohkan", "bodoh"), ("kebodohan", "bodoh"), ("bodohnya", "bodoh"), ("dibodohkan", "bodoh"),
    ("penyebaran", "sebar"), ("disebarkan", "sebar"), ("menyebarkan", "sebar"), ("dihalau", "halau"),
    ("menghina", "hina"), ("penghinaan", "hina"), ("pembunuh", "bunuh"), ("menipu", "tipu"),
    ("kebencian", "benci"), ("berkongsi", "kongsi"), ("perkongsian", "kongsi"), ("terhapus", "hapus"),
])
def test_malay_roots(word, root):
    assert root in root_forms(word)


@pytest.mark.parametrize("word,form", [
    ("budak-budak", "budak"), ("orang2", "orang"), ("kanak-kanak", "kanak"), ("morons", "moron"),
    ("muslims", "muslim"), ("dianya", "dia"), ("bodohlah", "bodoh"),
])
def test_surface_forms(word, form):
    assert form in surface_forms(word)


def test_surface_forms_do_not_strip_derivations():
    assert "tipu" not in surface_forms("ditipu")  # a victim, not a liar


@pytest.mark.parametrize("disguise", ["b0d0h", "b@ngang", "bodohhhh", "b.o.d.o.h", "b o d o h", "BODOH",
                                      "bo\u200bdoh", "\U0001d41b\U0001d428\U0001d41d\U0001d428\U0001d421"])
def test_disguised_insults(disguise):
    text = f"Pengarah tu memang {disguise}."
    findings = etika_check.check_post(text)
    assert [f.rule for f in findings] == ["personal-attack"]
    start, end = findings[0].span
    assert text[start:end] == disguise


@pytest.mark.parametrize("text", ["Orang Melayu mmg x guna", "Org Melayu memang tak guna", "Org2 Melayu xguna"])
def test_short_forms(text):
    assert "race-religion-politics" in {f.rule for f in etika_check.check_post(text)}


def test_obscene_disguise():
    assert {f.rule for f in etika_check.check_post("Ada video p0rn0 baru")} == {"obscene"}


@pytest.mark.parametrize("clean", [
    "Selamat Menyambut Tahun Baharu Cina", "Tahniah Yang Berhormat", "Sila bawa kad pengenalan anda.",
    "Hubungi 04-976 1234.", "Saya takut tengok cerita hantu.", "Harga naik gila-gila.",
])
def test_meaning_not_words(clean):
    assert etika_check.check_post(clean) == []


@pytest.mark.parametrize("brk", ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\f", "\v"])
def test_line_numbers_count_every_line_break(brk):
    """A lone CR, U+2028, NEL or a form feed ends a line as LF does (CR LF is one break)."""
    import etika_check

    text = f"Salam.{brk}Selamat pagi.{brk}Pengarah tu memang bodoh."
    [f] = etika_check.check_post(text)
    assert (f.line, f.column) == (3, 20)
