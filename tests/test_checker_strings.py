"""The checker's own strings: the catalogue (src/etika_check/data/strings.toml, read by
etika_check.strings) has every key in Malay and English with the same placeholders, every key
the code asks for exists and every key is asked for; the browser page's strings (its [page]
table, written into the bundle by wasm/build.py through etika_tools.page_strings) are the
ones the page's modules and the checker page ask for, and say in JavaScript what the catalogue
says. docs-dev/strings.md says where each kind of string lives."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from etika_check import strings
from etika_tools import page_strings

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src" / "etika_check"


def test_the_catalogue_is_complete():
    cat = strings.catalogue()
    assert cat, "the catalogue is empty"
    for key, entry in cat.items():
        assert set(strings.LANGS) <= set(entry) <= set(strings.LANGS) | set(strings.FIELDS), key
        texts = [t for lang in strings.LANGS for t in strings.forms(entry[lang])]
        assert len({frozenset(strings.placeholders(t)) for t in texts}) == 1, key
    assert any(k.startswith("page.") for k in cat), "the page's strings are not in the catalogue"


@pytest.mark.parametrize(
    "entry,problem",
    [
        ({"ms": "Tiada."}, "no text in en"),
        ({"ms": "Tiada.", "en": "  "}, "no text in en"),
        ({"ms": "{n} ralat", "en": "{count} errors"}, "placeholders"),
        ({"ms": "Ya", "en": "Yes", "fr": "Oui"}, "unknown language fr"),
        ("Tiada", "a table"),
        ({"ms": "{n} fail", "en": {"one": "{n} file"}}, "no text in en"),
        ({"ms": "{n} fail", "en": {"one": "{n} file", "other": "{count} files"}}, "placeholders"),
        ({"ms": "Fail", "en": {"one": "File", "other": "Files"}}, "chosen by {n}"),
        ({"ms": "{a} {b}", "en": "{a} {b}", "args": ["a"]}, "args names every placeholder"),
        ({"ms": "{a} {b}", "en": "{a} {b}", "numbers": ["c"]}, "numbers names placeholders"),
    ],
)
def test_an_incomplete_entry_is_named(entry, problem):
    [found] = strings.problems({"cli": {"x": entry}})
    assert found.startswith("cli.x: ") and problem in found


def test_a_page_string_of_two_placeholders_says_their_order():
    [found] = strings.problems({"page": {"x": {"ms": "{a} {b}", "en": "{b} {a}"}}})
    assert found.startswith("page.x: args")
    assert strings.problems({"page": {"x": {"ms": "{a} {b}", "en": "{b} {a}", "args": ["b", "a"]}}}) == []


def test_a_broken_catalogue_is_refused_with_every_problem():
    with pytest.raises(strings.CatalogueError, match=r"(?s)x\.a: no text in en.*x\.b: placeholders"):
        strings.parse('[x]\na = { ms = "A" }\nb = { ms = "{n}", en = "{m}" }\n', "x.toml")


def _asked_for() -> tuple[set[str], set[str]]:
    """(keys, sections) the checker's code asks the catalogue for: a literal key given to
    strings.text, pair or localized, or to the helpers that pass it on (cli's UsageError.of,
    access's TimeInputError.of, jsonapi's _error)."""
    keys, sections = set(), set()
    for path in sorted(SRC.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        asks = r"(?:strings\.(?:text|pair|localized)|\b(?:Usage|TimeInput)Error\.of|\b_error)\(\s*\"([a-z0-9_.]+)\""
        keys |= set(re.findall(asks, source))
        sections |= set(re.findall(r"(?:strings\.|\b)section\(\s*\"([a-z0-9_]+)\"\)", source))
    return keys, sections


def test_every_key_asked_for_exists_and_every_key_is_asked_for():
    keys, sections = _asked_for()
    cat = strings.catalogue()
    assert keys | sections, "no code reads the catalogue"
    assert not keys - set(cat), f"asked for, not in data/strings.toml: {sorted(keys - set(cat))}"
    unused = {k for k in cat if k not in keys and k.split(".")[0] not in sections | {page_strings.SECTION}}
    assert not unused, f"in data/strings.toml, asked for nowhere: {sorted(unused)}"


@pytest.mark.parametrize("name", list(strings.section("argparse")["en"]))
def test_each_argparse_message_is_said_in_malay_by_its_own_key(name):
    """cli.py tries the section "argparse" in the catalogue's order: each key's English, filled,
    is said in that key's Malay (a key after a more general one would never be reached)."""
    from etika_check import cli

    key = f"argparse.{name}"
    english = strings.catalogue()[key]["en"]
    values = {p: "--x" if p == "argument" else f"'v {p}'" for p in strings.placeholders(english)}
    english = strings.text(key, "en", **values)
    assert cli._argparse_text(english, "ms") == strings.text(key, "ms", **values)
    assert cli._argparse_text(english, "en") == english


def test_an_unknown_argparse_message_is_passed_on_as_it_is():
    from etika_check import cli

    assert cli._argparse_text("something argparse has not said before", "ms") == (
        "something argparse has not said before"
    )


def test_filling_a_text():
    assert strings.pair("cli.summary", e=1, w=0, i=2) == (
        "1 ralat, 0 amaran, 2 peringatan",
        "1 errors, 0 warnings, 2 reminders",
    )
    assert strings.text("cli.summary", "fr", e=0, w=0, i=0).startswith("0 ralat")  # Malay for any other
    with pytest.raises(KeyError, match=r"cli.summary: no value for \{w\}"):
        strings.text("cli.summary", "en", e=1)


def test_plurals_and_numbers():
    assert strings.pair("page.findings", n=1) == ("1 penemuan", "1 finding")
    assert strings.pair("page.findings", n=2) == ("2 penemuan", "2 findings")
    assert strings.text("page.bytes", "en", n=1234567) == "1,234,567 bytes"  # numbers = ["n"]
    assert strings.text("page.lineLabel", "en", n=1234) == "Line 1234"  # not a grouped number


def _page_names_asked_for() -> set[str]:
    """The top-level names of the page's strings its modules (T.name) and pages
    (data-etika-label, data-etika-aria) ask for."""
    names: set[str] = set()
    for path in sorted((REPO / "wasm" / "src").glob("etika-checker*.js")):
        names |= set(re.findall(r"\bT\.([A-Za-z_]\w*)", path.read_text(encoding="utf-8")))
    for path in sorted((REPO / "docs").rglob("*.md")):
        names |= set(re.findall(r'data-etika-(?:label|aria)="([A-Za-z_]\w*)"', path.read_text(encoding="utf-8")))
    return names


def test_every_page_string_asked_for_exists_and_every_one_is_asked_for():
    prefix = page_strings.SECTION + "."
    in_catalogue = {k.removeprefix(prefix).split(".")[0] for k in strings.catalogue() if k.startswith(prefix)}
    asked = _page_names_asked_for()
    assert asked, "the page asks for no strings"
    assert not asked - in_catalogue, (
        f"the page asks for, not in data/strings.toml [page]: {sorted(asked - in_catalogue)}"
    )
    assert not in_catalogue - asked, f"in data/strings.toml [page], asked for nowhere: {sorted(in_catalogue - asked)}"


def _node() -> str:
    node = shutil.which("node")
    assert node, "node is needed to read the page's strings"
    return node


@pytest.fixture(scope="module")
def page_module(tmp_path_factory) -> Path:
    """The page's strings module as the bundle has it, beside the page's own strings module."""
    out = tmp_path_factory.mktemp("page")
    (out / page_strings.FILE).write_text(page_strings.module(SRC / "data" / "strings.toml"), encoding="utf-8")
    shutil.copy2(REPO / "wasm" / "src" / "etika-checker-strings.js", out)
    return out


def test_the_page_strings_have_every_key_in_both_languages(page_module):
    """etika-checker-strings.js exports STRINGS from the generated module: every key of the
    [page] table in both languages, a text or a function of as many arguments as it has
    placeholders."""
    proc = subprocess.run(
        [_node(), str(REPO / "tests" / "js" / "strings_shape.mjs"), str(page_module / "etika-checker-strings.js")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    shapes = json.loads(proc.stdout)
    assert set(shapes) == set(strings.LANGS)
    assert "EMPTY" not in proc.stdout, "an empty string in the page's STRINGS"
    assert shapes["en"] == shapes["ms"], "the page's STRINGS differ between Malay and English (keys or arity)"
    prefix = page_strings.SECTION + "."
    for key, entry in strings.catalogue().items():
        if not key.startswith(prefix):
            continue
        shape = shapes["ms"]
        for part in key.removeprefix(prefix).split("."):
            shape = shape[part]
        arity = len(strings.placeholders(strings.forms(entry["ms"])[0]))
        assert shape == (f"function({arity})" if arity else "text"), key


def test_the_page_says_what_the_catalogue_says(page_module, tmp_path):
    """Each function of the generated module, called as the page calls it, gives the text
    etika_check.strings gives: placeholders in the order of args, plurals, grouped numbers,
    and characters JavaScript would read as code kept as they are."""
    prefix = page_strings.SECTION + "."
    calls, want = [], []
    for key, entry in strings.catalogue().items():
        if not key.startswith(prefix):
            continue
        names = entry.get("args") or sorted(strings.placeholders(strings.forms(entry["ms"])[0]))
        for n in (1, 2, 1234567):
            values = {name: n if name in ("n", "max", "bad") else "`${x}` \\ “q”" for name in names}
            for lang in strings.LANGS:
                calls.append([lang, key.removeprefix(prefix), [values[name] for name in names]])
                want.append(strings.text(key, lang, **values))
    assert any(isinstance(entry, list) and len(entry[2]) == 2 for entry in calls)
    (tmp_path / "calls.json").write_text(json.dumps(calls), encoding="utf-8")
    proc = subprocess.run(
        [
            _node(),
            str(REPO / "tests" / "js" / "strings_fill.mjs"),
            str(page_module / page_strings.FILE),
            str(tmp_path / "calls.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    for call, g, w in zip(calls, got, want, strict=True):
        assert g == w, call
