"""The errors cadretrain raises: one base class, every problem with its path.

Modelled on cattrs' ``errors.py``: a validation error collects every problem
it found and raises once, each problem naming where it happened (``path``),
what was wrong and what would have been accepted.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "CadretrainError",
    "InvalidValueError",
    "Problem",
    "ValidationError",
    "shown",
]

SHOWN_CHARACTERS = 200
"""At most this many characters of a bad value appear in a message."""


def shown(value: object) -> str:
    """``repr(value)`` for a message, cut to :data:`SHOWN_CHARACTERS` characters.

    A records system may hand over a megabyte-long id; the message names it
    without repeating it. A long domain object is shown by its type and id.

    >>> shown("t-017")
    "'t-017'"
    >>> short = shown("x" * 1_000_000)
    >>> len(short) <= SHOWN_CHARACTERS, short.endswith("x' (1000002 characters)")
    (True, True)
    >>> shown(-(10**5000))
    'an integer of about 5001 digits'
    """
    text = safe_repr(value)
    if len(text) <= SHOWN_CHARACTERS:
        return text
    if attrs.has(type(value)):  # a domain object: its kind and id say which one
        ident = getattr(value, "id", None)
        named = f" {shown(ident)}" if isinstance(ident, str) else ""
        return f"a {type(value).__name__}{named}"
    half = (SHOWN_CHARACTERS - 30) // 2
    return f"{text[:half]}...{text[-half:]} ({len(text)} characters)"


def safe_repr(value: object) -> str:
    """``repr(value)``, or a description when Python refuses to write it.

    Python refuses to write an int of more than 4,300 digits (``ValueError``,
    also from a list holding one); a message names its size instead.
    """
    if isinstance(value, int) and value.bit_length() > _REPR_BITS:
        return f"an integer of about {value.bit_length() * 30103 // 100000 + 1} digits"
    try:
        return repr(value)
    except ValueError:
        return f"a {type(value).__name__} too large to show"


_REPR_BITS = 14_000  # 14,000 bits is 4,215 decimal digits: under the 4,300-digit limit


class CadretrainError(Exception):
    """Base class of every error cadretrain raises on bad input."""


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with an input: where, what, and the offending value."""

    path: str
    message: str
    value: object = None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(CadretrainError, ValueError):
    """Every problem found in one input, each with its path.

    ``problems`` is the structured list; ``str(error)`` prints one line per
    problem, so a caller can show it as it is.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem], *, title: str = "invalid input") -> None:
        self.problems = tuple(problems)
        self.title = title
        lines = [f"{title} ({len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}):"]
        lines.extend(f"  {p}" for p in self.problems)
        super().__init__("\n".join(lines))

    def prefixed(self, prefix: str) -> ValidationError:
        """The same problems, their paths under ``prefix`` (``trainees[3]``)."""
        return ValidationError(
            (attrs.evolve(p, path=join_path(prefix, p.path)) for p in self.problems),
            title=self.title,
        )


class InvalidValueError(ValidationError, TypeError):
    """A single field holds a value of the wrong kind or out of range.

    Also a ``TypeError`` so callers that catch the stdlib type keep working.
    """

    def __init__(self, field: str, value: object, accepted: str) -> None:
        super().__init__(
            [
                Problem(
                    path=field,
                    message=f"{shown(value)} is not accepted; expected {accepted}",
                    value=value,
                )
            ],
            title=f"invalid {field}",
        )
        self.field = field
        self.value = value
        self.accepted = accepted


def join_path(prefix: str, path: str) -> str:
    """Join two path segments: ``join_path("cohort", "sessions[0]")``."""
    if not prefix:
        return path
    if not path:
        return prefix
    if path.startswith("["):
        return prefix + path
    return f"{prefix}.{path}"
