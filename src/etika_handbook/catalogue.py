"""``rule-catalogue``: every rule of the checker, generated from its rule data.

Used once, on ``katalog-peraturan``::

    :::{rule-catalogue}
    :::

For each rule of :func:`etika_check.ruledata.load_ruleset` (in the order of the
data) the directive emits a section with the anchor ``rule-<id>`` holding the
id, the severity as a sphinx-design badge (error/ralat red, warning/amaran
orange, info/maklumat blue), what the rule checks, the title and message in the
build language, the clauses and laws it enforces (as ``etika`` cross-references),
the "why" text and the examples that must and must not be flagged.

The rule and data files are dependencies of the page, so editing a rule
rebuilds the catalogue.
"""

from __future__ import annotations

import html
import re

from typing import TYPE_CHECKING, Any

from docutils import nodes
from etika_check.model import input_kind
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

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

    from .data import Rule
    from .domain import EtikaDomain

#: sphinx-design colour of each severity.
SEVERITY_COLOURS = {"error": "danger", "warning": "warning", "info": "info"}


def severity_label(severity: str) -> str:
    """The severity's name in the build language (error -> ralat...)."""
    labels = {"error": _("error"), "warning": _("warning"), "info": _("info")}
    return str(labels.get(severity, severity))


def applies_to_label(kind: str, lang: str) -> str:
    """What a rule looks at, in the build language (etika_check.model.INPUT_KINDS)."""
    try:
        return input_kind(kind).label.get(lang)
    except KeyError:
        return kind


def severity_badge(severity: str) -> nodes.inline:
    colour = SEVERITY_COLOURS.get(severity, "secondary")
    text = severity_label(severity)
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
    return [
        nodes.paragraph(block.strip(), " ".join(block.split()))
        for block in text.split("\n\n")
        if block.strip()
    ]


def _examples(title: str, examples: Iterable[str], cls: str) -> list[Node]:
    examples = list(examples)
    if not examples:
        return []
    result: list[Node] = [nodes.paragraph("", "", nodes.strong(title, title))]
    items = nodes.bullet_list(classes=["etika-examples", cls])
    for example in examples:
        block = nodes.literal_block(example, example, classes=["etika-example"])
        block["language"] = "none"
        items += nodes.list_item("", block)
    result.append(items)
    return result


def _folded_examples(flag: Iterable[str], clean: Iterable[str]) -> list[Node]:
    """The examples that must and must not be flagged, folded (some are slurs): open on request only."""
    examples = _examples(_("Must be flagged"), flag, "etika-examples-flag")
    examples += _examples(_("Must not be flagged"), clean, "etika-examples-pass")
    if not examples:
        return []
    summary = html.escape(_("Examples (they may contain offensive words)"))
    return [nodes.raw("", f'<details class="etika-examples-fold"><summary>{summary}</summary>', format="html"),
            *examples, nodes.raw("", "</details>", format="html")]


class RuleCatalogueDirective(SphinxDirective):
    """``rule-catalogue``: one section per checker rule."""

    has_content = False
    required_arguments = 0

    def run(self) -> list[Node]:
        env = self.env
        docname = env.current_document.docname
        ruleset = get_ruleset(env)
        note_data_dependency(env)
        domain: EtikaDomain = env.domains["etika"]  # type: ignore[assignment]
        if docname != CATALOGUE_DOCNAME:
            # the checker links every finding to CATALOGUE_DOCNAME (etika_check.links)
            logger.warning(
                "rule-catalogue belongs on the page %r, not on %r",
                CATALOGUE_DOCNAME,
                docname,
                location=self.get_location(),
                type="etika",
                subtype="rule",
            )
        sections = [self.rule_section(rule, docname, domain) for rule in ruleset.rules]
        # The texts come from the rule data in the build language already:
        # keep them out of the gettext catalogues.
        for section in sections:
            for node in section.findall(nodes.TextElement):
                # (not inline nodes: Sphinx unwraps inlines marked translatable)
                if not isinstance(node, nodes.Inline):
                    node["translatable"] = False
        return sections

    def rule_section(self, rule: Rule, docname: str, domain: EtikaDomain) -> nodes.section:
        lang = build_language(self.env)
        domain.note_rule(rule.id, docname)
        section = nodes.section("", ids=[rule_anchor(rule.id)], classes=["etika-rule"])
        title_text = localized(rule.title, lang)
        title = nodes.title("", "")
        title += nodes.literal(rule.id, rule.id, classes=["etika-rule-id"])
        title += nodes.Text(f" {title_text}")
        section += title

        section += nodes.paragraph(
            "",
            "",
            severity_badge(rule.severity),
            nodes.Text(" "),
            nodes.inline("", _("Checks %s.") % applies_to_label(rule.applies_to, lang)),
        )
        message = localized(rule.message, lang)
        fields = nodes.field_list(classes=["etika-rule-fields"])
        fields += _field(_("Message"), _message_paragraph(message, lang))
        if rule.clauses:
            fields += _field(
                _("Clauses"), nodes.paragraph("", "", *_xrefs("clause", rule.clauses, docname))
            )
        if rule.instruments:
            fields += _field(
                _("Laws and circulars"),
                nodes.paragraph("", "", *_xrefs("law", rule.instruments, docname)),
            )
        fields += _matcher_fields(rule.matcher, lang)
        section += fields
        why = localized(rule.why, lang)
        if why.strip():
            section += nodes.paragraph("", "", nodes.strong(_("Why"), _("Why")))
            section.extend(_paragraphs(why))
        section.extend(_folded_examples(rule.examples_flag, rule.examples_pass))
        return section


class FrameCatalogueDirective(SphinxDirective):
    """``frame-catalogue``: one section per construction of ``etika_check/data/constructions.toml``
    (the clause frames and the sequences the ``abuse`` matcher reads as data), with what each declares."""

    has_content = False
    required_arguments = 0

    def run(self) -> list[Node]:
        note_data_dependency(self.env)  # (constructions.toml is one of the rule set's data files)
        lang = build_language(self.env)
        constructions = get_ruleset(self.env).constructions
        sections = [_frame_section(frame, lang) for frame in constructions.frames] + \
            [_sequence_section(seq, lang) for seq in constructions.sequences]
        for section in sections:  # texts from the data, in the build language already
            for node in section.findall(nodes.TextElement):
                if not isinstance(node, nodes.Inline):
                    node["translatable"] = False
        return sections


def _frame_section(frame: Any, lang: str) -> nodes.section:
    """A frame's name and purpose, its word lists and limits, its examples (folded)."""
    section = nodes.section("", ids=[f"frame-{frame.name.replace('_', '-')}"], classes=["etika-frame"])
    title = nodes.title("", "")
    title += nodes.literal(frame.name, frame.name, classes=["etika-frame-name"])
    about = frame.about[0] if lang == "ms" else frame.about[1]
    title += nodes.Text(f" {about}")
    section += title
    fields = nodes.field_list(classes=["etika-frame-fields"])
    fields += _field(_("Said by"), nodes.paragraph("", "", *_literals(frame.predicates)))
    polarity = _("derogatory as it stands, unless denied") if frame.polarity == "negative" \
        else _("derogatory only when denied")
    fields += _field(_("Polarity"), nodes.paragraph("", polarity))
    if frame.deniers:
        fields += _field(_("Denied by"), nodes.paragraph("", "", *_literals(frame.deniers)))
    fields += _field(_("Reach"), nodes.paragraph("", _("%d words outside the bridge list") % frame.reach))
    for value, label in ((frame.marker, _("Just after")), (frame.needs, _("Needs before it")),
                         (frame.unless_after, _("Praise when followed by")),
                         (frame.asked_with, _("Only in a question opened by"))):
        if value:
            fields += _field(label, nodes.paragraph("", "", nodes.literal(value, value)))
    if frame.asked_with:
        from etika_check.catalogue import QUESTION_TAG
        fields += _field(_("Or in a question tagged after it by"),
                         nodes.paragraph("", "", nodes.literal(QUESTION_TAG, QUESTION_TAG)))
    if frame.at_end:
        fields += _field(_("Position"), nodes.paragraph("", _("closes its clause")))
    if frame.denied_group:
        fields += _field(_("Group denied"), nodes.paragraph("", _("also a finding when the group itself is denied")))
    section += fields
    section.extend(_folded_examples(frame.examples_flag, frame.examples_pass))
    return section


def _sequence_section(seq: Any, lang: str) -> nodes.section:
    """A sequence's name and purpose, its anchor and parts, its examples (folded)."""
    section = nodes.section("", ids=[f"construction-{seq.name.replace('_', '-')}"], classes=["etika-frame"])
    title = nodes.title("", "")
    title += nodes.literal(seq.name, seq.name, classes=["etika-frame-name"])
    title += nodes.Text(f" {seq.about[0] if lang == 'ms' else seq.about[1]}")
    section += title
    fields = nodes.field_list(classes=["etika-frame-fields"])
    fields += _field(_("Starts at"), nodes.paragraph("", "", *_literals(seq.anchor)))
    for part in seq.parts:
        what = [nodes.Text(_("a group") if part.group else "")] if part.group else _literals(part.lists)
        fields += _field(part.name, nodes.paragraph("", "", *what))
    section += fields
    section.extend(_folded_examples(seq.examples_flag, seq.examples_pass))
    return section


def _placeholder_label(name: str, lang: str) -> str:
    """What the checker puts in a message's ``{name}``, named for the reader
    (from the checker's catalogue, :func:`etika_check.catalogue.placeholder_label`)."""
    from etika_check.catalogue import placeholder_label

    label = placeholder_label(name)
    return localized(label, lang) if label is not None else name


def _literals(names: Iterable[str]) -> list[Node]:
    result: list[Node] = []
    for i, name in enumerate(names):
        if i:
            result.append(nodes.Text(", "))
        result.append(nodes.literal(name, name))
    return result


def _matcher_fields(matcher: Any, lang: str) -> list[nodes.field]:
    """What the rule's matcher declares in the registry: its kind with the
    rule's parameters, the word lists it reads and the placeholders it fills."""
    from etika_check import catalogue

    kind = str(matcher.get("kind", "")) if hasattr(matcher, "get") else ""
    spec = catalogue.matcher(kind)
    para = nodes.paragraph("", "", nodes.literal(kind, kind), classes=["etika-matcher"])
    if spec is None:
        return [_field(_("Matcher"), para)]
    for p in spec.params:
        if p.name not in matcher:
            continue
        value = matcher[p.name]
        shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value).lower() \
            if isinstance(value, bool) else str(value)
        para += nodes.Text("; " if len(para.children) > 1 else ": ")
        para += nodes.literal(p.name, p.name)
        para += nodes.Text(f" = {shown}")
    fields = [_field(_("Matcher"), para)]
    lists = spec.lists_for(matcher)
    if lists:
        fields.append(_field(_("Word lists"), nodes.paragraph("", "", *_literals(lists),
                                                              classes=["etika-word-lists"])))
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
        para += nodes.Text(message[pos:m.start()])
        label = f"\u27e8{_placeholder_label(m.group(1), lang)}\u27e9"
        para += nodes.emphasis(label, label, classes=["etika-placeholder"])
        pos = m.end()
    para += nodes.Text(message[pos:])
    return para


def setup_catalogue(app: Sphinx) -> None:
    app.add_directive("rule-catalogue", RuleCatalogueDirective)
    app.add_directive("frame-catalogue", FrameCatalogueDirective)
