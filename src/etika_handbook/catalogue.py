"""The rule catalogue for officers and its technical notes for the policy team.

``rule-catalogue`` (once, on ``katalog-peraturan``; the checker links every finding there)::

    :::{rule-catalogue}
    :::

For each rule (in the order of the data) a section with the anchor ``rule-<id>``: its title in
the build language, the severity as a sphinx-design badge in the checker's verdict words (error:
Dilarang, red; warning: Perlu disemak, orange; info: Untuk makluman, blue), what it checks and its id, what it means (the rule's "why"), what to do
instead (its "fix"), what the checker says, the clauses and laws it enforces (as ``etika``
cross-references) and its examples, folded.

``clause-quotes`` (on the checker's page): the beginning of each clause's text in the build
language, from the handbook's own pages (the clause directives' content, translated), as a JSON
data block ``<script type="application/json" id="etika-clause-quotes">`` that the checker's
finding cards quote under each clause's title. Nothing is copied: the quote is read from the
pages each build (they are dependencies of the page).

``rule-internals`` and ``frame-catalogue`` (on ``INTERNALS_DOCNAME``, for the policy team): for
each rule its message template, matcher, word lists and placeholders; for each construction of the
judgement its word lists, reach and conditions, with its examples folded.

Everything is read through the checker's public catalogue (:mod:`etika_check.catalogue`), never its
internals. The folded examples (insults, example MyKad numbers) are kept out of the search index
(class ``no-search``) and out of the search page's snippets (``docs/_static/etika-search.js``).
The rule and data files are dependencies of both pages, so editing a rule rebuilds them.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from etika_check import catalogue, strings

from .data import (
    CATALOGUE_DOCNAME,
    _,
    build_language,
    get_ruleset,
    localized,
    note_data_dependency,
    rule_anchor,
)

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from docutils.nodes import Node
    from sphinx.application import Sphinx

    from .domain import EtikaDomain

#: The page of the technical notes (``rule-internals``, ``frame-catalogue``).
INTERNALS_DOCNAME = "peraturan-teknikal"

#: sphinx-design colour of each severity.
SEVERITY_COLOURS = {"error": "danger", "warning": "warning", "info": "info"}


def severity_label(severity: str, lang: str) -> str:
    """The severity's name in *lang*, as the checker's finding cards say it (the page strings
    ``page.severity.*``: error -> Dilarang / Not allowed...): one verdict word everywhere."""
    try:
        return strings.text(f"page.severity.{severity}", lang)
    except KeyError:
        return severity


def internals_anchor(rule_id: str) -> str:
    """A rule's section on the technical notes page."""
    return f"internals-{rule_id}"


def severity_badge(severity: str, lang: str) -> nodes.inline:
    colour = SEVERITY_COLOURS.get(severity, "secondary")
    text = severity_label(severity, lang)
    return nodes.inline(
        text,
        text,
        classes=[
            "sd-sphinx-override",
            "sd-badge",
            f"sd-bg-{colour}",
            f"sd-bg-text-{colour}",
            "etika-severity",
            f"etika-severity-{severity}",
        ],
    )


def _xrefs(reftype: str, targets: Iterable[str], docname: str) -> list[Node]:
    result: list[Node] = []
    for i, target in enumerate(targets):
        if i:
            result.append(nodes.Text(", "))
        ref = addnodes.pending_xref(
            "",
            refdomain="etika",
            reftype=reftype,
            reftarget=target,
            refexplicit=False,
            refwarn=True,
            refdoc=docname,
        )
        ref += nodes.inline(target, target, classes=["xref", "etika", f"etika-{reftype}"])
        result.append(ref)
    return result


def _field(name: str, *body: Node) -> nodes.field:
    field = nodes.field()
    field += nodes.field_name(name, name)
    field += nodes.field_body("", *body)
    return field


def _paragraphs(text: str) -> list[Node]:
    return [nodes.paragraph(block.strip(), " ".join(block.split())) for block in text.split("\n\n") if block.strip()]


def _examples(title: str, examples: Iterable[str], cls: str) -> list[Node]:
    """A list of examples: kept out of the search index (``no-search``: Sphinx's indexer skips it)."""
    examples = list(examples)
    if not examples:
        return []
    result: list[Node] = [nodes.paragraph("", "", nodes.strong(title, title), classes=["no-search"])]
    items = nodes.bullet_list(classes=["etika-examples", cls, "no-search"])
    for example in examples:
        block = nodes.literal_block(example, example, classes=["etika-example"])
        block["language"] = "none"
        items += nodes.list_item("", block)
    result.append(items)
    return result


def _folded_examples(examples: dict[str, list[str]]) -> list[Node]:
    """The examples that must and must not be flagged, folded (some are slurs): open on request only."""
    found = _examples(_("Must be flagged"), examples["flag"], "etika-examples-flag")
    found += _examples(_("Must not be flagged"), examples["pass"], "etika-examples-pass")
    if not found:
        return []
    summary = html.escape(_("Examples (they may contain offensive words)"))
    return [
        nodes.raw("", f'<details class="etika-examples-fold"><summary>{summary}</summary>', format="html"),
        *found,
        nodes.raw("", "</details>", format="html"),
    ]


def _untranslatable(sections: list[nodes.section]) -> list[nodes.section]:
    """The texts come from the rule data in the build language already: keep them out of the
    gettext catalogues (not inline nodes: Sphinx unwraps inlines marked translatable)."""
    for section in sections:
        for node in section.findall(nodes.TextElement):
            if not isinstance(node, nodes.Inline):
                node["translatable"] = False
    return sections


def _on_page(directive: SphinxDirective, name: str, expected: str) -> None:
    docname = directive.env.current_document.docname
    if docname != expected:
        logger.warning(
            "%s belongs on the page %r, not on %r",
            name,
            expected,
            docname,
            location=directive.get_location(),
            type="etika",
            subtype="rule",
        )


class RuleCatalogueDirective(SphinxDirective):
    """``rule-catalogue``: one section per checker rule, for officers."""

    has_content = False
    required_arguments = 0

    def run(self) -> list[Node]:
        env = self.env
        docname = env.current_document.docname
        note_data_dependency(env)
        domain: EtikaDomain = env.domains["etika"]  # type: ignore[assignment]
        # the checker links every finding to CATALOGUE_DOCNAME (etika_check.links)
        _on_page(self, "rule-catalogue", CATALOGUE_DOCNAME)
        rules = catalogue.rules(get_ruleset(env))
        return _untranslatable([self.rule_section(rule, docname, domain) for rule in rules])

    def rule_section(self, rule: dict[str, Any], docname: str, domain: EtikaDomain) -> nodes.section:
        lang = build_language(self.env)
        rule_id = rule["id"]
        domain.note_rule(rule_id, docname)
        section = nodes.section("", ids=[rule_anchor(rule_id)], classes=["etika-rule"])
        title_text = localized(rule["title"], lang)
        section += nodes.title(title_text, title_text)
        code = _("Rule code")
        section += nodes.paragraph(
            "",
            "",
            severity_badge(rule["severity"], lang),
            nodes.Text(" "),
            nodes.inline("", _("Checks %s.") % localized(rule["applies_to_label"], lang)),
            nodes.Text(f" {code}: "),
            nodes.literal(rule_id, rule_id, classes=["etika-rule-id"]),
            classes=["etika-rule-meta"],
        )
        why = localized(rule["why"], lang)
        if why.strip():
            section += nodes.paragraph("", "", nodes.strong(_("What it means"), _("What it means")))
            section.extend(_paragraphs(why))
        if rule["fix"]:
            fix = localized(rule["fix"], lang)
            section += nodes.paragraph("", "", nodes.strong(_("What to do"), _("What to do")))
            section += nodes.paragraph(fix, fix, classes=["etika-rule-fix"])
        fields = nodes.field_list(classes=["etika-rule-fields"])
        fields += _field(_("The checker says"), _message_paragraph(localized(rule["message"], lang), lang))
        if rule["clauses"]:
            fields += _field(_("Clauses"), nodes.paragraph("", "", *_xrefs("clause", rule["clauses"], docname)))
        if rule["instruments"]:
            fields += _field(
                _("Laws and circulars"), nodes.paragraph("", "", *_xrefs("law", rule["instruments"], docname))
            )
        section += fields
        section.extend(_folded_examples(rule["examples"]))
        return section


class RuleInternalsDirective(SphinxDirective):
    """``rule-internals``: for the policy team, what each rule's matcher reads and fills in."""

    has_content = False
    required_arguments = 0

    def run(self) -> list[Node]:
        env = self.env
        note_data_dependency(env)
        _on_page(self, "rule-internals", INTERNALS_DOCNAME)
        lang = build_language(env)
        docname = env.current_document.docname
        return _untranslatable([_internals_section(rule, lang, docname) for rule in catalogue.rules(get_ruleset(env))])


def _internals_section(rule: dict[str, Any], lang: str, docname: str) -> nodes.section:
    rule_id = rule["id"]
    section = nodes.section("", ids=[internals_anchor(rule_id)], classes=["etika-rule-internals"])
    title = nodes.title("", "")
    title += nodes.literal(rule_id, rule_id, classes=["etika-rule-id"])
    title += nodes.Text(f" {localized(rule['title'], lang)}")
    section += title
    ref = addnodes.pending_xref(
        "", refdomain="etika", reftype="rule", reftarget=rule_id, refexplicit=True, refwarn=True, refdoc=docname
    )
    label = _("The rule in the catalogue")
    ref += nodes.inline(label, label, classes=["xref", "etika", "etika-rule"])
    section += nodes.paragraph("", "", severity_badge(rule["severity"], lang), nodes.Text(" "), ref)
    fields = nodes.field_list(classes=["etika-rule-fields"])
    fields += _field(_("Message"), _message_paragraph(localized(rule["message"], lang), lang))
    fields += _matcher_fields(rule["matcher"], rule["matcher_params"], lang)
    section += fields
    return section


class FrameCatalogueDirective(SphinxDirective):
    """``frame-catalogue``: one section per construction of the judgement (the clause frames and
    the sequences the ``abuse`` matcher reads as data), with what each declares."""

    has_content = False
    required_arguments = 0

    def run(self) -> list[Node]:
        note_data_dependency(self.env)  # (constructions.toml is one of the rule set's data files)
        _on_page(self, "frame-catalogue", INTERNALS_DOCNAME)
        lang = build_language(self.env)
        constructions = catalogue.constructions(get_ruleset(self.env))
        sections = [_frame_section(c, lang) for c in constructions if c["shape"] == "frame"] + [
            _sequence_section(c, lang) for c in constructions if c["shape"] == "sequence"
        ]
        return _untranslatable(sections)


def _frame_section(frame: dict[str, Any], lang: str) -> nodes.section:
    """A frame's name and purpose, its word lists and limits, its examples (folded)."""
    d = frame["details"]
    section = nodes.section("", ids=[f"frame-{frame['name'].replace('_', '-')}"], classes=["etika-frame"])
    title = nodes.title("", "")
    title += nodes.literal(frame["name"], frame["name"], classes=["etika-frame-name"])
    title += nodes.Text(f" {localized(frame['about'], lang)}")
    section += title
    fields = nodes.field_list(classes=["etika-frame-fields"])
    fields += _field(_("Said by"), nodes.paragraph("", "", *_literals(d["predicates"])))
    polarity = (
        _("derogatory as it stands, unless denied") if d["polarity"] == "negative" else _("derogatory only when denied")
    )
    fields += _field(_("Polarity"), nodes.paragraph("", polarity))
    if d["deniers"]:
        fields += _field(_("Denied by"), nodes.paragraph("", "", *_literals(d["deniers"])))
    fields += _field(_("Reach"), nodes.paragraph("", _("%d words outside the bridge list") % d["reach"]))
    for value, label in (
        (d["marker"], _("Just after")),
        (d["needs"], _("Needs before it")),
        (d["unless_after"], _("Praise when followed by")),
        (d["asked_with"], _("Only in a question opened by")),
    ):
        if value:
            fields += _field(label, nodes.paragraph("", "", nodes.literal(value, value)))
    if d["asked_with"]:
        tag = catalogue.QUESTION_TAG
        fields += _field(_("Or in a question tagged after it by"), nodes.paragraph("", "", nodes.literal(tag, tag)))
    if d["at_end"]:
        fields += _field(_("Position"), nodes.paragraph("", _("closes its clause")))
    if d["denied_group"]:
        fields += _field(_("Group denied"), nodes.paragraph("", _("also a finding when the group itself is denied")))
    section += fields
    section.extend(_folded_examples(frame["examples"]))
    return section


def _sequence_section(seq: dict[str, Any], lang: str) -> nodes.section:
    """A sequence's name and purpose, its anchor and parts, its examples (folded)."""
    d = seq["details"]
    section = nodes.section("", ids=[f"construction-{seq['name'].replace('_', '-')}"], classes=["etika-frame"])
    title = nodes.title("", "")
    title += nodes.literal(seq["name"], seq["name"], classes=["etika-frame-name"])
    title += nodes.Text(f" {localized(seq['about'], lang)}")
    section += title
    fields = nodes.field_list(classes=["etika-frame-fields"])
    fields += _field(_("Starts at"), nodes.paragraph("", "", *_literals(d["anchor"])))
    for part in d["parts"]:
        what = [nodes.Text(_("a group"))] if part["group"] else _literals(part["lists"])
        fields += _field(part["name"], nodes.paragraph("", "", *what))
    section += fields
    section.extend(_folded_examples(seq["examples"]))
    return section


def _placeholder_label(name: str, lang: str) -> str:
    """What the checker puts in a message's ``{name}``, named for the reader
    (from the checker's catalogue, :func:`etika_check.catalogue.placeholder_label`)."""
    label = catalogue.placeholder_label(name)
    return localized(label, lang) if label is not None else name


def _literals(names: Iterable[str]) -> list[Node]:
    result: list[Node] = []
    for i, name in enumerate(names):
        if i:
            result.append(nodes.Text(", "))
        result.append(nodes.literal(name, name))
    return result


def _matcher_fields(kind: str, params: dict[str, Any], lang: str) -> list[nodes.field]:
    """What the rule's matcher declares in the registry: its kind with the
    rule's parameters, the word lists it reads and the placeholders it fills."""
    spec = catalogue.matcher(kind)
    para = nodes.paragraph("", "", nodes.literal(kind, kind), classes=["etika-matcher"])
    if spec is None:
        return [_field(_("Matcher"), para)]
    for p in spec.params:
        if p.name not in params:
            continue
        value = params[p.name]
        shown = (
            ", ".join(str(v) for v in value)
            if isinstance(value, list)
            else str(value).lower()
            if isinstance(value, bool)
            else str(value)
        )
        para += nodes.Text("; " if len(para.children) > 1 else ": ")
        para += nodes.literal(p.name, p.name)
        para += nodes.Text(f" = {shown}")
    fields = [_field(_("Matcher"), para)]
    lists = spec.lists_for({**params, "kind": kind})
    if lists:
        fields.append(_field(_("Word lists"), nodes.paragraph("", "", *_literals(lists), classes=["etika-word-lists"])))
    names = ("excerpt", *spec.placeholders)
    holders = nodes.paragraph("", "", classes=["etika-placeholders"])
    for i, name in enumerate(names):
        if i:
            holders += nodes.Text(", ")
        holders += nodes.literal(name, name)  # (without braces: the page shows no {code})
        label = f"\u27e8{_placeholder_label(name, lang)}\u27e9"
        holders += nodes.Text(" ")
        holders += nodes.emphasis(label, label)
    fields.append(_field(_("Placeholders"), holders))
    return fields


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _message_paragraph(message: str, lang: str) -> nodes.paragraph:
    """The message template with each {placeholder} shown as what the checker fills in."""
    para = nodes.paragraph(message, "")
    pos = 0
    for m in _PLACEHOLDER.finditer(message):
        para += nodes.Text(message[pos : m.start()])
        label = f"\u27e8{_placeholder_label(m.group(1), lang)}\u27e9"
        para += nodes.emphasis(label, label, classes=["etika-placeholder"])
        pos = m.end()
    para += nodes.Text(message[pos:])
    return para


#: the longest quotation of a clause (characters, then cut at a word, with an ellipsis)
QUOTE_LENGTH = 180
#: the id of the data block on the checker's page
QUOTES_ID = "etika-clause-quotes"


class clause_quotes(nodes.General, nodes.Element):  # noqa: N801 (a docutils node)
    """Where ``clause-quotes`` puts the data block (filled once every page is read)."""


class ClauseQuotesDirective(SphinxDirective):
    """``clause-quotes``: each clause's quotation, for the checker's finding cards."""

    has_content = False
    required_arguments = 0

    def run(self) -> list[Node]:
        env = self.env
        note_data_dependency(env)
        for page in sorted({c["page"] for c in catalogue.clauses(get_ruleset(env)).values()}):
            if page in env.found_docs:
                env.note_dependency(str(env.doc2path(page)))
        return [clause_quotes()]


def shorten(text: str, limit: int = QUOTE_LENGTH) -> str:
    """*text* on one line, cut at a word before *limit* characters with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "\u2026"


def clause_text(container: nodes.Element) -> str:
    """The words of a clause itself: not its badge, not the clauses inside it, not its
    "checked by" line."""
    from .domain import CLAUSE_ATTR

    parts: list[str] = []
    for child in container.children:
        classes = child.get("classes", []) if isinstance(child, nodes.Element) else []
        if "etika-clause-label" in classes or "etika-clause-rules" in classes:
            continue
        if not parts and _is_heading(child):
            continue  # (a bold heading repeats the clause's title)
        if isinstance(child, nodes.table) or any(True for _t in child.findall(nodes.table)):
            break  # (a quotation is words, not a table)
        if isinstance(child, nodes.Element) and (
            child.get(CLAUSE_ATTR) or any(n.get(CLAUSE_ATTR) for n in child.findall(nodes.Element))
        ):
            # a nested clause: only the words before it
            if not child.get(CLAUSE_ATTR):
                parts.append(_text_before_clause(child))
            break
        parts.append(child.astext())
    return " ".join(" ".join(parts).split())


def _is_heading(node: Node) -> bool:
    """A title, a rubric, or a paragraph that is one bold phrase."""
    if isinstance(node, (nodes.title, nodes.rubric)):
        return True
    if isinstance(node, nodes.paragraph):
        children = [c for c in node.children if not (isinstance(c, nodes.Text) and not c.astext().strip())]
        return len(children) == 1 and isinstance(children[0], nodes.strong)
    return False


def _text_before_clause(node: nodes.Element) -> str:
    from .domain import CLAUSE_ATTR

    out: list[str] = []
    for child in node.children:
        if isinstance(child, nodes.Element) and (
            child.get(CLAUSE_ATTR) or any(n.get(CLAUSE_ATTR) for n in child.findall(nodes.Element))
        ):
            if not child.get(CLAUSE_ATTR):
                out.append(_text_before_clause(child))
            break
        out.append(child.astext())
    return " ".join(out)


def clause_quotations(env: Any) -> dict[str, str]:
    """Clause id -> the beginning of its text on its page, in the build language."""
    from .domain import CLAUSE_ATTR

    quotes: dict[str, str] = {}
    clauses = catalogue.clauses(get_ruleset(env))
    for page in sorted({c["page"] for c in clauses.values()}):
        if page not in env.all_docs:
            continue
        for container in env.get_doctree(page).findall(nodes.container):
            clause_id = container.get(CLAUSE_ATTR)
            if clause_id in clauses:
                text = clause_text(container)
                if text:
                    quotes[clause_id] = shorten(text)
    return quotes


def _fill_clause_quotes(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    import json

    found = list(doctree.findall(clause_quotes))
    if not found:
        return
    if getattr(app.builder, "format", "") != "html" or app.builder.name == "epub":
        for node in found:
            node.parent.remove(node)
        return
    data = json.dumps(clause_quotations(app.env), ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    raw = nodes.raw("", f'<script type="application/json" id="{QUOTES_ID}">{data}</script>', format="html")
    for node in found:
        node.replace_self(raw.deepcopy())


def setup_catalogue(app: Sphinx) -> None:
    app.add_node(clause_quotes)
    app.add_directive("clause-quotes", ClauseQuotesDirective)
    app.connect("doctree-resolved", _fill_clause_quotes)
    app.add_directive("rule-catalogue", RuleCatalogueDirective)
    app.add_directive("rule-internals", RuleInternalsDirective)
    app.add_directive("frame-catalogue", FrameCatalogueDirective)
