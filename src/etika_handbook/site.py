"""The handbook's site build: the one recipe that ``make html`` / ``make epub`` /
``make gettext``, ``tools/release.py`` and the tests' ``handbook_site`` fixture share.

    python -m etika_handbook.site [--root .] [--out _build] [--only html|epub|gettext] [--fresh] [-j N]

The tree is ``--root`` (the current directory: the one ``make`` runs in), not the one this
module was imported from.  A whole site (``--out DIR``, the default ``--only site``):

1. each language's HTML (``sphinx -b html -D language=<lang>`` with ``-W --keep-going -n``)
   into ``DIR/html/<lang>``, its doctrees kept in ``DIR/doctrees/<lang>`` (a one-page edit
   rebuilds one page; ``--fresh`` rebuilds everything);
2. the language chooser, ``DIR/html/index.html`` (``docs/_root/index.html``);
3. each language's EPUB into ``DIR/epub/<lang>/``, then put where the home pages link them,
   ``DIR/html/muat-turun/`` (:func:`etika_handbook.epub.place_epubs`);
4. the offline files, each language's service worker and web app manifest
   (``tools/offline.py``).

Each Sphinx build runs in a Python process of its own (``sys.executable -m sphinx``: the
two languages share conf.py and must not share an application).  A failed step raises
:class:`BuildError` with Sphinx's messages; the command line prints them and exits 1.
``tools/release.py`` calls the same steps one by one (a fresh build with the release's
environment, the EPUBs re-packed reproducibly between steps 3 and 4).

Step 4 is the driver's, not a ``build-finished`` hook of the extension: the site's one service
worker precaches the whole site (the language chooser, both languages, the EPUBs in
``muat-turun/``) and names its cache by a hash of every file, while one Sphinx build sees one
language, before the other is built and before the books are placed (and, in the release,
re-packed).  A hook would have to run after the last build and again after the books; the
driver runs it once, over the finished site.  The extension's part is the pages'
registration of the worker (``etika_handbook.offline``: ``_static/etika-offline.js`` on every
web page).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from etika_handbook.epub import EPUB_LANGS, place_epubs

__all__ = ["LANGS", "REPO", "STRICT", "BuildError", "Site", "main"]

REPO = Path(__file__).resolve().parents[2]
LANGS = ("ms", "en")
#: every warning fails the build, all of them reported, broken references included
STRICT = ("-W", "--keep-going", "-n")


class BuildError(Exception):
    """A step of the build failed; the message says which and holds its output."""


def default_epub_basename(lang: str) -> str:
    return f"etika-handbook-{lang}"


@dataclass
class Site:
    """The build of the handbook under *out* (``html/``, ``epub/``, ``doctrees/``, ``gettext/``)."""

    out: Path
    langs: Sequence[str] = LANGS
    sphinx_args: Sequence[str] = STRICT
    fresh: bool = False  # -E: read every source again, whatever the doctrees say
    jobs: str | None = None  # -j: Sphinx's parallel jobs
    quiet: bool = True  # -q: only warnings and errors
    env: Mapping[str, str] | None = None  # the environment of the Sphinx processes
    #: the source tree: docs/, conf.py, tools/offline.py (the command line: the current directory)
    root: Path = REPO
    epub_basename: Callable[[str], str] = default_epub_basename
    log: Callable[[str], None] = field(default=lambda msg: None)

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def html_dir(self) -> Path:
        return self.out / "html"

    def sphinx(self, builder: str, lang: str, dest: Path, doctrees: Path, extra: Sequence[str] = ()) -> None:
        """One Sphinx build of ``docs/`` in *lang*; BuildError with its messages when it fails."""
        cmd = [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            builder,
            "-c",
            str(self.root),
            "-d",
            str(doctrees),
            "-D",
            f"language={lang}",
            *self.sphinx_args,
            *extra,
        ]
        if self.fresh:
            cmd.append("-E")
        if self.quiet:
            cmd.append("-q")
        if self.jobs and self.jobs != "1":
            cmd += ["-j", self.jobs]
        cmd += [str(self.docs_dir), str(dest)]
        self.log(f"sphinx -b {builder} ({lang}) -> {dest}")
        self._run(cmd, f"the {builder} build ({lang})")

    def _run(self, cmd: Sequence[str], what: str) -> None:
        """Run one step's command in the source tree with the build's environment; BuildError
        naming *what* failed, with the command's output, when it exits non-zero."""
        proc = subprocess.run(
            cmd,
            cwd=self.root,
            env=None if self.env is None else dict(self.env),
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            output = "\n".join(s for s in (proc.stdout.strip(), proc.stderr.strip()) if s)
            raise BuildError(f"{what} failed:\n{output}")

    def html(self) -> Path:
        """Steps 1 and 2: each language's HTML and the language chooser; the site's root."""
        for lang in self.langs:
            self.sphinx("html", lang, self.html_dir / lang, self.out / "doctrees" / lang)
        shutil.copyfile(self.docs_dir / "_root" / "index.html", self.html_dir / "index.html")
        return self.html_dir

    def epubs(self) -> dict[str, Path]:
        """Step 3, first half: each language's EPUB (``epub_basename(lang)``); lang -> the book."""
        books = {}
        for lang in EPUB_LANGS:
            basename = self.epub_basename(lang)
            dest = self.out / "epub" / lang
            self.sphinx("epub", lang, dest, self.out / "doctrees" / f"epub-{lang}", ["-D", f"epub_basename={basename}"])
            books[lang] = dest / f"{basename}.epub"
        return books

    def place(self, books: Mapping[str, Path], edition_id: str | None = None) -> list[Path]:
        """Step 3, second half: the books where the home pages link them (``html/muat-turun/``)."""
        if edition_id is None:
            from etika_check.ruledata import load_ruleset

            edition_id = load_ruleset().edition.id
        return place_epubs(self.html_dir, dict(books), edition_id)

    def offline(self) -> None:
        """Step 4: each language's service worker and web app manifest (tools/offline.py)."""
        self.log("offline files (tools/offline.py)")
        self._run(
            [sys.executable, str(self.root / "tools" / "offline.py"), str(self.html_dir)],
            "the offline files (tools/offline.py)",
        )

    def gettext(self) -> Path:
        """The message catalogues of the Malay sources (``make gettext``, the release's translation check)."""
        dest = self.out / "gettext"
        self.sphinx("gettext", self.langs[0], dest, self.out / "doctrees" / "gettext")
        return dest

    def build(self, *, epub: bool = True, offline: bool = True) -> Path:
        """The whole site (steps 1 to 4); its root, ``out/html``."""
        self.html()
        if epub:
            self.place(self.epubs())
        if offline:
            self.offline()
        return self.html_dir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etika_handbook.site", description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path.cwd(), help="the source tree (default: the current directory)")
    ap.add_argument("--out", type=Path, default=Path("_build"), help="the build directory (default: ROOT/_build)")
    ap.add_argument(
        "--only",
        choices=("site", "html", "epub", "gettext"),
        default="site",
        help="site: everything (default); html: steps 1-2; epub: the EPUBs; gettext: the catalogues",
    )
    ap.add_argument("--fresh", action="store_true", help="rebuild every page (sphinx -E)")
    ap.add_argument("-j", "--jobs", help="Sphinx's parallel jobs")
    ap.add_argument(
        "--sphinx-args",
        default=" ".join(STRICT),
        help=f"options for every Sphinx build (default: {' '.join(STRICT)!r}; make's SPHINXOPTS)",
    )
    ap.add_argument("--no-offline", action="store_true", help="leave out step 4 (the offline files)")
    args = ap.parse_args(argv)
    root = args.root.resolve()
    site = Site(
        (root / args.out).resolve(),
        root=root,
        sphinx_args=shlex.split(args.sphinx_args),
        fresh=args.fresh,
        jobs=args.jobs,
        log=lambda msg: print(f"site: {msg}", flush=True),
        env=dict(os.environ),
    )
    try:
        if args.only == "site":
            site.build(offline=not args.no_offline)
        elif args.only == "html":
            site.html()
        elif args.only == "epub":
            site.epubs()
        else:
            site.gettext()
    except (BuildError, FileNotFoundError) as exc:
        print(f"site: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
