"""``cited-by``: what in the handbook cites a law or circular.

Used once on each page ``perundangan/<id>``::

    :::{cited-by} akta-88
    :::

At build time the directive becomes two lists:

* every clause whose text contains a ``{law}`` reference to the instrument
  (collected while reading by :class:`etika_handbook.domain.EtikaDomain`, so the lists
  follow the docs in both languages), linking to the clause anchors and showing
  the clause titles in the page's language;
* every checker rule whose ``instruments`` list contains the id, linking to the
  rule's entry in the rule catalogue (``katalog-peraturan.html#rule-<id>``).

A ``cited-by`` of an instrument must stand on that instrument's page, and
every page ``perundangan/<id>`` of an instrument must have one (warnings
otherwise, errors with ``-W``).

The lists are built in a post-transform that runs before cross-references are
resolved, so every link is an ordinary ``etika`` cross-reference (checked in
nitpicky mode).  Pages with a ``cited-by`` directive are rewritten whenever any
page was re-read, so that incremental builds keep them current.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from .data import (
    _,
    build_language,
    get_ruleset,
    law_docname,
    localized,
    note_data_dependency,
)

if TYPE_CHECKING:
    from docutils.nodes import Node
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from .domain import EtikaDomain

logger = logging.getLogger(__name__)


class cited_by(nodes.General, nodes.Element):  # noqa: N801 - docutils node naming
    """Placeholder for the lists of a ``cited-by`` directive."""


class CitedByDirective(SphinxDirective):
    """``cited-by <instrument id>``: clauses and rules citing an instrument."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[Node]:
        instrument_id = self.arguments[0].strip()
        ruleset = get_ruleset(self.env)
        note_data_dependency(self.env)
        if instrument_id not in ruleset.instruments:
            logger.warning(
                "cited-by: unknown law/circular %r (not in instruments.toml)",
                instrument_id,
                location=self.get_location(),
                type="etika",
                subtype="law",
            )
            return []
        if self.env.docname != law_docname(instrument_id):
            logger.warning(
                "cited-by %s belongs on the page %r, not on %r",
                instrument_id,
                law_docname(instrument_id),
                self.env.docname,
                location=self.get_location(),
                type="etika",
                subtype="law",
            )
        domain: EtikaDomain = self.env.domains["etika"]  # type: ignore[assignment]
        domain.note_citedby(instrument_id, self.env.docname)
        node = cited_by(instrument=instrument_id)
        self.set_source_info(node)
        return [node]


def _xref(reftype: str, target: str, text: str, docname: str) -> addnodes.pending_xref:
    ref = addnodes.pending_xref(
        "",
        refdomain="etika",
        reftype=reftype,
        reftarget=target,
        refexplicit=True,
        refwarn=True,
        refdoc=docname,
    )
    ref += nodes.inline(text, text)
    return ref


def _heading(text: str) -> nodes.rubric:
    rubric = nodes.rubric(text, text)
    rubric["heading-level"] = 2
    return rubric


def _item(*children: Node) -> nodes.list_item:
    para = nodes.paragraph()
    para.extend(children)
    return nodes.list_item("", para)


class CitedByTransform(SphinxPostTransform):
    """Fill ``cited_by`` placeholders (before references are resolved)."""

    default_priority = 5  # ReferencesResolver runs at 10

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(cited_by)):
            node.replace_self(self.lists(node["instrument"]))

    def lists(self, instrument_id: str) -> list[Node]:
        env = self.env
        docname = env.current_document.docname
        ruleset = get_ruleset(env)
        lang = build_language(env)
        domain: EtikaDomain = env.domains["etika"]  # type: ignore[assignment]
        order = {cid: i for i, cid in enumerate(ruleset.clauses)}

        container = nodes.container(classes=["etika-cited-by"])
        container += _heading(_("Clauses citing this instrument"))
        clause_ids = sorted(
            {cid for _doc, cid in domain.citing_clauses(instrument_id)},
            key=lambda cid: (order.get(cid, len(order)), cid),
        )
        if clause_ids:
            items = nodes.bullet_list(classes=["etika-cited-by-clauses"])
            for cid in clause_ids:
                clause = ruleset.clauses.get(cid)
                title = localized(clause.title, lang) if clause else ""
                items += _item(
                    _xref("clause", cid, cid, docname),
                    nodes.Text(f" \N{EN DASH} {title}" if title else ""),
                )
            container += items
        else:
            container += nodes.paragraph("", _("No clause of the handbook cites it."))

        container += _heading(_("Checker rules citing this instrument"))
        rules = [r for r in ruleset.rules if instrument_id in r.instruments]
        if rules:
            items = nodes.bullet_list(classes=["etika-cited-by-rules"])
            for rule in rules:
                items += _item(
                    _xref("rule", rule.id, rule.id, docname),
                    nodes.Text(f" \N{EN DASH} {localized(rule.title, lang)}"),
                )
            container += items
        else:
            container += nodes.paragraph("", _("No checker rule cites it."))
        return [container]


def _before_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    domain: EtikaDomain = env.domains["etika"]  # type: ignore[assignment]
    domain.note_pages_read(bool(docnames))


def _get_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Rewrite the cited-by pages when any page was re-read."""
    domain: EtikaDomain = env.domains["etika"]  # type: ignore[assignment]
    if not domain.pages_read:
        return []
    return sorted(domain.citedby)


def _check_law_pages(app: Sphinx, env: BuildEnvironment) -> None:
    """Every law page lists what cites it."""
    domain: EtikaDomain = env.domains["etika"]  # type: ignore[assignment]
    for instrument_id in get_ruleset(env).instruments:
        docname = law_docname(instrument_id)
        if docname in env.found_docs and instrument_id not in domain.citedby.get(docname, []):
            logger.warning(
                "the page %s has no cited-by %s directive",
                docname,
                instrument_id,
                location=docname,
                type="etika",
                subtype="law",
            )


def setup_citedby(app: Sphinx) -> None:
    app.add_node(cited_by)
    app.add_directive("cited-by", CitedByDirective)
    app.add_post_transform(CitedByTransform)
    app.connect("env-before-read-docs", _before_read)
    app.connect("env-get-updated", _get_updated)
    app.connect("env-check-consistency", _check_law_pages)
