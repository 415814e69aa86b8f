"""Shared fixtures of the report tests: the seeds judged once, one browser per session."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .browser import launch

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """A headless Chromium for the whole session (skipped where none is installed)."""
    with launch() as chromium:
        yield chromium
