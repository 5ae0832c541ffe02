"""The README's quick start from a fresh clone (issue 8, defect 7).

The first command of the quick start must do the main job on its own: build
whatever is missing and serve the handbook with its checker. The test copies
this tree's sources (tracked and new files, as a clone has them) to a
temporary directory, runs that command exactly as the README writes it (with
``SERVE_PORT=0`` so it takes a free port), and reads the site it serves: both
home pages with their EPUBs, the checker page, and a draft checked in
Chromium.

What a clone would download is lent from this tree instead (the network is
not the test's subject): ``.venv`` (pip) and ``wasm/node_modules`` (npm) as
links, and the pip cache of the bundle's dependency wheel. Everything else
(the browser bundle, both languages, the EPUBs, the offline files) the
command builds itself. The README's second command, ``make test``, is this
suite.
"""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

from browser_support import launched_chromium
from tree_support import copy_tree

REPO = Path(__file__).resolve().parent.parent
VIOLATING = "Pengarah tu memang bodoh, tak layak jadi ketua. Menyampah!"


def quick_start() -> list[str]:
    """The commands of the README's quick start (its first shell block), comments dropped."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.split("#", 1)[0].strip()]


def fresh_clone(dest: Path) -> Path:
    copy_tree(dest)
    for lent in (".venv", "wasm/node_modules"):
        assert (REPO / lent).is_dir(), f"{lent} is missing: run `make install wasm-deps` first"
        (dest / lent).symlink_to(REPO / lent)
    (dest / "build" / "wasm").mkdir(parents=True)
    (dest / "build" / "wasm" / "cache").symlink_to(REPO / "build" / "wasm" / "cache")
    # The lent venv must count as installed here, or make would reinstall it (into this tree's venv).
    proc = subprocess.run(["make", "-q", ".venv/.installed-stamp"], cwd=dest, capture_output=True, check=False)
    assert proc.returncode == 0, "the lent .venv is older than pyproject.toml: run `make install`"
    return dest


def test_the_quick_start_is_serve_then_test():
    commands = quick_start()
    assert commands == ["make serve", "make test"], commands


def test_the_first_command_builds_and_serves_the_handbook_and_its_checker(tmp_path: Path):
    tree = fresh_clone(tmp_path / "etika")
    assert not (tree / "_build").exists() and not (tree / "docs" / "_static" / "wasm").exists()
    first = quick_start()[0]
    proc = subprocess.Popen(
        ["bash", "-c", f"{first} SERVE_PORT=0"],
        cwd=tree,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")},
    )
    output: list[str] = []
    try:
        origin = None
        selector = selectors.DefaultSelector()
        selector.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + 900
        while origin is None:
            assert time.monotonic() < deadline, "no server after 900 s:\n" + "".join(output[-40:])
            if not selector.select(timeout=5):
                continue
            line = proc.stdout.readline()
            if not line:
                proc.wait(timeout=30)
                raise AssertionError(
                    f"`{first}` ended (exit {proc.returncode}) without serving:\n" + "".join(output[-40:])
                )
            output.append(line)
            match = re.search(r"Serving \S+ on (http://127\.0\.0\.1:\d+)/", line)
            origin = match.group(1) if match else None

        def get(path: str) -> tuple[int, str, bytes]:
            with urllib.request.urlopen(origin + path, timeout=30) as response:
                return response.status, response.headers["Content-Type"], response.read()

        for lang in ("ms", "en"):
            status, _ctype, body = get(f"/{lang}/index.html")
            assert status == 200
            hrefs = re.findall(r'<a class="etika-epub-download[^"]*" href="\.\./([^"]+)"', body.decode())
            assert len(hrefs) == 2
            for href in hrefs:
                status, ctype, book = get("/" + href)
                assert (status, ctype) == (200, "application/epub+zip") and book.startswith(b"PK")
        status, _ctype, body = get("/ms/_static/wasm/manifest.json")
        assert status == 200 and b'"wheels"' in body

        with launched_chromium() as browser:
            context = browser.new_context(service_workers="block")
            outside: list[str] = []
            context.route(
                "**/*",
                lambda r: (
                    r.continue_()
                    if r.request.url.startswith(origin + "/")
                    else (outside.append(r.request.url), r.abort())
                ),
            )
            page = context.new_page()
            page.goto(f"{origin}/ms/checker.html")
            page.wait_for_selector("#etika-checker[data-state=ready]", timeout=120_000)
            page.fill("#etika-post-text", VIOLATING)
            page.wait_for_selector("#etika-post-results .etika-finding[data-rule='personal-attack']", timeout=120_000)
            context.close()
            assert outside == []
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
