"""Translation status: which English entries are untranslated or fuzzy, per page.

The English edition is the gettext catalogues ``locales/en/LC_MESSAGES/<page>.po``
(one per page, ``gettext_compact = False``).  After a Malay edit an entry is

* **untranslated**: its ``msgstr`` is empty, or the Malay text is new and not in
  the ``.po`` yet (found by comparing with the ``.pot`` templates of a gettext
  build, ``_build/gettext``), or the page has no ``.po`` at all;
* **fuzzy**: ``sphinx-intl update`` matched it to an older Malay text and marked
  it ``#, fuzzy``; Sphinx does not use fuzzy translations, the reader sees Malay.

As a command (``make i18n-status``; ``--strict`` in ``make release``)::

    python -m etika_handbook.i18n_status [--pot _build/gettext] [--locales locales] [--lang en] [--strict]

prints one section per page with the file, the status, the source location and
an excerpt of the Malay ``msgid``; with ``--strict`` it exits 1 when there is
any, so the release refuses to publish an English build with Malay left in it.

As a Sphinx extension, every translated build (``language`` other than ``ms``)
ends with a short "translation status" section in its output (from the ``.po``
files only: run ``make i18n-status`` to also see Malay text that is not in the
catalogues yet).  It never warns, so ``-W`` builds of work in progress pass.

Reads the catalogues with Babel (a dependency of Sphinx): no extra dependency.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel.messages.pofile import read_po

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: the language of the sources (not a translation)
SOURCE_LANGUAGE = "ms"
#: catalogues of the extensions and the theme, not pages
NON_PAGE_DOMAINS = {"sphinx", "etika"}


@dataclass(frozen=True)
class Entry:
    page: str  # docs page (catalogue domain), e.g. "ebook/pengenalan"
    po: str  # the .po file (or where it should be)
    status: str  # "untranslated" | "fuzzy"
    msgid: str
    location: str  # "docs/<page>.md:<line>" when known

    def excerpt(self, width: int = 70) -> str:
        text = " ".join(self.msgid.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    def describe(self) -> str:
        where = f" ({self.location})" if self.location else ""
        return f'{self.po}: {self.status}: "{self.excerpt()}"{where}'


def _read(path: Path, locale: str | None = None) -> Any:
    with path.open("rb") as f:
        return read_po(f, locale=locale, abort_invalid=False)


def _location(message: Any) -> str:
    if not message.locations:
        return ""
    file, line = message.locations[0]
    file = str(file)
    if "docs/" in file:
        file = "docs/" + file.split("docs/", 1)[1]
    return f"{file}:{line}" if line else file


def _key(message: Any) -> tuple[str | None, str]:
    mid = message.id if isinstance(message.id, str) else message.id[0]
    return (message.context, mid)


def _translated(message: Any) -> bool:
    strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    return all(s and s.strip() for s in strings)


def status(locales: str | Path, lang: str = "en", pot_dir: str | Path | None = None) -> list[Entry]:
    """Every untranslated or fuzzy entry of language *lang*, page by page (sorted)."""
    catdir = Path(locales) / lang / "LC_MESSAGES"
    pos = {p.relative_to(catdir).with_suffix("").as_posix(): p for p in sorted(catdir.rglob("*.po"))}
    pots: dict[str, Path] = {}
    if pot_dir is not None:
        pots = {p.relative_to(pot_dir).with_suffix("").as_posix(): p for p in sorted(Path(pot_dir).rglob("*.pot"))}
    entries: list[Entry] = []
    for page in sorted(set(pos) | set(pots)):
        if page in NON_PAGE_DOMAINS:
            continue
        po_path = pos.get(page)
        label = (po_path or catdir / f"{page}.po").as_posix()
        catalog = _read(po_path, lang) if po_path else None
        known = {}
        if catalog is not None:
            for message in catalog:
                if not message.id:
                    continue  # the header
                known[_key(message)] = message
        if page in pots:
            # the Malay text of the current sources, in source order
            for message in _read(pots[page]):
                if not message.id:
                    continue
                found = known.get(_key(message))
                if found is None or not _translated(found):
                    entries.append(Entry(page, label, "untranslated", _key(message)[1], _location(message)))
                elif found.fuzzy:
                    entries.append(Entry(page, label, "fuzzy", _key(message)[1], _location(message)))
        else:
            for key, message in known.items():
                if message.fuzzy:
                    entries.append(Entry(page, label, "fuzzy", key[1], _location(message)))
                elif not _translated(message):
                    entries.append(Entry(page, label, "untranslated", key[1], _location(message)))
    return entries


def report(entries: list[Entry], lang: str = "en", *, limit: int | None = None) -> list[str]:
    """Lines of a report: a summary, then per page its entries."""
    if not entries:
        return [f"translation status ({lang}): every entry is translated, none is fuzzy"]
    pages: dict[str, list[Entry]] = {}
    for e in entries:
        pages.setdefault(e.page, []).append(e)
    n_untr = sum(e.status == "untranslated" for e in entries)
    n_fuzzy = len(entries) - n_untr
    lines = [f"translation status ({lang}): {n_untr} untranslated, {n_fuzzy} fuzzy, on {len(pages)} page(s)"]
    for page, items in pages.items():
        u = sum(e.status == "untranslated" for e in items)
        lines.append(f"  {page}: {u} untranslated, {len(items) - u} fuzzy")
        shown = items if limit is None else items[:limit]
        lines += [f"    {e.describe()}" for e in shown]
        if len(shown) < len(items):
            lines.append(f"    ... and {len(items) - len(shown)} more (make i18n-status)")
    return lines


# --------------------------------------------------------------------------
# Sphinx: a section at the end of a translated build


def _build_finished(app: Sphinx, exception: Exception | None) -> None:
    lang = (app.config.language or SOURCE_LANGUAGE).split("_")[0]
    if exception is not None or lang == SOURCE_LANGUAGE or app.builder.format != "html":
        return
    from sphinx.util import logging

    logger = logging.getLogger(__name__)
    found: list[Entry] = []
    for locale_dir in app.config.locale_dirs:
        path = Path(app.srcdir, locale_dir)
        if (path / lang / "LC_MESSAGES").is_dir():
            found += status(path, lang)
    for line in report(found, lang, limit=3):
        logger.info(line)


def setup_i18n_status(app: Sphinx) -> None:
    app.connect("build-finished", _build_finished)


# --------------------------------------------------------------------------
# command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Untranslated and fuzzy entries of the handbook's translation.")
    parser.add_argument("--locales", default="locales", help="the locale directory (default: locales)")
    parser.add_argument("--lang", default="en", help="the translation to check (default: en)")
    parser.add_argument(
        "--pot",
        metavar="DIR",
        help="the .pot files of a gettext build (make gettext: _build/gettext), "
        "to find Malay text that is not in the catalogues yet",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when any entry is untranslated or fuzzy")
    args = parser.parse_args(argv)
    if args.pot and not Path(args.pot).is_dir():
        parser.error(f"{args.pot}: no gettext build there (run make gettext)")
    entries = status(args.locales, args.lang, args.pot)
    for line in report(entries, args.lang):
        print(line)
    if entries and args.strict:
        print(
            f"refusing to publish: the {args.lang} build would show {len(entries)} Malay text(s) "
            "(translate them in the .po files above and remove their '#, fuzzy' marks; "
            "make i18n-update adds new Malay text to the .po files)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
