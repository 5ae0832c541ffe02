"""The checker's own strings in Malay and English: one catalogue, ``data/strings.toml``.

The command line, the JSON answers and the browser page say what they say in their own
words from here; a rule's title, message and reason are rule data (``rules/*.toml``), and
the handbook's pages are translated with gettext (``docs-dev/strings.md`` says which is
where and how to add a string or a language).

A key is ``"<section>.<name>"`` (``"cli.summary"``); a text holds ``{name}`` placeholders,
filled by :func:`text` (no format codes: ``{e}``, never ``{e:>3}``).  A language's text may
instead be a plural, ``{ one = "...", other = "..." }``: ``one`` when ``{n}`` is 1.  Beside
its languages a key may say ``args``, the order of its placeholders as the page's function
takes them (required for a ``page.`` key with two or more), and ``numbers``, the placeholders
written with digit grouping (1,234).  The section ``page`` is the browser page's, written
into its bundle as a JavaScript module (``etika_tools.page_strings``).  The catalogue is
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

__all__ = [
    "LANGS",
    "LOCALES",
    "CatalogueError",
    "catalogue",
    "forms",
    "localized",
    "pair",
    "parse",
    "problems",
    "section",
    "text",
]

#: the languages of the catalogue: Malay (the original) first
LANGS = ("ms", "en")
#: the locale of each language, for numbers written with digit grouping (the page's toLocaleString)
LOCALES = {"ms": "ms-MY", "en": "en-GB"}
#: what a key may say beside its languages
FIELDS = ("args", "numbers")
#: the forms of a plural, chosen by {n}: "one" when it is 1
PLURAL = ("one", "other")
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


def forms(value: Any) -> list[str]:
    """The texts of one language's value: itself, or a plural's forms (empty when malformed)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict) and set(value) == set(PLURAL):
        texts = [value[f] for f in PLURAL]
        return texts if all(isinstance(t, str) and t.strip() for t in texts) else []
    return []


def problems(data: dict[str, Any]) -> list[str]:
    """Every problem of a parsed catalogue (empty when it is complete)."""
    found = []
    for key, value in _flatten(data).items():
        if not isinstance(value, dict):
            found.append(f"{key}: a table {{ ms = ..., en = ... }}, not {type(value).__name__}")
            continue
        missing = [lang for lang in LANGS if not forms(value.get(lang))]
        if missing:
            found.append(f"{key}: no text in {', '.join(missing)} (a text, or {{ one = ..., other = ... }})")
        unknown = sorted(set(value) - set(LANGS) - set(FIELDS))
        if unknown:
            found.append(f"{key}: unknown language {', '.join(unknown)}")
        if missing:
            continue
        ms = placeholders(forms(value["ms"])[0])
        for lang in LANGS:
            for t in forms(value[lang]):
                if placeholders(t) != ms:
                    found.append(f"{key}: placeholders {sorted(placeholders(t))} in {lang}, {sorted(ms)} in ms")
        if any(isinstance(value[lang], dict) for lang in LANGS) and "n" not in ms:
            found.append(f"{key}: a plural is chosen by {{n}}, which its texts lack")
        for field in FIELDS:
            names = value.get(field)
            if names is None:
                continue
            if not isinstance(names, list) or len(set(names)) != len(names) or not set(names) <= ms:
                found.append(f"{key}: {field} names placeholders of its texts, each once ({sorted(ms)})")
        args = value.get("args")
        if isinstance(args, list) and set(args) != ms:
            found.append(f"{key}: args names every placeholder ({sorted(ms)})")
        if key.startswith("page.") and len(ms) > 1 and args is None:
            found.append(f"{key}: args = [...], the order the page passes {sorted(ms)} in")
    return found


def parse(raw: str, name: str = "data/strings.toml") -> dict[str, dict[str, Any]]:
    """key -> {lang: text or plural, and args, numbers when it has them}, from the text of a
    catalogue; CatalogueError when incomplete."""
    data = tomllib.loads(raw)
    found = problems(data)
    if found:
        raise CatalogueError(f"{name}:\n  " + "\n  ".join(found))
    return {key: dict(value) for key, value in _flatten(data).items()}


@cache
def catalogue() -> dict[str, dict[str, Any]]:
    """The catalogue of this package (:func:`parse`), read once."""
    return parse(resources.files("etika_check").joinpath("data", "strings.toml").read_text(encoding="utf-8"))


def _fill(template: str, values: dict[str, Any], key: str, numbers: frozenset[str] = frozenset()) -> str:
    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        try:
            value = values[name]
        except KeyError:
            raise KeyError(f"{key}: no value for {{{name}}}") from None
        return f"{value:,}" if name in numbers and isinstance(value, int) else str(value)

    return _PLACEHOLDER.sub(one, template)


def text(key: str, lang: str, **values: Any) -> str:
    """The text of *key* in *lang* (Malay for any other), its placeholders filled from *values*
    (a :class:`~etika_check.model.Localized` value in the same language)."""
    entry = catalogue()[key]
    values = {name: v.get(lang) if isinstance(v, Localized) else v for name, v in values.items()}
    value = entry["en"] if lang == "en" else entry["ms"]
    if isinstance(value, dict):
        value = value["one" if values.get("n") == 1 else "other"]
    return _fill(value, values, key, frozenset(entry.get("numbers", ())))


def pair(key: str, **values: Any) -> tuple[str, str]:
    """(Malay, English) of *key*, filled: what ``UsageError(ms, en)`` and JSON errors take."""
    return text(key, "ms", **values), text(key, "en", **values)


def localized(key: str, **values: Any) -> Localized:
    return Localized(*pair(key, **values))


def section(name: str) -> dict[str, dict[str, Any]]:
    """lang -> {short key: text, unfilled} of the keys ``<name>.*``: a table of a module's strings."""
    prefix = name + "."
    return {
        lang: {key.removeprefix(prefix): entry[lang] for key, entry in catalogue().items() if key.startswith(prefix)}
        for lang in LANGS
    }


def input_kind_label(name: str) -> Localized:
    """What a rule of the input kind *name* looks at ("teks hantaran" / "the text of a post"): the
    section "input_kind" of the catalogue (``KeyError`` for an unknown kind)."""
    texts = section("input_kind")
    return Localized(texts["ms"][name], texts["en"][name])
