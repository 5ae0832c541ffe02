"""Malformed rule data fails with a message naming the file, the rule and the key,
and a rule added with examples needs no code change."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from etika_check import Checker, load_ruleset
from etika_check.judgement.constructions import COMPUTED_DENIERS
from etika_check.ruledata import RuleDataError
from etika_check.validate import validate_examples, validate_handbook

PKG = Path(str(resources.files("etika_check")))

GOOD_RULE = """
[[rule]]
id = "{id}"
applies_to = "post"
severity = "warning"
clauses = ["SOP-6.5"]
instruments = ["spict-jkdm-2-2010"]
title = {{ ms = "Cakap kosong", en = "Empty talk" }}
message = {{ ms = "Elakkan \\"{{excerpt}}\\".", en = "Avoid \\"{{excerpt}}\\"." }}
why = {{ ms = "Sebab.", en = "Because." }}
matcher = {{ kind = "terms", terms = ["{terms}"] }}
examples = {{ flag = ["{flag}"], pass = ["Selamat pagi."] }}
"""


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, Path]:
    rules, dat = tmp_path / "rules", tmp_path / "data"
    shutil.copytree(PKG / "rules", rules)
    shutil.copytree(PKG / "data", dat)
    return rules, dat


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_new_rule_from_data_only(data):
    rules, dat = data
    _append(dat / "lexicon.toml", '\n[buzzwords]\nterms = ["sinergi", "~holistik"]\n')
    _append(rules / "sop.toml", GOOD_RULE.format(id="buzzword", terms="buzzwords", flag="Pendekatan holistik kita."))
    checker = Checker(load_ruleset(rules, dat))
    [f] = checker.check_post("Kita perlukan sinergi!").findings
    assert f.rule == "buzzword" and f.excerpt == "sinergi" and f.message.en == 'Avoid "sinergi".'
    assert validate_examples(checker) == []


def _error(rules: Path, dat: Path) -> str:
    with pytest.raises(RuleDataError) as exc:
        Checker(load_ruleset(rules, dat))
    return str(exc.value)


@pytest.mark.parametrize(
    "edit,expected",
    [
        (
            lambda t: t.replace('severity = "error"', 'severity = "fatal"', 1),
            "rules/sop.toml: rule 'race-religion-politics': key 'severity': must be one of error, warning, info",
        ),
        (
            lambda t: t.replace('clauses = ["SOP-7.1", "EB-PANDUAN-9"]', 'clauses = ["SOP-7.99", "EB-PANDUAN-9"]', 1),
            "rules/sop.toml: rule 'race-religion-politics': key 'clauses': unknown clause id 'SOP-7.99'",
        ),
        (
            lambda t: t.replace('instruments = ["akta-588", "spict', 'instruments = ["akta-999", "spict', 1),
            "key 'instruments': unknown law or circular 'akta-999'",
        ),
        (
            lambda t: t.replace('kind = "abuse"', 'kind = "telepathy"', 1),
            "rules/sop.toml: rule 'race-religion-politics': key 'matcher.kind': unknown matcher 'telepathy'",
        ),
        (
            lambda t: t.replace("message = { ms = ", "message = { xx = ", 1),
            "rules/sop.toml: rule 'race-religion-politics': key 'message.ms': missing (non-empty text)",
        ),
        (
            lambda t: t.replace('id = "personal-attack"', 'id = "race-religion-politics"', 1),
            "rules/sop.toml: rule 'race-religion-politics': key 'id': rule id also defined in rules/sop.toml",
        ),
        (
            lambda t: t.replace('id = "personal-attack"', 'id = "Personal Attack"', 1),
            "rules/sop.toml: key 'rule[1].id': must be a lower-case kebab-case id such as 'personal-attack'",
        ),
        (lambda t: t + "\n[[rule]\n", "rules/sop.toml: invalid TOML"),
        (
            lambda t: t.replace('applies_to = "post"', 'applies_to = "email"', 1),
            "key 'applies_to': must be one of post, time, file, account",
        ),
        (
            lambda t: t.replace('severity = "error"', 'severity = "error"\ncolour = "red"', 1),
            "rule 'race-religion-politics': key 'colour': unknown key; allowed: applies_to, clauses,",
        ),
        (
            lambda t: t.replace('terms = ["obscene"]', 'terms = ["nope"]', 1),
            "rules/sop.toml: rule 'obscene': key 'matcher.terms': no word list 'nope' in data/lexicon.toml",
        ),
    ],
)
def test_malformed_rule_file_names_file_rule_and_key(data, edit, expected):
    rules, dat = data
    path = rules / "sop.toml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert expected in _error(rules, dat)


def test_invalid_utf8_rule_file(data):
    rules, dat = data
    (rules / "extra.toml").write_bytes(b'[[rule]]\nid = "\xff"\n')
    assert "rules/extra.toml: not valid UTF-8 at byte" in _error(rules, dat)


def test_missing_data_file(data):
    rules, dat = data
    (dat / "lexicon.toml").unlink()
    assert "data/lexicon.toml: cannot read" in _error(rules, dat)


def test_bad_policy_and_shortform(data):
    rules, dat = data
    p = dat / "policies.toml"
    p.write_text(p.read_text(encoding="utf-8").replace('["13:00", "14:00"]', '["13:00", "25:61"]', 1), encoding="utf-8")
    assert "data/policies.toml: key 'policy.jkdm-2010.windows.mon[0][1]': must be a time 'HH:MM'" in _error(rules, dat)
    shutil.copy(PKG / "data" / "policies.toml", p)
    lex = dat / "lexicon.toml"
    lex.write_text(lex.read_text(encoding="utf-8").replace('"yg=yang"', '"yg"', 1), encoding="utf-8")
    assert "key 'shortforms.terms'" in _error(rules, dat)


def test_example_that_misbehaves_is_reported(data):
    rules, dat = data
    _append(rules / "sop.toml", GOOD_RULE.format(id="buzzword", terms="obscene", flag="Selamat pagi semua."))
    problems = validate_examples(Checker(load_ruleset(rules, dat)))
    assert problems == ["rules/sop.toml: rule 'buzzword': key 'examples.flag': 'Selamat pagi semua.' is not flagged"]


def test_cli_reports_rule_data_error(data):
    """The CLI turns a broken rule file into exit 2 and one line on stderr."""
    rules, dat = data
    path = rules / "sop.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('severity = "error"', 'severity = "fatal"', 1), encoding="utf-8"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "etika_check", "--rules-dir", str(rules), "--data-dir", str(dat), "rules", "--validate"],
        capture_output=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == (
        "etika-check: rule data: rules/sop.toml: rule 'race-religion-politics': key 'severity': "
        "must be one of error, warning, info, not text 'fatal'"
    )


def test_cli_validates_an_edited_copy(data):
    rules, dat = data
    _append(rules / "sop.toml", GOOD_RULE.format(id="buzzword", terms="obscene", flag="Selamat pagi semua."))
    proc = subprocess.run(
        [sys.executable, "-m", "etika_check", "--rules-dir", str(rules), "--data-dir", str(dat), "rules", "--validate"],
        capture_output=True,
    )
    assert proc.returncode == 2  # rule data with a problem: exit 2, as when it cannot be loaded
    assert b"rule 'buzzword': key 'examples.flag'" in proc.stderr and b"1 problems" in proc.stdout


REPO = Path(__file__).resolve().parent.parent


def test_handbook_has_every_clause_and_law_page():
    assert validate_handbook(load_ruleset(), REPO / "docs") == []


def test_handbook_validation_names_what_is_missing(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs, ignore=shutil.ignore_patterns("_static", "_build"))
    (docs / "perundangan" / "akta-709.md").unlink()
    sop = docs / "sop.md"
    sop.write_text(sop.read_text(encoding="utf-8").replace("{clause} SOP-7.3", "{clause} SOP-7.3x"), encoding="utf-8")
    problems = validate_handbook(load_ruleset(), docs)
    assert "data/clauses.toml: clause 'SOP-7.3': no {clause} directive in " + str(docs) in problems
    assert any("rule 'mykad-number': key 'instruments': 'akta-709' has no page" in p for p in problems)


# --------------------------------------------------------------------------
# the matcher registry and the declared schema (issues 10 and 12)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_renamed_word_list_is_an_error_not_silence(data):
    """Renaming [slur] once made the checker quietly stop flagging slurs."""
    rules, dat = data
    _edit(dat / "lexicon.toml", "\n[slur]\n", "\n[slurs]\n")
    message = _error(rules, dat)
    for rule in ("race-religion-politics", "personal-attack", "group-derogation"):
        assert (
            f"rules/sop.toml: rule '{rule}': key 'matcher.kind': matcher 'abuse' reads the word list "
            "'slur', which data/lexicon.toml does not have"
        ) in message


@pytest.mark.parametrize(
    "old,new,expected",
    [
        (
            'kind = "file-size", max_bytes = 2097152',
            'kind = "file-size"',
            "rule 'large-attachment': key 'matcher.max_bytes': missing: matcher 'file-size' needs it",
        ),
        (
            'kind = "file-size", max_bytes = 2097152',
            'kind = "file-size", max_bytes = "2 MB"',
            "rule 'large-attachment': key 'matcher.max_bytes': must be a whole number of bytes (0 or more), not '2 MB'",
        ),
        (
            'domains = ["obscene_domain"]',
            "domains = 5",
            "rule 'obscene': key 'matcher.domains': must be a list of word-list names of data/lexicon.toml, not 5",
        ),
        (
            'kind = "abuse", targets = ["person"]',
            'kind = "abuse", targets = ["persons"]',
            "rule 'personal-attack': key 'matcher.targets': must be a non-empty list of the listed strings: race,",
        ),
        (
            'kind = "abuse", targets = ["person"]',
            'kind = "abuse", targets = ["person"], windw = 3',
            "rule 'personal-attack': key 'matcher.windw': matcher 'abuse' has no parameter 'windw' (its parameters: targets)",
        ),
        (
            'kind = "access-time", policy = "jkdm-2010"',
            'kind = "access-time", policy = "jkdm-2011"',
            "rule 'access-time-jkdm': key 'matcher.policy': must be the id of a policy in data/policies.toml: jkdm-2010,",
        ),
        (
            'kind = "file-name", matcher = "piracy"',
            'kind = "file-name", matcher = "pirate"',
            "key 'matcher.matcher': must be the kind of a matcher of drafts:",
        ),
        ('kind = "viral"', 'kind = "file-size"', "key 'matcher.kind': unknown matcher 'file-size' for post rules"),
    ],
)
def test_matcher_parameters_are_checked_against_the_registry(data, old, new, expected):
    rules, dat = data
    _edit(rules / "sop.toml", old, new)
    assert expected in _error(rules, dat)


@pytest.mark.parametrize(
    "placeholder",
    [
        "{excerpt:>30000000}",
        "{excerpt.__class__.__base__.__subclasses__}",
        "{excerpt!r}",
        "{excerpt[0]}",
        "{nama}",
        "{0}",
        "{}",
        "{",
        "}",
    ],
)
def test_message_placeholders_are_only_the_declared_ones_plain(data, placeholder):
    rules, dat = data
    text = (rules / "sop.toml").read_text(encoding="utf-8")
    rule = text[text.index('id = "personal-attack"') :]
    msg = rule[rule.index("message = { ms = ") + len("message = { ms = ") :]
    _edit(rules / "sop.toml", msg[:8], msg[:1] + placeholder + msg[1:8])
    assert "rules/sop.toml: rule 'personal-attack': key 'message.ms': " in _error(rules, dat)


def test_placeholders_are_filled_as_plain_text():
    from etika_check.matchers import fill

    assert (
        fill("{excerpt:>30000000}|{excerpt.__class__}|{excerpt}|{x}", {"excerpt": "bodoh"})
        == "{excerpt:>30000000}|{excerpt.__class__}|bodoh|{x}"
    )


@pytest.mark.parametrize(
    "file,old,new,expected",
    [
        ("clauses.toml", "\n[[clause]]\n", "\nclause = [1, 2]\n[[clause]]\n", "data/clauses.toml: invalid TOML"),
        ("instruments.toml", "year = 1972", 'year = "1972"', "].year': must be a year (a whole number"),
        ("instruments.toml", "[[instrument]]", "[instrument]\n[[instrument]]", "data/instruments.toml: invalid TOML"),
        (
            "edition.toml",
            "date = 2026-11-21",
            "date = 2026-11-21T10:00:00",
            "data/edition.toml: key 'date': must be a date",
        ),
        (
            "policies.toml",
            "utc_offset_hours = 8",
            'utc_offset_hours = "eight"',
            "key 'settings.utc_offset_hours': must be a whole number of hours from -12 to 14, not text 'eight'",
        ),
        ("policies.toml", "utc_offset_hours = 8", "utc_offset_hours = 99", "key 'settings.utc_offset_hours'"),
        ("policies.toml", "max_draft_chars = 5000000", 'max_draft_chars = "lots"', "key 'settings.max_draft_chars'"),
        (
            "policies.toml",
            'windows.mon = [["13:00", "14:00"], ["17:30", "+07:30"]]',
            'windows.mon = "x"',
            "key 'policy.jkdm-2010.windows.mon': must be a list of a list of a time",
        ),
        (
            "policies.toml",
            'windows.mon = [["13:00", "14:00"], ["17:30", "+07:30"]]',
            "windows.monday = []",
            "key 'policy.jkdm-2010.windows.monday': not a valid key here (a day: mon, tue,",
        ),
        (
            "policies.toml",
            "assumption = { ms = ",
            'assumption = "x"\nassumptionx = { ms = ',
            "key 'policy.jkdm-2010.assumption': must be a table with 'ms' and 'en' texts",
        ),
        (
            "lexicon.toml",
            "\n[slur]\n",
            '\n[slur]\nterms = ["!!!", "~", "kling"]\n[slurx]\n',
            "key 'slur.terms[0]': must be a word or phrase with letters or digits (an entry without them can never match)",
        ),
        (
            "lexicon.toml",
            "\n[slur]\n",
            '\n[slur]\nterms = ["!!!", "~", "kling"]\n[slurx]\n',
            "key 'slur.terms[1]': must be a word",
        ),
    ],
)
def test_data_file_shape_errors_name_file_and_key(data, file, old, new, expected):
    rules, dat = data
    _edit(dat / file, old, new)
    assert expected in _error(rules, dat)


def test_policy_written_as_a_string(data):
    rules, dat = data
    p = dat / "policies.toml"
    text = p.read_text(encoding="utf-8")
    p.write_text('policy = "x"\n' + text[: text.index("[policy.jkdm-2010]")], encoding="utf-8")
    assert "data/policies.toml: key 'policy': must be a table, not text 'x'" in _error(rules, dat)


@pytest.mark.parametrize(
    "file,content,expected",
    [
        (
            "clauses.toml",
            '[clause]\nid = "SOP-1"\n',
            "data/clauses.toml: key 'clause': must be a list of a table ([[clause]]), not a table",
        ),
        (
            "instruments.toml",
            '[instrument]\nid = "akta-88"\n',
            "data/instruments.toml: key 'instrument': must be a list of",
        ),
        (
            "policies.toml",
            '[policy.jkdm-2010]\nwindows = "x"\n',
            "key 'policy.jkdm-2010.windows': must be a table, not text 'x'",
        ),
    ],
)
def test_tables_written_in_the_wrong_shape(data, file, content, expected):
    rules, dat = data
    (dat / file).write_text(content, encoding="utf-8")
    assert expected in _error(rules, dat)


def test_clause_list_of_numbers(data):
    rules, dat = data
    (dat / "clauses.toml").write_text("clause = [1, 2]\n", encoding="utf-8")
    message = _error(rules, dat)
    assert "data/clauses.toml: key 'clause[0]': must be a table ([[clause]]), not a number 1" in message
    assert "data/clauses.toml: key 'clause[1]'" in message


def test_validate_reports_every_problem_at_once(data):
    rules, dat = data
    _edit(dat / "policies.toml", "utc_offset_hours = 8", "utc_offset_hours = 99")
    _edit(dat / "edition.toml", "date = 2026-11-21", "date = 2026-11-21T10:00:00")
    _edit(dat / "instruments.toml", "year = 1972", 'year = "1972"')
    _edit(rules / "sop.toml", 'severity = "error"', 'severity = "fatal"')
    _edit(rules / "ebook.toml", 'kind = "mykad"', 'kind = "mykad", strict = true')
    proc = subprocess.run(
        [sys.executable, "-m", "etika_check", "--rules-dir", str(rules), "--data-dir", str(dat), "rules", "--validate"],
        capture_output=True,
    )
    assert proc.returncode == 2
    lines = proc.stderr.decode().strip().splitlines()
    assert all(line.startswith("etika-check: rule data: ") for line in lines)
    for part in (
        "data/policies.toml: key 'settings.utc_offset_hours'",
        "data/edition.toml: key 'date'",
        "data/instruments.toml: key 'instrument[1].year'",
        "rules/sop.toml: rule 'race-religion-politics': key 'severity'",
        "rules/ebook.toml: rule 'mykad-number': key 'matcher.strict'",
    ):
        assert sum(part in line for line in lines) == 1, part


def test_matchers_read_only_the_word_lists_they_declare():
    """Run every rule's matcher over every example with a context that notes
    each word list asked for: each must be declared in the registry (by the
    matcher, or named in the rule's word-list parameters)."""
    from etika_check.context import Context
    from etika_check.matchers import REGISTRY

    asked: set[str] = set()

    class Noting(Context):
        def at(self, i, cat):
            asked.add(cat)
            return super().at(i, cat)

        def get(self, cat):
            asked.add(cat)
            return super().get(cat)

        def count(self, cat, lo, hi):
            asked.add(cat)
            return super().count(cat, lo, hi)

        def near(self, cat, lo, hi):
            asked.add(cat)
            return super().near(cat, lo, hi)

    class NotingLists(dict):
        def get(self, cat, default=None):
            asked.add(cat)
            return super().get(cat, default)

    checker = Checker()
    drafts = [ex for r in checker.ruleset.rules for ex in r.examples_flag + r.examples_pass]
    for rule in checker.ruleset.for_input("post"):
        spec = REGISTRY[rule.matcher["kind"]]
        declared = (
            set(spec.word_lists)
            | set(spec.target_lists)
            | {name for p in spec.params if p.type == "word-lists" for name in rule.matcher.get(p.name, ())}
        )
        for text in drafts:
            analysis = etika_check_text_analyse(text, checker)
            ctx = Noting(
                analysis,
                checker.lexicon.find(analysis),
                NotingLists(checker.ruleset.lexicon),
                checker.ruleset.constructions,
            )
            asked.clear()
            spec.function(ctx, rule.matcher)
            if spec.kind == "abuse":  # the constructions' lists, checked when they load; computed deniers
                declared |= set(checker.ruleset.constructions.word_lists()) | COMPUTED_DENIERS
            assert asked <= declared, (rule.id, sorted(asked - declared))


def etika_check_text_analyse(text, checker):
    from etika_check.text import analyse

    return analyse(text, checker.lexicon.words)
