"""The browser bundle (``make wasm``): pinned, local, complete and reproducible."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from etika_check import links
from etika_check.model import INPUT_KIND_NAMES

REPO = Path(__file__).resolve().parent.parent
WASM = REPO / "wasm"
# The one place the runtime's version is written: wasm/package.json.
PYODIDE = json.loads((WASM / "package.json").read_text())["dependencies"]["pyodide"]


def _build_module():
    spec = importlib.util.spec_from_file_location("etika_wasm_build", WASM / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    assert (WASM / "node_modules" / "pyodide" / "package.json").is_file(), (
        "wasm/node_modules is missing: run `make wasm-deps` (npm ci in wasm/)"
    )
    build = _build_module()
    out = tmp_path_factory.mktemp("bundles")
    assert build.main(["--out", str(out / "a")]) == 0
    assert build.main(["--out", str(out / "b")]) == 0
    return out / "a", out / "b"


def test_pyodide_pinned_exactly_with_integrity_and_no_registry_urls():
    package = json.loads((WASM / "package.json").read_text())
    assert package["dependencies"] == {"pyodide": PYODIDE}
    assert re.fullmatch(r"\d+\.\d+\.\d+", PYODIDE), "an exact version, no range"
    lock = json.loads((WASM / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/pyodide"]["version"] == PYODIDE
    for name, entry in lock["packages"].items():
        if name:
            assert entry.get("integrity", "").startswith("sha512-"), name
            assert "resolved" not in entry, name


def test_no_host_name_in_the_wasm_sources():
    tracked = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "wasm"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert tracked, "git ls-files found nothing under wasm/"
    pattern = re.compile(r"https?://(?!127\.0\.0\.1)|registry\.|npmjs|jsdelivr|unpkg|pythonhosted|pypi\.org", re.I)
    offenders = [f for f in tracked if pattern.search((REPO / f).read_text(encoding="utf-8", errors="replace"))]
    assert offenders == []


def test_bundle_contents(bundles):
    bundle, _ = bundles
    manifest = json.loads((bundle / "manifest.json").read_text())
    assert manifest["pyodide"] == PYODIDE and manifest["indexURL"] == f"pyodide/{PYODIDE}/"
    runtime = {p.name for p in (bundle / "pyodide" / PYODIDE).iterdir()}
    assert runtime == {
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "pyodide.mjs",
        "python_stdlib.zip",
        "pyodide-lock.json",
        "package.json",
    }
    for w in manifest["wheels"]:
        data = (bundle / w["file"]).read_bytes()
        assert len(data) == w["bytes"] and hashlib.sha256(data).hexdigest() == w["sha256"]
    own, stdnum, *others = [bundle / w["file"] for w in manifest["wheels"]]
    # The project's wheel: compiled for the runtime's CPython (Pyodide 314: 3.14), bytecode only.
    assert re.fullmatch(r"etika_check-[\w.]+-cp314-none-any\.whl", own.name)
    with zipfile.ZipFile(own) as z:
        names = z.namelist()
    assert "etika_check/jsonapi.pyc" in names and not [n for n in names if n.endswith(".py")]
    assert "etika_check/rules/sop.toml" in names and "etika_check/data/clauses.toml" in names
    # python-stdnum: the version installed here, pure Python.
    assert stdnum.name == f"python_stdnum-{importlib.metadata.version('python-stdnum')}-py3-none-any.whl"
    # holidays (public holidays) and what it needs: the versions installed here, pure Python.
    assert [w.name.split("-")[:2] for w in others] == [
        [d.replace("-", "_"), importlib.metadata.version(d)] for d in ("holidays", "python-dateutil", "six")
    ]
    for wheel in (stdnum, *others):
        with zipfile.ZipFile(wheel) as z:
            assert not [n for n in z.namelist() if n.endswith((".so", ".pyd"))]
    # The clause -> page map is clauses.toml's.
    with (REPO / "src" / "etika_check" / "data" / "clauses.toml").open("rb") as f:
        clauses = {c["id"]: c["page"] for c in tomllib.load(f)["clause"]}
    assert {k: v["page"] for k, v in manifest["clauses"].items()} == clauses
    # The page's links are the handbook link contract's (etika_check.links).
    assert {k: v["href"] for k, v in manifest["clauses"].items()} == {
        cid: links.clause_href(cid, page) for cid, page in clauses.items()
    }
    assert manifest["instruments"] and all(v["href"] == links.law_href(k) for k, v in manifest["instruments"].items())
    # The handbook's Sphinx extension stays out of the browser.
    with zipfile.ZipFile(own) as z:
        assert not [n for n in z.namelist() if n.startswith("etika_handbook/")]
    # The page script names this build and this runtime, and so does the handbook pages' script that
    # warms the same engine (etika-engine.js, issue 23).
    page_js = (bundle / "etika-checker.js").read_text(encoding="utf-8")
    for script in (page_js, (bundle / "etika-engine.js").read_text(encoding="utf-8")):
        assert f'const BUILD_ID = "{manifest["build"]}";' in script
        assert f'const RUNTIME_PATH = "pyodide/{PYODIDE}/";' in script
    # ... and the checker's input kinds, one tool each (etika_check.model.INPUT_KINDS).
    assert f"const INPUTS = {json.dumps(list(INPUT_KIND_NAMES))};" in page_js


def test_rebuild_is_byte_identical(bundles):
    a, b = bundles
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    differ = [str(f) for f in files if (a / f).read_bytes() != (b / f).read_bytes()]
    assert differ == []


def test_stale_module_does_not_reach_the_wheel(tmp_path: Path):
    """The wheel is built from a clean copy of src/: setuptools' build/lib cannot leak old modules."""
    build = _build_module()
    project = tmp_path / "project"
    (project / "src" / "etika_check").mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "etika-check"\nversion = "0"\n'
        '[tool.setuptools.packages.find]\nwhere = ["src"]\n'
    )
    (project / "src" / "etika_check" / "__init__.py").write_text("")
    (project / "build" / "lib" / "etika_check").mkdir(parents=True)
    (project / "build" / "lib" / "etika_check" / "stale.py").write_text("STALE = True\n")
    work = tmp_path / "work"
    work.mkdir()
    wheel = build.build_project_wheel(project, work, "315532800")
    with zipfile.ZipFile(wheel) as z:
        assert "etika_check/stale.py" not in z.namelist()
        assert "etika_check/__init__.py" in z.namelist()


def test_snapshot_is_content_hashed_and_listed(bundles):
    bundle, _ = bundles
    manifest = json.loads((bundle / "manifest.json").read_text())
    snap = manifest["snapshot"]
    data = (bundle / snap["file"]).read_bytes()
    assert snap["sha256"] == hashlib.sha256(data).hexdigest() and snap["bytes"] == len(data)
    import gzip

    raw = gzip.decompress(data)
    assert len(raw) == snap["raw_bytes"] > 20_000_000  # the interpreter's memory, checker imported
    # Named by the sha256 of what the worker restores (the decoded bytes): it checks them against the name.
    digest = hashlib.sha256(raw).hexdigest()
    assert snap["file"] == f"snapshots/{digest}.bin.gz" and snap["raw_sha256"] == digest
    for name in ("etika-checker.js", "etika-engine.js"):
        assert f'const SNAPSHOT_PATH = "{snap["file"]}";' in (bundle / name).read_text(encoding="utf-8")
    assert data[4:8] == b"\0\0\0\0"  # mtime 0: reproducible
    assert list((bundle / "snapshots").iterdir()) == [bundle / snap["file"]]


def _run_snapshot(bundle: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["node", str(WASM / "node" / "run.mjs"), "--bundle", str(bundle), "--snapshot"],
        input=b'{"tool": "post", "text": "bodoh"}\n',
        capture_output=True,
        timeout=300,
    )


def test_a_stale_snapshot_is_refused(bundles, tmp_path: Path):
    """Restored with another bundle (build id) or another runtime (Pyodide's build id), it is not used."""
    import shutil

    bundle, _ = bundles
    stale = tmp_path / "stale"
    shutil.copytree(bundle, stale)
    manifest = json.loads((stale / "manifest.json").read_text())
    manifest["build"] = "0" * 16
    (stale / "manifest.json").write_text(json.dumps(manifest))
    proc = _run_snapshot(stale)
    assert proc.returncode != 0 and b"snapshot of build" in proc.stderr

    import gzip

    other = tmp_path / "other-runtime"
    shutil.copytree(bundle, other)
    path = other / manifest["snapshot"]["file"]
    raw = bytearray(gzip.decompress(path.read_bytes()))
    raw[16:48] = bytes(32)  # Pyodide's runtime build id in the snapshot header
    path.write_bytes(gzip.compress(bytes(raw), mtime=0))
    proc = _run_snapshot(other)
    assert proc.returncode != 0 and b"snapshot damaged" in proc.stderr  # its sha256 is not the build's
    manifest["build"] = json.loads((bundle / "manifest.json").read_text())["build"]
    manifest["snapshot"]["raw_sha256"] = hashlib.sha256(raw).hexdigest()  # as if the build had made it
    (other / "manifest.json").write_text(json.dumps(manifest))
    proc = _run_snapshot(other)
    assert proc.returncode != 0 and b"build id mismatch" in proc.stderr
    # The intact one restores and answers.
    proc = _run_snapshot(bundle)
    assert proc.returncode == 0 and b'"start":"snapshot"' in proc.stdout and b"personal-attack" in proc.stdout


def test_the_checker_imports_one_country_of_holidays():
    """The time tool reads Malaysia's calendar from ``holidays`` without importing its ~250 other
    countries (``holidays/countries/__init__.py`` imports them all): the memory snapshot holds what
    the checker imports, and they made it 20 MB larger (issue 23). In a fresh interpreter."""
    code = (
        "import json, sys\n"
        "from etika_check import jsonapi\n"
        "r = json.loads(jsonapi.handle_json(json.dumps({'tool': 'time', 'when': '2026-08-31T10:00:00+08:00',"
        " 'policy': 'jkdm-2010', 'holidays': []})))\n"
        "countries = sorted(m for m in sys.modules if m.startswith('holidays.countries.'))\n"
        "print(json.dumps([r.get('allowed'), countries]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    allowed, countries = json.loads(proc.stdout.strip().splitlines()[-1])
    assert allowed is True  # a Monday 10:00, but National Day: a public holiday, read from the calendar
    assert countries == ["holidays.countries.malaysia"]
