"""Shared set-up for the rule-engine tests: the hypothesis profile."""

from __future__ import annotations

from hypothesis import settings

# tests/conftest.py does not exist (and is not ours to create): register here.
settings.register_profile("cadretrain", deadline=None, max_examples=100)
settings.load_profile("cadretrain")
