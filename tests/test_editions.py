"""Editions: the "what changed" directive (etika_handbook.editions), the clause-id contract
across editions (etika_check.editions), the edition on every page.

The Sphinx project is tests/roots/test-etika-editions (see its conf.py for what
changed from its edition test-1 to test-2), built with ``sphinx.testing``
(tests/sphinx_support.py); the "what changed" block is checked on the doctree.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docutils import nodes
from sphinx.errors import ExtensionError
from sphinx_support import by_class, links, real_warnings, resolved, text

from etika_check import editions
from etika_check.ruledata import load_ruleset

REPO = Path(__file__).resolve().parent.parent


def changes_block(doctree: nodes.document, edition: str) -> nodes.container:
    [block] = [
        c
        for c in by_class(doctree, "etika-edition-changes", nodes.container)
        if c["ids"] == [f"edition-changes-{edition}"]
    ]
    return block


def items(block: nodes.container, kind: str, status: str) -> list[str]:
    return [
        text(item)
        for lst in by_class(block, f"etika-edition-{kind}-{status}", nodes.bullet_list)
        for item in lst.children
    ]


@pytest.mark.sphinx("html", testroot="etika-editions", srcdir="etika-editions-ms")
def test_what_changed_lists_added_changed_removed(app):
    app.build()
    assert real_warnings(app) == ""
    doctree = resolved(app, "perubahan")
    block = changes_block(doctree, "test-2")
    assert text(block[0]) == "Berbanding edisi sebelumnya, Edisi ujian 1, bertarikh 2026-01-01:"
    # the rule added in the fixture, linked to its catalogue entry
    assert items(block, "rule", "added") == ["tip-info – Nota akaun"]
    assert ("katalog-peraturan.html#rule-tip-info", "tip-info") in links(block)
    assert items(block, "rule", "changed") == ["office-hours – Waktu pejabat (diubah: severity)"]
    assert items(block, "rule", "removed") == ["old-rule – Peraturan lama"]
    assert items(block, "clause", "added") == ["DOC-2.1 – Maklumat rahsia"]
    assert ("sop.html#doc-2-1", "DOC-2.1") in links(block)
    assert items(block, "clause", "changed") == []
    assert items(block, "clause", "removed") == ["DOC-0 – Pengenalan lama"]
    assert items(block, "instrument", "added") == ["akta-2 – Akta Dua 1998 (Akta 2)"]
    assert "secret-info" not in text(block)  # unchanged
    # the first edition has nothing to compare with
    assert any(text(p).startswith("Ini edisi pertama") for p in doctree.findall(nodes.paragraph))


@pytest.mark.sphinx("html", testroot="etika-editions", srcdir="etika-editions-en", confoverrides={"language": "en"})
def test_what_changed_in_english(app):
    app.build()
    block = changes_block(resolved(app, "perubahan"), "test-2")
    assert text(block[0]) == "Compared with the previous edition, Test edition 1, dated 2026-01-01:"
    assert items(block, "rule", "added") == ["tip-info – Account note"]
    assert items(block, "rule", "changed") == ["office-hours – Office hours (changed: severity)"]


@pytest.mark.sphinx("html", testroot="etika-editions", srcdir="etika-editions-document")
def test_build_fails_when_a_clause_id_changes_document(make_app, app_params):
    args, kwargs = app_params
    clauses = kwargs["srcdir"] / "editions" / "test-1" / "clauses.toml"
    original = clauses.read_text(encoding="utf-8")
    changed = original.replace(
        'id = "DOC-1"\npage = "sop"\ndocument = "sop"', 'id = "DOC-1"\npage = "ebook"\ndocument = "ebook"'
    )
    assert changed != original
    clauses.write_text(changed, encoding="utf-8")
    with pytest.raises(ExtensionError, match=r"clause 'DOC-1': key 'document'"):
        make_app(*args, **kwargs)


@pytest.mark.sphinx("html", testroot="etika-editions", srcdir="etika-editions-reused")
def test_build_fails_when_a_removed_clause_id_comes_back(make_app, app_params):
    args, kwargs = app_params
    src = kwargs["srcdir"]
    # test-1 <- test-0: DOC-2.1 existed in test-0, was removed in test-1, and is back in test-2
    base = src / "editions" / "test-0"
    shutil.copytree(src / "editions" / "test-1", base)
    (base / "edition.toml").write_text(
        'id = "test-0"\ndate = 2025-01-01\nname = { ms = "Edisi 0", en = "Edition 0" }\n', encoding="utf-8"
    )
    with (base / "clauses.toml").open("a", encoding="utf-8") as f:
        f.write(
            '\n[[clause]]\nid = "DOC-2.1"\npage = "sop"\ndocument = "sop"\n'
            'title = { ms = "Maklumat rahsia", en = "Secret information" }\n'
        )
    with (src / "editions" / "test-1" / "edition.toml").open("a", encoding="utf-8") as f:
        f.write('previous = "test-0"\n')
    with pytest.raises(ExtensionError, match=r"clause 'DOC-2.1': removed in edition 'test-1'.*never reused"):
        make_app(*args, **kwargs)


# -- etika_check.editions ----------------------------------------------------------------


def snap(eid: str, clauses: dict[str, str]) -> editions.Snapshot:
    return editions.Snapshot(
        eid, clauses={c: {"document": d, "page": d, "title": {"ms": c, "en": c}} for c, d in clauses.items()}
    )


def test_check_history():
    a = snap("a", {"X-1": "sop", "X-2": "sop"})
    b = snap("b", {"X-1": "sop"})
    c = snap("c", {"X-1": "sop", "X-2": "sop"})
    assert editions.check_history([a, b]) == []
    [problem] = editions.check_history([a, b, c])
    assert "clause 'X-2': removed in edition 'b', it reappears in edition 'c'" in problem
    [problem] = editions.check_history([a, snap("d", {"X-1": "ebook", "X-2": "sop"})])
    assert "clause 'X-1': key 'document': 'ebook' in edition 'd', but 'sop' in edition 'a'" in problem


def test_real_history_first_edition_adds_every_rule():
    """The baseline 2021-asal: the clause contract, the laws the two documents
    cite, no rules. The first edition adds every rule, and the one law that
    only a checker rule cites (akta-15, for royalty-contempt)."""
    rs = load_ruleset()
    assert rs.edition.previous == "2021-asal"
    chain = editions.history(editions.snapshot_of(rs), REPO / "editions")
    assert [s.id for s in chain] == ["2021-asal", rs.edition.id]
    assert editions.check_history(chain) == []
    changes = editions.diff(chain[0], chain[1])
    assert {(c.kind, c.status) for c in changes} == {("rule", "added"), ("instrument", "added")}
    assert [c.id for c in changes if c.kind == "rule"] == [r.id for r in rs.rules]
    assert [c.id for c in changes if c.kind == "instrument"] == ["akta-15"]


def test_rules_validate_checks_the_editions(tmp_path):
    eds = tmp_path / "editions"
    shutil.copytree(REPO / "editions", eds)
    cli = [sys.executable, "-m", "etika_check", "rules", "--validate", "--docs", str(REPO / "docs")]
    ok = subprocess.run([*cli, "--editions", str(eds)], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    clauses = eds / "2021-asal" / "clauses.toml"
    text = clauses.read_text(encoding="utf-8")
    first = re.search(r'id = "(SOP-[^"]+)"\npage = "[^"]+"\ndocument = "sop"', text)
    assert first
    clauses.write_text(
        text.replace(first.group(0), first.group(0).replace('document = "sop"', 'document = "ebook"')), encoding="utf-8"
    )
    bad = subprocess.run([*cli, "--editions", str(eds)], capture_output=True, text=True, check=False)
    assert bad.returncode == 2  # rule data with a problem (issue 24, item 9)
    assert f"clause '{first.group(1)}': key 'document'" in bad.stderr


def test_edition_on_every_page(handbook_site):
    rs = load_ruleset()
    for lang in ("ms", "en"):
        pages = sorted((handbook_site / lang).rglob("*.html"))
        assert pages
        for page in pages:
            if page.name in ("search.html", "genindex.html"):
                continue
            text = page.read_text(encoding="utf-8")
            line = re.search(r'<div class="etika-edition-line" data-edition="([^"]+)">(.*?)</div>', text, re.S)
            assert line, f"{page}: no edition line"
            assert line.group(1) == rs.edition.id
            assert rs.edition.name.get(lang) in line.group(2), page
            assert f'datetime="{rs.edition.date}"' in line.group(2)
