"""The rule catalogue and the clauses link both ways (checked on the real
build's doctrees), and the catalogue's examples and those of the clause frames (some of them slurs) are folded
until the reader opens them (raw HTML: checked on the page)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docutils import nodes
from sphinx_support import links, text

from etika_check import default_checker
from etika_handbook.domain import CLAUSE_ATTR


def read(site: Path, lang: str, page: str) -> str:
    return (site / lang / f"{page}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang,label", [("ms", "Disemak oleh peraturan:"), ("en", "Checked by the rules:")])
def test_every_checked_clause_links_back_to_its_rules(handbook_doctree, lang: str, label: str):
    ruleset = default_checker().ruleset
    checked = 0
    for clause_id, clause in ruleset.clauses.items():
        rules = [r.id for r in ruleset.rules if clause_id in r.clauses]
        [container] = [
            n for n in handbook_doctree(lang, clause.page).findall(nodes.container) if n.get(CLAUSE_ATTR) == clause_id
        ]
        # the clause's own "checked by" line (not a nested clause's)
        lines = [p for p in container.children if "etika-clause-rules" in p.get("classes", [])]
        if not rules:
            assert lines == [], (lang, clause_id)
            continue
        [line] = lines
        depth = "../" * clause.page.count("/")
        assert text(line).startswith(label), (lang, clause_id)
        assert links(line) == [(f"{depth}katalog-peraturan.html#rule-{rid}", rid) for rid in rules], (lang, clause_id)
        checked += 1
    assert checked > 10


@pytest.mark.parametrize(
    "lang,summary",
    [("ms", "Contoh (mungkin mengandungi kata-kata kesat)"), ("en", "Examples (they may contain offensive words)")],
)
def test_catalogue_examples_are_folded(handbook_site: Path, lang: str, summary: str):
    from etika_check.ruledata import default_ruleset

    FRAMES = tuple(default_ruleset().constructions)

    rules = default_checker().ruleset.rules
    # one fold per rule on the officers' catalogue (etika_handbook.catalogue), one per construction
    # with examples on the policy team's technical notes
    for page, expected in (
        ("katalog-peraturan", len(rules)),
        ("peraturan-teknikal", sum(1 for f in FRAMES if f.examples_flag or f.examples_pass)),
    ):
        html = read(handbook_site, lang, page)
        folds = re.findall(
            r'<details class="etika-examples-fold"><summary>([^<]*)</summary>(.*?)</details>', html, re.S
        )
        assert len(folds) == expected, page
        for title, body in folds:
            assert title == summary and "etika-examples-flag" in body
        # No example outside a fold, and no fold open.
        outside = re.sub(r'<details class="etika-examples-fold">.*?</details>', "", html, flags=re.S)
        assert "etika-example" not in outside, page
        assert "<details open" not in html, page
