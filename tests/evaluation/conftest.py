"""Shared set-up for the evaluation tests: the hypothesis profile."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("cadretrain-evaluation", deadline=None, max_examples=60)
settings.load_profile("cadretrain-evaluation")
