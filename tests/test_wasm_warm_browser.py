"""The checker's engine warmed on the handbook's pages (issue 23, item 4).

Every handbook page but the checker's loads ``_static/wasm/etika-engine.js``
(docs/_templates/page.html), which, in a browser that has used the checker
before, in idle time, starts the checker's worker as a SharedWorker and
leaves this tab a note; the checker page then connects
to that engine instead of starting its own. Served by tools/serve.py (the
production headers: the worker's own Content-Security-Policy, connect-src
'self', which test_wasm_serve.py proves a worker cannot pass) with every
request it answers recorded; every request the pages make must be for the
local server. Behaviour only: which engine answered and what was fetched,
never how fast.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from test_checker_browser import (  # noqa: F401  (fixtures)
    LOAD_TIMEOUT,
    VIOLATING,
    browser,
    checker_site,
    playwright,
    wait_findings,
)

REPO = Path(__file__).resolve().parent.parent
ENGINE_FILES = ("/etika-worker.js", ".bin.gz", "/pyodide.asm.wasm", "/pyodide.mjs", "/pyodide.asm.mjs")


@pytest.fixture(scope="module")
def served(checker_site: Path) -> Iterator[tuple[str, list[str]]]:  # noqa: F811
    spec = importlib.util.spec_from_file_location("etika_serve", REPO / "tools" / "serve.py")
    serve = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(serve)
    hits: list[str] = []
    httpd = serve.make_server(checker_site, port=0, on_request=lambda path, status, sent: hits.append(path))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    finally:
        httpd.shutdown()
        httpd.server_close()


class Tab:
    """One browser tab (a context of its own, service workers blocked), its requests recorded."""

    def __init__(self, browser: Browser, origin: str, init_script: str | None = None):  # noqa: F811
        self.origin = origin
        self.context = browser.new_context(service_workers="block")
        self.offsite: list[str] = []
        self.context.on("request", self._request)
        if init_script:
            self.context.add_init_script(init_script)
        self.page: Page = self.context.new_page()

    def _request(self, request) -> None:
        if not request.url.startswith((self.origin + "/", "data:", "blob:")):
            self.offsite.append(request.url)

    def open(self, path: str) -> Page:
        self.page.goto(self.origin + path)
        return self.page

    def engine(self) -> dict:
        return self.page.evaluate("() => window.etikaEngine || null")


def _engine_fetches(hits: list[str]) -> list[str]:
    return [h for h in hits if h.endswith(ENGINE_FILES)]


def test_a_handbook_page_warms_the_engine_and_the_checker_page_uses_it(
    browser: Browser,  # noqa: F811
    served: tuple[str, list[str]],
):
    origin, hits = served
    tab = Tab(browser, origin)
    try:
        # A browser that never used the checker downloads nothing for it on the handbook's pages.
        hits.clear()
        page = tab.open("/ms/index.html")
        page.wait_for_function("() => window.etikaEngine !== undefined", timeout=LOAD_TIMEOUT)
        assert tab.engine() == {"state": "off", "reason": "checker-not-used"}
        assert _engine_fetches(hits) == [], hits
        tab.open("/ms/checker.html").wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        assert tab.page.get_attribute("#etika-checker", "data-warm") == "false"  # its own engine

        hits.clear()
        page = tab.open("/ms/index.html")
        page.wait_for_function("() => window.etikaEngine && window.etikaEngine.state === 'ready'", timeout=LOAD_TIMEOUT)
        page.wait_for_function("() => window.etikaEngine.warmed === true", timeout=LOAD_TIMEOUT)
        warmed = list(hits)
        # The handbook page started the engine (restored from the snapshot) and nothing of the checker's page.
        assert [h for h in warmed if h.endswith("/ms/_static/wasm/etika-worker.js")], warmed
        assert [h for h in warmed if h.endswith(".bin.gz")], warmed
        assert not [h for h in warmed if "etika-checker" in h], warmed
        assert page.evaluate("() => document.querySelector('script[src$=\"etika-engine.js\"]').async")

        hits.clear()
        page = tab.open("/ms/checker.html")
        page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        # The checker page joined the warm engine: it fetched none of the engine's files again.
        assert page.get_attribute("#etika-checker", "data-warm") == "true"
        assert page.evaluate("() => window.etikaChecker.timings.warm") is True
        assert page.get_attribute("#etika-checker", "data-start") == "snapshot"
        assert _engine_fetches(hits) == [], hits
        assert not [h for h in hits if h.endswith("etika-engine.js")], hits  # the checker page warms nothing
        page.fill("#etika-post-text", VIOLATING)
        wait_findings(page, "personal-attack")
        # The engine, restored and idle, had answered its warm-up requests before the first check
        # (its WebAssembly code compiled while nobody waited); the handbook page was told so.
        stages = page.evaluate("() => window.etikaChecker.timings.stages")
        assert "warmed" in stages and stages["warmed"] <= stages["first-check"], stages
        assert tab.offsite == []
    finally:
        tab.context.close()


def test_two_checker_pages_of_one_engine_each_get_their_own_answers(
    browser: Browser,  # noqa: F811
    served: tuple[str, list[str]],
):
    """The shared engine answers each page on its own port: a page never sees another's findings."""
    origin, _ = served
    tab = Tab(browser, origin)
    try:
        tab.open("/ms/checker.html").wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        tab.open("/ms/index.html").wait_for_function(
            "() => window.etikaEngine && window.etikaEngine.state === 'ready'", timeout=LOAD_TIMEOUT
        )
        first = tab.open("/ms/checker.html")
        first.wait_for_selector("#etika-checker[data-warm=true]", timeout=LOAD_TIMEOUT)
        # A second page of the same context (it shares the engine's note through an opened tab: same storage).
        second = tab.context.new_page()
        second.goto(origin + "/ms/index.html")
        second.evaluate(
            "url => sessionStorage.setItem('etika-engine', url)",
            first.evaluate("() => sessionStorage.getItem('etika-engine')"),
        )
        second.goto(origin + "/ms/checker.html")
        second.wait_for_selector("#etika-checker[data-warm=true]", timeout=LOAD_TIMEOUT)
        first.fill("#etika-post-text", VIOLATING)
        second.fill("#etika-post-text", "Kaunter pembayaran duti dibuka 8.30 pagi hingga 4.30 petang.")
        wait_findings(first, "personal-attack")
        second.wait_for_selector(
            "#etika-post-results .etika-empty, #etika-post-results[data-checked]", timeout=LOAD_TIMEOUT
        )
        assert second.locator("#etika-post-results .etika-finding[data-rule='personal-attack']").count() == 0
        assert first.locator("#etika-post-results .etika-finding[data-rule='personal-attack']").count() >= 1
        assert tab.offsite == []
    finally:
        tab.context.close()


@pytest.mark.parametrize(
    "device, reason",
    [
        ("Object.defineProperty(Navigator.prototype, 'connection', {get: () => ({saveData: true})});", "save-data"),
        ("Object.defineProperty(Navigator.prototype, 'deviceMemory', {get: () => 1});", "low-memory"),
    ],
)
def test_no_engine_is_started_when_the_device_asks_to_save(
    browser: Browser,  # noqa: F811
    served: tuple[str, list[str]],
    device: str,
    reason: str,
):
    origin, hits = served
    tab = Tab(browser, origin, init_script=device)
    try:
        tab.open("/ms/checker.html").wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        hits.clear()
        page = tab.open("/ms/index.html")
        page.wait_for_function("() => window.etikaEngine !== undefined", timeout=LOAD_TIMEOUT)
        assert tab.engine() == {"state": "off", "reason": reason}
        assert page.evaluate("() => sessionStorage.getItem('etika-engine')") is None
        assert _engine_fetches(hits) == [], hits
        # The checker page still works: it starts its own engine, as on a first visit.
        page = tab.open("/ms/checker.html")
        page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        assert page.get_attribute("#etika-checker", "data-warm") == "false"
        page.fill("#etika-post-text", VIOLATING)
        wait_findings(page, "personal-attack")
        assert tab.offsite == []
    finally:
        tab.context.close()


# The draft put in the box as the browser does it (the value, then the input event of that kind); whether
# the post tool asked the engine at once: its results region is busy from the moment it sends a request.
INPUT = """([text, inputType]) => {
  const box = document.getElementById('etika-post-text');
  box.value = text;
  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType}));
  return document.getElementById('etika-post-results').getAttribute('aria-busy') === 'true';
}"""
IDLE = "() => !document.getElementById('etika-post-results').hasAttribute('aria-busy')"


def test_a_paste_is_checked_at_once_and_typing_once_the_reader_pauses(
    browser: Browser,  # noqa: F811
    served: tuple[str, list[str]],
):
    """Issue 23: the first feedback on a draft that arrives whole (a paste, a drop, the first text in an
    empty box) does not wait for the pause that keystrokes wait for. Behaviour only: whether the check
    was asked for in the same task as the input event, and that a keystroke's check still comes."""
    origin, _ = served
    tab = Tab(browser, origin)
    try:
        page = tab.open("/ms/checker.html")
        page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        page.wait_for_function(IDLE, timeout=LOAD_TIMEOUT)
        assert page.evaluate(INPUT, ["P", "insertText"]) is True  # the first text in an empty box
        page.wait_for_function(IDLE, timeout=LOAD_TIMEOUT)
        assert page.evaluate(INPUT, [VIOLATING, "insertFromPaste"]) is True  # a paste over it
        wait_findings(page, "personal-attack")
        page.wait_for_function(IDLE, timeout=LOAD_TIMEOUT)
        assert page.evaluate(INPUT, [VIOLATING + "x", "insertText"]) is False  # a keystroke: after a pause
        page.wait_for_function(
            "n => document.getElementById('etika-post-results').dataset.checked === String(n)",
            arg=len(VIOLATING) + 1,
            timeout=LOAD_TIMEOUT,
        )
        page.wait_for_function(IDLE, timeout=LOAD_TIMEOUT)
        assert page.evaluate(INPUT, [VIOLATING, "insertFromDrop"]) is True  # a drop
        assert tab.offsite == []
    finally:
        tab.context.close()


TIER_UP_AS_A_READER = "window.etikaTierUpUnderAutomation = true;"  # as wasm/bench.py: what a reader's browser does


def test_the_checker_warms_up_once_per_edition_for_the_browsers_code_cache(
    browser: Browser,  # noqa: F811
    served: tuple[str, list[str]],
):
    """Issue 23, "compile once": once per edition and kind of cache, the checker page has its worker run
    the warm-up requests for a few seconds, so that V8 keeps the optimised code of pyodide.asm.wasm for
    the next start (etika-worker.js, tierUp). The reader's own checks are answered meanwhile; the page
    notes it once done and does not ask again; under automation it asks only when told to."""
    origin, _ = served
    tab = Tab(browser, origin, init_script=TIER_UP_AS_A_READER)
    try:
        page = tab.open("/ms/checker.html")
        page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        assert page.evaluate("() => window.etikaChecker.timings.tierUp") == "asked"
        assert page.evaluate("() => localStorage.getItem('etika-wasm-tiered-http')") is None
        # The worker is asked a second after ready; a check while it warms up is answered.
        page.wait_for_timeout(1500)
        page.fill("#etika-post-text", VIOLATING)
        wait_findings(page, "personal-attack")
        page.wait_for_function("() => window.etikaChecker.timings.tiered !== undefined", timeout=LOAD_TIMEOUT)
        worker_url = page.evaluate(
            "() => performance.getEntriesByType('resource').find(e => e.name.includes('etika-worker.js')).name"
        )
        build = worker_url.split("?v=", 1)[1].split("&", 1)[0]
        assert page.evaluate("() => localStorage.getItem('etika-wasm-tiered-http')") == build
        # The next visit of this edition does not ask again.
        page = tab.open("/ms/checker.html")
        page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        assert page.evaluate("() => window.etikaChecker.timings.tierUp") == "noted"
        assert tab.offsite == []
    finally:
        tab.context.close()
    # Driven by automation, not told otherwise (the test suites): not asked.
    tab = Tab(browser, origin)
    try:
        page = tab.open("/ms/checker.html")
        page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
        assert page.evaluate("() => window.etikaChecker.timings.tierUp") == "automation"
    finally:
        tab.context.close()
