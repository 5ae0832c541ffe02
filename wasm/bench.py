#!/usr/bin/env python3
"""Performance figures of the browser checker (``make bench-wasm``).

Serves the built handbook (``_build/html``, from ``make html``) on 127.0.0.1
and drives Debian's chromium through Playwright, with every request outside
the local server aborted. Prints, as medians over repeated runs:

* first feedback, cold: navigation start to the first findings of a draft
  typed as soon as the page is usable, in a browser profile with an empty
  cache (also: when the runtime became ready);
* first feedback, repeat visit: the same profile opening the page again (HTTP
  cache: the runtime and wheels come from the disk cache or a 304);
* one check of a 2,000-character draft: in the browser (page -> worker ->
  Python -> page, and Python alone inside the worker), in Node-Pyodide
  (wasm/node/bench.mjs) and in CPython; the ratio to CPython;
* bytes the page loads (cold), and the bundle's bytes on disk.

    .venv/bin/python wasm/bench.py [--site _build/html] [--runs 3] [--checks 30] [--json]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DRAFT_SEED = (
    "Assalamualaikum dan salam sejahtera. Jabatan ingin memaklumkan bahawa kaunter pembayaran duti "
    "dibuka dari 8.30 pagi hingga 4.30 petang, Isnin hingga Jumaat. Orang ramai dinasihatkan membawa "
    "kad pengenalan semasa urusan di kaunter. Pengarah tu memang bodoh, tak layak jadi ketua. "
    "Nombor IC suspek: 880515-02-5511, sila sebarkan. VIRAL: mulai esok semua kedai tutup jam 6 petang. "
)
DRAFT = (DRAFT_SEED * (2000 // len(DRAFT_SEED) + 1))[:2000]


class Handler(http.server.SimpleHTTPRequestHandler):
    hits: list

    def log_message(self, format, *args):  # noqa: A002
        pass

    def log_request(self, code="-", size="-"):
        self.hits.append((self.path.split("?", 1)[0], int(code) if str(code).isdigit() else 0))


def serve(site: Path):
    hits: list = []
    cls = type("H", (Handler,), {"hits": hits})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(cls, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}", hits


def bytes_loaded(site: Path, hits: list) -> int:
    total = 0
    for path, code in hits:
        if code == 200:
            f = site / path.lstrip("/")
            if f.is_file():
                total += f.stat().st_size
    return total


def first_feedback(page, url: str, blocked: list) -> dict:
    """Open the page, type a draft as soon as the box exists, wait for findings."""
    page.goto(url, wait_until="commit")
    page.wait_for_selector("#etika-post-text", state="attached")
    page.fill("#etika-post-text", "Pengarah tu memang bodoh, tak layak jadi ketua.")
    page.wait_for_selector("#etika-post-results .etika-finding", timeout=180_000)
    marks = page.evaluate(
        """() => Object.fromEntries(['etika-script-start', 'etika-ready', 'etika-first-feedback']
             .map(n => [n, (performance.getEntriesByName(n)[0] || {}).startTime]))"""
    )
    worker = page.evaluate("() => window.etikaChecker.timings.worker")
    return {"ready_ms": marks["etika-ready"], "first_feedback_ms": marks["etika-first-feedback"],
            "worker_runtime_ms": worker["runtime"], "worker_wheels_import_ms": worker["ready"] - worker["runtime"]}


def browser_checks(page, n: int) -> dict:
    return page.evaluate(
        """async ([text, n]) => {
             const c = window.etikaChecker;
             for (let i = 0; i < 3; i++) await c.check({tool: 'post', text});
             const round = [], inside = [];
             for (let i = 0; i < n; i++) {
               const t0 = performance.now();
               const r = await c.check({tool: 'post', text});
               round.push(performance.now() - t0);
               inside.push(r.ms);
             }
             const med = (a) => { a = [...a].sort((x, y) => x - y); const m = a.length >> 1;
                                  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2; };
             return {round_trip_ms: med(round), in_worker_ms: med(inside)};
           }""",
        [DRAFT, n],
    )


def cpython_check(n: int) -> float:
    from etika_check import jsonapi

    request = json.dumps({"tool": "post", "text": DRAFT})
    for _ in range(3):
        jsonapi.handle_json(request)
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        jsonapi.handle_json(request)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def node_check(bundle: Path, n: int) -> dict:
    node = shutil.which("node")
    if not node:
        sys.exit("bench: node is missing")
    proc = subprocess.run(
        [node, str(HERE / "node" / "bench.mjs"), "--bundle", str(bundle), "--runs", str(n)],
        input=json.dumps({"tool": "post", "text": DRAFT}), capture_output=True, text=True, check=False,
    )
    if proc.returncode:
        sys.exit(f"bench: node bench failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Performance figures of the browser checker")
    ap.add_argument("--site", type=Path, default=ROOT / "_build" / "html", help="built handbook (make html)")
    ap.add_argument("--lang", default="ms")
    ap.add_argument("--runs", type=int, default=3, help="cold and repeat visits (each cold run: a new profile)")
    ap.add_argument("--checks", type=int, default=30, help="checks per latency median")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)

    site = args.site.resolve()
    page_file = site / args.lang / "checker.html"
    bundle = site / args.lang / "_static" / "wasm"
    if not page_file.is_file() or not (bundle / "manifest.json").is_file():
        sys.exit(f"bench: {page_file} or its bundle is missing: run `make html`")
    if not Path(CHROMIUM).is_file():
        sys.exit("bench: chromium is missing: make system-deps")

    from playwright.sync_api import sync_playwright

    httpd, origin, hits = serve(site)
    url = f"{origin}/{args.lang}/checker.html"
    cold, warm, in_browser, loaded = [], [], [], []
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith(origin + "/"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    try:
        with sync_playwright() as p:
            for _ in range(args.runs):
                with tempfile.TemporaryDirectory(prefix="etika-bench-") as profile:
                    # A persistent profile has a real disk cache; routing would
                    # disable the cache, so outside requests are blocked by the
                    # host resolver instead and recorded.
                    ctx = p.chromium.launch_persistent_context(
                        profile, executable_path=CHROMIUM,
                        args=CHROMIUM_ARGS + ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
                        service_workers="block",
                    )
                    ctx.on("request", lambda r: r.url.startswith((origin + "/", "data:", "blob:")) or blocked.append(r.url))
                    page = ctx.new_page()
                    hits.clear()
                    cold.append(first_feedback(page, url, blocked))
                    loaded.append(bytes_loaded(site, hits))
                    page.goto(f"{origin}/{args.lang}/index.html")
                    warm.append(first_feedback(page, url, blocked))
                    ctx.close()
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            ctx = browser.new_context(service_workers="block")
            ctx.route("**/*", route)
            page = ctx.new_page()
            page.goto(url)
            page.wait_for_selector("#etika-checker[data-state=ready]", timeout=180_000)
            in_browser.append(browser_checks(page, args.checks))
            browser.close()
    finally:
        httpd.shutdown()
    if blocked:
        sys.exit(f"bench: requests outside the site: {blocked}")

    node = node_check(bundle, args.checks)
    cpy = cpython_check(args.checks)
    med = statistics.median
    result = {
        "page": f"/{args.lang}/checker.html",
        "runs": args.runs,
        "cold_ready_ms": med(r["ready_ms"] for r in cold),
        "cold_first_feedback_ms": med(r["first_feedback_ms"] for r in cold),
        "warm_ready_ms": med(r["ready_ms"] for r in warm),
        "cold_worker_runtime_ms": med(r["worker_runtime_ms"] for r in cold),
        "cold_worker_wheels_import_ms": med(r["worker_wheels_import_ms"] for r in cold),
        "warm_worker_runtime_ms": med(r["worker_runtime_ms"] for r in warm),
        "warm_worker_wheels_import_ms": med(r["worker_wheels_import_ms"] for r in warm),
        "warm_first_feedback_ms": med(r["first_feedback_ms"] for r in warm),
        "draft_chars": len(DRAFT),
        "check_browser_round_trip_ms": in_browser[0]["round_trip_ms"],
        "check_browser_in_worker_ms": in_browser[0]["in_worker_ms"],
        "check_node_pyodide_ms": node["median_ms"],
        "node_pyodide_load_ms": node["load_ms"],
        "check_cpython_ms": cpy,
        "ratio_browser_to_cpython": in_browser[0]["round_trip_ms"] / cpy,
        "ratio_node_pyodide_to_cpython": node["median_ms"] / cpy,
        "bytes_loaded_cold": med(loaded),
        # docs/_static/wasm is rebuilt clean by `make wasm`; Sphinx never deletes
        # old files from _build, so measure the build output when it is there.
        "bundle_bytes_on_disk": sum(f.stat().st_size for f in
                                    (ROOT / "docs" / "_static" / "wasm" if (ROOT / "docs" / "_static" / "wasm").is_dir()
                                     else bundle).rglob("*") if f.is_file()),
        "wheels": json.loads((bundle / "manifest.json").read_text())["wheels"],
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"browser checker ({result['page']}, medians of {args.runs} visits, {args.checks} checks)")
    print(f"  first feedback, cold          {result['cold_first_feedback_ms']:8.0f} ms  (runtime ready {result['cold_ready_ms']:.0f} ms)")
    print(f"  first feedback, repeat visit  {result['warm_first_feedback_ms']:8.0f} ms  (runtime ready {result['warm_ready_ms']:.0f} ms)")
    print(f"    in the worker: Pyodide runtime {result['cold_worker_runtime_ms']:.0f} / {result['warm_worker_runtime_ms']:.0f} ms,"
          f" wheels + import {result['cold_worker_wheels_import_ms']:.0f} / {result['warm_worker_wheels_import_ms']:.0f} ms"
          " (cold / repeat)")
    print(f"  one check, {len(DRAFT)} chars:")
    print(f"    browser (round trip)        {result['check_browser_round_trip_ms']:8.2f} ms  ({result['ratio_browser_to_cpython']:.1f}x CPython)")
    print(f"    browser (Python in worker)  {result['check_browser_in_worker_ms']:8.2f} ms")
    print(f"    Node-Pyodide                {result['check_node_pyodide_ms']:8.2f} ms  ({result['ratio_node_pyodide_to_cpython']:.1f}x CPython)")
    print(f"    CPython                     {result['check_cpython_ms']:8.2f} ms")
    print(f"  bytes loaded by the page, cold {result['bytes_loaded_cold']:,}")
    print(f"  bundle on disk                 {result['bundle_bytes_on_disk']:,}")
    for w in result["wheels"]:
        print(f"    {w['file']}: {w['bytes']:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
