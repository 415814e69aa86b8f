"""``import cadretrain.strategies`` works first thing in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

DRAW = (
    "from hypothesis import given, settings, strategies as st\n"
    "import cadretrain as ct\n"
    "@settings(max_examples=3, deadline=None)\n"
    "@given(cs.cohorts(size=2), st.from_type(ct.Programme))\n"
    "def drawn(cohort, programme):\n"
    "    assert len(cohort.trainees) == 2 and programme.modules\n"
    "drawn()\n"
)


@pytest.mark.parametrize(
    "first",
    ["import cadretrain.strategies as cs", "import hypothesis; import cadretrain.strategies as cs"],
    ids=["strategies-first", "hypothesis-first"],
)
def test_strategies_import_in_a_fresh_interpreter(first: str) -> None:
    subprocess.run([sys.executable, "-c", f"{first}\n{DRAW}"], check=True)
