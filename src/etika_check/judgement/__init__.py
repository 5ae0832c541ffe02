"""The judgement: which statements of a draft derogate, dehumanise or threaten.

Constructions are data (data/constructions.toml, loaded and checked by etika_check.ruledata):
clause frames and sequences of parts. This package is their language:

- :mod:`.lists`: the word-list names and windows the Python reads (one registry);
- :mod:`.filters`, :mod:`.licence`, :mod:`.person`: the named filters (negated, denied group, question,
  a harm's licence, an insult aimed at a person ...), each implemented once;
- :mod:`.mentions`: the group mentions of a draft, found once;
- :mod:`.constructions`: the data model of a construction and its validation;
- :mod:`.sequences`: the interpreter of sequence constructions;
- :mod:`.frames`: the interpreter of frames (with two comparisons read beside them);
- :mod:`.statement`: a statement found.

etika_check.abuse runs every construction and merges their statements into findings, through the
filters every statement passes (counter-speech, quotation, retraction). docs-dev/constructions.md is
the language reference.
"""
