"""Sphinx configuration of the handbook *Etika Penggunaan Internet dan Media Sosial*.

Sources are Malay (docs/); the English build comes from the gettext catalogues
in locales/en (``-D language=en``).  Build with ``make html`` (both languages and
the language chooser), ``make gettext`` and ``make i18n-update``.
"""

from __future__ import annotations

import calendar
import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent

# Our extension is the package etika_handbook (src/etika_handbook): project code, not
# in the checker's wheel, imported from this tree (its dependencies: the `docs` extra,
# make install: pip install -e '.[docs]'); the checker's rule data (etika_check, this
# tree's too) feeds its rule catalogue and cited-by lists.
sys.path.insert(0, str(ROOT / "src"))

# -- Project -------------------------------------------------------------------

project = "Etika Penggunaan Internet dan Media Sosial"
author = "Pentadbiran Setiausaha Kerajaan Negeri Perlis; Jabatan Kastam Diraja Malaysia"
copyright = "2021, PSUK Negeri Perlis; 2010, JKDM"  # noqa: A001
language = "ms"
root_doc = "index"

# -- Edition ---------------------------------------------------------------------
# One place for the edition's id, date and name: the checker's edition.toml.
# Every page shows the name in its language (footer, docs/_templates/page.html);
# the English name comes from the toml's `en`, not from gettext, so the two
# cannot drift.  `release` and `version` are the edition id.

EDITION_FILE = ROOT / "src" / "etika_check" / "data" / "edition.toml"
with EDITION_FILE.open("rb") as _f:
    _edition = tomllib.load(_f)
etika_edition = {
    "id": _edition["id"],
    "date": _edition["date"].isoformat(),
    "name": {"ms": _edition["name"]["ms"], "en": _edition["name"]["en"]},
    "previous": _edition.get("previous"),
}
release = version = etika_edition["id"]
# Earlier editions' data (editions/README.md): the "what changed" page and the
# check that no removed clause id comes back (etika_handbook.editions).
etika_editions_dir = str(ROOT / "editions")

# Reproducible output: Sphinx takes "last updated" dates, the EPUB's dates and
# the copyright year from SOURCE_DATE_EPOCH.  Unless the caller (make release)
# set it, it is the edition's date (midnight UTC): a page was last updated when
# its edition was made, whatever day the site is built.
os.environ.setdefault("SOURCE_DATE_EPOCH", str(calendar.timegm(_edition["date"].timetuple())))

extensions = ["myst_parser", "sphinx_design", "etika_handbook"]

exclude_patterns = ["_build", "_templates", "_static", "_root", "**/README.md"]
templates_path = ["docs/_templates"]
source_suffix = {".md": "markdown"}
nitpicky = True

# -- MyST ------------------------------------------------------------------------

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist", "attrs_inline", "attrs_block"]
myst_heading_anchors = 3

# -- Internationalisation -----------------------------------------------------------

# Absolute, so that Sphinx finds the catalogues whatever its working directory
# (relative entries are taken from the source directory, docs/).
locale_dirs = [str(ROOT / "locales")]
gettext_compact = False  # one catalogue per page
# Message ids are the Malay text itself; no uuids (they change on every edit
# and would not help sphinx-intl mark outdated entries fuzzy).  Locations are
# kept so a translator sees where a message comes from.
gettext_uuid = False
gettext_location = True
gettext_additional_targets: list[str] = []

# -- HTML ---------------------------------------------------------------------------

html_theme = "furo"
html_title = project
html_static_path = ["docs/_static"]
# The page's icon (the drawing of tools/offline.py's app icons, as SVG): without a
# <link rel="icon"> a browser asks for /favicon.ico, a 404 in the console.
html_favicon = "docs/_static/etika-icon.svg"
html_css_files = ["etika.css"]
html_last_updated_fmt = "%d %B %Y"
html_show_sourcelink = False
html_copy_source = False
html_show_copyright = False
html_show_sphinx = True
html_permalinks_icon = "#"
html_context = {"etika_edition": etika_edition}
html_theme_options = {
    "top_of_page_buttons": [],
    "navigation_with_keys": True,
    "light_css_variables": {
        "color-brand-primary": "#00416a",
        "color-brand-content": "#00538a",
        "font-stack": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
    },
    "dark_css_variables": {
        "color-brand-primary": "#8cc8ff",
        "color-brand-content": "#8cc8ff",
    },
}
# Everything is served from the site itself: no CDN, no web fonts (furo uses
# the system font stack; no math renderer is loaded).  The search language
# follows `language`: "ms" is our Malay stemmer (etika_handbook.search).

# -- EPUB -------------------------------------------------------------------------------
# One book per language (make epub; make release puts both in the archive).
# etika_handbook.epub swaps the web templates for Sphinx's epub theme and leaves the
# browser checker out (a note stands in its place).

epub_basename = f"etika-handbook-{etika_edition['id']}"
epub_title = project
epub_author = author
epub_publisher = author
epub_copyright = copyright
epub_identifier = f"urn:x-etika-handbook:{etika_edition['id']}"
epub_scheme = "URN"
epub_uid = "etika"
epub_show_urls = "no"
epub_use_index = False
# The book's table of contents lists the chapters: the root page's toctree is
# hidden (the home page shows cards instead), and by default hidden entries are
# left out of the EPUB's navigation (one entry for the whole book).
epub_tocscope = "includehidden"
epub_tocdepth = 2
# (.buildinfo.bak: Sphinx keeps the old build info there when the configuration changed)
epub_exclude_files = ["search.html", ".buildinfo.bak"]
