"""Editions of the rule data: what changed since the previous edition.

The current edition is the package's data (``data/edition.toml`` names it and,
with ``previous = "<id>"``, the edition before it).  Each earlier edition keeps
a frozen copy of its clause, law and rule data in the repository::

    editions/<id>/edition.toml       id, date, name.ms/name.en, previous (optional)
    editions/<id>/clauses.toml       the clause contract of that edition
    editions/<id>/instruments.toml   its laws and circulars
    editions/<id>/rules/*.toml       its rule files (none: no checker yet)

This module reads such snapshots with the standard library only (no schema
checks beyond what a comparison needs: the snapshot was valid when it was
published), compares two of them (:func:`diff`) and checks the clause-id
contract across the whole history (:func:`check_history`): a clause id is
never reused once removed, and an id never moves to another document.

Used by the handbook's ``edition-changes`` directive (``src/etika_handbook/editions.py``)
and by ``etika-check rules --validate``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("clause", "rule", "instrument")
STATUSES = ("added", "changed", "removed")


class EditionError(ValueError):
    """An edition snapshot is missing or unreadable, or the history breaks the id contract."""


@dataclass(frozen=True)
class Snapshot:
    """The clause, law and rule data of one edition, as plain comparable values."""

    id: str
    name: Mapping[str, str] = field(default_factory=dict)
    date: str = ""
    previous: str | None = None
    clauses: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    instruments: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def items(self, kind: str) -> Mapping[str, Mapping[str, Any]]:
        return {"clause": self.clauses, "instrument": self.instruments, "rule": self.rules}[kind]


@dataclass(frozen=True)
class Change:
    kind: str  # clause | rule | instrument
    id: str
    status: str  # added | changed | removed
    keys: tuple[str, ...] = ()  # for "changed": the keys whose value changed
    before: Mapping[str, Any] | None = None
    after: Mapping[str, Any] | None = None


# --------------------------------------------------------------------------
# normalising: the same shape from TOML tables and from loaded objects


def _text(value: Any) -> dict[str, str]:
    if isinstance(value, Mapping):
        return {lang: str(value.get(lang, "")).strip() for lang in ("ms", "en")}
    return {lang: str(getattr(value, lang, "") or "").strip() for lang in ("ms", "en")}


def _plain(value: Any) -> Any:
    """TOML values (dates, nested tables) as plain, comparable Python values."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _get(entry: Any, key: str, default: Any = None) -> Any:
    if isinstance(entry, Mapping):
        return entry.get(key, default)
    return getattr(entry, key, default)


def norm_clause(entry: Any) -> dict[str, Any]:
    return {
        "document": _get(entry, "document", ""),
        "page": _get(entry, "page", ""),
        "title": _text(_get(entry, "title", {})),
    }


def norm_instrument(entry: Any) -> dict[str, Any]:
    return {
        "kind": _get(entry, "kind", ""),
        "number": _get(entry, "number", ""),
        "year": _get(entry, "year"),
        "title": _text(_get(entry, "title", {})),
        "short": _text(_get(entry, "short", {})),
        "confirmed": bool(_get(entry, "confirmed", False)),
    }


def norm_rule(entry: Any) -> dict[str, Any]:
    if isinstance(entry, Mapping):
        examples = entry.get("examples") or {}
        flag, ok = examples.get("flag", []), examples.get("pass", [])
    else:
        flag, ok = getattr(entry, "examples_flag", ()), getattr(entry, "examples_pass", ())
    return {
        "applies_to": _get(entry, "applies_to", ""),
        "severity": _get(entry, "severity", ""),
        "clauses": list(_get(entry, "clauses", ()) or ()),
        "instruments": list(_get(entry, "instruments", ()) or ()),
        "title": _text(_get(entry, "title", {})),
        "message": _text(_get(entry, "message", {})),
        "why": _text(_get(entry, "why", {})),
        "matcher": _plain(_get(entry, "matcher", None) or {}),
        "examples": {"flag": list(flag), "pass": list(ok)},
    }


# --------------------------------------------------------------------------
# reading snapshots


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except OSError as exc:
        raise EditionError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(f"{path}: invalid TOML: {exc}") from None


def load_snapshot(directory: str | Path) -> Snapshot:
    """Read ``editions/<id>/`` (see the module docstring)."""
    d = Path(directory)
    if not d.is_dir():
        raise EditionError(
            f"{d}: no such edition snapshot (expected editions/<id>/ with edition.toml, "
            "clauses.toml, instruments.toml and rules/)"
        )
    meta = _read(d / "edition.toml")
    eid = meta.get("id")
    if eid != d.name:
        raise EditionError(f"{d / 'edition.toml'}: key 'id': {eid!r} must be the directory name {d.name!r}")
    clauses = {c["id"]: norm_clause(c) for c in _read(d / "clauses.toml").get("clause", [])}
    instruments = {i["id"]: norm_instrument(i) for i in _read(d / "instruments.toml").get("instrument", [])}
    rules: dict[str, dict[str, Any]] = {}
    rdir = d / "rules"
    for path in sorted(rdir.glob("*.toml")) if rdir.is_dir() else ():
        for r in _read(path).get("rule", []):
            rules[r["id"]] = norm_rule(r)
    when: Any = meta.get("date")
    return Snapshot(
        eid,
        _text(meta.get("name", {})),
        when.isoformat() if hasattr(when, "isoformat") else str(when or ""),
        meta.get("previous"),
        clauses,
        instruments,
        rules,
    )


def snapshot_of(ruleset: Any, edition: Mapping[str, Any] | Any | None = None) -> Snapshot:
    """The current edition from a loaded rule set (``etika_check.ruledata.RuleSet`` or a stand-in).

    *edition* (``{"id", "date", "name", "previous"}`` or an ``Edition``) defaults to ``ruleset.edition``.
    """
    ed = edition if edition is not None else getattr(ruleset, "edition", None)
    if ed is None:
        raise EditionError("the current edition is unknown (no edition.toml)")
    return Snapshot(
        str(_get(ed, "id", "")),
        _text(_get(ed, "name", {})),
        str(_get(ed, "date", "")),
        _get(ed, "previous"),
        {cid: norm_clause(c) for cid, c in ruleset.clauses.items()},
        {iid: norm_instrument(i) for iid, i in ruleset.instruments.items()},
        {r.id: norm_rule(r) for r in ruleset.rules},
    )


def history(current: Snapshot, editions_dir: str | Path) -> list[Snapshot]:
    """The current edition and every earlier one, oldest first, following ``previous``."""
    chain = [current]
    seen = {current.id}
    while chain[-1].previous:
        prev_id = chain[-1].previous
        if prev_id in seen:
            raise EditionError(f"edition '{prev_id}' is its own ancestor (a loop in 'previous')")
        seen.add(prev_id)
        chain.append(load_snapshot(Path(editions_dir) / prev_id))
    return chain[::-1]


# --------------------------------------------------------------------------
# comparing


def diff(before: Snapshot, after: Snapshot) -> list[Change]:
    """Clauses, rules and laws added, changed or removed from *before* to *after*.

    Ordered by kind (clause, rule, instrument), then status, then the order of
    the data (the newer edition's order; removed items in the older one's).
    """
    changes: list[Change] = []
    for kind in KINDS:
        old, new = before.items(kind), after.items(kind)
        added = [Change(kind, i, "added", after=new[i]) for i in new if i not in old]
        changed = []
        for i in new:
            if i in old and old[i] != new[i]:
                keys = tuple(k for k in new[i] if old[i].get(k) != new[i].get(k))
                changed.append(Change(kind, i, "changed", keys, old[i], new[i]))
        removed = [Change(kind, i, "removed", before=old[i]) for i in old if i not in new]
        changes += added + changed + removed
    return changes


def check_history(snapshots: Iterable[Snapshot]) -> list[str]:
    """Problems with the clause-id contract across editions (oldest first).

    A clause id removed in one edition must not reappear in a later one, and an
    id keeps its document (``SOP-...`` stays in the SOP) in every edition.
    """
    problems: list[str] = []
    present: dict[str, str] = {}  # id -> edition where last seen
    removed: dict[str, str] = {}  # id -> edition that removed it
    document: dict[str, tuple[str, str]] = {}  # id -> (document, edition)
    for snap in snapshots:
        for cid, clause in snap.clauses.items():
            if cid in removed:
                problems.append(
                    f"data/clauses.toml: clause '{cid}': removed in edition '{removed[cid]}', it reappears in "
                    f"edition '{snap.id}': clause ids are never reused; give the clause a new id"
                )
            doc = clause.get("document", "")
            if cid in document and document[cid][0] != doc:
                problems.append(
                    f"data/clauses.toml: clause '{cid}': key 'document': '{doc}' in edition '{snap.id}', but "
                    f"'{document[cid][0]}' in edition '{document[cid][1]}': an id keeps its meaning; "
                    "give the clause a new id"
                )
            document.setdefault(cid, (doc, snap.id))
        for cid in list(present):
            if cid not in snap.clauses and cid not in removed:
                removed[cid] = snap.id
        for cid in snap.clauses:
            present[cid] = snap.id
    return problems


def validate_editions(ruleset: Any, editions_dir: str | Path) -> list[str]:
    """For ``etika-check rules --validate``: the history loads and keeps the clause-id contract."""
    try:
        return check_history(history(snapshot_of(ruleset), editions_dir))
    except EditionError as exc:
        return [f"data/edition.toml: key 'previous': {exc}"]
