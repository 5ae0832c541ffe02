#!/usr/bin/env python3
"""Assemble the browser checker bundle (``make wasm``).

Output: ``docs/_static/wasm/`` (gitignored), which Sphinx copies into the site
because ``docs/_static`` is in ``html_static_path``::

    pyodide/0.25.1/  the Pyodide runtime files the page needs, copied from
                 wasm/node_modules/pyodide (``make wasm-deps`` = ``npm ci``);
                 the version is in the path so that a browser's cached copy
                 can never outlive an upgrade
    wheels/      etika_check's own wheel, built from src/ and compiled with
                 ``pyodide py-compile``; python-stdnum's wheel, pinned to the
                 version installed in the venv, downloaded with pip into
                 build/wasm/cache and shipped as published (compiling it makes
                 it 9% larger and the checker imports only stdnum.my.nric and
                 its helpers; --compile-deps does it anyway)
    manifest.json  the wheels (name, bytes, sha256), the clause -> handbook
                 page map (from src/etika_check/data/clauses.toml) and the
                 instrument ids; the worker and the page read it
    glue.py      the Python side of the JSON-string bridge (worker and Node)
    etika-worker.js, etika-checker*.js, etika-checker.css   from wasm/src/

Run it with the venv's Python (it needs build, pyodide-build and pip)::

    .venv/bin/python wasm/build.py [--project DIR] [--out DIR]

Nothing here downloads the Pyodide runtime or any package by name from a CDN:
the runtime comes from npm (integrity-checked by package-lock.json), the
wheels from pip's configured index.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

PYODIDE_VERSION = "0.25.1"
# Only what the page loads: the classic worker uses pyodide.js (not .mjs).
# package.json is not fetched; it travels along because it names the version
# and the licence of the runtime.
PYODIDE_FILES = [
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "pyodide.js",
    "python_stdlib.zip",
    "pyodide-lock.json",
    "package.json",
]
# Pure-Python runtime dependencies that travel beside the project's wheel,
# pinned at the version installed in the venv.
DEPENDENCIES = ["python-stdnum"]
# Every file of wasm/src/: the worker, the page script and its ES modules, the styles, glue.py.
STATIC_SOURCES = sorted(p.name for p in (HERE / "src").iterdir() if p.suffix in {".js", ".css", ".py"})


def log(msg: str) -> None:
    print(f"wasm: {msg}", flush=True)


def run(cmd: list[str], capture: bool = False, **kw) -> None:
    """Run a command; with capture, show its output only if it fails."""
    if not capture:
        subprocess.run(cmd, check=True, **kw)
        return
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode:
        sys.stderr.write(r.stdout + r.stderr)
        raise subprocess.CalledProcessError(r.returncode, cmd)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def source_date_epoch(project: Path) -> str:
    """Commit time of HEAD, so rebuilding an unchanged tree gives the same bytes."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(
            ["git", "-C", str(project), "log", "-1", "--format=%ct"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    return "315532800"  # 1980-01-01, the earliest time a zip can hold


def pyodide_cli() -> str:
    exe = Path(sys.executable).parent / "pyodide"
    if not exe.exists():
        sys.exit("wasm: the `pyodide` command (pyodide-build 0.25.x) is missing: run `make install`")
    return str(exe)


def normalize_zip(path: Path, epoch: str) -> None:
    """Give every member of a zip the same timestamp (SOURCE_DATE_EPOCH), in order.

    ``pyodide py-compile`` writes members stamped with the current time; with
    this (and hash-based .pyc, which py_compile makes when SOURCE_DATE_EPOCH is
    set) an unchanged tree gives a byte-identical wheel, so its ?v=<sha256>
    URL, and the reader's cached copy, stay valid across rebuilds.
    """
    stamp = time.gmtime(max(int(epoch), 315532800))[:6]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=stamp)
            new.external_attr = info.external_attr
            new.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(new, src.read(info))
    tmp.replace(path)


def py_compile(wheel: Path, epoch: str) -> Path:
    """Compile a pure-Python wheel to CPython 3.11 bytecode (Pyodide 0.25 runs 3.11).

    ``pyodide py-compile`` replaces x-py3-none-any.whl by x-cp311-none-any.whl.
    """
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"wasm: py-compile needs Python 3.11 (Pyodide {PYODIDE_VERSION}'s); this is {sys.version}")
    before = set(wheel.parent.glob("*.whl"))
    run([pyodide_cli(), "py-compile", "--silent", str(wheel)], env=dict(os.environ, SOURCE_DATE_EPOCH=epoch))
    new = sorted(set(wheel.parent.glob("*.whl")) - before)
    if len(new) != 1 or wheel.exists():
        sys.exit(f"wasm: unexpected py-compile result for {wheel.name}: {[p.name for p in new]}")
    normalize_zip(new[0], epoch)
    return new[0]


def build_project_wheel(project: Path, workdir: Path, epoch: str) -> Path:
    """Build etika_check's wheel from a clean copy of the source tree.

    A copy, because setuptools keeps build/lib/ between runs: a module deleted
    from src/ would otherwise linger in the wheel.
    """
    tree = workdir / "tree"
    tree.mkdir()
    for name in ("pyproject.toml", "setup.cfg", "setup.py", "MANIFEST.in"):
        if (project / name).exists():
            shutil.copy2(project / name, tree / name)
    for pattern in ("README*", "LICENSE*", "COPYING*"):
        for p in project.glob(pattern):
            if p.is_file():
                shutil.copy2(p, tree / p.name)
    shutil.copytree(
        project / "src", tree / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"),
    )
    out = workdir / "dist"
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
    # --no-isolation: no download of build requirements; -x: the venv's own
    # setuptools/wheel are used as installed.
    run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--skip-dependency-check",
         "--outdir", str(out), str(tree)],
        env=env, capture=True,
    )
    wheels = list(out.glob("etika_check-*.whl"))
    if len(wheels) != 1:
        sys.exit(f"wasm: expected one etika_check wheel, got {wheels}")
    return wheels[0]


def dependency_wheel(dist: str, cache: Path) -> Path:
    """The pinned wheel of a pure-Python dependency, downloaded once into the cache."""
    try:
        version = importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"wasm: {dist} is not installed in this Python: run `make install`")
    stem = dist.replace("-", "_")
    cache.mkdir(parents=True, exist_ok=True)
    found = [p for p in cache.glob(f"{stem}-{version}-*.whl") if p.name.endswith("-none-any.whl") and "-py" in p.name]
    if not found:
        log(f"downloading {dist}=={version} (wheel) into {cache.relative_to(ROOT) if cache.is_relative_to(ROOT) else cache}")
        run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
             f"{dist}=={version}", "--dest", str(cache)])
        found = [p for p in cache.glob(f"{stem}-{version}-*.whl") if "-none-any.whl" in p.name]
    if len(found) != 1:
        sys.exit(f"wasm: expected one pure-Python wheel of {dist}=={version} in {cache}, got {found}")
    return found[0]


def check_pure(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        binaries = [n for n in z.namelist() if n.endswith((".so", ".pyd", ".dylib"))]
    if binaries:
        sys.exit(f"wasm: {wheel.name} is not pure Python: {binaries[:3]}")


def clause_map(project: Path) -> tuple[dict, dict]:
    data = project / "src" / "etika_check" / "data"
    clauses = {}
    with (data / "clauses.toml").open("rb") as f:
        for c in tomllib.load(f).get("clause", []):
            clauses[c["id"]] = {"page": c["page"], "title": c.get("title", {})}
    instruments = {}
    path = data / "instruments.toml"
    if path.exists():
        with path.open("rb") as f:
            for i in tomllib.load(f).get("instrument", []):
                instruments[i["id"]] = {"title": i.get("title", {}), "short": i.get("short", i.get("title", {}))}
    return clauses, instruments


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--project", type=Path, default=ROOT, help="project root holding pyproject.toml and src/ (default: this repo)")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "_static" / "wasm")
    ap.add_argument("--cache", type=Path, default=ROOT / "build" / "wasm" / "cache", help="pip download cache for dependency wheels")
    ap.add_argument("--node-modules", type=Path, default=HERE / "node_modules")
    ap.add_argument("--compile-deps", action="store_true",
                    help="also py-compile the dependency wheels (python-stdnum: +108 KB, no measurable gain: "
                         "the checker imports 6 of its ~360 modules)")
    args = ap.parse_args(argv)
    project = args.project.resolve()

    pyodide_dir = args.node_modules / "pyodide"
    try:
        installed = json.loads((pyodide_dir / "package.json").read_text())["version"]
    except FileNotFoundError:
        sys.exit(f"wasm: {pyodide_dir} is missing: run `make wasm-deps` (npm ci in wasm/)")
    if installed != PYODIDE_VERSION:
        sys.exit(f"wasm: node_modules has pyodide {installed}, expected {PYODIDE_VERSION}: run `make wasm-deps`")

    epoch = source_date_epoch(project)
    out = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="etika-wasm-") as tmp:
        tmp = Path(tmp)
        stage = Path(tempfile.mkdtemp(prefix=".wasm-stage-", dir=out.parent))
        try:
            runtime = stage / "pyodide" / PYODIDE_VERSION
            runtime.mkdir(parents=True)
            for name in PYODIDE_FILES:
                shutil.copy2(pyodide_dir / name, runtime / name)

            wheels_dir = stage / "wheels"
            wheels_dir.mkdir()
            log(f"building the etika_check wheel from {project}")
            own = build_project_wheel(project, tmp, epoch)
            check_pure(own)
            own = shutil.copy2(own, wheels_dir / own.name)
            wheels = [py_compile(Path(own), epoch)]
            for dist in DEPENDENCIES:
                src = dependency_wheel(dist, args.cache.resolve())
                check_pure(src)
                dst = Path(shutil.copy2(src, wheels_dir / src.name))
                wheels.append(py_compile(dst, epoch) if args.compile_deps else dst)

            for name in STATIC_SOURCES:
                shutil.copy2(HERE / "src" / name, stage / name)
            # The page asks for etika-worker.js?v=<this>, so a cached worker
            # never outlives the bundle it belongs to.
            build_id = hashlib.sha256(
                b"".join((stage / n).read_bytes() for n in STATIC_SOURCES)
                + b"".join(w.read_bytes() for w in wheels)
            ).hexdigest()[:16]
            page_js = stage / "etika-checker.js"
            text = page_js.read_text(encoding="utf-8")
            for placeholder in ('const BUILD_ID = "dev";', 'const RUNTIME_PATH = "";'):
                if placeholder not in text:
                    sys.exit(f"wasm: etika-checker.js lost its placeholder {placeholder}")
            text = text.replace('const BUILD_ID = "dev";', f'const BUILD_ID = "{build_id}";')
            text = text.replace('const RUNTIME_PATH = "";', f'const RUNTIME_PATH = "pyodide/{PYODIDE_VERSION}/";')
            page_js.write_text(text, encoding="utf-8")

            clauses, instruments = clause_map(project)
            manifest = {
                "pyodide": PYODIDE_VERSION,
                "indexURL": f"pyodide/{PYODIDE_VERSION}/",
                "build": build_id,
                "wheels": [
                    {"file": f"wheels/{w.name}", "bytes": w.stat().st_size, "sha256": sha256(w)}
                    for w in wheels
                ],
                "glue": {"file": "glue.py", "sha256": sha256(stage / "glue.py")},
                "clauses": clauses,
                "instruments": instruments,
            }
            (stage / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

            if out.exists():
                shutil.rmtree(out)
            stage.rename(out)
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise

    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    for w in manifest["wheels"]:
        log(f"{w['file']}: {w['bytes']:,} bytes")
    log(f"bundle {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {total:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
