"""The handbook's Sphinx extension: ``extensions = ["etika_handbook", ...]`` in conf.py.

One module per component, each with a ``setup_<component>(app)``;
:mod:`etika_handbook.extension` wires them.  See README.md in this directory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__version__ = "1.0"


def setup(app: Sphinx) -> dict[str, Any]:
    from .extension import setup_extension

    setup_extension(app)
    return {
        "version": __version__,
        # bump when the pickled environment (the etika domain's data) changes shape
        "env_version": 2,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
