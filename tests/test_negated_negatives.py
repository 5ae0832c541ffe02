"""Negated negatives in English and Malay: a quality denied without a negator, harm named and
condemned, anyone let rather than the group. Each with a hateful counterpart that stays a finding."""

from __future__ import annotations

import pytest

import etika_check

CLEAN = [
    "Refugees are anything but lazy.",
    "Sikhs are far from dangerous.",
    "Deaf people are the opposite of stupid.",
    "Orang Asli jauh daripada malas.",
    "Violence against Hindus must stop.",
    "Attacks on lesbians have no place in our town.",
    "Keganasan terhadap pekerja Nepal tidak boleh dibiarkan.",
    "Never let anybody bully Tamils.",
]
HATEFUL = [
    "Refugees are nothing but parasites.",
    "Sikhs are dangerous.",
    "Orang Asli memang malas.",
    "Attacks on Hindus must continue until they leave.",
    "Attack lesbians on sight.",
    "Don't let Tamils into our schools.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_negated_negative_is_no_finding(text):
    assert not etika_check.check_post(text), text


@pytest.mark.parametrize("text", HATEFUL)
def test_its_hateful_counterpart_still_is(text):
    assert {f.rule for f in etika_check.check_post(text)} & {"race-religion-politics", "group-derogation"}, text
