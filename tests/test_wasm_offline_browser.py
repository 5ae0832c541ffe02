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

import importlib.util
import json
import re
import shutil
import threading
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import sync_playwright

from browser_support import CHROMIUM, CHROMIUM_ARGS
from test_checker_browser import LOAD_TIMEOUT, VIOLATING, checker_site, wait_findings  # noqa: F401

REPO = Path(__file__).resolve().parent.parent


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


def _sw_constants(site: Path) -> tuple[str, list[str]]:
    text = (site / "ms" / "etika-sw.js").read_text(encoding="utf-8")
    version = re.search(r'const VERSION = "([0-9a-f]{16})";', text).group(1)
    precache = json.loads(re.search(r"const PRECACHE = (\[.*?\]);", text, re.S).group(1))
    return version, precache


def test_precache_list_is_the_site_and_only_the_current_bundle(offline_site: Path):
    version, precache = _sw_constants(offline_site)
    site = offline_site / "ms"
    manifest = json.loads((site / "_static" / "wasm" / "manifest.json").read_text())
    assert "./checker.html" in precache and "./index.html" in precache and "./_static/etika-offline.js" in precache
    assert "./_static/wasm/" + manifest["snapshot"]["file"] in precache
    assert all((site / p).is_file() for p in precache)
    assert not [p for p in precache if "/_sources/" in p or p.endswith((".buildinfo", "package.json", "etika-sw.js"))]
    # A stale file Sphinx left behind is not precached; the same site gives the same version.
    stale = site / "_static" / "wasm" / "snapshots" / "0000000000000000.bin.gz"
    stale.write_bytes(b"old")
    try:
        offline.make_offline(site, "ms")
        assert _sw_constants(offline_site) == (version, precache)
    finally:
        stale.unlink()
    webmanifest = json.loads((site / "etika.webmanifest").read_text())
    assert webmanifest["start_url"] == "./index.html" and webmanifest["display"] == "standalone"
    assert webmanifest["lang"] == "ms" and webmanifest["name"]


def test_manifest_icons_are_drawn_listed_and_precached(offline_site: Path):
    _, precache = _sw_constants(offline_site)
    for lang in ("ms", "en"):
        site = offline_site / lang
        icons = json.loads((site / "etika.webmanifest").read_text())["icons"]
        assert {(i["sizes"], i["purpose"]) for i in icons} >= {("192x192", "any"), ("512x512", "any"),
                                                                ("512x512", "maskable")}
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
            if lang == "ms":
                assert "./" + icon["src"] in precache
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
                ctx = p.chromium.launch_persistent_context(str(tmp_path / case), executable_path=CHROMIUM,
                                                           args=CHROMIUM_ARGS, service_workers="block")
                try:
                    if case == "no icons":
                        ctx.route("**/etika.webmanifest", lambda r: r.fulfill(
                            status=200, body=json.dumps(without_icons), content_type="application/manifest+json"))
                    page = ctx.new_page()
                    page.goto(f"{origin}/en/index.html")
                    cdp = ctx.new_cdp_session(page)
                    parsed = cdp.send("Page.getAppManifest")
                    assert parsed["url"] == f"{origin}/en/etika.webmanifest" and parsed["errors"] == []
                    errors[case] = [e["errorId"] for e in cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]]
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


def test_repeat_visit_works_with_the_server_stopped(offline_site: Path, tmp_path: Path):
    version, precache = _sw_constants(offline_site)
    httpd = serve.make_server(offline_site, port=0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    seen: list[str] = []
    assert Path(CHROMIUM).is_file()
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(tmp_path / "profile"), executable_path=CHROMIUM,
                                                   args=CHROMIUM_ARGS)
        try:
            ctx.on("request", lambda r: seen.append(r.url))
            page = ctx.new_page()
            page.goto(f"{origin}/ms/index.html")
            # An older edition's cache of this site, and the other language's.
            page.evaluate("""async () => { await caches.open('etika-offline:/ms/:0123456789abcdef');
                                           await caches.open('etika-offline:/en/:0123456789abcdef'); }""")
            page.goto(f"{origin}/ms/checker.html")
            page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
            assert page.evaluate("document.querySelector('link[rel=manifest]').href") == f"{origin}/ms/etika.webmanifest"
            page.wait_for_function(
                """async (name) => { await navigator.serviceWorker.ready;
                                     const names = await caches.keys();
                                     return names.includes(name) && !names.includes('etika-offline:/ms/:0123456789abcdef'); }""",
                arg=f"etika-offline:/ms/:{version}", timeout=LOAD_TIMEOUT, polling=500)
            names = page.evaluate("caches.keys()")
            assert "etika-offline:/en/:0123456789abcdef" in names  # the other site's is left alone
            cached = page.evaluate(f"caches.open('etika-offline:/ms/:{version}').then(c => c.keys()).then(k => k.map(r => r.url))")
            assert sorted(cached) == sorted(f"{origin}/ms/" + p[2:] for p in precache)

            httpd.shutdown()
            httpd.server_close()

            page.goto(f"{origin}/ms/checker.html")
            page.wait_for_selector("#etika-checker[data-state=ready]", timeout=LOAD_TIMEOUT)
            page.fill("#etika-post-text", VIOLATING)
            wait_findings(page, "personal-attack")
            assert page.evaluate("window.etikaChecker.timings.worker.start") == "snapshot"
            page.goto(f"{origin}/ms/index.html")
            assert page.locator("h1").count() >= 1
            cached_after = page.evaluate(f"caches.open('etika-offline:/ms/:{version}').then(c => c.keys()).then(k => k.map(r => r.url))")
            assert sorted(cached_after) == sorted(cached)  # nothing added at run time (no draft, no query)
        finally:
            ctx.close()
    assert all(u.startswith(origin + "/") or u.startswith("data:") for u in seen), [u for u in seen if not u.startswith(origin)]
