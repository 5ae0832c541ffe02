#!/usr/bin/env python3
"""Performance figures of the browser checker (``make bench-wasm``).

Serves the built handbook (``_build/html``, from ``make html``) on 127.0.0.1
with tools/serve.py (``make serve``: the production headers, caching and gzip)
and drives Debian's chromium through Playwright, with every request outside
the local server refused. Prints, as medians over repeated runs:

* first feedback, cold: navigation start to the first findings of a draft
  typed as soon as the page is usable, in a browser profile with an empty
  cache (also: when the runtime became ready, and how it started: from the
  memory snapshot or plainly);
* first feedback, repeat visit: the same profile opening the page again (HTTP
  cache: the runtime and snapshot are ``immutable``, the rest a 304);
* the floors: a bare restore of the same snapshot (runtime modules imported,
  snapshot fetched and decompressed, ``loadPyodide`` restored; in the page,
  warm cache) and a bare plain ``loadPyodide()`` (empty cache); the ratios of
  repeat first feedback to the first and of cold first feedback to the second;
* bytes transferred (as sent, gzip included) on a cold and a repeat visit;
* one check of a 2,000-character draft: in the browser (page -> worker ->
  Python -> page, and Python alone inside the worker), in Node-Pyodide
  (wasm/node/bench.mjs) and in CPython; the ratio to CPython;
* bytes the page loads (cold), and the bundle's bytes on disk.

    .venv/bin/python wasm/bench.py [--site _build/html] [--runs 3] [--checks 30] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from etika_tools.chromium import CHROMIUM, CHROMIUM_ARGS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DRAFT_SEED = (
    "Assalamualaikum dan salam sejahtera. Jabatan ingin memaklumkan bahawa kaunter pembayaran duti "
    "dibuka dari 8.30 pagi hingga 4.30 petang, Isnin hingga Jumaat. Orang ramai dinasihatkan membawa "
    "kad pengenalan semasa urusan di kaunter. Pengarah tu memang bodoh, tak layak jadi ketua. "
    "Nombor IC suspek: 880515-02-5511, sila sebarkan. VIRAL: mulai esok semua kedai tutup jam 6 petang. "
)
DRAFT = (DRAFT_SEED * (2000 // len(DRAFT_SEED) + 1))[:2000]


def _serve_module():
    spec = importlib.util.spec_from_file_location("etika_serve", ROOT / "tools" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve(site: Path):
    """tools/serve.py on a free port; hits: (path, status, bytes sent) per request."""
    hits: list = []
    httpd = _serve_module().make_server(site, port=0, on_request=lambda *hit: hits.append(hit))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}", hits


def bytes_sent(hits: list) -> int:
    return sum(sent for _, _, sent in hits)


BARE = """async ([base, manifest, mode]) => {
  const runtime = new URL(manifest.indexURL, base).href;
  const t0 = performance.now();
  const [loader, asm] = await Promise.all([import(runtime + 'pyodide.mjs'), import(runtime + 'pyodide.asm.mjs')]);
  const opts = {indexURL: runtime, lockFileURL: runtime + 'pyodide-lock.json', stdout: () => {}};
  if (mode === 'restore') {
    const snap = await import(new URL('etika-snapshot.js', base).href);
    const buf = await (await fetch(new URL(manifest.snapshot.file, base))).arrayBuffer();
    const raw = await new Response(new Blob([buf]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    Object.assign(opts, snap.restoreOptions(new Uint8Array(raw), asm.default));
  }
  const py = await loader.loadPyodide(opts);
  py.runPython('1 + 1');
  return performance.now() - t0;
}"""


def bare_start(page, origin: str, lang: str, mode: str) -> float:
    """A bare runtime start in a page of the site (no checker): 'restore' the bundle's snapshot, or 'plain'."""
    page.goto(f"{origin}/{lang}/index.html")
    base = f"{origin}/{lang}/_static/wasm/"
    manifest = page.evaluate("url => fetch(url).then(r => r.json())", base + "manifest.json")
    return page.evaluate(BARE, [base, manifest, mode])


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
            "worker_ready_ms": worker["ready"], "start": worker.get("start", "plain")}


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
    cold, warm, in_browser, sent_cold, sent_warm, restore, plain = [], [], [], [], [], [], []
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
                    sent_cold.append(bytes_sent(hits))
                    page.goto(f"{origin}/{args.lang}/index.html")
                    hits.clear()
                    warm.append(first_feedback(page, url, blocked))
                    sent_warm.append(bytes_sent(hits))
                    restore.append(bare_start(page, origin, args.lang, "restore"))
                    ctx.close()
                with tempfile.TemporaryDirectory(prefix="etika-bench-") as profile:
                    ctx = p.chromium.launch_persistent_context(
                        profile, executable_path=CHROMIUM,
                        args=CHROMIUM_ARGS + ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
                        service_workers="block",
                    )
                    plain.append(bare_start(ctx.new_page(), origin, args.lang, "plain"))
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
        "start_cold": sorted({r["start"] for r in cold}),
        "start_repeat": sorted({r["start"] for r in warm}),
        "cold_ready_ms": med(r["ready_ms"] for r in cold),
        "cold_first_feedback_ms": med(r["first_feedback_ms"] for r in cold),
        "warm_ready_ms": med(r["ready_ms"] for r in warm),
        "warm_first_feedback_ms": med(r["first_feedback_ms"] for r in warm),
        "cold_worker_ready_ms": med(r["worker_ready_ms"] for r in cold),
        "warm_worker_ready_ms": med(r["worker_ready_ms"] for r in warm),
        "bare_restore_ms": med(restore),
        "bare_plain_start_ms": med(plain),
        "ratio_repeat_to_bare_restore": med(r["first_feedback_ms"] for r in warm) / med(restore),
        "ratio_cold_to_plain_start": med(r["first_feedback_ms"] for r in cold) / med(plain),
        "draft_chars": len(DRAFT),
        "check_browser_round_trip_ms": in_browser[0]["round_trip_ms"],
        "check_browser_in_worker_ms": in_browser[0]["in_worker_ms"],
        "check_node_pyodide_ms": node["median_ms"],
        "node_pyodide_load_ms": node["load_ms"],
        "check_cpython_ms": cpy,
        "ratio_browser_to_cpython": in_browser[0]["round_trip_ms"] / cpy,
        "ratio_node_pyodide_to_cpython": node["median_ms"] / cpy,
        "bytes_sent_cold": med(sent_cold),
        "bytes_sent_repeat": med(sent_warm),
        # docs/_static/wasm is rebuilt clean by `make wasm`; Sphinx never deletes
        # old files from _build, so measure the build output when it is there.
        "bundle_bytes_on_disk": sum(f.stat().st_size for f in
                                    (ROOT / "docs" / "_static" / "wasm" if (ROOT / "docs" / "_static" / "wasm").is_dir()
                                     else bundle).rglob("*") if f.is_file()),
        "wheels": json.loads((bundle / "manifest.json").read_text())["wheels"],
        "snapshot": json.loads((bundle / "manifest.json").read_text()).get("snapshot"),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"browser checker ({result['page']}, medians of {args.runs} visits, {args.checks} checks)"
          f"; started from: cold {'/'.join(result['start_cold'])}, repeat {'/'.join(result['start_repeat'])}")
    print(f"  first feedback, cold          {result['cold_first_feedback_ms']:8.0f} ms  (budget 1500; checker ready {result['cold_ready_ms']:.0f} ms)"
          f"  {result['ratio_cold_to_plain_start']:.2f}x a bare plain start")
    print(f"  first feedback, repeat visit  {result['warm_first_feedback_ms']:8.0f} ms  (budget 500; checker ready {result['warm_ready_ms']:.0f} ms)"
          f"  {result['ratio_repeat_to_bare_restore']:.2f}x a bare restore")
    print(f"  bare runtime restore (snapshot, warm cache) {result['bare_restore_ms']:8.0f} ms")
    print(f"  bare plain loadPyodide (empty cache)        {result['bare_plain_start_ms']:8.0f} ms")
    print(f"  one check, {len(DRAFT)} chars:")
    print(f"    browser (round trip)        {result['check_browser_round_trip_ms']:8.2f} ms  ({result['ratio_browser_to_cpython']:.1f}x CPython; budget 4x)")
    print(f"    browser (Python in worker)  {result['check_browser_in_worker_ms']:8.2f} ms")
    print(f"    Node-Pyodide                {result['check_node_pyodide_ms']:8.2f} ms  ({result['ratio_node_pyodide_to_cpython']:.1f}x CPython)")
    print(f"    CPython                     {result['check_cpython_ms']:8.2f} ms")
    print(f"  bytes transferred, cold visit   {result['bytes_sent_cold']:,}")
    print(f"  bytes transferred, repeat visit {result['bytes_sent_repeat']:,}")
    print(f"  bundle on disk                 {result['bundle_bytes_on_disk']:,}")
    for w in result["wheels"] + ([result["snapshot"]] if result["snapshot"] else []):
        print(f"    {w['file']}: {w['bytes']:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
