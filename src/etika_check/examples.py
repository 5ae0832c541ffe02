"""Running a rule's examples: how each example string is read per input kind.

* post: the example is the draft;
* time: ``"<ISO time> [holidays=YYYY-MM-DD,...]"``;
* file: ``"<name> <size in bytes>"``;
* account: the account name.

An example "fires" when the rule appears among the findings or reminders.
"""

from __future__ import annotations

from .engine import Checker
from .ruledata import Rule


def run_example(checker: Checker, rule: Rule, example: str) -> bool:
    if rule.applies_to == "post":
        report = checker.check_post(example)
    elif rule.applies_to == "time":
        when, _, rest = example.partition(" ")
        holidays = rest.split("=", 1)[1].split(",") if rest.startswith("holidays=") else []
        report = checker.check_time(when, rule.matcher["policy"], holidays)
    elif rule.applies_to == "file":
        name, _, size = example.rpartition(" ")
        report = checker.check_file(name, int(size))
    else:
        report = checker.check_account(example)
    return any(f.rule == rule.id for f in report.findings + report.reminders)
