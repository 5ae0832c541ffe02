"""The checker: rule data + matchers -> findings.

:class:`Checker` compiles a :class:`~etika_check.ruledata.RuleSet` once and
then checks drafts, access times, attachments and account names. It holds
no mutable state between checks, so one instance may serve many callers.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from . import attachment as attachment_mod
from .access import (
    Policy,
    TimeInputError,
    format_time,
    holiday_name,
    in_malaysia,
    malaysia_tz,
    parse_holidays,
    parse_when,
    state_code,
)
from .context import Context
from .judgement.constructions import Sequence
from .judgement.sequences import run_sequence
from .lexicon import Lexicon
from .matchers import MATCHERS, PLACEHOLDER_PATTERN, REGISTRY, Hit
from .mention import drop_mentions
from .model import AccessTime, Finding, Localized, Report
from .ruledata import Rule, RuleDataError, RuleSet, default_ruleset
from .text import analyse

EXCERPT_MAX = 80
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


_FILLED: dict[tuple[Any, ...], Localized] = {}  # a draft repeats its findings: each message filled once
_ABSENT = object()  # a placeholder no value was given for (it stays as written)


# a message -> its text between placeholders, and the placeholder names in turn
_PIECES: dict[str, tuple[list[str], list[str]]] = {}


def _plan(template: str) -> tuple[list[str], list[str]]:
    """The text between a message's placeholders, and their names in turn (found once)."""
    plan = _PIECES.get(template)
    if plan is None:
        if len(_PIECES) >= 4096:
            _PIECES.clear()
        pieces = PLACEHOLDER_PATTERN.split(template)  # text, name, text ... text
        plan = _PIECES[template] = (pieces[0::2], pieces[1::2])
    return plan


def _filled(template: str, values: Mapping[str, Any]) -> str:
    """:func:`~etika_check.matchers.fill`, the message split at its placeholders once: its
    pieces joined with the values (an unknown ``{name}`` stays as written), no regular
    expression run per finding (a dense draft has a finding every few words). A message whose
    placeholders all name one value (most: "{number}", "{excerpt}") is one ``str.join``."""
    texts, names = _plan(template)
    if not names:
        return template
    name = names[0]
    if names.count(name) == len(names):  # (one name, however many times)
        return str(values[name]).join(texts) if name in values else template
    out = [texts[0]]
    for name, text in zip(names, texts[1:]):
        out.append(str(values[name]) if name in values else "{" + name + "}")
        out.append(text)
    return "".join(out)


def _fill(text: Localized, used: tuple[str, ...], values: Mapping[str, Any]) -> Localized:
    """``text`` with ``values`` in its placeholders ``used`` (:func:`placeholders_of`); the same
    message with the same values is filled once, whatever else ``values`` holds."""
    try:  # (the class too: 1 and True are equal keys, yet print differently)
        key = (text.ms, text.en, *[(v.__class__, v) for v in [values.get(n, _ABSENT) for n in used]])
        done = _FILLED.get(key)
    except TypeError:  # a value that cannot be a key
        return Localized(_filled(text.ms, values), _filled(text.en, values))
    if done is None:
        if len(_FILLED) >= 4096:
            _FILLED.clear()
        done = _FILLED[key] = Localized(_filled(text.ms, values), _filled(text.en, values))
    return done


def placeholders_of(text: Localized) -> tuple[str, ...]:
    """The names of the ``{placeholders}`` a message uses, in either language."""
    return tuple(dict.fromkeys(PLACEHOLDER_PATTERN.findall(text.ms) + PLACEHOLDER_PATTERN.findall(text.en)))


# What ends a line: the breaks of str.splitlines (LF, CR, CR LF as one, VT,
# FF, FS, GS, RS, NEL, U+2028, U+2029), as editors and linters count them.
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def line_breaks(text: str) -> list[int]:
    """The index of the last character of every line break in ``text``."""
    return [m.end() - 1 for m in _LINE_BREAK.finditer(text)]


def _excerpt(text: str, start: int, end: int) -> str:
    """The words a finding is about, cut to EXCERPT_MAX characters."""
    excerpt = text[start:end]
    return excerpt if len(excerpt) <= EXCERPT_MAX else excerpt[: EXCERPT_MAX - 1] + "\u2026"


def _line_col(newlines: list[int], pos: int) -> tuple[int, int]:
    k = bisect_right(newlines, pos - 1)
    line_start = newlines[k - 1] + 1 if k else 0
    return k + 1, pos - line_start + 1


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a draft is checked. A check makes a few objects
    per word (tokens, matches, sets) and no reference cycles, yet each pass of the collector
    walks every object alive: on 1 MB that was half the time, and growing with the draft.
    The objects are freed by reference counting as before; the collector runs again after."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Checker:
    """Checks inputs against one rule set."""

    def __init__(self, ruleset: RuleSet | None = None):
        self.ruleset = ruleset if ruleset is not None else default_ruleset()
        self.lexicon = Lexicon(self.ruleset.lexicon)
        settings = self.ruleset.settings
        self.tz = malaysia_tz(int(settings.get("utc_offset_hours", 8)))
        self.platforms: tuple[str, ...] = tuple(settings.get("platforms", ()))
        self.policies: dict[str, Policy] = {}
        self._placeholders = {rule.id: placeholders_of(rule.message) for rule in self.ruleset.rules}
        self._sequences: dict[str, list[Sequence]] = {}  # rule id -> the constructions of its own
        for seq in self.ruleset.constructions.sequences:
            if seq.rule:
                self._sequences.setdefault(seq.rule, []).append(seq)
        for pid, data in self.ruleset.policies.items():
            try:
                self.policies[pid] = Policy.from_data(pid, data)
            except ValueError as exc:
                raise RuleDataError("data/policies.toml", str(exc).split(": ", 2)[-1], key=f"policy.{pid}") from None

    # ------------------------------------------------------------------
    def _finding(
        self,
        rule: Rule,
        span: tuple[int, int] | None,
        text: str,
        values: Mapping[str, Any],
        newlines: list[int] | None = None,
    ) -> Finding:
        excerpt = ""
        line = column = 1
        if span is not None:
            excerpt = _excerpt(text, *span)
            if newlines is not None:
                line, column = _line_col(newlines, span[0])
        message = _fill(rule.message, self._placeholders[rule.id], {"excerpt": excerpt, **values})
        return Finding(
            rule.id,
            rule.severity,
            rule.clauses,
            rule.instruments,
            span,
            excerpt,
            message,
            rule.title,
            line,
            column,
            values.get("construction") or rule.matcher.get("kind", ""),
        )

    @staticmethod
    def _report(
        findings: Iterable[Finding], extra: Mapping[str, Any] | None = None, access: AccessTime | None = None
    ) -> Report:
        ordered = sorted(findings, key=lambda f: ((f.span or (0, 0))[0], _SEVERITY_ORDER[f.severity], f.rule))
        return Report(
            tuple(f for f in ordered if f.severity != "info"),
            tuple(f for f in ordered if f.severity == "info"),
            dict(extra or {}),
            access,
        )

    # ------------------------------------------------------------------
    def context(self, text: str) -> Context:
        """Analyse a draft once for every rule."""
        analysis = analyse(text, self.lexicon.words)
        return Context(analysis, self.lexicon.find(analysis), self.ruleset.lexicon, self.ruleset.constructions)

    def post_hits(self, rule: Rule, ctx: Context) -> list[Hit]:
        """The hits of ``rule`` in a draft, less those that only mention the act (etika_check.mention)."""
        kind = rule.matcher["kind"]
        hits = MATCHERS[kind](ctx, rule.matcher)
        sequences = self._sequences.get(rule.id)
        if sequences:  # the constructions of the rule's own (data/constructions.toml, rule = "<id>")
            tokens = ctx.tokens
            hits = hits + [
                Hit(tokens[first].start, tokens[last].end, {"construction": seq.name, "kind": seq.kind})
                for seq in sequences
                for _, first, last, _ in run_sequence(ctx, seq)
            ]
            hits.sort(key=lambda h: h.start)
        return drop_mentions(kind, ctx.analysis, hits)

    def check_post(self, text: str, per_rule: int = 0) -> Report:
        """Check a draft post. Never raises on any string; linear in its length.

        ``per_rule`` > 0 keeps at most that many findings of each rule, the first in the draft
        (what :func:`etika_check.jsonapi.bounded` lists), and makes no others: ``extra["omitted"]``
        counts the rest per rule and ``extra["total"]`` all findings and reminders, as ``bounded``
        gives them. A dense draft then holds a few hundred findings, not one every few words."""
        if not isinstance(text, str):
            raise TypeError("the draft must be a str")
        with _collector_paused():
            return self._check_post(text, per_rule)

    def _check_post(self, text: str, per_rule: int = 0) -> Report:
        ctx = self.context(text)
        newlines = line_breaks(text)
        findings: list[Finding] = []
        omitted: dict[str, int] = {}
        total = {"findings": 0, "reminders": 0}
        for rule in self.ruleset.for_input("post"):
            found = self._post_findings(rule, self.post_hits(rule, ctx), text, newlines, per_rule, omitted)
            findings += found
            total["reminders" if rule.severity == "info" else "findings"] += len(found) + omitted.get(rule.id, 0)
        return self._report(findings, {"total": total, "omitted": omitted} if omitted else None)

    def _post_findings(
        self,
        rule: Rule,
        hits: list[Hit],
        text: str,
        newlines: list[int],
        per_rule: int = 0,
        omitted: dict[str, int] | None = None,
    ) -> list[Finding]:
        """The findings of ``rule``'s hits in a draft, one for overlapping words: each as
        :meth:`_finding` makes it, with its work done in one loop (a dense draft has a finding
        every few words). A message that uses only the excerpt is filled once per excerpt.
        With ``per_rule`` > 0, only the first ``per_rule`` in the draft are made, and the number
        of the others is put in ``omitted`` under the rule's id."""
        if per_rule > 0 and len(hits) > per_rule:
            kept: list[Hit] = []
            last_end = -1
            for hit in hits:
                if hit.start < last_end:
                    continue  # (as below)
                last_end = hit.end
                kept.append(hit)
            if len(kept) > per_rule:
                if any(a.start > b.start for a, b in zip(kept, kept[1:])):
                    kept.sort(key=lambda h: h.start)  # (stable: the report's order within a rule)
                if omitted is not None:
                    omitted[rule.id] = len(kept) - per_rule
                hits = kept[:per_rule]
        out: list[Finding] = []
        rid, severity, clauses, instruments, title = rule.id, rule.severity, rule.clauses, rule.instruments, rule.title
        message, used = rule.message, self._placeholders[rule.id]
        kind = rule.matcher.get("kind", "")
        # a message with one placeholder ("{excerpt}", "{number}") is filled once per value, in a
        # table of this rule's own (no key naming the message, no table shared with every rule)
        one = used[0] if len(used) == 1 else None
        by_value: dict[Any, Localized] = {}
        if one is not None:
            ms_texts, en_texts = _plan(message.ms)[0], _plan(message.en)[0]
        with_excerpt = "excerpt" in used  # (else the values as they are: no dict made per finding)
        last_end = -1
        for hit in hits:
            start, end = hit.start, hit.end
            if start < last_end:
                continue  # one finding per rule for overlapping words
            last_end = end
            excerpt = _excerpt(text, start, end)
            line, column = _line_col(newlines, start)
            values = hit.values
            if one is not None:
                value = values[one] if one in values else excerpt if one == "excerpt" else _ABSENT
                key: Any = value if value.__class__ is str else (value.__class__, value)  # (1, True print apart)
                try:
                    filled = by_value.get(key)
                except TypeError:  # a value that cannot be a key
                    filled = key = None
                if filled is None:
                    if value is _ABSENT:
                        filled = Localized(_filled(message.ms, {}), _filled(message.en, {}))
                    else:  # (each message split at its placeholders, all of them this one: see _filled)
                        written = str(value)
                        filled = Localized(written.join(ms_texts), written.join(en_texts))
                    if key is not None:
                        by_value[key] = filled
            else:
                filled = _fill(message, used, {"excerpt": excerpt, **values} if with_excerpt else values)
            out.append(
                Finding(
                    rid,
                    severity,
                    clauses,
                    instruments,
                    (start, end),
                    excerpt,
                    filled,
                    title,
                    line,
                    column,
                    values.get("construction") or kind,
                )
            )
        return out

    @property
    def default_policy(self) -> str:
        """The access-time policy used when none is named: the first in data/policies.toml."""
        return next(iter(self.policies))

    def check_time(
        self,
        when: str | datetime | None = None,
        policy: str | None = None,
        holidays: Iterable[str | date] = (),
        now: datetime | None = None,
        state: str | None = None,
    ) -> Report:
        """May social media be used at ``when`` under ``policy`` (default: :attr:`default_policy`)?

        Raises :class:`~etika_check.access.TimeInputError` for a time or
        holiday that cannot be read, and ``KeyError`` for an unknown policy.
        """
        if policy is None:
            policy = self.default_policy
        if policy not in self.policies:
            raise KeyError(f"unknown policy {policy!r}; known: {', '.join(sorted(self.policies))}")
        if isinstance(when, datetime):
            moment = in_malaysia(when, self.tz, when.isoformat())
        else:
            moment = parse_when(when, self.tz, now)
        days = parse_holidays(h.isoformat() if isinstance(h, date) else h for h in holidays)
        if state is not None and state_code(state) is None:
            raise TimeInputError.of("time.not_state", value=repr(state))
        code = self.policies[policy].state_for(state)  # whose public holidays (None: national)
        verdict = self.policies[policy].judge(moment, days, self.tz, code)
        assumption = self.ruleset.policies[policy].get("assumption")
        access = AccessTime(
            policy,
            moment,
            verdict.allowed,
            verdict.until,
            verdict.next_start,
            Localized(assumption["ms"], assumption["en"]) if assumption else None,
        )
        findings = []
        if not verdict.allowed:
            values = {
                "when_ms": format_time(moment, "ms"),
                "when_en": format_time(moment, "en"),
                "next_ms": format_time(verdict.next_start, "ms"),
                "next_en": format_time(verdict.next_start, "en"),
            }
            for rule in self.ruleset.for_input("time"):
                if rule.matcher.get("policy") == policy:
                    findings.append(self._finding(rule, None, "", values))
        extra = {"holiday_state": code, "holiday": holiday_name(moment.date(), code)}
        return self._report(findings, extra, access=access)

    def check_file(self, name: str, size: int | None = None, head: bytes = b"") -> Report:
        """May this attachment be uploaded? Judged by name, size and (optionally) first bytes."""
        info = attachment_mod.FileInfo(name, size, head)
        findings = []
        for rule in self.ruleset.for_input("file"):
            kind = rule.matcher["kind"]
            if kind == "file-name":
                inner = MATCHERS[rule.matcher["matcher"]]
                hits = attachment_mod.match_name_terms(
                    info, rule.matcher, lambda words: inner(self.context(words), rule.matcher)
                )
            else:
                hits = REGISTRY[kind].function(info, rule.matcher)  # type: ignore[misc]
            for hit in hits[:1]:
                findings.append(self._finding(rule, None, name, hit.values))
        return self._report(findings, {"name": name, "size": size})

    def check_account(self, name: str) -> Report:
        """Is an official account named "<platform> Rasmi <agensi>"?"""
        findings = []
        for rule in self.ruleset.for_input("account"):
            match = REGISTRY[rule.matcher["kind"]].function
            for hit in match(name, rule.matcher, self.platforms)[:1]:  # type: ignore[misc]
                findings.append(self._finding(rule, (0, len(name)), name, hit.values))
        return self._report(findings, {"name": name})


__all__ = ["Checker", "TimeInputError"]
