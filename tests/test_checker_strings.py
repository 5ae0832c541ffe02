"""The checker's own strings: the catalogue (src/etika_check/data/strings.toml, read by
etika_check.strings) has every key in Malay and English with the same placeholders, every key
the code asks for exists and every key is asked for; the browser page's STRINGS
(wasm/src/etika-checker-strings.js, not yet in the catalogue) has the same keys in both
languages. docs-dev/strings.md says where each kind of string lives."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from etika_check import strings

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src" / "etika_check"


def test_the_catalogue_is_complete():
    cat = strings.catalogue()
    assert cat, "the catalogue is empty"
    for key, entry in cat.items():
        assert set(entry) == set(strings.LANGS), key
        assert strings.placeholders(entry["ms"]) == strings.placeholders(entry["en"]), key


@pytest.mark.parametrize(
    "entry,problem",
    [
        ({"ms": "Tiada."}, "no text in en"),
        ({"ms": "Tiada.", "en": "  "}, "no text in en"),
        ({"ms": "{n} ralat", "en": "{count} errors"}, "placeholders"),
        ({"ms": "Ya", "en": "Yes", "fr": "Oui"}, "unknown language fr"),
        ("Tiada", "a table"),
    ],
)
def test_an_incomplete_entry_is_named(entry, problem):
    [found] = strings.problems({"cli": {"x": entry}})
    assert found.startswith("cli.x: ") and problem in found


def _asked_for() -> tuple[set[str], set[str]]:
    """(keys, sections) the checker's code asks the catalogue for."""
    keys, sections = set(), set()
    for path in SRC.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r"strings\.(?:text|pair|localized)\(\s*\"([a-z0-9_.]+)\"", source))
        sections |= set(re.findall(r"strings\.section\(\s*\"([a-z0-9_]+)\"\)", source))
    return keys, sections


def test_every_key_asked_for_exists_and_every_key_is_asked_for():
    keys, sections = _asked_for()
    cat = strings.catalogue()
    assert keys | sections, "no code reads the catalogue"
    assert not keys - set(cat), f"asked for, not in data/strings.toml: {sorted(keys - set(cat))}"
    unused = {k for k in cat if k not in keys and k.split(".")[0] not in sections}
    assert not unused, f"in data/strings.toml, asked for nowhere: {sorted(unused)}"


def test_filling_a_text():
    assert strings.pair("cli.summary", e=1, w=0, i=2) == (
        "1 ralat, 0 amaran, 2 peringatan",
        "1 errors, 0 warnings, 2 reminders",
    )
    assert strings.text("cli.summary", "fr", e=0, w=0, i=0).startswith("0 ralat")  # Malay for any other
    with pytest.raises(KeyError, match=r"cli.summary: no value for \{w\}"):
        strings.text("cli.summary", "en", e=1)


def test_the_page_strings_have_every_key_in_both_languages():
    node = shutil.which("node")
    assert node, "node is needed to read the page's strings"
    proc = subprocess.run(
        [
            node,
            str(REPO / "tests" / "js" / "strings_shape.mjs"),
            str(REPO / "wasm" / "src" / "etika-checker-strings.js"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    shapes = json.loads(proc.stdout)
    assert set(shapes) == set(strings.LANGS)
    assert "EMPTY" not in proc.stdout, "an empty string in the page's STRINGS"
    assert shapes["en"] == shapes["ms"], "the page's STRINGS differ between Malay and English (keys or arity)"
