"""The judgement: which statements of a draft derogate, dehumanise or threaten.

Constructions are data (data/constructions.toml, loaded and checked by etika_check.ruledata):
clause frames and sequences of parts. This package is their language:

- :mod:`.lists`: the word-list names and windows the Python reads (one registry);
- :mod:`.filters`: the named filters (negated, denied group, question ...), each implemented once;
- :mod:`.mentions`: the group mentions of a draft, found once;
- :mod:`.constructions`: the data model of a construction and its validation;
- :mod:`.sequences`: the interpreter of sequence constructions.

etika_check.abuse holds the finders not yet ported to data, and merges every construction's
statements into findings. docs-dev/constructions.md is the language reference.
"""
