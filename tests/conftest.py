"""Shared pytest configuration.

Handbook (Sphinx) tests: ``sphinx.testing`` fixtures (``make_app``, ``app``...)
with the test projects under ``tests/roots/test-*``, and ``handbook_site``, one
full build of the real handbook (both languages and the language chooser) per
test session, shared by the build and browser tests; ``handbook_doctree`` reads
that build's resolved doctrees.

Markers (registered in pyproject.toml, applied here by file and by fixture, so a
test file need not say them): ``browser`` (drives Chromium), ``node`` (runs
Node.js or needs the npm-installed Pyodide runtime), ``slow`` (a full build of
the handbook, the release or the browser bundle, or a sweep that takes more CPU
than the rest of its file together: fuzzing the rule loader, the linearity
counts, the golden reports under other hash seeds, drafts of tens of megabytes).
``make test-fast`` runs what none of them marks:
``pytest -m "not slow and not browser and not node"``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from io import StringIO
from pathlib import Path

import pytest
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace
from sphinx_support import resolved

from etika_handbook.site import BuildError, Site

pytest_plugins = ["sphinx.testing.fixtures"]

REPO = Path(__file__).resolve().parent.parent
ROOTS = REPO / "tests" / "roots"

# The test projects' conf.py import the shared configuration (etika_testconf)
# and the stub rule data (etika_stub) from tests/roots.
if str(ROOTS) not in sys.path:
    sys.path.insert(0, str(ROOTS))


# Marks by test file: what the whole file needs.
FILE_MARKS: dict[str, set[str]] = {
    "test_checker_browser.py": {"browser", "node", "slow"},
    "test_handbook_browser.py": {"browser", "slow"},
    "test_wasm_offline_browser.py": {"browser", "node", "slow"},
    "test_wasm_snapshot_browser.py": {"browser", "node", "slow"},
    "test_wasm_serve.py": {"browser", "node", "slow"},
    "test_readme_quick_start.py": {"browser", "node", "slow"},
    "test_wasm_parity.py": {"node", "slow"},
    "test_wasm_build.py": {"node", "slow"},
    "test_release.py": {"node", "slow"},
}
# Marks by test (file::function, any parameters): single tests of an otherwise fast file.
TEST_MARKS: dict[str, set[str]] = {
    "test_handbook_search.py::test_javascript_stemmer_expected_stems": {"node"},
    "test_handbook_search.py::test_python_and_javascript_agree_on_the_handbook": {"node"},
    "test_handbook_build.py::test_gettext_catalogues": {"slow"},
    "test_checker_strings.py::test_the_page_strings_have_every_key_in_both_languages": {"node"},
    # sweeps of 10 to 45 s each on the loaded 2-core machine (make test-fast's figure: CONTRIBUTING.md)
    "test_checker_fuzz.py::test_loader_names_every_problem_or_loads_a_working_rule_set": {"slow"},
    "test_checker_fuzz.py::test_loader_survives_damaged_bytes": {"slow"},
    "test_checker_properties.py::test_work_grows_linearly": {"slow"},
    "test_checker_properties.py::test_the_count_of_work_sees_a_quadratic_path": {"slow"},
    "test_golden.py::test_the_reports_do_not_depend_on_the_hash_seed": {"slow"},
    "test_checker_cli.py::test_length_limit_reports_the_real_reason": {"slow"},
    "test_checker_strings.py::test_the_page_says_what_the_catalogue_says": {"node"},
}
# Marks by fixture: whoever asks for it pays for it.
FIXTURE_MARKS: dict[str, set[str]] = {
    "handbook_site": {"slow"},  # two full Sphinx builds and two EPUBs per session
    "handbook_doctree": {"slow"},
}


def marks_of(item: pytest.Item) -> set[str]:
    """The markers conftest gives *item*: by its file, its function and its fixtures; and
    ``browser`` for any test whose module drives Chromium through Playwright."""
    path = Path(str(item.fspath))
    function = f"{path.name}::{getattr(item, 'originalname', item.name)}"
    marks = set(FILE_MARKS.get(path.name, ())) | TEST_MARKS.get(function, set())
    for fixture in getattr(item, "fixturenames", ()):
        marks |= FIXTURE_MARKS.get(fixture, set())
    module = getattr(item, "module", None)
    if module is not None and (hasattr(module, "sync_playwright") or hasattr(module, "launched_chromium")):
        marks |= {"browser", "slow"}
    return marks


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        for mark in sorted(marks_of(item)):
            item.add_marker(mark)


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where sphinx.testing finds the test projects (``testroot="etika"`` -> roots/test-etika)."""
    return ROOTS


@pytest.fixture(scope="session")
def handbook_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The handbook built as ``make html`` builds it (etika_handbook.site: both languages with
    ``-W --keep-going -n``, the chooser, the EPUBs in muat-turun/, the offline files) into a
    temporary directory; its ``html/``."""
    out = tmp_path_factory.mktemp("handbook")
    try:
        return Site(out, root=REPO).build()
    except BuildError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="module")
def handbook_doctree(handbook_site: Path) -> Iterator[Callable[[str, str], nodes.document]]:
    """``(lang, page) ->`` the resolved doctree of a page of ``handbook_site``.

    Each language's Sphinx application is loaded from the build's pickled
    environment (nothing is rebuilt; a fresh environment would know no page, and
    the fixture fails).  ``sphinx.testing``'s SphinxTestApp cannot do it: it takes
    conf.py from the source directory, and the handbook's is at the top of the
    repository.  Each page is resolved once; the tests only read the doctrees.
    """
    with docutils_namespace():  # what the applications register goes when the module ends
        apps = {}
        for lang in ("ms", "en"):
            apps[lang] = Sphinx(
                REPO / "docs",
                REPO,
                handbook_site / lang,
                handbook_site.parent / "doctrees" / lang,
                "html",
                confoverrides={"language": lang},
                status=None,
                warning=StringIO(),
            )
            assert {"index", "sop", "katalog-peraturan"} <= set(apps[lang].env.all_docs), (
                f"the {lang} build's environment was not reused"
            )
        done: dict[tuple[str, str], nodes.document] = {}

        def get(lang: str, page: str) -> nodes.document:
            if (lang, page) not in done:
                done[lang, page] = resolved(apps[lang], page)
            return done[lang, page]

        yield get
