"""The release (tools/release.py, ``make release``) on copies of this tree.

* two releases of the same sources, in two different directories, give the
  same bytes (archive and .sha256), and the archive holds both languages, the
  browser bundle and the EPUBs (in html/muat-turun/, where each home page
  links them), with fixed timestamps and permissions;
* a broken rule file, an unknown clause id and an untranslated (or fuzzy)
  English entry each stop the release with a message naming the problem, and
  no archive is written.

The copies reuse this tree's pinned Pyodide runtime (wasm/node_modules) and
pip cache (build/wasm/cache), so the browser bundle is built without network.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
from tree_support import copy_tree  # noqa: E402

from etika_check.ruledata import load_ruleset  # noqa: E402

EDITION = load_ruleset().edition
ARCHIVE = f"etika-handbook-{EDITION.id}.zip"


def release(tree: Path) -> subprocess.CompletedProcess[str]:
    assert (REPO / "wasm" / "node_modules" / "pyodide" / "package.json").is_file(), (
        "wasm/node_modules is missing: run `make wasm-deps` (npm ci in wasm/)"
    )
    return subprocess.run(
        [
            sys.executable,
            str(tree / "tools" / "release.py"),
            "-j",
            "auto",
            "--node-modules",
            str(REPO / "wasm" / "node_modules"),
            "--wasm-cache",
            str(REPO / "build" / "wasm" / "cache"),
        ],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    trees = [copy_tree(tmp_path_factory.mktemp(f"release-{n}") / "etika") for n in ("a", "b")]
    # fill the shared pip cache once (python-stdnum's wheel), so the two releases
    # running side by side only read it
    warm = subprocess.run(
        [sys.executable, str(REPO / "wasm" / "build.py"), "--out", str(tmp_path_factory.mktemp("wasm-warm") / "wasm")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert warm.returncode == 0, warm.stdout + warm.stderr
    with ThreadPoolExecutor(2) as pool:
        procs = list(pool.map(release, trees))
    for proc in procs:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return trees[0] / "dist", trees[1] / "dist"


def test_release_is_reproducible(two_releases):
    a, b = two_releases
    assert (a / ARCHIVE).read_bytes() == (b / ARCHIVE).read_bytes()
    assert (a / f"{ARCHIVE}.sha256").read_text() == (b / f"{ARCHIVE}.sha256").read_text()
    digest = hashlib.sha256((a / ARCHIVE).read_bytes()).hexdigest()
    assert (a / f"{ARCHIVE}.sha256").read_text() == f"{digest}  {ARCHIVE}\n"


def test_release_archive_contents(two_releases):
    top = f"etika-handbook-{EDITION.id}"
    with zipfile.ZipFile(two_releases[0] / ARCHIVE) as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        assert names == sorted(names)
        assert {i.date_time for i in infos} == {tuple(int(x) for x in EDITION.date.split("-")) + (0, 0, 0)}
        assert {i.external_attr >> 16 for i in infos} == {0o100644}
        for lang in ("ms", "en"):
            for page in (
                "index.html",
                "perubahan.html",
                "checker.html",
                "_static/wasm/manifest.json",
                "searchindex.js",
            ):
                assert f"{top}/html/{lang}/{page}" in names
            assert any(n.startswith(f"{top}/html/{lang}/_static/wasm/") and n.endswith(".wasm") for n in names)
            page = zf.read(f"{top}/html/{lang}/index.html").decode()
            assert f'data-edition="{EDITION.id}"' in page and EDITION.name.get(lang) in page
            # the home page links both books, and the archive holds them where the links point
            hrefs = re.findall(r'<a class="etika-epub-download[^"]*" href="([^"]+)"', page)
            assert hrefs == [f"../muat-turun/etika-handbook-{EDITION.id}-{book}.epub" for book in ("ms", "en")]
            for href in hrefs:
                assert posixpath.normpath(f"{top}/html/{lang}/{href}") in names, href
        assert f"{top}/html/index.html" in names
        assert not [n for n in names if n.endswith(".buildinfo")]
        assert not [n for n in names if n.startswith(f"{top}/epub/")]  # each book once, in the site
        epub_path = f"{top}/html/muat-turun/etika-handbook-{EDITION.id}-en.epub"
        epub_bytes = zf.read(epub_path)
    epub = two_releases[0].parent / "check.epub"
    epub.write_bytes(epub_bytes)
    with zipfile.ZipFile(epub) as book:
        first = book.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert book.read("mimetype") == b"application/epub+zip"
        checker = book.read("checker.xhtml").decode()
        assert "<script" not in checker and "_static/wasm" not in checker
        assert "works only in the web edition" in checker
        assert not [n for n in book.namelist() if "wasm" in n or n.endswith(".js")]


def refused(tree: Path) -> str:
    proc = release(tree)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert not (tree / "dist" / ARCHIVE).exists()
    assert "release refused:" in proc.stderr
    return proc.stderr


def test_broken_rule_file_stops_the_release(tmp_path):
    tree = copy_tree(tmp_path / "etika")
    rules = tree / "src" / "etika_check" / "rules" / "sop.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n[[rule]\nid = \n", encoding="utf-8")
    message = refused(tree)
    assert "etika-check rules --validate failed" in message
    assert "rules/sop.toml: invalid TOML" in message


def test_unknown_clause_id_stops_the_release(tmp_path):
    tree = copy_tree(tmp_path / "etika")
    rules = tree / "src" / "etika_check" / "rules" / "sop.toml"
    text = rules.read_text(encoding="utf-8")
    match = re.search(r'^clauses = \["([^"]+)"', text, re.M)
    assert match
    rules.write_text(text.replace(match.group(0), 'clauses = ["SOP-99.9"', 1), encoding="utf-8")
    message = refused(tree)
    assert "unknown clause id 'SOP-99.9'" in message
    assert "rules/sop.toml" in message


def test_untranslated_and_fuzzy_entries_stop_the_release(tmp_path):
    tree = copy_tree(tmp_path / "etika")
    # a Malay edit not yet in the English catalogue ...
    page = tree / "docs" / "glosari.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\nPerenggan baharu yang belum diterjemahkan ke bahasa Inggeris.\n",
        encoding="utf-8",
    )
    # ... and an entry sphinx-intl marked fuzzy
    po = tree / "locales" / "en" / "LC_MESSAGES" / "perubahan.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgid "Perubahan"', '#, fuzzy\nmsgid "Perubahan"', 1), encoding="utf-8")
    message = refused(tree)
    assert "the English translation is not complete" in message
    assert re.search(
        r'locales/en/LC_MESSAGES/glosari\.po: untranslated: "Perenggan baharu yang belum '
        r'diterjemahkan ke bahasa Inggeris\." \(docs/glosari\.md:\d+\)',
        message,
    ), message
    assert re.search(r'locales/en/LC_MESSAGES/perubahan\.po: fuzzy: "Perubahan"', message), message
