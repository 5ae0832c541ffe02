#!/usr/bin/env python3
"""Paired A/B runs of the browser checker's start (issue 23): two built sites, visited in turns.

The machine is shared and its load moves by the minute, so two `make bench-wasm` runs minutes
apart compare the load more than the change. This serves two built handbooks (A: before, B:
after; each a `_build/html` of its own, e.g. a copy kept before the change) on two ports and,
round after round, in the order ABBA (so a slow drift of the load falls on both), makes in each
a fresh browser profile: a cold visit (service worker allowed: the visit installs it), a repeat
visit served by the service worker, the browser restarted (`restarted`: nothing in memory, the
service worker's cache and the disk caches only) and restarted once more (`restarted2`: what
the first restarted visit left, V8's cache of compiled code among it). Prints the medians of
first feedback and of the worker's stages for each, and the median of the paired differences
(B - A, same round).

    .venv/bin/python wasm/bench_ab.py --a /tmp/site-a --b _build/html [--rounds 6] [--lang ms]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("etika_bench_wasm", HERE / "bench.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

KINDS = ("cold", "repeat_sw", "restarted", "restarted2")
SHOWN = (
    "etika-script-start",
    "start",
    "loader",
    "compiled",
    "wasm",
    "module",
    "snapshot",
    "verified",
    "copied",
    "bootstrapped",
    "ready",
    "etika-first-feedback",
)


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def visits(p, origin: str, lang: str, dwell: int = 0, cold_dwell: int = 0) -> dict:
    url = f"{origin}/{lang}/checker.html"
    out = {}
    with tempfile.TemporaryDirectory(prefix="etika-ab-") as path:

        def ctx():
            c = p.chromium.launch_persistent_context(
                path,
                executable_path=bench.CHROMIUM,
                args=bench.CHROMIUM_ARGS + ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
                service_workers="allow",
            )
            c.add_init_script(bench.TIER_UP_AS_A_READER)
            return c

        c = ctx()
        page = c.new_page()
        out["cold"] = bench.first_feedback(page, url)
        bench.wait_for_service_worker(page)
        if cold_dwell:
            page.wait_for_timeout(cold_dwell)
        page.goto("about:blank")
        out["repeat_sw"] = bench.first_feedback(page, url)
        page.wait_for_timeout(max(1000, dwell))
        out["repeat_sw"]["tiered"] = page.evaluate("() => window.etikaChecker.timings.tiered || null")
        c.close()
        for kind in ("restarted", "restarted2"):
            c = ctx()
            out[kind] = bench.first_feedback(c.new_page(), url)
            c.pages[0].wait_for_timeout(1000)
            c.close()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--a", type=Path, required=True, help="built handbook A (before)")
    ap.add_argument("--b", type=Path, required=True, help="built handbook B (after)")
    ap.add_argument("--rounds", type=int, default=6, help="rounds (each: A and B, in the order ABBA)")
    ap.add_argument("--lang", default="ms")
    ap.add_argument("--json", type=Path, help="also write every visit's figures here")
    ap.add_argument(
        "--cold-dwell", type=int, default=0, help="ms the cold visit stays open once the service worker is active"
    )
    ap.add_argument(
        "--dwell", type=int, default=0, help="ms the repeat visit stays open after its first feedback (at least 1000)"
    )
    ap.add_argument(
        "--unlabelled",
        default="",
        help="A, B or AB: that server sends the snapshot as stored (gzip bytes, no Content-Encoding)",
    )
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright

    servers = {}
    for name, site in (("A", args.a), ("B", args.b)):
        serve = bench._serve_module()  # a module of its own: its settings are this server's
        if name in args.unlabelled:
            serve.PRECOMPRESSED = re.compile(r"(?!)")
        httpd = serve.make_server(site.resolve(), port=0)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers[name] = (httpd, f"http://127.0.0.1:{httpd.server_address[1]}")
    got: dict[str, list[dict]] = {"A": [], "B": []}
    print(f"ab: {time.strftime('%H:%M:%S')} load {load()}", file=sys.stderr, flush=True)
    try:
        with sync_playwright() as p:
            for r in range(args.rounds):
                for name in "AB" if r % 2 == 0 else "BA":
                    got[name].append(visits(p, servers[name][1], args.lang, args.dwell, args.cold_dwell))
                print(f"ab: {time.strftime('%H:%M:%S')} round {r + 1} load {load()}", file=sys.stderr, flush=True)
    finally:
        for httpd, _ in servers.values():
            httpd.shutdown()
    med = statistics.median
    print(
        f"paired A/B, {args.rounds} rounds; A = {args.a}, B = {args.b}; the repeat visit stayed"
        f" {max(1000, args.dwell)} ms; load at the end {load()}"
    )
    for name in "AB":
        tiered = [v["repeat_sw"].get("tiered") for v in got[name]]
        print(f"  {name}: the repeat visit's worker said 'tiered' at (ms): {tiered}")
    for kind in KINDS:
        a = [v[kind]["first_feedback_ms"] for v in got["A"]]
        b = [v[kind]["first_feedback_ms"] for v in got["B"]]
        diff = [y - x for x, y in zip(a, b, strict=True)]
        print(
            f"  {kind:11s} first feedback: A {med(a):6.0f}  B {med(b):6.0f}  B-A (paired median) {med(diff):+6.0f} ms"
            f"   A {[round(x) for x in a]}  B {[round(x) for x in b]}"
        )
        for name in SHOWN:
            sa = [v[kind]["stages"][name] for v in got["A"] if name in v[kind]["stages"]]
            sb = [v[kind]["stages"][name] for v in got["B"] if name in v[kind]["stages"]]
            if sa or sb:
                fa = f"{med(sa):6.0f}" if sa else "     -"
                fb = f"{med(sb):6.0f}" if sb else "     -"
                print(f"      {name:22s} A {fa}  B {fb}")
    if args.json:
        args.json.write_text(json.dumps(got, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
