"""Every box of the checker page is bounded (issue 24, item 5): a 1 MB paste into the account-name or
holiday box is cut to the box's limit (maxlength in docs/checker.md) by the browser before it lays the
text out, as the draft box refuses what passes its limit; the tool still answers."""

from __future__ import annotations

from test_checker_browser import (  # noqa: F401  (fixtures)
    Session,
    browser,
    checker_site,
    playwright,
    server,
    session,
)

LIMITS = {"#etika-account-name": 200, "#etika-time-holidays": 2000}


def test_a_huge_paste_is_cut_to_the_box_limit(session: Session):  # noqa: F811
    page = session.open("ms")
    for box, limit in LIMITS.items():
        assert page.get_attribute(box, "maxlength") == str(limit)
        page.focus(box)
        # A paste as the browser inserts it (CDP Input.insertText, as from the clipboard).
        page.keyboard.insert_text("x" * 1_000_000)
        assert page.evaluate("(s) => document.querySelector(s).value.length", box) == limit, box
    page.fill("#etika-account-name", "")
    page.keyboard.insert_text("Jabatan Kastam " * 100_000)
    page.wait_for_selector("#etika-account-results .etika-finding, #etika-account-results .etika-clean",
                           timeout=60_000)
