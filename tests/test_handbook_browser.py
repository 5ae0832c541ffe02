"""The built handbook in a real browser (Debian's chromium through Playwright).

The site (``handbook_site``: both languages and the language chooser) is served
by a local ``http.server`` on 127.0.0.1.  Every request the browser makes is
routed: requests to that server go through, anything else is aborted and
recorded, and each test asserts that nothing was.  Screenshots at phone
(390x844) and desktop (1366x900) widths are written to
test-artifacts/handbook/.  The accessibility check runs axe-core (pinned in
tests/browser/package.json, installed by ``make handbook-browser-deps``) and
fails on any serious or critical violation.
"""

from __future__ import annotations

import functools
import html
import http.server
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from browser_support import axe_violations, launched_chromium, serious
from playwright.sync_api import Browser, Page

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts" / "handbook"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def server(handbook_site: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(handbook_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_chromium() as browser:
        yield browser


@dataclass
class Session:
    """A browser context confined to the local server."""

    browser: Browser
    origin: str
    blocked: list[str] = field(default_factory=list)
    contexts: list = field(default_factory=list)

    def page(self, viewport: str = "desktop", javascript: bool = True, dark: bool = False) -> Page:
        context = self.browser.new_context(
            viewport=VIEWPORTS[viewport],
            color_scheme="dark" if dark else "light",
            java_script_enabled=javascript,
            bypass_csp=True,  # lets axe-core be injected into pages with a CSP
            service_workers="block",
        )
        context.route("**/*", self._route)
        self.contexts.append(context)
        return context.new_page()

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(self.origin + "/") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def url(self, path: str) -> str:
        return f"{self.origin}/{path}"


@pytest.fixture
def session(browser: Browser, server: str) -> Iterator[Session]:
    session = Session(browser, server)
    yield session
    for context in session.contexts:
        context.close()
    assert session.blocked == [], f"requests outside the site: {session.blocked}"


def in_viewport(page: Page, selector: str) -> None:
    """Wait until the element is scrolled into the viewport (furo scrolls smoothly)."""
    page.wait_for_function(
        """(sel) => { const e = document.querySelector(sel); if (!e) return false;
                      const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }""",
        arg=selector,
        timeout=10000,
    )


def visible_switch(page: Page):
    switches = page.locator("a.etika-lang-switch")
    for i in range(switches.count()):
        if switches.nth(i).is_visible():
            return switches.nth(i)
    raise AssertionError(f"no visible language switch on {page.url}")


SCREENSHOT_PAGES = ["index", "sop", "ebook/etika-pegawai", "perundangan/akta-88", "katalog-peraturan", "glosari"]


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("lang", ["ms", "en"])
def test_screenshots_and_visible_language_switch(session: Session, lang: str, viewport: str):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = session.page(viewport)
    for name in SCREENSHOT_PAGES:
        response = page.goto(session.url(f"{lang}/{name}.html"))
        assert response is not None and response.ok, name
        switch = visible_switch(page)
        other = "en" if lang == "ms" else "ms"
        assert switch.get_attribute("hreflang") == other
        box = switch.bounding_box()
        assert box is not None and box["y"] < 400, f"{name}: the switch is not near the top"
        page.screenshot(path=str(ARTIFACTS / f"{lang}-{name.replace('/', '-')}-{viewport}.png"), full_page=True)
    assert session.blocked == []


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_language_switch_keeps_the_anchor(session: Session, viewport: str):
    page = session.page(viewport)
    page.goto(session.url("ms/sop.html#sop-7-1"))
    visible_switch(page).click()
    page.wait_for_url(re.compile(r"/en/sop\.html#sop-7-1$"))
    in_viewport(page, "#sop-7-1")
    assert page.locator("html").get_attribute("lang") == "en"
    # and back, from a page one directory down
    page.goto(session.url("en/ebook/etika-pegawai.html#eb-etika-4"))
    visible_switch(page).click()
    page.wait_for_url(re.compile(r"/ms/ebook/etika-pegawai\.html#eb-etika-4$"))
    in_viewport(page, "#eb-etika-4")
    # an anchor reached after the page loaded is kept too
    page.goto(session.url("ms/sop.html"))
    page.evaluate("location.hash = '#sop-5'")
    visible_switch(page).click()
    page.wait_for_url(re.compile(r"/en/sop\.html#sop-5$"))
    assert session.blocked == []


def test_language_switch_without_javascript(session: Session):
    page = session.page("phone", javascript=False)
    page.goto(session.url("ms/perundangan/akta-88.html"))
    visible_switch(page).click()
    page.wait_for_url(re.compile(r"/en/perundangan/akta-88\.html$"))
    assert session.blocked == []


def test_root_chooser(session: Session):
    page = session.page("phone")
    page.goto(session.url("index.html"))
    page.get_by_role("link", name=re.compile("^English")).click()
    page.wait_for_url(re.compile(r"/en/index\.html$"))
    page.goto(session.url(""))
    page.get_by_role("link", name=re.compile("^Bahasa Melayu")).click()
    page.wait_for_url(re.compile(r"/ms/index\.html$"))
    assert session.blocked == []


def search_results(page: Page) -> list[str]:
    page.wait_for_function(
        "() => document.querySelector('#search-results .search-summary')"
        " && !document.querySelector('#search-results .search-summary').textContent.includes('...')"
        " && document.querySelector('#search-results h2')",
        timeout=20000,
    )
    page.wait_for_timeout(300)
    return page.locator("#search-results ul.search > li > a").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))"
    )


def test_malay_search_finds_derived_forms(session: Session):
    page = session.page("desktop")
    page.goto(session.url("ms/search.html?q=sebar"))
    results = search_results(page)
    assert results, "no result for 'sebar'"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ms-search-sebar-desktop.png"), full_page=True)
    summary = page.locator("#search-results .search-summary").inner_text()
    assert "Carian selesai" in summary, summary
    assert page.locator("#search-results h2").inner_text() == "Hasil Carian"
    # pages that only use derived forms are found (e.g. "penyebaran" in the SOP)
    assert any(href.startswith("sop.html") for href in results), results
    # the same through the sidebar search box
    page.goto(session.url("ms/index.html"))
    page.fill("input.sidebar-search", "penyebaran")
    page.press("input.sidebar-search", "Enter")
    page.wait_for_url(re.compile(r"/ms/search\.html\?q=penyebaran"))
    assert search_results(page)
    assert session.blocked == []


def first_met_in_a_fold(page_html: str, lang: str) -> str:
    """A word the page shows outside its folds whose stem the reader meets first in a folded
    example: the search snippet opens where the stem first occurs (searchtools.js, makeSummary),
    so without the snippet filter it would open on that example."""
    if lang == "ms":
        from etika_handbook.search import stem
    else:
        from sphinx.search.en import SearchEnglish

        stem = SearchEnglish({}).stem
    article = page_html[page_html.index("<article") : page_html.index("</article>")]
    parts = [
        html.unescape(re.sub(r"<[^>]+>", " ", part)).lower()
        for part in re.split(r"(</summary>.*?</details>)", article, flags=re.S)
    ]
    text = " ".join(parts)
    folds, pos = [], 0
    for i, part in enumerate(parts):
        if i % 2:
            folds.append((pos, pos + len(part)))
        pos += len(part) + 1
    shown = [w for i, part in enumerate(parts) if i % 2 == 0 for w in re.findall(r"[^\W\d_]{5,}", part)]
    for word in shown:
        at = text.find(stem(word).lower())
        if any(a <= at < b for a, b in folds):
            return word
    raise AssertionError("no shown word is met first in a fold")


@pytest.mark.parametrize("lang", ["ms", "en"])
def test_search_snippets_show_no_folded_example(session: Session, handbook_site: Path, lang: str):
    """A word the rule catalogue shows, met first in one of its folded examples, finds the
    catalogue, and the snippet holds no example (nor any MyKad or phone number)."""
    from etika_check.ruledata import default_ruleset

    examples = [" ".join(e.split()) for r in default_ruleset().rules for e in (*r.examples_flag, *r.examples_pass)]
    query = first_met_in_a_fold((handbook_site / lang / "katalog-peraturan.html").read_text(encoding="utf-8"), lang)
    page = session.page("desktop")
    page.goto(session.url(f"{lang}/search.html?q={query}"))
    results = search_results(page)
    assert any(href.startswith("katalog-peraturan.html") for href in results), (query, results)
    # the catalogue's snippet (each result's page is fetched for it)
    page.wait_for_function(
        "() => [...document.querySelectorAll('#search-results ul.search > li')]"
        ".some(li => li.querySelector('a[href^=\"katalog-peraturan.html\"]')"
        " && li.querySelector('p.context'))",
        timeout=20000,
    )
    snippets = page.locator("#search-results ul.search > li p.context").all_inner_texts()
    [catalogue] = page.locator(
        "#search-results ul.search > li:has(a[href^='katalog-peraturan.html']) p.context"
    ).all_inner_texts()
    for snippet in snippets:
        assert not re.search(r"\d{6}-?\d{2}-?\d{4}|01\d-?\d{3,4}", snippet), snippet
    shown = " ".join(catalogue.split())
    leaked = [e for e in examples if any(piece in shown for piece in re.split(r"[.!?]\s", e) if len(piece) > 20)]
    assert not leaked, (query, shown)
    assert session.blocked == []


def site_pages(site: Path, lang: str) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix()
        for p in (site / lang).rglob("*.html")
        if "_static" not in p.parts and p.name != "genindex.html"
    )


def run_axe(page: Page) -> list[dict]:
    return serious(axe_violations(page))


def test_axe_check_detects_problems(session: Session):
    """The accessibility check itself works: a broken page fails it."""
    page = session.page("desktop")
    page.goto(session.url("ms/index.html"))
    page.evaluate("""() => {
        const img = document.createElement('img'); img.src = '_static/none.png';
        document.querySelector('article').appendChild(img);
        const input = document.createElement('input');
        document.querySelector('article').appendChild(input);
    }""")
    ids = {v["id"] for v in run_axe(page)}
    assert {"image-alt", "label"} <= ids, ids


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("lang", ["ms", "en"])
def test_accessibility_axe(session: Session, handbook_site: Path, lang: str, viewport: str):
    page = session.page(viewport)
    pages = site_pages(handbook_site, lang)
    if viewport == "phone":  # the layout differs, the content does not: a sample
        pages = [
            p
            for p in pages
            if p.split("/", 1)[1]
            in {
                "index.html",
                "sop.html",
                "katalog-peraturan.html",
                "peraturan-teknikal.html",
                "perundangan/akta-88.html",
                "search.html",
            }
        ]
    problems = {}
    for path in pages + (["index.html"] if lang == "ms" else []):
        page.goto(session.url(path + ("?q=sebar" if path.endswith("search.html") else "")))
        page.wait_for_load_state("load")
        violations = run_axe(page)
        if violations:
            problems[path] = violations
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-{lang}-{viewport}.json").write_text(json.dumps(problems, indent=2), encoding="utf-8")
    assert problems == {}, json.dumps(problems, indent=1)
    assert session.blocked == []


def test_accessibility_axe_dark_mode(session: Session):
    """furo follows the system's dark mode: the same check on a sample of pages."""
    page = session.page("desktop", dark=True)
    problems = {}
    for path in (
        "ms/index.html",
        "ms/sop.html",
        "ms/katalog-peraturan.html",
        "ms/perundangan/akta-88.html",
        "en/ebook/etika-pegawai.html",
        "ms/search.html?q=sebar",
    ):
        page.goto(session.url(path))
        page.wait_for_load_state("load")
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
        violations = run_axe(page)
        if violations:
            problems[path] = violations
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.goto(session.url("ms/sop.html"))
    page.screenshot(path=str(ARTIFACTS / "ms-sop-desktop-dark.png"))
    assert problems == {}, json.dumps(problems, indent=1)
    assert session.blocked == []
