#!/usr/bin/env python3
"""Make a built handbook installable and usable offline (run by ``make html``).

    .venv/bin/python tools/offline.py [_build/html]

Writes, at the site's root (``_build/html/``):

* ``etika-sw.js``: the site's service worker (wasm/offline/etika-sw.js, scope:
  the whole site) with ``PRECACHE``, the site's files: the language chooser,
  the downloads (``muat-turun/``), and of each language's site
  (``<site>/<lang>/`` with an ``index.html``) every page and asset, and of the
  checker's bundle only what ``_static/wasm/manifest.json`` names (runtime,
  snapshot, wheels, scripts); Sphinx never deletes old files from its output,
  so a stale wheel or snapshot is not precached. A file whose bytes an
  earlier one has is listed in ``ALIASES`` and stored once (the languages
  share the checker's bundle). ``VERSION`` is a hash of the list and of every
  file's bytes: a new edition gets a new cache.

and in each language's site:

* ``etika-sw.js``: the retired per-language worker of earlier editions
  (wasm/offline/etika-sw-retired.js), so a browser that has one moves to
  the site's worker;
* ``etika.webmanifest``: the web app manifest (name, start page, colours,
  icons).
* ``etika-icon-192.png``, ``etika-icon-512.png`` and
  ``etika-icon-maskable-512.png``: the manifest's icons (installing needs a
  192 and a 512 pixel one; the maskable one keeps its drawing inside the
  safe zone that a launcher may crop to a circle), drawn here with Pillow
  (``make_icon``: a speech bubble with a check mark in the theme's colour);
  no file is downloaded, and the same Pillow gives the same bytes.

Every web page loads ``_static/etika-offline.js`` (docs/_static, added by
the extension's ``etika_handbook.offline``), which registers the worker and links the manifest; where
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
# The icon's drawing, in hundredths of its side: the one place both the app
# icons (make_icon, PNG) and the pages' icon (icon_svg: docs/_static/etika-icon.svg,
# conf.py's html_favicon; a test checks the file is its output) are drawn from.
ICON_CORNER = 18  # the rounded square's corner radius ("any" icons)
ICON_BUBBLE = (18, 20, 82, 70, 12)  # the speech bubble: left, top, right, bottom, corner radius
ICON_TAIL = [(30, 66), (30, 84), (48, 66)]  # the bubble's tail
ICON_TICK = [(33, 46), (45, 57), (67, 33)]  # the check mark, round ends and joint
ICON_TICK_WIDTH = 7.5
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
    files += [
        runtime + n
        for n in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
    ]
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
    from PIL import Image, ImageColor, ImageDraw

    theme = ImageColor.getrgb(THEME_COLOR) + (255,)
    white = (255, 255, 255, 255)
    big = size * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if purpose == "maskable":
        draw.rectangle([0, 0, big, big], fill=theme)
        scale, offset = 0.8, 0.1
    else:
        draw.rounded_rectangle([0, 0, big - 1, big - 1], radius=round(ICON_CORNER / 100 * big), fill=theme)
        scale, offset = 1.0, 0.0

    def at(x: float, y: float) -> tuple[int, int]:
        return round((offset + scale * x / 100) * big), round((offset + scale * y / 100) * big)

    left, top, right, bottom, radius = ICON_BUBBLE
    draw.rounded_rectangle([*at(left, top), *at(right, bottom)], radius=round(radius / 100 * scale * big), fill=white)
    draw.polygon([at(x, y) for x, y in ICON_TAIL], fill=white)
    width = round(ICON_TICK_WIDTH / 100 * scale * big)
    tick = [at(x, y) for x, y in ICON_TICK]
    draw.line(tick, fill=theme, width=width, joint="curve")
    for x, y in (tick[0], tick[-1]):  # round ends
        draw.ellipse([x - width / 2, y - width / 2, x + width / 2, y + width / 2], fill=theme)
    out = io.BytesIO()
    image.resize((size, size), Image.Resampling.LANCZOS).save(out, format="PNG", optimize=False)
    return out.getvalue()


def icon_svg() -> str:
    """The same drawing as SVG (the "any" icon): docs/_static/etika-icon.svg."""
    left, top, right, bottom, radius = ICON_BUBBLE
    (x0, y0), (x1, y1), (x2, y2) = ICON_TAIL
    (t0, u0), (t1, u1), (t2, u2) = ICON_TICK
    num = lambda v: f"{v:g}"  # noqa: E731

    def pair(a: float, b: float) -> str:  # SVG path numbers: a minus sign separates them
        return f"{num(a)}{'' if b < 0 else ' '}{num(b)}"

    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<rect width="100" height="100" rx="{ICON_CORNER}" fill="{THEME_COLOR}"/>'
        f'<rect x="{left}" y="{top}" width="{right - left}" height="{bottom - top}" rx="{radius}" fill="#fff"/>'
        f'<path d="M{pair(x0, y0)}v{num(y1 - y0)}l{pair(x2 - x1, y2 - y1)}z" fill="#fff"/>'
        f'<path d="M{pair(t0, u0)}l{pair(t1 - t0, u1 - u0)} {pair(t2 - t1, u2 - u1)}" fill="none" stroke="{THEME_COLOR}" '
        f'stroke-width="{num(ICON_TICK_WIDTH)}" stroke-linecap="round" stroke-linejoin="round"/></svg>\n'
    )


def web_manifest(site: Path, lang: str) -> None:
    """A language's web app manifest and its icons (installing starts at that language's home page)."""
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


def root_files(html: Path, langs: list[str]) -> list[str]:
    """The files outside the languages' sites, as paths from the site's root: the
    language chooser (index.html) and the downloads (muat-turun/: the EPUBs)."""
    files = []
    for p in sorted(html.rglob("*")):
        rel = p.relative_to(html).as_posix()
        top = rel.split("/")[0]
        if p.is_file() and top not in langs and top not in SKIP_DIRS and p.name not in SKIP_FILES:
            files.append(rel)
    return files


def make_offline(html: Path, langs: list[str]) -> dict:
    """The site's service worker (<html>/etika-sw.js) and each language's web app manifest.

    PRECACHE: every file (both languages, the root, muat-turun/), paths from
    the root; a file with the same bytes as one listed before it is listed in
    ALIASES instead (stored once: the languages share the checker's bundle; the
    source language's copy is the stored one).
    Each language keeps an ``etika-sw.js``: the retired worker
    (wasm/offline/etika-sw-retired.js), which replaces the per-language worker
    of earlier editions in a browser that still has it.
    """
    files = root_files(html, langs)
    for lang in langs:
        web_manifest(html / lang, lang)
        files += [f"{lang}/{f}" for f in precache_list(html / lang)]
        (html / lang / "etika-sw.js").write_bytes((TEMPLATES / "etika-sw-retired.js").read_bytes())
    precache: list[str] = []
    aliases: dict[str, str] = {}
    first: dict[bytes, str] = {}
    h = hashlib.sha256()
    # The root's files first, then the languages, the source language (Malay) first: its copy of
    # a shared file is the one stored, and only a stored response is answered as it is (with
    # the browser's cache of the code compiled from it; etika-sw.js, asRequested).
    from etika_handbook.site import LANGS

    order = sorted(langs, key=lambda lang: (lang not in LANGS, LANGS.index(lang) if lang in LANGS else 0, lang))
    rank = {lang: i for i, lang in enumerate(order)}
    for rel in sorted(set(files), key=lambda f: (f.count("/") > 0, rank.get(f.split("/", 1)[0], len(rank)), f)):
        digest = hashlib.sha256((html / rel).read_bytes()).digest()
        h.update(rel.encode() + b"\0" + digest)
        if digest in first:
            aliases[rel] = first[digest]
        else:
            first[digest] = rel
            precache.append(rel)
    version = h.hexdigest()[:16]
    sw = (TEMPLATES / "etika-sw.js").read_text(encoding="utf-8")
    for placeholder in ('const VERSION = "dev";', "const PRECACHE = [];", "const ALIASES = {};"):
        if placeholder not in sw:
            sys.exit(f"offline: etika-sw.js lost its placeholder {placeholder}")
    sw = sw.replace('const VERSION = "dev";', f'const VERSION = "{version}";')
    sw = sw.replace("const PRECACHE = [];", "const PRECACHE = " + json.dumps(precache, indent=0) + ";")
    sw = sw.replace("const ALIASES = {};", "const ALIASES = " + json.dumps(aliases, indent=0, sort_keys=True) + ";")
    (html / "etika-sw.js").write_text(sw, encoding="utf-8")
    return {
        "version": version,
        "files": len(precache),
        "aliases": len(aliases),
        "bytes": sum((html / f).stat().st_size for f in precache),
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    html = Path(argv[0]) if argv else ROOT / "_build" / "html"
    sites = [p.parent for p in sorted(html.glob("*/index.html")) if re.fullmatch(r"[a-z]{2}", p.parent.name)]
    if not sites:
        print(f"offline: no language site under {html}", file=sys.stderr)
        return 2
    info = make_offline(html, [site.name for site in sites])
    print(
        f"offline: etika-sw.js {info['version']}: {info['files']} files ({info['aliases']} more share their bytes), "
        f"{info['bytes']:,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
