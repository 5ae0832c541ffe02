"""The handbook link contract: where a clause, a law and a checker rule live in the handbook.

One module for every side that links into the handbook or writes its anchors:

* the Sphinx extension (``etika_handbook``) gives each clause container the
  anchor :func:`clause_anchor`, expects each law or circular on the page
  :func:`law_docname` and each rule's catalogue entry at :func:`rule_anchor`
  on the page :data:`CATALOGUE_DOCNAME`;
* the JSON API (:mod:`etika_check.jsonapi`: the CLI's ``--format json`` and the
  browser) gives every finding the links :func:`clause_href`, :func:`law_href`
  and :func:`rule_href`;
* the browser bundle build (``wasm/build.py``) writes the same links into the
  bundle manifest, from which the page script takes them;
* ``etika-check rules --validate`` checks the handbook sources against it.

Links are relative to the root of one language's build (``_build/html/ms/``):
``SOP-7.1`` -> ``sop.html#sop-7-1``.
"""

from __future__ import annotations

import re

#: the page (Sphinx docname) holding the rule catalogue
CATALOGUE_DOCNAME = "katalog-peraturan"
#: the directory of the law and circular pages
LAW_DIRECTORY = "perundangan"
#: the file suffix of a built page
PAGE_SUFFIX = ".html"

_NOT_ANCHOR = re.compile(r"[^a-z0-9_-]")


def clause_anchor(clause_id: str) -> str:
    """The HTML anchor of a clause: lower case, dots become dashes.

    >>> clause_anchor("SOP-7.1")
    'sop-7-1'
    """
    return clause_id.lower().replace(".", "-")


def rule_anchor(rule_id: str) -> str:
    """The HTML anchor of a rule's entry in the rule catalogue: ``rule-<id>``.

    Lower case; characters other than letters, digits, ``-`` and ``_`` become
    ``-`` (dots included, as in :func:`clause_anchor`).

    >>> rule_anchor("personal-attack")
    'rule-personal-attack'
    """
    return "rule-" + _NOT_ANCHOR.sub("-", rule_id.lower())


def law_docname(instrument_id: str) -> str:
    """The handbook page (Sphinx docname) of a law or circular: ``perundangan/<id>``."""
    return f"{LAW_DIRECTORY}/{instrument_id}"


def page_href(docname: str) -> str:
    """The built page of a docname, relative to the language root."""
    return f"{docname}{PAGE_SUFFIX}"


def clause_href(clause_id: str, page: str) -> str:
    """A clause on its page (``page`` from clauses.toml): ``sop.html#sop-7-1``."""
    return f"{page_href(page)}#{clause_anchor(clause_id)}"


def law_href(instrument_id: str) -> str:
    """The page of a law or circular: ``perundangan/akta-88.html``."""
    return page_href(law_docname(instrument_id))


def rule_href(rule_id: str) -> str:
    """A rule's catalogue entry: ``katalog-peraturan.html#rule-<id>``."""
    return f"{page_href(CATALOGUE_DOCNAME)}#{rule_anchor(rule_id)}"
