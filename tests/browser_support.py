"""What the real-browser tests share: Debian's Chromium and its flags (one place
for them and for make bench: etika_tools.chromium), and the axe-core
accessibility check (pinned by tests/browser/package-lock.json)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from etika_tools.chromium import CHROMIUM, CHROMIUM_ARGS

__all__ = ["AXE", "CHROMIUM", "CHROMIUM_ARGS", "axe_violations", "launched_chromium", "serious"]

REPO = Path(__file__).resolve().parent.parent
AXE = REPO / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"


@contextmanager
def launched_chromium() -> Iterator[Browser]:
    """Debian's Chromium through Playwright with the project's flags; a clear failure when it is missing."""
    assert Path(CHROMIUM).is_file(), "chromium is missing: apt-get install chromium (make system-deps)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def axe_violations(page: Page) -> list[dict]:
    """Run axe-core (WCAG 2.1 A/AA and best practice) on the page; every violation found."""
    assert AXE.is_file(), "axe-core is missing: run `make handbook-browser-deps`"
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async () => {
            const r = await axe.run(document, {
              runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
              resultTypes: ['violations'],
            });
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
        }"""
    )


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in ("serious", "critical")]
