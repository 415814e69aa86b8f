"""Top-level documents: the ``schema``/``version`` envelope and loading older versions.

A top-level object (a programme, a cohort, a policy, a report, ...) is
written as a *document*: ``{"schema": "cadretrain/cohort", "version": 2,
...fields}``. Nested objects are plain objects. On load the envelope is
checked, an older version is upgraded through :data:`.migrations.MIGRATIONS`
one step at a time, and a newer one is refused naming both versions.
Adding a document type is one line in :data:`DOCUMENT_TYPES`.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from cadretrain.errors import Problem
from cadretrain.evaluation.assessment import Assessment, CohortEvaluation
from cadretrain.model import Cohort, FieldSite, Posting, Programme, Trainee, TrainingRecord
from cadretrain.rules import Finding, Policy, Report
from cadretrain.serialization.errors import DocumentError, DocumentVersionError, shown
from cadretrain.serialization.migrations import MIGRATIONS

__all__ = ["DOCUMENT_TYPES", "DocumentType", "document_type", "unwrap", "wrap"]

PREFIX = "cadretrain/"


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@attrs.frozen
class DocumentType:
    """A class written as a document: its ``schema`` tag and current version."""

    cls: type
    version: int = 2

    @property
    def name(self) -> str:
        """The snake_case class name: ``training_record``."""
        return _snake(self.cls.__name__)

    @property
    def tag(self) -> str:
        """The ``schema`` value: ``cadretrain/training_record``."""
        return PREFIX + self.name

    @property
    def oldest(self) -> int:
        """The oldest version a migration path leads up from."""
        known = [v for (name, v) in MIGRATIONS if name == self.name]
        return min(known, default=self.version)


DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    DocumentType(Programme),
    DocumentType(Cohort),
    DocumentType(FieldSite),
    DocumentType(Trainee),
    DocumentType(TrainingRecord),
    DocumentType(Posting),
    DocumentType(Policy),
    DocumentType(Report),
    DocumentType(Finding),
    DocumentType(Assessment),
    DocumentType(CohortEvaluation),
)
"""Every top-level document type (one line each)."""

_BY_CLASS = {doc.cls: doc for doc in DOCUMENT_TYPES}
_BY_TAG = {doc.tag: doc for doc in DOCUMENT_TYPES}


def document_type(cls: object) -> DocumentType | None:
    """The document type of ``cls``, or ``None`` for a nested (plain) type."""
    return _BY_CLASS.get(cls) if isinstance(cls, type) else None


def tagged_type(tag: object) -> DocumentType | None:
    """The document type whose ``schema`` tag is ``tag``."""
    return _BY_TAG.get(tag) if type(tag) is str else None


def wrap(doc: DocumentType, body: dict[str, Any]) -> dict[str, Any]:
    """``body`` inside the envelope of ``doc``: ``schema`` and ``version`` first."""
    return {"schema": doc.tag, "version": doc.version, **body}


def unwrap(doc: DocumentType, data: object) -> dict[str, Any]:
    """The body of a ``doc`` document at the current version (migrated if older).

    Raises :class:`DocumentError` for a missing or wrong envelope and
    :class:`DocumentVersionError` for a version this cadretrain cannot read.
    """
    title = f"cannot load {doc.tag}"
    if type(data) is not dict:
        problem = Problem(path="$", message=f"{shown(data)} is not a {doc.tag} document object")
        raise DocumentError([problem], title=title)
    problems: list[Problem] = []
    schema = data.get("schema")
    if "schema" not in data:
        problems.append(Problem(path="$.schema", message=f"is missing (expected {doc.tag!r})"))
    elif schema != doc.tag:
        problems.append(
            Problem(path="$.schema", message=f"{shown(schema)} is not {doc.tag!r}", value=schema)
        )
    version = data.get("version")
    if "version" not in data:
        problems.append(Problem(path="$.version", message=f"is missing (expected {doc.version})"))
    elif type(version) is not int:
        problems.append(
            Problem(
                path="$.version",
                message=f"{shown(version)} is not an integer version",
                value=version,
            )
        )
    elif not doc.oldest <= version <= doc.version:
        raise DocumentVersionError([_version_problem(doc, version)], title=title)
    if problems:
        raise DocumentError(problems, title=title)
    assert type(version) is int
    body = {key: value for key, value in data.items() if key not in ("schema", "version")}
    for step in range(version, doc.version):
        body = MIGRATIONS[(doc.name, step)](body)
    return body


def _version_problem(doc: DocumentType, version: int) -> Problem:
    known = (
        f"version {doc.version}"
        if doc.oldest == doc.version
        else f"versions {doc.oldest} to {doc.version}"
    )
    number = shown(version)  # a 5,000-digit version is named by its size
    if version > doc.version:
        message = (
            f"{number} is newer than this cadretrain reads: {doc.tag} version {number} "
            f"was written by a later release; this one reads {known} "
            "(upgrade cadretrain to load it)"
        )
    else:
        message = f"{number} is not a known version of {doc.tag} (this one reads {known})"
    return Problem(path="$.version", message=message, value=version)
