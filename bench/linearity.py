"""Checker: CPU time of 8x the text over that of the text, for each shape that once made it
quadratic (tests/linearity_support.ADVERSARIAL), printed against its budget. Run by
``make bench`` (or ``python bench/linearity.py [--runs N]``).

The tests count the work instead (``test_work_grows_linearly``: Python calls and lines, which
do not depend on the machine's load); this timing also sees the work done inside one C call
(a regular expression, a slice), which a count of lines does not. A ratio of 8 is linear, 64
quadratic; the budget of 16 leaves room for caches and noise. CPU time, the best of several
runs of each size taken in turn, the cycle collector off: a figure on a loaded 2-core
machine still moves, so a ratio over budget is measured again before it is reported.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from linearity_support import ADVERSARIAL, shape_text  # noqa: E402

import etika_check  # noqa: E402

SMALL, BIG = 20_000, 160_000
BUDGET = 16.0  # 8x the text may take at most 16x the CPU time
NOISE_FLOOR = 0.005  # seconds: below this a time on a shared 2-core machine is mostly noise


def _cpu_time(checker: etika_check.Checker, text: str) -> float:
    t0 = time.process_time()
    checker.check_post(text)
    return time.process_time() - t0


def ratio(entry: str | tuple[str, ...], runs: int) -> tuple[float, int, int]:
    """(CPU time of big over small, small, big); sizes grow 4x while the small one is too fast to time."""
    checker = etika_check.Checker()
    small, big = SMALL, BIG
    while _cpu_time(checker, shape_text(entry, small)) < NOISE_FLOOR and big < 20_000_000:
        small, big = small * 4, big * 4
    a = b = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            a = min(a, _cpu_time(checker, shape_text(entry, small)))
            b = min(b, _cpu_time(checker, shape_text(entry, big)))
    finally:
        gc.enable()
    return b / a, small, big


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    print(f"Checker linearity: CPU time of 8x the text over the text (best of {runs}; budget < {BUDGET:.0f}x)")
    over = []
    for entry in ADVERSARIAL:
        r, small, big = ratio(entry, runs)
        tries = 1
        while r >= BUDGET and tries < 3:  # noise passes on a second try, a quadratic path never does
            r, small, big = ratio(entry, runs)
            tries += 1
        mark = "ok" if r < BUDGET else "OVER BUDGET"
        if r >= BUDGET:
            over.append(entry)
        print(f"  {r:5.1f}x  {mark:11}  {small:>9,} -> {big:>10,} chars  {entry!r:.60}")
    print(f"  {len(ADVERSARIAL) - len(over)} of {len(ADVERSARIAL)} shapes within budget")
    return 0  # a report, not a gate: the figures are read against their budget


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
