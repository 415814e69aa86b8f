"""Without Chromium the browser test skips and says why; under CI it fails instead."""

from __future__ import annotations

import pytest

from . import browser


def _no_chromium(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browser, "chromium", lambda: None)


def test_without_chromium_a_developers_run_skips_and_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _no_chromium(monkeypatch)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed"):
        browser.launch().__enter__()


def test_without_chromium_a_ci_run_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_chromium(monkeypatch)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the browser test"):
        browser.launch().__enter__()
