"""Walking JSON data by path: what the mutation and fuzz tests use to pick a place to change."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

JsonPath = tuple[Any, ...]
"""Keys and indexes from the root of a JSON value down to one node."""


def paths(node: Any, path: JsonPath = ()) -> Iterator[JsonPath]:
    """Every node's path, the root's (``()``) first, depth first."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*path, index))


def at(node: Any, path: JsonPath) -> Any:
    """The node at ``path``."""
    for step in path:
        node = node[step]
    return node
