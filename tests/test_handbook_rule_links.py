"""The rule catalogue and the clauses link both ways, and the catalogue's
examples (some of them slurs) are folded until the reader opens them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etika_check import default_checker


def read(site: Path, lang: str, page: str) -> str:
    return (site / lang / f"{page}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang,label", [("ms", "Disemak oleh peraturan:"), ("en", "Checked by the rules:")])
def test_every_checked_clause_links_back_to_its_rules(handbook_site: Path, lang: str, label: str):
    ruleset = default_checker().ruleset
    for clause_id, clause in ruleset.clauses.items():
        rules = [r.id for r in ruleset.rules if clause_id in r.clauses]
        page = read(handbook_site, lang, clause.page)
        anchor = clause_id.lower().replace(".", "-")
        start = page.index(f'id="{anchor}"')
        # The clause's container, up to the next clause (or the end of the page).
        nxt = re.compile(r'class="[^"]*etika-clause[ "][^>]*id="|id="(?:sop|eb)-[^"]+"[^>]*class="[^"]*etika-clause')
        m = nxt.search(page, start + 10)
        block = page[start:m.start() if m else len(page)]
        depth = "../" * clause.page.count("/")
        for rid in rules:
            assert f'href="{depth}katalog-peraturan.html#rule-{rid}"' in block, (lang, clause_id, rid)
        if rules:
            assert label in block, (lang, clause_id)


@pytest.mark.parametrize("lang,summary", [("ms", "Contoh (mungkin mengandungi kata-kata kesat)"),
                                          ("en", "Examples (they may contain offensive words)")])
def test_catalogue_examples_are_folded(handbook_site: Path, lang: str, summary: str):
    page = read(handbook_site, lang, "katalog-peraturan")
    rules = default_checker().ruleset.rules
    folds = re.findall(r'<details class="etika-examples-fold"><summary>([^<]*)</summary>(.*?)</details>', page, re.S)
    assert len(folds) == len(rules)
    for title, body in folds:
        assert title == summary and "etika-examples-flag" in body
    # No example outside a fold, and no fold open.
    outside = re.sub(r'<details class="etika-examples-fold">.*?</details>', "", page, flags=re.S)
    assert "etika-example" not in outside
    assert "<details open" not in page
