"""Charts as inline SVG, drawn by matplotlib's object-oriented API with text kept as text.

Each function returns one ``<svg>`` element (a ``str``) to embed in the
page. Text stays text (``svg.fonttype: none``), so Chinese renders in the
reader's own fonts and can be searched and copied; the font stack is the
page's, not the machine's that drew it. Every bar (or segment of a stacked
bar) is a ``<g class="ct-bar">`` with ``data-chart``, ``data-key`` and
``data-count`` attributes: the numbers a test, a screen reader's
companion table, or a curious reader can check against the evaluation.

Matplotlib is used without pyplot: a :class:`~matplotlib.figure.Figure`
per chart, drawn into a string buffer. Its settings are read from
``matplotlib.rcParams``, so each drawing runs inside ``rc_context``, which
restores them afterwards; its missing-glyph warnings (no CJK font on the
drawing machine: the layout is measured with a fallback font) are silenced
for the drawing only.
"""

from __future__ import annotations

import html
import io
import re
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["FONT_STACK", "Bar", "Series", "bar_chart", "stacked_chart"]

FONT_STACK = (
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', "
    "'WenQuanYi Micro Hei', 'Noto Sans', 'DejaVu Sans', sans-serif"
)
"""The fonts the page asks the reader's browser for, Chinese first."""

_CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
)
_INK = "#1f2933"
_GRID = "#d9dee3"


@attrs.frozen(kw_only=True)
class Bar:
    """One bar: its key (a stable code), its label and its count."""

    key: str
    label: str
    count: int


@attrs.frozen(kw_only=True)
class Series:
    """One layer of a stacked chart: a key, a label, a colour, a count per bar."""

    key: str
    label: str
    colour: str
    counts: tuple[int, ...]


def bar_chart(
    name: str,
    bars: Sequence[Bar],
    *,
    title: str,
    colour: str = "#2f6f9f",
    unit: str = "",
    width: float = 5.0,
) -> str:
    """Horizontal bars, one per item of ``bars`` (top to bottom), each with its count.

    ``title`` names the chart for screen readers and tooltips; ``width`` is
    in inches at 72 points each: 5 fits half the page's width.
    """
    with _drawing(name) as figure_for:
        figure = figure_for(len(bars), width=width)
        axes = figure.add_subplot()
        positions = range(len(bars))
        drawn = axes.barh(
            list(positions), [b.count for b in bars], color=colour, height=0.6, zorder=2
        )
        axes.set_yticks(list(positions), [b.label for b in bars])
        axes.invert_yaxis()
        top = max((b.count for b in bars), default=0)
        axes.set_xlim(0, max(1, top) * 1.15)
        for position, bar in zip(positions, bars, strict=True):
            axes.text(
                bar.count + max(1, top) * 0.01,
                position,
                f"{bar.count}{unit}",
                va="center",
                fontsize=9,
                color=_INK,
            )
        marks: dict[str, dict[str, str]] = {}
        for index, (patch, bar) in enumerate(zip(drawn.patches, bars, strict=True)):
            gid = f"{name}-bar-{index}"
            patch.set_gid(gid)
            marks[gid] = {"key": bar.key, "count": str(bar.count)}
        _style(axes)
        svg = _svg(figure, name)
    return _mark(svg, name, marks, title)


def stacked_chart(
    name: str, bars: Sequence[tuple[str, str]], series: Sequence[Series], *, title: str
) -> str:
    """Horizontal stacked bars: one per ``(key, label)`` of ``bars``, a segment per series.

    A segment's ``data-key`` is its series' key, its ``data-bar`` its bar's key.
    """
    labels = [label for _, label in bars]
    with _drawing(name) as figure_for:
        figure = figure_for(len(labels), width=7.2, legend=True)
        axes = figure.add_subplot()
        positions = list(range(len(labels)))
        left = [0] * len(labels)
        marks: dict[str, dict[str, str]] = {}
        for layer in series:
            drawn = axes.barh(
                positions,
                list(layer.counts),
                left=list(left),
                color=layer.colour,
                height=0.65,
                label=layer.label,
                zorder=2,
            )
            for index, (patch, count) in enumerate(zip(drawn.patches, layer.counts, strict=True)):
                gid = f"{name}-{layer.key}-{index}"
                patch.set_gid(gid)
                marks[gid] = {"key": layer.key, "bar": bars[index][0], "count": str(count)}
            left = [a + b for a, b in zip(left, layer.counts, strict=True)]
        axes.set_yticks(positions, list(labels))
        axes.invert_yaxis()
        axes.set_xlim(0, max(1, *left) if left else 1)
        figure.legend(
            loc="outside upper left", ncols=min(3, len(series)), frameon=False, fontsize=9
        )
        _style(axes)
        svg = _svg(figure, name)
    return _mark(svg, name, marks, title)


def _style(axes: Any) -> None:
    axes.grid(axis="x", color=_GRID, zorder=0)
    axes.tick_params(colors=_INK, labelsize=9)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_color(_GRID)
    axes.spines["bottom"].set_color(_GRID)
    axes.xaxis.get_major_locator().set_params(integer=True)


@contextmanager
def _drawing(name: str) -> Iterator[Any]:
    """Matplotlib's settings for one drawing, restored afterwards; yields a figure maker."""
    import matplotlib
    from matplotlib import font_manager
    from matplotlib.figure import Figure

    installed = {font.name for font in font_manager.fontManager.ttflist}
    fonts = [font for font in _CJK_FONTS if font in installed] + ["DejaVu Sans"]
    settings: dict[Any, Any] = {
        "svg.fonttype": "none",
        "svg.hashsalt": name,
        "svg.id": f"chart-{name}",
        "font.family": "sans-serif",
        "font.sans-serif": fonts,
        "axes.unicode_minus": False,
    }

    def figure_for(bars: int, *, width: float, legend: bool = False) -> Figure:
        height = 0.9 + 0.32 * max(bars, 1) + (0.45 if legend else 0)
        return Figure(figsize=(width, height), layout="constrained")

    with matplotlib.rc_context(settings), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
        warnings.filterwarnings("ignore", message="findfont", category=UserWarning)
        yield figure_for


def _svg(figure: Figure, name: str) -> str:
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    text = out.getvalue()
    text = text[text.index("<svg") :]
    # Inline in HTML, an <svg> needs no namespace declarations (the parser knows
    # svg and xlink:href), and the page carries no address, not even a namespace's.
    text = re.sub(r' xmlns(:xlink)?="[^"]*"', "", text, count=2)
    return re.sub(r"\s*<metadata>.*?</metadata>", "", text, count=1, flags=re.S)


_FAMILY = re.compile(r"font-family: [^;\"]*")


def _mark(svg: str, name: str, marks: dict[str, dict[str, str]], title: str) -> str:
    """Give each bar its data attributes, the chart its title, every text the page's fonts."""
    svg = _FAMILY.sub(lambda _m: f"font-family: {FONT_STACK}", svg)
    label = html.escape(title)
    svg = svg.replace(
        "<svg ", f'<svg class="ct-chart" data-chart="{name}" role="img" aria-label="{label}" ', 1
    )
    svg = re.sub(r"(<svg [^>]*>)", lambda m: f"{m.group(1)}\n <title>{label}</title>", svg, count=1)

    def attributes(match: re.Match[str]) -> str:
        gid = match.group(1)
        data = " ".join(f'data-{k}="{html.escape(v)}"' for k, v in marks[gid].items())
        return f'<g id="{gid}" class="ct-bar" data-chart="{name}" {data}>'

    pattern = re.compile(r'<g id="(' + re.escape(name) + r'-[^"]+)">')
    return pattern.sub(attributes, svg)
