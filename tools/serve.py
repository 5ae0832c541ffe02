#!/usr/bin/env python3
"""Serve the built handbook with the headers a production server sends (``make serve``).

    .venv/bin/python tools/serve.py [--dir _build/html] [--bind 127.0.0.1] [--port 8000]

What it adds to ``python -m http.server`` (the same as the nginx and Apache
examples in docs-dev/deployment.md):

* **Content-Security-Policy headers.** The checker page (``checker.html``)
  gets its own policy (the ``<meta>`` of docs/checker.md) plus
  ``frame-ancestors 'self'``, which a meta tag cannot carry. The Web Worker
  (``etika-worker.js``) gets ``WORKER_CSP``: a worker started from a URL runs
  under the policy of its own response, not its page's, so without this
  header code in the worker could ``fetch`` any host. Every other response
  (every other page, the service worker) gets ``site_csp``: the checker
  page's policy without ``'wasm-unsafe-eval'``, so no page of the site can
  load a script, ``fetch``, send a beacon, open a WebSocket or start a worker
  of another origin.
* **Cache-Control**: the versioned Pyodide runtime (``_static/wasm/pyodide/<v>/``)
  and the content-hashed memory snapshots (``_static/wasm/snapshots/``) for a
  year, ``immutable``; everything else ``no-cache`` (revalidate).
* **MIME types** for ``.wasm``, ``.mjs``, ``.whl``, ``.webmanifest`` and ``.epub``.
* **Compression**: gzip (``Content-Encoding``) for HTML, CSS, JavaScript,
  JSON and WebAssembly when the browser accepts it, as docs-dev/deployment.md's nginx
  ``gzip_types`` and Apache ``DEFLATE`` lines do (compressed once per file
  version and kept in memory); an ``ETag`` so a revalidation is a 304. The
  memory snapshot (``_static/wasm/snapshots/*.bin.gz``, stored compressed)
  is sent as it is stored, labelled ``Content-Encoding: gzip``
  (``PRECOMPRESSED``): the browser decodes it while it downloads, outside the
  worker, and a service worker's cache keeps it decoded, so a repeat visit
  reads it without decoding it again. A client that does not accept gzip
  gets the same bytes unlabelled (the worker then decodes them itself).

It binds to the loopback address by default and only serves files under
``--dir``. Stop it with Ctrl-C.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import http.server
import re
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The worker needs to import the runtime's modules and compile WebAssembly
# ('self', 'wasm-unsafe-eval') and to fetch the bundle's files ('self');
# nothing else, and no other origin.
WORKER_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"
# Nothing but the site itself may frame a page (clickjacking); only a header can say so.
FRAME_ANCESTORS = "frame-ancestors 'self'"
# Every other page of the site (and every other file: a script started as a
# worker or service worker runs under its own response's policy): the
# checker page's policy without 'wasm-unsafe-eval' (site_csp). Nothing
# off-site: no script, fetch, beacon, WebSocket or worker of another origin.
WASM_EVAL = " 'wasm-unsafe-eval'"


def page_csp(source: Path = ROOT / "docs" / "checker.md") -> str:
    """The checker page's policy: its ``<meta>`` (one place: docs/checker.md) plus frame-ancestors."""
    m = re.search(r'"http-equiv=Content-Security-Policy":\s*"([^"]+)"', source.read_text(encoding="utf-8"))
    if not m:
        raise SystemExit(f"serve: no Content-Security-Policy meta in {source}")
    return f"{m.group(1).rstrip('; ')}; {FRAME_ANCESTORS}"


def site_csp(checker_csp: str | None = None) -> str:
    """The policy of every page but the checker: the checker page's without 'wasm-unsafe-eval'."""
    checker_csp = checker_csp or page_csp()
    if WASM_EVAL not in checker_csp:
        raise SystemExit("serve: the checker page's policy has no 'wasm-unsafe-eval'")
    return checker_csp.replace(WASM_EVAL, "")


def headers_for(path: str, checker_csp: str) -> dict[str, str]:
    """The extra response headers for a URL path (no query)."""
    headers = {"X-Content-Type-Options": "nosniff"}
    name = path.rsplit("/", 1)[-1]
    if name == "checker.html":
        headers["Content-Security-Policy"] = checker_csp
    elif name == "etika-worker.js" and "/_static/wasm/" in path:
        headers["Content-Security-Policy"] = WORKER_CSP
    else:
        headers["Content-Security-Policy"] = site_csp(checker_csp)
    if re.search(r"/_static/wasm/(pyodide/[^/]+|snapshots)/[^/]+$", path):
        headers["Cache-Control"] = "public, max-age=31536000, immutable"
    else:
        headers["Cache-Control"] = "no-cache"
    return headers


# What is worth compressing (the rest is already compressed: zip, whl, .gz, images).
COMPRESSIBLE = {
    "text/html",
    "text/css",
    "text/javascript",
    "application/json",
    "application/wasm",
    "application/manifest+json",
    "image/svg+xml",
    "text/plain",
}
# Files stored gzip-compressed that are served as their decoded content with
# Content-Encoding: gzip (nginx: gzip_static-like; see docs-dev/deployment.md).
PRECOMPRESSED = re.compile(r"/_static/wasm/snapshots/[^/]+\.gz$")
_gzip_cache: dict[tuple[str, int, int], tuple[bytes, str]] = {}
_gzip_lock = threading.Lock()


def gzipped(path: Path) -> tuple[bytes, str]:
    """The file gzip-compressed and its ETag, computed once per file version."""
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    with _gzip_lock:
        hit = _gzip_cache.get(key)
    if hit is None:
        data = path.read_bytes()
        hit = (gzip.compress(data, compresslevel=6, mtime=0), '"gz-' + hashlib.sha256(data).hexdigest()[:20] + '"')
        with _gzip_lock:
            _gzip_cache[key] = hit
    return hit


class Handler(http.server.SimpleHTTPRequestHandler):
    checker_csp = ""
    on_request = None  # a callable(path, status, bytes sent), for the bench
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".whl": "application/octet-stream",
        ".zip": "application/octet-stream",
        ".webmanifest": "application/manifest+json",
        ".epub": "application/epub+zip",
    }

    def do_GET(self) -> None:  # noqa: N802
        self._noted = False  # one handler serves every request of a kept-alive connection
        if self._send_gzipped():
            return
        super().do_GET()

    def _send_gzipped(self) -> bool:
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return False
        path = Path(self.translate_path(self.path))
        ctype = self.guess_type(str(path))
        if path.is_file() and PRECOMPRESSED.search(self.path.split("?", 1)[0]):
            body = path.read_bytes()
            etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
            ctype = "application/octet-stream"
        elif not path.is_file() or ctype.split(";")[0] not in COMPRESSIBLE:
            return False
        else:
            body, etag = gzipped(path)
        self._noted = True  # counted here, with the compressed size
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            self._note(304, 0)
            return True
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)
        self._note(200, len(body))
        return True

    def log_request(self, code="-", size="-") -> None:
        if self.on_request and not getattr(self, "_noted", False):
            status = int(code) if str(code).isdigit() else 0
            sent = 0
            if status == 200:
                f = Path(self.translate_path(self.path))
                sent = f.stat().st_size if f.is_file() else 0
            self.on_request(self.path.split("?", 1)[0], status, sent)
        super().log_request(code, size)

    def _note(self, status: int, sent: int) -> None:
        if self.on_request:
            self.on_request(self.path.split("?", 1)[0], status, sent)

    quiet = False

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if not self.quiet:
            super().log_message(format, *args)

    def end_headers(self) -> None:
        for key, value in headers_for(self.path.split("?", 1)[0], self.checker_csp).items():
            self.send_header(key, value)
        super().end_headers()


def make_server(
    directory: Path,
    bind: str = "127.0.0.1",
    port: int = 8000,
    checker_csp: str | None = None,
    on_request=None,
    quiet: bool = True,
) -> http.server.ThreadingHTTPServer:
    """The server; on_request(path, status, bytes sent) is called for every request (the bench's count)."""
    handler = type(
        "EtikaHandler",
        (Handler,),
        {
            "checker_csp": checker_csp or page_csp(),
            "on_request": staticmethod(on_request) if on_request else None,
            "quiet": quiet,
        },
    )
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
    httpd = make_server(args.dir, args.bind, args.port, quiet=False)
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
