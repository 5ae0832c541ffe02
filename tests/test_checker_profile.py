"""Profiles: which documents bind the reader (JKDM: the SOP, Perlis: the eBook,
or both), in the library, the JSON API and the CLI; and each rule's statement
of which documents speak to what it checks (its ``documents`` key)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from etika_check import default_checker, jsonapi
from etika_check.profile import PROFILES, apply_profile
from etika_check.ruledata import DOCUMENTS_SAY

DRAFT = "Pengarah tu memang bodoh. Ini maklumat sulit kerajaan. Jom sertai ceramah politik parti kita malam ini."


def _clauses(answer: dict) -> dict[str, list[str]]:
    return {f["rule"]: f["clauses"] for f in answer["findings"]}


def test_profile_keeps_the_readers_clauses_and_drops_the_other_documents_findings():
    both = _clauses(jsonapi.handle({"tool": "post", "text": DRAFT, "profile": "both"}))
    jkdm = _clauses(jsonapi.handle({"tool": "post", "text": DRAFT, "profile": "jkdm"}))
    perlis = _clauses(jsonapi.handle({"tool": "post", "text": DRAFT, "profile": "perlis"}))
    # Where both documents speak, each reader sees their own clause.
    assert both["personal-attack"] == ["SOP-7.2", "EB-ETIKA-6"]
    assert jkdm["personal-attack"] == ["SOP-7.2"] and perlis["personal-attack"] == ["EB-ETIKA-6"]
    assert both["classified-information"] == ["SOP-3.3", "EB-ETIKA-4"]
    assert jkdm["classified-information"] == ["SOP-3.3"] and perlis["classified-information"] == ["EB-ETIKA-4"]
    # Every clause a profile shows belongs to its documents; nothing else is lost.
    checker = default_checker()
    for profile, got in (("jkdm", jkdm), ("perlis", perlis)):
        for rule, clauses in got.items():
            assert {checker.ruleset.clauses[c].document for c in clauses} <= PROFILES[profile], (profile, rule)
        assert set(got) == {r for r, cs in both.items()
                            if any(checker.ruleset.clauses[c].document in PROFILES[profile] for c in cs)}
    # A rule only one document makes (political activity: eBook Etika 5) is not a JKDM finding.
    assert "political-activity" in perlis and "political-activity" not in jkdm


def test_sensitive_issues_cite_sop_7_1_with_eb_panduan_9():
    answer = jsonapi.handle({"tool": "post", "text": "Kaum itu memang pemalas, agama mereka sesat."})
    rules = {f["rule"]: f["clauses"] for f in answer["findings"]}
    cited = [cs for cs in rules.values() if "SOP-7.1" in cs]
    assert cited and all("EB-PANDUAN-9" in cs for cs in cited), rules


def test_profile_default_and_unknown():
    plain = jsonapi.handle({"tool": "post", "text": DRAFT})
    assert "profile" not in plain
    assert plain["findings"] == jsonapi.handle({"tool": "post", "text": DRAFT, "profile": "both"})["findings"]
    bad = jsonapi.handle({"tool": "post", "text": DRAFT, "profile": "kastam"})
    assert set(bad) == {"error"} and "jkdm" in bad["error"]["ms"] and "Unknown profile" in bad["error"]["en"]


def test_time_tool_is_not_filtered_by_profile():
    r = jsonapi.handle({"tool": "time", "when": "2026-11-23T10:00", "policy": "perlis-2021", "profile": "jkdm"})
    assert [f["clauses"] for f in r["findings"]] == [["EB-ETIKA-3"]]


def test_apply_profile_is_pure():
    checker = default_checker()
    report = checker.check_post(DRAFT)
    before = report.to_dict()
    apply_profile(report, "jkdm", checker.ruleset.clauses)
    assert report.to_dict() == before


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etika_check", *args], capture_output=True, text=True, timeout=120)


def test_cli_profile(tmp_path: Path):
    draft = tmp_path / "draf.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    jkdm = run("post", str(draft), "--profile", "jkdm")
    perlis = run("post", str(draft), "--profile", "perlis", "--format", "json")
    both = run("post", str(draft))
    assert jkdm.returncode == perlis.returncode == both.returncode == 1
    assert " SOP-7.2 " in jkdm.stdout and "EB-ETIKA-6" not in jkdm.stdout and "political-activity" not in jkdm.stdout
    assert " SOP-7.2,EB-ETIKA-6 " in both.stdout and "political-activity" in both.stdout
    answer = json.loads(perlis.stdout)
    assert answer["profile"] == "perlis"
    assert all(c.startswith("EB-") for f in answer["findings"] for c in f["clauses"])
    bad = run("post", str(draft), "--profile", "kastam")
    assert bad.returncode == 2 and "--profile" in bad.stderr
    # An eBook-only rule: no finding for a JKDM reader, so exit 0.
    acct = run("account", "Facebook Kastam", "--profile", "jkdm")
    assert acct.returncode == 0, acct.stdout
    assert run("account", "Facebook Kastam", "--profile", "perlis").returncode == 1


def test_every_rule_states_which_documents_speak():
    checker = default_checker()
    for rule in checker.ruleset.rules:
        docs = frozenset(checker.ruleset.clauses[c].document for c in rule.clauses)
        says = DOCUMENTS_SAY[docs]
        assert rule.documents.startswith(f"{says}: "), (rule.id, rule.documents)
        assert len(rule.documents) > len(says) + 20, rule.id


@pytest.mark.parametrize("value,problem", [
    ('"SOP only: the eBook is silent."', "key 'documents'"),  # the rule cites both documents
    ('"both"', "key 'documents'"),
    ("5", "key 'documents'"),
])
def test_documents_key_must_match_the_clauses(tmp_path: Path, value: str, problem: str):
    import shutil

    from etika_check.engine import Checker
    from etika_check.ruledata import RuleDataError, load_ruleset

    pkg = Path(__file__).resolve().parent.parent / "src" / "etika_check"
    rules, data = tmp_path / "rules", tmp_path / "data"
    shutil.copytree(pkg / "rules", rules)
    shutil.copytree(pkg / "data", data)
    text = (rules / "sop.toml").read_text(encoding="utf-8")
    start = text.index('documents = "both: SOP 7.2 forbids degrading')
    end = text.index("\n", start)
    (rules / "sop.toml").write_text(text[:start] + f"documents = {value}" + text[end:], encoding="utf-8")
    with pytest.raises(RuleDataError) as exc:
        Checker(load_ruleset(rules, data))
    assert problem in str(exc.value) and "personal-attack" in str(exc.value)


def test_limit_cuts_the_answer_and_gives_the_total():
    text = "".join(f"Baris {i}: pengarah tu memang bodoh dan bangang.\n" for i in range(30))
    full = jsonapi.handle({"tool": "post", "text": text})
    cut = jsonapi.handle({"tool": "post", "text": text, "limit": 7})
    assert len(full["findings"]) == 60 and "total" not in full
    assert cut["findings"] == full["findings"][:7]
    assert cut["total"] == {"findings": 60, "reminders": len(full["reminders"])}
    for bad in (-1, 1.5, True, "7"):
        answer = jsonapi.handle({"tool": "post", "text": text, "limit": bad})
        assert set(answer) == {"error"} and "limit" in answer["error"]["en"]
