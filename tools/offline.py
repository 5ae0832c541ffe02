#!/usr/bin/env python3
"""Make a built handbook installable and usable offline (run by ``make html``).

    .venv/bin/python tools/offline.py [_build/html]

For each language's site (``<site>/<lang>/`` with an ``index.html``) writes:

* ``etika-sw.js``: the service worker (wasm/offline/etika-sw.js) with
  ``PRECACHE``, the site's files: every page and asset, and of the checker's
  bundle only what ``_static/wasm/manifest.json`` names (runtime, snapshot,
  wheels, scripts); Sphinx never deletes old files from its output, so a
  stale wheel or snapshot is not precached. ``VERSION`` is a hash of the
  list and of every file's bytes: a new edition gets a new cache.
* ``etika.webmanifest``: the web app manifest (name, start page, colours).

Every web page loads ``_static/etika-offline.js`` (docs/_static, added by
conf.py's ``setup``), which registers the worker and links the manifest; where
this has not run (a bare Sphinx build) the registration fails quietly.

Same site in, same bytes out.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "wasm" / "offline"
NAMES = {
    "ms": ("Etika Penggunaan Internet dan Media Sosial", "Etika"),
    "en": ("Ethics of Internet and Social Media Use", "Etika"),
}
SKIP_DIRS = {"_sources", ".doctrees"}
SKIP_FILES = {".buildinfo", "objects.inv", "etika-sw.js"}


def wasm_files(site: Path) -> list[str]:
    """The checker bundle's files the page may fetch, from its manifest."""
    wasm = site / "_static" / "wasm"
    manifest = json.loads((wasm / "manifest.json").read_text(encoding="utf-8"))
    runtime = manifest["indexURL"]
    files = ["manifest.json", manifest["glue"]["file"]]
    files += [w["file"] for w in manifest["wheels"]]
    if manifest.get("snapshot"):
        files.append(manifest["snapshot"]["file"])
    files += [runtime + n for n in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                                    "pyodide-lock.json")]
    files += sorted(p.name for p in wasm.iterdir() if p.is_file() and p.suffix in {".js", ".css"})
    return ["_static/wasm/" + f for f in files]


def precache_list(site: Path) -> list[str]:
    files = []
    for p in sorted(site.rglob("*")):
        rel = p.relative_to(site).as_posix()
        if not p.is_file() or p.name in SKIP_FILES or rel.split("/")[0] in SKIP_DIRS:
            continue
        if rel.startswith("_static/wasm/"):
            continue
        files.append(rel)
    if (site / "_static" / "wasm" / "manifest.json").is_file():
        files += wasm_files(site)
    return sorted(set(files))


def make_offline(site: Path, lang: str) -> dict:
    name, short = NAMES.get(lang, NAMES["en"])
    manifest = {
        "name": name,
        "short_name": short,
        "lang": lang,
        "start_url": "./index.html",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#00416a",
    }
    (site / "etika.webmanifest").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    files = precache_list(site)
    h = hashlib.sha256()
    for rel in files:
        h.update(rel.encode() + b"\0" + hashlib.sha256((site / rel).read_bytes()).digest())
    version = h.hexdigest()[:16]
    sw = (TEMPLATES / "etika-sw.js").read_text(encoding="utf-8")
    for placeholder in ('const VERSION = "dev";', "const PRECACHE = [];"):
        if placeholder not in sw:
            sys.exit(f"offline: etika-sw.js lost its placeholder {placeholder}")
    sw = sw.replace('const VERSION = "dev";', f'const VERSION = "{version}";')
    sw = sw.replace("const PRECACHE = [];", "const PRECACHE = " + json.dumps(["./" + f for f in files], indent=0) + ";")
    (site / "etika-sw.js").write_text(sw, encoding="utf-8")
    return {"version": version, "files": len(files), "bytes": sum((site / f).stat().st_size for f in files)}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    html = Path(argv[0]) if argv else ROOT / "_build" / "html"
    sites = [p.parent for p in sorted(html.glob("*/index.html")) if re.fullmatch(r"[a-z]{2}", p.parent.name)]
    if not sites:
        print(f"offline: no language site under {html}", file=sys.stderr)
        return 2
    for site in sites:
        info = make_offline(site, site.name)
        print(f"offline: {site.name}/etika-sw.js {info['version']}: {info['files']} files, {info['bytes']:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
