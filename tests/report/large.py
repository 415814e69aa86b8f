"""A large, varied cohort for the report's tests, screenshots and timings.

The benchmarks' own varied cohort (``benchmarks._data``): drawn with a fixed
seed, with a spread of attendance, leave, missing work and scores, so that
every chart has something to show and some trainees do not complete.
"""

from __future__ import annotations

from benchmarks._data import varied_cohort

__all__ = ["varied_cohort"]
