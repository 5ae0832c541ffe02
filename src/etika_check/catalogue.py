"""The checker's public catalogue: what its rule data declares, read through the loader.

The handbook's Sphinx extension and the browser bundle's build read the checker's rules,
clauses, laws, constructions and matchers here, never its internals nor its TOML files: one
route from the data (checked by :func:`etika_check.ruledata.load_ruleset`) to every page.

Everything returned is plain data (dicts, lists, strings) and may be written as JSON.
"""

from __future__ import annotations

from typing import Any

from .judgement.constructions import QUESTION_TAG, Frame, Sequence
from .links import clause_href, law_href, rule_href
from .matchers import PLACEHOLDERS, REGISTRY, MatcherSpec
from .model import Localized
from .ruledata import RuleSet, default_ruleset
from .strings import input_kind_label

__all__ = ["QUESTION_TAG", "clauses", "constructions", "laws", "matcher", "placeholder_label", "rules"]


def _rs(ruleset: RuleSet | None) -> RuleSet:
    return ruleset if ruleset is not None else default_ruleset()


def clauses(ruleset: RuleSet | None = None) -> dict[str, dict[str, Any]]:
    """Clause id -> its document, page, title ``{ms, en}`` and link (relative to a language's root)."""
    return {
        c.id: {"document": c.document, "page": c.page, "title": c.title.to_dict(), "href": clause_href(c.id, c.page)}
        for c in _rs(ruleset).clauses.values()
    }


def laws(ruleset: RuleSet | None = None) -> dict[str, dict[str, Any]]:
    """Law or circular id -> its kind, number, year, title and short title ``{ms, en}`` and link."""
    return {
        i.id: {
            "kind": i.kind,
            "number": i.number,
            "year": i.year,
            "title": i.title.to_dict(),
            "short": i.short.to_dict(),
            "href": law_href(i.id),
        }
        for i in _rs(ruleset).instruments.values()
    }


def _plain(value: Any) -> Any:
    return [_plain(v) for v in value] if isinstance(value, (list, tuple)) else value


def rules(ruleset: RuleSet | None = None) -> list[dict[str, Any]]:
    """Every rule in the order of the data: what it checks (``applies_to`` and its label ``{ms, en}``),
    cites and says, what to do instead (``fix``, or None), its matcher kind and the rule's parameters
    for it (``matcher_params``), its examples."""
    return [
        {
            "id": r.id,
            "applies_to": r.applies_to,
            "applies_to_label": input_kind_label(r.applies_to).to_dict(),
            "severity": r.severity,
            "clauses": list(r.clauses),
            "instruments": list(r.instruments),
            "title": r.title.to_dict(),
            "message": r.message.to_dict(),
            "why": r.why.to_dict(),
            "fix": r.fix.to_dict() if r.fix is not None else None,
            "matcher": r.matcher.get("kind", ""),
            "matcher_params": {k: _plain(v) for k, v in r.matcher.items() if k != "kind"},
            "href": rule_href(r.id),
            "examples": {"flag": list(r.examples_flag), "pass": list(r.examples_pass)},
        }
        for r in _rs(ruleset).rules
    ]


def _details(c: Frame | Sequence) -> dict[str, Any]:
    """What a construction declares: a frame's word lists, polarity, reach and conditions;
    a sequence's anchor lists and its parts (name, a group or word lists)."""
    if isinstance(c, Frame):
        return {
            "predicates": list(c.predicates),
            "polarity": c.polarity,
            "deniers": list(c.deniers),
            "reach": c.reach,
            "marker": c.marker,
            "needs": c.needs,
            "unless_after": c.unless_after,
            "asked_with": c.asked_with,
            "at_end": c.at_end,
            "denied_group": c.denied_group,
        }
    return {
        "anchor": list(c.anchor),
        "parts": [{"name": p.name, "group": p.group, "lists": list(p.lists)} for p in c.parts],
    }


def constructions(ruleset: RuleSet | None = None) -> list[dict[str, Any]]:
    """Every construction of the judgement (frames, then sequences): its name, shape, what it is
    ``{ms, en}``, the word lists it reads, what it declares (``details``: :func:`_details`) and its examples."""
    out = []
    for c in _rs(ruleset).constructions:
        shape = "frame" if isinstance(c, Frame) else "sequence"
        kind = c.kind if isinstance(c, Sequence) else c.name
        out.append(
            {
                "name": c.name,
                "shape": shape,
                "kind": kind,
                "about": {"ms": c.about[0], "en": c.about[1]},
                "word_lists": list(c.word_lists()),
                "details": _details(c),
                "examples": {"flag": list(c.examples_flag), "pass": list(c.examples_pass)},
            }
        )
    return out


def matcher(kind: str) -> MatcherSpec | None:
    """What a matcher kind declares (its parameters, word lists, placeholders), or None."""
    return REGISTRY.get(kind)


def placeholder_label(name: str) -> Localized | None:
    """What the checker puts in a message's ``{name}``, named for the reader, or None."""
    return PLACEHOLDERS.get(name)
