"""Fuzzing the two doors into the checker that take data from outside:
the JSON entry point (the browser's worker and the CLI's --format json) and
the rule-data loader (the policy team's edited copies).

Every generated input gets an answer: a result or an error object from
``handle_json``; a rule set or a :class:`RuleDataError` naming file and key
from ``load_ruleset``. Nothing else may escape.
"""

from __future__ import annotations

import json
import shutil
import tomllib
from importlib import resources
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etika_check import Checker
from etika_check.jsonapi import handle_json
from etika_check.ruledata import RuleDataError, load_ruleset
from etika_check.text import WordForms

PKG = Path(str(resources.files("etika_check")))

# --------------------------------------------------------------------------
# the JSON entry point

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=30,
)
TOOLS = st.sampled_from(["post", "time", "file", "account", "rules", "", None, 5])
KEYS = st.sampled_from(["text", "when", "policy", "holidays", "name", "size"])
SPECIAL = st.sampled_from(
    [
        "0001-01-01",
        "9999-12-31T23:59",
        "0001-01-01T00:00+14:00",
        "2026-11-23T13:30",
        "jkdm-2010",
        "perlis-2021",
        10**400,
        -1,
        2**63,
        "\ud800",
        "\x1b]0;title\x07",
        "a" * 70,
        ["2026-12-25"],
        ["9999-12-31"],
        ["0001-01-01"],
    ]
)
requests = st.builds(
    lambda tool, extra: {"tool": tool, **extra},
    TOOLS,
    st.dictionaries(KEYS, st.one_of(json_values, SPECIAL), max_size=6),
)


def _answer(text: str) -> dict:
    out = json.loads(handle_json(text))
    assert isinstance(out, dict)
    if "error" in out:
        assert set(out) == {"error"} and out["error"]["ms"] and out["error"]["en"]
    else:
        assert "findings" in out and "reminders" in out
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests)
def test_json_entry_point_answers_every_request(request):
    _answer(json.dumps(request))


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        json_values.map(json.dumps),
        st.text(max_size=80),
        st.integers(1, 5000).map(lambda n: "[" * n),
        st.integers(1, 50_000).map(lambda n: '{"a":' * n),
    )
)
def test_json_entry_point_answers_any_text(text):
    _answer(text)


# --------------------------------------------------------------------------
# the rule-data loader

DATA_FILES = ("clauses.toml", "instruments.toml", "lexicon.toml", "policies.toml", "edition.toml")
RULE_FILES = ("sop.toml", "ebook.toml")
ORIGINAL = {
    **{f"data/{n}": tomllib.loads((PKG / "data" / n).read_text("utf-8")) for n in DATA_FILES},
    **{f"rules/{n}": tomllib.loads((PKG / "rules" / n).read_text("utf-8")) for n in RULE_FILES},
}

toml_values = st.recursive(
    st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.text(max_size=12)
    | st.dates()
    | st.datetimes()
    | st.sampled_from(["", "!!!", "~", "{excerpt:>99}", "{nope}", "race", "slur", "jkdm-2010", "kind"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(min_size=1, max_size=6), inner, max_size=3),
    max_leaves=8,
)


def _paths(value, prefix=()):
    """Every (path to a value) in a TOML document."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, prefix + (i,))


def _mutated(doc, path, action, new):
    """A deep copy of ``doc`` with the value at ``path`` replaced, deleted or given an extra key."""
    doc = _copy(doc)
    if not path:
        return new if isinstance(new, dict) else {"x": new}
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent[last], dict):
        parent[last]["zz_" + str(len(parent[last]))] = new
    else:
        parent[last] = new
    return doc


def _copy(value):
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


@st.composite
def broken_data(draw):
    """A set of rule-data files with one to three generated changes."""
    docs = dict(ORIGINAL)
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(sorted(docs)))
        paths = list(_paths(docs[name]))
        path = draw(st.sampled_from(paths))
        docs[name] = _mutated(docs[name], path, draw(st.sampled_from(["replace", "delete", "add"])), draw(toml_values))
    return docs


def _write(tmp: Path, docs: dict) -> tuple[Path, Path]:
    rules, data = tmp / "rules", tmp / "data"
    for d in (rules, data):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    for name, doc in docs.items():
        try:
            text = tomli_w.dumps(doc)
        except (TypeError, ValueError):  # not expressible as TOML (e.g. an array mixing tables): write it broken
            text = repr(doc)
        (tmp / name).write_text(text, encoding="utf-8")
    return rules, data


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(broken_data())
def test_loader_names_every_problem_or_loads_a_working_rule_set(tmp_path, docs):
    rules, data = _write(tmp_path, docs)
    try:
        ruleset = load_ruleset(rules, data)
    except RuleDataError as exc:
        assert exc.problems
        for p in exc.problems:
            assert p.path.startswith(("data/", "rules/", str(rules))) and p.problem
        return
    checker = Checker(ruleset)  # what loads, works
    checker.check_post("Pengarah tu memang bodoh. Melayu semua pemalas! Call 012-345 6789.")
    checker.check_file("a.pdf.exe", 5_000_000)
    checker.check_account("Facebook Kastam")
    for pid in checker.policies:
        checker.check_time("2026-11-23T13:30", pid)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(ORIGINAL)), st.binary(max_size=60), st.integers(0, 4000))
def test_loader_survives_damaged_bytes(tmp_path, name, junk, cut):
    docs = dict(ORIGINAL)
    rules, data = _write(tmp_path, docs)
    path = tmp_path / name
    raw = path.read_bytes()
    path.write_bytes(raw[:cut] + junk + raw[cut:])
    try:
        load_ruleset(rules, data)
    except RuleDataError as exc:
        assert exc.problems


# --------------------------------------------------------------------------
# handle() itself never raises, whatever the shape of each value (issue 24, item 8),
# and every answer is JSON that can be written as UTF-8 (lone surrogates replaced)

ANY_KEYS = st.sampled_from(["tool", "text", "when", "policy", "holidays", "name", "size", "profile", "limit"])
shaped_requests = st.dictionaries(
    ANY_KEYS,
    st.one_of(json_values, SPECIAL, st.sampled_from(["post", "time", "file", "account", "jkdm", "both"])),
    max_size=8,
)
SURROGATES = st.text(alphabet=st.sampled_from("ab \ud800\udfff\udcff"), max_size=12)


def _encodable(answer: dict) -> dict:
    json.dumps(answer, ensure_ascii=False, sort_keys=True).encode("utf-8")  # strict: no lone surrogate
    if "error" in answer:
        assert set(answer) == {"error"} and answer["error"]["ms"] and answer["error"]["en"]
    else:
        assert "findings" in answer and "reminders" in answer
    return answer


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(shaped_requests)
def test_handle_answers_any_shape_of_request(request):
    from etika_check.jsonapi import handle

    _encodable(handle(request))


@pytest.mark.parametrize("tool", ["post", "file", "account", "time"])
@pytest.mark.parametrize("value", [[], ["jkdm"], {}, {"a": 1}, [[1]], 1.5, True])
def test_handle_answers_a_list_or_table_where_text_belongs(tool, value):
    from etika_check.jsonapi import handle

    for key in ("profile", "limit", "policy", "tool"):
        _encodable(handle({"tool": tool, "text": "bodoh", "name": "a.exe", key: value}))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["post", "file", "account", "time"]), SURROGATES, SURROGATES)
def test_lone_surrogates_are_replaced_in_every_answer(tool, text, other):
    from etika_check.jsonapi import handle

    request = {
        "tool": tool,
        "text": f"Pengarah {text} bodoh {other}",
        "name": f"{text}.exe",
        "when": text,
        "holidays": [other],
        "policy": text,
    }
    answer = _encodable(handle(request))
    # (JSON reads an escaped high and low surrogate in a row as one character)
    assert _encodable(handle(json.loads(json.dumps(request)))) == json.loads(handle_json(json.dumps(request)))
    if tool == "post":  # one character for one: the spans still point at the words
        [f] = answer["findings"]
        assert request["text"][f["span"][0] : f["span"][1]] == "bodoh"


def test_an_unexpected_failure_is_a_clear_localized_error(monkeypatch):
    """The browser shows error.ms / error.en: a Python traceback must never be the answer."""
    import etika_check.jsonapi as jsonapi

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(jsonapi.Checker, "check_post", broken)
    out = json.loads(handle_json(json.dumps({"tool": "post", "text": "Salam"})))
    assert set(out) == {"error"}
    assert out["error"]["ms"].startswith("Ralat dalaman pemeriksa") and out["error"]["en"].startswith(
        "Internal error in the checker"
    )
    assert "Traceback" not in out["error"]["en"] and "boom" not in out["error"]["ms"]


# --------------------------------------------------------------------------
# the quick ways of the engine give what the plain ways give (issue 24, items 11-12)

PLACEHOLDER_TEXT = st.lists(
    st.sampled_from(list("ab {}_ex\u00e9") + ["{excerpt}", "{number}", "{x_y}", "{}"]), max_size=20
).map("".join)


@given(
    PLACEHOLDER_TEXT,
    st.dictionaries(
        st.sampled_from(["excerpt", "number", "x_y", "a"]),
        st.one_of(st.text(max_size=8), st.integers(), st.booleans()),
        max_size=4,
    ),
)
def test_a_message_is_filled_as_matchers_fill_fills_it(template, values):
    from etika_check.engine import _filled
    from etika_check.matchers import fill

    assert _filled(template, values) == fill(template, values)


@given(st.text(max_size=30) | st.text(alphabet="aZ09-'@$*x\u00e9", max_size=30))
def test_letters_are_counted_as_str_isalpha_counts_them(word):
    from etika_check.text import _letters

    assert _letters(word) == sum(ch.isalpha() for ch in word)


_CHECKERS: list[Checker] = []


def _checker() -> Checker:
    if not _CHECKERS:
        _CHECKERS.append(Checker())
    return _CHECKERS[0]


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "bodoh",
                " ",
                ",",
                ":",
                ";",
                "-",
                " - ",
                " - - ",
                "\u2013",
                "\u2014",
                ".",
                "\n",
                "b o d o h",
                "b-o-d-o-h",
                "benc i",
                "xguna",
                "\u200b",
                "\u201c",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_the_clause_marks_of_a_draft_are_found_once_as_gap_by_gap(text):
    from etika_check.mention import _clause_break, _clause_breaks

    analysis = _checker().context(text).analysis
    assert _clause_breaks(analysis) == [i for i in range(1, len(analysis.tokens)) if _clause_break(analysis, i)]


_DENSE_PIECES = [
    "Pengarah tu memang bodoh.",
    "Orang Cina semua penipu.",
    "Hubungi 012-345 6789.",
    "\n",
    " ",
    "Bunuh semua India!",
    "pergi mampus",
    "Melayu",
    '"bodoh"',
    "850101-14-5566",
    "sial",
    "babi",
]


@settings(deadline=None, max_examples=60)
@given(
    st.lists(st.sampled_from(_DENSE_PIECES), max_size=60).map("".join),
    st.integers(1, 4),
    st.sampled_from([None, "jkdm", "perlis", "both"]),
)
def test_a_report_bounded_in_the_engine_is_the_full_report_bounded(text, per_rule, profile):
    """check_post(text, per_rule) makes only the findings a bounded report lists, and counts the rest
    as jsonapi.bounded counts them, with or without a profile (which drops whole rules)."""
    from etika_check.jsonapi import bounded, recounted
    from etika_check.profile import apply_profile

    checker = _checker()
    full, lean = checker.check_post(text), checker.check_post(text, per_rule)
    if profile:
        full = apply_profile(full, profile, checker.ruleset)
        lean = recounted(apply_profile(lean, profile, checker.ruleset))
    want = bounded(full, per_rule)
    assert lean.findings == want.findings and lean.reminders == want.reminders
    assert lean.extra == want.extra
    assert bounded(lean, per_rule) == lean  # bounding it again changes nothing


def test_a_profile_that_drops_a_rule_drops_its_count():
    from etika_check.jsonapi import recounted
    from etika_check.model import Report

    report = _checker().check_post("Pengarah tu memang bodoh.\n" * 5 + "Hubungi 012-345 6789.\n" * 4, 2)
    assert report.extra["omitted"] == {"personal-attack": 3, "mobile-number": 2}
    # as a profile leaves it when it drops every finding of mobile-number
    dropped = Report(
        tuple(f for f in report.findings if f.rule != "mobile-number"),
        report.reminders,
        dict(report.extra, profile="perlis"),
    )
    again = recounted(dropped)
    assert again.extra["omitted"] == {"personal-attack": 3} and again.extra["profile"] == "perlis"
    assert again.extra["total"] == {"findings": 5, "reminders": len(report.reminders)}


@given(st.text(alphabet="0123456789\u00b2\u0661a -@", max_size=20) | st.text(max_size=20))
def test_data_is_told_as_by_a_run_of_str_isdigit(text):
    from etika_check.mention import _is_data

    def slow(t: str) -> bool:
        if "@" in t or "://" in t or "www." in t.lower():
            return True
        run = 0
        for ch in t:
            run = run + 1 if ch.isdigit() else 0
            if run >= 6:
                return True
        return False

    assert _is_data(text) == slow(text)


_GENERAL: list[WordForms] = []  # (the words of _checker(), without the quick way for numbers)


@settings(deadline=None)
@given(st.lists(st.text(alphabet="0011218", min_size=1, max_size=7), min_size=1, max_size=4).map("-".join))
def test_a_number_has_the_forms_the_general_way_gives_it(number):
    """WordForms._number (numbers skip the morphology of words) gives what the general way gives."""
    words = _checker().lexicon.words
    if not _GENERAL:
        _GENERAL.append(WordForms(words.shortforms, words.vocabulary, words.salient, words.real_words))
        _GENERAL[0]._number = lambda raw: None  # type: ignore[method-assign]
    general = _GENERAL[0]
    quick, slow = words(number), general(number)
    assert (quick.norm, quick.forms, quick.roots, quick.upper, quick.affixes) == (
        slow.norm,
        slow.forms,
        slow.roots,
        slow.upper,
        slow.affixes,
    )
