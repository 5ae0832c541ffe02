"""Profiles: which of the two documents bind the reader.

JKDM staff are bound by the SOP (clauses ``SOP-...``, ``document = "sop"`` in
``data/clauses.toml``), Perlis staff by the eBook (``EB-...``, ``document =
"ebook"``). A profile keeps, of each finding, the clauses of the documents
that bind the reader. Where both documents speak to the same thing, a rule
cites a clause of each (its ``documents`` key in the rule files says so, rule
by rule), so the finding appears under every profile with the reader's own
clause.

A profile chooses citations, never whether a breach of the law is reported.
A rule grounded in a law (an instrument of kind ``act`` or ``regulation`` in
``data/instruments.toml``: the Personal Data Protection Act 2010, the Official
Secrets Act 1972, the Sedition Act 1948, the Conduct and Discipline
Regulations 1993, the Communications and Multimedia Act 1998) binds every
civil servant, so its findings are reported under every profile. Where the
reader's document has no clause of the rule, the finding cites the rule's
``nearest`` clause of that document (rule data), or the law alone where the
document is silent, and its message says so, naming the document and the law.
A finding of a rule that only one document makes, and no law, is dropped for
the other document's reader.

The access-time tool is not filtered: there the reader chooses the policy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from . import strings
from .model import Finding, Localized, Report

#: profile -> the documents (clauses.toml ``document``) that bind its reader.
PROFILES: Mapping[str, frozenset[str]] = {
    "both": frozenset({"sop", "ebook"}),
    "jkdm": frozenset({"sop"}),
    "perlis": frozenset({"ebook"}),
}
DEFAULT_PROFILE = "both"

#: The kinds of instrument (data/instruments.toml) that are law binding every civil servant.
LAW_KINDS = frozenset({"act", "regulation"})

#: the words of this module, lang -> name -> text (data/strings.toml, section "profile")
_TEXT = strings.section("profile")

#: How a message names each document.
DOCUMENT_NAMES: Mapping[str, Localized] = {
    d: Localized(_TEXT["ms"][f"document.{d}"], _TEXT["en"][f"document.{d}"]) for d in ("sop", "ebook")
}


def _join(names: list[str], lang: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return strings.text("profile.join", lang, names=", ".join(names[:-1]), last=names[-1])


def _law_note(docs: list[str], near: tuple[str, ...], laws: list[Any]) -> Localized:
    """The sentence a message gains when a finding is reported under the law in a profile
    whose document has no clause of its rule."""
    out = {}
    for lang in ("ms", "en"):
        doc = _join([DOCUMENT_NAMES[d].get(lang) for d in docs], lang)
        values = {
            "doc": doc[:1].upper() + doc[1:] if lang == "en" else doc,
            "doc_short": _join([_TEXT[lang][f"short.{d}"] for d in docs], lang),
            "laws": _join([law.short.get(lang) for law in laws], lang),
        }
        if near:
            out[lang] = strings.text("profile.nearest", lang, clauses=", ".join(near), **values)
        else:
            out[lang] = strings.text("profile.silent", lang, **values)
    return Localized(out["ms"], out["en"])


def apply_profile(report: Report, profile: str, ruleset: Any) -> Report:
    """The report as the reader of ``profile`` sees it. ``ruleset``: the checker's
    :class:`~etika_check.ruledata.RuleSet` (or, as before, its clause table alone, which
    then keeps only the reader's clauses and reports nothing under the law)."""
    documents = PROFILES[profile]
    if isinstance(ruleset, Mapping):
        clauses, rules, instruments = ruleset, {}, {}
    else:
        clauses = ruleset.clauses
        rules = {r.id: r for r in ruleset.rules}
        instruments = ruleset.instruments

    def keep(f: Finding) -> Finding | None:
        mine = tuple(c for c in f.clauses if getattr(clauses.get(c), "document", None) in documents)
        if mine:
            return f if mine == f.clauses else replace(f, clauses=mine)
        rule = rules.get(f.rule)
        laws = [instruments[i] for i in f.instruments if i in instruments and instruments[i].kind in LAW_KINDS]
        if rule is None or not laws:
            return None
        nearest = dict(rule.nearest)
        docs = sorted(d for d in documents if d in nearest) or sorted(documents)
        near = tuple(c for d in docs for c in nearest.get(d, ()))
        note = _law_note(docs, near, laws)
        message = Localized(f.message.ms + " " + note.ms, f.message.en + " " + note.en)
        return replace(f, clauses=near, message=message)

    findings = tuple(x for x in map(keep, report.findings) if x is not None)
    reminders = tuple(x for x in map(keep, report.reminders) if x is not None)
    return Report(findings, reminders, dict(report.extra, profile=profile))
