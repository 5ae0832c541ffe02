"""The browser checker starts from the bundle's memory snapshot, and without it.

The worker restores Pyodide from ``manifest.snapshot`` (made by ``make
wasm``); missing, stale (another runtime or bundle) or unreadable, it starts
plainly and the reader sees nothing but a checker that works. The session
fixture (tests/test_checker_browser.py) routes every request, fails on any
request off the local server and on any CSP violation.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from playwright.sync_api import Route
from test_checker_browser import (  # noqa: F401  (fixtures)
    VIOLATING,
    Session,
    browser,
    checker_site,
    playwright,
    server,
    session,
    wait_findings,
)


def _start(page) -> str:
    return page.evaluate("window.etikaChecker.timings.worker.start")


def _manifest(site: Path) -> dict:
    return json.loads((site / "ms" / "_static" / "wasm" / "manifest.json").read_text())


def _checks_and_no_alarm(page) -> None:
    page.fill("#etika-post-text", VIOLATING)
    wait_findings(page, "personal-attack")
    assert page.get_attribute("#etika-status", "role") != "alert"
    assert page.get_attribute("#etika-checker", "data-state") == "ready"


def test_starts_from_the_snapshot(session: Session, checker_site: Path):
    page = session.open("ms")
    assert _start(page) == "snapshot"
    _checks_and_no_alarm(page)
    snapshot = "/ms/_static/wasm/" + _manifest(checker_site)["snapshot"]["file"]
    assert snapshot in session.requested
    # The snapshot holds the checker: a restored worker fetches no wheel, no glue.py.
    assert "/ms/_static/wasm/glue.py" not in session.requested
    assert not [r for r in session.requested if "/_static/wasm/wheels/" in r], session.requested
    # Nor the standard library: what the checker imports is in the snapshot (issue 23).
    assert not [r for r in session.requested if "python_stdlib.zip" in r], session.requested
    # The page named the snapshot in the worker's URL: the worker started it
    # at once, and the stages it reports are in order on the page's timeline.
    stages = page.evaluate("window.etikaChecker.timings.stages")
    order = [
        "start",
        "loader",
        "instantiate",
        "wasm",
        "module",
        "copied",
        "bootstrapped",
        "restored",
        "ready",
        "first-check",
    ]
    assert [stages[name] for name in order] == sorted(stages[name] for name in order), stages
    # The WebAssembly compiled and the module created while the snapshot downloaded.
    assert stages["compiled"] <= stages["wasm"] and stages["start"] < stages["snapshot"] <= stages["copied"], stages
    assert 0 < stages["start"] < stages["first-check"], stages


def test_falls_back_silently_when_the_snapshot_is_missing(session: Session):
    session.abort_suffixes = (".bin.gz",)
    page = session.open("ms")
    assert _start(page) == "plain"
    _checks_and_no_alarm(page)
    assert "/ms/_static/wasm/glue.py" in session.requested
    # A plain start installs the standard library (restore or not, the worker's fetch is its own again).
    assert [r for r in session.requested if r.endswith("/python_stdlib.zip")], session.requested


def _serve_instead(session: Session, body: bytes) -> None:
    """Every page of the session gets `body` for the snapshot file."""
    original = session._route

    def route(r: Route) -> None:
        if r.request.url.split("?", 1)[0].endswith(".bin.gz"):
            session.requested.append("(replaced snapshot)")
            r.fulfill(status=200, body=body, content_type="application/octet-stream")
        else:
            original(r)

    session._route = route  # type: ignore[method-assign]


def test_falls_back_when_the_snapshot_is_of_another_runtime(session: Session, checker_site: Path):
    entry = _manifest(checker_site)["snapshot"]
    raw = bytearray(gzip.decompress((checker_site / "ms" / "_static" / "wasm" / entry["file"]).read_bytes()))
    raw[16:48] = bytes(32)  # Pyodide's runtime build id in the snapshot's header
    _serve_instead(session, gzip.compress(bytes(raw), mtime=0))
    page = session.open("ms")
    assert "(replaced snapshot)" in session.requested
    assert _start(page) == "plain"
    _checks_and_no_alarm(page)


def test_falls_back_when_the_snapshot_is_damaged(session: Session, checker_site: Path):
    entry = _manifest(checker_site)["snapshot"]
    data = (checker_site / "ms" / "_static" / "wasm" / entry["file"]).read_bytes()
    _serve_instead(session, data[: len(data) // 2])  # truncated: the gzip stream fails
    page = session.open("en")
    assert "(replaced snapshot)" in session.requested
    assert _start(page) == "plain"
    _checks_and_no_alarm(page)


# ---------------------------------------------------------------------------
# A damaged snapshot on a real server (tools/serve.py: immutable for a year,
# sent labelled gzip), with the browser's own caches: no routing (Playwright's
# routing turns the HTTP cache off); every request is recorded instead and
# must be for the site.

import base64  # noqa: E402
import importlib.util  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import threading  # noqa: E402
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from playwright.sync_api import Browser  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
READY_TIMEOUT = 60_000  # a damaged snapshot must not keep the page loading (it did for 120 s)


def _serve_module():
    spec = importlib.util.spec_from_file_location("etika_serve", REPO / "tools" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def own_site(checker_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    """A copy of the site whose snapshot file the tests may damage and put back."""
    site = tmp_path_factory.mktemp("damaged-snapshot") / "html"
    shutil.copytree(checker_site, site)
    spec = importlib.util.spec_from_file_location("etika_offline", REPO / "tools" / "offline.py")
    offline = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(offline)
    assert offline.main([str(site)]) == 0  # the service workers, as make html writes them
    return site


@pytest.fixture(scope="module")
def origin(own_site: Path) -> Iterator[str]:
    httpd = _serve_module().make_server(own_site, port=0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _damaged(good: bytes, how: str) -> bytes:
    if how == "truncated":
        return good[: len(good) // 2]
    raw = bytearray(gzip.decompress(good))
    rng = random.Random(24)
    for i in rng.sample(range(64, len(raw)), 100):  # 100 bytes flipped: it still unpacks and restores
        raw[i] ^= 0xFF
    return gzip.compress(bytes(raw), mtime=0)


def _visit(ctx, origin: str, expect: str, lang: str = "ms") -> None:
    page = ctx.new_page()
    page.goto(f"{origin}/{lang}/checker.html")
    page.wait_for_selector("#etika-checker[data-state=ready]", timeout=READY_TIMEOUT)
    page.fill("#etika-post-text", VIOLATING)
    wait_findings(page, "personal-attack")
    assert page.get_attribute("#etika-checker", "data-state") == "ready"
    assert _start(page) == expect
    # The page says which start it made, in its language.
    assert page.get_attribute("#etika-checker", "data-start") == expect
    status = page.text_content("#etika-status")
    assert ("salinan memori" in status) if lang == "ms" else ("memory snapshot" in status), status
    page.close()


@pytest.mark.parametrize("how", ["truncated", "flipped"])
def test_a_damaged_snapshot_falls_back_and_the_good_one_is_used_next(
    browser: Browser,
    own_site: Path,  # noqa: F811
    origin: str,
    how: str,
):
    wasm = own_site / "ms" / "_static" / "wasm"
    path = wasm / _manifest(own_site)["snapshot"]["file"]
    good = path.read_bytes()
    seen: list[str] = []
    ctx = browser.new_context(service_workers="block")  # the HTTP cache alone
    ctx.on("request", lambda r: seen.append(r.url))
    try:
        path.write_bytes(_damaged(good, how))
        _visit(ctx, origin, "plain")  # the right finding, from a plain start
        path.write_bytes(good)  # the server has the right file again
        _visit(ctx, origin, "snapshot")  # the same browser uses it (not its cached bad copy)
        _visit(ctx, origin, "snapshot")
    finally:
        path.write_bytes(good)
        ctx.close()
    assert [u for u in seen if not u.startswith(origin + "/")] == []


def test_a_damaged_copy_in_the_service_workers_cache_is_replaced(
    browser: Browser,
    own_site: Path,  # noqa: F811
    origin: str,
):
    """The offline cache (etika-sw.js) holding a damaged snapshot: plain start, the copy replaced, then restored."""
    assert (own_site / "ms" / "etika-sw.js").is_file(), "the site has no service worker (tools/offline.py)"
    entry = _manifest(own_site)["snapshot"]
    good = (own_site / "ms" / "_static" / "wasm" / entry["file"]).read_bytes()
    bad = gzip.decompress(_damaged(good, "flipped"))  # a service worker's cache holds it decoded
    seen: list[str] = []
    ctx = browser.new_context()
    ctx.on("request", lambda r: seen.append(r.url))
    try:
        page = ctx.new_page()
        page.goto(f"{origin}/ms/checker.html")
        # Once the service worker has precached the site: its copy of the snapshot (stored once for both
        # languages, under whichever address came first) replaced by the damaged one.
        name = entry["file"].rsplit("/", 1)[1]
        held = """async (name) => {
                 const r = await navigator.serviceWorker.getRegistration();
                 if (!r || !r.active || r.active.state !== 'activated') return [];
                 const found = [];
                 for (const n of await caches.keys())
                   for (const req of await (await caches.open(n)).keys())
                     if (req.url.endsWith('/snapshots/' + name)) found.push([n, req.url]);
                 return found; }"""
        for _ in range(400):
            found = page.evaluate(held, name)
            if found:
                break
            page.wait_for_timeout(300)
        else:
            raise AssertionError("the service worker never precached the snapshot")
        page.evaluate(
            """async ([found, b64]) => {
                 const bin = atob(b64); const bytes = new Uint8Array(bin.length);
                 for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
                 for (const [n, url] of found) await (await caches.open(n)).put(url, new Response(bytes)); }""",
            [found, base64.b64encode(bad).decode()],
        )
        page.close()
        _visit(ctx, origin, "plain")
        _visit(ctx, origin, "snapshot")
    finally:
        ctx.close()
    assert [u for u in seen if not u.startswith(origin + "/")] == []


def test_the_worker_is_created_from_the_head_before_the_page_modules(session: Session):
    """Issue 23, start early: the page script is the first script of <head> (docs/_templates/page.html), so the
    worker (and with it the runtime's and the snapshot's downloads) starts before the body is parsed and
    before the page's ES modules are fetched."""
    page = session.open("ms")
    scripts = page.evaluate("""() => [...document.scripts].map(s => [s.getAttribute('src') || 'inline',
                                                                   s.parentNode === document.head, s.async])""")
    ours = [s for s in scripts if s[0].endswith("_static/wasm/etika-checker.js")]
    assert ours == [["_static/wasm/etika-checker.js", True, True]], scripts
    first_external = next(s for s in scripts if s[0] != "inline")
    assert first_external == ours[0], scripts
    order = page.evaluate("""() => {
        const created = performance.getEntriesByName('etika-worker-created')[0].startTime;
        const main = performance.getEntriesByType('resource').find(e => e.name.includes('etika-checker-main.js'));
        const worker = performance.getEntriesByType('resource').find(e => e.name.includes('etika-worker.js'));
        return {created, main: main.startTime, worker: worker ? worker.startTime : null,
                body: performance.getEntriesByType('navigation')[0].domInteractive};
    }""")
    assert order["created"] < order["main"], order
    assert order["created"] < order["body"], order
