"""Make the screenshots in ``docs/report.md``: the report pages the tests open, photographed.

Run from the repository's root (needs Chromium and the dev extra)::

    .venv/bin/python -m tests.report.screenshots

Writes small PNGs (palette images) to ``docs/_static/``: sections of the
Jiang'an 2015 page in both languages, and the non-completion table of a
generated 2,000-trainee class, each as Chromium draws it.
"""

from __future__ import annotations

import io
from pathlib import Path

import cadretrain as ct
from cadretrain import report

from .browser import launch, open_page
from .large import varied_cohort

__all__ = ["main"]

OUT = Path("docs/_static")
MAX_HEIGHT = 1100
"""A long section is cut here: the screenshot shows its head, the page has the rest."""
SHOTS = (
    ("jiangan", "#glance", "report-glance.png"),
    ("jiangan", "#results", "report-results.png"),
    ("jiangan", "#attendance", "report-attendance.png"),
    ("jiangan", "#tiers", "report-tiers.png"),
    ("jiangan", "#not-completed", "report-not-completed.png"),
    ("large", "#results", "report-large-results.png"),
    ("large", "#not-completed", "report-large-not-completed.png"),
)


def _page(key: str) -> str:
    cohort = ct.examples.jiangan_2015().cohort if key == "jiangan" else varied_cohort(2000)
    return report.to_html(cohort, ct.check(cohort, explain=True), ct.evaluate(cohort), "both")


def _small(png: bytes) -> bytes:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=96, dither=Image.Dither.NONE).save(out, format="PNG", optimize=True)
    return out.getvalue()


def main() -> None:
    """Write every screenshot of :data:`SHOTS`."""
    OUT.mkdir(parents=True, exist_ok=True)
    pages = {key: _page(key) for key in {key for key, _, _ in SHOTS}}
    with launch() as browser:
        for key, selector, name in SHOTS:
            with open_page(browser, pages[key], width=1000) as opened:
                if opened.errors or opened.requests:
                    raise SystemExit(f"{name}: {opened.errors} {opened.requests}")
                box = opened.page.locator(selector).bounding_box()
                assert box is not None
                clip = {**box, "height": min(box["height"], MAX_HEIGHT)}
                png = opened.page.screenshot(full_page=True, clip=clip)  # type: ignore[arg-type]
            (OUT / name).write_bytes(_small(png))
            print(f"{OUT / name}: {(OUT / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
