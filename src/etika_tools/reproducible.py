"""Reproducible build outputs: deterministic zips and file hashes.

One helper for the two builds whose bytes must not depend on the day or the
machine: the release archive and its EPUBs (``tools/release.py``) and the
browser checker bundle (``wasm/build.py``: the sha256 of each wheel in its
manifest, the build id).  Imports nothing beyond the standard library, so
either build can use it without Sphinx.
"""

from __future__ import annotations

import hashlib
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path

#: 1980-01-01 00:00 UTC: the earliest time a zip member can carry.
ZIP_MIN_EPOCH = 315532800


def sha256(path: Path) -> str:
    """The SHA-256 of a file, hex."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def zip_member(name: str, epoch: int, mode: int = 0o644) -> zipfile.ZipInfo:
    """A zip member stamped with *epoch* (SOURCE_DATE_EPOCH) and unix permissions *mode*."""
    info = zipfile.ZipInfo(name, date_time=time.gmtime(max(int(epoch), ZIP_MIN_EPOCH))[:6])
    info.create_system = 3  # unix: the permissions below are meaningful
    info.external_attr = (0o100000 | mode) << 16
    return info


def write_zip(path: Path, members: Iterable[tuple[str, Path]], epoch: int, *, stored_first: str | None = None) -> None:
    """A zip of (name, file) with fixed timestamps and permissions, in sorted order.

    *stored_first*: a member written first and uncompressed (an EPUB's mimetype).
    """
    ordered = sorted(members, key=lambda m: (m[0] != stored_first, m[0]))
    with zipfile.ZipFile(path, "w") as zf:
        for name, src in ordered:
            info = zip_member(name, epoch)
            if name == stored_first:
                info.compress_type = zipfile.ZIP_STORED
                zf.writestr(info, src.read_bytes())
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, src.read_bytes(), compresslevel=9)
