"""Offline repeat visits: the service worker (tools/offline.py, wasm/offline/etika-sw.js).

In Chromium with a real profile: the first visit precaches one language's
site (pages, checker runtime, snapshot, wheels) into a versioned cache and
deletes that site's caches of other versions; then the server is stopped and
the handbook and its checker still work. Every request went to the site.
The web app manifest and its icons (drawn by tools/offline.py) make the site
installable: Chromium's own check (DevTools' Page.getInstallabilityErrors)
finds nothing missing, and names the icon when the manifest lists none.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import shutil
import threading
import time
from pathlib import Path

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS
from PIL import Image
from playwright.sync_api import sync_playwright
from test_checker_browser import LOAD_TIMEOUT, VIOLATING, checker_site, wait_findings  # noqa: F401

REPO = Path(__file__).resolve().parent.parent


# How long a new edition's service worker may take to install: it stores the whole site first (a bound
# for a shared, loaded CI machine, not a figure tested: make bench-wasm times it)
INSTALL_TIMEOUT = 300_000


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


offline = _module("etika_offline", REPO / "tools" / "offline.py")
serve = _module("etika_serve", REPO / "tools" / "serve.py")


@pytest.fixture(scope="module")
def offline_site(checker_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    site = tmp_path_factory.mktemp("offline-site") / "html"
    shutil.copytree(checker_site, site)
    assert offline.main([str(site)]) == 0
    return site


def _sw_constants(html: Path) -> tuple[str, list[str], dict[str, str]]:
    text = (html / "etika-sw.js").read_text(encoding="utf-8")
    version = re.search(r'const VERSION = "([0-9a-f]{16})";', text).group(1)
    precache = json.loads(re.search(r"const PRECACHE = (\[.*?\]);", text, re.S).group(1))
    aliases = json.loads(re.search(r"const ALIASES = (\{.*?\});", text, re.S).group(1))
    return version, precache, aliases


def test_precache_list_is_the_site_and_only_the_current_bundle(offline_site: Path):
    version, precache, aliases = _sw_constants(offline_site)
    listed = set(precache) | set(aliases)
    # The whole site: the language chooser, the downloads and both languages.
    assert {
        "index.html",
        "ms/index.html",
        "en/index.html",
        "ms/checker.html",
        "en/checker.html",
        "ms/_static/etika-offline.js",
    } <= listed
    epubs = sorted(p.relative_to(offline_site).as_posix() for p in (offline_site / "muat-turun").glob("*.epub"))
    assert len(epubs) == 2 and set(epubs) <= listed
    manifest = json.loads((offline_site / "ms" / "_static" / "wasm" / "manifest.json").read_text())
    for lang in ("ms", "en"):
        assert f"{lang}/_static/wasm/" + manifest["snapshot"]["file"] in listed
    assert all((offline_site / p).is_file() for p in listed)
    # Stored once: an alias names a stored file with the same bytes (the two languages' bundles).
    assert set(aliases.values()) <= set(precache) and not set(aliases) & set(precache)
    assert all((offline_site / a).read_bytes() == (offline_site / b).read_bytes() for a, b in aliases.items())
    # The source language's copy is the stored one: its pages get the stored responses as they are
    # (etika-sw.js: with the browser's cache of the code compiled from them).
    runtime = "_static/wasm/" + manifest["indexURL"]
    for name in ("pyodide.asm.wasm", "pyodide.asm.mjs", "pyodide.mjs"):
        assert aliases[f"en/{runtime}{name}"] == f"ms/{runtime}{name}" and f"ms/{runtime}{name}" in precache
    assert len({(offline_site / p).read_bytes() for p in precache if "/_static/wasm/snapshots/" in p}) == 1
    assert not [p for p in listed if "/_sources/" in p or p.endswith((".buildinfo", "package.json", "etika-sw.js"))]
    # Each language keeps the retired worker at its old address (browsers that registered it move on).
    assert (offline_site / "ms" / "etika-sw.js").read_bytes() == (
        REPO / "wasm" / "offline" / "etika-sw-retired.js"
    ).read_bytes()
    # A stale file Sphinx left behind is not precached; the same site gives the same version.
    stale = offline_site / "ms" / "_static" / "wasm" / "snapshots" / "0000000000000000.bin.gz"
    stale.write_bytes(b"old")
    try:
        offline.make_offline(offline_site, ["en", "ms"])
        assert _sw_constants(offline_site) == (version, precache, aliases)
    finally:
        stale.unlink()
    webmanifest = json.loads((offline_site / "ms" / "etika.webmanifest").read_text())
    assert webmanifest["start_url"] == "./index.html" and webmanifest["display"] == "standalone"
    assert webmanifest["lang"] == "ms" and webmanifest["name"]


def test_manifest_icons_are_drawn_listed_and_precached(offline_site: Path):
    _, precache, aliases = _sw_constants(offline_site)
    for lang in ("ms", "en"):
        site = offline_site / lang
        icons = json.loads((site / "etika.webmanifest").read_text())["icons"]
        assert {(i["sizes"], i["purpose"]) for i in icons} >= {
            ("192x192", "any"),
            ("512x512", "any"),
            ("512x512", "maskable"),
        }
        for icon in icons:
            path = site / icon["src"]
            assert icon["type"] == "image/png"
            with Image.open(path) as image:
                assert image.format == "PNG" and image.mode == "RGBA"
                assert f"{image.width}x{image.height}" == icon["sizes"]
                corner = image.getpixel((0, 0))[3]
                centre = image.getpixel((image.width // 2, image.height // 2))[3]
            # "any": rounded corners (transparent); "maskable": the whole square painted.
            assert centre == 255 and corner == (255 if icon["purpose"] == "maskable" else 0), icon
            assert f"{lang}/{icon['src']}" in set(precache) | set(aliases)
    # Drawn, not downloaded: the same drawing gives the same bytes.
    assert offline.make_icon(192, "any") == (offline_site / "ms" / "etika-icon-192.png").read_bytes()


def test_the_pages_icon_is_the_same_drawing():
    """docs/_static/etika-icon.svg (html_favicon) is tools/offline.py's drawing (icon_svg), not a copy of it."""
    assert (REPO / "docs" / "_static" / "etika-icon.svg").read_text(encoding="utf-8") == offline.icon_svg()


def test_installable_in_chromium(offline_site: Path, tmp_path: Path):
    httpd = serve.make_server(offline_site, port=0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    manifest = json.loads((offline_site / "en" / "etika.webmanifest").read_text())
    without_icons = {k: v for k, v in manifest.items() if k != "icons"}
    errors = {}
    try:
        with sync_playwright() as p:
            for case in ("site", "no icons"):
                # A real profile (an incognito one is never installable); service workers
                # blocked, so that the manifest can be replaced (Chromium no longer needs one).
                ctx = p.chromium.launch_persistent_context(
                    str(tmp_path / case), executable_path=CHROMIUM, args=CHROMIUM_ARGS, service_workers="block"
                )
                try:
                    if case == "no icons":
                        ctx.route(
                            "**/etika.webmanifest",
                            lambda r: r.fulfill(
                                status=200, body=json.dumps(without_icons), content_type="application/manifest+json"
                            ),
                        )
                    page = ctx.new_page()
                    page.goto(f"{origin}/en/index.html")
                    cdp = ctx.new_cdp_session(page)
                    parsed = cdp.send("Page.getAppManifest")
                    assert parsed["url"] == f"{origin}/en/etika.webmanifest" and parsed["errors"] == []
                    errors[case] = [
                        e["errorId"] for e in cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
                    ]
                    if case == "site":
                        for icon in manifest["icons"]:
                            r = page.request.get(f"{origin}/en/{icon['src']}")
                            assert r.status == 200 and r.headers["content-type"] == "image/png", icon
                finally:
                    ctx.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert errors["site"] == []
    assert errors["no icons"] and all("icon" in e for e in errors["no icons"]), errors


def _until(page, script: str, arg=None, timeout: float = LOAD_TIMEOUT / 1000) -> None:
    """Poll an async page function until it gives true (wait_for_function takes a promise for true)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(script, arg):
        assert time.monotonic() < deadline, f"not true within {timeout} s: {script}"
        page.wait_for_timeout(300)


def _cached(page, version: str) -> list[str]:
    return page.evaluate(f"caches.open('etika-offline:/:{version}').then(c => c.keys()).then(k => k.map(r => r.url))")


def test_repeat_visit_works_with_the_server_stopped(offline_site: Path, tmp_path: Path):
    """One visit to one language's page; then, with the server stopped: the root, both languages
    (their directories too), their checkers and the downloads."""
    version, precache, aliases = _sw_constants(offline_site)
    runtime = json.loads((offline_site / "ms" / "_static" / "wasm" / "manifest.json").read_text())["indexURL"]
    httpd = serve.make_server(offline_site, port=0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    seen: list[str] = []
    assert Path(CHROMIUM).is_file()
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        try:
            ctx.on("request", lambda r: seen.append(r.url))
            page = ctx.new_page()
            page.goto(f"{origin}/ms/index.html")
            # Older caches of this site (an earlier edition's, and an earlier per-language worker's).
            page.evaluate("""async () => { await caches.open('etika-offline:/:0123456789abcdef');
                                           await caches.open('etika-offline:/en/:0123456789abcdef'); }""")
            page.goto(f"{origin}/ms/checker.html")
            page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
            assert (
                page.evaluate("document.querySelector('link[rel=manifest]').href") == f"{origin}/ms/etika.webmanifest"
            )
            _until(
                page,
                """async (name) => { await navigator.serviceWorker.ready;
                                             const names = await caches.keys();
                                             return names.includes(name) && names.length === 1; }""",
                f"etika-offline:/:{version}",
            )
            assert page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)") == origin + "/"
            cached = _cached(page, version)
            assert sorted(cached) == sorted(f"{origin}/" + p for p in precache)

            httpd.shutdown()
            httpd.server_close()

            for lang in ("ms", "en"):
                page.goto(f"{origin}/{lang}/checker.html")
                page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
                page.fill("#etika-post-text", VIOLATING)
                wait_findings(page, "personal-attack")
                assert page.evaluate("window.etikaChecker.timings.worker.start") == "snapshot"
                assert page.locator("html").get_attribute("lang") == lang
                # The runtime's WebAssembly is answered with the stored response itself (for /ms/, an
                # alias, the /en/ copy's URL): only that one carries the browser's cache of its compiled
                # code (issue 23, "compile once"). A script keeps the URL asked for.
                wasm = f"{lang}/_static/wasm/{runtime}pyodide.asm.wasm"
                assert page.evaluate(
                    "u => WebAssembly.compileStreaming(fetch(u)).then(m => m instanceof WebAssembly.Module)",
                    f"{origin}/{wasm}",
                )
                assert page.evaluate("u => fetch(u).then(r => r.url)", f"{origin}/{wasm}") == (
                    f"{origin}/{aliases.get(wasm, wasm)}"
                )
                worker = f"{lang}/_static/wasm/etika-worker.js"
                assert page.evaluate("u => fetch(u).then(r => r.url)", f"{origin}/{worker}?v=1") == (
                    f"{origin}/{worker}?v=1"
                )
                for path in (f"/{lang}/index.html", f"/{lang}/"):
                    page.goto(origin + path)
                    assert page.locator("h1").count() >= 1 and page.locator("html").get_attribute("lang") == lang
            page.goto(origin + "/")
            assert page.locator("a[href='ms/index.html']").count() == 1
            for epub in sorted((offline_site / "muat-turun").glob("*.epub")):
                size = page.evaluate(
                    "(u) => fetch(u).then(r => r.ok ? r.arrayBuffer() : null).then(b => b && b.byteLength)",
                    f"{origin}/muat-turun/{epub.name}",
                )
                assert size == epub.stat().st_size, epub.name
            assert sorted(_cached(page, version)) == sorted(cached)  # nothing added at run time (no draft, no query)
        finally:
            ctx.close()
    assert all(u.startswith(origin + "/") or u.startswith("data:") for u in seen), [
        u for u in seen if not u.startswith(origin)
    ]


def _publish(site: Path, marker: str) -> None:
    """A new edition on the same server: a page's text changes, the offline files are written again."""
    page = site / "ms" / "index.html"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("</h1>", f" {marker}</h1>", 1), encoding="utf-8")
    assert offline.main([str(site)]) == 0


# A precached file no page of these tests loads: only a service worker's install fetches it.
GATED = "/en/genindex.html"


class _Gate:
    """What the server does with GATED: answers it (open), holds it until opened, or fails it; and
    how many of the next requests for the site's service worker (/etika-sw.js) it fails."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.failing = False
        self.failed = 0
        self.fail_worker = 0
        self.worker_asked = 0


def _gated_server(site: Path, gate: _Gate):
    httpd = serve.make_server(site, port=0)
    handler = httpd.RequestHandlerClass  # functools.partial(<handler class>, directory=...)

    class Gated(handler.func):
        def do_GET(self) -> None:  # noqa: N802
            if self.path.split("?", 1)[0] == "/etika-sw.js":
                gate.worker_asked += 1
                if gate.fail_worker > 0:
                    gate.fail_worker -= 1
                    self.send_error(503)
                    return
            if self.path.split("?", 1)[0] == GATED:
                if gate.failing:
                    gate.failed += 1
                    self.send_error(503)
                    return
                gate.open.wait(INSTALL_TIMEOUT / 1000)
            super().do_GET()

    httpd.RequestHandlerClass = functools.partial(Gated, *handler.args, **handler.keywords)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


REGISTRATION = "async () => { const r = await navigator.serviceWorker.getRegistration(); return r && %s; }"


def _controlled_checker(ctx, origin: str):
    """The checker page of a first visit, once the site's service worker is active, reloaded: now its page."""
    checker = ctx.new_page()
    checker.goto(f"{origin}/ms/checker.html")
    checker.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
    _until(checker, REGISTRATION % "!!(r.active && r.active.state === 'activated')", timeout=INSTALL_TIMEOUT / 1000)
    checker.reload()
    checker.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
    assert checker.evaluate("!!navigator.serviceWorker.controller")
    return checker


def test_a_new_edition_reaches_every_open_page(offline_site: Path, tmp_path: Path):
    """Published while the reader has the site open: every tab is told, the checker refuses the old
    rules, and one click shows the new edition in all of them. One tab (another language) is opened
    while the new edition's worker installs: its "updatefound" came before the page could listen, and
    an update the page asks then finds nothing newer than that worker (the race a loaded machine
    makes: the visit's own update check often starts before the page's script runs)."""
    site = tmp_path / "html"
    shutil.copytree(offline_site, site)
    old_version, precache, _ = _sw_constants(site)
    assert GATED.lstrip("/") in precache
    gate = _Gate()
    httpd, origin = _gated_server(site, gate)
    try:
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
            try:
                checker = _controlled_checker(ctx, origin)
                checker.fill("#etika-post-text", VIOLATING)
                wait_findings(checker, "personal-attack")

                _publish(site, "EDISI-BAHARU")
                new_version, _, _ = _sw_constants(site)
                assert new_version != old_version

                gate.open.clear()  # the new edition's install waits for GATED
                home = ctx.new_page()
                home.goto(f"{origin}/ms/index.html")  # the visit finds the new edition
                _until(checker, REGISTRATION % "!!r.installing", timeout=INSTALL_TIMEOUT / 1000)
                later = ctx.new_page()
                later.goto(f"{origin}/en/index.html")
                assert later.evaluate(REGISTRATION % "!!r.installing")  # still installing as it looked
                gate.open.set()

                # Served at once from the cache (the old edition), then told of the new one.
                # (the new service worker first stores the whole site, 32 MB: on a loaded machine, minutes)
                home.wait_for_selector("#etika-edition-notice", timeout=INSTALL_TIMEOUT)
                assert "EDISI-BAHARU" not in home.text_content("h1")
                assert "Edisi baharu" in home.text_content("#etika-edition-notice")
                later.wait_for_selector("#etika-edition-notice", timeout=INSTALL_TIMEOUT)
                assert "A new edition" in later.text_content("#etika-edition-notice")
                # The other tab, the checker, knows too and refuses to present the old rules as current.
                checker.wait_for_selector(
                    "#etika-checker[data-edition=outdated] .etika-outdated[role=alert]", timeout=INSTALL_TIMEOUT
                )
                checker.fill("#etika-post-text", VIOLATING + " lagi")
                checker.wait_for_function(
                    "() => document.querySelector('#etika-post-results').textContent.includes('Edisi baharu peraturan')",
                    timeout=LOAD_TIMEOUT,
                )
                assert checker.locator("#etika-edition-notice").count() == 1

                with home.expect_navigation(), checker.expect_navigation(), later.expect_navigation():
                    later.click("#etika-edition-notice button")
                home.wait_for_selector("h1")
                assert "EDISI-BAHARU" in home.text_content("h1")
                assert home.locator("#etika-edition-notice").count() == 0
                later.wait_for_selector("h1")
                assert later.locator("#etika-edition-notice").count() == 0
                checker.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
                assert checker.get_attribute("#etika-checker", "data-edition") is None
                assert checker.input_value("#etika-post-text").startswith(VIOLATING)  # the draft survived the reload
                wait_findings(checker, "personal-attack")
                assert checker.evaluate("caches.keys()") == [f"etika-offline:/:{new_version}"]
                # A later visit: the new edition at once, no notice.
                again = ctx.new_page()
                again.goto(f"{origin}/ms/index.html")
                assert "EDISI-BAHARU" in again.text_content("h1")
                again.wait_for_timeout(1000)
                assert again.locator("#etika-edition-notice").count() == 0
            finally:
                ctx.close()
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_new_edition_whose_install_failed_is_tried_again(offline_site: Path, tmp_path: Path):
    """The new edition's worker fails to install (one of its files not fetched: a busy or restarting
    server); nothing else would ask for it again until the next page load, so the open page does, and
    is told once it has installed."""
    site = tmp_path / "html"
    shutil.copytree(offline_site, site)
    gate = _Gate()
    httpd, origin = _gated_server(site, gate)
    try:
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
            try:
                checker = _controlled_checker(ctx, origin)
                _publish(site, "EDISI-BAHARU")
                gate.failing = True
                # The browser's own update check (a navigation's, or its daily one) finds the new edition;
                # its install fails.
                checker.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
                _until(checker, REGISTRATION % "!r.installing && !r.waiting", timeout=INSTALL_TIMEOUT / 1000)
                assert gate.failed >= 1
                gate.failing = False
                checker.wait_for_selector("#etika-edition-notice", timeout=INSTALL_TIMEOUT)
                checker.wait_for_selector("#etika-checker[data-edition=outdated]", timeout=LOAD_TIMEOUT)
            finally:
                ctx.close()
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_new_edition_whose_update_check_failed_is_asked_again(offline_site: Path, tmp_path: Path):
    """A page opened after a new edition is published, while the server fails to send the service
    worker's script (busy or restarting): the page's own update check and the browser's check of the
    visit both fail. Nothing else would ask again before the next page load, so the open page does."""
    site = tmp_path / "html"
    shutil.copytree(offline_site, site)
    gate = _Gate()
    httpd, origin = _gated_server(site, gate)
    try:
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
            try:
                _controlled_checker(ctx, origin)
                _publish(site, "EDISI-BAHARU")
                asked = gate.worker_asked
                gate.fail_worker = 2  # the page's check and the visit's
                home = ctx.new_page()
                home.goto(f"{origin}/ms/index.html")
                home.wait_for_selector("#etika-edition-notice", timeout=INSTALL_TIMEOUT)
                assert "EDISI-BAHARU" not in home.text_content("h1")
                assert gate.fail_worker == 0 and gate.worker_asked >= asked + 3
            finally:
                ctx.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
