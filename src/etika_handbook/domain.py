"""The ``etika`` domain: clauses, laws and checker rules as cross-reference targets.

Markup (MyST)::

    :::{clause} SOP-7.1
    ...the text of the clause...
    :::

    {clause}`SOP-7.1`       link to the clause, text = the id
    {law}`akta-88`          link to perundangan/akta-88, text = the instrument's
                            short title in the build language
    {law}`teks <akta-88>`   the same with explicit text
    {rule}`some-rule`       link to the rule's entry in the rule catalogue

The directive and roles are registered both in the domain (``etika:clause``...)
and as plain names.  Unknown ids are warnings (``-W`` makes them errors).

The domain also enforces the clause contract of ``clauses.toml``: every clause is
defined exactly once, on the page its ``page`` field names.  While reading it
records, for every ``{law}`` reference, the nearest enclosing clause; the
``cited-by`` directive (:mod:`etika_handbook.citedby`) lists them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from sphinx import addnodes
from sphinx.domains import Domain, ObjType
from sphinx.roles import XRefRole
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_refnode

from .data import (
    _,
    anchor,
    build_language,
    get_ruleset,
    law_docname,
    localized,
    note_data_dependency,
    rule_anchor,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Set

    from docutils.nodes import Element, Node, system_message
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment
    from sphinx.util.typing import RoleFunction

logger = logging.getLogger(__name__)

#: Node attribute that marks the container of a clause.
CLAUSE_ATTR = "etika_clause"


def enclosing_clause(node: Node) -> str | None:
    """The id of the nearest clause directive containing *node*."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.Element) and parent.get(CLAUSE_ATTR):
            return parent[CLAUSE_ATTR]
        parent = parent.parent
    return None


class ClauseDirective(SphinxDirective):
    """``clause``: the text of one clause of the eBook or the SOP.

    Renders a container whose HTML id is the clause anchor (``SOP-7.1`` ->
    ``sop-7-1``) and which shows the id as a badge linking to itself.
    """

    required_arguments = 1
    optional_arguments = 0
    final_argument_whitespace = False
    has_content = True

    def run(self) -> list[Node]:
        clause_id = self.arguments[0].strip()
        ruleset = get_ruleset(self.env)
        note_data_dependency(self.env)
        clause = ruleset.clauses.get(clause_id)
        lang = build_language(self.env)
        if clause is None:
            logger.warning(
                "unknown clause id %r (not in clauses.toml)",
                clause_id,
                location=self.get_location(),
                type="etika",
                subtype="clause",
            )
            title = ""
        else:
            title = localized(clause.title, lang)
            if clause.page != self.env.docname:
                logger.warning(
                    "clause %s belongs on page %r (clauses.toml), not on %r",
                    clause_id,
                    clause.page,
                    self.env.docname,
                    location=self.get_location(),
                    type="etika",
                    subtype="clause",
                )

        node_id = anchor(clause_id)
        container = nodes.container("", classes=["etika-clause"], ids=[node_id])
        container[CLAUSE_ATTR] = clause_id
        self.set_source_info(container)
        # reserve the id, so that no generated id (a heading's) takes it
        self.state.document.ids.setdefault(node_id, container)

        label = nodes.paragraph("", "", classes=["etika-clause-label"], translatable=False)
        link = nodes.reference(
            "",
            "",
            internal=True,
            refid=node_id,
            reftitle=f"{clause_id} {title}".strip(),
            classes=["etika-clause-link"],
        )
        link += nodes.inline(
            clause_id,
            clause_id,
            classes=["sd-sphinx-override", "sd-badge", "etika-clause-badge"],
        )
        label += link
        container += label
        container += self.parse_content_to_nodes(allow_section_headings=True)
        # The way back to the checker: the rules that check this clause.
        rules = [r for r in ruleset.rules if clause_id in r.clauses]
        if rules:
            checked = nodes.paragraph("", "", classes=["etika-clause-rules"], translatable=False)
            checked += nodes.Text(_("Checked by the rules:") + " ")
            for i, rule in enumerate(rules):
                if i:
                    checked += nodes.Text(", ")
                ref = addnodes.pending_xref(
                    "",
                    refdomain="etika",
                    reftype="rule",
                    reftarget=rule.id,
                    refexplicit=True,
                    refwarn=True,
                    refdoc=self.env.docname,
                )
                ref += nodes.literal(rule.id, rule.id)
                checked += ref
            container += checked

        domain: EtikaDomain = self.env.domains["etika"]  # type: ignore[assignment]
        domain.note_clause(clause_id, self.env.docname, self.lineno)
        return [container]


class EtikaXRefRole(XRefRole):
    """A cross-reference role of the etika domain, also usable without prefix.

    Created with ``warn_dangling=True``: an unknown id is a warning even
    outside nitpicky mode.
    """

    def run(self) -> tuple[list[Node], list[system_message]]:
        _domain, _sep, reftype = self.name.rpartition(":")
        self.refdomain, self.reftype = "etika", reftype
        self.classes = ["xref", "etika", f"etika-{reftype}"]
        if self.disabled:
            return self.create_non_xref_node()
        return self.create_xref_node()


class EtikaDomain(Domain):
    """Clauses of the two source documents, the laws they cite and checker rules."""

    name = "etika"
    label = "Etika"
    object_types: ClassVar[dict[str, ObjType]] = {
        "clause": ObjType(_("clause"), "clause"),
        "law": ObjType(_("law or circular"), "law"),
        "rule": ObjType(_("checker rule"), "rule"),
    }
    directives: ClassVar[dict[str, type[SphinxDirective]]] = {"clause": ClauseDirective}
    roles: ClassVar[dict[str, RoleFunction | XRefRole]] = {
        "clause": EtikaXRefRole(innernodeclass=nodes.inline, warn_dangling=True),
        "law": EtikaXRefRole(innernodeclass=nodes.inline, warn_dangling=True),
        "rule": EtikaXRefRole(innernodeclass=nodes.inline, warn_dangling=True),
    }
    initial_data: ClassVar[dict[str, Any]] = {
        # clause id -> [(docname, lineno)] (more than one entry is an error)
        "clauses": {},
        # docname -> [(instrument id, enclosing clause id or None)]
        "lawrefs": {},
        # rule id -> docname of the rule catalogue holding it
        "rules": {},
        # docname -> [instrument ids of its cited-by directives]
        "citedby": {},
        # whether this build read any page (then the cited-by pages are rewritten)
        "pages_read": False,
    }
    dangling_warnings: ClassVar[dict[str, str]] = {
        "clause": "unknown clause %(target)s (not in clauses.toml, or not defined in the docs)",
        "law": f"unknown law/circular %(target)s (not in instruments.toml, or no page {law_docname('%(target)s')})",
        "rule": "unknown checker rule %(target)s (not in the rule data, or no rule-catalogue)",
    }

    def get_type_name(self, type: ObjType, primary: bool = False) -> str:  # noqa: A002
        """Just "clause" (search results would otherwise say "Etika clause")."""
        return str(type.lname)

    # -- data -----------------------------------------------------------------

    @property
    def clauses(self) -> dict[str, list[tuple[str, int]]]:
        return self.data["clauses"]

    @property
    def lawrefs(self) -> dict[str, list[tuple[str, str | None]]]:
        return self.data["lawrefs"]

    @property
    def rules(self) -> dict[str, str]:
        return self.data["rules"]

    @property
    def citedby(self) -> dict[str, list[str]]:
        return self.data["citedby"]

    @property
    def pages_read(self) -> bool:
        return bool(self.data.get("pages_read"))

    def note_pages_read(self, read: bool) -> None:
        self.data["pages_read"] = read

    def note_clause(self, clause_id: str, docname: str, lineno: int) -> None:
        self.clauses.setdefault(clause_id, []).append((docname, lineno))

    def note_rule(self, rule_id: str, docname: str) -> None:
        self.rules[rule_id] = docname

    def note_citedby(self, instrument_id: str, docname: str) -> None:
        self.citedby.setdefault(docname, []).append(instrument_id)

    def clause_location(self, clause_id: str) -> str | None:
        """Docname of the (first) definition of *clause_id*."""
        defs = self.clauses.get(clause_id)
        return defs[0][0] if defs else None

    def citing_clauses(self, instrument_id: str) -> list[tuple[str, str]]:
        """``(docname, clause id)`` of every clause that cites *instrument_id*."""
        found: set[tuple[str, str]] = set()
        for docname, refs in self.lawrefs.items():
            for inst, clause_id in refs:
                if inst == instrument_id and clause_id:
                    found.add((self.clause_location(clause_id) or docname, clause_id))
        return sorted(found, key=lambda item: _clause_sort_key(item[1]))

    def clear_doc(self, docname: str) -> None:
        for clause_id in list(self.clauses):
            defs = [d for d in self.clauses[clause_id] if d[0] != docname]
            if defs:
                self.clauses[clause_id] = defs
            else:
                del self.clauses[clause_id]
        self.lawrefs.pop(docname, None)
        self.citedby.pop(docname, None)
        for rule_id, doc in list(self.rules.items()):
            if doc == docname:
                del self.rules[rule_id]

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for clause_id, defs in otherdata["clauses"].items():
            mine = [d for d in defs if d[0] in docnames]
            if mine:
                self.clauses.setdefault(clause_id, []).extend(mine)
        for key in ("lawrefs", "citedby"):
            for docname, value in otherdata[key].items():
                if docname in docnames:
                    self.data[key][docname] = value
        for rule_id, docname in otherdata["rules"].items():
            if docname in docnames:
                self.rules[rule_id] = docname

    def process_doc(self, env: BuildEnvironment, docname: str, document: nodes.document) -> None:
        """Record every ``{law}`` reference with its enclosing clause.

        Runs after all read transforms, the translation of the English build
        included, so the references are those of the page as built.
        """
        refs: list[tuple[str, str | None]] = []
        for node in document.findall(addnodes.pending_xref):
            if node.get("refdomain") == "etika" and node.get("reftype") == "law":
                refs.append((node["reftarget"], enclosing_clause(node)))
        if refs:
            self.lawrefs[docname] = refs

    # -- resolution -----------------------------------------------------------

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: addnodes.pending_xref,
        contnode: Element,
    ) -> nodes.reference | None:
        ruleset = get_ruleset(env)
        lang = build_language(env)
        explicit = node.get("refexplicit", False)
        if typ == "clause":
            docname = self.clause_location(target)
            clause = ruleset.clauses.get(target)
            if docname is None or clause is None:
                return None
            title = f"{target} {localized(clause.title, lang)}"
            return make_refnode(builder, fromdocname, docname, anchor(target), contnode, title)
        if typ == "law":
            instrument = ruleset.instruments.get(target)
            docname = law_docname(target)
            if instrument is None or docname not in env.all_docs:
                return None
            if not explicit:
                text = localized(instrument.short, lang)
                contnode = nodes.inline(text, text, classes=contnode.get("classes", []))
            return make_refnode(builder, fromdocname, docname, "", contnode, localized(instrument.title, lang))
        if typ == "rule":
            docname = self.rules.get(target)
            if docname is None:
                return None
            rule = next((r for r in ruleset.rules if r.id == target), None)
            title = localized(rule.title, lang) if rule is not None else target
            return make_refnode(builder, fromdocname, docname, rule_anchor(target), contnode, title)
        return None

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: addnodes.pending_xref,
        contnode: Element,
    ) -> list[tuple[str, nodes.reference]]:
        results = []
        for typ in ("clause", "law", "rule"):
            ref = self.resolve_xref(env, fromdocname, builder, typ, target, node, contnode)
            if ref is not None:
                results.append((f"etika:{typ}", ref))
        return results

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        ruleset = get_ruleset(self.env)
        lang = build_language(self.env)
        for clause_id, defs in self.clauses.items():
            clause = ruleset.clauses.get(clause_id)
            name = f"{clause_id} {localized(clause.title, lang)}" if clause else clause_id
            yield clause_id, name, "clause", defs[0][0], anchor(clause_id), 1
        for inst_id, instrument in ruleset.instruments.items():
            if law_docname(inst_id) in self.env.all_docs:
                yield inst_id, localized(instrument.short, lang), "law", law_docname(inst_id), "", 1
        for rule_id, docname in self.rules.items():
            yield rule_id, rule_id, "rule", docname, rule_anchor(rule_id), 1


def _clause_sort_key(clause_id: str) -> tuple[Any, ...]:
    """Sort eBook before SOP and numbers numerically (SOP-7.2 < SOP-7.10)."""
    parts = re.split(r"(\d+)", clause_id)
    return (
        0 if clause_id.startswith("EB-") else 1,
        tuple(int(p) if p.isdigit() else p for p in parts),
    )


def check_clauses(app: Sphinx, env: BuildEnvironment) -> None:
    """Every clause of clauses.toml is defined once, on its page."""
    domain: EtikaDomain = env.domains["etika"]  # type: ignore[assignment]
    ruleset = get_ruleset(env)
    for clause_id, clause in ruleset.clauses.items():
        defs = domain.clauses.get(clause_id, [])
        if not defs:
            logger.warning(
                "clause %s of clauses.toml is not defined in the docs (expected on page %r)",
                clause_id,
                clause.page,
                type="etika",
                subtype="clause",
            )
        elif len(defs) > 1:
            for docname, lineno in defs[1:]:
                logger.warning(
                    "clause %s is defined more than once (first in %s)",
                    clause_id,
                    defs[0][0],
                    location=(docname, lineno),
                    type="etika",
                    subtype="clause",
                )


def setup_domain(app: Sphinx) -> None:
    app.add_domain(EtikaDomain)
    app.add_directive("clause", ClauseDirective)
    for name in ("clause", "law", "rule"):
        app.add_role(name, EtikaXRefRole(innernodeclass=nodes.inline, warn_dangling=True))
    app.connect("env-check-consistency", check_clauses)


__all__ = ["CLAUSE_ATTR", "ClauseDirective", "EtikaDomain", "EtikaXRefRole", "enclosing_clause"]
