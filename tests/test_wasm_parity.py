"""The checker in Node-Pyodide answers exactly like the checker in CPython.

The bundle is built by ``wasm/build.py`` (the project's wheel and the pinned
python-stdnum wheel; the project's compiled to .pyc inside the runtime) into a
temporary directory; ``wasm/node/run.mjs`` loads the pinned Pyodide from
``wasm/node_modules`` (``make wasm-deps``), unpacks those wheels and runs
``glue.py`` exactly as the browser worker does. Every request goes through
``etika_check.jsonapi`` in both interpreters and the JSON text must be
identical, byte for byte:

* every example of every rule (flag and pass), as ``etika_check.examples``
  reads them for each input kind;
* the labelled drafts (tests/data/drafts.jsonl, and the shared starter set
  beside the repository when it is there);
* tricky Unicode of our own: emoji (astral, ZWJ sequences, skin tones, flags),
  combining marks (NFC and NFD), CRLF and lone CR, zero-width and bidi
  controls, NBSP, fullwidth digits, Jawi, CJK, mathematical alphanumerics,
  a lone surrogate, NUL, and a 2,000-character draft;
* access times for both policies and holidays, attachments, account names and
  malformed requests (the error answers must agree too).

Spans are Python ``str`` indices (code points), the same in both: Pyodide's
``str`` is CPython's. JavaScript counts UTF-16 code units, so the page
converts a span before highlighting (see ``cpToUtf16`` in
wasm/src/etika-checker-render.js; tests/test_checker_browser.py checks the result).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from etika_check import jsonapi
from etika_check.ruledata import load_ruleset

REPO = Path(__file__).resolve().parent.parent
WASM = REPO / "wasm"
SHARED_POSTS = REPO.parent / "shared" / "examples" / "posts.jsonl"
CORPUS = REPO / "tests" / "data" / "drafts.jsonl"
NODE = shutil.which("node")


def _load_build_module():
    spec = importlib.util.spec_from_file_location("etika_wasm_build", WASM / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def wasm_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh bundle built from this tree (never skipped: missing tools fail)."""
    assert NODE, "node is missing (Node.js >= 18 runs the parity script)"
    assert (WASM / "node_modules" / "pyodide" / "package.json").is_file(), (
        "wasm/node_modules is missing: run `make wasm-deps` (npm ci in wasm/)"
    )
    out = tmp_path_factory.mktemp("wasm") / "bundle"
    build = _load_build_module()
    assert build.main(["--out", str(out)]) == 0
    return out


# ---------------------------------------------------------------------------
# The requests


def example_request(rule, example: str) -> dict:
    """A rule example as a jsonapi request (the reading of etika_check.examples)."""
    if rule.applies_to == "post":
        return {"tool": "post", "text": example}
    if rule.applies_to == "time":
        when, _, rest = example.partition(" ")
        holidays = rest.split("=", 1)[1].split(",") if rest.startswith("holidays=") else []
        return {"tool": "time", "when": when, "policy": rule.matcher["policy"], "holidays": holidays}
    if rule.applies_to == "file":
        name, _, size = example.rpartition(" ")
        return {"tool": "file", "name": name, "size": int(size)}
    return {"tool": "account", "name": example}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


LONG_DRAFT = (
    "Assalamualaikum dan salam sejahtera. Jabatan ingin memaklumkan bahawa kaunter pembayaran duti "
    "dibuka dari 8.30 pagi hingga 4.30 petang, Isnin hingga Jumaat. 😀 Orang ramai dinasihatkan "
    "membawa kad pengenalan. Pengarah tu memang bodoh, tak layak jadi ketua. "
) * 9
LONG_DRAFT = LONG_DRAFT[:2000]

UNICODE_DRAFTS = [
    "Pengarah tu memang bodoh 😀😀 tak layak jadi ketua.",
    "😀 Pengarah tu memang bodoh, tak layak.",
    "👩🏽‍💻 Nombor IC suspek: 880515-02-5511, sila sebarkan. 🇲🇾",
    "Nombor IC: ８８０５１５-０２-５５１１ (digit lebar penuh).",
    "Nombor IC:\u00a0880515\u201102\u20115511",
    "Pengarah tu memang bodo\u0301h!",  # a combining acute accent inside the word
    unicodedata.normalize("NFD", "Café bodoh: pengarah tu memang bodoh, tak layak."),
    unicodedata.normalize("NFC", "Café bodoh: pengarah tu memang bodoh, tak layak."),
    "Baris satu.\r\nPengarah tu memang bodoh.\r\nBaris tiga dengan 880515-02-5511.\r\n",
    "Baris satu.\rPengarah tu memang bodoh.\rTamat.",
    "Pengarah\u200btu memang bo\u200bdoh, tak\u200dlayak.",
    "\u202eLink video lucah viral\u202c, tengok cepat sebelum kena buang.",
    "Password akaun Instagram jabatan: Jkdm#2025 🔑, tukar nanti.",
    "VIRAL 𝐕𝐈𝐑𝐀𝐋: mulai esok semua kedai tutup jam 6 petang. Kongsikan segera!!!",
    "ڤڠاره تو ممڠ بودوه — Pengarah tu memang bodoh.",
    "経理部長はバカだ。Pengarah tu bodoh.",
    "Ini laporan TERHAD 📄 dari bahagian penguatkuasaan, jangan viralkan.",
    "<img src=x onerror=alert(1)> Pengarah tu bodoh <script>alert(2)</script>",
    "Mari ramai-ramai undi parti kita dalam pilihan raya kecil minggu depan! 🗳️",
    "Lone surrogate \ud83d here, then bodoh.",
    "NUL \x00 inside, then bodoh.",
    "\t\tTabs and   spaces   bodoh\t",
    "",
    "   ",
    "😀" * 50,
    LONG_DRAFT,
]

TIME_REQUESTS = [
    {"tool": "time", "when": when, "policy": policy, "holidays": holidays}
    for policy in ("jkdm-2010", "perlis-2021")
    for when in (
        "2026-11-23T13:30:00+08:00",
        "2026-11-23T10:30:00+08:00",
        "2026-11-23T17:30:00+08:00",
        "2026-11-27T12:30:00+08:00",
        "2026-11-28T10:00:00+08:00",
        "2026-11-23T05:30:00Z",
        "2026-11-23T13:30",
        "08:15",
    )
    for holidays in ([], ["2026-11-23", "2026-11-24"])
    if when != "08:15"  # "HH:MM" means today: not comparable across two runs at midnight
] + [
    {"tool": "time", "when": "2026-12-25T10:00:00+08:00", "policy": "jkdm-2010", "holidays": ["2026-12-25"]},
]

OTHER_REQUESTS = [
    {"tool": "file", "name": "laporan.pdf", "size": 123456},
    {"tool": "file", "name": "invoice_kastam.pdf.exe", "size": 2048},
    {"tool": "file", "name": "Foto 😀 cuti.JPG", "size": 3 * 1024 * 1024},
    {"tool": "file", "name": "Photoshop-crack-patch.zip", "size": 10},
    {"tool": "file", "name": "aplikasi.apk", "size": 0},
    {"tool": "file", "name": "<img src=x onerror=alert(1)>.png", "size": 1},
    {"tool": "account", "name": "Facebook Rasmi Jabatan Kastam Diraja Malaysia"},
    {"tool": "account", "name": "Facebook Kastam"},
    {"tool": "account", "name": "Ali bin Abu (Kastam)"},
    {"tool": "account", "name": "Instagram Rasmi JKDM 🇲🇾"},
    # malformed: the error answers must agree too
    {"tool": "nope"},
    {},
    {"tool": "post"},
    {"tool": "post", "text": 5},
    {"tool": "time", "when": "not a time", "policy": "jkdm-2010", "holidays": []},
    {"tool": "time", "when": "2026-11-23T13:30:00+08:00", "policy": "no-such-policy", "holidays": []},
    {"tool": "time", "when": "2026-11-23T13:30:00+08:00", "policy": "jkdm-2010", "holidays": ["soon"]},
    # at the calendar's limits: a clear error, never a traceback (a size of 10**400 cannot
    # cross JavaScript's JSON, which makes it a float; test_checker_properties covers it)
    {"tool": "time", "when": "0001-01-01", "policy": "jkdm-2010", "holidays": []},
    {"tool": "time", "when": "9999-12-18T10:00", "policy": "perlis-2021", "holidays": []},
    {"tool": "file", "name": "", "size": 1},
    {"tool": "file", "name": "a.pdf", "size": -1},
    {"tool": "account", "name": "   "},
]


def all_requests() -> list[tuple[str, dict]]:
    cases: list[tuple[str, dict]] = []
    for rule in load_ruleset().rules:
        for i, ex in enumerate(rule.examples_flag):
            cases.append((f"example:{rule.id}:flag:{i}", example_request(rule, ex)))
        for i, ex in enumerate(rule.examples_pass):
            cases.append((f"example:{rule.id}:pass:{i}", example_request(rule, ex)))
    corpora = [CORPUS] + ([SHARED_POSTS] if SHARED_POSTS.exists() else [])
    for path in corpora:
        for i, case in enumerate(_jsonl(path)):
            cases.append((f"{path.name}:{i}", {"tool": "post", "text": case["text"]}))
    for i, text in enumerate(UNICODE_DRAFTS):
        cases.append((f"unicode:{i}", {"tool": "post", "text": text}))
    for i, req in enumerate(TIME_REQUESTS + OTHER_REQUESTS):
        cases.append((f"other:{i}", req))
    return cases


# ---------------------------------------------------------------------------
# Running both sides


def cpython_answer(request: dict) -> str:
    return jsonapi.handle_json(json.dumps(request))


def node_answers(bundle: Path, requests: list[dict], snapshot: bool = False) -> tuple[dict, list[str]]:
    payload = "".join(json.dumps(r) + "\n" for r in requests)
    proc = subprocess.run(
        [NODE, str(WASM / "node" / "run.mjs"), "--bundle", str(bundle)] + (["--snapshot"] if snapshot else []),
        input=payload.encode("utf-8"),
        capture_output=True,
        timeout=600,
        check=False,
    )
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, f"node run.mjs failed ({proc.returncode}):\n{stderr[-4000:]}"
    lines = proc.stdout.decode("utf-8").split("\n")
    assert lines[-1] == ""
    info = json.loads(lines[0])["__info__"]
    return info, lines[1:-1]


@pytest.fixture(scope="session", params=["plain", "snapshot"])
def parity_run(wasm_bundle: Path, request: pytest.FixtureRequest):
    """Every request through Node-Pyodide, started plainly and restored from the bundle's memory snapshot."""
    cases = all_requests()
    info, answers = node_answers(wasm_bundle, [req for _, req in cases], snapshot=request.param == "snapshot")
    assert info["start"] == request.param
    assert len(answers) == len(cases)
    return info, cases, answers


def test_pyodide_is_the_pinned_version(parity_run):
    info, _, _ = parity_run
    package = json.loads((WASM / "package.json").read_text())
    assert info["pyodide"] == package["dependencies"]["pyodide"] == "314.0.7"
    # The bundle's bytecode is the runtime's own CPython (3.14), whatever this
    # interpreter is (the CLI and library support 3.11+).
    assert info["python"].startswith("3.14.")
    import etika_check

    assert info["etika_check"] == etika_check.__version__


def test_every_request_answers_identically(parity_run):
    _, cases, answers = parity_run
    mismatches = []
    for (label, request), node_json in zip(cases, answers):
        py_json = cpython_answer(request)
        if node_json != py_json:
            mismatches.append(
                f"{label}: {json.dumps(request, ensure_ascii=False)[:120]}\n"
                f"  cpython: {py_json[:300]}\n  pyodide: {node_json[:300]}"
            )
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ:\n" + "\n".join(mismatches[:20])


def test_the_corpus_really_exercises_the_engine(parity_run):
    """Guard against a vacuous pass: findings, errors and every tool occur."""
    _, cases, answers = parity_run
    parsed = [json.loads(a) for a in answers]
    assert sum(1 for p in parsed if p.get("findings")) > 50
    assert sum(1 for p in parsed if "error" in p) >= 8
    assert {req.get("tool") for _, req in cases} >= {"post", "time", "file", "account"}
    assert any(p.get("allowed") is True for p in parsed) and any(p.get("allowed") is False for p in parsed)
    # Highlighting relies on spans past astral characters being code-point indices.
    astral = [
        (req["text"], p)
        for (_, req), p in zip(cases, parsed)
        if req.get("tool") == "post"
        and isinstance(req.get("text"), str)
        and any(ord(c) > 0xFFFF for c in req["text"])
        and p.get("findings")
    ]
    assert astral, "no finding in a draft with astral characters"
    for text, p in astral:
        for f in p["findings"]:
            if f["span"]:
                a, b = f["span"]
                assert 0 <= a < b <= len(text)


def test_now_is_answered(wasm_bundle: Path):
    """``when: null`` (now) works in Pyodide: the clock and the fixed UTC+8 zone (no tzdata)."""
    req = {"tool": "time", "when": None, "policy": "jkdm-2010", "holidays": []}
    _, (answer,) = node_answers(wasm_bundle, [req])
    got = json.loads(answer)
    assert isinstance(got.get("allowed"), bool), answer
    assert got["when"].endswith("+08:00")
    # Pyodide's clock is the browser's (or Node's): within minutes of CPython's.
    want = json.loads(cpython_answer(req))
    delta = datetime.fromisoformat(got["when"]) - datetime.fromisoformat(want["when"])
    assert abs(delta.total_seconds()) < 600, (got["when"], want["when"])


def test_json_text_survives_non_json_input(wasm_bundle: Path):
    """The worker passes JSON text; whatever arrives, Python answers with JSON (no exception)."""
    proc = subprocess.run(
        [
            NODE,
            "--input-type=module",
            "-e",
            f"""
        import {{ loadEngine }} from {json.dumps((WASM / "node" / "engine.mjs").as_uri())};
        const e = await loadEngine({{ bundle: {json.dumps(str(wasm_bundle))} }});
        for (const s of ["not json", "[1,2]", "null", '{{"tool": "post", "text": "bodoh"}}'])
          console.log(e.handleJson(s));
        """,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.strip().split("\n")
    assert len(lines) == 4
    for line, s in zip(lines, ["not json", "[1,2]", "null", '{"tool": "post", "text": "bodoh"}']):
        assert line == jsonapi.handle_json(s)


def test_a_restored_interpreter_needs_no_file(wasm_bundle: Path, tmp_path: Path):
    """Restored from the snapshot, the checker answers every request of this file without importing a
    module or opening a file: so the restore leaves out the standard library's zip (issue 23; the
    worker neither downloads nor writes it, wasm/src/etika-snapshot.js), and the wheels are not unpacked.
    An import found here means the snapshot lacks a module the checker needs: import it at start-up
    (or in glue.py's warm-up) instead."""
    requests_file = tmp_path / "requests.json"  # a file: a large stdin read at once can fail (EAGAIN)
    requests_file.write_text(json.dumps([req for _, req in all_requests()]), encoding="utf-8")
    proc = subprocess.run(
        [
            NODE,
            "--input-type=module",
            "-e",
            f"""
        import {{ loadEngine }} from {json.dumps((WASM / "node" / "engine.mjs").as_uri())};
        import {{ readFileSync }} from "node:fs";
        const e = await loadEngine({{ bundle: {json.dumps(str(wasm_bundle))}, snapshot: true }});
        e.pyodide.runPython(`
import sys
etika_audit = []
sys.addaudithook(lambda ev, args: ev in ("open", "import", "os.listdir", "os.scandir")
                 and etika_audit.append(f"{{ev}} {{args!r:.200}}"))
`);
        const requests = JSON.parse(readFileSync({json.dumps(str(requests_file))}, "utf8"));
        for (const r of requests) e.handleJson(JSON.stringify(r));
        const audit = e.pyodide.runPython("import json; json.dumps(etika_audit)");
        const files = e.pyodide.runPython("import os, json; json.dumps(sorted(os.listdir('/lib')))");
        const site = e.pyodide.runPython("import json, site; json.dumps(os.listdir(site.getsitepackages()[0]))");
        console.log(JSON.stringify({{ n: requests.length, audit: JSON.parse(audit), lib: JSON.parse(files),
                                      site: JSON.parse(site) }}));
        """,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["n"] > 500
    assert got["audit"] == [], got["audit"][:20]
    assert got["lib"] == ["python3.14"]  # no python314.zip
    assert got["site"] == []  # no wheel unpacked
