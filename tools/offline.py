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
* ``etika.webmanifest``: the web app manifest (name, start page, colours,
  icons).
* ``etika-icon-192.png``, ``etika-icon-512.png`` and
  ``etika-icon-maskable-512.png``: the manifest's icons (installing needs a
  192 and a 512 pixel one; the maskable one keeps its drawing inside the
  safe zone that a launcher may crop to a circle), drawn here with Pillow
  (``make_icon``: a speech bubble with a check mark in the theme's colour);
  no file is downloaded, and the same Pillow gives the same bytes.

Every web page loads ``_static/etika-offline.js`` (docs/_static, added by
conf.py's ``setup``), which registers the worker and links the manifest; where
this has not run (a bare Sphinx build) the registration fails quietly.

Same site in, same bytes out.
"""

from __future__ import annotations

import hashlib
import io
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
THEME_COLOR = "#00416a"
# (file, pixels, purpose): the manifest's icons.
ICONS = [
    ("etika-icon-192.png", 192, "any"),
    ("etika-icon-512.png", 512, "any"),
    ("etika-icon-maskable-512.png", 512, "maskable"),
]
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


def make_icon(size: int, purpose: str) -> bytes:
    """The handbook's icon as PNG bytes: a white speech bubble holding a check
    mark, on the theme's colour (rounded corners; a full square for
    "maskable", the drawing scaled into the central 80% safe zone).

    Drawn at four times the size and scaled down (anti-aliased edges).
    Pillow (a well-kept library) rather than a hand-written rasteriser and
    PNG writer; it adds no date or other varying chunk, so the same Pillow
    gives the same bytes.
    """
    from PIL import Image, ImageDraw, ImageColor

    theme = ImageColor.getrgb(THEME_COLOR) + (255,)
    white = (255, 255, 255, 255)
    big = size * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if purpose == "maskable":
        draw.rectangle([0, 0, big, big], fill=theme)
        scale, offset = 0.8, 0.1
    else:
        draw.rounded_rectangle([0, 0, big - 1, big - 1], radius=round(0.18 * big), fill=theme)
        scale, offset = 1.0, 0.0

    def at(x: float, y: float) -> tuple[int, int]:
        return round((offset + scale * x) * big), round((offset + scale * y) * big)

    draw.rounded_rectangle([*at(0.18, 0.2), *at(0.82, 0.7)], radius=round(0.12 * scale * big), fill=white)
    draw.polygon([at(0.3, 0.66), at(0.3, 0.84), at(0.48, 0.66)], fill=white)  # the bubble's tail
    width = round(0.075 * scale * big)
    tick = [at(0.33, 0.46), at(0.45, 0.57), at(0.67, 0.33)]
    draw.line(tick, fill=theme, width=width, joint="curve")
    for x, y in (tick[0], tick[-1]):  # round ends
        draw.ellipse([x - width / 2, y - width / 2, x + width / 2, y + width / 2], fill=theme)
    out = io.BytesIO()
    image.resize((size, size), Image.Resampling.LANCZOS).save(out, format="PNG", optimize=False)
    return out.getvalue()


def make_offline(site: Path, lang: str) -> dict:
    name, short = NAMES.get(lang, NAMES["en"])
    for file, size, purpose in ICONS:
        (site / file).write_bytes(make_icon(size, purpose))
    manifest = {
        "name": name,
        "short_name": short,
        "lang": lang,
        "start_url": "./index.html",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            {"src": file, "sizes": f"{size}x{size}", "type": "image/png", "purpose": purpose}
            for file, size, purpose in ICONS
        ],
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
