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
* first feedback, repeat visit, three ways: the same profile opening the page
  again with service workers blocked (the HTTP cache: the runtime and
  snapshot ``immutable``, the rest a 304), in a profile where the first
  visit installed the site's service worker (every file from its cache, as a
  reader's second visit goes), and that profile again after the browser was
  restarted (nothing in memory: the service worker's cache and the disk
  caches, V8's cache of compiled WebAssembly among them), once more after
  that visit stayed open STAY_MS (its worker's warm-up for V8's code cache,
  etika-worker.js tierUp, has run: V8 keeps a module's compiled code only
  once enough of it is optimised), and once more after a visit that checked
  drafts for a few seconds (USE_MS);
* first feedback arriving from another handbook page whose idle time warmed
  the engine (wasm/src/etika-engine.js: a SharedWorker the checker page
  connects to), after the navigation and after the draft is in the box (for
  every kind of visit: the draft is put in the box as a paste does, as soon
  as the box exists); the warm engine's stages come from before the
  navigation (negative);
* where the time goes: the page's marks and the worker's stages
  (``etikaChecker.timings.stages``, see wasm/src/etika-worker.js), medians
  on the page's timeline, for each kind of visit;
* the floors: a bare restore of the same snapshot (in a page of the site,
  warm HTTP cache, done as the worker does it: the snapshot fetched while
  ``pyodide.asm.wasm`` compiles) and a bare plain ``loadPyodide()`` (empty
  cache); the ratios of repeat first feedback to the first and of cold first
  feedback to the second;
* bytes transferred (as sent, gzip included) on a cold visit, on a repeat
  visit, and on a first visit that also installs the service worker (its
  precache: the whole language site);
* one check of a 2,000-character draft: in the browser (page -> worker ->
  Python -> page, and Python alone inside the worker), in Node-Pyodide
  (wasm/node/bench.mjs) and in CPython (in turns with the browser's, so
  both run under the same load); the ratio to CPython;
* the bundle's bytes on disk.

    .venv/bin/python wasm/bench.py [--site _build/html] [--runs 5] [--checks 30] [--json]
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
# How long the reader's visit before the last restart checks drafts (USE, below).
USE_MS = 3000
# How long the visit before the "stayed" restart stays open after its first feedback.
STAY_MS = 10000
# The checker page leaves out its warm-up for V8's code cache under automation (navigator.webdriver),
# unless the driver says so: the bench measures what a reader's browser does.
TIER_UP_AS_A_READER = "window.etikaTierUpUnderAutomation = true;"


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
  let bytes = null, compiled = null;
  if (mode === 'restore') {
    // As the worker does: the snapshot downloads while the WebAssembly compiles.
    bytes = fetch(new URL(manifest.snapshot.file, base)).then(r => r.arrayBuffer()).then(async (buf) => {
      const b = new Uint8Array(buf);
      if (b[0] !== 0x1f || b[1] !== 0x8b) return b;
      return new Uint8Array(await new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    });
    compiled = WebAssembly.compileStreaming(fetch(runtime + 'pyodide.asm.wasm'));
  }
  const [loader, asm] = await Promise.all([import(runtime + 'pyodide.mjs'), import(runtime + 'pyodide.asm.mjs')]);
  const opts = {indexURL: runtime, lockFileURL: runtime + 'pyodide-lock.json', stdout: () => {}};
  let start = (o) => loader.loadPyodide(o);
  if (mode === 'restore') {
    const snap = await import(new URL('etika-snapshot.js', base).href);
    Object.assign(opts, snap.restoreOptions(bytes, asm.default, {compiled}));
    start = (o) => snap.withoutStdlibDownload(() => loader.loadPyodide(o));
  }
  const py = await start(opts);
  py.runPython('1 + 1');
  return performance.now() - t0;
}"""


def bare_start(page, origin: str, lang: str, mode: str) -> float:
    """A bare runtime start in a page of the site: 'restore' the bundle's snapshot, or 'plain'.

    In the checker page, once its own worker is ready (and idle): the only page whose policy allows
    WebAssembly ('wasm-unsafe-eval'; in another page Pyodide's loader waits for ever)."""
    page.goto(f"{origin}/{lang}/checker.html")
    page.wait_for_selector("#etika-checker[data-state=ready]", timeout=180_000)
    base = f"{origin}/{lang}/_static/wasm/"
    manifest = page.evaluate("url => fetch(url).then(r => r.json())", base + "manifest.json")
    return page.evaluate(BARE, [base, manifest, mode])


# The page's marks and the worker's stages (etikaChecker.timings.stages: the
# worker's own marks put on the page's timeline), in the order they happen.
STAGES = [
    ("response", "the page's HTML received (navigation timing responseEnd)"),
    ("etika-script-start", "the page script runs"),
    ("etika-worker-created", "the worker created (by the page script)"),
    ("start", "worker: its module runs"),
    ("loader", "worker: pyodide.mjs + pyodide.asm.mjs imported"),
    ("compiled", "worker: pyodide.asm.wasm compiled"),
    ("instantiate", "worker: runtime module being created"),
    ("wasm", "worker: WebAssembly instantiated"),
    ("module", "worker: runtime module ready (plain start: stdlib in)"),
    ("snapshot", "worker: snapshot bytes in hand"),
    ("decoded", "worker: snapshot gzip-decoded by the worker"),
    ("verified", "worker: snapshot's sha256 checked"),
    ("copied", "worker: snapshot copied into memory"),
    ("bootstrapped", "worker: Python's side set up again"),
    ("restored", "worker: loadPyodide done"),
    ("ready", "worker: the checker answers"),
    ("warmed", "worker: its idle warm-up done (a shared engine)"),
    ("tiered-up", "worker: its warm-up for V8's code cache done"),
    ("etika-ready", "page: told the checker is ready"),
    ("first-check", "worker: first request answered"),
    ("etika-first-feedback", "page: first findings shown"),
]

VISIT_TIMES = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const marks = Object.fromEntries(performance.getEntriesByType('mark').map(e => [e.name, e.startTime]));
  return {response: nav ? nav.responseEnd : null, ...marks, ...(window.etikaChecker.timings.stages || {})};
}"""


# The draft put in the box as a paste does (the value, then the paste's input event), its time noted.
PASTE = """text => {
  const box = document.getElementById('etika-post-text');
  const t = performance.now();
  box.value = text;
  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
  return t;
}"""


def first_feedback(page, url: str) -> dict:
    """Open the page, put a draft in the box as soon as it exists, wait for findings."""
    page.goto(url, wait_until="commit")
    page.wait_for_selector("#etika-post-text", state="attached")
    typed = page.evaluate(PASTE, "Pengarah tu memang bodoh, tak layak jadi ketua.")
    page.wait_for_selector("#etika-post-results .etika-finding", timeout=180_000)
    page.wait_for_function("() => window.etikaChecker.timings.firstFeedback !== undefined")
    stages = page.evaluate(VISIT_TIMES)
    worker = page.evaluate("() => window.etikaChecker.timings.worker")
    return {
        "ready_ms": stages["etika-ready"],
        "first_feedback_ms": stages["etika-first-feedback"],
        "after_draft_ms": stages["etika-first-feedback"] - typed,
        "worker_ready_ms": worker["ready"],
        "start": worker.get("start", "plain"),
        "warm": page.evaluate("() => window.etikaChecker.timings.warm === true"),
        "stages": {k: v for k, v in stages.items() if v is not None},
    }


def warm_engine(page, origin: str, lang: str) -> None:
    """A handbook page read until the engine it warms in idle time (etika-engine.js) is ready and warmed up."""
    page.goto(f"{origin}/{lang}/index.html")
    page.wait_for_function(
        "() => window.etikaEngine && (window.etikaEngine.warmed || ['off', 'error'].includes(window.etikaEngine.state))",
        timeout=180_000,
    )
    engine = page.evaluate("() => window.etikaEngine")
    if engine["state"] != "ready":
        sys.exit(f"bench: the handbook page did not warm the engine: {engine}")


def wait_for_service_worker(page) -> None:
    """The site's service worker installed (precache done) and active."""
    page.evaluate("""() => navigator.serviceWorker.ready.then(reg => new Promise(done => {
        const w = reg.active;
        if (w.state === 'activated') done();
        else w.addEventListener('statechange', () => w.state === 'activated' && done());
      }))""")


# A reader's use of the checker: the draft checked again and again for `ms` milliseconds. Also
# the warm-up before the check timings: V8 compiles the hot WebAssembly functions again,
# optimised, on background threads, which on a loaded machine takes a while (before, a check can
# take several times as long); and what makes V8 keep that compiled code for the next start
# (it caches a module once enough of it is optimised: see docs-dev/performance.md).
USE = """async ([text, ms]) => {
  const c = window.etikaChecker;
  const t = performance.now();
  for (let i = 0; i < 10 || performance.now() - t < ms; i++) await c.check({tool: 'post', text});
}"""

CHECK_BLOCK = """async ([text, n]) => {
  const c = window.etikaChecker;
  const round = [], inside = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await c.check({tool: 'post', text});
    round.push(performance.now() - t0);
    inside.push(r.ms);
  }
  return {round, inside};
}"""


def browser_and_cpython_checks(page, n: int, blocks: int = 5) -> dict:
    """Medians of n checks in the browser and n in CPython, taken in turns (blocks of n/blocks):
    the machine is shared, and a ratio of two figures measured minutes apart is mostly its load."""
    from etika_check import jsonapi

    request = json.dumps({"tool": "post", "text": DRAFT})
    page.evaluate(USE, [DRAFT, 2000])
    for _ in range(3):
        jsonapi.handle_json(request)
    round_trip, inside, cpython = [], [], []
    per = max(1, n // blocks)
    for _ in range(blocks):
        got = page.evaluate(CHECK_BLOCK, [DRAFT, per])
        round_trip += got["round"]
        inside += got["inside"]
        for _ in range(per):
            t0 = time.perf_counter()
            jsonapi.handle_json(request)
            cpython.append((time.perf_counter() - t0) * 1000)
    med = statistics.median
    return {"round_trip_ms": med(round_trip), "in_worker_ms": med(inside), "cpython_ms": med(cpython)}


def node_check(bundle: Path, n: int) -> dict:
    node = shutil.which("node")
    if not node:
        sys.exit("bench: node is missing")
    proc = subprocess.run(
        [node, str(HERE / "node" / "bench.mjs"), "--bundle", str(bundle), "--runs", str(n)],
        input=json.dumps({"tool": "post", "text": DRAFT}),
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode:
        sys.exit(f"bench: node bench failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Performance figures of the browser checker")
    ap.add_argument("--site", type=Path, default=ROOT / "_build" / "html", help="built handbook (make html)")
    ap.add_argument("--lang", default="ms")
    ap.add_argument("--runs", type=int, default=5, help="cold and repeat visits (each cold run: a new profile)")
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
    cold, warm, warm_sw, restarted, used, from_page, in_browser, restore, plain = [], [], [], [], [], [], [], [], []
    stayed, tiered = [], []
    sent_cold, sent_warm, sent_install, sent_warm_sw = [], [], [], []
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith(origin + "/"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    def profile(p, path: str, service_workers: str):
        # A persistent profile has a real disk cache; routing would disable
        # the cache, so outside requests are blocked by the host resolver
        # instead and recorded.
        ctx = p.chromium.launch_persistent_context(
            path,
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS + ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
            service_workers=service_workers,
        )
        ctx.on("request", lambda r: r.url.startswith((origin + "/", "data:", "blob:")) or blocked.append(r.url))
        # As in a browser no automation drives: the page's warm-up for V8's code cache (etika-checker-client.js).
        ctx.add_init_script(TIER_UP_AS_A_READER)
        return ctx

    def step(what: str) -> None:
        print(f"bench: {time.strftime('%H:%M:%S')} {what}", file=sys.stderr, flush=True)

    try:
        with sync_playwright() as p:
            for run in range(args.runs):
                step(f"visit {run + 1} of {args.runs}: cold, then repeat (HTTP cache), bare restore")
                # Service workers blocked: a cold visit, then a repeat visit from the HTTP cache.
                with tempfile.TemporaryDirectory(prefix="etika-bench-") as path:
                    ctx = profile(p, path, "block")
                    page = ctx.new_page()
                    hits.clear()
                    cold.append(first_feedback(page, url))
                    sent_cold.append(bytes_sent(hits))
                    page.goto("about:blank")  # not a handbook page: its idle time would warm the engine
                    hits.clear()
                    warm.append(first_feedback(page, url))
                    sent_warm.append(bytes_sent(hits))
                    step("bare restore")
                    restore.append(bare_start(page, origin, args.lang, "restore"))
                    ctx.close()
                step("service worker: install, repeat, browser restarted, from a handbook page")
                # The site's service worker: the first visit installs it
                # (precaching the language's site), the repeat visit is served from it.
                with tempfile.TemporaryDirectory(prefix="etika-bench-") as path:
                    ctx = profile(p, path, "allow")
                    page = ctx.new_page()
                    hits.clear()
                    first_feedback(page, url)
                    wait_for_service_worker(page)
                    sent_install.append(bytes_sent(hits))
                    page.goto("about:blank")  # not a handbook page: its idle time would warm the engine
                    hits.clear()
                    visit = first_feedback(page, url)
                    if not page.evaluate("() => !!navigator.serviceWorker.controller"):
                        sys.exit("bench: the repeat visit was not served by the service worker")
                    warm_sw.append(visit)
                    sent_warm_sw.append(bytes_sent(hits))
                    ctx.close()
                    # The browser restarted (same profile): the service worker and
                    # the disk caches (with V8's cache of the compiled WebAssembly)
                    # are all that is left of the earlier visits.
                    ctx = profile(p, path, "allow")
                    page = ctx.new_page()
                    restarted.append(first_feedback(page, url))
                    # That visit stays a while (the reader reads the findings): the page asks its
                    # worker, once per edition, to get V8 to keep the optimised code of
                    # pyodide.asm.wasm (etika-worker.js, tierUp); then the browser restarted again.
                    page.wait_for_timeout(STAY_MS)
                    tiered.append(page.evaluate("() => window.etikaChecker.timings.tiered || null"))
                    ctx.close()
                    ctx = profile(p, path, "allow")
                    stayed.append(first_feedback(ctx.new_page(), url))
                    # From another handbook page of the same tab, its engine warm.
                    page = ctx.new_page()
                    warm_engine(page, origin, args.lang)
                    visit = first_feedback(page, url)
                    if not visit["warm"]:
                        sys.exit("bench: the checker page did not use the engine the handbook page warmed")
                    from_page.append(visit)
                    # A reader's use (drafts checked for a few seconds), then a pause for the
                    # browser to keep the compiled code, then the browser restarted again.
                    page.evaluate(USE, [DRAFT, USE_MS])
                    page.wait_for_timeout(4000)
                    ctx.close()
                    ctx = profile(p, path, "allow")
                    used.append(first_feedback(ctx.new_page(), url))
                    ctx.close()
                step("bare plain start")
                with tempfile.TemporaryDirectory(prefix="etika-bench-") as path:
                    ctx = profile(p, path, "block")
                    plain.append(bare_start(ctx.new_page(), origin, args.lang, "plain"))
                    ctx.close()
            step("checks in the browser")
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            ctx = browser.new_context(service_workers="block")
            ctx.route("**/*", route)
            page = ctx.new_page()
            page.goto(url)
            page.wait_for_selector("#etika-checker[data-state=ready]", timeout=180_000)
            in_browser.append(browser_and_cpython_checks(page, args.checks))
            browser.close()
    finally:
        httpd.shutdown()
    if blocked:
        sys.exit(f"bench: requests outside the site: {blocked}")

    step("checks in Node and CPython")
    node = node_check(bundle, args.checks)
    cpy = in_browser[0]["cpython_ms"]
    med = statistics.median

    def stage_medians(visits: list[dict]) -> dict:
        names = [n for n, _ in STAGES if all(n in v["stages"] for v in visits)]
        return {n: med(v["stages"][n] for v in visits) for n in names}

    result = {
        "page": f"/{args.lang}/checker.html",
        "runs": args.runs,
        "start_cold": sorted({r["start"] for r in cold}),
        "start_repeat": sorted({r["start"] for r in warm}),
        "start_repeat_service_worker": sorted({r["start"] for r in warm_sw}),
        "start_restarted": sorted({r["start"] for r in restarted}),
        "cold_ready_ms": med(r["ready_ms"] for r in cold),
        "cold_first_feedback_ms": med(r["first_feedback_ms"] for r in cold),
        "warm_ready_ms": med(r["ready_ms"] for r in warm),
        "warm_first_feedback_ms": med(r["first_feedback_ms"] for r in warm),
        "warm_sw_ready_ms": med(r["ready_ms"] for r in warm_sw),
        "warm_sw_first_feedback_ms": med(r["first_feedback_ms"] for r in warm_sw),
        "restarted_ready_ms": med(r["ready_ms"] for r in restarted),
        "restarted_first_feedback_ms": med(r["first_feedback_ms"] for r in restarted),
        "restarted_after_stay_ready_ms": med(r["ready_ms"] for r in stayed),
        "restarted_after_stay_first_feedback_ms": med(r["first_feedback_ms"] for r in stayed),
        "restarted_after_stay_after_draft_ms": med(r["after_draft_ms"] for r in stayed),
        "stay_tiered_ms": tiered,
        "restarted_after_use_ready_ms": med(r["ready_ms"] for r in used),
        "restarted_after_use_first_feedback_ms": med(r["first_feedback_ms"] for r in used),
        "from_page_first_feedback_ms": med(r["first_feedback_ms"] for r in from_page),
        "cold_after_draft_ms": med(r["after_draft_ms"] for r in cold),
        "warm_after_draft_ms": med(r["after_draft_ms"] for r in warm),
        "warm_sw_after_draft_ms": med(r["after_draft_ms"] for r in warm_sw),
        "restarted_after_draft_ms": med(r["after_draft_ms"] for r in restarted),
        "from_page_after_draft_ms": med(r["after_draft_ms"] for r in from_page),
        "cold_worker_ready_ms": med(r["worker_ready_ms"] for r in cold),
        "warm_worker_ready_ms": med(r["worker_ready_ms"] for r in warm),
        "stages_cold": stage_medians(cold),
        "stages_repeat": stage_medians(warm),
        "stages_repeat_service_worker": stage_medians(warm_sw),
        "stages_restarted": stage_medians(restarted),
        "stages_restarted_after_stay": stage_medians(stayed),
        "stages_restarted_after_use": stage_medians(used),
        "stages_from_page": stage_medians(from_page),
        "bare_restore_ms": med(restore),
        "bare_plain_start_ms": med(plain),
        "ratio_repeat_to_bare_restore": med(r["first_feedback_ms"] for r in warm) / med(restore),
        "ratio_repeat_sw_to_bare_restore": med(r["first_feedback_ms"] for r in warm_sw) / med(restore),
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
        "bytes_sent_first_visit_with_service_worker": med(sent_install),
        "bytes_sent_repeat_service_worker": med(sent_warm_sw),
        # docs/_static/wasm is rebuilt clean by `make wasm`; Sphinx never deletes
        # old files from _build, so measure the build output when it is there.
        "bundle_bytes_on_disk": sum(
            f.stat().st_size
            for f in (
                ROOT / "docs" / "_static" / "wasm" if (ROOT / "docs" / "_static" / "wasm").is_dir() else bundle
            ).rglob("*")
            if f.is_file()
        ),
        "wheels": json.loads((bundle / "manifest.json").read_text())["wheels"],
        "snapshot": json.loads((bundle / "manifest.json").read_text()).get("snapshot"),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(
        f"browser checker ({result['page']}, medians of {args.runs} visits, {args.checks} checks)"
        f"; started from: cold {'/'.join(result['start_cold'])}, repeat {'/'.join(result['start_repeat'])},"
        f" repeat via the service worker {'/'.join(result['start_repeat_service_worker'])}"
    )
    print(
        f"  first feedback, cold          {result['cold_first_feedback_ms']:8.0f} ms  (budget 1200; checker ready {result['cold_ready_ms']:.0f} ms)"
        f"  {result['ratio_cold_to_plain_start']:.2f}x a bare plain start"
    )
    print(
        f"  first feedback, repeat visit  {result['warm_first_feedback_ms']:8.0f} ms  (budget 500; HTTP cache; checker ready {result['warm_ready_ms']:.0f} ms)"
        f"  {result['ratio_repeat_to_bare_restore']:.2f}x a bare restore"
    )
    print(
        f"  first feedback, repeat visit  {result['warm_sw_first_feedback_ms']:8.0f} ms  (budget 500; service worker; checker ready {result['warm_sw_ready_ms']:.0f} ms)"
        f"  {result['ratio_repeat_sw_to_bare_restore']:.2f}x a bare restore"
    )
    print(
        f"  first feedback, browser restarted {result['restarted_first_feedback_ms']:4.0f} ms  (budget 500; service worker;"
        f" checker ready {result['restarted_ready_ms']:.0f} ms; started from {'/'.join(result['start_restarted'])})"
    )
    print(
        f"  first feedback, browser restarted after a visit that stayed {STAY_MS / 1000:.0f} s"
        f" {result['restarted_after_stay_first_feedback_ms']:4.0f} ms  (budget 500; checker ready"
        f" {result['restarted_after_stay_ready_ms']:.0f} ms; its worker said 'tiered' in"
        f" {sum(t is not None for t in tiered)} of {len(tiered)} visits)"
    )
    print(
        f"  first feedback, browser restarted after a visit that checked drafts for {USE_MS / 1000:.0f} s"
        f" {result['restarted_after_use_first_feedback_ms']:4.0f} ms  (budget 500; checker ready"
        f" {result['restarted_after_use_ready_ms']:.0f} ms; the compiled WebAssembly from the browser's cache)"
    )
    print(
        f"  from another handbook page, engine warm {result['from_page_after_draft_ms']:6.0f} ms after the draft is in the box"
        f" (budget 100; first feedback {result['from_page_first_feedback_ms']:.0f} ms after the navigation)"
    )
    print(
        "  first feedback after the draft is in the box: cold {cold_after_draft_ms:.0f}, repeat {warm_after_draft_ms:.0f},"
        " via SW {warm_sw_after_draft_ms:.0f}, restarted {restarted_after_draft_ms:.0f} ms".format(**result)
    )
    print(f"  bare runtime restore (snapshot, warm cache) {result['bare_restore_ms']:8.0f} ms")
    print(f"  bare plain loadPyodide (empty cache)        {result['bare_plain_start_ms']:8.0f} ms")
    print("  where the time goes (ms since navigation start; medians):")
    print(
        f"    {'':58s} {'cold':>7s} {'repeat':>7s} {'via SW':>7s} {'restart':>7s} {'stayed':>7s} {'used':>7s} {'warm':>7s}"
    )
    for name, what in STAGES:
        cells = [
            result[k].get(name)
            for k in (
                "stages_cold",
                "stages_repeat",
                "stages_repeat_service_worker",
                "stages_restarted",
                "stages_restarted_after_stay",
                "stages_restarted_after_use",
                "stages_from_page",
            )
        ]
        if any(c is not None for c in cells):
            print(f"    {what:58s} " + " ".join("      -" if c is None else f"{c:7.0f}" for c in cells))
    print(f"  one check, {len(DRAFT)} chars:")
    print(
        f"    browser (round trip)        {result['check_browser_round_trip_ms']:8.2f} ms  ({result['ratio_browser_to_cpython']:.1f}x CPython; budget 3x)"
    )
    print(f"    browser (Python in worker)  {result['check_browser_in_worker_ms']:8.2f} ms")
    print(
        f"    Node-Pyodide                {result['check_node_pyodide_ms']:8.2f} ms  ({result['ratio_node_pyodide_to_cpython']:.1f}x CPython)"
    )
    print(f"    CPython                     {result['check_cpython_ms']:8.2f} ms  (in turns with the browser's checks)")
    print(f"  bytes transferred, cold visit   {result['bytes_sent_cold']:,}")
    print(
        f"  bytes transferred, repeat visit {result['bytes_sent_repeat']:,} (HTTP cache), "
        f"{result['bytes_sent_repeat_service_worker']:,} (service worker)"
    )
    print(
        f"  bytes transferred, first visit installing the service worker (its precache included) "
        f"{result['bytes_sent_first_visit_with_service_worker']:,}"
    )
    print(f"  bundle on disk                 {result['bundle_bytes_on_disk']:,}")
    for w in result["wheels"] + ([result["snapshot"]] if result["snapshot"] else []):
        print(f"    {w['file']}: {w['bytes']:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
