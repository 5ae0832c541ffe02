"""Data classes shared by the engine, the CLI and the JSON API.

A :class:`Finding` is what every check returns: the rule that fired, how
serious it is, the clauses and laws behind it, the span of the draft that
caused it and the message in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
LANGUAGES: tuple[str, ...] = ("ms", "en")


@dataclass(frozen=True, slots=True)
class Localized:
    """A text in Malay (the source) and English."""

    ms: str
    en: str

    def get(self, lang: str) -> str:
        """Return the text in ``lang`` ("ms" or "en"); Malay for anything else."""
        return self.en if lang == "en" else self.ms

    def format(self, **values: Any) -> Localized:
        """Fill ``{name}`` placeholders in both languages."""
        return Localized(self.ms.format_map(values), self.en.format_map(values))

    def to_dict(self) -> dict[str, str]:
        return {"ms": self.ms, "en": self.en}


@dataclass(frozen=True, slots=True)
class InputKind:
    """One kind of input the checker judges.

    ``name`` is at once a rule's ``applies_to`` in the rule data, the JSON API's
    ``tool``, the CLI's command, the examples runner's reading of an example
    and the browser page's tool; what a rule of this kind looks at is its label in the string catalogue
    (:func:`etika_check.strings.input_kind_label`, data/strings.toml section "input_kind");
    ``command_help`` the CLI command's help.
    """

    name: str
    command_help: str


#: The four kinds of input, in the order the CLI, the page and the catalogue show them.
INPUT_KINDS: tuple[InputKind, ...] = (
    InputKind("post", "check a draft post (FILE or - for stdin)"),
    InputKind("time", "may social media be used now, or at WHEN?"),
    InputKind("file", "may these files be uploaded?"),
    InputKind("account", "is this official account named right?"),
)
#: The names of :data:`INPUT_KINDS`: post, time, file, account.
INPUT_KIND_NAMES: tuple[str, ...] = tuple(kind.name for kind in INPUT_KINDS)


def input_kind(name: str) -> InputKind:
    """The :class:`InputKind` called *name* (``KeyError`` for an unknown one)."""
    for kind in INPUT_KINDS:
        if kind.name == name:
            return kind
    raise KeyError(name)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or reminder) found in a draft, a time, a file or a name.

    ``span`` is a half-open ``(start, end)`` range of Python string indices
    (code points) into the checked text, or ``None`` when the finding is about
    the whole input (an access time, a file size).
    """

    rule: str
    severity: str
    clauses: tuple[str, ...]
    instruments: tuple[str, ...]
    span: tuple[int, int] | None
    excerpt: str
    message: Localized
    title: Localized
    line: int = 1
    column: int = 1
    construction: str = ""  # what found it: a construction of data/constructions.toml, a finder, or the matcher

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form (documented in the README)."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "clauses": list(self.clauses),
            "instruments": list(self.instruments),
            "span": list(self.span) if self.span is not None else None,
            "line": self.line,
            "column": self.column,
            "excerpt": self.excerpt,
            "message": self.message.to_dict(),
            "title": self.title.to_dict(),
            "construction": self.construction,
        }


@dataclass(frozen=True, slots=True)
class AccessTime:
    """The answer of an access-time check: may social media be used at ``when``?

    Times are aware datetimes in Malaysian time.  ``window_ends`` is the end of
    the allowed window ``when`` falls in (``None`` when not allowed);
    ``next_window`` the start of the next allowed window (``None`` when allowed,
    or when none starts in the days searched).  ``assumption`` is the policy's
    note on how its source was read, if it has one.
    """

    policy: str
    when: datetime
    allowed: bool
    window_ends: datetime | None
    next_window: datetime | None
    assumption: Localized | None = None

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form (ISO 8601 times with their offset)."""
        out: dict[str, Any] = {
            "policy": self.policy,
            "when": self.when.isoformat(),
            "allowed": self.allowed,
            "window_ends": self.window_ends.isoformat() if self.window_ends else None,
            "next_window": self.next_window.isoformat() if self.next_window else None,
        }
        if self.assumption is not None:
            out["assumption"] = self.assumption.to_dict()
        return out


@dataclass(frozen=True, slots=True)
class Report:
    """The result of one check: findings (errors and warnings) and reminders (info).

    ``access`` is the answer of an access-time check (``None`` for the other
    inputs); ``extra`` echoes what was checked (a file's name and size, an
    account's name).
    """

    findings: tuple[Finding, ...] = ()
    reminders: tuple[Finding, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    access: AccessTime | None = None

    @property
    def has_error(self) -> bool:
        return any(f.is_error for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.extra)
        if self.access is not None:
            out.update(self.access.to_dict())
        out["findings"] = [f.to_dict() for f in self.findings]
        out["reminders"] = [f.to_dict() for f in self.reminders]
        return out
