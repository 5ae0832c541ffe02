"""A small stand-in for ``etika_check.ruledata`` used by the handbook's test roots.

It offers the same interface (``load_ruleset()`` returning rules, clauses and
instruments with ``Localized`` texts) with a handful of entries, so the Sphinx
extensions can be tested without the checker's real data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Localized:
    ms: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ms


@dataclass(frozen=True)
class Clause:
    id: str
    page: str
    document: str
    title: Localized


@dataclass(frozen=True)
class Instrument:
    id: str
    kind: str
    number: str
    year: int | None
    title: Localized
    short: Localized
    confirmed: bool = True


@dataclass(frozen=True)
class Rule:
    id: str
    applies_to: str
    severity: str
    clauses: tuple[str, ...]
    instruments: tuple[str, ...]
    title: Localized
    message: Localized
    why: Localized
    examples_flag: tuple[str, ...]
    examples_pass: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    clauses: dict[str, Clause]
    instruments: dict[str, Instrument]


L = Localized

CLAUSES = {
    c.id: c
    for c in (
        Clause("EB-1", "ebook", "ebook", L("Etika pegawai", "Officers' ethics")),
        Clause("DOC-1", "sop", "sop", L("Tujuan", "Purpose")),
        Clause("DOC-2", "sop", "sop", L("Larangan", "Prohibitions")),
        Clause("DOC-2.1", "sop", "sop", L("Maklumat rahsia", "Secret information")),
    )
}

INSTRUMENTS = {
    i.id: i
    for i in (
        Instrument("akta-1", "act", "Akta 1", 1972, L("Akta Satu 1972 (Akta 1)", "Act One 1972 (Act 1)"),
                   L("Akta Satu 1972", "Act One 1972")),
        Instrument("akta-2", "act", "Akta 2", 1998, L("Akta Dua 1998 (Akta 2)", "Act Two 1998 (Act 2)"),
                   L("Akta Dua 1998", "Act Two 1998")),
    )
}

RULES = (
    Rule(
        "secret-info", "post", "error", ("DOC-2.1", "EB-1"), ("akta-1",),
        L("Maklumat rahsia rasmi", "Official secret information"),
        L("Draf ini mungkin mendedahkan maklumat rahsia.", "This draft may disclose secret information."),
        L("Pegawai tidak boleh mendedahkan rahsia rasmi.\n\nIa suatu kesalahan.",
          "Officers must not disclose official secrets.\n\nIt is an offence."),
        ("Dokumen SULIT ini untuk makluman.",),
        ("Selamat pagi semua.",),
        "stub.toml",
    ),
    Rule(
        "office-hours", "time", "warning", ("DOC-1",), (),
        L("Waktu pejabat", "Office hours"),
        L("Hantaran dalam waktu pejabat.", "Posting during office hours."),
        L("SOP mengehadkan masa akses.", "The SOP limits access times."),
        (), (), "stub.toml",
    ),
    Rule(
        "tip-info", "account", "info", (), ("akta-1", "akta-2"),
        L("Nota akaun", "Account note"), L("Nota.", "Note."), L("", ""), (), (), "stub.toml",
    ),
)


def load_ruleset() -> RuleSet:
    return RuleSet(rules=RULES, clauses=dict(CLAUSES), instruments=dict(INSTRUMENTS))
