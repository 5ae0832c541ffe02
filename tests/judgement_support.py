"""The judgement's test sets as data (tests/data/judgement/*.jsonl), read for
``test_checker_constructions.py``.  One JSON object per line:

- ``held_out.jsonl``: ``{"set", "lang", "text", "expected"}``, a case of a held-out set
  (``expected``: ``"flagged"`` or ``"clean"``), the sets in the order they were written;
  ``held_out_sets.jsonl``: ``{"set", "notes"}``, each set once, what it is and what it
  measured before any change it led to (every set of held_out.jsonl is described here);
- ``constructions.jsonl``: ``{"construction", "lang", "template", "expected"}``, a template
  of a construction (``{g}``: a group) or its contrast with the same words;
  ``construction_groups.jsonl``: ``{"lang", "group"}``, the groups the templates are crossed with;
- ``neutral.jsonl``: ``{"set", "lang", "text", "expected"}``, neutral and positive mentions
  (``expected`` is ``"clean"``; an optional ``notes``).

``lang`` is the language of most of the words (a mixed sentence has one); a malformed
line fails with its file and line number.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["DATA", "construction_groups", "construction_tables", "held_out_sets", "neutral_mentions", "read_jsonl"]

DATA = Path(__file__).resolve().parent / "data" / "judgement"
LANGS = ("ms", "en")
EXPECTED = {"flagged": True, "clean": False}


def read_jsonl(name: str, keys: set[str], optional: frozenset[str] = frozenset({"notes"})) -> list[dict[str, Any]]:
    """The objects of ``DATA/name``, each with exactly *keys* (and any of *optional*), strings
    for values; ``lang`` one of LANGS and ``expected`` one of EXPECTED where present."""
    path = DATA / name
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.relative_to(DATA.parent.parent.parent)}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AssertionError(f"{where}: not JSON: {exc}") from None
        assert isinstance(row, dict), f"{where}: not an object"
        assert keys <= set(row) <= keys | optional, f"{where}: keys {sorted(row)}, expected {sorted(keys)}"
        assert all(isinstance(v, str) and v for v in row.values()), f"{where}: every value is a non-empty string"
        assert row.get("lang", "ms") in LANGS, f"{where}: lang {row['lang']!r} is not one of {LANGS}"
        assert row.get("expected", "clean") in EXPECTED, (
            f"{where}: expected {row['expected']!r} is not one of {sorted(EXPECTED)}"
        )
        rows.append(row)
    return rows


def held_out_sets() -> dict[str, list[tuple[str, bool]]]:
    """set name -> [(text, flagged)], in the order of the file."""
    described = [row["set"] for row in read_jsonl("held_out_sets.jsonl", {"set", "notes"})]
    sets: dict[str, list[tuple[str, bool]]] = {}
    for row in read_jsonl("held_out.jsonl", {"set", "lang", "text", "expected"}):
        sets.setdefault(row["set"], []).append((row["text"], EXPECTED[row["expected"]]))
    assert list(sets) == described, "held_out_sets.jsonl describes each set of held_out.jsonl once, in its order"
    return sets


def construction_tables() -> tuple[dict[str, tuple[list[str], list[str]]], dict[str, tuple[list[str], list[str]]]]:
    """(Malay, English): construction -> (hateful templates, non-hateful contrasts with the same words)."""
    tables: dict[str, dict[str, tuple[list[str], list[str]]]] = {lang: {} for lang in LANGS}
    for row in read_jsonl("constructions.jsonl", {"construction", "lang", "template", "expected"}):
        hateful, clean = tables[row["lang"]].setdefault(row["construction"], ([], []))
        (hateful if EXPECTED[row["expected"]] else clean).append(row["template"])
    return tables["ms"], tables["en"]


def construction_groups() -> tuple[list[str], list[str]]:
    """(Malay, English): the groups the construction templates are crossed with."""
    rows = read_jsonl("construction_groups.jsonl", {"lang", "group"})
    return [r["group"] for r in rows if r["lang"] == "ms"], [r["group"] for r in rows if r["lang"] == "en"]


def neutral_mentions() -> list[str]:
    """Neutral, positive and counter-speech mentions: none may be flagged."""
    rows = read_jsonl("neutral.jsonl", {"set", "lang", "text", "expected"})
    assert all(r["expected"] == "clean" for r in rows), "neutral.jsonl holds clean cases only"
    return [r["text"] for r in rows]
