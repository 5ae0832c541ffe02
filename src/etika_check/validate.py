"""Rule maintenance: ``etika-check rules --validate``.

Loading the rule data already checks its schema (file, rule and key are
named on the first problem). On top of that, validation runs every example
and, given the handbook's sources, checks that every clause a rule cites has
its anchor in the handbook and every law or circular has its page.
"""

from __future__ import annotations

import re
from pathlib import Path

from .access import TimeInputError
from .engine import Checker
from .examples import run_example
from .links import law_docname
from .ruledata import RuleSet, iter_examples

_CLAUSE_DIRECTIVE = re.compile(r"^[:`]{3,}\{clause\}\s+(\S+)", re.MULTILINE)


def validate_examples(checker: Checker) -> list[str]:
    """Run every rule example and every construction's; describe each one that misbehaves."""
    problems = validate_constructions(checker)
    for rule, example, must_flag in iter_examples(checker.ruleset):
        try:
            fired = run_example(checker, rule, example)
        except (TimeInputError, ValueError) as exc:
            problems.append(f"{rule.source}: rule '{rule.id}': key 'examples': {example!r}: {exc}")
            continue
        if fired != must_flag:
            key = "examples.flag" if must_flag else "examples.pass"
            verb = "is not flagged" if must_flag else "is flagged"
            problems.append(f"{rule.source}: rule '{rule.id}': key '{key}': {example!r} {verb}")
    return problems


def validate_policies(ruleset: RuleSet) -> list[str]:
    """Every access-time policy is enforced by a rule: without one, a time outside its
    windows would be said NOT ALLOWED with no finding and exit status 0."""
    enforced = {r.matcher.get("policy") for r in ruleset.rules if r.applies_to == "time"}
    return [
        f"data/policies.toml: key 'policy.{pid}': no access-time rule enforces this policy "
        f'(a rule with matcher = {{ kind = "access-time", policy = "{pid}" }})'
        for pid in ruleset.policies
        if pid not in enforced
    ]


def construction_flags(checker: Checker, text: str, rule: str = "") -> bool:
    """Does ``text`` give a finding of ``rule`` (a construction's own rule), or, for a construction
    about a group, of a rule the constructions judge (an "abuse" matcher)?"""
    judged = {rule} if rule else {r.id for r in checker.ruleset.for_input("post") if r.matcher.get("kind") == "abuse"}
    return any(f.rule in judged for f in checker.check_post(text).findings)


def validate_constructions(checker: Checker) -> list[str]:
    """Run every example of every construction (data/constructions.toml); describe each one
    that misbehaves."""
    problems = []
    for c in checker.ruleset.constructions:
        for text, must_flag in [*((t, True) for t in c.examples_flag), *((t, False) for t in c.examples_pass)]:
            if construction_flags(checker, text, getattr(c, "rule", "")) != must_flag:
                key = "examples.flag" if must_flag else "examples.pass"
                verb = "is not flagged" if must_flag else "is flagged"
                problems.append(f"data/constructions.toml: construction '{c.name}': key '{key}': {text!r} {verb}")
    return problems


def handbook_clauses(docs: Path) -> dict[str, str]:
    """Clause id -> page (path without .md) for every ``{clause}`` directive in the sources."""
    found: dict[str, str] = {}
    for md in sorted(docs.rglob("*.md")):
        if any(part.startswith(("_", ".")) for part in md.relative_to(docs).parts):
            continue
        page = md.relative_to(docs).with_suffix("").as_posix()
        for m in _CLAUSE_DIRECTIVE.finditer(md.read_text(encoding="utf-8")):
            found.setdefault(m.group(1), page)
    return found


def validate_handbook(ruleset: RuleSet, docs: Path) -> list[str]:
    """Every clause a rule cites is anchored in the handbook on its page; every law has a page."""
    problems = []
    anchored = handbook_clauses(docs)
    for cid, clause in ruleset.clauses.items():
        if cid not in anchored:
            problems.append(f"data/clauses.toml: clause '{cid}': no {{clause}} directive in {docs}")
        elif anchored[cid] != clause.page:
            problems.append(
                f"data/clauses.toml: clause '{cid}': key 'page': it is on '{anchored[cid]}', not '{clause.page}'"
            )
    for rule in ruleset.rules:
        for law in rule.instruments:
            if not (docs / f"{law_docname(law)}.md").exists():
                problems.append(
                    f"{rule.source}: rule '{rule.id}': key 'instruments': "
                    f"'{law}' has no page {docs}/{law_docname(law)}.md"
                )
    for law in ruleset.instruments:
        if not (docs / f"{law_docname(law)}.md").exists():
            problems.append(f"data/instruments.toml: instrument '{law}': no page {docs}/{law_docname(law)}.md")
    return problems
