"""Modules generated from outside data (tools/lookalikes.py, tools/typo_guard.py): written,
or checked to be current (``--check``, which the tests run)."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(target: Path, text: str, check: bool, tool: str) -> int:
    """Write ``text`` to ``target``; with ``check``, write nothing and return 1 (saying which
    tool to run) when ``target`` is missing or differs. The exit code of the tool."""
    if check:
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is out of date: run python {tool}", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0
