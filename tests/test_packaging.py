"""The installed distribution declares what the packaging promises."""

from __future__ import annotations

import re
from importlib import metadata, resources

DIST = "cadretrain"


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements() -> set[str]:
    requires = metadata.requires(DIST) or []
    names = set()
    for requirement in requires:
        name, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", name)
        assert match, requirement
        names.add(_normalise(match.group(1)))
    return names


def test_runtime_dependencies_are_exactly_the_ones_the_core_and_the_cli_need() -> None:
    """attrs, cattrs, dateutil, msgspec and numpy for the core; tqdm for the CLI's progress bar."""
    assert _runtime_requirements() == {
        "attrs",
        "cattrs",
        "msgspec",
        "numpy",
        "python-dateutil",
        "tqdm",
    }


def test_py_typed_marker_is_shipped() -> None:
    assert (resources.files("cadretrain") / "py.typed").is_file()


def test_console_script_cadretrain_is_declared() -> None:
    scripts = [
        ep
        for ep in metadata.distribution(DIST).entry_points
        if ep.group == "console_scripts" and ep.name == "cadretrain"
    ]
    assert [ep.value for ep in scripts] == ["cadretrain.cli:main"]
