"""Functional tests in the manner of hate-speech test suites (HateCheck):
templates of one function each (derogation, dehumanisation, threats, implicit
derogation, pronoun reference, negated positives, questions, opinions,
spelling variation) crossed with many target groups, and their non-hateful
contrasts (negation, counter-speech, quotation, neutral and positive
identity statements, abuse of objects). Groups were picked to span race,
religion, origin, sex, disability, age and orientation; the templates are
general sentences, not the corpus the word lists were tuned on.
"""

from __future__ import annotations

import pytest

import etika_check

GROUPS_EN = [
    "women",
    "trans people",
    "gay people",
    "black people",
    "disabled people",
    "Muslims",
    "immigrants",
    "Jews",
    "refugees",
    "Hindus",
    "old people",
    "Indians",
    "lesbians",
    "Christians",
]
HATEFUL_EN = [
    "I hate {g}.",
    "I despise {g}.",
    "{g} disgust me.",
    "{g} are disgusting.",
    "All {g} are like that, lazy and dishonest.",
    "{g} are scum.",
    "{g} are nothing but vermin.",
    "{g} are a cancer.",
    "{g} belong in a zoo.",
    "{g} are not welcome here.",
    "I am going to shoot the next one of those {g} I see.",
    "{g} should all be killed.",
    "We should get rid of {g} once and for all.",
    "You {g} are all fucking awful.",
    "I have met many {g} and I hate every single one of them.",
    "Of course they are stupid. They are just {g} after all.",
    "{g} are never any good.",
    "I will never trust {g}.",
    "Why is it that all {g} are repulsive?",
    "I think that {g} should all be killed.",
    "I h4te {g}.",
    "{g} are the worst.",
    "Death to all {g}.",
    "{g} are a plague on society.",
    "It's disgusting how {g} behave.",
    "{g} like you make me sick.",
    "Typical {g}, always causing trouble.",
    "There is nothing worse than {g}.",
    "{g} are so dumb.",
    "I'd rather die than work with {g}.",
]
NOT_HATEFUL_EN = [
    "{g} are not disgusting.",
    "I don't hate {g}.",
    "We are a group of {g}.",
    "I love {g}.",
    "{g} are great.",
    "Statements like '{g} are scum' are deeply hurtful.",
    "You have to stop calling {g} disgusting.",
    "No {g} deserve to die.",
    "I would never say {g} are worthless.",
    "{g} are valued members of our team.",
    "The report is about discrimination against {g}.",
    "Saying '{g} are vermin' is hate speech.",
    "I absolutely adore {g}.",
    "Are {g} well represented in the civil service?",
    "Our policies protect {g}.",
]

GROUPS_MS = [
    "orang Melayu",
    "orang Cina",
    "orang India",
    "pendatang asing",
    "orang Islam",
    "orang Kristian",
    "perempuan",
    "golongan OKU",
    "golongan LGBT",
    "warga emas",
    "kaum Iban",
    "pelarian Rohingya",
    "penganut Buddha",
    "pekerja Bangladesh",
    "orang Yahudi",
    "golongan wanita",
]
HATEFUL_MS = [
    "Aku benci {g}.",
    "Saya menyampah dengan {g}.",
    "{g} ni memang menjijikkan.",
    "{g} semua pemalas dan penipu.",
    "{g} ni sampah.",
    "{g} macam binatang.",
    "{g} ni penyakit masyarakat.",
    "{g} tak layak tinggal di negara ini.",
    "Aku nak pukul {g} yang aku jumpa esok.",
    "{g} patut dibunuh semuanya.",
    "Kita kena hapuskan {g}.",
    "Aku kenal ramai {g} dan semua mereka bodoh.",
    "{g} tak pernah bagus.",
    "Jangan sesekali percaya {g}.",
    "Kenapa {g} semua bodoh?",
    "Pada pendapat saya {g} patut dihalau.",
    "Aku b3nci {g}.",
    "{g} ni semua menyusahkan.",
    "Dasar {g}, asyik buat masalah.",
    "{g} ni patut pergi mampus.",
]
NOT_HATEFUL_MS = [
    "{g} tidak menjijikkan.",
    "Saya tidak benci {g}.",
    "Kami sekumpulan {g} yang bekerja di jabatan ini.",
    "Saya sayang {g}.",
    "{g} sangat rajin bekerja.",
    "Kenyataan '{g} sampah' sangat menyakitkan hati.",
    "Berhentilah menggelar {g} pemalas.",
    "Tiada {g} yang patut dibunuh.",
    "Saya tidak akan kata {g} pemalas.",
    "Laporan itu mengenai diskriminasi terhadap {g}.",
    "Dasar kerajaan melindungi hak {g}.",
    "Program ini terbuka kepada {g}.",
    "Adakah {g} cukup diwakili dalam perkhidmatan awam?",
]
ABUSE_RULES = {"race-religion-politics", "group-derogation", "personal-attack", "obscene"}


def _cases(templates, groups):
    out = []
    for t in templates:
        for g in groups:
            s = t.format(g=g)
            out.append(s[0].upper() + s[1:])
    return out


@pytest.mark.parametrize("text", _cases(HATEFUL_EN, GROUPS_EN) + _cases(HATEFUL_MS, GROUPS_MS))
def test_hateful_is_flagged(text):
    rules = {f.rule for f in etika_check.check_post(text)}
    assert rules & ABUSE_RULES, text


@pytest.mark.parametrize("text", _cases(NOT_HATEFUL_EN, GROUPS_EN) + _cases(NOT_HATEFUL_MS, GROUPS_MS))
def test_contrast_is_clean(text):
    assert etika_check.check_post(text) == [], text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Muslims are scum.", "race-religion-politics"),
        ("Women are scum.", "group-derogation"),
        ("Orang Cina ni sampah.", "race-religion-politics"),
        ("Golongan OKU ni sampah.", "group-derogation"),
        ("Pegawai itu sampah.", "personal-attack"),
    ],
)
def test_target_decides_the_clause(text, expected):
    assert expected in {f.rule for f in etika_check.check_post(text)}
