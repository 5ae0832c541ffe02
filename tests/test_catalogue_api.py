"""The checker's public catalogue (etika_check.catalogue) is the one route from the rule data to
the handbook and the browser bundle: plain data, complete, and what they read."""

from __future__ import annotations

import json
import re
from pathlib import Path

from etika_check import catalogue
from etika_check.ruledata import default_ruleset

ROOT = Path(__file__).resolve().parent.parent


def test_the_catalogue_is_plain_data_and_complete():
    rs = default_ruleset()
    data = {
        "clauses": catalogue.clauses(),
        "laws": catalogue.laws(),
        "rules": catalogue.rules(),
        "constructions": catalogue.constructions(),
    }
    json.dumps(data)  # plain data
    assert set(data["clauses"]) == set(rs.clauses) and set(data["laws"]) == set(rs.instruments)
    assert [r["id"] for r in data["rules"]] == [r.id for r in rs.rules]
    assert [c["name"] for c in data["constructions"]] == [c.name for c in rs.constructions]
    for c in data["clauses"].values():
        assert c["title"]["ms"] and c["title"]["en"] and c["href"].startswith(c["page"])
    for law in data["laws"].values():
        assert law["title"]["ms"] and law["href"].endswith(".html")
    for c in data["constructions"]:
        assert c["shape"] in ("frame", "sequence") and c["about"]["ms"] and c["examples"]["flag"]
        assert ("reach" in c["details"]) if c["shape"] == "frame" else ("parts" in c["details"])
    for r, rule in zip(data["rules"], rs.rules):
        # what the officers' catalogue and the technical notes show
        assert r["fix"] == (rule.fix.to_dict() if rule.fix else None)
        assert r["applies_to_label"]["ms"] and r["applies_to_label"]["en"]
        assert {"kind": r["matcher"], **r["matcher_params"]} == dict(rule.matcher)
    assert catalogue.matcher("abuse") is not None and catalogue.matcher("telepathy") is None
    assert catalogue.placeholder_label("target") is not None


def test_the_handbook_and_the_bundle_read_the_catalogue_not_internals():
    internals = re.compile(
        r"from etika_check(?:\.(?:abuse|matchers|judgement[.\w]*|lexicon|context|text))? import|"
        r"etika_check\.(?:abuse|matchers|judgement)\b"
    )
    for path in [*sorted((ROOT / "src" / "etika_handbook").glob("*.py")), ROOT / "wasm" / "build.py"]:
        source = path.read_text(encoding="utf-8")
        found = [
            m.group(0)
            for m in internals.finditer(source)
            if "import" not in m.group(0)
            or re.search(r"etika_check\.(abuse|matchers|judgement|lexicon|context|text)", m.group(0))
        ]
        assert not found, (path.name, found)
    build = (ROOT / "wasm" / "build.py").read_text(encoding="utf-8")
    assert "clauses.toml" not in build.split('"""', 2)[2] and "tomllib" not in build
