"""The Chromium that the browser tests and ``make bench`` drive through Playwright.

Debian's ``/usr/bin/chromium`` (``make system-deps``): Playwright cannot
download browsers here.  Without the background-networking flags Chromium
tries to reach Google's hosts at start-up; the tests must see no request off
the local server, and the bench must measure the page alone.
"""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"

CHROMIUM_ARGS: list[str] = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
