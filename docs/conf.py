"""Sphinx configuration for the cadretrain docs (MyST Markdown, furo theme).

Built by ``make docs`` with ``-W --keep-going``: every warning is an error.
No extension may need the network (no intersphinx).
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS / "_ext"))

from cadretrain._version import __version__  # noqa: E402 (the package's one version)

# -- Project -----------------------------------------------------------------
project = "cadretrain"
author = "cadretrain developers"
copyright = "cadretrain developers"
release = __version__
version = ".".join(release.split(".")[:2])

# -- General -----------------------------------------------------------------
extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    # -- Local extensions, in docs/_ext/ ------------------------------------
    # Append yours here, one per line (e.g. "rule_reference").
    "cadretrain_glossary",
    "rule_reference",
    "public_api",
    # -- End of local extensions ---------------------------------------------
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
language = "en"
nitpicky = False

myst_enable_extensions = ["colon_fence", "deflist"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"

# -- HTML --------------------------------------------------------------------
html_theme = "furo"
html_title = f"cadretrain {release}"
