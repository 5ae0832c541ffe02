"""Handbook build times: a cold build of each language, then an incremental
rebuild after a one-page edit (median of several edits). Run by ``make bench``.

Builds into a temporary directory so the working tree's _build is untouched.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EDITED = "glosari.md"


def build(src: Path, out: Path, lang: str) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "html",
            "-c",
            str(REPO),
            "-q",
            "-d",
            str(out / "doctrees" / lang),
            "-D",
            f"language={lang}",
            str(src),
            str(out / lang),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        src = tmpdir / "docs"
        shutil.copytree(REPO / "docs", src)
        out = tmpdir / "out"
        for lang in ("ms", "en"):
            cold = build(src, out, lang)
            page = src / EDITED
            original = page.read_text(encoding="utf-8")
            incr = []
            for i in range(3):
                page.write_text(original + f"\n<!-- edit {i} -->\n", encoding="utf-8")
                incr.append(build(src, out, lang))
            page.write_text(original, encoding="utf-8")
            print(f"handbook: {lang} cold build                            {cold:8.1f} s")
            print(
                f"handbook: {lang} rebuild after a one-page edit         {statistics.median(incr):8.1f} s median (n=3)"
            )


if __name__ == "__main__":
    main()
