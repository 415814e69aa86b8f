"""The five seed programmes write the very bytes committed before the records became tables.

The fixtures under ``fixtures/seeds`` are ``ct.to_json`` output of each
seed's programme and cohorts (and one cohort indented), committed before
any change to how records are held or read; the text a user has stored must
stay the text the library writes, and read back to equal objects.

A deliberate change to a seed (``cadretrain.examples``) changes its
fixtures: review the seed's change, then rewrite them with
``.venv/bin/python tests/serialization/test_seed_fixtures.py`` and commit
the diff with the change that caused it.  Never regenerate to silence a
failure that no seed change explains: that is the regression this test
catches.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cadretrain as ct

FIXTURES = Path(__file__).parent / "fixtures" / "seeds"


def _cases() -> list[tuple[str, object, bool]]:
    cases: list[tuple[str, object, bool]] = []
    for key, make in ct.examples.ALL.items():
        seed = make()
        cases.append((f"{key}.programme.json", seed.programme, False))
        cases += [
            (f"{key}.cohort-{index}.json", cohort, False)
            for index, cohort in enumerate(seed.cohorts)
        ]
        cases.append((f"{key}.cohort-0.indented.json", seed.cohorts[0], True))
    return cases


CASES = _cases()


def test_every_fixture_is_checked() -> None:
    assert {name for name, _, _ in CASES} == {path.name for path in FIXTURES.glob("*.json")}


@pytest.mark.parametrize(("name", "obj", "indent"), CASES, ids=[name for name, _, _ in CASES])
def test_seed_writes_the_committed_bytes(name: str, obj: object, indent: bool) -> None:
    assert ct.to_json(obj, indent=indent) == (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "obj", "indent"), CASES, ids=[name for name, _, _ in CASES])
def test_seed_fixture_reads_back_equal(name: str, obj: object, indent: bool) -> None:
    assert ct.from_json((FIXTURES / name).read_text(encoding="utf-8"), type(obj)) == obj


def regenerate() -> None:
    """Rewrite every fixture from the seeds as they are now (see the module docstring)."""
    for stale in FIXTURES.glob("*.json"):
        stale.unlink()
    for name, obj, indent in _cases():
        (FIXTURES / name).write_text(ct.to_json(obj, indent=indent), encoding="utf-8")


if __name__ == "__main__":
    regenerate()
