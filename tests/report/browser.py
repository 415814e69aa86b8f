"""Headless Chromium through Playwright, for looking at report pages as a reader would.

Uses the system's Chromium (Debian's ``chromium`` package, at
``/usr/bin/chromium``), never a browser Playwright would download. Where
Chromium or Playwright is missing, a test skips and says why; under CI
(``CI=true``) it fails instead, since CI installs both (``.ci/run``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

__all__ = ["Opened", "chromium", "launch", "open_page"]

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def chromium() -> str | None:
    """The system Chromium's path, or ``None``."""
    for path in CANDIDATES:
        if Path(path).is_file():
            return path
    return shutil.which("chromium")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must run the browser test (.ci/run installs it)")
    pytest.skip(f"{reason}: the browser test is skipped on this machine")


@contextmanager
def launch() -> Iterator[Browser]:
    """A headless Chromium; skips (fails under CI) where there is none."""
    path = chromium()
    if path is None:
        _unavailable("Chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()


@attrs.define
class Opened:
    """A page opened from HTML text, with what it logged and asked for."""

    page: Page
    errors: list[str] = attrs.field(factory=list)
    requests: list[str] = attrs.field(factory=list)


@contextmanager
def open_page(browser: Browser, html: str, *, width: int = 1100) -> Iterator[Opened]:
    """``html`` loaded with ``set_content``; every request it makes is recorded and refused."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    opened = Opened(page=page)

    def refuse(route: Any) -> None:
        opened.requests.append(route.request.url)
        route.abort()

    def console(message: Any) -> None:
        if message.type in ("error", "warning"):
            opened.errors.append(f"console {message.type}: {message.text}")

    page.route("**/*", refuse)
    page.on("console", console)
    page.on("pageerror", lambda error: opened.errors.append(f"page error: {error}"))
    page.set_content(html, wait_until="load")
    try:
        yield opened
    finally:
        context.close()
