"""The sources preset policies cite: regulations (with confidence) and the seed articles.

The constants live in :mod:`cadretrain.rules.sources`, below the checks that
declare them as their sources; this module re-exports every one of them for
the presets, so a new source is declared in one place.
"""

from __future__ import annotations

from cadretrain.rules import sources as _sources
from cadretrain.rules.sources import *  # noqa: F403 (the re-export is the point)

__all__ = list(_sources.__all__)
