"""Docutils' language module for Malay (``ms``): a real module, not a generated one.

Docutils has no Malay module; without one it warns "Language "ms" not
supported" and uses English labels.  This module is both kinds of language
module Docutils knows: the labels of ``docutils.languages`` (``labels``,
``bibliographic_fields``, ``author_separators``) and the directive and role
names of ``docutils.parsers.rst.languages`` (the English names: the handbook's
markup is written with them).  :func:`register` adds this module's package to
the places Docutils' two language importers search, so no entry in
``sys.modules`` is faked.
"""

from __future__ import annotations

from docutils.languages import en as _docutils_en
from docutils.parsers.rst.languages import en as _rst_en

#: Docutils' generated labels in Malay (docutils.languages.en has the keys).
labels = {
    "author": "Pengarang",
    "authors": "Pengarang",
    "organization": "Organisasi",
    "address": "Alamat",
    "contact": "Hubungi",
    "version": "Versi",
    "revision": "Semakan",
    "status": "Status",
    "date": "Tarikh",
    "copyright": "Hak cipta",
    "dedication": "Dedikasi",
    "abstract": "Abstrak",
    "attention": "Perhatian!",
    "caution": "Awas!",
    "danger": "BAHAYA!",
    "error": "Ralat",
    "hint": "Petunjuk",
    "important": "Penting",
    "note": "Nota",
    "tip": "Petua",
    "warning": "Amaran",
    "contents": "Kandungan",
}

#: Malay field names (lower case) -> canonical names; the English ones too.
bibliographic_fields = {label.lower(): key for key, label in labels.items() if key != "authors"}
bibliographic_fields.update(_docutils_en.bibliographic_fields)

author_separators = [";", ","]

#: reST directive and role names: the English ones.
directives = dict(_rst_en.directives)
roles = dict(_rst_en.roles)

#: Where Docutils' language importers look for this module: they import
#: ``<package prefix><language code>``, so this prefix + "ms" names this module.
PACKAGE_PREFIX = __name__.removesuffix("ms")


def register() -> None:
    """Add this module's place to the search path of Docutils' two language importers.

    Docutils looks a language up as ``<prefix><code>`` for each prefix in its
    importers' ``packages`` (``docutils.languages.``, then the top level);
    adding ``etika_handbook.docutils_`` makes ``ms`` find this module.
    """
    from docutils.languages import LanguageImporter
    from docutils.parsers.rst.languages import RstLanguageImporter

    for importer in (LanguageImporter, RstLanguageImporter):
        if PACKAGE_PREFIX not in importer.packages:
            importer.packages = (*importer.packages, PACKAGE_PREFIX)
