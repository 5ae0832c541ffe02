"""The checker's distribution holds the checker: its wheel's top level is ``etika_check``
alone, with its rule data. The handbook's Sphinx extension (``etika_handbook``) and the
tooling (``etika_tools``) are project code: importable from the working tree's install
(``make install``), never shipped in the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tree_support import copy_tree

REPO = Path(__file__).resolve().parent.parent


def test_the_wheel_holds_the_checker_only(tmp_path):
    tree = copy_tree(tmp_path / "tree")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--skip-dependency-check",
            "--outdir",
            str(tmp_path / "dist"),
            str(tree),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [wheel] = (tmp_path / "dist").glob("etika_check-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        [top_level] = [n for n in names if n.endswith(".dist-info/top_level.txt")]
        assert zf.read(top_level).decode().split() == ["etika_check"]
    packaged = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert packaged == {"etika_check"}
    rules = {Path(n).name for n in names if n.startswith("etika_check/rules/")}
    assert {p.name for p in (REPO / "src" / "etika_check" / "rules").glob("*.toml")} <= rules
    data = {Path(n).name for n in names if n.startswith("etika_check/data/")}
    assert {p.name for p in (REPO / "src" / "etika_check" / "data").glob("*.toml")} <= data


def test_the_extension_and_the_tools_are_importable_from_the_tree(tmp_path):
    """What conf.py, the Makefile and tools/ import, in a new interpreter started elsewhere."""
    code = (
        "import etika_handbook, etika_handbook.site, etika_tools.reproducible, etika_tools.chromium;"
        "print(etika_handbook.__file__)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert Path(proc.stdout.strip()).is_relative_to(REPO / "src" / "etika_handbook")
