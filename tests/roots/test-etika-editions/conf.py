# Test project for etika_editions (tests/test_editions.py): the stub rule data
# (tests/roots/etika_stub.py) is edition "test-2"; editions/test-1 is the one
# before it.  From test-1 to test-2: clause DOC-2.1 added, DOC-0 removed; law
# akta-2 added; rule tip-info added, office-hours changed (severity),
# old-rule removed; secret-info unchanged.
from pathlib import Path

# the extensions, the stub rule data and the MyST settings of the other test projects
from etika_testconf import (  # noqa: F401  (tests/roots is on sys.path)
    REPO,
    etika_ruleset_loader,
    extensions,
    gettext_compact,
    language,
    myst_enable_extensions,
    nitpicky,
    project,
)

HERE = Path(__file__).resolve().parent

etika_edition = {"id": "test-2", "date": "2026-11-01", "previous": "test-1",
                 "name": {"ms": "Edisi ujian 2", "en": "Test edition 2"}}
etika_editions_dir = str(HERE / "editions")
locale_dirs = [str(REPO / "locales")]
html_theme = "basic"
