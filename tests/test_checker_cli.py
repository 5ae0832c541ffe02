"""The etika-check command line: output formats, exit codes, bad input.

The CLI is run as a real process (``python -m etika_check``) so exit codes
and stderr are what a user sees.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ERROR_DRAFT = "Salam.\nPengarah tu memang bodoh.\n"
CLEAN_DRAFT = "Makluman: pejabat jabatan ditutup pada hari Sabtu ini.\n"  # (a reminder, no finding)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etika_check", *args], input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def draft(tmp_path: Path):
    def make(content: str | bytes, name: str = "draft.txt") -> str:
        p = tmp_path / name
        p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(p)

    return make


def test_post_text_reads_like_a_linter(draft):
    path = draft(ERROR_DRAFT)
    proc = run("post", path)
    assert proc.returncode == 1
    out = proc.stdout.decode()
    first = out.splitlines()[0]
    assert first.startswith(f"{path}:2:20 error SOP-7.2,EB-ETIKA-6 ")
    assert "[personal-attack]" in first and "menghina" in first
    assert "1 ralat" in out


def test_post_english_messages(draft):
    out = run("post", "--lang", "en", draft(ERROR_DRAFT)).stdout.decode()
    assert "insult or attack" in out and "1 errors" in out


def test_post_json_contract(draft):
    proc = run("post", "--format", "json", draft(ERROR_DRAFT))
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    [f] = data["findings"]
    assert set(f) >= {"rule", "severity", "clauses", "instruments", "span", "excerpt", "message"}
    assert f["rule"] == "personal-attack" and f["severity"] == "error"
    assert f["clauses"] == ["SOP-7.2", "EB-ETIKA-6"]
    assert ERROR_DRAFT[f["span"][0] : f["span"][1]] == "bodoh" == f["excerpt"]
    assert set(f["message"]) == {"ms", "en"}
    assert f["links"]["clauses"]["SOP-7.2"] == "sop.html#sop-7-2"
    assert f["links"]["clauses"]["EB-ETIKA-6"] == "ebook/etika-pegawai.html#eb-etika-6"
    assert data["reminders"] == []


def test_clean_post_exits_zero_and_says_what_it_is(draft):
    proc = run("post", draft(CLEAN_DRAFT))
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "Tiada masalah" in out and "bukan kelulusan" in out
    assert "SOP-6.3" in out  # the official-material reminder


def test_warning_only_exits_zero(draft):
    proc = run("post", "--format", "json", draft("Hubungi Encik Ali di 012-345 6789."))
    assert proc.returncode == 0
    assert [f["severity"] for f in json.loads(proc.stdout)["findings"]] == ["warning"]


def test_stdin(draft):
    proc = run("post", "-", stdin=ERROR_DRAFT.encode())
    assert proc.returncode == 1 and b"<stdin>:2:20" in proc.stdout


@pytest.mark.parametrize(
    "content,message",
    [
        (b"caf\xe9 bad", b"not valid UTF-8 (byte 0xe9 at offset 3)"),
        (b"", b"draft is empty"),
        (b"  \n\t ", b"draft is empty"),
        (b"\x7fELF\x02\x01\x00\x00binary", b"binary file"),
    ],
)
def test_bad_draft_is_usage_error(draft, content, message):
    proc = run("post", "--lang", "en", draft(content))
    assert proc.returncode == 2
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stdout == b""


def test_missing_file_and_directory(tmp_path):
    proc = run("post", "--lang", "en", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and b"cannot read" in proc.stderr
    proc = run("post", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and b"tidak boleh dibaca" in proc.stderr
    proc = run("post", "--lang", "en", str(tmp_path))
    assert proc.returncode == 2 and b"is a directory" in proc.stderr


def test_one_megabyte_draft(draft):
    para = "Program gotong-royong akan diadakan di pejabat pada hari Sabtu. "
    body = (para * (1_000_000 // len(para) + 1))[:1_000_000] + " Pengarah tu memang bodoh."
    proc = run("post", "--format", "json", draft(body))
    assert proc.returncode == 1
    assert [f["rule"] for f in json.loads(proc.stdout)["findings"]] == ["personal-attack"]


def test_bom_is_accepted(draft):
    proc = run("post", "--format", "json", draft(b"\xef\xbb\xbf" + ERROR_DRAFT.encode()))
    f = json.loads(proc.stdout)["findings"][0]
    assert ERROR_DRAFT[f["span"][0] : f["span"][1]] == "bodoh"


def test_time_json_and_exit_codes():
    proc = run("time", "2026-11-23T10:00:00+08:00", "--format", "json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["allowed"] is False and data["next_window"] == "2026-11-23T13:00:00+08:00"
    assert data["findings"][0]["clauses"] == ["SOP-5"]
    proc = run("time", "2026-11-23T13:15", "--format", "json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert data["allowed"] is True and data["window_ends"] == "2026-11-23T14:00:00+08:00"
    assert data["findings"] == []


def test_time_text_and_perlis_policy():
    proc = run("time", "2026-11-27T15:00", "--policy", "perlis-2021", "--lang", "en")
    assert proc.returncode == 1
    out = proc.stdout.decode()
    assert "NOT ALLOWED" in out and "Friday 2026-11-27 17:00" in out and "Assumption" in out


def test_time_holiday():
    proc = run("time", "2026-12-25T10:00", "--holiday", "2026-12-25", "--format", "json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["allowed"] is True


@pytest.mark.parametrize("bad", ["tomorrow", "2026-13-01T10:00", "25:00", "2026-11-23T10:00+99:00", "x" * 100])
def test_malformed_time(bad):
    proc = run("time", bad)
    assert proc.returncode == 2 and proc.stderr.startswith(b"etika-check: ")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_bad_holiday_and_policy():
    assert run("time", "--holiday", "25/12/2026").returncode == 2
    proc = run("time", "--policy", "nope", "--lang", "en")
    assert proc.returncode == 2 and b"invalid choice" in proc.stderr


def test_file_checks(tmp_path):
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (2 * 1024 * 1024 + 1))
    exe = tmp_path / "invoice.pdf.exe"
    exe.write_bytes(b"MZ\x90\x00")
    disguised = tmp_path / "report.pdf"
    disguised.write_bytes(b"MZ\x90\x00rest")
    ok = tmp_path / "ok.pdf"
    ok.write_bytes(b"%PDF-1.7")
    proc = run("file", "--format", "json", str(big), str(exe), str(disguised), str(ok))
    assert proc.returncode == 1
    files = json.loads(proc.stdout)["files"]
    assert [[f["rule"] for f in x["findings"]] for x in files] == [
        ["large-attachment"],
        ["executable-attachment"],
        ["executable-attachment"],
        [],
    ]
    assert run("file", str(ok)).returncode == 0


def test_file_unreadable(tmp_path):
    proc = run("file", "--lang", "en", str(tmp_path / "missing.pdf"))
    assert proc.returncode == 2 and b"cannot read" in proc.stderr


def test_account():
    proc = run("account", "JKDM", "Official", "Facebook", "--format", "json")
    assert proc.returncode == 1
    [f] = json.loads(proc.stdout)["findings"]
    assert f["clauses"] == ["EB-AMALAN-1"] and "Facebook Rasmi JKDM" in f["message"]["ms"]
    assert run("account", "Facebook Rasmi Jabatan Kastam Diraja Malaysia").returncode == 0


def test_rules_list_and_validate():
    proc = run("rules", "--format", "json")
    assert proc.returncode == 0
    rules = json.loads(proc.stdout)["rules"]
    assert {"personal-attack", "access-time-jkdm", "account-name"} <= {r["id"] for r in rules}
    proc = run("rules", "--validate")
    assert proc.returncode == 0 and b"0 problems" in proc.stdout


@pytest.mark.parametrize(
    "args,ms,en",
    [
        ((), "argumen ini diperlukan: COMMAND", "the following arguments are required: COMMAND"),
        (("post",), "argumen ini diperlukan: FILE", "the following arguments are required: FILE"),
        (("frobnicate",), "pilihan tidak sah: 'frobnicate'", "invalid choice: 'frobnicate'"),
        (("time", "--policy", "nope"), "argumen --policy: pilihan tidak sah", "argument --policy: invalid choice"),
        (
            ("post", "--format", "xml", "x.txt"),
            "argumen --format: pilihan tidak sah",
            "argument --format: invalid choice",
        ),
    ],
)
def test_usage_errors_are_one_line_in_the_readers_language(args, ms, en):
    """The README promises one line on stderr for bad usage (argparse prints usage and an error)."""
    for lang, expected in (("ms", ms), ("en", en)):
        proc = run(*args, *(("--lang", "en") if lang == "en" and args else ()))
        if lang == "en" and not args:
            proc = run("--lang=en")
        lines = proc.stderr.decode().splitlines()
        assert proc.returncode == 2 and proc.stdout == b""
        assert len(lines) == 1 and lines[0].startswith("etika-check: ") and expected in lines[0], lines


def test_stdin_only_once():
    proc = run("post", "-", "-", "--lang", "en", stdin=ERROR_DRAFT.encode())
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == "etika-check: standard input (-) can be read only once"


@pytest.mark.parametrize(
    "content,encoding",
    [
        ("\ufeff" + ERROR_DRAFT, "utf-16"),
        (ERROR_DRAFT, "utf-16-le"),
        (ERROR_DRAFT, "utf-16-be"),
        ("\ufeff" + ERROR_DRAFT, "utf-32"),
    ],
)
def test_utf16_is_named_not_called_binary(draft, content, encoding):
    path = draft(content.encode(encoding))
    proc = run("post", "--lang", "en", path)
    assert proc.returncode == 2 and b"binary" not in proc.stderr
    name = "UTF-32" if "32" in encoding else "UTF-16"
    assert proc.stderr.decode().strip() == f"etika-check: {path}: {name} text, not UTF-8: save the draft as UTF-8"
    assert f"teks {name}, bukan UTF-8".encode() in run("post", path).stderr


def test_length_limit_reports_the_real_reason(draft):
    """5,000,001 emoji is too long, not invalid UTF-8; 50 MB is 50 MB, not 20000001 characters."""
    proc = run("post", "--lang", "en", draft("\U0001f600" * 5_000_001))
    assert proc.returncode == 2
    assert (
        proc.stderr.decode()
        .strip()
        .endswith("draft is too long (20000004 bytes, more than the limit of 5000000 characters)")
    )
    proc = run("post", "--lang", "en", draft(b"a" * 50_000_000))
    assert "draft is too long (50000000 bytes, more than the limit of 5000000 characters)" in proc.stderr.decode()
    proc = run("post", "--lang", "en", "-", stdin=b"a" * 30_000_000)
    assert (
        proc.stderr.decode().strip() == "etika-check: <stdin>: draft is too long (more than the limit of "
        "5000000 characters)"
    )
    proc = run("post", "--lang", "en", draft("\U0001f600" * 5_000_000))
    assert proc.returncode == 0 and b"too long" not in proc.stderr


def test_control_characters_are_shown_escaped(tmp_path):
    """A title-setting sequence in a draft, a file name or an account name never reaches the terminal raw."""
    evil = "\x1b]0;pwned\x07\x1b[2J\u202e"
    path = tmp_path / f"d{evil}.txt"
    path.write_text(f"Pengarah tu memang bodoh{evil}bodoh.\nx", encoding="utf-8")
    exe = tmp_path / f"x{evil}.exe"
    exe.write_bytes(b"MZ")
    for args in (
        ("post", str(path)),
        ("account", f"Ali bin Abu {evil}"),
        ("file", str(exe)),
        ("post", str(tmp_path / f"missing{evil}.txt")),
    ):
        proc = run(*args)
        out = proc.stdout.decode() + proc.stderr.decode()
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, args
        assert "\\x1b]0;pwned\\x07" in out, (args, out)
        assert "\\u202e" in out


def test_version():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith(b"etika-check ")


def test_version_and_json_name_the_edition(draft):
    out = run("--version").stdout.decode()
    assert "Edisi 2021, semakan 2026-11" in out and "2021-r2026-11" in out
    data = json.loads(run("post", "--format", "json", draft(CLEAN_DRAFT)).stdout)
    assert data["edition"]["id"] == "2021-r2026-11"
    assert data["edition"]["name"] == {"ms": "Edisi 2021, semakan 2026-11", "en": "2021 edition, revision 2026-11"}


def test_huge_draft_is_refused(draft):
    proc = run("post", "--lang", "en", draft("a" * 5_000_001))
    assert proc.returncode == 2 and b"too long" in proc.stderr and proc.stdout == b""


def test_validate_finds_the_handbook_sources_whatever_the_working_directory(tmp_path: Path):
    """rules --validate checks the project's docs/ (cli.DEFAULT_DOCS), not ./docs."""
    from etika_check import cli

    data = tmp_path / "data"
    data.mkdir()
    pkg_data = Path(cli.__file__).parent / "data"
    for f in pkg_data.glob("*.toml"):
        (data / f.name).write_bytes(f.read_bytes())
    with (data / "clauses.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[clause]]\nid = "SOP-99"\npage = "sop"\ndocument = "sop"\ntitle = { ms = "Tiada", en = "None" }\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "etika_check", "--data-dir", str(data), "rules", "--validate"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"clause 'SOP-99': no {{clause}} directive in {cli.DEFAULT_DOCS}" in proc.stderr


@pytest.mark.parametrize("lang,word", [("ms", "julat"), ("en", "range")])
@pytest.mark.parametrize("when", ["0001-01-01", "9999-12-18", "0001-01-01T01:00+14:00"])
def test_times_near_the_calendar_limits(when, lang, word):
    proc = run("time", when, "--lang", lang)
    assert proc.returncode == 2 and proc.stdout == b""
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("etika-check: ") and word in lines[0]


def test_usage_error_in_the_readers_language(draft):
    assert "draf kosong" in run("post", draft("")).stderr.decode()
    assert "draft is empty" in run("post", "--lang", "en", draft("")).stderr.decode()


# --------------------------------------------------------------------------
# bytes that are not UTF-8 in the arguments and the environment (issue 24, item 7)
#
# Python hands such bytes over as lone surrogates ("\udcff"). Under a UTF-8
# locale the standard output is strict UTF-8 (PYTHONIOENCODING=utf-8 makes it so
# on any machine): printing one raised UnicodeEncodeError.


def run_bytes(*args: bytes, env: dict[bytes, bytes] | None = None) -> subprocess.CompletedProcess:
    import os

    base = {k: v for k, v in os.environb.items() if k != b"ETIKA_HANDBOOK_URL"}
    return subprocess.run(
        [sys.executable.encode(), b"-m", b"etika_check", *args],
        env={**base, b"PYTHONIOENCODING": b"utf-8", **(env or {})},
        capture_output=True,
        timeout=120,
    )


def _clean_output(proc: subprocess.CompletedProcess) -> str:
    out = proc.stdout.decode("utf-8") + proc.stderr.decode("utf-8")  # strict: valid UTF-8
    assert "Traceback" not in out and "Error:" not in out, out
    assert "\\udc" not in out, out  # no Python escape of a surrogate
    return out


def test_file_names_that_are_not_utf8_are_read_and_shown_escaped(tmp_path):
    name = b"draf\xff.txt"
    path = bytes(tmp_path) + b"/" + name
    with open(path, "wb") as fh:
        fh.write(ERROR_DRAFT.encode())
    exe = bytes(tmp_path) + b"/x\xfe.exe"
    with open(exe, "wb") as fh:
        fh.write(b"MZ")
    proc = run_bytes(b"post", path)
    out = _clean_output(proc)
    assert proc.returncode == 1 and "draf\\xff.txt:2:20 error" in out
    proc = run_bytes(b"file", exe)
    out = _clean_output(proc)
    assert proc.returncode == 1 and "x\\xfe.exe" in out
    for args in ((b"post", path), (b"file", exe), (b"post", path, path)):
        proc = run_bytes(*args, b"--format", b"json")
        _clean_output(proc)
        assert proc.returncode == 1
        data = json.loads(proc.stdout)
        files = data.get("files", [data])
        assert all("\ufffd" in (f.get("file") or f.get("name")) for f in files), data
    proc = run_bytes(b"post", b"--lang", b"en", bytes(tmp_path) + b"/missing\xff.txt")
    out = _clean_output(proc)
    assert proc.returncode == 2 and "missing\\xff.txt: cannot read" in out


@pytest.mark.parametrize("fmt", [b"text", b"json"])
def test_account_name_that_is_not_utf8_is_a_clear_error(fmt):
    for lang, expected in (
        (b"en", "account name is not valid UTF-8 (byte 0xff)"),
        (b"ms", "nama akaun bukan UTF-8 yang sah (bait 0xff)"),
    ):
        proc = run_bytes(b"account", b"Facebook", b"Rasmi", b"JKDM\xff", b"--format", fmt, b"--lang", lang)
        out = _clean_output(proc)
        assert proc.returncode == 2 and proc.stdout == b""
        assert out.strip() == f"etika-check: {expected}"


def test_handbook_url_that_is_not_utf8_is_a_clear_error(draft):
    path = draft(ERROR_DRAFT).encode()
    for args in (
        (b"post", path),
        (b"post", path, b"--format", b"json"),
        (b"time", b"2026-11-23T10:00"),
        (b"account", b"JKDM"),
    ):
        proc = run_bytes(*args, b"--lang", b"en", env={b"ETIKA_HANDBOOK_URL": b"https://x.example/\xff"})
        out = _clean_output(proc)
        assert proc.returncode == 2 and proc.stdout == b""
        assert out.strip() == "etika-check: ETIKA_HANDBOOK_URL is not valid UTF-8 (byte 0xff)", args
    proc = run_bytes(b"post", path, b"--handbook", b"https://x.example/\xfe")
    out = _clean_output(proc)
    assert proc.returncode == 2 and out.strip() == "etika-check: --handbook bukan UTF-8 yang sah (bait 0xfe)"


def test_time_and_holiday_that_are_not_utf8_are_clear_errors():
    for args in ((b"time", b"2026-11-23\xff"), (b"time", b"2026-11-23T10:00", b"--holiday", b"2026-12-25\xff")):
        proc = run_bytes(*args, b"--lang", b"en")
        out = _clean_output(proc)
        assert proc.returncode == 2 and len(out.strip().splitlines()) == 1 and "not valid UTF-8 (byte 0xff)" in out, out


# --------------------------------------------------------------------------
# item 10: the handbook's address and the years before 1000


def test_control_characters_in_the_handbook_address_are_escaped(draft):
    import os

    evil = "https://x.example/\x1b]0;pwned\x07\x1b[2J\u202e"
    path = draft(ERROR_DRAFT)
    for proc in (
        run("post", path, "--handbook", evil),
        subprocess.run(
            [sys.executable, "-m", "etika_check", "post", path],
            capture_output=True,
            env={**os.environ, "ETIKA_HANDBOOK_URL": evil},
            timeout=120,
        ),
    ):
        out = proc.stdout.decode()
        assert proc.returncode == 1
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert "https://x.example/\\x1b]0;pwned\\x07\\x1b[2J\\u202e/ms/sop.html#sop-7-2" in out, out


@pytest.mark.parametrize(
    "when,ms,en",
    [
        ("0001-01-02T10:00", "Selasa 02-01-0001 10:00", "Tuesday 0001-01-02 10:00"),
        ("0999-03-04T10:00", "04-03-0999 10:00", "0999-03-04 10:00"),
        ("0033-05-06T13:30", "06-05-0033 13:30", "0033-05-06 13:30"),
    ],
)
def test_years_before_1000_have_four_digits(when, ms, en):
    out_ms = run("time", when).stdout.decode()
    out_en = run("time", when, "--lang", "en").stdout.decode()
    assert ms in out_ms and en in out_en, (out_ms, out_en)


# --------------------------------------------------------------------------
# policies and the rest of the rule data as data (issue 24, item 9)


@pytest.fixture
def data_copy(tmp_path: Path):
    """An edited copy of the rule data: edit(file, old, new) replaces text in rules/ or data/."""
    import shutil

    from etika_check import cli

    pkg = Path(cli.__file__).parent
    rules, dat = tmp_path / "rules", tmp_path / "data"
    shutil.copytree(pkg / "rules", rules)
    shutil.copytree(pkg / "data", dat)

    def edit(name: str, old: str, new: str, count: int = 1) -> None:
        path = tmp_path / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) >= count, old
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    edit.dirs = ("--rules-dir", str(rules), "--data-dir", str(dat))  # type: ignore[attr-defined]
    return edit


def test_a_renamed_policy_works_end_to_end(data_copy):
    data_copy("data/policies.toml", "[policy.jkdm-2010]", "[policy.jkdm-2030]")
    data_copy("rules/sop.toml", 'policy = "jkdm-2010"', 'policy = "jkdm-2030"')
    proc = run(*data_copy.dirs, "rules", "--validate")
    assert proc.returncode == 0, proc.stderr
    # the default policy is the first in the data
    proc = run(*data_copy.dirs, "time", "2026-11-23T10:00", "--lang", "en")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr
    assert b"NOT ALLOWED (policy jkdm-2030)" in proc.stdout
    proc = run(*data_copy.dirs, "time", "2026-11-23T10:00", "--policy", "jkdm-2030", "--format", "json")
    assert proc.returncode == 1 and json.loads(proc.stdout)["policy"] == "jkdm-2030"
    proc = run(*data_copy.dirs, "time", "2026-11-23T10:00", "--policy", "jkdm-2010", "--lang", "en")
    assert proc.returncode == 2 and proc.stderr.decode().strip() == (
        "etika-check: argument --policy: invalid choice: 'jkdm-2010' (choose from 'jkdm-2030', 'perlis-2021') "
        "(see etika-check --help)"
    )


def test_a_new_policy_in_the_data_can_be_chosen(data_copy):
    data_copy(
        "data/policies.toml",
        "[policy.perlis-2021]",
        """[policy.sabah-2027]
title = { ms = "Sabah", en = "Sabah" }
mode = "deny"
working_days = ["mon", "tue", "wed", "thu", "fri"]
windows.mon = [["08:00", "17:00"]]

[policy.perlis-2021]""",
    )
    from etika_check import cli

    rule = (Path(cli.__file__).parent / "rules" / "ebook.toml").read_text(encoding="utf-8")
    start = rule.index('[[rule]]\nid = "access-time-perlis"')
    block = rule[start : rule.index("[[rule]]", start + 8) if "[[rule]]" in rule[start + 8 :] else len(rule)]
    new = block.replace('id = "access-time-perlis"', 'id = "access-time-sabah"').replace(
        'policy = "perlis-2021"', 'policy = "sabah-2027"'
    )
    new = (
        new[: new.index("[rule.examples]")]
        + '[rule.examples]\nflag = ["2026-11-23T10:00"]\npass = ["2026-11-24T10:00"]\n'
    )
    data_copy("rules/ebook.toml", '[[rule]]\nid = "access-time-perlis"', new + '\n[[rule]]\nid = "access-time-perlis"')
    proc = run(*data_copy.dirs, "rules", "--validate")
    assert proc.returncode == 0, proc.stderr
    proc = run(*data_copy.dirs, "time", "2026-11-23T10:00", "--policy", "sabah-2027", "--format", "json")
    data = json.loads(proc.stdout)
    assert proc.returncode == 1 and data["policy"] == "sabah-2027" and data["allowed"] is False
    assert [f["rule"] for f in data["findings"]] == ["access-time-sabah"]


def test_a_policy_no_rule_enforces_is_a_validation_problem(data_copy):
    """A policy renamed in the data but not in its rule: --validate named nothing, time crashed."""
    data_copy("rules/sop.toml", 'policy = "jkdm-2010"', 'policy = "perlis-2021"')
    proc = run(*data_copy.dirs, "rules", "--validate")
    assert proc.returncode == 2
    assert (
        "data/policies.toml: key 'policy.jkdm-2010': no access-time rule enforces this policy" in proc.stderr.decode()
    )


def test_executable_extensions_are_widened_by_the_data(data_copy):
    draft_path = Path(data_copy.dirs[1]).parent / "draft.txt"
    draft_path.write_text("Sila buka lampiran laporan.docm sekarang.\n", encoding="utf-8")
    before = run(*data_copy.dirs, "post", str(draft_path), "--format", "json")
    assert [f["rule"] for f in json.loads(before.stdout)["findings"]] == []
    data_copy("rules/sop.toml", 'extensions = ["exe", "scr",', 'extensions = ["docm", "exe", "scr",')
    after = run(*data_copy.dirs, "post", str(draft_path), "--format", "json")
    [f] = json.loads(after.stdout)["findings"]
    assert f["rule"] == "executable-in-post" and f["excerpt"] == "laporan.docm"
    # and narrowed: without "exe", setup.exe is no finding of this rule
    data_copy("rules/sop.toml", 'extensions = ["docm", "exe", "scr",', 'extensions = ["docm", "scr",')
    draft_path.write_text("Sila jalankan setup.exe.\n", encoding="utf-8")
    out = run(*data_copy.dirs, "post", str(draft_path), "--format", "json")
    assert [f["rule"] for f in json.loads(out.stdout)["findings"]] == []


@pytest.mark.parametrize("term", ["yg=yang=x", "=yang", "yg=", "y g=yang"])
def test_malformed_short_forms_are_rejected(data_copy, term):
    data_copy("data/lexicon.toml", '"yg=yang"', f'"{term}"')
    proc = run(*data_copy.dirs, "rules", "--validate")
    assert proc.returncode == 2
    assert (
        f"data/lexicon.toml: key 'shortforms.terms': short form '{term}' must look like 'yg=yang'"
        in proc.stderr.decode()
    )


def test_a_clause_listed_twice_is_rejected(data_copy):
    data_copy("rules/sop.toml", 'clauses = ["SOP-7.5"]', 'clauses = ["SOP-7.5", "SOP-7.5"]')
    proc = run(*data_copy.dirs, "rules", "--validate")
    assert proc.returncode == 2
    assert (
        "rules/sop.toml: rule 'executable-in-post': key 'clauses': clause 'SOP-7.5' listed twice"
        in proc.stderr.decode()
    )


def test_failed_examples_exit_2(data_copy):
    data_copy("rules/sop.toml", '"Sila jalankan setup.exe untuk kemas kini.",', '"Sila jalankan setup kemas kini.",')
    proc = run(*data_copy.dirs, "rules", "--validate")
    assert proc.returncode == 2
    assert "key 'examples.flag': 'Sila jalankan setup kemas kini.' is not flagged" in proc.stderr.decode()
    assert b"1 problems" in proc.stdout


# --------------------------------------------------------------------------
# a report lists at most FINDINGS_PER_RULE findings of each rule (issue 24, item 12)


def test_findings_beyond_the_bound_of_a_rule_are_counted_not_listed(draft):
    from etika_check.jsonapi import FINDINGS_PER_RULE

    n = FINDINGS_PER_RULE + 150
    text = "Pengarah tu memang bodoh.\n" * n + "Hubungi Encik Ali di 012-345 6789.\n"
    path = draft(text)
    proc = run("post", "--format", "json", path)
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    rules = [f["rule"] for f in data["findings"]]
    assert rules.count("personal-attack") == FINDINGS_PER_RULE and rules.count("mobile-number") == 1
    assert data["omitted"] == {"personal-attack": 150}
    assert data["total"] == {"findings": n + 1, "reminders": len(data["reminders"])}
    # the first ones, in order
    assert [f["line"] for f in data["findings"] if f["rule"] == "personal-attack"] == list(
        range(1, FINDINGS_PER_RULE + 1)
    )
    proc = run("post", "--lang", "en", path)
    lines = proc.stdout.decode().splitlines()
    assert sum("[personal-attack]" in line and " error " in line for line in lines) == FINDINGS_PER_RULE
    assert f"{path}: 150 more findings of this rule, not listed [personal-attack]" in lines
    assert lines[-1].startswith(f"{n} errors, 1 warnings")
    ms = run("post", path).stdout.decode()
    assert f"{path}: 150 lagi dapatan peraturan ini, tidak disenaraikan [personal-attack]" in ms
    # --per-rule 0 lists every one
    data = json.loads(run("post", "--format", "json", "--per-rule", "0", path).stdout)
    assert len(data["findings"]) == n + 1 and "omitted" not in data and "total" not in data


def test_a_report_under_the_bound_is_unchanged(draft):
    data = json.loads(run("post", "--format", "json", draft(ERROR_DRAFT * 3)).stdout)
    assert len(data["findings"]) == 3 and "omitted" not in data and "total" not in data


def test_the_json_api_bounds_a_report_unless_the_request_sets_a_limit():
    from etika_check.jsonapi import FINDINGS_PER_RULE, handle

    text = "Pengarah tu memang bodoh.\n" * (FINDINGS_PER_RULE + 7)
    out = handle({"tool": "post", "text": text})
    assert len(out["findings"]) == FINDINGS_PER_RULE and out["omitted"] == {"personal-attack": 7}
    assert out["total"]["findings"] == FINDINGS_PER_RULE + 7
    out = handle({"tool": "post", "text": text, "limit": FINDINGS_PER_RULE + 5})  # the page's own bound
    assert len(out["findings"]) == FINDINGS_PER_RULE + 5 and "omitted" not in out
    assert out["total"]["findings"] == FINDINGS_PER_RULE + 7


def test_the_bounded_json_grows_with_the_findings_that_matter(draft):
    """Ten times the insults, the same answer but for the counts: output does not grow with them."""
    from etika_check.jsonapi import handle

    small = handle({"tool": "post", "text": "Pengarah tu memang bodoh.\n" * 1_000})
    large = handle({"tool": "post", "text": "Pengarah tu memang bodoh.\n" * 10_000})
    assert len(json.dumps(large)) - len(json.dumps(small)) < 50
