"""Golden reports: what the checker finds in every draft of the test corpora, committed.

    python tools/golden.py            # compare with tests/golden/ (exit 1 on a difference)
    python tools/golden.py --update   # write tests/golden/ anew (review the diff, name it in the commit)

A change to the judgement (a port, a speed-up, a new construction) shows here as a diff of
``tests/golden/*.jsonl``: "byte-identical" is a check in the repository, not a claim in a commit
message. Each line is one draft: a short hash of its text and its findings as
``[rule, severity, start, end]`` (and, where the finding carries one, the construction that made
it). The texts themselves are not repeated: they live in their corpora, and the development set
beside the repository (``../shared/eval/``) is not ours to copy, so it is stored by hash alone.

Corpora:
- ``drafts``: tests/data/drafts.jsonl;
- ``examples``: every example of the rule data and of the constructions (flag and pass);
- ``constructions``: the drafts of the construction tests (tests/test_checker_constructions.py and
  the sets it reads from tests/data/judgement/);
- ``shapes``: the bench's throughput shapes, cut to 20,000 characters;
- ``dev-set``: ../shared/eval/malay-functional-dev.csv, where it lies beside the repository.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
DEV_SET = ROOT.parent / "shared" / "eval" / "malay-functional-dev.csv"
SHAPE_SIZE = 20_000


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(t for t in texts if isinstance(t, str)))


def drafts() -> list[str]:
    path = ROOT / "tests" / "data" / "drafts.jsonl"
    return _unique(json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def examples() -> list[str]:
    from etika_check.ruledata import default_ruleset, iter_examples

    ruleset = default_ruleset()
    constructions = [t for c in ruleset.constructions for t in (*c.examples_flag, *c.examples_pass)]
    return _unique([*(text for _, text, _ in iter_examples(ruleset)), *constructions])


def _strings_in(value: object, depth: int = 0) -> Iterator[str]:
    """The drafts a test module holds: strings in lists and tuples of its globals (a parameter
    table's first string column included)."""
    if depth > 3:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, (list, tuple)) and item and isinstance(item[0], str):
                yield item[0]
                if len(item) > 1 and isinstance(item[1], str) and " " in item[1]:
                    yield item[1]  # (construction, text) pairs
            elif isinstance(item, str):
                yield item


def constructions() -> list[str]:
    path = ROOT / "tests" / "test_checker_constructions.py"
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location("_golden_constructions", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    out: list[str] = []
    for name, value in sorted(vars(module).items()):
        if name.isupper() and isinstance(value, (list, tuple)):
            out += [t for t in _strings_in(value) if " " in t.strip()]  # (drafts, not names of things)
    for path in sorted((ROOT / "tests" / "data" / "judgement").glob("*.jsonl")):  # the sets as data
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str):
                out.append(text)
    return _unique(out)


def shapes() -> list[str]:
    spec = importlib.util.spec_from_file_location("_golden_bench", ROOT / "bench" / "checker.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = []
    for make in module.SHAPES.values():
        text = make(0)
        out.append(text[:SHAPE_SIZE])
    return _unique(out)


def dev_set() -> list[str]:
    with DEV_SET.open(encoding="utf-8", newline="") as fh:
        return _unique(row["text"] for row in csv.DictReader(fh))


CORPORA: dict[str, Callable[[], list[str]]] = {
    "drafts": drafts,
    "examples": examples,
    "constructions": constructions,
    "shapes": shapes,
    "dev-set": dev_set,
}


def available() -> list[str]:
    """The corpora this checkout can read (the development set only where it lies beside it)."""
    return [name for name in CORPORA if name != "dev-set" or DEV_SET.is_file()]


def report_lines(texts: list[str]) -> list[str]:
    import etika_check

    checker = etika_check.default_checker()
    lines = []
    for text in texts:
        found = []
        for f in checker.check_post(text).findings:
            start, end = f.span if f.span is not None else (None, None)
            entry = [f.rule, f.severity, start, end]
            construction = getattr(f, "construction", None)
            if construction:
                entry.append(construction)
            found.append(entry)
        lines.append(json.dumps({"id": _digest(text), "findings": found}, ensure_ascii=False, separators=(",", ":")))
    return lines


def path_of(name: str) -> Path:
    return GOLDEN / f"{name}.jsonl"


def compare(name: str) -> list[str]:
    """The differences of corpus ``name`` from its golden file (empty when none)."""
    want = path_of(name).read_text(encoding="utf-8").splitlines() if path_of(name).is_file() else []
    got = report_lines(CORPORA[name]())
    if want == got:
        return []
    out = []
    wanted = {json.loads(line)["id"]: line for line in want}
    for line in got:
        key = json.loads(line)["id"]
        if wanted.pop(key, None) != line:
            out.append(f"{name}: now   {line}")
    out += [f"{name}: golden {line} (draft gone)" for line in wanted.values()]
    return out or [f"{name}: same findings, another order"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="write the golden files anew")
    parser.add_argument("corpora", nargs="*", help=f"some of {', '.join(CORPORA)} (default: all available)")
    args = parser.parse_args(argv)
    names = args.corpora or available()
    if args.update:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name in names:
            lines = report_lines(CORPORA[name]())
            path_of(name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            print(f"{path_of(name).relative_to(ROOT)}: {len(lines)} drafts")
        return 0
    problems = [p for name in names for p in compare(name)]
    for p in problems[:200]:
        print(p)
    print(f"{len(problems)} drafts differ from tests/golden/" if problems else "golden reports match")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
