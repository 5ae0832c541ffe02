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

**Downloads.** The web pages offer the books: ``{epub}`English <en>``` links
to ``muat-turun/etika-handbook-<edition>-<lang>.epub`` at the site's root,
beside ``ms/`` and ``en/`` (one copy of each book for both languages; the
site's service worker, tools/offline.py, precaches them with the pages). ``make html`` and ``make release`` build the EPUBs and put them there
(:func:`place_epubs`, also ``python -m etika_handbook.epub``), so a link on the
home page and the file behind it come from the same build. Beside each link an empty
``<span class="etika-epub-size etika-epub-size-<lang>">`` is filled with the book's format and
size ("(EPUB, 1.9 MB)") when the books are placed (:func:`mark_sizes`: the pages are built before
the books; filling it again replaces the old size). In an EPUB the
grid card (or paragraph) that holds such a link is left out: a book does not
link to itself.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.docutils import SphinxRole

from .data import _

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: the static files an EPUB needs (relative to the configuration directory)
EPUB_STATIC = ["docs/_static/etika.css"]
#: the languages a book is built in
EPUB_LANGS = ("ms", "en")
#: where the books are served, relative to the site's root (beside ms/ and en/)
DOWNLOADS_DIR = "muat-turun"
#: what a download link carries (the EPUB build leaves its card out)
DOWNLOAD_CLASS = "etika-epub-download"
#: the span beside a download link that :func:`mark_sizes` fills with the book's size
SIZE_CLASS = "etika-epub-size"
_SIZE_SPAN = re.compile(rf'(<span class="{SIZE_CLASS} {SIZE_CLASS}-(?P<lang>[a-z]+)">)[^<]*(</span>)')


def epub_filename(edition_id: str, lang: str) -> str:
    """The file name of a book: ``etika-handbook-<edition>-<lang>.epub`` (the release's name too)."""
    return f"etika-handbook-{edition_id}-{lang}.epub"


def epub_href(docname: str, edition_id: str, lang: str) -> str:
    """The book's URL relative to the page *docname* of a language's site (``<site>/<lang>/<docname>.html``)."""
    return "../" * (docname.count("/") + 1) + f"{DOWNLOADS_DIR}/{epub_filename(edition_id, lang)}"


def place_epubs(site: Path, books: dict[str, Path], edition_id: str) -> list[Path]:
    """Copy each language's book into ``<site>/muat-turun/`` under its published name."""
    missing = sorted(lang for lang in EPUB_LANGS if lang not in books or not books[lang].is_file())
    if missing:
        raise FileNotFoundError(
            f"no EPUB for {', '.join(missing)}: " + ", ".join(str(books.get(lang, "?")) for lang in missing)
        )
    dest = site / DOWNLOADS_DIR
    dest.mkdir(parents=True, exist_ok=True)
    placed = []
    for lang in EPUB_LANGS:
        target = dest / epub_filename(edition_id, lang)
        shutil.copyfile(books[lang], target)
        placed.append(target)
    mark_sizes(site, {lang: path.stat().st_size for lang, path in zip(EPUB_LANGS, placed)})
    return placed


def size_label(size: int) -> str:
    """A book's format and size as a download link shows it: ``(EPUB, 1.9 MB)``, ``(EPUB, 640 KB)``."""
    if size >= 1024 * 1024:
        return f"(EPUB, {size / (1024 * 1024):.1f} MB)"
    return f"(EPUB, {max(1, round(size / 1024))} KB)"


def mark_sizes(site: Path, sizes: dict[str, int]) -> list[Path]:
    """Fill the size span beside every download link of the site's pages (``<site>/<lang>/**.html``)
    with the size of the book of its language; the pages changed."""
    changed = []
    for page in sorted(site.glob("*/**/*.html")):
        text = page.read_text(encoding="utf-8")
        if SIZE_CLASS not in text:
            continue
        new = _SIZE_SPAN.sub(
            lambda m: (
                m.group(1) + (" " + size_label(sizes[m.group("lang")]) if m.group("lang") in sizes else "") + m.group(3)
            ),
            text,
        )
        if new != text:
            page.write_text(new, encoding="utf-8")
            changed.append(page)
    return changed


class EpubDownloadRole(SphinxRole):
    """``{epub}`Label <lang>```: a link to the book of *lang* (``ms`` or ``en``)."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        match = re.fullmatch(r"(?s)(.*?)\s*<([^<>]+)>", self.text.strip())
        label, lang = (match.group(1), match.group(2).strip()) if match else (self.text.strip(),) * 2
        if lang not in EPUB_LANGS:
            msg = self.inliner.reporter.error(
                f"epub: unknown language {lang!r} (one of {', '.join(EPUB_LANGS)})", line=self.lineno
            )
            return [self.inliner.problematic(self.rawtext, self.rawtext, msg)], [msg]
        edition_id = (getattr(self.config, "etika_edition", None) or {}).get("id", "")
        ref = nodes.reference(
            self.rawtext,
            label or lang,
            internal=False,
            refuri=epub_href(self.env.docname, edition_id, lang),
            classes=[DOWNLOAD_CLASS],
        )
        size = nodes.inline("", "", classes=[SIZE_CLASS, f"{SIZE_CLASS}-{lang}"])  # (mark_sizes)
        return [ref, size], []


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
    text = _(
        "The draft checker works only in the web edition of this handbook "
        "(or as the etika-check command line tool); this EPUB does not include it."
    )
    note = nodes.note(classes=["etika-web-only"])
    note += nodes.paragraph(text, text)
    return note


def _ancestors(node: nodes.Node):
    while node.parent is not None:
        node = node.parent
        yield node


def _drop_download_links(doctree: nodes.document) -> None:
    """In a book, the grid card (else the paragraph) holding a download link is left out."""
    targets: list[nodes.Element] = []
    for ref in doctree.findall(nodes.reference):
        if DOWNLOAD_CLASS not in ref.get("classes", []):
            continue
        card = next((a for a in _ancestors(ref) if "sd-col" in a.get("classes", [])), None)
        target = card or next((a for a in _ancestors(ref) if isinstance(a, nodes.paragraph)), ref)
        if not any(target is t for t in targets):
            targets.append(target)
    for target in targets:
        target.parent.remove(target)


def _doctree_resolved(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if not is_epub(app):
        return
    _drop_download_links(doctree)
    raws = [raw for raw in doctree.findall(nodes.raw) if "html" in raw.get("format", "").split()]
    if not raws:
        return
    first = raws[0]
    first.parent.replace(first, web_only_note())
    for raw in raws[1:]:
        raw.parent.remove(raw)


def setup_epub(app: Sphinx) -> None:
    app.add_role("epub", EpubDownloadRole())
    app.connect("builder-inited", _builder_inited)
    app.connect("doctree-resolved", _doctree_resolved)


def main(argv: list[str] | None = None) -> int:
    """``python -m etika_handbook.epub --site _build/html --books _build/epub`` (run by ``make html``)."""
    ap = argparse.ArgumentParser(description="Put the EPUBs where the web pages link them.")
    ap.add_argument("--site", type=Path, required=True, help="the site's root (holds ms/ and en/)")
    ap.add_argument(
        "--books", type=Path, required=True, help="make epub's output: <books>/<lang>/etika-handbook-<lang>.epub"
    )
    ap.add_argument("--edition", help="the edition id (default: the checker's edition.toml)")
    args = ap.parse_args(argv)
    edition_id = args.edition
    if not edition_id:
        from etika_check.ruledata import load_ruleset

        edition_id = load_ruleset().edition.id
    try:
        placed = place_epubs(
            args.site, {lang: args.books / lang / f"etika-handbook-{lang}.epub" for lang in EPUB_LANGS}, edition_id
        )
    except FileNotFoundError as exc:
        print(f"epub: {exc}: run `make epub` first", file=sys.stderr)
        return 2
    for path in placed:
        print(f"epub: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
