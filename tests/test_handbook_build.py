"""A full build of the real handbook, Malay and English (``handbook_site`` in conftest).

The build itself runs with ``-W --keep-going -n``: any warning fails it.  The
expectations below are derived from the sources (docs/*.md) and the checker's
data (clauses, instruments, rules), not written out by hand, so they follow the
content as it changes.  Structure (clauses, links, cited-by lists, the rule
catalogue) is checked on the doctrees of that build, resolved by its own Sphinx
application (``handbook_doctree`` in conftest.py: loaded from the pickled
environment, nothing is rebuilt); what the theme and templates write (language switch, user interface,
assets) on the HTML.
"""

from __future__ import annotations

import html
import pickle
import posixpath
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docutils import nodes
from sphinx_support import by_class, link, links, text

from etika_check import strings
from etika_check.matchers import REGISTRY
from etika_check.ruledata import anchor, load_ruleset
from etika_handbook.domain import CLAUSE_ATTR

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"

LANGS = ("ms", "en")
RULESET = load_ruleset()

# -- the sources ------------------------------------------------------------------

FENCE = re.compile(r"^\s*(?P<fence>:{3,}|`{3,}|~{3,})\s*(?:\{(?P<name>[\w:-]+)\}\s*(?P<arg>\S+)?)?")
LAW_ROLE = re.compile(r"\{(?:etika:)?law\}`(?P<body>[^`]+)`")
CLAUSE_ROLE = re.compile(r"\{(?:etika:)?clause\}`(?P<body>[^`]+)`")


def role_target(body: str) -> tuple[str, bool]:
    """(target, explicit text?) of a role's content."""
    match = re.fullmatch(r"(?s)(.*?)\s*<([^<>]+)>", body.strip())
    return (match.group(2), True) if match else (body.strip(), False)


def docname(path: Path) -> str:
    return path.relative_to(DOCS).with_suffix("").as_posix()


def source_pages() -> dict[str, str]:
    return {
        docname(p): p.read_text(encoding="utf-8")
        for p in sorted(DOCS.rglob("*.md"))
        if not any(part.startswith("_") for part in p.relative_to(DOCS).parts)
    }


def law_refs_by_clause(text: str) -> list[tuple[str, str | None]]:
    """(instrument, innermost enclosing clause) of every {law} reference."""
    stack: list[tuple[str, str | None]] = []  # (fence, clause id or None)
    refs: list[tuple[str, str | None]] = []
    for line in text.splitlines():
        match = FENCE.match(line)
        if match:
            fence = match.group("fence")
            if (
                stack
                and not match.group("name")
                and line.strip() == line.strip()[0] * len(line.strip())
                and fence[0] == stack[-1][0][0]
                and len(fence) >= len(stack[-1][0])
            ):
                stack.pop()
                continue
            if stack and stack[-1][0][0] == "`":
                continue  # inside a code block
            clause = match.group("arg") if match.group("name") in ("clause", "etika:clause") else None
            stack.append((fence, clause))
            continue
        inner = next((c for _f, c in reversed(stack) if c), None)
        for ref in LAW_ROLE.finditer(line):
            refs.append((role_target(ref.group("body"))[0], inner))
    return refs


PAGES = source_pages()


def expected_citing_clauses(instrument: str) -> list[str]:
    found = {
        clause for text in PAGES.values() for inst, clause in law_refs_by_clause(text) if inst == instrument and clause
    }
    order = list(RULESET.clauses)
    return sorted(found, key=order.index)


# -- the output ---------------------------------------------------------------------


def read(site: Path, lang: str, page: str) -> str:
    return (site / lang / f"{page}.html").read_text(encoding="utf-8")


def rel(from_page: str, to: str) -> str:
    """Relative URL from the page *from_page* to the file *to* (both site-relative)."""
    return posixpath.relpath(to, posixpath.dirname(from_page) or ".")


def html_pages(site: Path, lang: str) -> list[str]:
    return sorted(
        p.relative_to(site / lang).with_suffix("").as_posix()
        for p in (site / lang).rglob("*.html")
        if "_static" not in p.parts
    )


SMART_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u2013": "--", "\u2014": "---"}
)


def plain(value: str) -> str:
    """*value* with white space runs as one space and what Sphinx's smart quotes make
    (curly quotes, ellipsis, dashes) written plainly."""
    return " ".join(value.translate(SMART_QUOTES).split())


def clause_container(doctree: nodes.document, clause_id: str) -> nodes.container:
    [container] = [n for n in by_class(doctree, "etika-clause", nodes.container) if n.get(CLAUSE_ATTR) == clause_id]
    return container


# -- tests ------------------------------------------------------------------------------


def test_sources_exist():
    assert "index" in PAGES and "sop" in PAGES and "katalog-peraturan" in PAGES
    for instrument in RULESET.instruments:
        assert f"perundangan/{instrument}" in PAGES, f"no page for {instrument}"


def test_root_language_chooser(handbook_site):
    page = (handbook_site / "index.html").read_text(encoding="utf-8")
    assert 'href="ms/index.html"' in page and 'href="en/index.html"' in page
    assert "<script" not in page


def test_every_page_names_its_icon(handbook_site):
    """A page without <link rel="icon"> makes the browser ask for /favicon.ico: a 404 in the console."""
    pages = sorted(handbook_site.glob("*.html")) + sorted(handbook_site.glob("[me][sn]/**/*.html"))
    assert len(pages) > 40
    for path in pages:
        text = path.read_text(encoding="utf-8")
        hrefs = re.findall(r'<link rel="(?:shortcut )?icon" href="([^"]+)"', text)
        assert len(hrefs) == 1, path
        assert (path.parent / hrefs[0]).resolve().is_file(), (path, hrefs[0])


@pytest.mark.parametrize("lang", LANGS)
def test_every_clause_anchor_on_its_page(handbook_site, handbook_doctree, lang):
    for clause in RULESET.clauses.values():
        container = clause_container(handbook_doctree(lang, clause.page), clause.id)
        assert container["ids"] == [anchor(clause.id)], (clause.id, lang)
        # its badge links to itself
        [ref] = container[0].findall(nodes.reference)
        assert link(ref) == (f"#{anchor(clause.id)}", clause.id)
        assert f'id="{anchor(clause.id)}"' in read(handbook_site, lang, clause.page), (clause.id, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_law_and_clause_references_link(handbook_doctree, lang):
    checked = 0
    for page, source in PAGES.items():
        found = links(handbook_doctree(lang, page))
        hrefs = {href for href, _t in found}
        for ref in LAW_ROLE.finditer(source):
            target, explicit = role_target(ref.group("body"))
            url = rel(page, f"perundangan/{target}.html")
            if page == f"perundangan/{target}":
                url = ""  # a page's own title is not linked to itself
                continue
            assert url in hrefs, f"{page}: no link to {url} ({lang})"
            if not explicit:
                short = RULESET.instruments[target].short.get(lang)
                assert (url, short) in found, f"{page}: {{law}}`{target}` should read {short!r} ({lang})"
            checked += 1
        for ref in CLAUSE_ROLE.finditer(source):
            target, _explicit = role_target(ref.group("body"))
            clause_page = RULESET.clauses[target].page
            url = f"#{anchor(target)}" if clause_page == page else rel(page, f"{clause_page}.html#{anchor(target)}")
            assert url in hrefs or rel(page, f"{clause_page}.html#{anchor(target)}") in hrefs, (
                f"{page}: no link to clause {target} ({lang})"
            )
            checked += 1
    assert checked > 20


def cited_by(doctree: nodes.document, kind: str) -> list[nodes.list_item]:
    """The items of the page's cited-by list of *kind* ("clauses" or "rules")."""
    lists = by_class(doctree, f"etika-cited-by-{kind}", nodes.bullet_list)
    assert len(lists) <= 1
    return [item for lst in lists for item in lst.children]


@pytest.mark.parametrize("lang", LANGS)
def test_cited_by_lists(handbook_doctree, lang):
    some_clauses = 0
    for instrument in RULESET.instruments:
        doctree = handbook_doctree(lang, f"perundangan/{instrument}")
        clauses = [text(next(iter(item.findall(nodes.reference)))) for item in cited_by(doctree, "clauses")]
        rules = [text(next(iter(item.findall(nodes.reference)))) for item in cited_by(doctree, "rules")]
        assert clauses == expected_citing_clauses(instrument), instrument
        assert rules == [r.id for r in RULESET.rules if instrument in r.instruments], instrument
        assert [plain(text(item)) for item in cited_by(doctree, "clauses")] == [
            plain(f"{c} – {RULESET.clauses[c].title.get(lang)}") for c in clauses
        ]
        assert [plain(text(item)) for item in cited_by(doctree, "rules")] == [
            plain(f"{r.id} – {r.title.get(lang)}") for r in RULESET.rules if instrument in r.instruments
        ]
        some_clauses += len(clauses)
    assert some_clauses > 0


@pytest.mark.parametrize("lang", LANGS)
def test_rule_catalogue(handbook_doctree, lang):
    """The officers' catalogue: each rule's title, severity, what it means and what to do, the
    clauses it enforces; none of the matcher's internals (they are on the technical notes)."""
    colours = {"error": "danger", "warning": "warning", "info": "info"}
    sections = {
        section["ids"][0]: section
        for section in by_class(handbook_doctree(lang, "katalog-peraturan"), "etika-rule", nodes.section)
    }
    # one section per rule, in the rule data's order
    assert list(sections) == [f"rule-{rule.id}" for rule in RULESET.rules]
    for rule in RULESET.rules:
        section = sections[f"rule-{rule.id}"]
        assert plain(text(section[0])) == plain(rule.title.get(lang)), rule.id
        [badge] = by_class(section, "etika-severity", nodes.inline)
        assert f"sd-bg-{colours[rule.severity]}" in badge["classes"], rule.id
        # the verdict word of the checker's finding cards (issue 21, item 6), not "ralat"/"amaran"
        assert text(badge) == strings.text(f"page.severity.{rule.severity}", lang), rule.id
        assert rule.id in {text(lit) for lit in by_class(section, "etika-rule-id", nodes.literal)}
        paragraphs = [plain(text(p)) for p in section.findall(nodes.paragraph)]
        assert plain(" ".join(rule.why.get(lang).split("\n\n")[0].split())) in paragraphs, rule.id
        assert rule.fix is not None and plain(rule.fix.get(lang)) in paragraphs, rule.id
        hrefs = {href for href, _t in links(section)}
        for clause_id in rule.clauses:
            page = RULESET.clauses[clause_id].page
            assert rel("katalog-peraturan", f"{page}.html#{anchor(clause_id)}") in hrefs, (rule.id, clause_id)
        # the message: its placeholders are named for the reader, never shown as {code}
        assert not re.search(r"\{\w+\}", text(section)), rule.id
        placeholders = [text(e) for e in by_class(section, "etika-placeholder", nodes.emphasis)]
        if "{excerpt}" in rule.message.get(lang):
            label = "petikan" if lang == "ms" else "excerpt"
            assert f"\u27e8{label}\u27e9" in placeholders, rule.id
        # no internals: no matcher, no word list
        fields = {text(f[0]) for f in section.findall(nodes.field)}
        assert not fields & {"Pemadan", "Matcher", "Senarai perkataan", "Word lists"}, rule.id
        assert not by_class(section, "etika-word-lists", nodes.paragraph), rule.id
    assert not by_class(handbook_doctree(lang, "katalog-peraturan"), "etika-frame", nodes.section)


@pytest.mark.parametrize("lang", LANGS)
def test_rule_internals(handbook_doctree, lang):
    """The policy team's technical notes: for each rule its matcher, the word lists it reads and
    the placeholders it fills, and a link to the rule in the officers' catalogue."""
    sections = {
        section["ids"][0]: section
        for section in by_class(handbook_doctree(lang, "peraturan-teknikal"), "etika-rule-internals", nodes.section)
    }
    assert list(sections) == [f"internals-{rule.id}" for rule in RULESET.rules]
    for rule in RULESET.rules:
        section = sections[f"internals-{rule.id}"]
        assert plain(text(section[0])) == plain(f"{rule.id} {rule.title.get(lang)}"), rule.id
        assert rel("peraturan-teknikal", f"katalog-peraturan.html#rule-{rule.id}") in {
            href for href, _t in links(section)
        }, rule.id
        spec = REGISTRY[rule.matcher["kind"]]
        fields = {text(f[0]): f[1] for f in section.findall(nodes.field)}
        matcher = fields["Pemadan" if lang == "ms" else "Matcher"]
        assert text(next(iter(matcher.findall(nodes.literal)))) == spec.kind, rule.id
        literals = {text(lit) for lit in section.findall(nodes.literal)}
        for name in (*spec.lists_for(rule.matcher), *spec.placeholders):
            assert name in literals, (rule.id, name)
        assert not re.search(r"\{\w+\}", text(section)), rule.id


@pytest.mark.parametrize("lang", LANGS)
def test_frame_catalogue(handbook_doctree, lang):
    """Every clause frame of the abuse matcher (data/constructions.toml) has its section on the
    technical notes page: its purpose in the page language, its word lists, its examples folded."""
    from etika_check.judgement.constructions import QUESTION_TAG
    from etika_check.ruledata import default_ruleset

    FRAMES = default_ruleset().constructions.frames

    assert len(FRAMES) >= 10
    every = {
        section["ids"][0]: section
        for section in by_class(handbook_doctree(lang, "peraturan-teknikal"), "etika-frame", nodes.section)
    }
    sections = {key: section for key, section in every.items() if key.startswith("frame-")}
    # one section per frame, in the data's order, then one per sequence
    assert list(sections) == [f"frame-{frame.name.replace('_', '-')}" for frame in FRAMES]
    sequences = default_ruleset().constructions.sequences
    assert [k for k in every if k.startswith("construction-")] == [
        f"construction-{seq.name.replace('_', '-')}" for seq in sequences
    ]
    for frame in FRAMES:
        section = sections[f"frame-{frame.name.replace('_', '-')}"]
        about = frame.about[0] if lang == "ms" else frame.about[1]
        assert plain(text(section[0])) == plain(f"{frame.name} {about}"), frame.name
        literals = {text(lit) for lit in section.findall(nodes.literal)}
        for name in (*frame.predicates, *frame.deniers):
            assert name in literals, (frame.name, name)
        if frame.asked_with:  # a question opened by a word, or tagged after the predicate ("X ni manusia ke?")
            assert {frame.asked_with, QUESTION_TAG} <= literals, frame.name
        fields = {text(f[0]): text(f[1]) for f in section.findall(nodes.field)}
        assert ("Kekutuban" if lang == "ms" else "Polarity") in fields
        assert str(frame.reach) in fields["Jangkauan" if lang == "ms" else "Reach"], frame.name
        # the examples come after the fold opens
        children = list(section.children)
        opening = next(
            i
            for i, child in enumerate(children)
            if isinstance(child, nodes.raw) and "etika-examples-fold" in child.astext()
        )
        folded = [text(block) for child in children[opening + 1 :] for block in child.findall(nodes.literal_block)]
        for example in frame.examples_flag:
            assert " ".join(example.split()) in folded, (frame.name, example)


@pytest.mark.parametrize("lang", LANGS)
def test_language_switch_on_every_page(handbook_site, lang):
    other = "en" if lang == "ms" else "ms"
    pages = html_pages(handbook_site, lang)
    assert len(pages) >= len(PAGES)
    for page in pages:
        text = read(handbook_site, lang, page)
        href = "../" * (page.count("/") + 1) + f"{other}/{page}.html"
        assert f'etika-lang-switch-content" href="{href}"' in text, page
        assert f'etika-lang-switch-header" href="{href}"' in text, page
        assert (handbook_site / other / f"{page}.html").is_file()


class AssetCollector(HTMLParser):
    """Every URL a page loads by itself (not the links a reader may follow)."""

    ATTRS = {
        "script": ("src",),
        "link": ("href",),
        "img": ("src", "srcset"),
        "source": ("src", "srcset"),
        "iframe": ("src",),
        "embed": ("src",),
        "object": ("data",),
        "video": ("src", "poster"),
        "audio": ("src",),
        "track": ("src",),
        "input": ("src",),
    }

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "link" and (values.get("rel") or "") in ("alternate", "canonical"):
            return
        for name in self.ATTRS.get(tag, ()):
            if values.get(name):
                self.urls.append(values[name])
        if values.get("style"):
            self.styles.append(values["style"])
        self._in_style = tag == "style"

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)

    def handle_endtag(self, tag):
        self._in_style = False


EXTERNAL = re.compile(r"^\s*(https?:)?//", re.I)
CSS_EXTERNAL = re.compile(r"""(url\(\s*['"]?\s*(https?:)?//|@import\s+['"]\s*(https?:)?//)""", re.I)


# -- the EPUB downloads on the home page --------------------------------------------

EPUB_LABELS = {
    "ms": ("Muat turun eBook (EPUB)", ["Bahasa Melayu", "Bahasa Inggeris"]),
    "en": ("Download the eBook (EPUB)", ["Malay", "English"]),
}


def epub_links(handbook_doctree, lang: str) -> list[tuple[str, str]]:
    """(href, text) of the download links on a language's home page."""
    return [link(ref) for ref in by_class(handbook_doctree(lang, "index"), "etika-epub-download", nodes.reference)]


def assert_valid_epub(data: bytes, lang: str) -> None:
    """A zip whose first member is ``mimetype`` (stored) saying application/epub+zip, a book in *lang*."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as book:
        assert book.testzip() is None
        first = book.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert book.read("mimetype") == b"application/epub+zip"
        opf = re.search(r'full-path="([^"]+)"', book.read("META-INF/container.xml").decode()).group(1)
        assert f"<dc:language>{lang}</dc:language>" in book.read(opf).decode()
        # a book does not link to the downloads (its home page has no download card)
        home = book.read("index.xhtml").decode()
        assert "muat-turun" not in home and "etika-epub-download" not in home


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_links_both_epubs(handbook_site, handbook_doctree, lang):
    title, texts = EPUB_LABELS[lang]
    assert title in [text(card) for card in by_class(handbook_doctree(lang, "index"), "sd-card-title")]
    links_ = epub_links(handbook_doctree, lang)
    assert [label for _href, label in links_] == texts
    for (href, _text), book in zip(links_, LANGS):
        assert href == f"../muat-turun/etika-handbook-{RULESET.edition.id}-{book}.epub"
        path = (handbook_site / lang / href).resolve()
        assert path.is_file(), href
        assert_valid_epub(path.read_bytes(), book)
    # each link says the book's format and size, of the file placed beside the pages
    from etika_handbook.epub import size_label

    home = read(handbook_site, lang, "index")
    for book in LANGS:
        size = (handbook_site / "muat-turun" / f"etika-handbook-{RULESET.edition.id}-{book}.epub").stat().st_size
        label = size_label(size)
        assert re.fullmatch(r"\(EPUB, \d+\.\d MB\)|\(EPUB, \d+ KB\)", label), label
        assert f'<span class="etika-epub-size etika-epub-size-{book}"> {label}</span>' in home, (book, label)


@pytest.mark.parametrize("lang", LANGS)
def test_checker_page_quotes_every_cited_clause(handbook_site, lang):
    """The checker's page holds, as a JSON data block, the beginning of each clause a rule cites,
    in the page's language, read from the clause's own page (its finding cards quote it); the
    EPUB's copy of the page holds no such block."""
    import io
    import json
    import zipfile

    page = read(handbook_site, lang, "checker")
    block = re.search(r'<script type="application/json" id="etika-clause-quotes">(.*?)</script>', page, re.S)
    assert block, "no clause quotations on the checker page"
    quotes = json.loads(block.group(1))
    cited = {c for rule in RULESET.rules for c in rule.clauses}
    assert cited <= set(quotes), sorted(cited - set(quotes))
    for clause_id in cited:
        quote = quotes[clause_id]
        assert 10 <= len(quote) <= 181 and "\n" not in quote, (clause_id, quote)
        clause_page = read(handbook_site, lang, RULESET.clauses[clause_id].page)
        words = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", clause_page)).split())
        assert quote.rstrip("\u2026")[:60] in words, (clause_id, quote)
    assert quotes["SOP-7.2"].startswith("menjatuhkan maruah" if lang == "ms" else "degrading the dignity")
    book = handbook_site / "muat-turun" / f"etika-handbook-{RULESET.edition.id}-{lang}.epub"
    with zipfile.ZipFile(io.BytesIO(book.read_bytes())) as epub:
        assert "etika-clause-quotes" not in epub.read("checker.xhtml").decode()


def test_epub_sizes_are_filled_again_when_the_books_change(tmp_path):
    """The size beside a download link is replaced, not added to, when the books are placed again."""
    from etika_handbook.epub import mark_sizes, size_label

    page = tmp_path / "ms" / "index.html"
    page.parent.mkdir()
    page.write_text(
        '<a class="etika-epub-download" href="x">Bahasa Melayu</a>'
        '<span class="etika-epub-size etika-epub-size-ms"></span> '
        '<span class="etika-epub-size etika-epub-size-en"></span>',
        encoding="utf-8",
    )
    assert mark_sizes(tmp_path, {"ms": 2_000_000, "en": 600_000}) == [page]
    assert mark_sizes(tmp_path, {"ms": 3_500_000, "en": 600_000}) == [page]
    assert mark_sizes(tmp_path, {"ms": 3_500_000, "en": 600_000}) == []
    text = page.read_text(encoding="utf-8")
    assert text.count("(EPUB") == 2
    assert f'etika-epub-size-ms"> {size_label(3_500_000)}</span>' in text and "(EPUB, 3.3 MB)" in text
    assert f'etika-epub-size-en"> {size_label(600_000)}</span>' in text and "(EPUB, 586 KB)" in text


def test_epub_downloads_are_served(handbook_site, handbook_doctree):
    """``make serve`` (tools/serve.py) sends the file behind each link as application/epub+zip, unaltered."""
    import importlib.util
    import threading
    import urllib.parse
    import urllib.request

    spec = importlib.util.spec_from_file_location("etika_serve_epub", REPO / "tools" / "serve.py")
    serve = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(serve)
    httpd = serve.make_server(handbook_site, port=0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        for lang in LANGS:
            for (href, _text), book in zip(epub_links(handbook_doctree, lang), LANGS):
                url = urllib.parse.urljoin(f"{base}/{lang}/index.html", href)
                request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
                with urllib.request.urlopen(request, timeout=30) as response:
                    assert response.status == 200
                    assert response.headers["Content-Type"] == "application/epub+zip"
                    assert response.headers.get("Content-Encoding") is None  # already compressed
                    body = response.read()
                assert body == (handbook_site / lang / href).resolve().read_bytes()
                assert_valid_epub(body, book)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_offline_no_external_assets(handbook_site):
    offenders = []
    for path in handbook_site.rglob("*"):
        if path.suffix == ".html":
            collector = AssetCollector()
            collector.feed(path.read_text(encoding="utf-8"))
            offenders += [f"{path}: {u}" for u in collector.urls if EXTERNAL.match(u)]
            offenders += [f"{path}: {s[:80]}" for s in collector.styles if CSS_EXTERNAL.search(s)]
        elif path.suffix == ".css":
            text = path.read_text(encoding="utf-8", errors="replace")
            offenders += [f"{path}: {m.group(0)}" for m in CSS_EXTERNAL.finditer(text)]
    assert offenders == []


ENGLISH_UI = (
    "Skip to content",
    "On this page",
    "Back to top",
    "Made with",
    ">Next<",
    ">Previous<",
    "Link to this heading",
    "Toggle navigation of",
    "Toggle site navigation sidebar",
    "Toggle Light / Dark / Auto color theme",
    'placeholder="Search"',
    "Last updated on",
    "<title>Contents</title>",
    "<title>Expand</title>",
    "Light mode",
    "Dark mode",
    "Auto light/dark",
)
MALAY_UI = (
    "Langkau ke kandungan",
    "Kembali ke atas",
    "Dibina dengan",
    'placeholder="Cari"',
    "Kali terakhir dikemas kini pada",
    "Buka atau tutup bar sisi navigasi laman",
)


def test_malay_build_is_malay_throughout(handbook_site):
    for page in html_pages(handbook_site, "ms"):
        text = read(handbook_site, "ms", page)
        assert re.search(r'<html[^>]* lang="ms"', text), page
        for english in ENGLISH_UI:
            assert english not in text, f"{page}: {english!r}"
    sop = read(handbook_site, "ms", "sop")
    assert '<link rel="alternate" hreflang="en" href="../en/sop.html">' in sop
    for label in MALAY_UI + ("Di halaman ini", "Pautan ke tajuk ini", "Seterusnya"):
        assert label in sop, label
    translations = (handbook_site / "ms" / "_static" / "translations.js").read_text(encoding="utf-8")
    assert '"Search Results": "Hasil Carian"' in translations
    assert '"locale": "ms"' in translations


def test_english_build_has_english_ui(handbook_site):
    sop = read(handbook_site, "en", "sop")
    assert re.search(r'<html[^>]* lang="en"', sop)
    assert "Skip to content" in sop and "On this page" in sop
    assert "Langkau ke kandungan" not in sop
    # the project title comes from the translation of the root page's title
    from etika_handbook.ui_i18n import translated_title

    title = translated_title(
        REPO / "locales" / "en" / "LC_MESSAGES" / "index.po", "Etika Penggunaan Internet dan Media Sosial"
    )
    assert title, "locales/en/LC_MESSAGES/index.po does not translate the handbook's title"
    assert f'<span class="sidebar-brand-text">{title}</span>' in sop
    assert f" - {title}</title>" in sop


def search_terms(site: Path, lang: str) -> dict:
    text = (site / lang / "searchindex.js").read_text(encoding="utf-8")
    return set(re.findall(r'"([^"]+)":', re.search(r'"terms":\{(.*?)\},"titles"', text, re.S).group(1)))


def test_malay_search_index_is_stemmed(handbook_site):
    terms = search_terms(handbook_site, "ms")
    source_words = {w.lower() for text in PAGES.values() for w in re.findall(r"\w+", text)}
    derived = {"disebarkan", "penyebaran", "menyebarkan", "tersebar", "sebaran"} & source_words
    assert derived, "the handbook no longer uses a derived form of 'sebar'"
    assert "sebar" in terms
    assert not derived & terms
    language_data = (handbook_site / "ms" / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert "EtikaMalayStemmer" in language_data


def search_index(site: Path, lang: str) -> dict:
    import json

    text = (site / lang / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


def search_language(lang: str):
    """The search language of the build: its word splitter and stemmer."""
    if lang == "ms":
        from etika_handbook.search import SearchMalay

        return SearchMalay({})
    from sphinx.search.en import SearchEnglish

    return SearchEnglish({})


@pytest.mark.parametrize("lang", LANGS)
def test_folded_examples_stay_out_of_the_search_index(handbook_site, lang):
    """The folded examples (insults, example MyKad and phone numbers) are not indexed: the search
    finds the catalogue and the technical notes only by words they show outside the folds, so no
    search leads to a page for a word of an example, nor shows it in a snippet."""
    index = search_index(handbook_site, lang)
    language = search_language(lang)

    def words(value: str) -> set[str]:
        found = set()
        for word in language.split(value):
            found |= {word.lower(), language.stem(word).lower()}
        return found

    examples: set[str] = set()
    for rule in RULESET.rules:
        for example in (*rule.examples_flag, *rule.examples_pass):
            examples |= words(example)
    for construction in RULESET.constructions:
        for example in (*construction.examples_flag, *construction.examples_pass):
            examples |= words(example)
    mykad = [w for w in examples if re.fullmatch(r"\d{6}", w)]
    assert mykad, "no example holds a MyKad number any more"
    for page in ("katalog-peraturan", "peraturan-teknikal"):
        number = index["docnames"].index(page)
        indexed = {
            term
            for term, docs in index["terms"].items()
            if docs == number or (isinstance(docs, list) and number in docs)
        }
        page_html = read(handbook_site, lang, page)
        # (a fold's summary is shown; what it folds is not)
        shown = re.sub(r"</summary>.*?</details>", " ", page_html, flags=re.S)
        shown = re.sub(r"<(script|style)\b.*?</\1>", " ", shown, flags=re.S)
        visible = words(html.unescape(re.sub(r"<[^>]+>", " ", shown)))
        leaked = (examples - visible) & indexed
        assert not leaked, (page, sorted(leaked)[:20])
        assert len(indexed) > 100, page  # the page itself is indexed


def test_rule_files_are_dependencies_of_the_catalogue(handbook_site):
    with (handbook_site.parent / "doctrees" / "ms" / "environment.pickle").open("rb") as fp:
        env = pickle.load(fp)
    deps = {Path(str(d)).name for d in env.dependencies["katalog-peraturan"]}
    rule_files = {p.name for p in (REPO / "src" / "etika_check" / "rules").glob("*.toml")}
    assert rule_files and rule_files <= deps
    assert "clauses.toml" in deps and "instruments.toml" in deps


def test_gettext_catalogues(tmp_path):
    """``make gettext``: one catalogue per page, roles kept in the messages for the
    translator, nothing generated from the rule data (it is translated in the data)."""
    import subprocess

    out = tmp_path / "gettext"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "gettext",
            "-c",
            str(REPO),
            "-d",
            str(tmp_path / "doctrees"),
            "-W",
            "--keep-going",
            "-n",
            "-q",
            str(DOCS),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    pots = {p.relative_to(out).with_suffix("").as_posix() for p in out.rglob("*.pot")}
    assert set(PAGES) <= pots
    sop = (out / "sop.pot").read_text(encoding="utf-8")
    assert "{law}`" in sop  # the translator keeps the roles
    assert not re.search(r'^msgid "SOP-\d', sop, re.M), "clause badges must not be translatable"
    catalogue = (out / "katalog-peraturan.pot").read_text(encoding="utf-8")
    for rule in RULESET.rules:
        assert rule.title.ms not in catalogue
