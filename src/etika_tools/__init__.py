"""Build and test tooling shared by tools/release.py, wasm/build.py, wasm/bench.py
and the tests: one place for what they would otherwise each write out.

* :mod:`etika_tools.reproducible`: deterministic zips, file hashes;
* :mod:`etika_tools.chromium`: the Chromium the browser tests and the bench drive;
* :mod:`etika_tools.generated`: write a generated module, or check it is current.

Installed with the project (``make install``); not part of the browser bundle.
"""
