"""The handbook as an EPUB (``sphinx-build -b epub``), one per language.

The web pages are built with furo and our ``docs/_templates/page.html``; an
EPUB uses Sphinx's own ``epub`` theme instead, holds no scripts and works
offline.  For the epub builder this extension

* drops the web templates (``templates_path``: furo's page layout does not
  exist in the epub theme) and copies only ``etika.css`` as a static file (not
  the browser checker's Pyodide bundle, nor the language switch's script);
* removes every raw HTML block (the browser checker's widgets and scripts on
  ``checker``) and puts a note in their place on the page: the checker is a
  web feature of the handbook (or the ``etika-check`` command line tool).

Everything else (clauses, laws, the rule catalogue, "what changed") is the
same as on the web.  The other builders are untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes

from .data import _

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: the static files an EPUB needs (relative to the configuration directory)
EPUB_STATIC = ["docs/_static/etika.css"]


def is_epub(app: Sphinx) -> bool:
    return getattr(app.builder, "name", "") in ("epub",)


def _builder_inited(app: Sphinx) -> None:
    if not is_epub(app):
        return
    app.config.templates_path = []
    app.config.html_static_path = list(EPUB_STATIC)
    app.builder.init_templates()  # type: ignore[attr-defined]
    # one book per language: its own identifier; the edition's name as its description
    lang = (app.config.language or "ms").split("_")[0]
    if not app.config.epub_identifier.endswith(f":{lang}"):
        app.config.epub_identifier = f"{app.config.epub_identifier}:{lang}"
    edition = getattr(app.config, "etika_edition", None) or {}
    name = (edition.get("name") or {}).get(lang) or (edition.get("name") or {}).get("ms")
    if name:
        app.config.epub_description = f"{name} ({edition.get('date', '')})"
    app.config.epub_contributor = app.config.epub_author
    # no scripts in the book: the language switch adds its script only to web
    # builds (etika_handbook.langswitch)


def web_only_note() -> nodes.note:
    text = _("The draft checker works only in the web edition of this handbook "
             "(or as the etika-check command line tool); this EPUB does not include it.")
    note = nodes.note(classes=["etika-web-only"])
    note += nodes.paragraph(text, text)
    return note


def _doctree_resolved(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if not is_epub(app):
        return
    raws = [raw for raw in doctree.findall(nodes.raw) if "html" in raw.get("format", "").split()]
    if not raws:
        return
    first = raws[0]
    first.parent.replace(first, web_only_note())
    for raw in raws[1:]:
        raw.parent.remove(raw)


def setup_epub(app: Sphinx) -> None:
    app.connect("builder-inited", _builder_inited)
    app.connect("doctree-resolved", _doctree_resolved)
