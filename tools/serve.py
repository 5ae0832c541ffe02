#!/usr/bin/env python3
"""Serve the built handbook with the headers a production server sends (``make serve``).

    .venv/bin/python tools/serve.py [--dir _build/html] [--bind 127.0.0.1] [--port 8000]

What it adds to ``python -m http.server`` (the same as the nginx and Apache
examples in the README's deployment section):

* **Content-Security-Policy headers.** The checker page (``checker.html``)
  gets its own policy (the ``<meta>`` of docs/checker.md) plus
  ``frame-ancestors 'self'``, which a meta tag cannot carry. The Web Worker
  (``etika-worker.js``) gets ``WORKER_CSP``: a worker started from a URL runs
  under the policy of its own response, not its page's, so without this
  header code in the worker could ``fetch`` any host. Every other response
  gets ``frame-ancestors 'self'``.
* **Cache-Control**: the versioned Pyodide runtime (``_static/wasm/pyodide/<v>/``)
  for a year, ``immutable``; everything else ``no-cache`` (revalidate).
* **MIME types** for ``.wasm``, ``.mjs``, ``.whl`` and ``.webmanifest``.

It binds to the loopback address by default and only serves files under
``--dir``. Stop it with Ctrl-C.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The worker needs to import the runtime's modules and compile WebAssembly
# ('self', 'wasm-unsafe-eval') and to fetch the bundle's files ('self');
# nothing else, and no other origin.
WORKER_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"
# Nothing but the site itself may frame a page (clickjacking); only a header can say so.
FRAME_ANCESTORS = "frame-ancestors 'self'"


def page_csp(source: Path = ROOT / "docs" / "checker.md") -> str:
    """The checker page's policy: its ``<meta>`` (one place: docs/checker.md) plus frame-ancestors."""
    m = re.search(r'"http-equiv=Content-Security-Policy":\s*"([^"]+)"', source.read_text(encoding="utf-8"))
    if not m:
        raise SystemExit(f"serve: no Content-Security-Policy meta in {source}")
    return f"{m.group(1).rstrip('; ')}; {FRAME_ANCESTORS}"


def headers_for(path: str, checker_csp: str) -> dict[str, str]:
    """The extra response headers for a URL path (no query)."""
    headers = {"X-Content-Type-Options": "nosniff"}
    name = path.rsplit("/", 1)[-1]
    if name == "checker.html":
        headers["Content-Security-Policy"] = checker_csp
    elif name == "etika-worker.js" and "/_static/wasm/" in path:
        headers["Content-Security-Policy"] = WORKER_CSP
    else:
        headers["Content-Security-Policy"] = FRAME_ANCESTORS
    if re.search(r"/_static/wasm/pyodide/[^/]+/[^/]+$", path):
        headers["Cache-Control"] = "public, max-age=31536000, immutable"
    else:
        headers["Cache-Control"] = "no-cache"
    return headers


class Handler(http.server.SimpleHTTPRequestHandler):
    checker_csp = ""
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".whl": "application/octet-stream",
        ".zip": "application/octet-stream",
        ".webmanifest": "application/manifest+json",
    }

    def end_headers(self) -> None:
        for key, value in headers_for(self.path.split("?", 1)[0], self.checker_csp).items():
            self.send_header(key, value)
        super().end_headers()


def make_server(directory: Path, bind: str = "127.0.0.1", port: int = 8000,
                checker_csp: str | None = None) -> http.server.ThreadingHTTPServer:
    handler = type("EtikaHandler", (Handler,), {"checker_csp": checker_csp or page_csp()})
    return http.server.ThreadingHTTPServer((bind, port), functools.partial(handler, directory=str(directory)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", type=Path, default=ROOT / "_build" / "html")
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000, help="0: any free port")
    args = ap.parse_args(argv)
    if not (args.dir / "index.html").is_file():
        print(f"serve: {args.dir} has no index.html: run `make html` first", file=sys.stderr)
        return 2
    httpd = make_server(args.dir, args.bind, args.port)
    host, port = httpd.server_address[:2]
    print(f"Serving {args.dir} on http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
