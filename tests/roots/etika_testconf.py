# The Sphinx configuration shared by the test projects test-etika and
# test-etika-bad (tests/test_handbook_ext.py); their conf.py imports it, and
# test-etika-editions takes its extensions and rule data from here too.
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

project = "Etika test"
language = "ms"
extensions = ["myst_parser", "sphinx_design", "etika_handbook"]
etika_ruleset_loader = "etika_stub:load_ruleset"
myst_enable_extensions = ["colon_fence"]
locale_dirs = ["locales/", str(REPO / "locales")]
gettext_compact = False
html_theme = "furo"
templates_path = [str(REPO / "docs" / "_templates")]
html_static_path = [str(REPO / "docs" / "_static" / "etika.css"), str(REPO / "docs" / "_static" / "etika-langswitch.js")]
html_css_files = ["etika.css"]
nitpicky = True
