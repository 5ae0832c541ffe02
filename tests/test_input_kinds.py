"""The four input kinds (post, time, file, account) are declared once
(etika_check.model.INPUT_KINDS); the rule data, the CLI, the JSON API, the
examples runner, the rule catalogue and the browser page take them from there
(the page: tests/test_wasm_build.py)."""

from __future__ import annotations

from etika_check import cli, examples, jsonapi, ruledata
from etika_check.model import INPUT_KIND_NAMES, INPUT_KINDS
from etika_check.strings import input_kind_label


def test_the_declaration():
    assert INPUT_KIND_NAMES == ("post", "time", "file", "account")
    assert input_kind_label("file").en == "an attached file"
    assert all(
        input_kind_label(kind.name).ms and input_kind_label(kind.name).en and kind.command_help for kind in INPUT_KINDS
    )


def test_rule_data_and_examples_runner_follow_it():
    assert ruledata.APPLIES_TO == INPUT_KIND_NAMES
    assert tuple(examples.RUNNERS) == INPUT_KIND_NAMES
    kinds = {rule.applies_to for rule in ruledata.default_ruleset().rules}
    assert kinds == set(INPUT_KIND_NAMES)  # every kind has rules, no rule has another kind


def test_cli_has_one_command_per_kind_in_order():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert list(sub.choices)[: len(INPUT_KINDS)] == list(INPUT_KIND_NAMES)
    assert [c.help for c in sub._choices_actions][: len(INPUT_KINDS)] == [k.command_help for k in INPUT_KINDS]


def test_json_api_names_them_for_an_unknown_tool():
    out = jsonapi.handle({"tool": "fax"})
    assert out["error"]["en"] == "Unknown tool: use post, time, file or account."
    assert out["error"]["ms"] == "Alat tidak dikenali: gunakan post, time, file atau account."
    requests = {
        "post": {"text": "Salam."},
        "time": {"when": "2026-11-23T13:30"},
        "file": {"name": "a.pdf", "size": 10},
        "account": {"name": "Facebook Rasmi JKDM"},
    }
    for kind in INPUT_KIND_NAMES:
        assert "error" not in jsonapi.handle({"tool": kind, **requests[kind]}), kind
