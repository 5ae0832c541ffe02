"""Checker benchmark: median time to check a 280- and a 2,000-character
draft, and throughput on 1 MB of mixed text. Run with ``make bench``.

Medians over many runs (the machine is small and noisy); the first check of
each text is a warm-up. Figures for a typing session: the same checker
re-checks a draft that changes by one character per keystroke.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import etika_check

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "data" / "drafts.jsonl"


def mixed_text(n: int) -> str:
    lines = [json.loads(l)["text"] for l in CORPUS.read_text(encoding="utf-8").splitlines() if l.strip()]
    text = ""
    i = 0
    while len(text) < n:
        text += lines[i % len(lines)] + (" " if i % 3 else "\n")
        i += 1
    return text[:n]


def median_ms(fn, runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    q = statistics.quantiles(samples, n=10)
    return statistics.median(samples), q[-1]


def main() -> None:
    checker = etika_check.Checker()
    t0 = time.perf_counter()
    etika_check.Checker()
    startup = (time.perf_counter() - t0) * 1000
    print(f"checker: rule set compile (cold data cache)          {startup:8.1f} ms")
    for n, runs in ((280, 2000), (2000, 500)):
        text = mixed_text(n)
        checker.check_post(text)
        med, p90 = median_ms(lambda: checker.check_post(text), runs)
        print(f"checker: {n:>5}-char draft, same text                 {med:8.3f} ms median (p90 {p90:.3f}, n={runs})")
        # typing: each check sees a new last character
        variants = [text[:-1] + chr(0x61 + i % 26) for i in range(runs)]
        it = iter(variants)
        med, p90 = median_ms(lambda: checker.check_post(next(it)), runs)
        print(f"checker: {n:>5}-char draft, one keystroke changed     {med:8.3f} ms median (p90 {p90:.3f})")
    big = mixed_text(1_000_000)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        checker.check_post(big)
        times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    print(f"checker: 1 MB mixed text                             {med * 1000:8.0f} ms median (n=5), "
          f"{len(big) / med / 1e6:.2f} MB/s")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
