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
from etika_check.profile import LAW_KINDS, PROFILES, apply_profile
from etika_check.ruledata import DOCUMENTS_SAY


def _law_rules() -> set[str]:
    rs = default_checker().ruleset
    return {r.id for r in rs.rules if any(rs.instruments[i].kind in LAW_KINDS for i in r.instruments)}


LAW_RULES = _law_rules()
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
        assert set(got) == {
            r
            for r, cs in both.items()
            if any(checker.ruleset.clauses[c].document in PROFILES[profile] for c in cs) or r in LAW_RULES
        }
    # A rule only the eBook makes but grounded in a law (political activity: eBook Etika 5 and the
    # Conduct and Discipline Regulations 1993) is a JKDM finding too, citing the SOP's nearest clause.
    assert perlis["political-activity"] == ["EB-ETIKA-5"] and jkdm["political-activity"] == ["SOP-7.1"]


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
    apply_profile(report, "jkdm", checker.ruleset)
    apply_profile(report, "perlis", checker.ruleset.clauses)
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
    assert " SOP-7.2 " in jkdm.stdout and "EB-ETIKA-6" not in jkdm.stdout
    # political activity: under the Conduct and Discipline Regulations 1993, the SOP's nearest clause
    assert " SOP-7.1 " in jkdm.stdout and "Peraturan Kelakuan dan Tatatertib 1993" in jkdm.stdout
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


@pytest.mark.parametrize(
    "value,problem",
    [
        ('"SOP only: the eBook is silent."', "key 'documents'"),  # the rule cites both documents
        ('"both"', "key 'documents'"),
        ("5", "key 'documents'"),
    ],
)
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


# --- Profiles choose citations, never whether a breach of the law is reported (issue 20, item 4).
# Drafts written for these tests.
LAW_DRAFT = (
    "Untuk rekod, nombor kad pengenalan pemohon 850619-09-5231, telefon 017-3345128. "
    "Jom undi Barisan Nasional dalam PRN nanti! Ada video lucah artis tu, PM aku."
)


@pytest.mark.parametrize("profile", ["jkdm", "perlis", "both"])
def test_a_breach_of_the_law_is_reported_under_every_profile(profile: str):
    got = {f["rule"]: f for f in jsonapi.handle({"tool": "post", "text": LAW_DRAFT, "profile": profile})["findings"]}
    assert {"mykad-number", "mobile-number", "political-activity", "obscene"} <= set(got), (profile, set(got))
    clauses = default_checker().ruleset.clauses
    for f in got.values():
        assert {clauses[c].document for c in f["clauses"]} <= PROFILES[profile], f
        assert f["instruments"], f


def test_jkdm_cites_the_law_alone_where_the_sop_is_silent_and_says_so():
    got = {f["rule"]: f for f in jsonapi.handle({"tool": "post", "text": LAW_DRAFT, "profile": "jkdm"})["findings"]}
    ic = got["mykad-number"]
    assert ic["clauses"] == [] and ic["instruments"] == ["akta-709"]
    assert "SOP JKDM" in ic["message"]["ms"] and "tidak menyebut perkara ini" in ic["message"]["ms"]
    assert "Akta Perlindungan Data Peribadi 2010 sahaja" in ic["message"]["ms"]
    assert (
        "is silent on this" in ic["message"]["en"] and "Personal Data Protection Act 2010 alone" in ic["message"]["en"]
    )
    vote = got["political-activity"]
    assert vote["clauses"] == ["SOP-7.1"] and "peraturan-kelakuan-1993" in vote["instruments"]
    assert "klausa SOP yang paling hampir (SOP-7.1)" in vote["message"]["ms"]
    assert "Conduct and Discipline Regulations 1993" in vote["message"]["en"] and "eBook" not in vote["message"]["en"]


def test_perlis_cites_the_ebooks_list_of_laws_for_an_obscene_post():
    got = {f["rule"]: f for f in jsonapi.handle({"tool": "post", "text": LAW_DRAFT, "profile": "perlis"})["findings"]}
    lewd = got["obscene"]
    assert lewd["clauses"] == ["EB-PERUNDANGAN"] and "akta-588" in lewd["instruments"]
    assert "eBook Etika PSUK Negeri Perlis" in lewd["message"]["ms"] and "SOP" not in lewd["message"]["ms"]
    assert "Communications and Multimedia Act 1998" in lewd["message"]["en"] and "SOP" not in lewd["message"]["en"]
    # the eBook's own clauses for the rules it makes: no note added
    assert got["mykad-number"]["clauses"] == ["EB-KESELAMATAN-4"] and "SOP" not in got["mykad-number"]["message"]["ms"]


def test_a_rule_of_one_document_and_no_law_is_still_the_other_readers_to_drop():
    text = "Password wifi pejabat: Kastam@123. Tonton di https://www.youtube.com/watch?v=q1w2e3"
    jkdm = {f["rule"] for f in jsonapi.handle({"tool": "post", "text": text, "profile": "jkdm"})["findings"]}
    perlis = {f["rule"] for f in jsonapi.handle({"tool": "post", "text": text, "profile": "perlis"})["findings"]}
    assert "password-shared" in perlis and "password-shared" not in jkdm  # eBook Keselamatan 2, PKPA only
    assert "streaming-link" in jkdm and "streaming-link" not in perlis  # SOP 7.7 only


def test_perlis_race_finding_does_not_say_the_sop_prohibits():
    found = jsonapi.handle({"tool": "post", "text": "Kaum itu memang pemalas, semua penipu.", "profile": "perlis"})
    race = [f for f in found["findings"] if f["rule"] == "race-religion-politics"]
    assert race and race[0]["clauses"] == ["EB-PANDUAN-9"]
    assert "SOP" not in race[0]["message"]["ms"] and "SOP" not in race[0]["message"]["en"]


def test_messages_name_only_documents_every_reader_of_the_finding_is_cited():
    """A message that names a document is shown only to readers cited a clause of it: the rule
    cites that document alone and no law (so no other profile reports it)."""
    rs = default_checker().ruleset
    for rule in rs.rules:
        docs = {rs.clauses[c].document for c in rule.clauses}
        for name, doc in (("SOP", "sop"), ("eBook", "ebook")):
            if any(name in rule.message.get(lang) for lang in ("ms", "en")):
                assert docs == {doc} and rule.id not in LAW_RULES, rule.id


def test_every_law_rule_says_what_the_silent_document_offers():
    """A rule grounded in a law that a document has no clause of declares that document's nearest
    clause, or [] where it is silent (its 'nearest' key); profiles read it."""
    rs = default_checker().ruleset
    for rule in rs.rules:
        if rule.id not in LAW_RULES or rule.applies_to == "time":
            continue
        missing = {"sop", "ebook"} - {rs.clauses[c].document for c in rule.clauses}
        assert missing == set(dict(rule.nearest)), rule.id


@pytest.mark.parametrize(
    "value,problem",
    [
        ('{ ebook = ["EB-ETIKA-5"] }', "already has a clause"),
        ('{ sop = ["EB-ETIKA-5"] }', "no clause of document 'sop'"),
        ('{ sop = ["SOP-99"] }', "no clause of document 'sop'"),
        ('["SOP-7.1"]', "nearest"),
    ],
)
def test_nearest_key_is_checked(tmp_path: Path, value: str, problem: str):
    import shutil

    from etika_check.engine import Checker
    from etika_check.ruledata import RuleDataError, load_ruleset

    pkg = Path(__file__).resolve().parent.parent / "src" / "etika_check"
    rules, data = tmp_path / "rules", tmp_path / "data"
    shutil.copytree(pkg / "rules", rules)
    shutil.copytree(pkg / "data", data)
    text = (rules / "ebook.toml").read_text(encoding="utf-8")
    start = text.index('nearest = { sop = ["SOP-7.1"] }')
    end = text.index("\n", start)
    (rules / "ebook.toml").write_text(text[:start] + f"nearest = {value}" + text[end:], encoding="utf-8")
    with pytest.raises(RuleDataError) as exc:
        Checker(load_ruleset(rules, data))
    assert problem in str(exc.value) and "political-activity" in str(exc.value)


@pytest.mark.parametrize("profile", ["jkdm", "perlis"])
def test_cli_reports_an_ic_number_and_a_call_to_vote_under_either_profile(tmp_path: Path, profile: str):
    draft = tmp_path / "draf.txt"
    draft.write_text(LAW_DRAFT, encoding="utf-8")
    out = run("post", str(draft), "--profile", profile, "--format", "json")
    assert out.returncode == 1, out.stderr
    rules = {f["rule"] for f in json.loads(out.stdout)["findings"]}
    assert {"mykad-number", "political-activity"} <= rules, (profile, rules)
