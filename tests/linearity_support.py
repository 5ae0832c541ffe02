"""The shapes of text that once made the checker quadratic, and how the growth of its work
is measured: shared by ``test_checker_properties.py`` (operation counts, never a time) and
``bench/linearity.py`` (CPU time, printed against its budget by ``make bench``)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

__all__ = ["ADVERSARIAL", "operations", "shape_text"]

# Inputs that make careless regular expressions or pairwise loops blow up. An entry is a
# unit repeated to the length asked, or (prefix, unit) or (prefix, unit, opening): see shape_text.
ADVERSARIAL: list[str | tuple[str, ...]] = [
    "a" * 50 + " ",  # long words
    "Melayu bodoh semua ",  # a group and a predicate in one endless sentence
    "1234567890-",  # digit runs next to the MyKad and phone patterns
    "x@y.",  # e-mail-like runs
    "b.o.d.o.h.",  # spaced-letter runs
    "No. 1, Jalan ",  # address pattern
    "password: ",  # credential pattern
    "www.a",  # URL pattern without spaces
    "jangan ",  # negators
    "Mixed text, Pengarah tu bodoh. Kongsikan segera!!! Laporan SULIT. ",
    "SULIT rahsia TERHAD ",  # classification markers in one shouted sentence
    '"Melayu bodoh" kata dia rasis bukan ',  # quotation, counter-speech and negation together
    "saya bodoh dia ",  # self-reference next to insults and persons
    "'Orang Melayu bodoh dan Cina semua penipu' ",  # quoted claims in one endless sentence
    "b\u0336o\u0336d\u0336o\u0336h\u0336 \u0432\u043e\u0434\u043e\u0445 \ufb01 ",  # marks, look-alikes, ligatures
    "Aku duduk di rumah dan ",  # a home near someone, the clause opening read before it (the construction avoided's lead)
    "You say Malays are lazy and ",  # a claim put in another's mouth, its judgement looked for after it
    "When my uncle said Indians are thieves and ",  # a claim told as someone else's, the reaction after it
    "Aku takkan pergi kalau ada orang Sikh dan ",  # a refusal to go where the group is, and its "if"
    ("tidak ", "Melayu Cina "),  # (prefix, unit): one negator, then group words without end (abuse._negated_group)
    ("", ", halau Melayu", "Melayu "),  # (prefix, unit, opening): a sentence opened by group words without end,
    # then harm words after commas, each an imperative to the group addressed first (abuse._addressing_end)
]


def shape_text(entry: str | tuple[str, ...], n: int) -> str:
    """About *n* characters of the shape *entry*: ``prefix`` opens the text once (a word read
    back to from every repeat of the unit); ``opening``, repeated, fills the first half of the
    text (a run read back over from every repeat of the unit: both grow with the text)."""
    prefix, unit, opening = (*entry, "")[:3] if isinstance(entry, tuple) else ("", entry, "")
    half = n // 2 if opening else 0
    return prefix + (opening * (half // max(len(opening), 1) + 1))[:half] + (unit * (n // len(unit) + 1))[: n - half]


def operations(fn: Callable[[str], Any], text: str) -> int:
    """How many Python calls, lines and returns ``fn(text)`` runs (``sys.settrace``): a count
    of work that does not depend on the machine's load.  Work done inside one C call (a
    regular expression, a slice) counts as one line, whatever its length: the CPU-time
    ratio of ``bench/linearity.py`` watches that."""
    count = 0

    def tracer(frame: object, event: str, arg: object) -> Callable[..., object]:
        nonlocal count
        count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn(text)
    finally:
        sys.settrace(previous)
    return count
