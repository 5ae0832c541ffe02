"""Checker benchmark: median time to check a 280- and a 2,000-character
draft, and throughput on the shapes of text that once were slow (issue 10,
item 12: distinct affixed words, one endless sentence, URLs, one insult per
line, mixed drafts, a 4.9 MB draft; issue 24, item 11: one group name
repeated, many quotation marks, many group names, dense hateful
constructions, many IC and phone numbers), in CPU seconds per MB beside the
budget of 1 s per MB, and the peak memory of one check per character of
draft beside the budget of 40 bytes (issue 24, item 12), the worst named.
Run with ``make bench`` (or ``python bench/checker.py --shapes [--runs N]
[--only TEXT]`` for the throughput part alone, on the shapes whose name holds
TEXT).

Peak memory is Python's (tracemalloc), measured in a run of its own (tracing
slows a check several times): what one check allocates beyond the checker
and the draft itself, the report included. The budget is read against the
check the CLI and the browser page make (at most FINDINGS_PER_RULE findings of
a rule made, the rest counted); the library's check that makes every finding
is printed beside it ("every finding").

Medians over many runs (the machine is small and noisy); the first check of
each text is a warm-up. Figures for a typing session: the same checker
re-checks a draft that changes by one character per keystroke.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
import tomllib
import tracemalloc
from pathlib import Path

import etika_check
from etika_check.jsonapi import FINDINGS_PER_RULE

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "data" / "drafts.jsonl"
LEXICON = HERE.parent / "src" / "etika_check" / "data" / "lexicon.toml"
THROUGHPUT_RUNS = 3
BUDGET_S_PER_MB = 1.0  # CPU seconds per 10**6 characters (issue 10, item 12; issue 24, item 11)
BUDGET_BYTES_PER_CHAR = 40  # peak memory of one check (issue 24, item 12)


def mixed_text(n: int) -> str:
    lines = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts: list[str] = []
    size = i = 0
    while size < n:  # joined once at the end: "+=" on a str may copy it every time (quadratic)
        parts.append(lines[i % len(lines)] + (" " if i % 3 else "\n"))
        size += len(parts[-1])
        i += 1
    return "".join(parts)[:n]


# Syllables of made-up Malay roots: every word of the affixed-words shape is new to the checker.
_ONSETS = "b c d g h j k l m n p r s t w".split()
_VOWELS = "a e i o u".split()
_CODAS = ["", "", "k", "n", "ng", "t", "h", "s", "r", "l"]
_AFFIXES = [
    ("meng", "kan"),
    ("di", "kan"),
    ("ber", "an"),
    ("ke", "an"),
    ("pe", "an"),
    ("ter", ""),
    ("memper", "kan"),
    ("se", "nya"),
    ("", "lah"),
    ("peng", "an"),
]


def affixed_words(n: int, first: int = 0) -> str:
    """Distinct Malay-looking affixed words ("mengbakurkan", "dilasikan" ...), none repeated;
    ``first`` starts further on in the sequence (every run sees words new to the checker)."""
    out: list[str] = []
    size = 0
    k = first
    while size < n:
        j = k
        syllables = []
        for _ in range(3):
            j, a = divmod(j, len(_ONSETS))
            j, b = divmod(j, len(_VOWELS))
            syllables.append(_ONSETS[a] + _VOWELS[b])
        j, c = divmod(j, len(_CODAS))
        prefix, suffix = _AFFIXES[k % len(_AFFIXES)]
        word = prefix + "".join(syllables) + _CODAS[c] + suffix + (str(j) if j else "")
        out.append(word)
        size += len(word) + 1
        k += 1
    return " ".join(out)[:n]


def repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def urls(n: int, first: int = 0) -> str:
    """Distinct web addresses, one after another."""
    parts = []
    size = 0
    k = first
    while size < n:
        u = f"https://www.laman{k % 97}.com.my/berita/{k}/artikel-{k * 7 % 1000}?id={k}&ms=1 "
        parts.append(u)
        size += len(u)
        k += 1
    return "".join(parts)[:n]


def group_names(n: int, first: int = 0) -> str:
    """Every group name of the word lists (group_race, group_religion ...), one after
    another without end, starting at the ``first``-th."""
    lexicon = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    names = [
        t.lstrip("~")
        for k, v in lexicon.items()
        if k.startswith("group_") and k not in ("group_pronoun", "group_head")
        for t in v["terms"]
    ]
    out: list[str] = []
    size = 0
    k = first
    while size < n:
        out.append(names[k % len(names)])
        size += len(out[-1]) + 1
        k += 1
    return " ".join(out)[:n]


# Hateful constructions of many kinds, one after another (my own wording): each sentence a
# finding, as dense as a draft can be.
_HATEFUL = (
    "Orang Cina semua penipu. Halau Melayu balik ke negara asal! Bunuh semua India. "
    "Kaum Iban memang bodoh, macam binatang. Women are vermin and should die. "
    "Kalau Bangla masuk, jenayah naik. Typical Indian, lazy and rude. Jangan beli di kedai orang Cina. "
    "I hate all Muslims. Orang Kristian tak layak hidup di sini. "
)


def ids_and_phones(n: int, first: int = 0) -> str:
    """Distinct MyKad numbers (valid dates and places of birth) and mobile numbers."""
    out: list[str] = []
    size = 0
    k = first
    while size < n:
        year, month, day, place = k % 100, k % 12 + 1, k % 28 + 1, (1, 2, 5, 8, 10, 14)[k % 6]
        part = f"{year:02d}{month:02d}{day:02d}-{place:02d}-{k % 10000:04d} 01{k % 10}-{k % 1000:03d} {k % 10000:04d} "
        out.append(part)
        size += len(part)
        k += 1
    return "".join(out)[:n]


# The shapes of 1 MB (and one 4.9 MB draft) the throughput goal covers: name -> text for
# run number k (the distinct-word shapes give new words in every run).
SHAPES = {
    "1 MB of distinct affixed Malay words": lambda k: affixed_words(1_000_000, k * 150_000),
    "1 MB: one endless insulting sentence": lambda k: repeat(
        "Orang Melayu bodoh dan Cina semua penipu dan ", 1_000_000
    ),
    "1 MB of distinct URLs": lambda k: urls(1_000_000, k * 20_000),
    "1 MB: one insult per line": lambda k: repeat("Pengarah tu memang bodoh, pergi mampus.\n", 1_000_000),
    "1 MB of mixed drafts": lambda k: mixed_text(1_000_000),
    "4.9 MB draft (mixed drafts)": lambda k: mixed_text(4_900_000),
    # issue 24, item 11: the shapes an independent probe found slow
    "1 MB: one group name repeated": lambda k: repeat("Melayu ", 1_000_000),
    "1 MB of quotation marks": lambda k: repeat("\"bodoh\" \u201cMelayu\u201d 'a' ", 1_000_000),
    "1 MB of group names": lambda k: group_names(1_000_000, k * 7),
    "1 MB of dense hateful constructions": lambda k: repeat(_HATEFUL, 1_000_000),
    "1 MB of IC and phone numbers": lambda k: ids_and_phones(1_000_000, k * 30_000),
}


def peak_bytes(checker: etika_check.Checker, text: str, per_rule: int = 0) -> int:
    """Python's peak memory (tracemalloc) while ``checker`` checks ``text``, the report included
    (``per_rule``: as Checker.check_post)."""
    gc.collect()
    tracemalloc.start()
    try:
        report = checker.check_post(text, per_rule)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del report
    return peak


def throughput(only: str = "") -> None:
    """Each shape checked THROUGHPUT_RUNS times, each time by a new checker; seconds per MB
    (10**6 characters) from the median, and the peak memory of one more check (traced),
    each beside its budget; the worst shape last."""
    worst = ("", 0.0, 0.0)
    worst_memory = ("", 0.0)
    for name, make in SHAPES.items():
        if only not in name:
            continue
        times, cpu = [], []
        for k in range(THROUGHPUT_RUNS):
            text = make(k)
            checker = etika_check.Checker()
            t0, c0 = time.perf_counter(), time.process_time()
            checker.check_post(text)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        mb = len(text) / 1e6
        per_mb, cpu_mb = statistics.median(times) / mb, statistics.median(cpu) / mb
        worst = max(worst, (name, per_mb, cpu_mb), key=lambda w: w[2])
        per_char = peak_bytes(checker, text, FINDINGS_PER_RULE) / len(text)  # as the CLI and the page check
        every = peak_bytes(checker, text) / len(text)
        worst_memory = max(worst_memory, (name, per_char), key=lambda w: w[1])
        # CPU time beside the wall clock: on the shared machine other processes hold the cores
        print(
            f"checker: {name:<44} {statistics.median(times) * 1000:8.0f} ms median (n={THROUGHPUT_RUNS}), "
            f"{per_mb:.2f} s/MB (CPU {cpu_mb:.2f} s/MB, budget {BUDGET_S_PER_MB:.0f}"
            f"{'' if cpu_mb <= BUDGET_S_PER_MB else ' OVER'}); peak {per_char:.0f} B/char "
            f"(budget {BUDGET_BYTES_PER_CHAR}{'' if per_char <= BUDGET_BYTES_PER_CHAR else ' OVER'}; "
            f"every finding {every:.0f})"
        )
        sys.stdout.flush()
    print(
        f"checker: worst throughput {worst[1]:.2f} s per MB (CPU {worst[2]:.2f}): {worst[0]}; "
        f"budget {BUDGET_S_PER_MB:.0f} s per MB"
    )
    print(
        f"checker: worst peak memory {worst_memory[1]:.0f} bytes per character: {worst_memory[0]}; "
        f"budget {BUDGET_BYTES_PER_CHAR}"
    )


def median_ms(fn, runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    q = statistics.quantiles(samples, n=10)
    return statistics.median(samples), q[-1]


def main() -> None:
    global THROUGHPUT_RUNS
    args = sys.argv[1:]
    if "--runs" in args:  # fewer runs per shape (a quick look; make bench keeps 3)
        THROUGHPUT_RUNS = int(args[args.index("--runs") + 1])
    if "--shapes" in args:
        throughput(args[args.index("--only") + 1] if "--only" in args else "")
        return
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
    sys.stdout.flush()
    throughput()


if __name__ == "__main__":
    main()
