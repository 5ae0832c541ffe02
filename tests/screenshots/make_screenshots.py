"""Screenshots of the checker page for review (issue 21): both languages at 1366x900 and 390x844,
with a draft's findings showing. Not a test.

    .venv/bin/python tests/screenshots/make_screenshots.py SITE_DIR OUT_DIR

SITE_DIR is a built site with the checker bundle (``make html``: ``_build/html``).
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from browser_support import launched_chromium  # noqa: E402

DRAFT = {
    "ms": "Pengarah tu memang bodoh, tak layak jadi ketua. Menyampah!\nHubungi saya: 012-345 6789.\n"
    "Ketua unit pun bodoh juga.",
    "en": "My supervisor is an idiot, not fit to lead.\nCall me on 012-345 6789.\nThe unit head is an idiot too.",
}
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def main(site: str, out: str) -> None:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=site))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        with launched_chromium() as browser:
            for lang, draft in DRAFT.items():
                for name, (width, height) in SIZES.items():
                    context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
                    page = context.new_page()
                    page.goto(f"{origin}/{lang}/checker.html")
                    page.wait_for_selector("#etika-checker[data-state=ready]", timeout=90_000)
                    page.fill("#etika-post-text", draft)
                    page.wait_for_selector("#etika-post-results .etika-finding", timeout=90_000)
                    page.wait_for_timeout(800)
                    page.screenshot(path=f"{out}/checker-{lang}-{name}.png")
                    page.evaluate("document.querySelector('#etika-post-results').scrollIntoView()")
                    page.wait_for_timeout(300)
                    page.screenshot(path=f"{out}/checker-{lang}-{name}-findings.png")
                    context.close()
    finally:
        httpd.shutdown()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
