"""The judgement is kept by golden reports (tools/golden.py): every draft of the test corpora
gives the findings committed under tests/golden/. A change that moves a finding shows here;
regenerate with ``python tools/golden.py --update`` and name the change in the commit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import golden  # noqa: E402

sys.path.remove(str(ROOT / "tools"))


@pytest.mark.parametrize("corpus", [c for c in golden.CORPORA if c != "dev-set"])
def test_findings_match_the_golden_reports(corpus):
    problems = golden.compare(corpus)
    assert not problems, "\n".join(problems[:20]) + f"\n{len(problems)} drafts differ: see tools/golden.py"


@pytest.mark.skipif(
    not golden.DEV_SET.is_file(), reason=f"development set not beside the repository ({golden.DEV_SET})"
)
def test_development_set_matches_its_golden_report():
    problems = golden.compare("dev-set")
    assert not problems, "\n".join(problems[:20])


def test_every_corpus_has_drafts_with_and_without_findings():
    for corpus in golden.available():
        lines = golden.path_of(corpus).read_text(encoding="utf-8").splitlines()
        assert lines, corpus
        if corpus != "shapes":
            assert any('"findings":[]' in line for line in lines), corpus
            assert any('"findings":[]' not in line for line in lines), corpus


@pytest.mark.parametrize("seed", ["1", "2"])
def test_the_reports_do_not_depend_on_the_hash_seed(seed):
    """Word lists and mentions live in sets: no finding may follow their order."""
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "golden.py"), "drafts", "examples", "constructions"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
