"""``edition-changes``: the clauses, checker rules and laws that changed in an edition.

Used on ``perubahan`` (What changed), under the changelog the policy team
writes for each edition::

    :::{edition-changes}
    :::

    :::{edition-changes} 2021-r2026-11
    :::

Without an argument the directive compares the current edition (the rule data
the build uses, named by the ``etika_edition`` config value, from
``src/etika_check/data/edition.toml``) with its ``previous`` edition, whose data
is frozen in ``<etika_editions_dir>/<previous>/`` (see ``editions/README.md``).
With an edition id it compares that earlier edition with the one before it.
The comparison is :func:`etika_check.editions.diff`: for clauses, rules and
laws, what was added, changed (and which keys) or removed, with links to the
clause, the rule's catalogue entry and the law's page.

Every build also checks the clause-id contract over the whole history
(:func:`etika_check.editions.check_history`): a clause id removed in an earlier
edition must not reappear, and an id never changes document.  A break stops
the build with an error naming the id and the editions.

Configuration: ``etika_edition`` (dict: ``id``, ``date``, ``name`` {ms, en},
``previous``; conf.py reads it from edition.toml) and ``etika_editions_dir``
(the directory of earlier editions; empty: no history, no check).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.errors import ExtensionError
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from .data import _, build_language, get_ruleset, localized, note_data_dependency

if TYPE_CHECKING:
    from docutils.nodes import Node
    from sphinx.application import Sphinx

    from etika_check.editions import Change, Snapshot

logger = logging.getLogger(__name__)

#: the etika cross-reference type of each kind of item
REFTYPES = {"clause": "clause", "rule": "rule", "instrument": "law"}


def _editions():
    # the checker package, installed with the project like this extension
    from etika_check import editions

    return editions


def current_snapshot(app_or_env: Any) -> Snapshot:
    env = getattr(app_or_env, "env", app_or_env)
    return _editions().snapshot_of(get_ruleset(env), env.config.etika_edition or None)


def editions_dir(config: Any) -> Path | None:
    value = config.etika_editions_dir
    return Path(value) if value else None


def edition_history(env: Any) -> list[Snapshot]:
    """Every edition, oldest first, ending with the current one."""
    current = current_snapshot(env)
    directory = editions_dir(env.config)
    if directory is None:
        return [current]
    return _editions().history(current, directory)


def check_history(app: Sphinx) -> None:
    """Stop the build when the clause-id contract is broken across editions."""
    if not app.config.etika_edition or not editions_dir(app.config):
        return
    eds = _editions()
    try:
        problems = eds.check_history(edition_history(app.env))
    except eds.EditionError as exc:
        raise ExtensionError(f"etika: editions: {exc}") from None
    if problems:
        for problem in problems:
            logger.error("etika: %s", problem)
        raise ExtensionError("etika: the clause-id contract is broken across editions:\n  " + "\n  ".join(problems))


def change_labels() -> dict[str, str]:
    return {
        "clause": _("Clauses"),
        "rule": _("Checker rules"),
        "instrument": _("Laws and circulars"),
        "added": _("Added"),
        "changed": _("Changed"),
        "removed": _("Removed"),
    }


class EditionChangesDirective(SphinxDirective):
    """``edition-changes [edition-id]``: what an edition added, changed and removed."""

    has_content = False
    required_arguments = 0
    optional_arguments = 1

    def run(self) -> list[Node]:
        env = self.env
        eds = _editions()
        note_data_dependency(env)
        directory = editions_dir(env.config)
        try:
            chain = edition_history(env)
        except eds.EditionError as exc:
            return [self.state.document.reporter.error(f"edition-changes: {exc}", line=self.lineno)]
        if directory is not None:
            for path in sorted(directory.rglob("*.toml")):
                env.note_dependency(str(path))
        wanted = self.arguments[0] if self.arguments else chain[-1].id
        index = next((i for i, s in enumerate(chain) if s.id == wanted), None)
        if index is None:
            return [
                self.state.document.reporter.error(
                    f"edition-changes: unknown edition '{wanted}' (editions: {', '.join(s.id for s in chain)})",
                    line=self.lineno,
                )
            ]
        after = chain[index]
        if index == 0:
            para = nodes.paragraph("", _("This is the first edition: there is no earlier one to compare with."))
            return [self._untranslatable(para)]
        before = chain[index - 1]
        result = self.render(before, after, eds.diff(before, after))
        return [self._untranslatable(node) for node in result]

    @staticmethod
    def _untranslatable(node: nodes.Element) -> nodes.Element:
        # generated in the build language from the data: keep out of the catalogues
        for n in node.findall(nodes.TextElement):
            if not isinstance(n, nodes.Inline):
                n["translatable"] = False
        return node

    def render(self, before: Snapshot, after: Snapshot, changes: list[Change]) -> list[Node]:
        lang = build_language(self.env)
        labels = change_labels()
        docname = self.env.current_document.docname
        container = nodes.container(classes=["etika-edition-changes"])
        container["ids"] = [f"edition-changes-{after.id}"]
        intro = nodes.paragraph()
        intro += nodes.Text(
            _("Compared with the previous edition, %s, dated %s:")
            % (localized(before.name, lang) or before.id, before.date)
        )
        container += intro
        counts = nodes.bullet_list(classes=["etika-edition-counts"])
        for kind in ("clause", "rule", "instrument"):
            parts = []
            for status in ("added", "changed", "removed"):
                n = sum(1 for c in changes if c.kind == kind and c.status == status)
                parts.append(f"{labels[status].lower()} {n}")
            counts += nodes.list_item("", nodes.paragraph("", f"{labels[kind]}: {', '.join(parts)}"))
        container += counts
        for kind in ("clause", "rule", "instrument"):
            of_kind = [c for c in changes if c.kind == kind]
            if not of_kind:
                continue
            container += nodes.rubric(labels[kind], labels[kind], classes=["etika-edition-kind"])
            for status in ("added", "changed", "removed"):
                items = [c for c in of_kind if c.status == status]
                if not items:
                    continue
                head = f"{labels[status]} ({len(items)})"
                container += nodes.paragraph("", "", nodes.strong(head, head))
                lst = nodes.bullet_list(classes=["etika-edition-list", f"etika-edition-{kind}-{status}"])
                for change in items:
                    lst += nodes.list_item("", self.item(change, lang, docname))
                container += lst
        return [container]

    def item(self, change: Change, lang: str, docname: str) -> nodes.paragraph:
        para = nodes.paragraph(classes=[f"etika-change-{change.status}"])
        data = change.after if change.after is not None else change.before or {}
        if change.status == "removed":
            para += nodes.literal(change.id, change.id)
        else:
            ref = addnodes.pending_xref(
                "",
                refdomain="etika",
                reftype=REFTYPES[change.kind],
                reftarget=change.id,
                refexplicit=True,
                refwarn=True,
                refdoc=docname,
            )
            ref += nodes.literal(change.id, change.id, classes=["xref", "etika"])
            para += ref
        title = localized(data.get("title") or {}, lang)
        if title:
            para += nodes.Text(f" – {title}")
        if change.status == "changed" and change.keys:
            para += nodes.Text(" (" + _("changed: %s") % ", ".join(change.keys) + ")")
        return para


def _builder_inited(app: Sphinx) -> None:
    check_history(app)


def setup_editions(app: Sphinx) -> None:
    app.add_config_value("etika_edition", {}, "env", dict)
    app.add_config_value("etika_editions_dir", "", "env", str)
    app.add_directive("edition-changes", EditionChangesDirective)
    app.connect("builder-inited", _builder_inited)
