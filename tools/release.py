#!/usr/bin/env python3
"""Build a release of the handbook: ``make release``.

Runs every check, builds both languages and the browser bundle, and writes::

    dist/etika-handbook-<edition-id>.zip          the site, with the EPUBs in html/muat-turun/
    dist/etika-handbook-<edition-id>.zip.sha256   its SHA-256 (sha256sum format)

Steps (the first failure stops the release with a message saying what and where):

1. the rule data: ``etika-check rules --validate`` (schema, examples, clause
   anchors, law pages, clause ids across editions);
2. the translation: a gettext build of the Malay sources, then every English
   entry must be translated and none fuzzy (``python -m etika_handbook.i18n_status --strict``);
3. the browser checker bundle (``wasm/build.py``) into docs/_static/wasm;
4. the handbook, Malay and English, with ``-W --keep-going -n`` from a fresh
   environment, and the language chooser;
5. an EPUB of each language (``-W``), re-packed, put where the home pages link them:
   ``html/muat-turun/etika-handbook-<edition-id>-<lang>.epub`` (etika_handbook.epub);
   then the offline files (service worker, web app manifest);
6. the archive.

Steps 2, 4 and 5 are the site build's (``etika_handbook.site``, as ``make html`` and the
tests build it), called one by one in the release's environment.

Reproducible: the same sources give the same bytes.  Every timestamp is
``SOURCE_DATE_EPOCH`` (default: the edition's date, midnight UTC), entries are
sorted, permissions fixed (0644), the EPUBs re-packed the same way (mimetype
first, stored); the Sphinx output itself does not depend on the build time or
directory (``tests/test_release.py`` builds twice in two places and compares).

Usage: ``.venv/bin/python tools/release.py [-j N] [--dist DIR] [--build-dir DIR]
[--wasm-cache DIR] [--node-modules DIR]``
"""

from __future__ import annotations

import argparse
import calendar
import os
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # this tree's tools, whatever is installed

from etika_handbook.epub import EPUB_LANGS  # noqa: E402
from etika_handbook.site import BuildError, Site  # noqa: E402
from etika_tools.reproducible import sha256, write_zip  # noqa: E402

#: files of a Sphinx output that a web server does not need (incremental-build state)
SKIP_FILES = {".buildinfo"}


class Refused(Exception):
    """The release cannot be published; the message says why."""


def log(msg: str) -> None:
    print(f"release: {msg}", flush=True)


def read_edition() -> dict:
    path = ROOT / "src" / "etika_check" / "data" / "edition.toml"
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
        return {"id": str(data["id"]), "date": data["date"]}
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise Refused(f"src/etika_check/data/edition.toml: cannot read the edition: {exc}") from None


def default_epoch(edition: dict) -> int:
    return calendar.timegm(edition["date"].timetuple())


def run(cmd: list[str], env: dict[str, str], what: str) -> None:
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        out = "\n".join(s for s in (proc.stdout.strip(), proc.stderr.strip()) if s)
        raise Refused(f"{what} failed:\n{out}")


# ---------------------------------------------------------------------------
# deterministic zips (the zip writer and the hashing: etika_tools.reproducible)


def repack_epub(epub: Path, dest: Path, epoch: int, workdir: Path) -> None:
    """Sphinx's EPUB with fixed timestamps: mimetype first and stored, then sorted members."""
    unpacked = workdir / dest.stem
    shutil.rmtree(unpacked, ignore_errors=True)
    with zipfile.ZipFile(epub) as zf:
        zf.extractall(unpacked)
    members = [(p.relative_to(unpacked).as_posix(), p) for p in unpacked.rglob("*") if p.is_file()]
    write_zip(dest, members, epoch, stored_first="mimetype")


# ---------------------------------------------------------------------------


def release(args: argparse.Namespace) -> Path:
    started = time.monotonic()
    edition = read_edition()
    eid = edition["id"]
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or default_epoch(edition))
    build = Path(args.build_dir).resolve()
    dist = Path(args.dist).resolve()
    env = dict(
        os.environ,
        SOURCE_DATE_EPOCH=str(epoch),
        TZ="UTC",
        PYTHONHASHSEED="0",
        # this tree's checker and rule data, whatever is installed
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]),
    )
    log(f"edition {eid}, SOURCE_DATE_EPOCH={epoch} ({time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime(epoch))})")
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir(parents=True)

    log("1/6 checking the rule data (etika-check rules --validate)")
    run(
        [
            sys.executable,
            "-m",
            "etika_check",
            "rules",
            "--validate",
            "--docs",
            str(ROOT / "docs"),
            "--editions",
            str(ROOT / "editions"),
        ],
        env,
        "etika-check rules --validate",
    )

    # the site's builds: etika_handbook.site (as make html and the tests), fresh, in this environment
    site = Site(
        build, root=ROOT, fresh=True, jobs=args.jobs, env=env, epub_basename=lambda lang: f"etika-handbook-{eid}-{lang}"
    )

    log("2/6 checking the translation (gettext build, untranslated and fuzzy entries)")
    site.gettext()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "etika_handbook.i18n_status",
            "--strict",
            "--locales",
            str(ROOT / "locales"),
            "--lang",
            "en",
            "--pot",
            str(build / "gettext"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    print(proc.stdout, end="")
    if proc.returncode != 0:
        raise Refused(f"the English translation is not complete:\n{proc.stdout}{proc.stderr}")

    log("3/6 the browser checker bundle (wasm/build.py)")
    cmd = [
        sys.executable,
        str(ROOT / "wasm" / "build.py"),
        "--project",
        str(ROOT),
        "--out",
        str(ROOT / "docs" / "_static" / "wasm"),
    ]
    if args.wasm_cache:
        cmd += ["--cache", str(args.wasm_cache)]
    if args.node_modules:
        cmd += ["--node-modules", str(args.node_modules)]
    run(cmd, env, "the browser checker bundle (wasm/build.py)")

    log("4/6 the handbook, Malay and English (-W), and the language chooser")
    html = site.html()

    log("5/6 the EPUBs (-W), re-packed, where the home pages link them (html/muat-turun/); the offline files")
    repacked = build / "epub-repacked"
    repacked.mkdir()
    for lang, book in site.epubs().items():
        repack_epub(book, repacked / f"{lang}.epub", epoch, build / "unpacked")
    site.place({lang: repacked / f"{lang}.epub" for lang in EPUB_LANGS}, eid)
    # Each language's service worker and web app manifest (offline use), over the finished site.
    site.offline()

    log("6/6 the archive")
    top = f"etika-handbook-{eid}"
    members = [
        (f"{top}/html/{p.relative_to(html).as_posix()}", p)
        for p in html.rglob("*")
        if p.is_file() and p.name not in SKIP_FILES
    ]
    dist.mkdir(parents=True, exist_ok=True)
    archive = dist / f"{top}.zip"
    partial = archive.with_suffix(".zip.partial")
    write_zip(partial, members, epoch)
    partial.replace(archive)
    digest = sha256(archive)
    (dist / f"{archive.name}.sha256").write_text(f"{digest}  {archive.name}\n", encoding="utf-8")
    log(f"{archive} ({archive.stat().st_size:,} bytes, {len(members)} files) in {time.monotonic() - started:.0f} s")
    log(f"sha256 {digest}")
    return archive


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-j", "--jobs", default="auto", help="Sphinx parallel jobs (default: auto)")
    ap.add_argument("--dist", default=str(ROOT / "dist"), help="where the archive goes (default: dist/)")
    ap.add_argument(
        "--build-dir",
        default=str(ROOT / "_build" / "release"),
        help="scratch directory, emptied first (default: _build/release)",
    )
    ap.add_argument("--wasm-cache", type=Path, help="wasm/build.py --cache (pip cache of dependency wheels)")
    ap.add_argument("--node-modules", type=Path, help="wasm/build.py --node-modules (the pinned Pyodide runtime)")
    args = ap.parse_args(argv)
    try:
        release(args)
    except (Refused, BuildError) as exc:
        print(f"release refused: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
