"""Official account names: "<platform> Rasmi <agensi>" (eBook, good practice 1)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_PERSONAL = re.compile(r"\b(?:bin|binti|bte|bt|a/l|a/p|anak)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AccountHit:
    values: Mapping[str, Any]


def _platform(word: str, platforms: Sequence[str]) -> str | None:
    for p in platforms:
        if word.casefold() == p.casefold():
            return p
    return None


def match_account_format(name: str, params: Mapping[str, Any], platforms: Sequence[str]) -> list[AccountHit]:
    """The name must read "<platform> Rasmi <agency>", with a known platform.

    When the parts are there in another order or language ("JKDM Official
    Facebook"), the hit suggests the right form.
    """
    words = name.split()
    if len(words) >= 3 and _platform(words[0], platforms) and words[1] == "Rasmi" and len(" ".join(words[2:])) >= 2:
        return []
    platform = next((p for w in words if (p := _platform(w, platforms))), None)
    agency = " ".join(
        w
        for w in words
        if not _platform(w, platforms)
        and w.casefold() not in ("rasmi", "official", "akaun", "account", "page", "laman")
    )
    # The suggestion keeps the platform named (none named: a placeholder, not a guess) and
    # never makes a person's name (bin, binti, a/l ...) an official account's name.
    if not agency or _PERSONAL.search(agency):
        agency = "<nama agensi>"
    suggestion = f"{platform or '<platform>'} Rasmi {agency}"
    return [AccountHit({"name": name, "suggestion": suggestion})]


def match_personal_name(name: str, params: Mapping[str, Any], platforms: Sequence[str]) -> list[AccountHit]:
    """A person's name (bin, binti, a/l, a/p): official accounts belong to the agency."""
    m = _PERSONAL.search(name)
    return [AccountHit({"name": name, "word": m.group(0)})] if m else []
