"""The checker's own strings in Malay and English: one catalogue, ``data/strings.toml``.

The command line, the JSON answers and the browser page say what they say in their own
words from here; a rule's title, message and reason are rule data (``rules/*.toml``), and
the handbook's pages are translated with gettext (``docs-dev/strings.md`` says which is
where and how to add a string or a language).

A key is ``"<section>.<name>"`` (``"cli.summary"``); a text holds ``{name}`` placeholders,
filled by :func:`text` (no format codes: ``{e}``, never ``{e:>3}``).  The catalogue is
checked when it is read: every key has every language of :data:`LANGS`, none empty, with
the same placeholders in each.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from .model import Localized

__all__ = ["LANGS", "CatalogueError", "catalogue", "localized", "pair", "problems", "section", "text"]

#: the languages of the catalogue: Malay (the original) first
LANGS = ("ms", "en")
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class CatalogueError(ValueError):
    """The catalogue is incomplete or malformed; the message names every problem."""


def placeholders(s: str) -> set[str]:
    return set(_PLACEHOLDER.findall(s))


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and not (set(value) & set(LANGS)):
            out.update(_flatten(value, key + "."))
        else:
            out[key] = value
    return out


def problems(data: dict[str, Any]) -> list[str]:
    """Every problem of a parsed catalogue (empty when it is complete)."""
    found = []
    for key, value in _flatten(data).items():
        if not isinstance(value, dict):
            found.append(f"{key}: a table {{ ms = ..., en = ... }}, not {type(value).__name__}")
            continue
        missing = [lang for lang in LANGS if not isinstance(value.get(lang), str) or not value[lang].strip()]
        if missing:
            found.append(f"{key}: no text in {', '.join(missing)}")
        unknown = sorted(set(value) - set(LANGS))
        if unknown:
            found.append(f"{key}: unknown language {', '.join(unknown)}")
        if not missing:
            ms = placeholders(value["ms"])
            for lang in LANGS[1:]:
                if placeholders(value[lang]) != ms:
                    found.append(
                        f"{key}: placeholders {sorted(placeholders(value[lang]))} in {lang}, {sorted(ms)} in ms"
                    )
    return found


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """key -> {lang: text}, read once from data/strings.toml; CatalogueError when incomplete."""
    raw = resources.files("etika_check").joinpath("data", "strings.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    found = problems(data)
    if found:
        raise CatalogueError("data/strings.toml:\n  " + "\n  ".join(found))
    return {key: dict(value) for key, value in _flatten(data).items()}


def _fill(template: str, values: dict[str, Any], key: str) -> str:
    def one(m: re.Match[str]) -> str:
        try:
            return str(values[m.group(1)])
        except KeyError:
            raise KeyError(f"{key}: no value for {{{m.group(1)}}}") from None

    return _PLACEHOLDER.sub(one, template)


def text(key: str, lang: str, **values: Any) -> str:
    """The text of *key* in *lang* (Malay for any other), its placeholders filled from *values*."""
    entry = catalogue()[key]
    return _fill(entry["en"] if lang == "en" else entry["ms"], values, key)


def pair(key: str, **values: Any) -> tuple[str, str]:
    """(Malay, English) of *key*, filled: what ``UsageError(ms, en)`` and JSON errors take."""
    return text(key, "ms", **values), text(key, "en", **values)


def localized(key: str, **values: Any) -> Localized:
    return Localized(*pair(key, **values))


def section(name: str) -> dict[str, dict[str, str]]:
    """lang -> {short key: text, unfilled} of the keys ``<name>.*``: a table of a module's strings."""
    prefix = name + "."
    return {
        lang: {key.removeprefix(prefix): entry[lang] for key, entry in catalogue().items() if key.startswith(prefix)}
        for lang in LANGS
    }
