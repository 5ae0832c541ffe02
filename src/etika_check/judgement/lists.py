"""The one registry of the word-list names and windows the judgement's Python reads.

Constructions in data (data/constructions.toml) name their own word lists; the loader checks
them against data/lexicon.toml. The interpreter, its filters and the finders not yet ported to
data read the lists named here (and, until each is ported, in etika_check.abuse)."""

from __future__ import annotations

GROUP_CLASSES: dict[str, str] = {
    "group_race": "race",
    "group_religion": "religion",
    "group_origin": "origin",
    "group_politics": "politics",
    "group_sex": "sex",
    "group_disability": "disability",
    "group_age": "age",
    "group_orientation": "orientation",
    "group_royalty": "royalty",
}
GROUP_CATS = frozenset(GROUP_CLASSES)
GROUP_WORDS = frozenset({*GROUP_CLASSES, "group_head"})
GROUP_OPENERS = frozenset({*GROUP_WORDS, "quantifier"})  # the words a group phrase may open with
GROUP_PHRASE = frozenset({*GROUP_WORDS, "generic_marker", "existential"})  # "tiada [pelarian] X", "not [all] X"
PREDICATES = ("insult_strong", "insult_weak", "derog_attr", "dehuman", "hate_verb", "harm_verb")
NEGATION_WINDOW = 3  # words before a predicate that a negator may stand in
