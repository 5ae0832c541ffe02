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
from etika_check.validate import validate_examples, validate_handbook
from etika_check.ruledata import RuleDataError

PKG = Path(str(resources.files("etika_check")))

GOOD_RULE = '''
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
'''


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


@pytest.mark.parametrize("edit,expected", [
    (lambda t: t.replace('severity = "error"', 'severity = "fatal"', 1),
     "rules/sop.toml: rule 'race-religion-politics': key 'severity': must be one of error, warning, info"),
    (lambda t: t.replace('clauses = ["SOP-7.1"]', 'clauses = ["SOP-7.99"]', 1),
     "rules/sop.toml: rule 'race-religion-politics': key 'clauses': unknown clause id 'SOP-7.99'"),
    (lambda t: t.replace('instruments = ["akta-588", "spict', 'instruments = ["akta-999", "spict', 1),
     "key 'instruments': unknown law or circular 'akta-999'"),
    (lambda t: t.replace('kind = "abuse"', 'kind = "telepathy"', 1),
     "rules/sop.toml: rule 'race-religion-politics': key 'matcher.kind': unknown matcher 'telepathy'"),
    (lambda t: t.replace('message = { ms = ', 'message = { xx = ', 1),
     "rules/sop.toml: rule 'race-religion-politics': key 'message.ms': missing or empty 'ms' text"),
    (lambda t: t.replace('id = "personal-attack"', 'id = "race-religion-politics"', 1),
     "rules/sop.toml: rule 'race-religion-politics': key 'id': rule id also defined in rules/sop.toml"),
    (lambda t: t.replace('id = "personal-attack"', 'id = "Personal Attack"', 1),
     "rules/sop.toml: key 'rule[1].id': rule id must be lower-case kebab-case"),
    (lambda t: t + "\n[[rule]\n", "rules/sop.toml: invalid TOML"),
    (lambda t: t.replace('applies_to = "post"', 'applies_to = "email"', 1),
     "key 'applies_to': must be one of post, time, file, account"),
    (lambda t: t.replace('severity = "error"', 'severity = "error"\ncolour = "red"', 1),
     "rule 'race-religion-politics': unknown key(s) ['colour']"),
    (lambda t: t.replace('terms = ["obscene"]', 'terms = ["nope"]', 1),
     "rules/sop.toml: rule 'obscene': key 'matcher.terms': no word list 'nope' in data/lexicon.toml"),
])
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
    assert "data/policies.toml: key 'policy.jkdm-2010'" in _error(rules, dat)
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
    path.write_text(path.read_text(encoding="utf-8").replace('severity = "error"', 'severity = "fatal"', 1),
                    encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "etika_check", "--rules-dir", str(rules), "--data-dir", str(dat),
                           "rules", "--validate"], capture_output=True)
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == (
        "etika-check: rule data: rules/sop.toml: rule 'race-religion-politics': key 'severity': "
        "must be one of error, warning, info")


def test_cli_validates_an_edited_copy(data):
    rules, dat = data
    _append(rules / "sop.toml", GOOD_RULE.format(id="buzzword", terms="obscene", flag="Selamat pagi semua."))
    proc = subprocess.run([sys.executable, "-m", "etika_check", "--rules-dir", str(rules), "--data-dir", str(dat),
                           "rules", "--validate"], capture_output=True)
    assert proc.returncode == 1
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
