"""The ``etika-check`` command line.

Exit status: 0 when nothing of severity error was found, 1 when an error
was found, 2 for bad usage or unreadable input (with a one-line message on
stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, strings
from .access import TimeInputError, format_time
from .engine import Checker
from .jsonapi import FINDINGS_PER_RULE, bounded, edition_dict, recounted, report_json
from .links import clause_href
from .model import INPUT_KINDS, Localized, Report
from .profile import PROFILES, apply_profile
from .ruledata import RuleDataError, iter_examples, load_ruleset

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2

#: Where ``rules --validate`` finds the handbook sources and the data of earlier
#: editions unless --docs and --editions say otherwise: the source tree this
#: package belongs to (src/etika_check/../..), whatever the working directory.
#: An installed copy has neither beside it; then those checks are left out.
PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_DOCS = PROJECT_DIR / "docs"
DEFAULT_EDITIONS = PROJECT_DIR / "editions"

#: the command line's own words, lang -> name -> text (data/strings.toml, section "cli")
_UI = strings.section("cli")


class UsageError(Exception):
    """Bad usage or unreadable input: exit status 2, one line in Malay or English."""

    def __init__(self, ms: str, en: str):
        super().__init__(en)
        self.ms, self.en = ms, en

    @classmethod
    def of(cls, key: str, **values: Any) -> UsageError:
        """The error of *key* in the catalogue (data/strings.toml, section "usage")."""
        return cls(*strings.pair(key, **values))

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ms


def _encoding_of(raw: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" when the bytes are text in one of those (by its
    byte-order mark, or ASCII letters with a NUL after or before every one)."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    sample = raw[:4096]
    if len(sample) >= 4 and len(sample) % 2 == 0:
        for zeros, text in ((sample[1::2], sample[0::2]), (sample[0::2], sample[1::2])):
            if not zeros.strip(b"\x00") and b"\x00" not in text:
                return "UTF-16"
    return None


def _read_draft(path: str, max_chars: int) -> tuple[str, str]:
    """Read a draft as strict UTF-8 (a BOM is allowed); ``-`` is stdin.

    At most ``4 * max_chars`` bytes are read (UTF-8 takes at most 4 bytes a
    character): more than that is more than ``max_chars`` characters."""
    label = "<stdin>" if path == "-" else path
    max_bytes = max_chars * 4 + 3  # + a BOM
    size = None
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if os.path.isdir(path):
                raise UsageError.of("usage.directory", path=label)
            with open(path, "rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise UsageError.of("usage.unreadable", path=label, reason=exc.strerror or exc) from None
    if len(raw) > max_bytes:
        if size:
            raise UsageError.of("usage.too_big_size", path=label, size=size, max=max_chars)
        raise UsageError.of("usage.too_big", path=label, max=max_chars)
    encoding = _encoding_of(raw)
    if encoding:
        raise UsageError.of("usage.encoding", path=label, encoding=encoding)
    if b"\x00" in raw:
        raise UsageError.of("usage.binary", path=label)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError.of(
            "usage.not_utf8_draft", path=label, byte=f"{raw[exc.start]:02x}", offset=exc.start
        ) from None
    if len(text) > max_chars:
        raise UsageError.of("usage.too_long", path=label, n=len(text), max=max_chars)
    if not text.strip():
        raise UsageError.of("usage.empty", path=label)
    return label, text


# Control characters (C0, DEL, C1) and the bidirectional overrides and
# isolates: printed raw they could move the cursor, set the terminal's title
# or reorder what the reader sees. Lone surrogates: a byte that is not UTF-8 in
# a file name reaches Python as U+DC80..U+DCFF ("surrogateescape"), which a
# UTF-8 terminal cannot print (UnicodeEncodeError): it is shown as that byte.
_UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(text: str) -> str:
    """``text`` for a terminal line: control characters (but tab) escaped as
    ``\\n``, ``\\xNN`` or ``\\uNNNN``, as linters show them; a byte that is not
    UTF-8 (a lone surrogate U+DC80..U+DCFF) as ``\\xNN``."""

    def esc(m: re.Match[str]) -> str:
        ch = m.group(0)
        if ch == "\n":
            return "\\n"
        if 0xDC80 <= ord(ch) <= 0xDCFF:
            return f"\\x{ord(ch) - 0xDC00:02x}"
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    return _UNSAFE.sub(esc, text)


def _first_bad_byte(text: str) -> int | None:
    """The first byte of ``text`` that was not UTF-8 (a command-line argument or an
    environment variable holds it as a lone surrogate), or None."""
    m = _SURROGATE.search(text)
    if m is None:
        return None
    code = ord(m.group(0))
    return code - 0xDC00 if 0xDC80 <= code <= 0xDCFF else code


def _require_utf8(value: str | None, what: Localized) -> None:
    """A UsageError "<what> is not valid UTF-8 (byte 0xNN)" when ``value`` holds a byte
    that is not UTF-8 (``what`` names the value)."""
    bad = _first_bad_byte(value) if value is not None else None
    if bad is not None:
        raise UsageError.of("usage.not_utf8", what=what, byte=f"{bad:02x}")


def _text_lines(
    label: str, report: Report, lang: str, handbook: str | None, checker: Checker, explain: bool = False
) -> list[str]:
    lines = []
    for f in list(report.findings) + list(report.reminders):
        loc = f"{label}:{f.line}:{f.column}" if f.span is not None else label
        lines.append(shown(f"{loc} {f.severity} {','.join(f.clauses)} {f.message.get(lang)} [{f.rule}]"))
        if explain and f.construction:
            lines.append(shown(f"    {_UI[lang]['construction']}: {f.construction}"))
        if handbook:
            for c in f.clauses:
                clause = checker.ruleset.clauses[c]
                lines.append(shown(f"    {handbook.rstrip('/')}/{lang}/{clause_href(clause.id, clause.page)}"))
    for rule, n in report.extra.get("omitted", {}).items():  # beyond FINDINGS_PER_RULE (--per-rule)
        lines.append(shown(f"{label}: {_UI[lang]['omitted'].format(n=n)} [{rule}]"))
    return lines


def _summary(reports: Sequence[Report], lang: str, checker: Checker) -> str:
    severity = {rule.id: rule.severity for rule in checker.ruleset.rules}
    left_out = [(severity.get(rule), n) for r in reports for rule, n in (r.extra.get("omitted") or {}).items()]
    e = sum(f.severity == "error" for r in reports for f in r.findings) + sum(n for s, n in left_out if s == "error")
    w = sum(f.severity == "warning" for r in reports for f in r.findings) + sum(
        n for s, n in left_out if s == "warning"
    )
    i = sum(len(r.reminders) for r in reports) + sum(n for s, n in left_out if s == "info")
    if e == w == 0:
        return _UI[lang]["clean"] + (f" ({_UI[lang]['summary'].format(e=e, w=w, i=i)})" if i else "")
    return _UI[lang]["summary"].format(e=e, w=w, i=i)


def _emit(obj: Any) -> None:
    """Print ``obj`` as JSON; a lone surrogate (a byte of a file name that is not UTF-8)
    becomes U+FFFD, as in the JSON API's answers: the output is always UTF-8."""
    sys.stdout.write(_SURROGATE.sub("\ufffd", json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True)) + "\n")


def cmd_post(args: argparse.Namespace, checker: Checker) -> int:
    limit = int(checker.ruleset.settings.get("max_draft_chars", 5_000_000))
    if args.files.count("-") > 1:
        raise UsageError.of("usage.stdin_twice")
    drafts = [_read_draft(p, limit) for p in args.files]
    # (a rule's findings beyond --per-rule are counted, never made: a dense draft's report stays small)
    return _output([(label, checker.check_post(text, args.per_rule)) for label, text in drafts], args, checker)


def _profiled(report: Report, args: argparse.Namespace, checker: Checker) -> Report:
    """The report as the reader of --profile sees it (unchanged without --profile)."""
    profile = getattr(args, "profile", None)
    return recounted(apply_profile(report, profile, checker.ruleset)) if profile else report


def _output(reports: list[tuple[str, Report]], args: argparse.Namespace, checker: Checker) -> int:
    """Print the reports of one or more inputs; return the exit status."""
    reports = [(label, _profiled(r, args, checker)) for label, r in reports]
    if args.format == "json":
        out = [report_json(bounded(r, args.per_rule), checker, file=label) for label, r in reports]
        _emit(out[0] | {"version": __version__} if len(out) == 1 else {"files": out, "version": __version__})
    else:
        for label, r in reports:
            for line in _text_lines(
                label, bounded(r, args.per_rule), args.lang, args.handbook, checker, getattr(args, "explain", False)
            ):
                print(line)
        print(_summary([r for _, r in reports], args.lang, checker))  # every finding counted
    return EXIT_FOUND if any(r.has_error for _, r in reports) else EXIT_OK


def _policy(args: argparse.Namespace, checker: Checker) -> str:
    """The policy asked for, one of the rule data's (the first when none is asked for)."""
    if args.policy is None:
        return checker.default_policy
    if args.policy not in checker.policies:
        choices = ", ".join(repr(p) for p in checker.policies)
        # said as argparse says a bad choice (_Parser.error), the choices read from the data
        raise UsageError.of(
            "usage.see_help", message=strings.localized("usage.policy", policy=repr(args.policy), choices=choices)
        )
    return args.policy


def cmd_time(args: argparse.Namespace, checker: Checker) -> int:
    _require_utf8(args.when, strings.localized("usage.value.time"))
    for holiday in args.holiday or ():
        _require_utf8(holiday, strings.localized("usage.value.holiday"))
    try:
        report = checker.check_time(args.when, _policy(args, checker), args.holiday or ())
    except TimeInputError as exc:
        raise UsageError(exc.ms, exc.en) from None
    if args.format == "json":
        _emit(report_json(report, checker, version=__version__))
    else:
        ui = _UI[args.lang]
        access = report.access
        assert access is not None  # check_time always answers
        verdict = ui["allowed"] if access.allowed else ui["denied"]
        print(shown(f"{format_time(access.when, args.lang)}: {verdict} ({ui['policy']} {access.policy})"))
        if access.allowed and access.window_ends:
            print(f"  {ui['until']}: {format_time(access.window_ends, args.lang)}")
        if not access.allowed and access.next_window:
            print(f"  {ui['next']}: {format_time(access.next_window, args.lang)}")
        for line in _text_lines("time", report, args.lang, args.handbook, checker):
            print(line)
        if access.assumption is not None:
            print(f"  {ui['note']}: {access.assumption.get(args.lang)}")
    return EXIT_FOUND if report.has_error else EXIT_OK


def cmd_file(args: argparse.Namespace, checker: Checker) -> int:
    reports = []
    for path in args.paths:
        try:
            st = os.stat(path)
            if not os.path.isfile(path):
                raise UsageError.of("usage.not_a_file", path=path)
            with open(path, "rb") as fh:
                head = fh.read(8)
        except OSError as exc:
            raise UsageError.of("usage.unreadable", path=path, reason=exc.strerror or exc) from None
        reports.append((path, checker.check_file(os.path.basename(path), st.st_size, head)))
    return _output(reports, args, checker)


def cmd_account(args: argparse.Namespace, checker: Checker) -> int:
    name = " ".join(args.name).strip()
    _require_utf8(name, strings.localized("usage.value.account"))
    if not name:
        raise UsageError.of("usage.account_empty")
    report = _profiled(checker.check_account(name), args, checker)
    if args.format == "json":
        _emit(report_json(bounded(report, args.per_rule), checker, version=__version__))
    else:
        for line in _text_lines("account", bounded(report, args.per_rule), args.lang, args.handbook, checker):
            print(line)
        print(_summary([report], args.lang, checker))
    return EXIT_FOUND if report.has_error else EXIT_OK


def cmd_rules(args: argparse.Namespace, checker: Checker) -> int:
    rs = checker.ruleset
    if args.validate:
        from .validate import validate_examples, validate_handbook, validate_policies

        problems = validate_examples(checker)
        docs = Path(args.docs) if args.docs else DEFAULT_DOCS
        if args.docs and not docs.is_dir():
            raise UsageError.of("usage.no_docs", path=docs)
        if docs.is_dir():
            problems += validate_handbook(rs, docs)
        if rs.edition.previous:
            from .editions import validate_editions

            editions = Path(args.editions) if args.editions else DEFAULT_EDITIONS
            if editions.is_dir():
                problems += validate_editions(rs, editions)
            elif args.editions:
                raise UsageError.of("usage.no_editions", path=editions)
        problems += validate_policies(rs)
        for p in problems:
            print(shown(p), file=sys.stderr)
        n = sum(1 for _ in iter_examples(rs))
        print(f"{len(rs.rules)} rules, {n} examples, edition {rs.edition.id}: {len(problems)} problems")
        return EXIT_USAGE if problems else EXIT_OK  # rule data with a problem, as when it cannot be loaded
    if args.format == "json":
        _emit(
            {
                "version": __version__,
                "edition": edition_dict(checker),
                "rules": [
                    {
                        "id": r.id,
                        "applies_to": r.applies_to,
                        "severity": r.severity,
                        "clauses": list(r.clauses),
                        "instruments": list(r.instruments),
                        "title": r.title.to_dict(),
                        "message": r.message.to_dict(),
                        "why": r.why.to_dict(),
                        "examples": {"flag": list(r.examples_flag), "pass": list(r.examples_pass)},
                        "source": r.source,
                    }
                    for r in rs.rules
                ],
            }
        )
    else:
        for r in rs.rules:
            print(shown(f"{r.id:28} {r.severity:8} {r.applies_to:8} {','.join(r.clauses):28} {r.title.get(args.lang)}"))
    return EXIT_OK


def _version_text() -> str:
    """Program version and the edition of the built-in rules."""
    try:
        from .ruledata import default_ruleset

        e = default_ruleset().edition
        return f"etika-check {__version__} (rules: {e.name.ms} / {e.name.en}, {e.id})"
    except RuleDataError as exc:
        return f"etika-check {__version__} (rules unreadable: {exc})"


def _post_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_post)


def _time_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "when",
        nargs="?",
        default=None,
        metavar="WHEN",
        help="ISO 8601 date-time; without an offset it is Malaysian time (default: now)",
    )
    # any policy of data/policies.toml (checked once the rule data is loaded); default: the first
    p.add_argument(
        "--policy",
        default=None,
        metavar="POLICY",
        help="an access-time policy of the rule data, such as jkdm-2010 or perlis-2021 "
        "(default: the first in data/policies.toml)",
    )
    p.add_argument("--holiday", action="append", metavar="YYYY-MM-DD", help="a public holiday (repeatable)")
    p.set_defaults(func=cmd_time)


def _file_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_file)


def _account_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", nargs="+", metavar="NAME")
    p.set_defaults(func=cmd_account)


#: The arguments of each input kind's command (one for each of model.INPUT_KINDS).
_INPUT_ARGUMENTS = {
    "post": _post_arguments,
    "time": _time_arguments,
    "file": _file_arguments,
    "account": _account_arguments,
}


#: argparse's own messages and their Malay, name -> lang -> text (data/strings.toml, section
#: "argparse"): tried in the catalogue's order; the first whose English is the whole message wins
_ARGPARSE = strings.section("argparse")


def _argparse_pattern(english: str) -> re.Pattern[str]:
    """argparse's message *english* as a pattern: its text as it is, each ``{placeholder}`` a
    group of that name (``{argument}``, an option or argument's name: no spaces)."""
    parts = re.split(r"\{([a-z_][a-z0-9_]*)\}", english)
    return re.compile(
        "".join(
            re.escape(part) if i % 2 == 0 else rf"(?P<{part}>\S+)" if part == "argument" else rf"(?P<{part}>.*)"
            for i, part in enumerate(parts)
        )
    )


def _argparse_text(message: str, lang: str) -> str:
    """argparse's *message* in *lang*: in Malay when the catalogue knows it, else as it is."""
    if lang == "en":
        return message
    for name, english in _ARGPARSE["en"].items():
        m = _argparse_pattern(english).fullmatch(message)
        if m:
            return strings.text(f"argparse.{name}", lang, **m.groupdict())
    return message


def _lang_in(argv: Sequence[str]) -> str:
    """The --lang asked for on a command line that could not be parsed."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "ms"
        if arg.startswith("--lang="):
            return "en" if arg == "--lang=en" else "ms"
    return "ms"


class _Parser(argparse.ArgumentParser):
    """An argument parser that says bad usage in one line, in the language of
    --lang (Malay by default), as the README promises."""

    argv: Sequence[str] = ()

    def error(self, message: str) -> NoReturn:
        lang = _lang_in(_Parser.argv)
        text = strings.text("usage.see_help", lang, message=_argparse_text(message, lang))
        self.exit(EXIT_USAGE, f"etika-check: {shown(text)}\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    common.add_argument("--lang", choices=("ms", "en"), default="ms", help="message language (default: ms)")
    common.add_argument(
        "--profile",
        choices=tuple(PROFILES),
        default=None,
        help="the documents that bind you: jkdm (the SOP), perlis (the eBook) or both (default); "
        "findings cite only their clauses",
    )
    common.add_argument(
        "--explain",
        action="store_true",
        help="name under each finding the construction that found it (data/constructions.toml, "
        "a finder not yet ported, or the rule's matcher)",
    )
    common.add_argument(
        "--per-rule",
        type=int,
        default=FINDINGS_PER_RULE,
        metavar="N",
        help=f"list at most N findings of each rule, then count the rest (default {FINDINGS_PER_RULE}; "
        "0: list every one)",
    )
    common.add_argument(
        "--handbook",
        metavar="URL",
        default=os.environ.get("ETIKA_HANDBOOK_URL"),
        help="base URL of the handbook, to print clause links (env ETIKA_HANDBOOK_URL)",
    )
    parser = _Parser(
        prog="etika-check",
        description="Semak draf media sosial berdasarkan eBook Etika (Perlis, 2021) dan SOP JKDM (2010). "
        "Check social media drafts against the Perlis ethics eBook (2021) and the JKDM SOP (2010).",
    )
    parser.add_argument("--version", action="version", version=_version_text())
    parser.add_argument(
        "--rules-dir",
        metavar="DIR",
        help="rule files to use instead of the built-in ones (for the policy team: validate an edited copy)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="shared data (clauses, laws, word lists, policies) to use instead of the built-in data",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # one command per input kind (model.INPUT_KINDS), in its order
    for kind in INPUT_KINDS:
        p = sub.add_parser(kind.name, parents=[common], help=kind.command_help)
        _INPUT_ARGUMENTS[kind.name](p)
    p = sub.add_parser("rules", parents=[common], help="list the rules, or --validate the rule data")
    p.add_argument("--validate", action="store_true", help="check every rule file and run every example")
    p.add_argument(
        "--docs",
        metavar="DIR",
        help=f"handbook sources to check clause anchors and law pages against (default: {DEFAULT_DOCS} when it exists)",
    )
    p.add_argument(
        "--editions",
        metavar="DIR",
        help="data of earlier editions, to check that no removed clause "
        f"id is reused and no id changes document (default: {DEFAULT_EDITIONS} when it exists)",
    )
    p.set_defaults(func=cmd_rules)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    _Parser.argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    try:
        given = any(a == "--handbook" or a.startswith("--handbook=") for a in _Parser.argv)
        _require_utf8(args.handbook, Localized(*("--handbook",) * 2 if given else ("ETIKA_HANDBOOK_URL",) * 2))
        if args.rules_dir or args.data_dir:
            checker = Checker(load_ruleset(args.rules_dir, args.data_dir))
        else:
            checker = Checker()
        return args.func(args, checker)
    except UsageError as exc:
        print(f"etika-check: {shown(exc.get(args.lang))}", file=sys.stderr)
        return EXIT_USAGE
    except RuleDataError as exc:
        for problem in exc.problems:  # every problem found, one line each
            print(f"etika-check: rule data: {shown(str(problem))}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
