"""A small stand-in for ``etika_check.ruledata.load_ruleset`` used by the handbook's test roots.

It returns the checker's own data classes with a handful of entries (some of
which the real loader would refuse, such as a rule with no clause), so the
Sphinx extensions can be tested without the checker's real data.
"""

from __future__ import annotations

from etika_check.model import Localized
from etika_check.ruledata import Clause, Edition, Instrument, RuleSet
from etika_check.ruledata import Rule as _Rule

NO_MATCHER = {"kind": "terms", "terms": []}


def Rule(rid, applies_to, severity, clauses, instruments, title, message, why, flag, ok, source) -> _Rule:
    """The checker's own Rule, built from the stub's short positional form."""
    return _Rule(rid, applies_to, severity, clauses, instruments, title, message, why, NO_MATCHER, flag, ok, source)


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
                   L("Akta Satu 1972", "Act One 1972"), True),
        Instrument("akta-2", "act", "Akta 2", 1998, L("Akta Dua 1998 (Akta 2)", "Act Two 1998 (Act 2)"),
                   L("Akta Dua 1998", "Act Two 1998"), True),
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
    return RuleSet(rules=RULES, clauses=dict(CLAUSES), instruments=dict(INSTRUMENTS), lexicon={}, policies={},
                   settings={}, edition=Edition("test-2", "2026-11-01", L("Edisi ujian 2", "Test edition 2")))
