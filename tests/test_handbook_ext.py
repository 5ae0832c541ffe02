"""The handbook's Sphinx extension (etika_handbook) on small test projects.

``sphinx.testing`` builds the projects under tests/roots/ (see
tests/sphinx_support.py); they use ``etika_stub`` (tests/roots/etika_stub.py)
in place of the checker's rule data:

* clauses EB-1 (page ebook), DOC-1, DOC-2 and DOC-2.1 nested in DOC-2 (page sop);
* instruments akta-1 and akta-2;
* rules secret-info (error; DOC-2.1, EB-1; akta-1), office-hours (warning;
  DOC-1) and tip-info (info; akta-1, akta-2).

The Malay and the English build of test-etika are each built once for this
module (``shared_result``); the tests that change a project or its
configuration build their own copy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docutils import nodes
from sphinx_support import by_class, link, links, real_warnings, resolved, text

from etika_handbook.domain import CLAUSE_ATTR
from etika_handbook.langswitch import other_language_href

MALAY = [
    pytest.mark.sphinx("html", testroot="etika", confoverrides={"language": "ms"}),
    pytest.mark.test_params(shared_result="etika-ms"),
]
ENGLISH = [
    pytest.mark.sphinx("html", testroot="etika", confoverrides={"language": "en"}),
    pytest.mark.test_params(shared_result="etika-en"),
]


@pytest.fixture
def built(app):
    """The test project, built (once per shared result)."""
    app.build()
    return app


def html(app, page: str) -> str:
    return (Path(app.outdir) / f"{page}.html").read_text(encoding="utf-8")


def clause_container(doctree: nodes.document, clause_id: str) -> nodes.container:
    [container] = [n for n in by_class(doctree, "etika-clause", nodes.container) if n.get(CLAUSE_ATTR) == clause_id]
    return container


def cited_by_items(doctree: nodes.document, kind: str) -> list[nodes.list_item]:
    """The items of the cited-by list of *kind* ("clauses" or "rules"); none if there is no list."""
    lists = by_class(doctree, f"etika-cited-by-{kind}", nodes.bullet_list)
    assert len(lists) <= 1
    return [item for lst in lists for item in lst.children]


def cited_by_lists(doctree: nodes.document) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(href, text) of the links of the cited-by lists: (clauses, rules)."""
    return (
        [link(next(iter(item.findall(nodes.reference)))) for item in cited_by_items(doctree, "clauses")],
        [link(next(iter(item.findall(nodes.reference)))) for item in cited_by_items(doctree, "rules")],
    )


def rule_sections(doctree: nodes.document) -> dict[str, nodes.section]:
    return {section["ids"][0]: section for section in by_class(doctree, "etika-rule", nodes.section)}


def badges(node: nodes.Node) -> list[tuple[str, str]]:
    """(colour class, text) of the sphinx-design badges under *node*."""
    return [
        (next(c for c in badge["classes"] if c.startswith("sd-bg-") and "-text-" not in c), text(badge))
        for badge in by_class(node, "sd-badge", nodes.inline)
        if "etika-severity" in badge["classes"]
    ]


def examples(section: nodes.section, kind: str) -> list[str]:
    return [
        text(block)
        for lst in by_class(section, f"etika-examples-{kind}", nodes.bullet_list)
        for block in lst.findall(nodes.literal_block)
    ]


def search_index(app) -> dict:
    script = (Path(app.outdir) / "searchindex.js").read_text(encoding="utf-8")
    assert script.startswith("Search.setIndex(") and script.endswith(")")
    return json.loads(script[len("Search.setIndex(") : -1])


@pytest.mark.usefixtures("built")
class TestMalayBuild:
    pytestmark = MALAY

    def test_clean_build_has_no_warnings(self, app):
        assert (Path(app.outdir) / "sop.html").is_file()
        assert "build succeeded" in app.status.getvalue()
        assert real_warnings(app) == ""

    def test_clause_container_anchor_and_badge(self, app):
        doctree = resolved(app, "sop")
        for clause_id, anchor in (("DOC-1", "doc-1"), ("DOC-2", "doc-2"), ("DOC-2.1", "doc-2-1")):
            container = clause_container(doctree, clause_id)
            assert container["ids"] == [anchor], clause_id
            # the id is shown as a badge and links to its own anchor
            label = container[0]
            assert "etika-clause-label" in label["classes"]
            [ref] = label.findall(nodes.reference)
            assert link(ref) == (f"#{anchor}", clause_id)
            assert by_class(ref, "etika-clause-badge", nodes.inline)
            # the page has the anchor the checker links to
            assert f'id="{anchor}"' in html(app, "sop")
        # DOC-2.1 is nested inside DOC-2
        assert _ancestor(clause_container(doctree, "DOC-2.1"), clause_container(doctree, "DOC-2"))
        assert not _ancestor(clause_container(doctree, "DOC-1"), clause_container(doctree, "DOC-2"))
        # the clause title is the link's tooltip, in the build language
        [ref] = by_class(clause_container(doctree, "DOC-2.1")[0], "etika-clause-link", nodes.reference)
        assert ref["reftitle"] == "DOC-2.1 Maklumat rahsia"
        assert 'title="DOC-2.1 Maklumat rahsia"' in html(app, "sop")

    def test_roles_resolve(self, app):
        found = links(resolved(app, "index"))
        assert ("sop.html#doc-2-1", "DOC-2.1") in found
        # {law}`akta-1`: the short title in Malay; explicit text kept
        assert ("perundangan/akta-1.html", "Akta Satu 1972") in found
        assert ("perundangan/akta-2.html", "teks sendiri") in found
        assert ("katalog-peraturan.html#rule-secret-info", "secret-info") in found
        # domain-prefixed role works too
        assert ("perundangan/akta-1.html", "Akta Satu") in links(resolved(app, "ebook"))

    def test_cited_by_lists(self, app):
        doctree = resolved(app, "perundangan/akta-1")
        clauses, rules = cited_by_lists(doctree)
        # clauses.toml order: EB-1 before DOC-1
        assert clauses == [("../ebook.html#eb-1", "EB-1"), ("../sop.html#doc-1", "DOC-1")]
        assert rules == [
            ("../katalog-peraturan.html#rule-secret-info", "secret-info"),
            ("../katalog-peraturan.html#rule-tip-info", "tip-info"),
        ]
        assert [text(item) for item in cited_by_items(doctree, "clauses")] == ["EB-1 – Etika pegawai", "DOC-1 – Tujuan"]
        assert [text(item) for item in cited_by_items(doctree, "rules")] == [
            "secret-info – Maklumat rahsia rasmi",
            "tip-info – Nota akaun",
        ]
        # akta-2: only the nearest enclosing clause (DOC-2.1, not DOC-2); the
        # reference outside any clause in ebook.md is not listed
        clauses, rules = cited_by_lists(resolved(app, "perundangan/akta-2"))
        assert clauses == [("../sop.html#doc-2-1", "DOC-2.1")]
        assert rules == [("../katalog-peraturan.html#rule-tip-info", "tip-info")]

    def test_rule_catalogue(self, app):
        doctree = resolved(app, "katalog-peraturan")
        sections = rule_sections(doctree)
        # one section per rule, in the rule data's order
        assert list(sections) == ["rule-secret-info", "rule-office-hours", "rule-tip-info"]
        section = sections["rule-secret-info"]
        assert text(section[0]) == "Maklumat rahsia rasmi"  # the title, the id after it
        assert "Kod peraturan: secret-info" in text(section)
        assert "Draf ini mungkin mendedahkan maklumat rahsia." in text(section)
        assert badges(section) == [("sd-bg-danger", "Dilarang")]  # the checker's verdict word
        found = links(section)
        assert ("sop.html#doc-2-1", "DOC-2.1") in found
        assert ("ebook.html#eb-1", "EB-1") in found
        assert ("perundangan/akta-1.html", "Akta Satu 1972") in found
        paragraphs = [text(p) for p in section.findall(nodes.paragraph)]
        assert "Pegawai tidak boleh mendedahkan rahsia rasmi." in paragraphs
        assert "Ia suatu kesalahan." in paragraphs
        assert "Mesti ditandakan" in paragraphs and examples(section, "flag") == ["Dokumen SULIT ini untuk makluman."]
        assert "Tidak boleh ditandakan" in paragraphs and examples(section, "pass") == ["Selamat pagi semua."]
        assert badges(sections["rule-office-hours"]) == [("sd-bg-warning", "Perlu disemak")]
        assert badges(sections["rule-tip-info"]) == [("sd-bg-info", "Untuk makluman")]
        # the page has the anchors the checker links to
        page = html(app, "katalog-peraturan")
        for anchor in sections:
            assert f'id="{anchor}"' in page

    def test_language_switch(self, app):
        assert other_language_href("perundangan/akta-1", "perundangan/akta-1.html", "en") == (
            "../../en/perundangan/akta-1.html"
        )
        page = html(app, "perundangan/akta-1")
        assert 'class="etika-lang-switch etika-lang-switch-content" href="../../en/perundangan/akta-1.html"' in page
        assert 'class="etika-lang-switch etika-lang-switch-header" href="../../en/perundangan/akta-1.html"' in page
        assert "_static/etika-langswitch.js" in page

    def test_malay_ui_labels(self, app):
        page = html(app, "sop")
        for label in ("Langkau ke kandungan", "Di halaman ini", "Seterusnya", "Pautan ke tajuk ini", "Dibina dengan"):
            assert label in page, label
        for english in (
            "Skip to content",
            "On this page",
            ">Next<",
            "Link to this heading",
            "Made with",
            "Back to top",
        ):
            assert english not in page, english
        translations = (Path(app.outdir) / "_static" / "translations.js").read_text(encoding="utf-8")
        assert '"Search Results": "Hasil Carian"' in translations

    def test_malay_search_index_is_stemmed(self, app):
        index = search_index(app)
        terms = index["terms"]
        # "disebarkan" (index.md) and "penyebaran" (sop.md) are indexed as "sebar"
        assert "sebar" in terms
        assert "disebarkan" not in terms and "penyebaran" not in terms
        found = terms["sebar"] if isinstance(terms["sebar"], list) else [terms["sebar"]]
        assert {index["docnames"][i] for i in found} == {"index", "sop"}
        # clauses, laws and rules are search objects, named in Malay
        objnames = list(index["objnames"].values())
        assert ["etika", "clause", "klausa"] in objnames
        assert ["etika", "law", "undang-undang atau pekeliling"] in objnames
        language_data = (Path(app.outdir) / "_static" / "language_data.js").read_text(encoding="utf-8")
        assert "EtikaMalayStemmer" in language_data
        assert '"yang"' in language_data  # stop words


@pytest.mark.usefixtures("built")
class TestEnglishBuild:
    pytestmark = ENGLISH

    def test_clean_build_has_no_warnings(self, app):
        assert (Path(app.outdir) / "sop.html").is_file()
        assert "build succeeded" in app.status.getvalue()
        assert real_warnings(app) == ""

    def test_clause_anchor_same_in_english(self, app):
        doctree = resolved(app, "sop")
        container = clause_container(doctree, "DOC-2.1")
        assert container["ids"] == ["doc-2-1"]
        [ref] = by_class(container[0], "etika-clause-link", nodes.reference)
        assert ref["reftitle"] == "DOC-2.1 Secret information"
        assert 'title="DOC-2.1 Secret information"' in html(app, "sop")
        # the page text is translated
        assert "The purpose of this letter is" in text(clause_container(doctree, "DOC-1"))

    def test_roles_resolve(self, app):
        assert ("perundangan/akta-1.html", "Act One 1972") in links(resolved(app, "index"))

    def test_cited_by_follows_translation(self, app):
        doctree = resolved(app, "perundangan/akta-2")
        clauses, _rules = cited_by_lists(doctree)
        assert clauses == [("../sop.html#doc-2-1", "DOC-2.1")]
        assert [text(item) for item in cited_by_items(doctree, "clauses")] == ["DOC-2.1 – Secret information"]
        assert "Clauses citing this instrument" in [text(r) for r in doctree.findall(nodes.rubric)]

    def test_rule_catalogue(self, app):
        section = rule_sections(resolved(app, "katalog-peraturan"))["rule-secret-info"]
        assert text(section[0]) == "Official secret information"
        assert badges(section) == [("sd-bg-danger", "Not allowed")]
        assert "Must be flagged" in [text(p) for p in section.findall(nodes.paragraph)]

    def test_language_switch(self, app):
        assert 'href="../ms/index.html"' in html(app, "index")


@pytest.mark.parametrize(
    "nitpicky",
    [
        pytest.param(
            value,
            marks=pytest.mark.sphinx(
                "html", testroot="etika-bad", srcdir=f"etika-bad-{value}", confoverrides={"nitpicky": value}
            ),
        )
        for value in (True, False)
    ],
)
def test_contract_violations_are_reported(app, nitpicky):
    assert app.config.nitpicky is nitpicky
    app.build()
    warnings = real_warnings(app)
    expected = [
        "unknown clause id 'XX-9'",
        "clause DOC-2 belongs on page 'sop' (clauses.toml), not on 'ebook'",
        "clause DOC-1 is defined more than once",
        "clause DOC-2.1 of clauses.toml is not defined in the docs",
        "clause EB-1 of clauses.toml is not defined in the docs",
        "unknown clause NOPE-1",
        "unknown law/circular akta-99",
        "unknown law/circular akta-2",  # known instrument but no page
        "unknown checker rule no-such-rule",
        "cited-by: unknown law/circular 'akta-404'",
        "cited-by akta-1 belongs on the page 'perundangan/akta-1', not on 'ebook'",
        "the page perundangan/akta-1 has no cited-by akta-1 directive",
        "rule-catalogue belongs on the page 'katalog-peraturan', not on 'index'",
    ]
    for message in expected:
        assert message in warnings, f"{message!r} not in:\n{warnings}"


@pytest.mark.sphinx("html", testroot="etika", srcdir="etika-parallel", parallel=4)
def test_parallel_read_merges_domain_data(app):
    app.build()
    assert real_warnings(app) == ""
    clauses, _rules = cited_by_lists(resolved(app, "perundangan/akta-1"))
    assert [text for _href, text in clauses] == ["EB-1", "DOC-1"]


@pytest.mark.sphinx("html", testroot="etika", srcdir="etika-incremental")
def test_incremental_build_updates_cited_by(app, make_app, app_params):
    app.build()
    clauses, _ = cited_by_lists(resolved(app, "perundangan/akta-1"))
    assert [text for _h, text in clauses] == ["EB-1", "DOC-1"]
    # remove the reference from DOC-1: only sop.md changes
    sop = Path(app.srcdir) / "sop.md"
    sop.write_text(sop.read_text(encoding="utf-8").replace("{law}`akta-1`", "akta ini"), encoding="utf-8")
    args, kwargs = app_params
    app2 = make_app(*args, **kwargs)
    app2.build()
    assert "1 changed" in app2.status.getvalue()
    clauses, _ = cited_by_lists(resolved(app2, "perundangan/akta-1"))
    assert [text for _h, text in clauses] == ["EB-1"]
    assert 'href="../sop.html#doc-1"' not in html(app2, "perundangan/akta-1")


def _ancestor(node: nodes.Node, candidate: nodes.Node) -> bool:
    """Whether *candidate* contains *node*."""
    parent = node.parent
    while parent is not None:
        if parent is candidate:
            return True
        parent = parent.parent
    return False
