"""A statement the judgement found: what it is about, its kind, its words, the construction that made it."""

from __future__ import annotations

from typing import NamedTuple


class Abuse(NamedTuple):
    """A statement found (a named tuple: a dense draft makes one per statement, four times faster
    than a frozen dataclass)."""

    target: str  # a value of GROUP_CLASSES, or "person"
    kind: str  # the predicate category, "slur" or "distrust"
    first: int  # first token
    last: int  # last token (inclusive)
    said: tuple[int, int] | None = None  # the predicate's tokens, for a hit on a group: not also a personal insult
    construction: str = ""  # the construction that found it: a name of data/constructions.toml, or the comparison read beside the frames


# Abuse(target, kind, first, last, said, construction) made as tuple.__new__(Abuse, (...)), all six given,
# without the named tuple's own __new__ (a Python function): for the finders that make one per statement
_new_abuse = tuple.__new__
