# Test project for the etika Sphinx extensions (tests/test_handbook_ext.py).
from etika_testconf import *  # noqa: F401,F403  (tests/roots is on sys.path)
