"""cadretrain: poverty-alleviation cadre-training programmes as pure domain objects.

``import cadretrain as ct`` gives the domain types (``ct.Programme``,
``ct.Cohort``, ...), the enums with zh and en labels (``ct.label``), and the
errors every bad input raises (``ct.CadretrainError``).
"""

from __future__ import annotations

from cadretrain.errors import CadretrainError, InvalidValueError, Problem, ValidationError
from cadretrain.model import *  # noqa: F403
from cadretrain.model import __all__ as _model_names

__all__ = [
    *_model_names,
    "CadretrainError",
    "InvalidValueError",
    "Problem",
    "ValidationError",
]
