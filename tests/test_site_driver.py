"""The site-build driver (src/etika_handbook/site.py): a step that fails raises BuildError
naming the step, with what the step said; the steps run in the source tree given (``root``)
with the build's environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from etika_handbook.site import BuildError, Site


def _tree(tmp_path: Path, offline_py: str) -> Path:
    root = tmp_path / "tree"
    (root / "tools").mkdir(parents=True)
    (root / "tools" / "offline.py").write_text(offline_py, encoding="utf-8")
    return root


def test_a_failing_step_names_itself_and_says_what_it_said(tmp_path: Path):
    root = _tree(tmp_path, "import sys\nprint('wrote half')\nsys.exit('no manifest for ms')\n")
    site = Site(tmp_path / "out", root=root)
    with pytest.raises(BuildError) as exc:
        site.offline()
    assert str(exc.value) == "the offline files (tools/offline.py) failed:\nwrote half\nno manifest for ms"


def test_a_step_runs_in_the_tree_with_the_builds_environment(tmp_path: Path):
    script = "import os, pathlib, sys\npathlib.Path('ran').write_text(os.environ['ETIKA_X'] + ' ' + sys.argv[1])\n"
    root = _tree(tmp_path, script)
    Site(tmp_path / "out", root=root, env={"ETIKA_X": "yes", "PATH": ""}).offline()
    assert (root / "ran").read_text() == f"yes {tmp_path / 'out' / 'html'}"


def test_a_failing_sphinx_build_names_its_builder_and_language(tmp_path: Path):
    root = tmp_path / "tree"
    root.mkdir()
    site = Site(tmp_path / "out", root=root)  # no docs/, no conf.py: Sphinx refuses
    with pytest.raises(BuildError, match=r"^the html build \(en\) failed:\n.+"):
        site.sphinx("html", "en", tmp_path / "out" / "html" / "en", tmp_path / "out" / "doctrees" / "en")
