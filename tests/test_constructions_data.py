"""Constructions are data (data/constructions.toml), loaded and checked with the rest of the rule
data: a policy team's edit through --data-dir changes findings, a broken one fails to load with a
one-line error naming the file, the construction and the key (exit 2), and every construction's
examples run as tests."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import etika_check
from etika_check import Checker, load_ruleset
from etika_check.abuse import find_abuse
from etika_check.judgement.constructions import FILTERS, Frame, Sequence
from etika_check.judgement.sequences import run_sequence
from etika_check.ruledata import RuleDataError, default_ruleset
from etika_check.validate import construction_flags

CONSTRUCTIONS = default_ruleset().constructions
EXAMPLES = [(c.name, t, True) for c in CONSTRUCTIONS for t in c.examples_flag] + [
    (c.name, t, False) for c in CONSTRUCTIONS for t in c.examples_pass
]
RULE_OF = {c.name: getattr(c, "rule", "") for c in CONSTRUCTIONS}
SRC = Path(etika_check.__file__).resolve().parent


@pytest.mark.parametrize(
    "construction,text,flagged", EXAMPLES, ids=[f"{n}-{'flag' if f else 'pass'}-{t[:30]}" for n, t, f in EXAMPLES]
)
def test_construction_example(construction, text, flagged):
    assert construction_flags(etika_check.default_checker(), text, RULE_OF[construction]) is flagged, (
        f"{construction}: {text}"
    )


def test_every_construction_has_examples_both_ways():
    assert len(CONSTRUCTIONS.frames) >= 10 and len(CONSTRUCTIONS.sequences) >= 8
    for c in CONSTRUCTIONS:
        assert c.examples_flag and c.examples_pass, c.name
        assert c.about[0] and c.about[1], c.name


def test_every_word_list_a_construction_names_is_in_the_lexicon():
    lexicon = default_ruleset().lexicon
    assert set(CONSTRUCTIONS.word_lists()) <= set(lexicon), sorted(set(CONSTRUCTIONS.word_lists()) - set(lexicon))


@pytest.fixture
def data_copy(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(resources.files("etika_check").joinpath("data"), data)
    return data


def _edit(data: Path, old: str, new: str) -> None:
    path = data / "constructions.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


RATHER_DIE = """name = "rather_die"
about = { ms = "Mati lebih baik daripada berdekatan kumpulan itu", en = "Death preferred to being near the group" }
kind = "exclusion"
anchor = ["rather_die"]"""


@pytest.mark.parametrize(
    "old,new,key,says",
    [
        ("reach = 3\n", "reach = 99\n", "reach", "between 0 and 16"),
        (
            'predicates = ["derog_attr", "insult_strong", "insult_weak", "neg_trait"]',
            'predicates = ["derog_attr", "no_such_list"]',
            "predicates",
            "unknown word list 'no_such_list'",
        ),
        ('polarity = "negative"', 'polarity = "bad"', "polarity", "'negative' or 'positive'"),
        ("reach = 3\n", "reach = 3\nreech = 2\n", "reech", "unknown key"),
        (
            RATHER_DIE,
            RATHER_DIE.replace('["rather_die"]', '["rather_dye"]'),
            "anchor",
            "unknown word list 'rather_dye'",
        ),
        ('anchor_unless = ["negated"]', 'anchor_unless = ["negatived"]', "anchor_unless", "unknown filter 'negatived'"),
        (
            'within = 5\nif = ["same_clause:anchor"]',
            'within = 50\nif = ["same_clause:anchor"]',
            "part[0].within",
            "between 1 and 16",
        ),
        (
            'within = 5\nif = ["same_clause:anchor"]',
            'within = 5\nif = ["same_clause:grup"]',
            "part[0].if",
            "needs an earlier part",
        ),
        (
            'span = ["anchor", "group"]\nexamples = { flag = ["I\'d sooner',
            'span = ["anchor", "grup"]\nexamples = { flag = ["I\'d sooner',
            "span",
            "must name parts",
        ),
        (
            'lead = { within = 4, some = ["neg_imperative"] }',
            'lead = { within = 40, some = ["neg_imperative"] }',
            "lead.within",
            "between 1 and 16",
        ),
        (
            'lead = { within = 4, some = ["neg_imperative"] }',
            'lead = { within = 4, some = ["neg_imperatif"] }',
            "lead.some",
            "unknown word list 'neg_imperatif'",
        ),
        (
            'lead = { within = 4, some = ["neg_imperative"] }',
            'lead = { within = 4, sum = ["neg_imperative"] }',
            "lead.sum",
            "unknown key",
        ),
        (
            'lead = { within = 4, some = ["neg_imperative"] }',
            "lead = { within = 4 }",
            "lead",
            "needs only, some or none",
        ),
        (
            'within = "previous_sentence"\ntake = "first_passing"',
            'within = "next_sentence"\ntake = "first_passing"',
            "part[0].within",
            "previous_sentence is looked for before a part",
        ),
        ('target = "race"', 'target = "colour"', "target", "must be a group class or person"),
        ('instead_of = ["harm_suffered"]', 'instead_of = ["harm_done_to"]', "instead_of", "written before this one"),
        (
            "within = 10\nacross = true",
            'within = "sentence"\nacross = true',
            "part[0].across",
            "a number of words back",
        ),
        ('said = "anchor"', 'said = "slurr"', "said", "must name a part"),
        ('target = "race"\nsaid = "anchor"', 'said = "anchor"', "part[0].optional", "optional only with a target"),
        ('"followed_by:likening"', '"followed_by:liken"', "anchor_unless", "unknown word list 'liken'"),
        ('"followed_by:likening"', '"followed_by"', "anchor_unless", "needs a word list after a colon"),
        (
            'anchor_mention = "free_of"',
            'anchor_mention = "free_from"',
            "anchor_mention",
            "unknown kind of mention 'free_from'",
        ),
        (
            'anchor_mention = "free_of"',
            'anchor_mention = "free_of"\nanchor = ["cleanse_verb"]',
            "anchor",
            "anchor (word lists) or anchor_mention",
        ),
    ],
)
def test_a_broken_construction_is_a_one_line_error(data_copy, old, new, key, says):
    _edit(data_copy, old, new)
    with pytest.raises(RuleDataError) as err:
        load_ruleset(data_dir=data_copy)
    lines = str(err.value).splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("data/constructions.toml: construction '"), lines[0]
    assert f"key '{key}'" in lines[0] and says in lines[0], lines[0]


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etika_check", *args], capture_output=True, text=True, input=stdin)


def test_a_broken_construction_fails_the_cli_with_exit_2(data_copy):
    _edit(data_copy, "reach = 3\n", "reach = 99\n")
    proc = _cli("--data-dir", str(data_copy), "rules", "--validate")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "data/constructions.toml: construction 'attribute': key 'reach'" in proc.stderr
    assert "Traceback" not in proc.stderr


NEW_SEQUENCE = """
[[sequence]]
name = "group_then_monster"
about = { ms = "Kumpulan itu disebut raksasa", en = "The group called monsters" }
kind = "dehuman"
anchor = ["rather_die"]
span = ["anchor", "group"]
examples = { flag = ["rela mati daripada orang Siam"], pass = ["rela mati daripada kalah"] }

[[sequence.part]]
name = "group"
group = true
after = "anchor"
within = 3
"""


def test_a_new_construction_needs_no_python(data_copy):
    """A construction added to the data gives its finding through --data-dir, as it is."""
    text = "Tiada siapa yang jujur kalau bukan pendatang Nepal."  # 'kalau bukan' opens no construction of its own
    assert not construction_flags(Checker(load_ruleset(data_dir=data_copy)), text)
    path = data_copy / "constructions.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + NEW_SEQUENCE.replace('"rather_die"', '"blame_marker"')
        .replace("rela mati daripada orang Siam", "kalau bukan orang Siam")
        .replace("rela mati daripada kalah", "kalau bukan hujan"),
        encoding="utf-8",
    )
    checker = Checker(load_ruleset(data_dir=data_copy))
    assert construction_flags(checker, text)
    proc = _cli("--data-dir", str(data_copy), "post", "--format", "json", "-", stdin=text)
    assert '"race-religion-politics"' in proc.stdout or '"group-derogation"' in proc.stdout, proc.stdout


def test_a_lead_decides_who_does_the_act(data_copy):
    """The lead of "avoided": the shunning is urged or the writer's own, not told of someone else;
    widened in the data to let "dia" stand before the verb, the same draft becomes a finding."""
    text = "Dia elakkan orang Bangla."
    assert not construction_flags(Checker(load_ruleset(data_dir=data_copy)), text)
    assert construction_flags(Checker(load_ruleset(data_dir=data_copy)), "Kita elakkan orang Bangla.")
    _edit(
        data_copy,
        'only = ["first_person", "modal", "hortative", "volition", "bridge"]',
        'only = ["first_person", "modal", "hortative", "volition", "bridge", "singular_pronoun"]',
    )
    assert construction_flags(Checker(load_ruleset(data_dir=data_copy)), text)


def test_an_edited_construction_changes_findings(data_copy):
    text = "I'd sooner die than work beside a Tamil at all."
    assert construction_flags(Checker(load_ruleset(data_dir=data_copy)), text)
    _edit(data_copy, 'within = 5\nif = ["same_clause:anchor"]', 'within = 3\nif = ["same_clause:anchor"]')
    assert not construction_flags(Checker(load_ruleset(data_dir=data_copy)), text)


def test_the_filters_are_documented():
    doc = (SRC.parents[1] / "docs-dev" / "constructions.md").read_text(encoding="utf-8")
    for name, (_reads, _, says) in FILTERS.items():
        assert f"`{name}`" in doc, name
        assert says


def test_frames_and_sequences_are_the_two_shapes():
    assert all(isinstance(c, (Frame, Sequence)) for c in CONSTRUCTIONS)


# --------------------------------------------------------------------------
# no import cycle


def _imports(path: Path, package: str) -> set[str]:
    """The modules of the package a module imports (at any depth: in functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = package + "." + ".".join(path.relative_to(SRC).with_suffix("").parts)
    module = module.removesuffix(".__init__")
    parts = module.split(".")
    is_pkg = path.name == "__init__.py"
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = parts[: len(parts) - node.level + (1 if is_pkg else 0)]
            target = ".".join(base + ([node.module] if node.module else []))
            names = [f"{target}.{a.name}" for a in node.names]
            out.add(target)
            out.update(names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(package):
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith(package))
    return out


def test_the_checker_has_no_import_cycle():
    modules = {}
    for path in SRC.rglob("*.py"):
        name = "etika_check." + ".".join(path.relative_to(SRC).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    graph = {m: {t for t in _imports(p, "etika_check") if t in modules and t != m} for m, p in modules.items()}
    # a package's __init__ importing its own modules is no cycle through them
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for t in sorted(graph[m]):
            if t.startswith(m + "."):
                continue
            if state.get(t) == 1:
                raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(t) :] + [t]))
            if t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)


# --------------------------------------------------------------------------
# every finding names what found it


def test_every_flag_example_is_found_by_its_own_sequence():
    """A sequence's flag examples test the sequence itself, not the rule: each is a statement the
    sequence finds on its own (another construction finding it, merged into one finding, hides
    nothing here)."""
    checker = etika_check.default_checker()
    missed = []
    for seq in CONSTRUCTIONS.sequences:
        for text in seq.examples_flag:
            ctx = checker.context(text)
            if seq.reads_said:
                find_abuse(ctx)  # (what the others said of a group, which it asks)
            if not run_sequence(ctx, seq):
                missed.append((seq.name, text))
    assert not missed, missed


def test_every_finding_names_its_construction():
    checker = etika_check.default_checker()
    names = {c.name for c in CONSTRUCTIONS}
    kinds = {r.matcher["kind"] for r in checker.ruleset.rules}
    judged = {r.id for r in checker.ruleset.rules if r.matcher["kind"] == "abuse"}
    seen = set()
    for _, text, _ in EXAMPLES:
        for f in checker.check_post(text).findings:
            assert f.construction, (text, f.rule)
            if f.rule in judged:
                assert f.construction in names, (text, f.construction)
            else:  # its matcher, or a construction of its own
                assert f.construction in kinds | names, (text, f.construction)
            seen.add(f.construction)
    assert seen & {s.name for s in CONSTRUCTIONS.sequences} and seen & {f.name for f in CONSTRUCTIONS.frames}


def test_a_sequence_names_itself_in_the_json_and_the_cli():
    text = "Semua masalah negara ni sebab orang Rohingya."
    (finding,) = etika_check.check_post(text)
    assert finding.construction == "all_problems_one_cause"
    assert finding.to_dict()["construction"] == "all_problems_one_cause"
    proc = _cli("post", "--explain", "--lang", "en", "-", stdin=text)
    assert "    found by the construction: all_problems_one_cause" in proc.stdout.splitlines(), proc.stdout
    proc = _cli("post", "-", stdin=text)
    assert "all_problems_one_cause" not in proc.stdout  # only with --explain


def test_a_rule_of_its_own_must_exist(data_copy):
    _edit(data_copy, 'rule = "password-shared"', 'rule = "pasword-shared"')
    with pytest.raises(RuleDataError) as err:
        load_ruleset(data_dir=data_copy)
    assert str(err.value) == (
        "data/constructions.toml: construction 'secret_written_out': key 'rule': unknown rule "
        "'pasword-shared' (a rule of rules/*.toml that judges posts)"
    )


def test_a_password_without_a_colon_is_found_by_its_construction():
    (finding,) = etika_check.check_post("Guna akaun saya dulu, kata laluan Pelangi@77 ya.")
    assert (finding.rule, finding.construction) == ("password-shared", "secret_written_out")
    assert not etika_check.check_post("Jangan kongsi kata laluan anda, contohnya jangan tulis di kertas.")


def test_rules_validate_runs_every_construction_example(data_copy):
    """An example the construction no longer gives is reported by `rules --validate` (exit 2)."""
    _edit(
        data_copy,
        'examples = { flag = ["Orang Bangla punca bandar ni huru-hara."]',
        'examples = { flag = ["Orang Bangla suka makan nasi lemak."]',
    )
    proc = _cli("--data-dir", str(data_copy), "rules", "--validate")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    out = proc.stdout + proc.stderr
    assert (
        "data/constructions.toml: construction 'cause_of_trouble': key 'examples.flag': "
        "'Orang Bangla suka makan nasi lemak.' is not flagged"
    ) in out, out


@pytest.mark.parametrize(
    "text,inside",
    [
        ("Pukul 10.30 pagi dah bosan.", True),
        ("Jam 3 petang hari Selasa.", True),
        ("2:45pm on a Wednesday.", True),
        ("11am sharp.", True),
        ("Sampai 14:30 tadi.", True),
        ("Pukul 1.15 petang rehat.", False),  # the rest hour
        ("Pukul 6.30 pagi sarapan.", False),  # before work
        ("Pukul 5.45 petang balik.", False),  # after work
        ("3:10pm", True),
        ("Saya ada 3 fail.", False),  # a count, no period
        ("Isnin pagi, pukul 8.45, kopi dah ada.", True),  # the period a few words before
        ("Pagi tadi ada 3 fail.", False),  # a count after a period word is still no time
    ],
)
def test_office_time_reads_a_time_inside_office_hours(text, inside):
    """The filter office_time: a time of day inside office hours (SOP 5: 7.30am to 5.30pm, less the
    1-2pm rest hour), read from its period word or the 24-hour clock; never the minutes of a time."""
    from etika_check.judgement.filters import office_time
    from etika_check.lexicon import Match

    ctx = etika_check.default_checker().context(text)
    hits = [
        i
        for i, t in enumerate(ctx.tokens)
        if t.text[:1].isdigit() and office_time(ctx, Match("shape:with_digits", i, i))
    ]
    assert bool(hits) == inside, (text, hits)
    if text == "3:10pm":
        assert hits == [0]  # "10pm" is the minutes of 3:10pm, not a time of its own


@pytest.mark.parametrize(
    "text,written",
    [
        ("alamat e-mel @perlis.gov.my saya", True),
        ("my .gov.my inbox", True),
        ("emel gov.my aku", True),
        ("di www.hasil.gov.my ya", False),  # a web address
        ("emel ali@jkr.gov.my aku", False),  # a whole address: the shape official_email reads it
    ],
)
def test_gov_domain_written_reads_a_domain_without_its_user(text, written):
    """The filter gov_domain_written: a government e-mail domain written without a user name, read
    once, from its first word."""
    from etika_check.judgement.filters import gov_domain_written
    from etika_check.lexicon import Match

    ctx = etika_check.default_checker().context(text)
    hits = [i for i in range(len(ctx.tokens)) if gov_domain_written(ctx, Match("shape:word", i, i))]
    assert len(hits) == (1 if written else 0), (text, hits)
