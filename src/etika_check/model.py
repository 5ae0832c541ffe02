"""Data classes shared by the engine, the CLI and the JSON API.

A :class:`Finding` is what every check returns: the rule that fired, how
serious it is, the clauses and laws behind it, the span of the draft that
caused it and the message in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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

    def format(self, **values: Any) -> "Localized":
        """Fill ``{name}`` placeholders in both languages."""
        return Localized(self.ms.format_map(values), self.en.format_map(values))

    def to_dict(self) -> dict[str, str]:
        return {"ms": self.ms, "en": self.en}


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
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The result of one check: findings (errors and warnings) and reminders (info)."""

    findings: tuple[Finding, ...] = ()
    reminders: tuple[Finding, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_error(self) -> bool:
        return any(f.is_error for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.extra)
        out["findings"] = [f.to_dict() for f in self.findings]
        out["reminders"] = [f.to_dict() for f in self.reminders]
        return out
