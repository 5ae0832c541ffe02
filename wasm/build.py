#!/usr/bin/env python3
"""Assemble the browser checker bundle (``make wasm``).

Output: ``docs/_static/wasm/`` (gitignored), which Sphinx copies into the site
because ``docs/_static`` is in ``html_static_path``::

    pyodide/<version>/  the Pyodide runtime files the page needs, copied from
                 wasm/node_modules/pyodide (``make wasm-deps`` = ``npm ci``);
                 the version is in the path so that a browser's cached copy
                 can never outlive an upgrade
    wheels/      etika_check's own wheel, built from src/ and compiled to .pyc
                 inside the runtime (wasm/pycompile.py); python-stdnum's wheel, pinned to the
                 version installed in the venv, downloaded with pip into
                 build/wasm/cache and shipped as published (compiling it makes
                 it 9% larger and the checker imports only stdnum.my.nric and
                 its helpers; --compile-deps does it anyway)
    snapshots/   the memory snapshot (<sha256 of the snapshot>.bin.gz): Pyodide started,
                 etika_check imported and warmed, made in Node (make_snapshot)
    manifest.json  the wheels and the snapshot (name, bytes, sha256), the clauses
                 (page from src/etika_check/data/clauses.toml, title, href) and the laws
                 (titles, href); the links are the handbook link contract's
                 (etika_check.links); the worker and the page read it
    glue.py      the Python side of the JSON-string bridge (worker and Node)
    etika-worker.js, etika-engine.js, etika-checker*.js, etika-checker.css   from wasm/src/
    etika-checker-strings-data.js  the page's UI strings, from the checker's string
                 catalogue (etika_tools.page_strings)

Run it with the venv's Python (it needs build and pip; Node.js runs the runtime)::

    .venv/bin/python wasm/build.py [--project DIR] [--out DIR]

Nothing here downloads the Pyodide runtime or any package by name from a CDN:
the runtime comes from npm (integrity-checked by package-lock.json), the
wheels from pip's configured index.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from etika_check.model import INPUT_KIND_NAMES
from etika_tools import page_strings
from etika_tools.reproducible import sha256

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The runtime's version: the one place it is written is wasm/package.json
# (exact, and integrity-pinned by package-lock.json).
PYODIDE_VERSION = json.loads((HERE / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
# Only what the page loads: the module worker imports pyodide.mjs, which
# imports pyodide.asm.mjs. package.json is not fetched; it travels along because it
# names the version and the licence of the runtime.
PYODIDE_FILES = [
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "pyodide.mjs",
    "python_stdlib.zip",
    "pyodide-lock.json",
    "package.json",
]
# Pure-Python runtime dependencies that travel beside the project's wheel,
# pinned at the version installed in the venv.
DEPENDENCIES = ["python-stdnum", "holidays", "python-dateutil", "six"]
# Every file of wasm/src/: the worker, the page script and its ES modules, the styles, glue.py.
STATIC_SOURCES = sorted(p.name for p in (HERE / "src").iterdir() if p.suffix in {".js", ".css", ".py"})
# The scripts that start the worker, whose settings (build id, runtime, snapshot) are written in here.
STARTERS = ["etika-checker.js", "etika-engine.js"]


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


def source_date_epoch(project: Path) -> str:
    """Commit time of HEAD, so rebuilding an unchanged tree gives the same bytes."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(
            ["git", "-C", str(project), "log", "-1", "--format=%ct"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    return "315532800"  # 1980-01-01, the earliest time a zip can hold


def node() -> str:
    exe = shutil.which("node")
    if not exe:
        sys.exit("wasm: Node.js is missing (it runs the Pyodide runtime that compiles the wheels)")
    return exe


def node_env(epoch: str, pyodide_dir: Path) -> dict:
    """The environment of the Node scripts: the build's time and the runtime to use (--node-modules)."""
    return dict(os.environ, SOURCE_DATE_EPOCH=epoch, ETIKA_PYODIDE_DIR=str(pyodide_dir.resolve()))


def py_compile(wheel: Path, epoch: str, pyodide_dir: Path) -> Path:
    """Compile a pure-Python wheel to the runtime's bytecode, inside the runtime.

    wasm/node/pycompile.mjs starts the pinned Pyodide in Node and runs
    wasm/pycompile.py (what pyodide-build's ``pyodide py-compile`` does, with
    reproducible member times): x-py3-none-any.whl becomes x-cp314-none-any.whl.
    Not pyodide-build itself: it compiles with the *host* interpreter, which
    would have to be CPython 3.14 (Pyodide 314's), and its releases for this
    runtime need Python >= 3.12; the build machine's venv may be 3.11.
    """
    r = subprocess.run(
        [node(), str(HERE / "node" / "pycompile.mjs"), str(wheel), str(wheel.parent)],
        capture_output=True,
        text=True,
        env=node_env(epoch, pyodide_dir),
    )
    if r.returncode:
        sys.stderr.write(r.stdout + r.stderr)
        sys.exit(f"wasm: compiling {wheel.name} in Pyodide failed")
    out = Path(r.stdout.strip().splitlines()[-1])
    if not out.is_file() or out == wheel:
        sys.exit(f"wasm: unexpected py-compile result for {wheel.name}: {r.stdout!r}")
    wheel.unlink()
    return out


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
    # the checker only: the handbook's Sphinx extension (src/etika_handbook)
    # and the build tooling (src/etika_tools) have no use in the browser
    shutil.copytree(
        project / "src",
        tree / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "etika_handbook", "etika_tools"),
    )
    out = workdir / "dist"
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
    # --no-isolation: no download of build requirements; -x: the venv's own
    # setuptools/wheel are used as installed.
    run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--skip-dependency-check",
            "--outdir",
            str(out),
            str(tree),
        ],
        env=env,
        capture=True,
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
        log(
            f"downloading {dist}=={version} (wheel) into {cache.relative_to(ROOT) if cache.is_relative_to(ROOT) else cache}"
        )
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--only-binary=:all:",
                f"{dist}=={version}",
                "--dest",
                str(cache),
            ]
        )
        found = [p for p in cache.glob(f"{stem}-{version}-*.whl") if "-none-any.whl" in p.name]
    if len(found) != 1:
        sys.exit(f"wasm: expected one pure-Python wheel of {dist}=={version} in {cache}, got {found}")
    return found[0]


def make_snapshot(stage: Path, tmp: Path, epoch: str, pyodide_dir: Path) -> dict:
    """The interpreter's memory after start-up, the checker imported and warmed.

    wasm/node/snapshot.mjs makes it in Node from the staged bundle (same bytes
    from the same bundle); stored gzip-compressed (mtime 0) under its content
    hash (the sha256 of the uncompressed bytes, which the worker checks),
    snapshots/<sha256>.bin.gz, which the worker fetches, checks and restores
    (wasm/src/etika-snapshot.js), falling back to a plain start.
    """
    raw = tmp / "snapshot.bin"
    log("making the memory snapshot (Node)")
    r = subprocess.run(
        [node(), str(HERE / "node" / "snapshot.mjs"), str(stage), str(raw)],
        capture_output=True,
        text=True,
        env=node_env(epoch, pyodide_dir),
    )
    if r.returncode or not raw.is_file():
        sys.stderr.write(r.stdout + r.stderr)
        sys.exit("wasm: making the memory snapshot failed")
    data = raw.read_bytes()
    # Level 9: 1.4% smaller than 6 (9.03 against 9.15 MB on 2026-12-07) for about 13 s more
    # of the build; the browser decodes either as fast.
    packed = gzip.compress(data, compresslevel=9, mtime=0)
    # Named by the sha256 of the snapshot itself (what the worker restores,
    # once the browser or the worker has decoded it): the worker checks the
    # bytes it holds against the name before restoring them, and starts
    # plainly on a mismatch (a damaged download or cache).
    raw_digest = hashlib.sha256(data).hexdigest()
    path = stage / "snapshots" / f"{raw_digest}.bin.gz"
    path.parent.mkdir()
    path.write_bytes(packed)
    return {
        "file": f"snapshots/{path.name}",
        "bytes": len(packed),
        "sha256": hashlib.sha256(packed).hexdigest(),
        "raw_bytes": len(data),
        "raw_sha256": raw_digest,
    }


def check_pure(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        binaries = [n for n in z.namelist() if n.endswith((".so", ".pyd", ".dylib"))]
    if binaries:
        sys.exit(f"wasm: {wheel.name} is not pure Python: {binaries[:3]}")


def clause_map(project: Path) -> tuple[dict, dict]:
    """The clauses' pages, titles and links and the laws' titles and links, for the page: from the
    checker's public catalogue over the project's rule data (checked by its loader)."""
    from etika_check import catalogue
    from etika_check.ruledata import load_ruleset

    src = project / "src" / "etika_check"
    ruleset = load_ruleset(rules_dir=src / "rules", data_dir=src / "data")
    clauses = {
        cid: {"page": c["page"], "title": c["title"], "href": c["href"]}
        for cid, c in catalogue.clauses(ruleset).items()
    }
    instruments = {
        iid: {"title": i["title"], "short": i["short"], "href": i["href"]} for iid, i in catalogue.laws(ruleset).items()
    }
    return clauses, instruments


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--project", type=Path, default=ROOT, help="project root holding pyproject.toml and src/ (default: this repo)"
    )
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "_static" / "wasm")
    ap.add_argument(
        "--cache", type=Path, default=ROOT / "build" / "wasm" / "cache", help="pip download cache for dependency wheels"
    )
    ap.add_argument("--node-modules", type=Path, default=HERE / "node_modules")
    ap.add_argument(
        "--compile-deps",
        action="store_true",
        help="also py-compile the dependency wheels (python-stdnum: +108 KB, no measurable gain: "
        "the checker imports 6 of its ~360 modules)",
    )
    ap.add_argument(
        "--no-snapshot",
        dest="snapshot",
        action="store_false",
        help="leave out the memory snapshot (the worker then always starts plainly)",
    )
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
            wheels = [py_compile(Path(own), epoch, pyodide_dir)]
            for dist in DEPENDENCIES:
                src = dependency_wheel(dist, args.cache.resolve())
                check_pure(src)
                dst = Path(shutil.copy2(src, wheels_dir / src.name))
                wheels.append(py_compile(dst, epoch, pyodide_dir) if args.compile_deps else dst)

            for name in STATIC_SOURCES:
                shutil.copy2(HERE / "src" / name, stage / name)
            catalogue = project / "src" / "etika_check" / "data" / "strings.toml"
            (stage / page_strings.FILE).write_text(page_strings.module(catalogue), encoding="utf-8")
            # The page asks for etika-worker.js?v=<this>, so a cached worker
            # never outlives the bundle it belongs to.
            build_id = hashlib.sha256(
                b"".join((stage / n).read_bytes() for n in [*STATIC_SOURCES, page_strings.FILE])
                + b"".join(w.read_bytes() for w in wheels)
            ).hexdigest()[:16]
            # The two scripts that start the worker: the checker page's and the
            # handbook pages' (the engine warmed in idle time), with the same settings.
            starters = {name: (stage / name).read_text(encoding="utf-8") for name in STARTERS}
            for name, text in starters.items():
                for placeholder in (
                    'const BUILD_ID = "dev";',
                    'const RUNTIME_PATH = "";',
                    'const SNAPSHOT_PATH = "";',
                ) + (("const INPUTS = [];",) if name == "etika-checker.js" else ()):
                    if placeholder not in text:
                        sys.exit(f"wasm: {name} lost its placeholder {placeholder}")
                text = text.replace('const BUILD_ID = "dev";', f'const BUILD_ID = "{build_id}";')
                text = text.replace('const RUNTIME_PATH = "";', f'const RUNTIME_PATH = "pyodide/{PYODIDE_VERSION}/";')
                text = text.replace("const INPUTS = [];", f"const INPUTS = {json.dumps(list(INPUT_KIND_NAMES))};")
                starters[name] = text
                (stage / name).write_text(text, encoding="utf-8")

            clauses, instruments = clause_map(project)
            manifest = {
                "pyodide": PYODIDE_VERSION,
                "indexURL": f"pyodide/{PYODIDE_VERSION}/",
                "build": build_id,
                "wheels": [
                    {"file": f"wheels/{w.name}", "bytes": w.stat().st_size, "sha256": sha256(w)} for w in wheels
                ],
                "glue": {"file": "glue.py", "sha256": sha256(stage / "glue.py")},
                "clauses": clauses,
                "instruments": instruments,
            }
            (stage / "manifest.json").write_text(
                json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            if args.snapshot:
                manifest["snapshot"] = make_snapshot(stage, tmp, epoch, pyodide_dir)
                (stage / "manifest.json").write_text(
                    json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
                # The page names the snapshot in the worker's URL, so the worker
                # fetches it at once, beside the runtime (no manifest first).
                for name, text in starters.items():
                    text = text.replace(
                        'const SNAPSHOT_PATH = "";', f'const SNAPSHOT_PATH = "{manifest["snapshot"]["file"]}";'
                    )
                    (stage / name).write_text(text, encoding="utf-8")

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
