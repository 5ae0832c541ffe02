"""The handbook link contract (etika_check.links): one place for the clause anchor,
the law page and the rule anchor, and every side that links into the handbook uses it."""

from __future__ import annotations

import json

from etika_check import default_checker, links
from etika_check.jsonapi import handle


def test_clause_anchor_and_href():
    assert links.clause_anchor("SOP-7.1") == "sop-7-1"
    assert links.clause_anchor("EB-ETIKA-6") == "eb-etika-6"
    assert links.clause_href("SOP-7.1", "sop") == "sop.html#sop-7-1"
    assert links.clause_href("EB-ETIKA-6", "ebook/etika-pegawai") == "ebook/etika-pegawai.html#eb-etika-6"


def test_law_page_and_rule_anchor():
    assert links.law_docname("akta-88") == "perundangan/akta-88"
    assert links.law_href("akta-88") == "perundangan/akta-88.html"
    assert links.rule_anchor("personal-attack") == "rule-personal-attack"
    assert links.rule_anchor("Odd.Id x") == "rule-odd-id-x"
    assert links.rule_href("personal-attack") == "katalog-peraturan.html#rule-personal-attack"


def test_json_api_links_are_the_contract():
    checker = default_checker()
    out = handle({"tool": "post", "text": "Pengarah tu memang bodoh, tak layak jadi ketua."}, checker)
    finding = out["findings"][0]
    clauses = checker.ruleset.clauses
    assert finding["links"]["clauses"] == {c: links.clause_href(c, clauses[c].page) for c in finding["clauses"]}
    assert finding["links"]["instruments"] == {i: links.law_href(i) for i in finding["instruments"]}
    assert finding["links"]["rule"] == links.rule_href(finding["rule"])
    json.dumps(out)  # plain JSON
