"""The browser checker starts from the bundle's memory snapshot, and without it.

The worker restores Pyodide from ``manifest.snapshot`` (made by ``make
wasm``); missing, stale (another runtime or bundle) or unreadable, it starts
plainly and the reader sees nothing but a checker that works. The session
fixture (tests/test_checker_browser.py) routes every request, fails on any
request off the local server and on any CSP violation.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from playwright.sync_api import Route

from test_checker_browser import (  # noqa: F401  (fixtures)
    VIOLATING,
    Session,
    browser,
    checker_site,
    playwright,
    server,
    session,
    wait_findings,
)


def _start(page) -> str:
    return page.evaluate("window.etikaChecker.timings.worker.start")


def _manifest(site: Path) -> dict:
    return json.loads((site / "ms" / "_static" / "wasm" / "manifest.json").read_text())


def _checks_and_no_alarm(page) -> None:
    page.fill("#etika-post-text", VIOLATING)
    wait_findings(page, "personal-attack")
    assert page.get_attribute("#etika-status", "role") != "alert"
    assert page.get_attribute("#etika-checker", "data-state") == "ready"


def test_starts_from_the_snapshot(session: Session, checker_site: Path):
    page = session.open("ms")
    assert _start(page) == "snapshot"
    _checks_and_no_alarm(page)
    snapshot = "/ms/_static/wasm/" + _manifest(checker_site)["snapshot"]["file"]
    assert snapshot in session.requested
    # The snapshot holds the checker: a restored worker fetches no wheel, no glue.py.
    assert "/ms/_static/wasm/glue.py" not in session.requested
    assert not [r for r in session.requested if "/_static/wasm/wheels/" in r], session.requested
    # The page named the snapshot in the worker's URL: the worker started it
    # at once, and the stages it reports are in order on the page's timeline.
    stages = page.evaluate("window.etikaChecker.timings.stages")
    order = ["start", "loader", "instantiate", "wasm", "module", "copied", "bootstrapped", "restored", "ready",
             "first-check"]
    assert [stages[name] for name in order] == sorted(stages[name] for name in order), stages
    # The WebAssembly compiled and the module created while the snapshot downloaded.
    assert stages["compiled"] <= stages["wasm"] and stages["start"] < stages["snapshot"] <= stages["copied"], stages
    assert 0 < stages["start"] < stages["first-check"], stages


def test_falls_back_silently_when_the_snapshot_is_missing(session: Session):
    session.abort_suffixes = (".bin.gz",)
    page = session.open("ms")
    assert _start(page) == "plain"
    _checks_and_no_alarm(page)
    assert "/ms/_static/wasm/glue.py" in session.requested


def _serve_instead(session: Session, body: bytes) -> None:
    """Every page of the session gets `body` for the snapshot file."""
    original = session._route

    def route(r: Route) -> None:
        if r.request.url.split("?", 1)[0].endswith(".bin.gz"):
            session.requested.append("(replaced snapshot)")
            r.fulfill(status=200, body=body, content_type="application/octet-stream")
        else:
            original(r)

    session._route = route  # type: ignore[method-assign]


def test_falls_back_when_the_snapshot_is_of_another_runtime(session: Session, checker_site: Path):
    entry = _manifest(checker_site)["snapshot"]
    raw = bytearray(gzip.decompress((checker_site / "ms" / "_static" / "wasm" / entry["file"]).read_bytes()))
    raw[16:48] = bytes(32)  # Pyodide's runtime build id in the snapshot's header
    _serve_instead(session, gzip.compress(bytes(raw), mtime=0))
    page = session.open("ms")
    assert "(replaced snapshot)" in session.requested
    assert _start(page) == "plain"
    _checks_and_no_alarm(page)


def test_falls_back_when_the_snapshot_is_damaged(session: Session, checker_site: Path):
    entry = _manifest(checker_site)["snapshot"]
    data = (checker_site / "ms" / "_static" / "wasm" / entry["file"]).read_bytes()
    _serve_instead(session, data[: len(data) // 2])  # truncated: the gzip stream fails
    page = session.open("en")
    assert "(replaced snapshot)" in session.requested
    assert _start(page) == "plain"
    _checks_and_no_alarm(page)
