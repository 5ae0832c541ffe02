"""etika_check: self-check of social media drafts against the Perlis eBook
(2021) and the JKDM SOP (2010).

Library use::

    import etika_check
    for f in etika_check.check_post("Pengarah tu memang bodoh"):
        print(f.severity, f.clauses, f.message.en)

The draft never leaves the machine: the checker is pure Python with no
network access, and runs the same in CPython and in Pyodide.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from .access import TimeInputError
from .engine import Checker
from .model import AccessTime, Finding, Localized, Report
from .ruledata import RuleDataError, RuleSet, anchor, load_ruleset

try:
    __version__ = version("etika-check")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0+unknown"


@lru_cache(maxsize=1)
def default_checker() -> Checker:
    """A checker for the package's own rule data, built once."""
    return Checker()


def check_post(text: str) -> list[Finding]:
    """Errors and warnings for a draft post (reminders: :func:`analyse_post`)."""
    return list(default_checker().check_post(text).findings)


def analyse_post(text: str) -> Report:
    """The full report for a draft: findings and reminders."""
    return default_checker().check_post(text)


def check_time(
    when: str | datetime | None = None, policy: str | None = None, holidays: Iterable[str | date] = ()
) -> Report:
    """May social media be used at ``when``? ``report.access`` (an :class:`AccessTime`) says."""
    return default_checker().check_time(when, policy, holidays)


def check_file(name: str, size: int | None = None, head: bytes = b"") -> list[Finding]:
    """Findings for an attachment, judged by name, size and first bytes."""
    return list(default_checker().check_file(name, size, head).findings)


def check_account(name: str) -> list[Finding]:
    """Findings for an official account name."""
    return list(default_checker().check_account(name).findings)


__all__ = [
    "AccessTime",
    "Checker",
    "Finding",
    "Localized",
    "Report",
    "RuleDataError",
    "RuleSet",
    "TimeInputError",
    "analyse_post",
    "anchor",
    "check_account",
    "check_file",
    "check_post",
    "check_time",
    "default_checker",
    "load_ruleset",
    "__version__",
]
