"""Offline use, the pages' part: every web page (not the EPUB) loads ``_static/etika-offline.js``
(``docs/_static``), which registers the site's service worker, links the web app manifest and
offers a new edition when one is ready.

The worker, the manifest and the icons are written over the finished site by the site build's
last step (:mod:`etika_handbook.site`, step 4, ``tools/offline.py``), not by a hook of one
Sphinx build: the worker precaches the whole site (the language chooser, both languages, the
EPUBs), which no single build sees.  Where that step has not run (a bare Sphinx build) the
registration fails quietly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .epub import is_epub

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_offline(app: Sphinx) -> None:
    app.connect("builder-inited", _add_script)


def _add_script(app: Sphinx) -> None:
    if app.builder.format == "html" and not is_epub(app):
        app.add_js_file("etika-offline.js", loading_method="defer")
