"""Access to the checker's rule, clause and instrument data from Sphinx.

The handbook and the checker share one source of truth: the TOML files of the
``etika_check`` package, read through :func:`etika_check.ruledata.load_ruleset`.
This module loads that data once per build into the build environment, records the data files
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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sphinx.locale import get_translation
from sphinx.util import logging

# re-exported for the extension's modules (from .data import ...)
from etika_check.links import CATALOGUE_DOCNAME, law_docname, rule_anchor  # noqa: F401
from etika_check.links import clause_anchor as anchor  # noqa: F401

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
#
# The rule data is part of the build environment: every Sphinx application
# loads it afresh when its builder starts (``builder-inited``) and keeps it on
# its environment as ``env.etika_rule_data``.  Nothing is kept in this module,
# so a process running several builds (tests, sphinx-autobuild), each with its
# own ``etika_ruleset_loader`` or edited rule files, never sees another
# build's data.  The environment is pickled with its loader only (the rule set
# holds functions): reading it back loads the data again, and the next build
# replaces it before any document is read.


@dataclass(frozen=True)
class RuleData:
    """The rule set one build uses, with the files it was read from."""

    loader: str
    ruleset: RuleSet
    files: tuple[Path, ...]

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # The rule set holds the judgement's functions (its filters), which pickle cannot
        # write: the pickled environment keeps the loader, and reading it loads the data again.
        return (load_rule_data, (self.loader,))


def load_rule_data(loader: str) -> RuleData:
    """Call the ``"module:function"`` *loader* and list the TOML files of its package.

    A loader that caches its result (``functools.lru_cache``) is cleared first,
    so the files are read as they are now.
    """
    modname, _sep, funcname = loader.partition(":")
    module = importlib.import_module(modname)
    func = getattr(module, funcname or "load_ruleset")
    cache_clear = getattr(func, "cache_clear", None)
    if callable(cache_clear):
        cache_clear()
    ruleset = func()
    pkgdir = Path(module.__file__ or ".").resolve().parent
    files = tuple(sorted(pkgdir.glob("rules/*.toml"))) + tuple(sorted(pkgdir.glob("data/*.toml")))
    return RuleData(loader, ruleset, files)


def rule_data(env: BuildEnvironment) -> RuleData:
    """The rule data of this build (loaded by :func:`_load_rule_data`)."""
    data: RuleData | None = getattr(env, "etika_rule_data", None)
    if data is None:
        msg = "etika: the rule data is loaded when the builder starts (builder-inited)"
        raise RuntimeError(msg)
    return data


def get_ruleset(env: BuildEnvironment) -> RuleSet:
    """The checker's rule set for this build."""
    return rule_data(env).ruleset


def data_files(env: BuildEnvironment) -> tuple[Path, ...]:
    """The TOML files the rule set was read from."""
    return rule_data(env).files


def note_data_dependency(env: BuildEnvironment) -> None:
    """Make the current document depend on every rule and data file."""
    for path in data_files(env):
        env.note_dependency(str(path))


def _load_rule_data(app: Sphinx) -> None:
    """Load the rule data for this build into its environment; fail early and clearly."""
    loader = app.config.etika_ruleset_loader
    try:
        data = load_rule_data(loader)
    except Exception as exc:  # noqa: BLE001 - reported as a build error
        logger.error("etika: cannot load the checker's rule data with %r: %s", loader, exc)
        raise
    app.env.etika_rule_data = data  # type: ignore[attr-defined]


def _init_catalog(app: Sphinx, config: Config) -> None:
    """Compile ``etika.po`` of the build language and register the catalogue."""
    from sphinx.util.i18n import CatalogRepository

    repo = CatalogRepository(app.srcdir, config.locale_dirs, config.language, config.source_encoding)
    for catalog in repo.catalogs:
        if catalog.domain == MESSAGE_CATALOG and catalog.is_outdated():
            catalog.write_mo(config.language)
    for locale_dir in repo.locale_dirs:
        app.add_message_catalog(MESSAGE_CATALOG, locale_dir)


def setup_data(app: Sphinx) -> None:
    app.add_config_value("etika_ruleset_loader", "etika_check.ruledata:load_ruleset", "env", str)
    app.connect("config-inited", _init_catalog)
    # before the other components' builder-inited handlers (the editions check reads the data)
    app.connect("builder-inited", _load_rule_data, priority=100)
