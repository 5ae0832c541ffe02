"""The checker's judgement, one construction at a time (issue 12).

Each construction of hateful speech that the clause frames in
``etika_check.abuse`` handle has its own templates here, in Malay and in
English, crossed with target groups, and non-hateful contrasts that use the
same words (negation, praise, reports, counter-speech, care for the group).
The sentences and the groups were written for this file: other words and
other groups than the development set in ``../shared/eval/`` and than the
older functional suite (tests/test_checker_functional.py), so that a pass
says the construction is handled, not the sentence.

The development set itself is only read, never copied: the last tests
measure it where it lies and hold the floors the issue sets.
"""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from judgement_support import construction_groups, construction_tables, held_out_sets, neutral_mentions

import etika_check
from etika_check import abuse
from etika_check.context import Context
from etika_check.engine import Checker
from etika_check.judgement.constructions import Constructions

GROUPS_MS, GROUPS_EN = construction_groups()

# construction -> (hateful templates, non-hateful contrasts with the same words)
CONSTRUCTIONS_MS, CONSTRUCTIONS_EN = construction_tables()


def _cases(table, groups, hateful):
    return [(name, t.format(g=g)) for name, (h, n) in table.items() for t in (h if hateful else n) for g in groups]


def _ids(cases):
    return [f"{name}:{text[:50]}" for name, text in cases]


HATEFUL = _cases(CONSTRUCTIONS_MS, GROUPS_MS, True) + _cases(CONSTRUCTIONS_EN, GROUPS_EN, True)
CLEAN = _cases(CONSTRUCTIONS_MS, GROUPS_MS, False) + _cases(CONSTRUCTIONS_EN, GROUPS_EN, False)
ABUSE_RULES = {"race-religion-politics", "group-derogation", "personal-attack"}


@pytest.mark.parametrize("construction,text", HATEFUL, ids=_ids(HATEFUL))
def test_hateful_construction_is_flagged(construction, text):
    rules = {f.rule for f in etika_check.check_post(text)}
    assert rules & ABUSE_RULES, f"{construction}: not flagged: {text}"


@pytest.mark.parametrize("construction,text", CLEAN, ids=_ids(CLEAN))
def test_contrast_stays_clean(construction, text):
    found = [(f.rule, f.excerpt) for f in etika_check.check_post(text)]
    assert not found, f"{construction}: flagged: {text} -> {found}"


def test_every_construction_has_cases_in_both_languages():
    assert set(CONSTRUCTIONS_MS) >= set(CONSTRUCTIONS_EN)
    for table in (CONSTRUCTIONS_MS, CONSTRUCTIONS_EN):
        for name, (hateful, clean) in table.items():
            assert hateful and clean, name


def test_each_clause_binds_its_own_target():
    """A personal attack and a group derogation in one sentence: two findings,
    each with the words that carry it (not "bodoh, semua orang India")."""
    text = "Pegawai kaunter tu memang bodoh, semua orang India penipu"
    found = {f.rule: text[f.span[0] : f.span[1]] for f in etika_check.check_post(text)}
    assert found == {"personal-attack": "bodoh", "race-religion-politics": "semua orang India penipu"}
    text = "Our manager is an idiot, and all Tamils are liars."
    assert {f.rule for f in etika_check.check_post(text)} == {"personal-attack", "race-religion-politics"}


def test_award_vote_is_not_political():
    assert not etika_check.check_post("Jom undi calon terbaik untuk Anugerah Pekerja Cemerlang")
    assert etika_check.check_post("Jom undi calon PAS dalam PRU nanti")


def test_abuse_reads_only_the_word_lists_it_declares():
    """abuse.WORD_LISTS is what the matcher registry checks the lexicon against:
    every list the judgement reads must be named there."""
    seen: set[str] = set()
    originals = {name: getattr(Context, name) for name in ("at", "get", "near", "any_in")}

    def spy(name):
        def wrapper(self, *args):
            cat = args[1] if name in ("at",) else args[0]
            seen.add(cat)
            return originals[name](self, *args)

        return wrapper

    try:
        for name in originals:
            setattr(Context, name, spy(name))
        checker = etika_check.default_checker()
        for _, text in HATEFUL[::3] + CLEAN[::3]:
            checker.check_post(text)
    finally:
        for name, fn in originals.items():
            setattr(Context, name, fn)
    read_by_abuse = {c for c in seen if c in set(abuse.WORD_LISTS) or c in checker.ruleset.lexicon}
    declared = set(abuse.WORD_LISTS) | set(checker.ruleset.constructions.word_lists())
    assert read_by_abuse - declared <= _other_matchers_lists(checker), sorted(
        read_by_abuse - declared - _other_matchers_lists(checker)
    )
    assert set(abuse.WORD_LISTS) <= set(checker.ruleset.lexicon), sorted(
        set(abuse.WORD_LISTS) - set(checker.ruleset.lexicon)
    )
    # lists read from the token's covering set ("first_person" in ctx.covering(j)) pass no spy:
    # every list named in abuse.py's code is declared too
    import inspect
    import re

    from etika_check.judgement import filters, mentions, sequences

    sources = "".join(inspect.getsource(m) for m in (abuse, filters, mentions, sequences))
    named = set(re.findall(r'"([a-z_]+)"', sources)) & set(checker.ruleset.lexicon)
    assert named <= set(abuse.WORD_LISTS), sorted(named - set(abuse.WORD_LISTS))


def _other_matchers_lists(checker) -> set[str]:
    """Lists that matchers other than abuse read (named in rule data or by their code)."""
    import inspect
    import re

    from etika_check import matchers

    named = {
        c
        for r in checker.ruleset.rules
        for v in r.matcher.values()
        if isinstance(v, (list, tuple))
        for c in v
        if isinstance(c, str)
    }
    src = inspect.getsource(matchers)
    return named | set(re.findall(r'"([a-z_]+)"', src))


# --------------------------------------------------------------------------
# the development set, measured where it lies (never copied into the project)

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "malay-functional-dev.csv"
FALSE_ALARM_FUNCTIONS = ("ident_neutral_nh", "ident_pos_nh", "negate_neg_nh")


@pytest.mark.skipif(not DEV_SET.is_file(), reason=f"development set not beside the repository ({DEV_SET})")
def test_development_set_floors():
    """Issue 12's floors: recall of hateful cases >= 0.75, false alarms on
    neutral and positive mentions and negated negatives <= 0.05."""
    hateful = flagged_h = alarms = neutral = 0
    with DEV_SET.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            flagged = bool(etika_check.check_post(row["text"]))
            if row["label"] == "hateful":
                hateful += 1
                flagged_h += flagged
            elif row["function"] in FALSE_ALARM_FUNCTIONS:
                neutral += 1
                alarms += flagged
    assert hateful > 1500 and neutral > 400  # the whole set was read
    assert flagged_h / hateful >= 0.75, f"recall {flagged_h / hateful:.3f}"
    assert alarms / neutral <= 0.05, f"false alarms {alarms / neutral:.3f}"


@pytest.mark.parametrize(
    "text,flagged",
    [
        # "tak boleh diterima" said of the group itself is no counter-speech ...
        ("Golongan mak nyah itu memang menjijikkan dan tak boleh diterima dalam masyarakat.", True),
        # ... said of an act or a statement, it is
        ("Menghina penganut Sikh adalah salah dan tidak boleh diterima.", False),
        ("Mengatakan semua pekerja Nepal penipu adalah stereotaip yang salah.", False),
        ('"Tamils are scum" is a hateful thing to say.', False),
        ('You shouldn\'t say "Catholics are disgusting".', False),
        ("If you think single mothers are worthless, you are wrong.", False),
        ("It is never okay to call deaf people vermin.", False),
        ("I can't believe anyone would say Filipino workers are inferior.", False),
        ("I hate people who attack Sikhs.", False),
        ("Why do people hate bisexual people so much?", False),
        ("Saya benci orang yang menghina penganut Sikh.", False),
        ("Kenapa orang benci sangat dengan pekerja Nepal?", False),
    ],
)
def test_counter_speech_is_said_of_a_statement_not_of_the_group(text, flagged):
    assert bool(etika_check.check_post(text)) is flagged, text


def test_constructions_do_not_depend_on_their_order():
    """Each construction reads the draft alone: the ones no other names (instead_of) and that do not ask
    what was said of a group, run in reverse order, give the same findings."""
    drafts = [text for _, text, _ in HELD_OUT if "," in text or "." in text[:-1]][:400] + [
        "Pegawai kaunter tu memang bodoh, semua orang India penipu",
        "Bodoh betul kau ni, macam keling.",
        "Aku nak pukul dia, pengkhianat bangsa tu.",
    ]
    ruleset = etika_check.default_checker().ruleset
    sequences = ruleset.constructions.sequences
    named = {n for s in sequences for n in s.instead_of}
    alone = [s for s in sequences if not s.instead_of and s.name not in named and not s.reads_said]
    rest = [s for s in sequences if s not in alone]
    reordered = dataclasses.replace(
        ruleset, constructions=Constructions(ruleset.constructions.frames, (*reversed(alone), *rest))
    )
    before = [[(f.rule, f.span) for f in etika_check.check_post(t)] for t in drafts]
    checker = Checker(reordered)
    after = [[(f.rule, f.span) for f in checker.check_post(t).findings] for t in drafts]
    assert after == before
    assert len(alone) > 50 and sum(map(bool, before)) > 100  # many constructions, and findings


def test_a_plain_sentence_needs_no_filter(monkeypatch):
    """abuse._setting_aside lets a sentence without the words the filters of _stands read skip them:
    with every statement read by the filters, the findings are the same (a filter that comes to
    read a word not in abuse._SETTING_ASIDE would make them differ)."""
    drafts = [text for _, text, _ in HELD_OUT] + [
        "Menyebut orang Melayu pemalas adalah rasis.",
        "'X are scum' is a disgusting thing to say.",
        "Kenyataan 'Melayu malas' itu dikritik oleh menteri.",
        "Orang Cina tu gila, tapi aku sayang mereka.",
        "People who call Muslims apes are the real problem.",
        "Saying Jews are pests is disgusting.",
        "Who says Malays are lazy?",
        "Siapa cakap orang Cina tak guna?",
    ]
    before = [[(f.rule, f.span) for f in etika_check.check_post(t)] for t in drafts]
    every_sentence = type("EverySentence", (), {"__contains__": lambda self, s0: True})()
    monkeypatch.setattr(abuse, "_setting_aside", lambda ctx: every_sentence)
    after = [[(f.rule, f.span) for f in etika_check.check_post(t)] for t in drafts]
    assert after == before
    assert sum(map(bool, before)) > 100


def test_counter_speech_needs_its_words(monkeypatch):
    """abuse._may_counter lets a draft without a word of abuse._COUNTER_SPEECH_NEEDS skip the test of
    counter-speech: read in every draft, the findings are the same (a test of _counter_speech that
    comes to read a word of another list would make them differ)."""
    drafts = [text for _, text, _ in HELD_OUT] + [
        "Menyebut orang Melayu pemalas adalah rasis.",
        "'X are scum' is a disgusting thing to say.",
        "Who says Malays are lazy?",
        "Orang kata Melayu malas. Saya kerja 10 tahun dengan mereka. Stereotaip macam ni patut dibuang.",
        "Saying Jews are pests is disgusting.",
        '"Orang Cina semua penipu" \u2014 ayat macam ni rasis.',
    ]
    every_sentence = type("EverySentence", (), {"__contains__": lambda self, s0: True})()
    monkeypatch.setattr(abuse, "_setting_aside", lambda ctx: every_sentence)
    before = [[(f.rule, f.span) for f in etika_check.check_post(t)] for t in drafts]
    monkeypatch.setattr(abuse, "_may_counter", lambda ctx: True)
    after = [[(f.rule, f.span) for f in etika_check.check_post(t)] for t in drafts]
    assert after == before
    assert sum(map(bool, before)) > 100


@pytest.mark.parametrize(
    "text,rules",
    [
        ("Sistem beraja perlu dimansuhkan.", {"royalty-contempt"}),
        ("The monarchy should be abolished.", {"royalty-contempt"}),
        ("Tak perlu lagi ada raja di negara ni.", {"royalty-contempt"}),
        ("Daulat Tuanku! Selamat menyambut Hari Keputeraan.", set()),
        # "Raja" as a man's name is a person, not the Rulers
        ("Encik Raja dari unit akaun memang pemalas.", {"personal-attack"}),
        ("Raja Kumar tu bodoh.", {"personal-attack"}),
        ("You are just a bitch to me.", {"personal-attack"}),
        ("Shut up, you dyke.", {"group-derogation"}),
        ("Kerajaan akan memansuhkan cukai itu.", set()),
    ],
)
def test_the_monarchy_and_names(text, rules):
    assert {f.rule for f in etika_check.check_post(text)} == rules, text


@pytest.mark.parametrize(
    "word,affixes",
    [
        ("dihina", {"di"}),
        ("membawa", {"meN"}),
        ("menghapuskan", {"meN", "-kan"}),
        ("hapuskan", {"-kan"}),
        ("berlari", {"ber"}),
        ("terbakar", {"ter"}),
        ("kebencian", {"nominal"}),
        # words that only look affixed: pronouns, adverbs, English
        ("mereka", set()),
        ("memang", set()),
        ("melayu", set()),
        ("members", set()),
        ("different", set()),
    ],
)
def test_morphology_is_found_once_on_the_token(word, affixes):
    from etika_check.text import affixes_of

    assert affixes_of(word) == affixes
    from etika_check.text import analyse

    [tok] = analyse(word, etika_check.default_checker().lexicon.words).tokens
    assert tok.affixes == affixes


NEUTRAL = neutral_mentions()


@pytest.mark.parametrize("text", NEUTRAL, ids=[t[:50] for t in NEUTRAL])
def test_neutral_mentions_stay_clean(text):
    assert not etika_check.check_post(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Are refugees treated as humans in the camps?",
        "Pelajar akan menerima akibatnya jika meniru dalam peperiksaan.",
        "Anyone who helps refugees is a hero.",
        "There is no place for racism in Malaysia.",
    ],
)
def test_twentieth_contrasts(text):
    assert not etika_check.check_post(text), text


# Every held-out set in one test: a case is flagged exactly when it is hateful. The sets are
# data (tests/data/judgement/held_out.jsonl, their notes in held_out_sets.jsonl; CONTRIBUTING.md).
HELD_OUT_SETS = held_out_sets()
HELD_OUT = [(name, text, flagged) for name, cases in HELD_OUT_SETS.items() for text, flagged in cases]


@pytest.mark.parametrize("name,text,flagged", HELD_OUT, ids=[f"{n}-{t[:50]}" for n, t, _ in HELD_OUT])
def test_held_out_set(name, text, flagged):
    rules = {f.rule for f in etika_check.check_post(text)}
    assert bool(rules) is flagged, (name, text, rules)
