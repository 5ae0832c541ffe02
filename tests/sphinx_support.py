"""What the tests of the handbook's Sphinx extension (etika_handbook) share.

The builds come from ``sphinx.testing`` (``@pytest.mark.sphinx(testroot=...)``,
the ``app`` fixture; conftest.py points ``rootdir`` at tests/roots).  A class
or module marked ``@pytest.mark.test_params(shared_result=...)`` builds its
project once: the first test's ``app.build()`` writes it, the later tests'
applications load the pickled environment and skip the build, and their
``app.warning`` holds the first build's warnings.

Structure is checked on the doctree as the builder resolves it
(:func:`resolved`: cross-references become ``reference`` nodes whose
``refuri`` is what the page links to), not with regular expressions over HTML.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.testing.util import SphinxTestApp

__all__ = ["by_class", "link", "links", "real_warnings", "resolved", "text"]


def resolved(app: SphinxTestApp, docname: str) -> nodes.document:
    """The doctree of *docname* with every post-transform applied and references resolved."""
    return app.env.get_and_resolve_doctree(docname, app.builder, tags=app.builder.tags)


def real_warnings(app: SphinxTestApp) -> str:
    """Warnings of a build (without colours), without sphinx.testing's noise about a
    second application in one test re-registering Sphinx's node classes."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", app.warning.getvalue())
    return "\n".join(line for line in text.splitlines() if "is already registered" not in line).strip()


def text(node: nodes.Node) -> str:
    """The node's text with runs of white space as one space."""
    return " ".join(node.astext().split())


def link(ref: nodes.reference) -> tuple[str, str]:
    """(href, text) of a reference node: ``refuri``, or ``#refid`` for a link within the page."""
    href = ref.get("refuri") or ("#" + ref["refid"] if ref.get("refid") else "")
    return href, text(ref)


def links(node: nodes.Node) -> list[tuple[str, str]]:
    """(href, text) of every reference under *node*, in document order."""
    return [link(ref) for ref in node.findall(nodes.reference)]


def by_class(node: nodes.Node, cls: str, nodetype: type[nodes.Element] = nodes.Element) -> list[nodes.Element]:
    """Every *nodetype* under *node* (itself included) carrying the class *cls*."""
    return [n for n in node.findall(nodetype) if cls in n.get("classes", [])]
