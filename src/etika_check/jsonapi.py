"""One JSON entry point for every front end: the CLI's ``--format json``,
the browser (through Pyodide) and the parity tests all call :func:`handle`,
so they cannot disagree.

Requests::

    {"tool": "post", "text": "..."}
    {"tool": "time", "when": "2026-11-23T13:30:00+08:00" | null, "policy": "jkdm-2010", "holidays": ["2026-12-25"]}
    {"tool": "file", "name": "laporan.pdf", "size": 123456}
    {"tool": "account", "name": "Facebook Rasmi JKDM"}

``post``, ``file`` and ``account`` take an optional ``"profile"``: ``"jkdm"``,
``"perlis"`` or ``"both"`` (the default), the documents that bind the reader
(see :mod:`etika_check.profile`). Any request may carry ``"limit": N``: at most
N findings and N reminders are returned, and ``"total"`` gives how many there are.
Without a limit, at most :data:`FINDINGS_PER_RULE` findings (and reminders) of each
rule are listed, the first in the draft: ``"omitted"`` then gives, per rule, how
many more there are, and ``"total"`` how many in all (a dense draft of 4 MB once
made an answer of 123 MB).

Responses: ``{"findings": [...], "reminders": [...], ...}`` (see README), or
``{"error": {"ms": ..., "en": ...}}`` for a request that cannot be read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from . import __version__, default_checker, strings
from .access import TimeInputError, state_code
from .engine import Checker
from .links import clause_href, law_href, rule_href
from .model import INPUT_KIND_NAMES, Localized, Report
from .profile import PROFILES, apply_profile


def links(report: dict[str, Any], checker: Checker) -> None:
    """Add handbook links (relative to a language root) to every finding, and the
    "why" and "fix" (what to do instead) of each rule that fired, once per rule
    (``report["why"][rule id]``, ``report["fix"][rule id]``)."""
    clauses = checker.ruleset.clauses
    why = {r.id: r.why for r in checker.ruleset.rules}
    fix = {r.id: r.fix for r in checker.ruleset.rules if r.fix is not None}
    fired = report.setdefault("why", {})
    fixes = report.setdefault("fix", {})  # what to do instead, once per rule that fired
    for group in ("findings", "reminders"):
        for f in report.get(group, []):
            if f["rule"] in why and f["rule"] not in fired:
                fired[f["rule"]] = why[f["rule"]].to_dict()
            if f["rule"] in fix and f["rule"] not in fixes:
                fixes[f["rule"]] = fix[f["rule"]].to_dict()
            f["links"] = {
                "clauses": {c: clause_href(c, clauses[c].page) for c in f["clauses"] if c in clauses},
                "instruments": {i: law_href(i) for i in f["instruments"]},
                "rule": rule_href(f["rule"]),
            }


def edition_dict(checker: Checker) -> dict[str, Any]:
    """The edition of the rules that were applied."""
    e = checker.ruleset.edition
    return {"id": e.id, "date": e.date, "name": e.name.to_dict()}


def report_json(report: Report, checker: Checker, **extra: Any) -> dict[str, Any]:
    """A report as the stable JSON object: findings, reminders, the edition, links, and ``extra``."""
    out = report.to_dict()
    out.update(extra)
    out["edition"] = edition_dict(checker)
    links(out, checker)
    return out


#: The findings (and reminders) of one rule a report lists; the rest are counted
#: (:func:`bounded`). The browser page asks for fewer with "limit".
FINDINGS_PER_RULE = 100


def bounded(report: Report, per_rule: int = FINDINGS_PER_RULE) -> Report:
    """``report`` with at most ``per_rule`` findings and reminders of each rule (the first
    ones); when some are left out, ``extra["omitted"]`` counts them per rule and
    ``extra["total"]`` gives the number of findings and reminders in all (unless the
    report already says). ``per_rule`` 0 lists every one."""
    if per_rule <= 0:
        return report
    seen: dict[str, int] = {}
    omitted: dict[str, int] = dict(report.extra.get("omitted") or {})  # (the engine's own, when it bounded)

    def keep(findings: tuple[Any, ...]) -> tuple[Any, ...]:
        out = []
        for f in findings:
            n = seen[f.rule] = seen.get(f.rule, 0) + 1
            if n <= per_rule:
                out.append(f)
            else:
                omitted[f.rule] = omitted.get(f.rule, 0) + 1
        return tuple(out)

    before = sum(omitted.values())
    findings, reminders = keep(report.findings), keep(report.reminders)
    if sum(omitted.values()) == before:
        return report  # (nothing more left out)
    extra = dict(report.extra)
    extra.setdefault("total", {"findings": len(report.findings), "reminders": len(report.reminders)})
    extra["omitted"] = omitted
    return Report(findings, reminders, extra, report.access)


def recounted(report: Report) -> Report:
    """A report the engine bounded (``check_post(text, per_rule)``: ``extra["omitted"]`` and
    ``["total"]``) once a profile has dropped some of its findings (whole rules:
    :func:`~etika_check.profile.apply_profile`): the counts of the rules it still lists."""
    omitted = report.extra.get("omitted")
    if not omitted:
        return report
    shown = {f.rule: "findings" for f in report.findings} | {f.rule: "reminders" for f in report.reminders}
    kept = {rule: n for rule, n in omitted.items() if rule in shown}
    total = {"findings": len(report.findings), "reminders": len(report.reminders)}
    for rule, n in kept.items():
        total[shown[rule]] += n
    extra = {k: v for k, v in report.extra.items() if k not in ("omitted", "total")}
    if kept:
        extra.update(omitted=kept, total=total)
    return Report(report.findings, report.reminders, extra, report.access)


def _error(key: str, **values: Any) -> dict[str, Any]:
    """An error answer: the text of *key* in the catalogue (data/strings.toml, section "json")."""
    return {"error": strings.localized(key, **values).to_dict()}


#: A lone surrogate: JSON may hold one ("\\ud800"), UTF-8 cannot. Every string a
#: request gives is read with each replaced by U+FFFD (one character for one, so
#: spans still point into the text as sent), and every answer is UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: Any) -> Any:
    """``value`` with lone surrogates replaced by U+FFFD when it is a string (a list's
    strings too); anything else unchanged."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def handle(request: Mapping[str, Any], checker: Checker | None = None) -> dict[str, Any]:
    """Answer one request (a dict); never raises for a malformed request."""
    checker = checker or default_checker()
    if not isinstance(request, Mapping):
        return _error("json.not_object")
    request = {k: _clean(v) for k, v in request.items()}
    tool = request.get("tool")
    report: Report
    profile = request.get("profile")
    limit = request.get("limit")
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        return _error("json.limit")
    if profile is not None and (not isinstance(profile, str) or profile not in PROFILES):
        return _error("json.profile")
    try:
        if tool == "post":
            text = request.get("text")
            if not isinstance(text, str):
                return _error("json.draft_text")
            # (at most as many findings of a rule as the answer may list are made: see bounded)
            report = checker.check_post(text, max(limit, 1) if limit is not None else FINDINGS_PER_RULE)
        elif tool == "time":
            holidays = request.get("holidays") or []
            if not isinstance(holidays, list) or not all(isinstance(h, str) for h in holidays):
                return _error("json.holidays")
            when = request.get("when")
            if when is not None and not isinstance(when, str):
                return _error("json.time_text")
            policy = request.get("policy", checker.default_policy)
            if not isinstance(policy, str):
                return _error("json.policy_text")
            if policy not in checker.policies:
                known = ", ".join(checker.policies)
                return _error("json.policy_unknown", policy=repr(policy[:80]), known=known)
            state = request.get("state")  # the officer's state (public holidays); None: the national list
            if state is not None and not isinstance(state, str):
                return _error("json.state_text")
            if state and state_code(state) is None:
                return _error("json.state_unknown", state=repr(state[:80]))
            report = checker.check_time(when, policy, holidays, state=state or None)
        elif tool == "file":
            name, size = request.get("name"), request.get("size")
            if not isinstance(name, str) or not name.strip():
                return _error("json.file_name")
            if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
                return _error("json.file_size")
            report = checker.check_file(name, size)
        elif tool == "account":
            name = request.get("name")
            if not isinstance(name, str) or not name.strip():
                return _error("json.account_name")
            report = checker.check_account(name.strip())
        else:
            *first, last = INPUT_KIND_NAMES
            return _error("json.tool", first=", ".join(first), last=last)
    except TimeInputError as exc:
        return _error("json.bad_time", reason=Localized(exc.ms, exc.en))
    if profile is not None and tool != "time":
        report = recounted(apply_profile(report, profile, checker.ruleset))
    if limit is not None:
        # The browser page asks for the first `limit` findings and reminders (it
        # shows 50 and highlights 300): a huge answer would stall it.
        total = report.extra.get("total") or {"findings": len(report.findings), "reminders": len(report.reminders)}
        extra = {k: v for k, v in report.extra.items() if k != "omitted"}  # (the page counts from total)
        report = Report(report.findings[:limit], report.reminders[:limit], dict(extra, total=total), report.access)
    else:
        report = bounded(report)
    return report_json(report, checker, version=__version__)


def handle_json(request_json: str) -> str:
    """JSON text in, JSON text out (the browser worker's entry point). Never raises: a
    failure of the checker itself is answered as an error in both languages (the page
    shows ``error.ms`` / ``error.en``), not as a Python traceback."""
    try:
        request = json.loads(request_json)
    except (ValueError, TypeError):
        return json.dumps(_error("json.not_json"), ensure_ascii=False)
    except RecursionError:  # json.loads recurses once per level of nesting
        return json.dumps(_error("json.too_deep"), ensure_ascii=False)
    try:
        answer = json.dumps(handle(request), ensure_ascii=False, sort_keys=True)
    except Exception as exc:  # a bug: say so plainly, name its kind for a report
        answer = json.dumps(_error("json.internal", kind=type(exc).__name__), ensure_ascii=False)
    return _SURROGATE.sub("\ufffd", answer)
