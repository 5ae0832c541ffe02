"""A link on every page to the same page in the other language.

The handbook is built twice, ``_build/html/ms/`` and ``_build/html/en/``, with
the same page names.  For the page ``perundangan/akta-88`` of the Malay build
the link is ``../../en/perundangan/akta-88.html``: a relative path, so the site
works from any directory and from ``file://``.  ``etika-langswitch.js`` appends
the current ``#anchor`` when the link is followed (clause anchors are the same in
both languages); without JavaScript the link still leads to the page.

Templates get ``etika_langswitch``: a dict with ``href``, ``lang`` (code of the
other language), ``label`` (its name in that language) and ``title`` (a hint in
the current language).  ``docs/_templates/page.html`` shows it in the mobile
header and above the content, so it is visible at every width.

Configuration: ``etika_languages`` maps each language code to its own name
(default ``{"ms": "Bahasa Melayu", "en": "English"}``); the link goes to the
first language that is not the current one.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING, Any

from .data import _
from .epub import is_epub

if TYPE_CHECKING:
    from docutils.nodes import document
    from sphinx.application import Sphinx


def other_language_href(pagename: str, target_uri: str, other: str) -> str:
    """Relative URL of *pagename* in the build of language *other*.

    >>> other_language_href("perundangan/akta-88", "perundangan/akta-88.html", "en")
    '../../en/perundangan/akta-88.html'
    >>> other_language_href("index", "index.html", "ms")
    '../ms/index.html'
    """
    depth = pagename.count("/")
    return posixpath.join(*([".."] * (depth + 1)), other, target_uri)


def _page_context(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: document | None,
) -> None:
    languages: dict[str, str] = app.config.etika_languages
    current = (app.config.language or "ms").split("_")[0]
    others = [code for code in languages if code != current]
    if not others:
        return
    other = others[0]
    context["etika_langswitch"] = {
        "href": other_language_href(pagename, app.builder.get_target_uri(pagename), other),
        "lang": other,
        "label": languages[other],
        "title": _("Read this page in English") if other == "en" else _("Read this page in Malay"),
    }


def setup_langswitch(app: Sphinx) -> None:
    app.add_config_value("etika_languages", {"ms": "Bahasa Melayu", "en": "English"}, "html", dict)
    app.connect("builder-inited", _add_script)
    app.connect("html-page-context", _page_context)


def _add_script(app: Sphinx) -> None:
    """The script that keeps the #anchor, on web pages only (an EPUB has no scripts)."""
    if app.builder.format == "html" and not is_epub(app):
        app.add_js_file("etika-langswitch.js", loading_method="defer")
