"""Profiles: which of the two documents bind the reader.

JKDM staff are bound by the SOP (clauses ``SOP-...``, ``document = "sop"`` in
``data/clauses.toml``), Perlis staff by the eBook (``EB-...``, ``document =
"ebook"``). A profile keeps, of each finding, the clauses of the documents
that bind the reader, and drops a finding none of whose clauses do. Where
both documents speak to the same thing, a rule cites a clause of each (its
``documents`` key in the rule files says so, rule by rule), so the finding
appears under every profile with the reader's own clause.

The access-time tool is not filtered: there the reader chooses the policy.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping

from .model import Finding, Report

#: profile -> the documents (clauses.toml ``document``) that bind its reader.
PROFILES: Mapping[str, frozenset[str]] = {
    "both": frozenset({"sop", "ebook"}),
    "jkdm": frozenset({"sop"}),
    "perlis": frozenset({"ebook"}),
}
DEFAULT_PROFILE = "both"


def apply_profile(report: Report, profile: str, clauses: Mapping[str, object]) -> Report:
    """The report as the reader of ``profile`` sees it (``clauses``: the rule set's clause table)."""
    documents = PROFILES[profile]

    def keep(f: Finding) -> Finding | None:
        mine = tuple(c for c in f.clauses if getattr(clauses.get(c), "document", None) in documents)
        if not mine:
            return None
        return f if mine == f.clauses else replace(f, clauses=mine)

    findings = tuple(x for x in map(keep, report.findings) if x is not None)
    reminders = tuple(x for x in map(keep, report.reminders) if x is not None)
    return Report(findings, reminders, dict(report.extra, profile=profile))
