"""The handbook's Sphinx extensions (etika_handbook) on small test projects.

The projects under tests/roots/ use ``etika_stub`` (tests/roots/etika_stub.py)
in place of the checker's rule data:

* clauses EB-1 (page ebook), DOC-1, DOC-2 and DOC-2.1 nested in DOC-2 (page sop);
* instruments akta-1 and akta-2;
* rules secret-info (error; DOC-2.1, EB-1; akta-1), office-hours (warning;
  DOC-1) and tip-info (info; akta-1, akta-2).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ROOTS = REPO / "tests" / "roots"

from etika_handbook.langswitch import other_language_href


def copy_root(tmp_path: Path, name: str, copy: str = "") -> Path:
    dest = tmp_path / (copy or name)
    shutil.copytree(ROOTS / f"test-{name}", dest, ignore=shutil.ignore_patterns("*.mo", "_build"))
    return dest


def build(make_app, srcdir: Path, language: str = "ms", **kwargs):
    app = make_app(
        "html",
        srcdir=srcdir,
        builddir=srcdir / "_build" / language,
        confoverrides={"language": language},
        **kwargs,
    )
    app.build()
    return app


def real_warnings(app) -> str:
    """Warnings of a build, without sphinx.testing's noise about a second app
    in one test re-registering Sphinx's node classes."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", app.warning.getvalue())
    return "\n".join(line for line in text.splitlines() if "is already registered" not in line).strip()


def html(app, page: str) -> str:
    return (Path(app.outdir) / f"{page}.html").read_text(encoding="utf-8")


def article(text: str) -> str:
    """The page's main content (without navigation and footer)."""
    match = re.search(r'<article role="main"[^>]*>(.*?)</article>', text, re.S)
    assert match, "no <article> in page"
    return match.group(1)


def links(fragment: str) -> list[tuple[str, str]]:
    """(href, text without tags) of every link in an HTML fragment."""
    return [
        (href, re.sub(r"<[^>]+>", "", body).strip())
        for href, body in re.findall(r'<a[^>]*href="([^"]*)"[^>]*>(.*?)</a>', fragment, re.S)
    ]


@pytest.fixture
def ms_app(make_app, tmp_path):
    return build(make_app, copy_root(tmp_path, "etika"))


@pytest.fixture
def en_app(make_app, tmp_path):
    return build(make_app, copy_root(tmp_path, "etika", "etika-en"), language="en")


def test_clean_malay_build_has_no_warnings(ms_app):
    assert real_warnings(ms_app) == ""


def test_clean_english_build_has_no_warnings(en_app):
    assert real_warnings(en_app) == ""


def test_clause_container_anchor_and_badge(ms_app):
    page = article(html(ms_app, "sop"))
    for clause_id, anchor in (("DOC-1", "sop-1".replace("sop", "doc")), ("DOC-2", "doc-2"), ("DOC-2.1", "doc-2-1")):
        assert re.search(rf'<div class="etika-clause[^"]*" id="{anchor}"', page), clause_id
        # the id is shown and links to its own anchor
        assert (f"#{anchor}", clause_id) in links(page)
    # DOC-2.1 is nested inside DOC-2
    outer = page.index('id="doc-2"')
    inner = page.index('id="doc-2-1"')
    assert outer < inner
    # the clause title is the link's tooltip, in the build language
    assert 'title="DOC-2.1 Maklumat rahsia"' in page


def test_clause_anchor_same_in_english(en_app):
    page = article(html(en_app, "sop"))
    assert 'id="doc-2-1"' in page
    assert 'title="DOC-2.1 Secret information"' in page
    # the page text is translated
    assert "The purpose of this letter is" in page


def test_roles_resolve_in_malay(ms_app):
    found = links(article(html(ms_app, "index")))
    assert ("sop.html#doc-2-1", "DOC-2.1") in found
    # {law}`akta-1`: the short title in Malay; explicit text kept
    assert ("perundangan/akta-1.html", "Akta Satu 1972") in found
    assert ("perundangan/akta-2.html", "teks sendiri") in found
    assert ("katalog-peraturan.html#rule-secret-info", "secret-info") in found
    # domain-prefixed role works too
    assert ("perundangan/akta-1.html", "Akta Satu") in links(article(html(ms_app, "ebook")))


def test_roles_resolve_in_english(en_app):
    found = links(article(html(en_app, "index")))
    assert ("perundangan/akta-1.html", "Act One 1972") in found


def cited_by_lists(page: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    clauses = re.search(r'<ul class="etika-cited-by-clauses[^"]*">(.*?)</ul>', page, re.S)
    rules = re.search(r'<ul class="etika-cited-by-rules[^"]*">(.*?)</ul>', page, re.S)
    return (links(clauses.group(1)) if clauses else [], links(rules.group(1)) if rules else [])


def test_cited_by_lists(ms_app):
    clauses, rules = cited_by_lists(html(ms_app, "perundangan/akta-1"))
    # clauses.toml order: EB-1 before DOC-1
    assert clauses == [("../ebook.html#eb-1", "EB-1"), ("../sop.html#doc-1", "DOC-1")]
    assert rules == [
        ("../katalog-peraturan.html#rule-secret-info", "secret-info"),
        ("../katalog-peraturan.html#rule-tip-info", "tip-info"),
    ]
    page = html(ms_app, "perundangan/akta-1")
    assert "EB-1</span></a> – Etika pegawai" in page
    assert "Maklumat rahsia rasmi" in page
    # akta-2: only the nearest enclosing clause (DOC-2.1, not DOC-2); the
    # reference outside any clause in ebook.md is not listed
    clauses, rules = cited_by_lists(html(ms_app, "perundangan/akta-2"))
    assert clauses == [("../sop.html#doc-2-1", "DOC-2.1")]
    assert rules == [("../katalog-peraturan.html#rule-tip-info", "tip-info")]


def test_cited_by_in_english_follows_translation(en_app):
    page = html(en_app, "perundangan/akta-2")
    clauses, _rules = cited_by_lists(page)
    assert clauses == [("../sop.html#doc-2-1", "DOC-2.1")]
    assert "DOC-2.1</span></a> – Secret information" in page
    assert "Clauses citing this instrument" in page


def test_rule_catalogue(ms_app):
    page = article(html(ms_app, "katalog-peraturan"))
    for rule_id in ("secret-info", "office-hours", "tip-info"):
        assert f'<section class="etika-rule" id="rule-{rule_id}">' in page
    section = page.split('id="rule-secret-info"')[1].split("</section>")[0]
    assert "Maklumat rahsia rasmi" in section
    assert "Draf ini mungkin mendedahkan maklumat rahsia." in section
    assert re.search(r'class="[^"]*sd-badge[^"]*sd-bg-danger[^"]*">ralat<', section)
    assert ("sop.html#doc-2-1", "DOC-2.1") in links(section)
    assert ("ebook.html#eb-1", "EB-1") in links(section)
    assert ("perundangan/akta-1.html", "Akta Satu 1972") in links(section)
    assert "Pegawai tidak boleh mendedahkan rahsia rasmi." in section
    assert "Ia suatu kesalahan." in section
    assert "Mesti ditandakan" in section and "Dokumen SULIT ini untuk makluman." in section
    assert "Tidak boleh ditandakan" in section and "Selamat pagi semua." in section
    warning = page.split('id="rule-office-hours"')[1].split("</section>")[0]
    assert re.search(r'sd-bg-warning[^"]*">amaran<', warning)
    info = page.split('id="rule-tip-info"')[1].split("</section>")[0]
    assert re.search(r'sd-bg-info[^"]*">maklumat<', info)


def test_rule_catalogue_in_english(en_app):
    page = article(html(en_app, "katalog-peraturan"))
    section = page.split('id="rule-secret-info"')[1].split("</section>")[0]
    assert "Official secret information" in section
    assert re.search(r'sd-bg-danger[^"]*">error<', section)
    assert "Must be flagged" in section


def test_language_switch(ms_app, en_app):
    assert other_language_href("perundangan/akta-1", "perundangan/akta-1.html", "en") == (
        "../../en/perundangan/akta-1.html"
    )
    page = html(ms_app, "perundangan/akta-1")
    assert 'class="etika-lang-switch etika-lang-switch-content" href="../../en/perundangan/akta-1.html"' in page
    assert 'class="etika-lang-switch etika-lang-switch-header" href="../../en/perundangan/akta-1.html"' in page
    assert "_static/etika-langswitch.js" in page
    assert 'href="../ms/index.html"' in html(en_app, "index")


def test_malay_ui_labels(ms_app):
    page = html(ms_app, "sop")
    for label in ("Langkau ke kandungan", "Di halaman ini", "Seterusnya", "Pautan ke tajuk ini", "Dibina dengan"):
        assert label in page, label
    for english in ("Skip to content", "On this page", ">Next<", "Link to this heading", "Made with", "Back to top"):
        assert english not in page, english
    translations = (Path(ms_app.outdir) / "_static" / "translations.js").read_text(encoding="utf-8")
    assert '"Search Results": "Hasil Carian"' in translations


def test_malay_search_index_is_stemmed(ms_app):
    index = (Path(ms_app.outdir) / "searchindex.js").read_text(encoding="utf-8")
    terms = re.search(r'"terms":\{(.*?)\},"titles"', index, re.S).group(1)
    # "disebarkan" (index.md) and "penyebaran" (sop.md) are indexed as "sebar"
    assert '"sebar":' in terms
    assert '"disebarkan"' not in terms and '"penyebaran"' not in terms
    # clauses, laws and rules are search objects, named in Malay
    assert '["etika","clause","klausa"]' in index
    assert '["etika","law","undang-undang atau pekeliling"]' in index
    language_data = (Path(ms_app.outdir) / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert "EtikaMalayStemmer" in language_data
    assert '"yang"' in language_data  # stop words


@pytest.mark.parametrize("nitpicky", [True, False])
def test_contract_violations_are_reported(make_app, tmp_path, nitpicky):
    app = make_app("html", srcdir=copy_root(tmp_path, "etika-bad"), confoverrides={"nitpicky": nitpicky})
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


def test_parallel_read_merges_domain_data(make_app, tmp_path):
    app = build(make_app, copy_root(tmp_path, "etika"), parallel=4)
    assert real_warnings(app) == ""
    clauses, _rules = cited_by_lists(html(app, "perundangan/akta-1"))
    assert [text for _href, text in clauses] == ["EB-1", "DOC-1"]


def test_incremental_build_updates_cited_by(make_app, tmp_path):
    srcdir = copy_root(tmp_path, "etika")
    app = build(make_app, srcdir)
    clauses, _ = cited_by_lists(html(app, "perundangan/akta-1"))
    assert [text for _h, text in clauses] == ["EB-1", "DOC-1"]
    # remove the reference from DOC-1: only sop.md changes
    sop = srcdir / "sop.md"
    sop.write_text(sop.read_text(encoding="utf-8").replace("{law}`akta-1`", "akta ini"), encoding="utf-8")
    app2 = build(make_app, srcdir)
    status = app2.status.getvalue()
    assert "1 changed" in status
    clauses, _ = cited_by_lists(html(app2, "perundangan/akta-1"))
    assert [text for _h, text in clauses] == ["EB-1"]
