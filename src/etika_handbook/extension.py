"""Wires the components of the handbook's Sphinx extension, in dependency order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .catalogue import setup_catalogue
from .citedby import setup_citedby
from .data import setup_data
from .domain import setup_domain
from .editions import setup_editions
from .epub import setup_epub
from .i18n_status import setup_i18n_status
from .langswitch import setup_langswitch
from .offline import setup_offline
from .search import setup_search, setup_search_snippets
from .ui_i18n import setup_ui_i18n

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_extension(app: Sphinx) -> None:
    setup_data(app)  # rule data, message catalogue: used by all the others
    setup_domain(app)  # clause directive; clause, law and rule roles
    setup_citedby(app)
    setup_catalogue(app)
    setup_editions(app)
    setup_epub(app)
    setup_i18n_status(app)
    setup_search(app)
    setup_search_snippets(app)  # _static/etika-search.js
    setup_langswitch(app)
    setup_offline(app)  # the pages' registration of the site's service worker
    setup_ui_i18n(app)
