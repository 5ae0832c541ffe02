"""Translate the user interface of the theme and of Sphinx itself.

Sphinx ships no Malay catalogue.  ``locales/ms/LC_MESSAGES/sphinx.po`` holds the
Malay labels of Sphinx, of furo (whose templates use the ``sphinx`` catalogue)
and of ``docs/_templates/page.html``; Sphinx compiles it to ``sphinx.mo`` by
itself.  This extension adds the two pieces Sphinx does not do for a language it
does not know:

* the JavaScript catalogue: Sphinx copies ``<locale_dir>/<lang>/LC_MESSAGES/sphinx.js``
  to ``_static/translations.js`` for the search page's messages ("Searching",
  "Search Results"...).  It is generated here from ``sphinx.po`` (the generated
  file is not kept in git), without the ``new Function`` of Sphinx's own form,
  which the checker page's Content-Security-Policy refuses;
* furo's navigation tree, whose "Toggle navigation of ..." labels are built in
  Python with no translation hook; they are translated in ``html-page-context``;
* the project title: in a translated build, ``project`` and ``html_title`` take
  the translation of the root page's title when that title is the project name
  (the translator translates it once, in ``<root_doc>.po``);
* Docutils' own labels: Docutils has no Malay module either (it would warn
  "Language "ms" not supported" and use English): :mod:`etika_handbook.docutils_ms`
  is that module (Malay labels; the English directive and role names).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.locale import _ as sphinx_gettext
from sphinx.util import logging
from sphinx.util.i18n import CatalogRepository

from . import docutils_ms

if TYPE_CHECKING:
    from docutils.nodes import document
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)

#: furo's hard-coded prefix of the navigation tree's expand/collapse labels.
FURO_TOGGLE_PREFIX = "Toggle navigation of "


#: What a gettext plural rule may contain: it is written into the catalogue as code.
_PLURAL_EXPR = re.compile(r"[n0-9\s()!=<>&|?:%+\-*/]*\Z")


def js_catalog(po_path: Path, locale: str) -> str:
    """Sphinx's JavaScript catalogue (``sphinx.js``) for a ``.po`` file.

    Not ``Documentation.addTranslations(...)``, the form Sphinx writes: that
    function builds the plural rule with ``new Function``, which a
    Content-Security-Policy without ``'unsafe-eval'`` refuses (the checker
    page's policy: a console error on every Malay page load). The same three
    assignments are made here, with the plural rule written as plain code.
    """
    from babel.messages.pofile import read_po

    with po_path.open("rb") as fp:
        catalog = read_po(fp, locale=locale.replace("-", "_"))
    messages: dict[str, Any] = {}
    for message in catalog:
        if not message.id or message.fuzzy or not message.string:
            continue
        if isinstance(message.id, tuple | list):
            messages[message.id[0]] = list(message.string)
        else:
            messages[message.id] = message.string
    plural_expr = catalog.plural_expr or "0"
    if not _PLURAL_EXPR.match(plural_expr):
        raise ValueError(f"{po_path}: the Plural-Forms rule {plural_expr!r} is not a plain expression in n")
    data = json.dumps(
        {"locale": locale, "messages": messages, "plural_expr": plural_expr},
        ensure_ascii=False,
        indent=2,
        sort_keys=True,
    )
    return (
        "// Written by etika_handbook.ui_i18n from sphinx.po: Documentation.addTranslations\n"
        "// without its `new Function` (see js_catalog).\n"
        "(function () {\n"
        f"  const catalog = {data};\n"
        "  Object.assign(Documentation.TRANSLATIONS, catalog.messages);\n"
        f"  Documentation.PLURAL_EXPR = function (n) {{ return Number({plural_expr}); }};\n"
        "  Documentation.LOCALE = catalog.locale;\n"
        "})();\n"
    )


def write_js_catalog(po_path: Path, js_path: Path, locale: str) -> None:
    """Write :func:`js_catalog` to ``js_path`` if it differs (the file is not kept in git)."""
    text = js_catalog(po_path, locale)
    if not js_path.exists() or js_path.read_text(encoding="utf-8") != text:
        js_path.write_text(text, encoding="utf-8")


def _make_js_catalogs(app: Sphinx, config: Config) -> None:
    if not config.language or config.language == "en":
        return
    repo = CatalogRepository(app.srcdir, config.locale_dirs, config.language, config.source_encoding)
    for catalog in repo.catalogs:
        if catalog.domain != "sphinx":
            continue
        po_path = Path(catalog.po_path)
        write_js_catalog(po_path, po_path.with_suffix(".js"), config.language)


def translated_title(po_path: Path, title: str) -> str | None:
    """The non-fuzzy translation of *title* in a ``.po`` file, if any."""
    from babel.messages.pofile import read_po

    if not po_path.is_file():
        return None
    with po_path.open("rb") as fp:
        catalog = read_po(fp)
    message = catalog.get(title)
    if message is None or message.fuzzy or not message.string:
        return None
    return str(message.string)


def _translate_project(app: Sphinx, config: Config) -> None:
    if not config.language or config.language == config.etika_source_language:
        return
    repo = CatalogRepository(app.srcdir, config.locale_dirs, config.language, config.source_encoding)
    for locale_dir in repo.locale_dirs:
        po_path = Path(locale_dir, config.language, "LC_MESSAGES", f"{config.root_doc}.po")
        title = translated_title(po_path, config.project)
        if title:
            if config.html_title in (None, "", config.project):
                config.html_title = title
            if config.epub_title in (None, "", config.project):
                config.epub_title = title  # the book's title in its own language
            config.project = title
            return


def _translate_furo_navigation(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: document | None,
) -> None:
    tree = context.get("furo_navigation_tree")
    if isinstance(tree, str) and FURO_TOGGLE_PREFIX in tree:
        translated = sphinx_gettext(FURO_TOGGLE_PREFIX.strip())
        context["furo_navigation_tree"] = tree.replace(FURO_TOGGLE_PREFIX, translated + " ")


def _translate_epub_guide(app: Sphinx) -> None:
    """The EPUB's navigation heading ("Table of Contents") in the book's language:
    Sphinx writes its guide titles untranslated."""
    if app.builder.name in ("epub", "epub3") and hasattr(app.builder, "guide_titles"):
        app.builder.guide_titles = {key: sphinx_gettext(value) for key, value in app.builder.guide_titles.items()}


def setup_ui_i18n(app: Sphinx) -> None:
    docutils_ms.register()
    app.add_config_value("etika_source_language", "ms", "env", str)
    app.connect("config-inited", _make_js_catalogs)
    app.connect("config-inited", _translate_project)
    app.connect("builder-inited", _translate_epub_guide)
    # after furo's own handler (priority 500), which builds the navigation tree
    app.connect("html-page-context", _translate_furo_navigation, priority=900)
