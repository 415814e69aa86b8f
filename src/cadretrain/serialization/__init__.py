"""JSON in and out: one cattrs converter factory, versioned documents, JSON Schema.

``to_json``/``from_json`` and ``to_dict``/``from_dict`` convert every
cadretrain object; top-level objects are documents carrying ``schema`` and
``version``; every failure to load raises :class:`DocumentError` listing
each problem with its ``$``-rooted path; :func:`json_schema` describes the
JSON of a type as JSON Schema 2020-12. ``from_json`` reads with msgspec into
the objects and a cohort's record tables (:mod:`.reader`). See ``docs/json.md``.
"""

from __future__ import annotations

from cadretrain.serialization.converter import make_converter
from cadretrain.serialization.documents import DOCUMENT_TYPES, DocumentType
from cadretrain.serialization.errors import DocumentError, DocumentVersionError
from cadretrain.serialization.json_text import from_dict, from_json, to_dict, to_json
from cadretrain.serialization.schema import json_schema

__all__ = [
    "DOCUMENT_TYPES",
    "DocumentError",
    "DocumentType",
    "DocumentVersionError",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "to_dict",
    "to_json",
]


def __dir__() -> list[str]:
    return list(__all__)
