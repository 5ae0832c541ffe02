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
    matcher = { kind = "abuse", ... }      # kind: see etika_check.matchers.MATCHERS
    examples = { flag = ["..."], pass = ["..."] }
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

from .links import clause_anchor
from .model import INPUT_KIND_NAMES, LANGUAGES, SEVERITIES, Localized

APPLIES_TO: tuple[str, ...] = INPUT_KIND_NAMES  # model.INPUT_KINDS
RULE_KEYS = {
    "id", "applies_to", "severity", "clauses", "instruments", "title",
    "message", "why", "matcher", "examples",
}
_RULE_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")


class RuleDataError(ValueError):
    """Malformed rule data: names the file, the rule (if any) and the key."""

    def __init__(self, path: str, problem: str, rule: str | None = None, key: str | None = None):
        self.path, self.rule, self.key, self.problem = path, rule, key, problem
        where = path
        if rule is not None:
            where += f": rule '{rule}'"
        if key is not None:
            where += f": key '{key}'"
        super().__init__(f"{where}: {problem}")


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

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def for_input(self, applies_to: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.applies_to == applies_to)


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


def _localized(value: Any, label: str, rule: str | None, key: str) -> Localized:
    if not isinstance(value, dict):
        raise RuleDataError(label, "must be a table with 'ms' and 'en' texts", rule, key)
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise RuleDataError(label, f"missing or empty '{lang}' text", rule, f"{key}.{lang}")
    extra = set(value) - set(LANGUAGES)
    if extra:
        raise RuleDataError(label, f"unknown language(s) {sorted(extra)}", rule, key)
    return Localized(value["ms"].strip(), value["en"].strip())


def _str_list(value: Any, label: str, rule: str | None, key: str, *, allow_empty: bool = True) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleDataError(label, "must be a list of non-empty strings", rule, key)
    if not allow_empty and not value:
        raise RuleDataError(label, "must not be empty", rule, key)
    return tuple(value)


# --------------------------------------------------------------------------
# the shared data files


def _load_clauses(path: Any, label: str) -> dict[str, Clause]:
    data = _read_toml(path, label)
    out: dict[str, Clause] = {}
    for i, entry in enumerate(data.get("clause", [])):
        cid = entry.get("id")
        if not isinstance(cid, str):
            raise RuleDataError(label, "missing id", key=f"clause[{i}].id")
        if cid in out:
            raise RuleDataError(label, f"clause id '{cid}' defined twice", key=f"clause[{i}].id")
        for key in ("page", "document"):
            if not isinstance(entry.get(key), str):
                raise RuleDataError(label, f"clause '{cid}' needs a string", key=f"clause[{i}].{key}")
        out[cid] = Clause(cid, entry["page"], entry["document"],
                          _localized(entry.get("title"), label, None, f"clause[{i}].title"))
    return out


def _load_instruments(path: Any, label: str) -> dict[str, Instrument]:
    data = _read_toml(path, label)
    out: dict[str, Instrument] = {}
    for i, entry in enumerate(data.get("instrument", [])):
        iid = entry.get("id")
        if not isinstance(iid, str) or iid in out:
            raise RuleDataError(label, "missing or duplicate id", key=f"instrument[{i}].id")
        out[iid] = Instrument(
            iid, str(entry.get("kind", "")), str(entry.get("number", "")), entry.get("year"),
            _localized(entry.get("title"), label, None, f"instrument[{i}].title"),
            _localized(entry.get("short"), label, None, f"instrument[{i}].short"),
            bool(entry.get("confirmed", False)),
        )
    return out


def _load_lexicon(path: Any, label: str) -> dict[str, tuple[str, ...]]:
    data = _read_toml(path, label)
    out: dict[str, tuple[str, ...]] = {}
    for name, table in data.items():
        if not isinstance(table, dict) or "terms" not in table:
            raise RuleDataError(label, "each word list is a table with 'terms'", key=name)
        out[name] = _str_list(table["terms"], label, None, f"{name}.terms", allow_empty=False)
    return out


def _load_edition(path: Any, label: str) -> Edition:
    data = _read_toml(path, label)
    eid = data.get("id")
    if not isinstance(eid, str) or not re.fullmatch(r"[a-z0-9]+(?:[.-][a-z0-9]+)*", eid):
        raise RuleDataError(label, "edition id must be a short lower-case id, e.g. '2021-r2026-11'", key="id")
    when = data.get("date")
    if not hasattr(when, "isoformat"):
        raise RuleDataError(label, "must be a date (YYYY-MM-DD)", key="date")
    previous = data.get("previous")
    if previous is not None and (not isinstance(previous, str) or previous == eid
                                 or not re.fullmatch(r"[a-z0-9]+(?:[.-][a-z0-9]+)*", previous)):
        raise RuleDataError(label, "must be the id of an earlier edition, e.g. '2021-asal'", key="previous")
    return Edition(eid, when.isoformat(), _localized(data.get("name"), label, None, "name"), previous)


def _check_rule(entry: Any, index: int, label: str, clauses: Mapping[str, Clause],
                instruments: Mapping[str, Instrument]) -> Rule:
    if not isinstance(entry, dict):
        raise RuleDataError(label, "each [[rule]] must be a table", key=f"rule[{index}]")
    rid = entry.get("id")
    if not isinstance(rid, str) or not _RULE_ID.match(rid):
        raise RuleDataError(label, "rule id must be lower-case kebab-case, e.g. 'personal-attack'",
                            key=f"rule[{index}].id")
    unknown = set(entry) - RULE_KEYS
    if unknown:
        raise RuleDataError(label, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}", rid)
    missing = RULE_KEYS - set(entry)
    if missing:
        raise RuleDataError(label, "missing", rid, sorted(missing)[0])
    applies = entry["applies_to"]
    if applies not in APPLIES_TO:
        raise RuleDataError(label, f"must be one of {', '.join(APPLIES_TO)}", rid, "applies_to")
    if entry["severity"] not in SEVERITIES:
        raise RuleDataError(label, f"must be one of {', '.join(SEVERITIES)}", rid, "severity")
    rule_clauses = _str_list(entry["clauses"], label, rid, "clauses", allow_empty=False)
    for c in rule_clauses:
        if c not in clauses:
            raise RuleDataError(label, f"unknown clause id '{c}' (see data/clauses.toml)", rid, "clauses")
    rule_instruments = _str_list(entry["instruments"], label, rid, "instruments")
    for law in rule_instruments:
        if law not in instruments:
            raise RuleDataError(label, f"unknown law or circular '{law}' (see data/instruments.toml)",
                                rid, "instruments")
    matcher = entry["matcher"]
    if not isinstance(matcher, dict) or not isinstance(matcher.get("kind"), str):
        raise RuleDataError(label, "must be a table with a 'kind'", rid, "matcher")
    examples = entry["examples"]
    if not isinstance(examples, dict) or set(examples) - {"flag", "pass"}:
        raise RuleDataError(label, "must be a table with 'flag' and 'pass' lists", rid, "examples")
    flag = _str_list(examples.get("flag", []), label, rid, "examples.flag", allow_empty=False)
    ok = _str_list(examples.get("pass", []), label, rid, "examples.pass", allow_empty=False)
    return Rule(
        id=rid, applies_to=applies, severity=entry["severity"], clauses=rule_clauses,
        instruments=rule_instruments,
        title=_localized(entry["title"], label, rid, "title"),
        message=_localized(entry["message"], label, rid, "message"),
        why=_localized(entry["why"], label, rid, "why"),
        matcher=matcher, examples_flag=flag, examples_pass=ok, source=label,
    )


def _package_dir(name: str) -> Any:
    return resources.files("etika_check").joinpath(name)


def _toml_files(directory: Any) -> list[Any]:
    return sorted((p for p in directory.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)


def load_ruleset(rules_dir: str | Path | None = None, data_dir: str | Path | None = None) -> RuleSet:
    """Load and validate every rule file and the shared data.

    ``rules_dir`` and ``data_dir`` default to the package's own ``rules/`` and
    ``data/``. Raises :class:`RuleDataError` on the first problem found.
    """
    rdir = Path(rules_dir) if rules_dir is not None else _package_dir("rules")
    ddir = Path(data_dir) if data_dir is not None else _package_dir("data")

    def label(p: Any, sub: str) -> str:
        return f"{sub}/{p.name}"

    clauses = _load_clauses(ddir.joinpath("clauses.toml"), "data/clauses.toml")
    instruments = _load_instruments(ddir.joinpath("instruments.toml"), "data/instruments.toml")
    lexicon = _load_lexicon(ddir.joinpath("lexicon.toml"), "data/lexicon.toml")
    policies_data = _read_toml(ddir.joinpath("policies.toml"), "data/policies.toml")
    policies = policies_data.get("policy", {})
    settings = policies_data.get("settings", {})
    edition = _load_edition(ddir.joinpath("edition.toml"), "data/edition.toml")

    rules: list[Rule] = []
    seen: dict[str, str] = {}
    try:
        files = _toml_files(rdir)
    except OSError as exc:
        raise RuleDataError(str(rdir), f"cannot list rule files: {exc.strerror or exc}") from None
    for path in files:
        lab = label(path, "rules")
        data = _read_toml(path, lab)
        unknown = set(data) - {"source", "rule"}
        if unknown:
            raise RuleDataError(lab, f"unknown top-level key(s) {sorted(unknown)}", key=sorted(unknown)[0])
        entries = data.get("rule", [])
        if not isinstance(entries, list):
            raise RuleDataError(lab, "must be an array of tables ([[rule]])", key="rule")
        for i, entry in enumerate(entries):
            rule = _check_rule(entry, i, lab, clauses, instruments)
            if rule.id in seen:
                raise RuleDataError(lab, f"rule id also defined in {seen[rule.id]}", rule.id, "id")
            seen[rule.id] = lab
            rules.append(rule)
    if not rules:
        raise RuleDataError(str(rdir), "no rules found")
    return RuleSet(tuple(rules), clauses, instruments, lexicon, policies, settings, edition)


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
