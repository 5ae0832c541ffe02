"""Attachments: may this file be uploaded? Judged by name and size only
(and, in the CLI, by the first bytes, to catch a program disguised with
another extension). The file's content is never read beyond that."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

_MAGIC = {b"MZ": "Windows", b"\x7fELF": "Linux/ELF", b"\xcf\xfa\xed\xfe": "macOS", b"#!": "script"}


@dataclass(frozen=True, slots=True)
class FileInfo:
    name: str
    size: int | None = None
    head: bytes = b""  # the first bytes, when known (CLI only)


@dataclass(frozen=True, slots=True)
class FileHit:
    values: Mapping[str, Any]


def _extensions(name: str) -> list[str]:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip().rstrip(". ")
    parts = base.lower().split(".")
    return parts[1:] if len(parts) > 1 else []


def match_extension(info: FileInfo, params: Mapping[str, Any]) -> list[FileHit]:
    """An extension of the list (last one), a double extension hiding one
    (``invoice.pdf.exe``), or, when ``magic`` is set, program bytes."""
    listed = {e.lower() for e in params.get("extensions", ())}
    exts = _extensions(info.name)
    if exts and exts[-1] in listed:
        return [FileHit({"name": info.name, "ext": "." + exts[-1]})]
    if params.get("magic") and info.head:
        for magic, kind in _MAGIC.items():
            if info.head.startswith(magic) and not (magic == b"#!" and exts and exts[-1] in ("sh", "py")):
                return [FileHit({"name": info.name, "ext": kind})]
    return []


def match_size(info: FileInfo, params: Mapping[str, Any]) -> list[FileHit]:
    limit = int(params["max_bytes"])
    if info.size is not None and info.size > limit:
        return [FileHit({"name": info.name, "size": human_size(info.size), "limit": human_size(limit)})]
    return []


def match_name_terms(
    info: FileInfo, params: Mapping[str, Any], post_matcher: Callable[[str], list[Any]] | None = None
) -> list[FileHit]:
    """Run a draft matcher on the words of the file name (``Photoshop_crack.zip``)."""
    if post_matcher is None:
        return []
    words = re.sub(r"[._\-+]+", " ", info.name)
    return [FileHit({"name": info.name})] if post_matcher(words) else []


def human_size(n: int) -> str:
    """``2.0 MB``, ``512 KB``, ``10 B``; in whole-number arithmetic, so any
    size (even one with hundreds of digits) can be said, rounded half up."""
    if n >= 1024 * 1024:
        tenths = (n * 10 + 512 * 1024) // (1024 * 1024)
        return f"{tenths // 10}.{tenths % 10} MB"
    if n >= 1024:
        return f"{(n + 512) // 1024} KB"
    return f"{n} B"
