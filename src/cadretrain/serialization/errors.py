"""Load errors: every problem of a document, each with its ``$``-rooted path.

Modelled on cattrs' ``transform_error``: the detailed converter raises
exception groups whose notes say which attribute or index failed; this
module walks them and turns each leaf into a :class:`~cadretrain.errors.Problem`
whose path starts at ``$`` (``$.trainees[3].role``). A model constructor's
own :class:`~cadretrain.errors.ValidationError` is nested under the path of
the object it was building.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    CattrsError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from cadretrain.errors import CadretrainError, Problem, ValidationError, safe_repr

__all__ = [
    "Collector",
    "DocumentError",
    "DocumentVersionError",
    "Refused",
    "item_path",
    "key_path",
    "problems_of",
    "shown",
]

T = TypeVar("T")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class DocumentError(ValidationError):
    """A JSON document (or its dict) could not be loaded; ``problems`` lists why.

    Raised for malformed JSON, wrong types, unknown or missing keys, broken
    invariants and dangling references alike. Each problem's path starts at
    ``$``, the document's root.
    """


class DocumentVersionError(DocumentError):
    """A document's ``schema`` or ``version`` is not one this cadretrain reads."""


class Refused(Exception):  # noqa: N818 (internal: a hook's refusal, never escapes)
    """Raised by a structure hook: ``message`` says what was expected."""

    def __init__(self, message: str, value: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.value = value


def shown(value: object, limit: int = 60) -> str:
    """A short ``repr`` of a bad value for a message (long values are cut)."""
    text = safe_repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def key_path(path: str, key: object) -> str:
    """``$.a`` + ``b`` -> ``$.a.b``; keys that are not names are quoted: ``$.a["x.y"]``.

    A key that is not a string (``{1: "x"}`` from YAML or msgpack) is shown
    by its ``repr`` in brackets: ``$.a[<1>]``.
    """
    if not isinstance(key, str):
        return f"{path}[<{shown(key)}>]"
    if _NAME.fullmatch(key):
        return f"{path}.{key}"
    escaped = key.replace("\\", "\\\\").replace('"', '\\"')
    return f'{path}["{escaped}"]'


def item_path(path: str, index: int | str) -> str:
    """``$.a`` + ``3`` -> ``$.a[3]``; a string index is a key."""
    return f"{path}[{index}]" if isinstance(index, int) else key_path(path, index)


def _nested(path: str, inner: str) -> str:
    if not inner:
        return path
    if inner.startswith("["):
        return path + inner
    return f"{path}.{inner}"


def problems_of(error: BaseException, path: str = "$") -> Iterator[Problem]:
    """Every problem inside ``error`` (a cattrs group, a refusal, a model error)."""
    if isinstance(error, ClassValidationError):
        with_notes, others = error.group_exceptions()
        for sub, attribute in with_notes:
            yield from problems_of(sub, key_path(path, attribute.name))
        yield from _all(others, path)
    elif isinstance(error, IterableValidationError):
        with_index, others = error.group_exceptions()
        for sub, item in with_index:
            yield from problems_of(sub, item_path(path, item.index))
        yield from _all(others, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        allowed = ", ".join(a.name for a in attrs.fields(error.cl))
        for key in sorted(error.extra_fields, key=_key_order):
            yield Problem(
                path=key_path(path, key),
                message=f"unknown key for a {error.cl.__name__} (expected only: {allowed})",
                value=key,
            )
    elif isinstance(error, Refused):
        yield Problem(path=path, message=error.message, value=error.value)
    elif isinstance(error, ValidationError):
        for problem in error.problems:
            yield attrs.evolve(problem, path=_nested(path, problem.path))
    elif isinstance(error, KeyError):
        yield Problem(path=path, message="a required key is missing")
    elif isinstance(error, RecursionError):
        yield Problem(path=path, message="nested too deeply to read")
    else:
        yield Problem(path=path, message=f"could not be read ({type(error).__name__}: {error})")


def _key_order(key: object) -> tuple[bool, str]:
    """Unknown keys in order: the strings first, then any others by their ``repr``."""
    return (not isinstance(key, str), key if isinstance(key, str) else shown(key))


def _all(errors: Iterable[BaseException], path: str) -> Iterator[Problem]:
    for error in errors:
        yield from problems_of(error, path)


LOAD_ERRORS: tuple[type[Exception], ...] = (
    Refused,  # a hook's refusal: what was expected
    CadretrainError,  # a domain object's constructor refused a value
    CattrsError,  # cattrs' groups of the above, an unknown key, no hook for a type
    KeyError,  # a required key is missing
    RecursionError,  # nested too deeply
)
"""What reading JSON data into objects raises for a bad document: each becomes
a :class:`Problem` with a path (:func:`problems_of`). Anything else is a bug,
and propagates as one."""


class Collector:
    """Runs a hook's parts; in detailed mode keeps every failure, noted with where.

    In fast mode the first failure propagates at once (the caller re-runs in
    detailed mode to list them all); in detailed mode :meth:`done` raises one
    cattrs exception group whose notes :func:`problems_of` turns into paths.
    """

    def __init__(self, detailed: bool, cl: type) -> None:
        self.detailed = detailed
        self.cl = cl
        self.errors: list[Exception] = []

    def attribute(self, name: str, hook: Callable[[], T]) -> T | None:
        """Run ``hook``; a failure is noted as being at attribute ``name``."""
        try:
            return hook()
        except LOAD_ERRORS as error:
            if not self.detailed:
                raise
            error.add_note(AttributeValidationNote(f"@ attribute {name}", name, object))
            self.errors.append(error)
            return None

    def item(self, index: int | str, hook: Callable[[], T]) -> T | None:
        """Run ``hook``; a failure is noted as being at ``index`` (or key)."""
        try:
            return hook()
        except LOAD_ERRORS as error:
            if not self.detailed:
                raise
            error.add_note(IterableValidationNote(f"@ index {index}", index, object))
            self.errors.append(error)
            return None

    def refuse(self, message: str, value: object = None) -> None:
        """Record (or, in fast mode, raise) a refusal of the whole value."""
        if not self.detailed:
            raise Refused(message, value)
        self.errors.append(Refused(message, value))

    def done(self, *, items: bool = False) -> None:
        """Raise the collected failures, if any, as one group."""
        if self.errors:
            group = IterableValidationError if items else ClassValidationError
            raise group(f"While structuring {self.cl.__name__}", self.errors, self.cl)
