"""The checker page's boxes (issue 24, items 4 and 5).

Every box is bounded: a 1 MB paste into the account-name or holiday box is cut to the box's limit
(maxlength in docs/checker.md) by the browser before it lays the text out, as the draft box refuses what
passes its limit; the tool still answers. The draft is kept where only the checker page reads it (its
own history entry): another page of the site, in the same tab, finds it in no storage."""

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
    page.wait_for_selector("#etika-account-results .etika-finding, #etika-account-results .etika-clean", timeout=60_000)


def test_no_other_page_of_the_site_can_read_the_draft(session: Session):  # noqa: F811
    secret = "Pengarah tu memang bodoh. No IC 880515-02-5511."
    page = session.open("ms")
    page.fill("#etika-post-text", secret)
    page.wait_for_selector("#etika-post-results .etika-finding")
    page.wait_for_timeout(500)  # the draft is saved after the debounce
    page.goto(f"{session.server.origin}/ms/sop.html")
    stored = page.evaluate("""() => JSON.stringify([history.state, Object.entries(sessionStorage),
                                                     Object.entries(localStorage)])""")
    assert "880515" not in stored and "bodoh" not in stored, stored
    # Its own page, back in the tab's history, has it again.
    page.go_back()
    page.wait_for_selector("#etika-checker[data-state=ready]", timeout=60_000)
    assert page.input_value("#etika-post-text") == secret
    page.reload()
    page.wait_for_selector("#etika-checker[data-state=ready]", timeout=60_000)
    assert page.input_value("#etika-post-text") == secret
    # The tab's session storage holds no draft: at most the URL of the engine a handbook page
    # warmed (etika-engine.js, issue 23), which carries the build, never the text.
    session_items = dict(page.evaluate("Object.entries(sessionStorage)"))
    assert set(session_items) <= {"etika-engine"}, session_items
    assert all(
        "etika-worker.js" in url and "880515" not in url and "bodoh" not in url for url in session_items.values()
    ), session_items
