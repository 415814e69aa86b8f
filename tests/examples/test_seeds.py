"""Every seed programme builds, is deterministic, cached, fast, and honest about its sources."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest

import cadretrain.examples as ex
from cadretrain.examples import ALL, SeedProgramme
from cadretrain.examples._fictitious import person_name, place_name
from cadretrain.model import Tier
from cadretrain.policies import sources

SEEDS = tuple(ALL.items())


def test_all_lists_the_five_seeds_in_file_order() -> None:
    assert list(ALL) == [
        "hunan-2019",
        "yunnan-2019",
        "lichuan-2017",
        "chinagold-2018",
        "jiangan-2015",
    ]


def test_public_names_are_exactly_the_documented_ones() -> None:
    assert sorted(ex.__all__) == sorted(
        [
            "ALL",
            "SeedProgramme",
            "chinagold_2018",
            "hunan_2019",
            "jiangan_2015",
            "lichuan_2017",
            "yunnan_2019",
        ]
    )


@pytest.mark.parametrize(("key", "build"), SEEDS)
def test_seed_carries_its_key_and_cites_its_seed_file(
    key: str, build: Callable[[], SeedProgramme]
) -> None:
    seed = build()
    cited = {
        c.source
        for c in (
            sources.SEED_HUNAN_2019,
            sources.SEED_YUNNAN_2019,
            sources.SEED_LICHUAN_2017,
            sources.SEED_CHINAGOLD_2018,
            sources.SEED_JIANGAN_2015,
        )
    }
    assert seed.key == key
    assert seed.source in cited
    assert seed.programme.source == seed.source
    assert seed.notes_zh
    assert seed.notes_en


def test_each_seed_cites_a_different_file_in_seed_order() -> None:
    files = [build().source for build in ALL.values()]
    assert [Path(f).name[:3] for f in files] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize(("key", "build"), SEEDS)
def test_seed_is_cached_and_a_fresh_build_is_equal(
    key: str, build: Callable[[], SeedProgramme]
) -> None:
    assert build() is build()
    assert build.__wrapped__() == build()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("key", "build"), SEEDS)
def test_every_cohort_starts_with_a_compulsory_lesson(
    key: str, build: Callable[[], SeedProgramme]
) -> None:
    """The first lesson is the compulsory module (seed 000: "作为培训的第一课")."""
    for cohort in build().cohorts:
        first = cohort.instructional_sessions()[0]
        assert cohort.programme.module(first.module).tier is Tier.COMPULSORY, cohort.id


def test_fictitious_names_are_distinct_over_their_documented_range() -> None:
    assert len({person_name(i) for i in range(620)}) == 620
    assert len({place_name(i) for i in range(77)}) == 77


def test_examples_use_no_randomness() -> None:
    package = Path(ex.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not {"random", "secrets", "uuid"} & imported, path.name
