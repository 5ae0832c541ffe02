"""Loading and validating the rule data.

Rules are data: one TOML file per source document in ``rules/``, plus shared
data in ``data/`` (clause ids, laws and circulars, word lists, access-time
policies). Every problem in that data is reported as a :class:`RuleDataError`
naming the file, the rule and the key, so the policy team can fix it without
reading code.

Rule file layout::

    [source]
    document = "sop"                       # a document id used in clauses.toml
    title = { ms = "...", en = "..." }

    [[rule]]
    id = "personal-attack"                 # stable, lower-case, kebab-case
    applies_to = "post"                    # post | time | file | account
    severity = "error"                     # error | warning | info
    clauses = ["SOP-7.2", "EB-ETIKA-6"]    # ids from data/clauses.toml
    instruments = ["akta-588"]             # ids from data/instruments.toml
    title = { ms = "...", en = "..." }
    message = { ms = "...", en = "..." }   # may use {placeholders} the matcher fills
    why = { ms = "...", en = "..." }
    matcher = { kind = "abuse", ... }      # kind and parameters: see etika_check.matchers.REGISTRY
    examples = { flag = ["..."], pass = ["..."] }
    documents = "both: ..."                # which documents speak ("both", "SOP only", "eBook only")
    nearest = { sop = ["SOP-7.1"] }        # a rule grounded in a law: the nearest clause of a document
                                           # it has no clause of ([] where that document is silent)
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .access import Policy
from .errors import RuleDataError
from .judgement.constructions import FILE as CONSTRUCTIONS_FILE
from .judgement.constructions import Constructions, parse_constructions
from .lexicon import _phrase, parse_shortforms
from .links import clause_anchor
from .matchers import check_matcher, check_message
from .model import INPUT_KIND_NAMES, LANGUAGES, SEVERITIES, Localized

APPLIES_TO: tuple[str, ...] = INPUT_KIND_NAMES  # model.INPUT_KINDS
# A rule's ``documents`` key: which of the two documents speak to what it
# checks, and why (the profiles, etika_check.profile, follow its clauses).
DOCUMENTS_SAY = {
    frozenset({"sop", "ebook"}): "both",
    frozenset({"sop"}): "SOP only",
    frozenset({"ebook"}): "eBook only",
}
_RULE_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")


#: The HTML anchor of a clause (``SOP-7.1`` -> ``sop-7-1``): the link contract's.
anchor = clause_anchor


@dataclass(frozen=True, slots=True)
class Clause:
    id: str
    page: str
    document: str
    title: Localized

    @property
    def anchor(self) -> str:
        return anchor(self.id)


@dataclass(frozen=True, slots=True)
class Instrument:
    id: str
    kind: str
    number: str
    year: int | None
    title: Localized
    short: Localized
    confirmed: bool


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    applies_to: str
    severity: str
    clauses: tuple[str, ...]
    instruments: tuple[str, ...]
    title: Localized
    message: Localized
    why: Localized
    matcher: Mapping[str, Any]
    examples_flag: tuple[str, ...]
    examples_pass: tuple[str, ...]
    source: str
    documents: str = ""  # "both: ...", "SOP only: ..." or "eBook only: ...", with the reason
    # For a rule grounded in a law that one document does not speak to: (document, that document's
    # clauses nearest to what the rule checks, or () where it is silent); see etika_check.profile.
    nearest: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fix: Localized | None = None  # what to do instead, in a line


@dataclass(frozen=True, slots=True)
class Edition:
    id: str
    date: str  # ISO date
    name: Localized
    previous: str | None = None  # the edition before it (editions/<previous>/ in the repository)


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]
    clauses: Mapping[str, Clause]
    instruments: Mapping[str, Instrument]
    lexicon: Mapping[str, tuple[str, ...]]
    policies: Mapping[str, Mapping[str, Any]]
    settings: Mapping[str, Any]
    edition: Edition
    # the judgement's constructions (data/constructions.toml); a rule set made without them judges none
    constructions: Constructions = field(default_factory=lambda: Constructions((), ()))

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def for_input(self, applies_to: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.applies_to == applies_to)


# --------------------------------------------------------------------------
# the declared schema of every data file
#
# A schema is a tree of the types below. ``check`` walks a file's data along
# it and reports every problem (not just the first) with the key it is at;
# the data is used only when the whole set of files has no problem.


class Type:
    """A value's expected shape: ``problems(value, key)`` yields ``(key, problem)``;
    ``doc`` says in words what the value must be."""

    doc: str

    def problems(self, value: Any, key: str) -> Iterator[tuple[str, str]]:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass(frozen=True)
class Scalar(Type):
    """A single value that ``test`` accepts; ``doc`` says what it must be."""

    doc: str
    test: Callable[[Any], bool]

    def problems(self, value: Any, key: str) -> Iterator[tuple[str, str]]:
        if not self.test(value):
            yield key, f"must be {self.doc}, not {_shown(value)}"


@dataclass(frozen=True)
class ListOf(Type):
    """An array whose every item is ``item``; ``min_items`` at least."""

    item: Type
    min_items: int = 0

    @property
    def doc(self) -> str:  # type: ignore[override]
        return f"a list of {self.item.doc}"

    def problems(self, value: Any, key: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, list):
            yield key, f"must be {self.doc}, not {_shown(value)}"
            return
        if len(value) < self.min_items:
            yield key, "must not be empty"
        for n, item in enumerate(value):
            yield from self.item.problems(item, f"{key}[{n}]")


@dataclass(frozen=True)
class Table(Type):
    """A table with the keys ``fields`` (``name: (type, required)``); no other keys."""

    fields: Mapping[str, tuple[Type, bool]]
    doc: str = "a table"

    def problems(self, value: Any, key: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, dict):
            yield key, f"must be {self.doc}, not {_shown(value)}"
            return
        for name in value:
            if name not in self.fields:
                yield _join(key, name), f"unknown key; allowed: {', '.join(sorted(self.fields))}"
        for name, (typ, required) in self.fields.items():
            if name in value:
                yield from typ.problems(value[name], _join(key, name))
            elif required:
                yield _join(key, name), f"missing ({typ.doc})"


@dataclass(frozen=True)
class MapOf(Type):
    """A table of any keys matching ``key_pattern``, each value a ``value``."""

    value: Type
    key_pattern: str = r".+"
    key_doc: str = "any name"
    doc: str = "a table"

    def problems(self, value: Any, key: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, dict):
            yield key, f"must be {self.doc}, not {_shown(value)}"
            return
        for name, item in value.items():
            if not re.fullmatch(self.key_pattern, name):
                yield _join(key, name), f"not a valid key here ({self.key_doc})"
            else:
                yield from self.value.problems(item, _join(key, name))


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _shown(value: Any) -> str:
    """A short description of a wrong value for a message."""
    kind = {
        dict: "a table",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        datetime: "a date-time",
        date: "a date",
    }.get(type(value), type(value).__name__)
    text = repr(value)
    return f"{kind} {text[:40]}{'...' if len(text) > 40 else ''}" if not isinstance(value, (dict, list)) else kind


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _nonempty_str(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip())


TEXT = Scalar("non-empty text", _nonempty_str)
BOOL = Scalar("true or false", lambda v: isinstance(v, bool))
SLUG = Scalar(
    "a short lower-case id such as '2021-r2026-11'",
    lambda v: isinstance(v, str) and re.fullmatch(r"[a-z0-9]+(?:[.-][a-z0-9]+)*", v) is not None,
)
RULE_ID = Scalar(
    "a lower-case kebab-case id such as 'personal-attack'",
    lambda v: isinstance(v, str) and _RULE_ID.match(v) is not None,
)
DATE = Scalar("a date (YYYY-MM-DD, without a time)", lambda v: isinstance(v, date) and not isinstance(v, datetime))
YEAR = Scalar("a year (a whole number from 1800 to 2999)", lambda v: _is_int(v) and 1800 <= v <= 2999)
LOCALIZED = Table({lang: (TEXT, True) for lang in LANGUAGES}, doc="a table with 'ms' and 'en' texts")
TEXTS = ListOf(TEXT)
PAGE = Scalar(
    "a handbook page path such as 'sop' or 'ebook/etika-pegawai'",
    lambda v: isinstance(v, str) and re.fullmatch(r"[a-z0-9-]+(?:/[a-z0-9-]+)*", v) is not None,
)


def _matchable(term: Any) -> bool:
    """Can a term of a word list ever match? It needs a letter or digit."""

    return _nonempty_str(term) and bool(_phrase(term))


TERM = Scalar("a word or phrase with letters or digits (an entry without them can never match)", _matchable)
SHORT_FORM = Scalar(
    "a short form such as 'yg=yang'",
    lambda v: isinstance(v, str) and re.fullmatch(r"\s*[^=\s][^=]*=\s*[^=\s][^=]*", v) is not None,
)
_HHMM_RE = re.compile(r"\+?(?:[01]\d|2[0-3]):[0-5]\d\Z|\+?24:00\Z")
WINDOW = ListOf(
    Scalar(
        "a time 'HH:MM' (or '+HH:MM' for the next day)", lambda v: isinstance(v, str) and _HHMM_RE.match(v) is not None
    ),
    2,
)
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

#: The declared schema of each data file (rule files share RULE_FILE).
SCHEMAS: dict[str, Type] = {
    "data/clauses.toml": Table(
        {
            "clause": (
                ListOf(
                    Table(
                        {
                            "id": (
                                Scalar(
                                    "a clause id such as 'SOP-7.2'",
                                    lambda v: (
                                        isinstance(v, str)
                                        and re.fullmatch(r"[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)+", v) is not None
                                    ),
                                ),
                                True,
                            ),
                            "page": (PAGE, True),
                            "document": (SLUG, True),
                            "title": (LOCALIZED, True),
                        },
                        doc="a table ([[clause]])",
                    ),
                    1,
                ),
                True,
            )
        }
    ),
    "data/instruments.toml": Table(
        {
            "instrument": (
                ListOf(
                    Table(
                        {
                            "id": (SLUG, True),
                            "kind": (SLUG, True),  # act, regulation, code, circular, directive, decision...
                            "number": (TEXT, True),
                            "year": (YEAR, False),
                            "title": (LOCALIZED, True),
                            "short": (LOCALIZED, True),
                            "confirmed": (BOOL, False),
                        },
                        doc="a table ([[instrument]])",
                    )
                ),
                True,
            )
        }
    ),
    "data/edition.toml": Table(
        {"id": (SLUG, True), "date": (DATE, True), "name": (LOCALIZED, True), "previous": (SLUG, False)}
    ),
    "data/lexicon.toml": MapOf(
        Table({"terms": (ListOf(TERM, 1), True)}, doc="a table with 'terms'"),
        r"[a-z][a-z0-9_]*",
        "a word-list name in lower case with '_'",
    ),
    "data/policies.toml": Table(
        {
            "settings": (
                Table(
                    {
                        "utc_offset_hours": (
                            Scalar("a whole number of hours from -12 to 14", lambda v: _is_int(v) and -12 <= v <= 14),
                            False,
                        ),
                        "max_attachment_bytes": (
                            Scalar("a whole number of bytes", lambda v: _is_int(v) and v > 0),
                            False,
                        ),
                        "max_draft_chars": (
                            Scalar(
                                "a whole number of characters from 1 to 50000000",
                                lambda v: _is_int(v) and 0 < v <= 50_000_000,
                            ),
                            False,
                        ),
                        "platforms": (ListOf(TEXT, 1), False),
                    }
                ),
                False,
            ),
            "policy": (
                MapOf(
                    Table(
                        {
                            "title": (LOCALIZED, True),
                            "mode": (Scalar("'allow' or 'deny'", lambda v: v in ("allow", "deny")), True),
                            "working_days": (
                                ListOf(Scalar(f"a day ({', '.join(DAY_NAMES)})", lambda v: v in DAY_NAMES)),
                                True,
                            ),
                            "non_working": (Scalar("'all-day'", lambda v: v == "all-day"), False),
                            # a day that is not a working day lasts until this time the next day (JKDM: "+07:30")
                            "non_working_until": (
                                Scalar(
                                    "'+HH:MM' (a time on the next day)",
                                    lambda v: (
                                        isinstance(v, str)
                                        and re.fullmatch(r"\+(?:[01]\d|2[0-3]):[0-5]\d|\+24:00", v) is not None
                                    ),
                                ),
                                False,
                            ),
                            "windows": (
                                MapOf(ListOf(WINDOW), "|".join(DAY_NAMES), f"a day: {', '.join(DAY_NAMES)}"),
                                True,
                            ),
                            "assumption": (LOCALIZED, False),
                            # whose public holidays are days off: a state's name, or "officer" (the officer's choice)
                            "holiday_state": (TEXT, False),
                        }
                    ),
                    r"[a-z0-9]+(?:-[a-z0-9]+)*",
                    "a policy id such as 'jkdm-2010'",
                ),
                True,
            ),
        }
    ),
}
RULE = Table(
    {
        "id": (RULE_ID, True),
        "applies_to": (Scalar(f"one of {', '.join(APPLIES_TO)}", lambda v: v in APPLIES_TO), True),
        "severity": (Scalar(f"one of {', '.join(SEVERITIES)}", lambda v: v in SEVERITIES), True),
        "clauses": (ListOf(TEXT, 1), True),
        "instruments": (ListOf(TEXT), True),
        "title": (LOCALIZED, True),
        "message": (LOCALIZED, True),
        "why": (LOCALIZED, True),
        "fix": (LOCALIZED, False),  # what to do instead, in a line (the browser page shows it)
        # its keys are checked against etika_check.matchers.REGISTRY
        "matcher": (
            Scalar("a table with a 'kind'", lambda v: isinstance(v, dict) and isinstance(v.get("kind"), str)),
            True,
        ),
        "examples": (
            Table(
                {"flag": (ListOf(TEXT, 1), True), "pass": (ListOf(TEXT, 1), True)},
                doc="a table with 'flag' and 'pass' lists",
            ),
            True,
        ),
        # "both: ...", "SOP only: ..." or "eBook only: ...": which documents speak, and why
        "documents": (TEXT, False),
        # a document the rule's clauses leave out -> its nearest clauses ([] where it is silent)
        "nearest": (MapOf(ListOf(TEXT), r"[a-z][a-z0-9-]*", "a document id such as 'sop'"), False),
    },
    doc="a table ([[rule]])",
)
RULE_FILE = Table(
    {
        "source": (Table({"document": (SLUG, True), "title": (LOCALIZED, True)}), False),
        "rule": (ListOf(Scalar("a table ([[rule]])", lambda v: isinstance(v, dict))), False),
    }
)


class _Problems:
    """Every problem found while loading, in the order found."""

    def __init__(self) -> None:
        self.found: list[RuleDataError] = []

    def add(self, path: str, problem: str, rule: str | None = None, key: str | None = None) -> None:
        self.found.append(RuleDataError(path, problem, rule, key))

    def check(self, schema: Type, value: Any, path: str, rule: str | None = None, key: str = "") -> bool:
        """Check ``value`` against ``schema``; True when it has no problem."""
        before = len(self.found)
        for k, problem in schema.problems(value, key):
            self.add(path, problem, rule, k or None)
        return len(self.found) == before


# --------------------------------------------------------------------------
# reading TOML with errors that name the file


def _read_toml(path: Path | Any, label: str) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleDataError(label, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleDataError(label, f"not valid UTF-8 at byte {exc.start}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleDataError(label, f"invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses once per level of nested arrays or inline tables
        raise RuleDataError(label, "invalid TOML: nested too deeply") from None


def _loc(value: Mapping[str, str]) -> Localized:
    return Localized(value["ms"].strip(), value["en"].strip())


def _read_checked(path: Any, label: str, problems: _Problems) -> dict[str, Any] | None:
    """A data file read and checked against its schema; None when it has problems."""
    try:
        data = _read_toml(path, label)
    except RuleDataError as exc:
        problems.found.append(exc)
        return None
    return data if problems.check(SCHEMAS[label], data, label) else None


# --------------------------------------------------------------------------
# the shared data files


def _clauses(data: Mapping[str, Any], label: str, problems: _Problems) -> dict[str, Clause]:
    out: dict[str, Clause] = {}
    for i, entry in enumerate(data["clause"]):
        cid = entry["id"]
        if cid in out:
            problems.add(label, f"clause id '{cid}' defined twice", key=f"clause[{i}].id")
        out[cid] = Clause(cid, entry["page"], entry["document"], _loc(entry["title"]))
    return out


def _instruments(data: Mapping[str, Any], label: str, problems: _Problems) -> dict[str, Instrument]:
    out: dict[str, Instrument] = {}
    for i, entry in enumerate(data["instrument"]):
        iid = entry["id"]
        if iid in out:
            problems.add(label, f"instrument id '{iid}' defined twice", key=f"instrument[{i}].id")
        out[iid] = Instrument(
            iid,
            entry["kind"],
            entry["number"],
            entry.get("year"),
            _loc(entry["title"]),
            _loc(entry["short"]),
            entry.get("confirmed", False),
        )
    return out


def _check_rule(entry: Mapping[str, Any], index: int, label: str, problems: _Problems, shared: _Shared) -> Rule | None:
    """One ``[[rule]]`` checked against RULE, the shared data and the matcher registry."""
    rid = entry.get("id") if isinstance(entry, dict) else None
    before = len(problems.found)
    if isinstance(rid, str) and _RULE_ID.match(rid):
        problems.check(RULE, entry, label, rid)
    else:
        problems.check(RULE, entry, label, key=f"rule[{index}]")
        return None
    if len(problems.found) > before:
        return None
    if shared.clauses_ok:
        for c in entry["clauses"]:
            if c not in shared.clauses:
                problems.add(label, f"unknown clause id '{c}' (see data/clauses.toml)", rid, "clauses")
    for key, what in (("clauses", "clause"), ("instruments", "law or circular")):
        listed: set[str] = set()
        for item in entry[key]:
            if item in listed:  # it would be cited twice in every finding
                problems.add(label, f"{what} '{item}' listed twice", rid, key)
            listed.add(item)
    if shared.instruments_ok:
        for law in entry["instruments"]:
            if law not in shared.instruments:
                problems.add(label, f"unknown law or circular '{law}' (see data/instruments.toml)", rid, "instruments")
    documents = entry.get("documents", "")  # optional; every built-in rule states it (tests)
    if documents != "" and shared.clauses_ok and all(c in shared.clauses for c in entry["clauses"]):
        says = DOCUMENTS_SAY.get(frozenset(shared.clauses[c].document for c in entry["clauses"]), "?")
        if not documents.startswith(f"{says}: ") or not documents[len(says) + 2 :].strip():
            problems.add(
                label,
                f"must say which documents speak, as its clauses do: '{says}: <why>' "
                "('both', 'SOP only' or 'eBook only')",
                rid,
                "documents",
            )
    cited = (
        {shared.clauses[c].document for c in entry["clauses"] if c in shared.clauses} if shared.clauses_ok else set()
    )
    for doc, near in entry.get("nearest", {}).items():
        if doc in cited:
            problems.add(label, f"document '{doc}' already has a clause of this rule", rid, f"nearest.{doc}")
        for c in near if shared.clauses_ok else ():
            if c not in shared.clauses or shared.clauses[c].document != doc:
                problems.add(
                    label, f"'{c}' is no clause of document '{doc}' (see data/clauses.toml)", rid, f"nearest.{doc}"
                )
    matcher = entry["matcher"]
    for key, problem in check_matcher(matcher, entry["applies_to"], shared.lexicon, shared.policies):
        problems.add(label, problem, rid, key)
    for lang in LANGUAGES:
        message_problem = check_message(entry["message"][lang], matcher["kind"])
        if message_problem:
            problems.add(label, message_problem, rid, f"message.{lang}")
    if len(problems.found) > before:
        return None
    return Rule(
        id=entry["id"],
        applies_to=entry["applies_to"],
        severity=entry["severity"],
        clauses=tuple(entry["clauses"]),
        instruments=tuple(entry["instruments"]),
        title=_loc(entry["title"]),
        message=_loc(entry["message"]),
        why=_loc(entry["why"]),
        matcher=matcher,
        examples_flag=tuple(entry["examples"]["flag"]),
        examples_pass=tuple(entry["examples"]["pass"]),
        source=label,
        documents=entry.get("documents", ""),
        nearest=tuple((doc, tuple(near)) for doc, near in entry.get("nearest", {}).items()),
        fix=_loc(entry["fix"]) if "fix" in entry else None,
    )


@dataclass
class _Shared:
    """The shared data that rules refer to (None where that file has problems)."""

    clauses: Mapping[str, Clause]
    clauses_ok: bool
    instruments: Mapping[str, Instrument]
    instruments_ok: bool
    lexicon: Mapping[str, tuple[str, ...]] | None
    policies: Mapping[str, Any] | None
    constructions: Constructions | None = None


def _package_dir(name: str) -> Any:
    return resources.files("etika_check").joinpath(name)


def _toml_files(directory: Any) -> list[Any]:
    return sorted((p for p in directory.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)


def load_ruleset(rules_dir: str | Path | None = None, data_dir: str | Path | None = None) -> RuleSet:
    """Load and validate every rule file and the shared data.

    ``rules_dir`` and ``data_dir`` default to the package's own ``rules/`` and
    ``data/``. Every file is checked against its declared schema
    (:data:`SCHEMAS`, :data:`RULE_FILE`), every rule against the shared data
    and the matcher registry, before anything is used. Raises
    :class:`RuleDataError` naming every problem found (``.problems``).
    """
    rdir = Path(rules_dir) if rules_dir is not None else _package_dir("rules")
    ddir = Path(data_dir) if data_dir is not None else _package_dir("data")
    problems = _Problems()

    def read(name: str) -> dict[str, Any] | None:
        return _read_checked(ddir.joinpath(name), f"data/{name}", problems)

    cdata, idata, ldata, pdata, edata = (
        read(n) for n in ("clauses.toml", "instruments.toml", "lexicon.toml", "policies.toml", "edition.toml")
    )
    clauses = _clauses(cdata, "data/clauses.toml", problems) if cdata is not None else {}
    instruments = _instruments(idata, "data/instruments.toml", problems) if idata is not None else {}
    lexicon = {name: tuple(t["terms"]) for name, t in ldata.items()} if ldata is not None else None
    if lexicon is not None:
        try:
            parse_shortforms(lexicon.get("shortforms", ()))
        except RuleDataError as exc:
            problems.found.append(exc)
    policies: dict[str, Any] | None = None
    if pdata is not None:
        policies = dict(pdata["policy"])
        for pid, pol in policies.items():
            try:
                Policy.from_data(pid, pol)
            except ValueError as exc:
                problems.add("data/policies.toml", str(exc).split(": ", 2)[-1], key=f"policy.{pid}")
    edition = None
    if edata is not None:
        if edata.get("previous") == edata["id"]:
            problems.add("data/edition.toml", "must be the id of an earlier edition, e.g. '2021-asal'", key="previous")
        edition = Edition(edata["id"], edata["date"].isoformat(), _loc(edata["name"]), edata.get("previous"))
    constructions: Constructions | None = None
    try:
        kdata = _read_toml(ddir.joinpath("constructions.toml"), CONSTRUCTIONS_FILE)
    except RuleDataError as exc:
        problems.found.append(exc)
    else:
        constructions, found = parse_constructions(kdata, CONSTRUCTIONS_FILE, lexicon)
        problems.found += found
    shared = _Shared(clauses, cdata is not None, instruments, idata is not None, lexicon, policies, constructions)

    rules: list[Rule] = []
    seen: dict[str, str] = {}
    try:
        files = _toml_files(rdir)
    except OSError as exc:
        raise RuleDataError(str(rdir), f"cannot list rule files: {exc.strerror or exc}") from None
    for path in files:
        lab = f"rules/{path.name}"
        try:
            data = _read_toml(path, lab)
        except RuleDataError as exc:
            problems.found.append(exc)
            continue
        if not problems.check(RULE_FILE, data, lab):
            continue
        for i, entry in enumerate(data.get("rule", [])):
            rule = _check_rule(entry, i, lab, problems, shared)
            if rule is None:
                continue
            if rule.id in seen:
                problems.add(lab, f"rule id also defined in {seen[rule.id]}", rule.id, "id")
                continue
            seen[rule.id] = lab
            rules.append(rule)
    if not rules and not problems.found:
        problems.add(str(rdir), "no rules found")
    if constructions is not None and not problems.found:  # a rule's own constructions name a post rule
        posts = {r.id for r in rules if r.applies_to == "post"}
        problems.found += [
            RuleDataError(
                CONSTRUCTIONS_FILE,
                f"unknown rule '{seq.rule}' (a rule of rules/*.toml that judges posts)",
                seq.name,
                "rule",
                "construction",
            )
            for seq in constructions.sequences
            if seq.rule and seq.rule not in posts
        ]
    if problems.found:
        raise RuleDataError.of(problems.found)
    assert lexicon is not None and policies is not None and edition is not None and pdata is not None
    assert constructions is not None
    return RuleSet(
        tuple(rules), clauses, instruments, lexicon, policies, pdata.get("settings", {}), edition, constructions
    )


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """The package's own rule data, loaded once."""
    return load_ruleset()


def iter_examples(ruleset: RuleSet) -> Iterable[tuple[Rule, str, bool]]:
    """Every example of every rule as ``(rule, example, must_flag)``."""
    for rule in ruleset.rules:
        for ex in rule.examples_flag:
            yield rule, ex, True
        for ex in rule.examples_pass:
            yield rule, ex, False
