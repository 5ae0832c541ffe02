"""The errors of the checker's data: one class, imported by every module that reads data."""

from __future__ import annotations


class RuleDataError(ValueError):
    """Malformed rule data: names the file, the rule (if any) and the key.

    ``rule`` names the entry the problem is in; ``entry`` says what kind of entry it is (a
    "rule", a "construction"). One error may hold several problems (``.problems``, each a
    RuleDataError); its text is then one line per problem, and ``path``,
    ``rule``, ``key`` and ``problem`` are those of the first.
    """

    def __init__(self, path: str, problem: str, rule: str | None = None, key: str | None = None, entry: str = "rule"):
        self.path, self.rule, self.key, self.problem, self.entry = path, rule, key, problem, entry
        self.problems: list[RuleDataError] = [self]
        where = path
        if rule is not None:
            where += f": {entry} '{rule}'"
        if key is not None:
            where += f": key '{key}'"
        super().__init__(f"{where}: {problem}")

    @classmethod
    def of(cls, problems: list[RuleDataError]) -> RuleDataError:
        """One error for several problems (at least one)."""
        if len(problems) == 1:
            return problems[0]
        first = problems[0]
        err = cls(first.path, first.problem, first.rule, first.key, first.entry)
        err.problems = list(problems)
        err.args = ("\n".join(str(p) for p in problems),)
        return err
