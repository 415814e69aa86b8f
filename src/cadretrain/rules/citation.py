"""Where a number comes from: a cited source and how sure we are of it.

Every parameter value a finding uses carries a :class:`Citation`, so a
report can say *which* regulation or seed article set the limit it applied
(OpenFisca's ``reference`` on each dated value).
"""

from __future__ import annotations

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model._labelled import LabelledEnum

__all__ = [
    "CHECK_DEFAULT",
    "COHORT_REGISTER",
    "PROGRAMME_SCHEME",
    "RULE_TREE",
    "UNDECLARED",
    "Citation",
    "Confidence",
]


class Confidence(LabelledEnum):
    """How well a cited value is attested."""

    HIGH = ("high", "高(两个以上独立来源)", "high (two or more independent sources)")
    MEDIUM = ("medium", "中(单一来源)", "medium (a single source)")
    LOW = ("low", "低(推断或待核实)", "low (inferred, to be verified)")


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(attribute.name, value, "a non-empty string")


def _confidence(instance: object, attribute: attrs.Attribute[Confidence], value: object) -> None:
    if not isinstance(value, Confidence):
        raise InvalidValueError(attribute.name, value, "a Confidence member, e.g. Confidence.HIGH")


def _text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidValueError(attribute.name, value, "a string")


@attrs.frozen(kw_only=True)
class Citation:
    """A source for a value: a regulation article, a seed file, a decision.

    >>> Citation(source="《干部教育培训工作条例》(2015) 第二十四条").confidence
    Confidence.HIGH
    >>> Citation(source=" ")
    Traceback (most recent call last):
    ...
    cadretrain.errors.InvalidValueError: invalid source (1 problem):
      source: ' ' is not accepted; expected a non-empty string
    """

    source: str = attrs.field(validator=_non_empty)
    confidence: Confidence = attrs.field(default=Confidence.HIGH, validator=_confidence)
    note: str = attrs.field(default="", validator=_text)


RULE_TREE = Citation(
    source="rule tree",
    note="a literal set in a Check node of the policy's rule tree",
)
"""The citation of a parameter value written into a ``Check`` node, and of the
findings a combinator (``AnyOf``, ``AtLeast``, ``Not``) of the policy's tree makes."""

PROGRAMME_SCHEME = Citation(
    source="the programme's own assessment scheme",
    note="the programme's scheme and the policy's rules, as the findings before it cite them",
)
"""The citation of the closing ``evaluation.outcome`` finding and of checks that
judge a programme against its own declared scheme (its menu, its sessions)."""

COHORT_REGISTER = Citation(
    source="the cohort's own attendance register",
    note="how the register was kept is the cohort's attendance_recording: under "
    "every_session each trainee has a record (or approved leave) for every session",
)
"""The citation of ``evaluation.attendance_recorded``: the cohort's own register."""

UNDECLARED = Citation(
    source="undeclared",
    confidence=Confidence.LOW,
    note="the check declares no source; give CheckDefinition(source=...)",
)
"""The source of a check that declares none: every built-in check declares one."""

CHECK_DEFAULT = Citation(
    source="check default",
    note="the structural default of the check's parameter class",
)
"""The citation of a parameter value taken from the check's own default."""
