"""Access to the checker's rule, clause and instrument data from Sphinx.

The handbook and the checker share one source of truth: the TOML files of the
``etika_check`` package, read through :func:`etika_check.ruledata.load_ruleset`.
This module loads that data once per Sphinx process, records the data files
as dependencies of the documents that use them (so that editing a rule file
rebuilds the pages showing it) and offers small helpers shared by the other
components of :mod:`etika_handbook`: the build language, anchors and localised labels.

Configuration
-------------
``etika_ruleset_loader``
    ``"module:function"`` returning the rule set; default
    ``"etika_check.ruledata:load_ruleset"``.  Test projects point it at a
    stub.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from etika_check.links import CATALOGUE_DOCNAME, law_docname, rule_anchor
from etika_check.links import clause_anchor as anchor
from sphinx.locale import get_translation
from sphinx.util import logging

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

#: Name of the message catalogue holding this extension's own labels
#: (``locales/<lang>/LC_MESSAGES/etika.po``).
MESSAGE_CATALOG = "etika"

#: Translation function for the labels of the etika extensions.  Message ids
#: are English; the Malay build translates them through ``etika.po``.
_ = get_translation(MESSAGE_CATALOG)

#: Languages the data carries texts for; anything else falls back to Malay.
DATA_LANGUAGES = ("ms", "en")


class Localized(Protocol):
    """A text in both languages (``etika_check.ruledata.Localized``)."""

    ms: str
    en: str

    def get(self, lang: str) -> str: ...


class Clause(Protocol):
    id: str
    page: str
    document: str
    title: Localized


class Instrument(Protocol):
    id: str
    kind: str
    number: str
    title: Localized
    short: Localized


class Rule(Protocol):
    id: str
    applies_to: str
    severity: str
    clauses: Sequence[str]
    instruments: Sequence[str]
    title: Localized
    message: Localized
    why: Localized
    examples_flag: Sequence[str]
    examples_pass: Sequence[str]
    source: str


class RuleSet(Protocol):
    rules: Sequence[Rule]
    clauses: Mapping[str, Clause]
    instruments: Mapping[str, Instrument]


def build_language(env: BuildEnvironment) -> str:
    """The language of the data texts for this build (``ms`` or ``en``)."""
    lang = (env.config.language or "ms").split("_")[0]
    return lang if lang in DATA_LANGUAGES else "ms"


def localized(text: Localized | Mapping[str, str], lang: str) -> str:
    """Pick *lang* from a :class:`Localized` (or a ``{"ms":..,"en":..}`` dict)."""
    if isinstance(text, dict):
        return text.get(lang) or text.get("ms", "")
    getter = getattr(text, "get", None)
    if getter is not None:
        return getter(lang)
    return getattr(text, lang)


# ---------------------------------------------------------------------------
# Loading

_CACHE: dict[str, tuple[RuleSet, tuple[Path, ...]]] = {}


def _load(loader: str) -> tuple[RuleSet, tuple[Path, ...]]:
    if loader not in _CACHE:
        modname, _sep, funcname = loader.partition(":")
        module = importlib.import_module(modname)
        func = getattr(module, funcname or "load_ruleset")
        ruleset = func()
        pkgdir = Path(module.__file__ or ".").resolve().parent
        files = tuple(sorted(pkgdir.glob("rules/*.toml"))) + tuple(
            sorted(pkgdir.glob("data/*.toml"))
        )
        _CACHE[loader] = (ruleset, files)
    return _CACHE[loader]


def get_ruleset(env: BuildEnvironment) -> RuleSet:
    """The checker's rule set (loaded once per process)."""
    return _load(env.config.etika_ruleset_loader)[0]


def data_files(env: BuildEnvironment) -> tuple[Path, ...]:
    """The TOML files the rule set was read from."""
    return _load(env.config.etika_ruleset_loader)[1]


def note_data_dependency(env: BuildEnvironment) -> None:
    """Make the current document depend on every rule and data file."""
    for path in data_files(env):
        env.note_dependency(str(path))


def _check_loader(app: Sphinx, config: Config) -> None:
    """(Re)load the rule data for this build; fail early and clearly if it cannot.

    Every Sphinx application reads the data afresh, so a process that runs
    several builds (tests, sphinx-autobuild) sees edited rule files.
    """
    loader = config.etika_ruleset_loader
    if loader in _CACHE:
        del _CACHE[loader]
        modname, _sep, funcname = loader.partition(":")
        func = getattr(importlib.import_module(modname), funcname or "load_ruleset", None)
        cache_clear = getattr(func, "cache_clear", None)
        if callable(cache_clear):
            cache_clear()
    try:
        _load(config.etika_ruleset_loader)
    except Exception as exc:  # noqa: BLE001 - reported as a build error
        logger.error(
            "etika: cannot load the checker's rule data with %r: %s",
            config.etika_ruleset_loader,
            exc,
        )
        raise


def _init_catalog(app: Sphinx, config: Config) -> None:
    """Compile ``etika.po`` of the build language and register the catalogue."""
    from sphinx.util.i18n import CatalogRepository

    repo = CatalogRepository(
        app.srcdir, config.locale_dirs, config.language, config.source_encoding
    )
    for catalog in repo.catalogs:
        if catalog.domain == MESSAGE_CATALOG and catalog.is_outdated():
            catalog.write_mo(config.language)
    for locale_dir in repo.locale_dirs:
        app.add_message_catalog(MESSAGE_CATALOG, locale_dir)


def setup_data(app: Sphinx) -> None:
    app.add_config_value(
        "etika_ruleset_loader", "etika_check.ruledata:load_ruleset", "env", str
    )
    app.connect("config-inited", _init_catalog)
    app.connect("config-inited", _check_loader)
