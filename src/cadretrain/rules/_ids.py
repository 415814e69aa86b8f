"""Rule ids: lowercase ASCII words joined by dots (``evaluation.leave_ratio``).

Ids are part of the public contract (docs/rule-reference.md): policies, reports and
JSON name rules by them, so they are checked wherever they enter.
"""

from __future__ import annotations

import re

from cadretrain.errors import InvalidValueError

__all__ = ["check_node_id", "check_rule_id"]

_SEGMENT = r"[a-z][a-z0-9_]*"
_DOTTED = re.compile(rf"{_SEGMENT}(?:\.{_SEGMENT})+")
_PLAIN_OR_DOTTED = re.compile(rf"{_SEGMENT}(?:\.{_SEGMENT})*")


def check_rule_id(value: object, *, field: str = "rule_id") -> str:
    """A registered check's id: at least two dotted lowercase segments."""
    if not isinstance(value, str) or not _DOTTED.fullmatch(value):
        raise InvalidValueError(
            field, value, "a dotted lowercase id such as 'evaluation.leave_ratio'"
        )
    return value


def check_node_id(value: object, *, field: str = "rule_id") -> str:
    """An id written in a ``Check`` node: lowercase segments, dots optional.

    The rule book decides at evaluation time whether the id exists; a node
    only refuses what could never be an id.
    """
    if not isinstance(value, str) or not _PLAIN_OR_DOTTED.fullmatch(value):
        raise InvalidValueError(field, value, "a lowercase id such as 'evaluation.leave_ratio'")
    return value
