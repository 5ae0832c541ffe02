"""Running a rule's examples: how each example string is read per input kind.

* post: the example is the draft;
* time: ``"<ISO time> [holidays=YYYY-MM-DD,...]"``;
* file: ``"<name> <size in bytes>"``;
* account: the account name.

An example "fires" when the rule appears among the findings or reminders.
"""

from __future__ import annotations

from collections.abc import Callable

from .engine import Checker
from .model import Report
from .ruledata import Rule


def _time(checker: Checker, rule: Rule, example: str) -> Report:
    when, _, rest = example.partition(" ")
    holidays = rest.split("=", 1)[1].split(",") if rest.startswith("holidays=") else []
    return checker.check_time(when, rule.matcher["policy"], holidays)


def _file(checker: Checker, rule: Rule, example: str) -> Report:
    name, _, size = example.rpartition(" ")
    return checker.check_file(name, int(size))


#: How an example is checked, per input kind (one for each of model.INPUT_KINDS).
RUNNERS: dict[str, Callable[[Checker, Rule, str], Report]] = {
    "post": lambda checker, _rule, example: checker.check_post(example),
    "time": _time,
    "file": _file,
    "account": lambda checker, _rule, example: checker.check_account(example),
}


def run_example(checker: Checker, rule: Rule, example: str) -> bool:
    report = RUNNERS[rule.applies_to](checker, rule, example)
    return any(f.rule == rule.id for f in report.findings + report.reminders)
