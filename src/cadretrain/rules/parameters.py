"""Dated parameters: the value of a rule's number on a given day.

Modelled on OpenFisca's ``parameters/``: a parameter is a sorted series of
``(effective_from, value, citation)`` entries and the entry with the latest
start on or before the date wins. An entry whose value is ``None`` *ends*
the parameter: from that date it has no value until a later entry gives it
one again. Dates are real :class:`datetime.date` objects, never strings, so
a cohort from 2016 is judged under the numbers in force in 2016.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from datetime import date, datetime

import attrs

from cadretrain.errors import CadretrainError, InvalidValueError, Problem, ValidationError
from cadretrain.rules.citation import Citation
from cadretrain.rules.values import ParamValue, check_param_value, format_value

__all__ = ["DatedParameter", "DatedValue", "ParameterNotInForce"]


class ParameterNotInForce(CadretrainError, LookupError):  # noqa: N818 (a contract name)
    """A dated parameter has no value on the date asked for."""


def _is_date(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidValueError(attribute.name, value, "a datetime.date, e.g. date(2015, 10, 1)")


def _param_or_end(
    instance: object, attribute: attrs.Attribute[ParamValue | None], value: object
) -> None:
    if value is not None:
        check_param_value(value, field=attribute.name)


def _is_citation(instance: object, attribute: attrs.Attribute[Citation], value: object) -> None:
    if not isinstance(value, Citation):
        raise InvalidValueError(attribute.name, value, "a Citation(source=...)")


@attrs.frozen(kw_only=True)
class DatedValue:
    """One entry of a dated parameter; ``value=None`` ends the parameter.

    >>> from fractions import Fraction
    >>> DatedValue(effective_from=date(2015, 10, 1), value=Fraction(1, 7),
    ...            citation=Citation(source="条例")).is_end
    False
    """

    effective_from: date = attrs.field(validator=_is_date)
    value: ParamValue | None = attrs.field(validator=_param_or_end)
    citation: Citation = attrs.field(validator=_is_citation)

    @property
    def is_end(self) -> bool:
        """Whether this entry ends the parameter rather than giving a value."""
        return self.value is None


def _entries(value: Iterable[DatedValue]) -> tuple[DatedValue, ...]:
    return tuple(value)


def _valid_entries(
    instance: object, attribute: attrs.Attribute[tuple[DatedValue, ...]], entries: object
) -> None:
    assert isinstance(entries, tuple)
    if not entries:
        raise InvalidValueError("entries", entries, "at least one DatedValue")
    problems: list[Problem] = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, DatedValue):
            problems.append(Problem(path=f"entries[{i}]", message="not a DatedValue", value=entry))
    if problems:
        raise ValidationError(problems, title="invalid dated parameter")
    if entries[0].is_end:
        problems.append(
            Problem(
                path="entries[0]",
                message="the first entry cannot be an end (value=None); start with a value",
                value=entries[0],
            )
        )
    for i, (before, after) in enumerate(itertools.pairwise(entries), start=1):
        if after.effective_from <= before.effective_from:
            problems.append(
                Problem(
                    path=f"entries[{i}]",
                    message=(
                        f"starts {after.effective_from.isoformat()}, not after the previous "
                        f"entry's {before.effective_from.isoformat()}; entries must be in "
                        "strictly increasing date order"
                    ),
                    value=after.effective_from,
                )
            )
    if problems:
        raise ValidationError(problems, title="invalid dated parameter")


@attrs.frozen(kw_only=True)
class DatedParameter:
    """A parameter's values over time, looked up by date.

    >>> from fractions import Fraction
    >>> rule = Citation(source="《干部教育培训工作条例》(2015)")
    >>> share = DatedParameter.single(Fraction(1, 7), since=date(2015, 10, 1), citation=rule)
    >>> share.at(date(2016, 3, 1)).value
    Fraction(1, 7)
    >>> share.at(date(2015, 9, 30))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cadretrain.rules.parameters.ParameterNotInForce: no value on 2015-09-30: the first ...
    """

    entries: tuple[DatedValue, ...] = attrs.field(converter=_entries, validator=_valid_entries)

    @classmethod
    def single(cls, value: ParamValue, *, since: date, citation: Citation) -> DatedParameter:
        """A parameter with one value in force from ``since`` on."""
        return cls(entries=(DatedValue(effective_from=since, value=value, citation=citation),))

    def at(self, on: date) -> DatedValue:
        """The entry in force on ``on``: the latest start on or before it.

        Raises :class:`ParameterNotInForce` before the first entry or inside a
        span that an end entry closed; the returned entry's value is never
        ``None``.
        """
        starts = [entry.effective_from for entry in self.entries]
        index = bisect.bisect_right(starts, on) - 1
        if index < 0:
            raise ParameterNotInForce(
                f"no value on {on.isoformat()}: the first entry starts {starts[0].isoformat()}"
            )
        entry = self.entries[index]
        if entry.is_end:
            later = [s.isoformat() for s in starts[index + 1 :]]
            resumes = f"; it resumes {later[0]}" if later else ""
            raise ParameterNotInForce(
                f"no value on {on.isoformat()}: the value ended on "
                f"{entry.effective_from.isoformat()} ({entry.citation.source}){resumes}"
            )
        return entry

    def in_force(self, on: date) -> bool:
        """Whether the parameter has a value on ``on``."""
        try:
            self.at(on)
        except ParameterNotInForce:
            return False
        return True

    def with_entry(self, entry: DatedValue) -> DatedParameter:
        """A new parameter with ``entry`` added in date order.

        An existing entry with the same ``effective_from`` is replaced (an
        amendment of that day's value).

        >>> p = DatedParameter.single(3, since=date(2015, 1, 1), citation=Citation(source="a"))
        >>> p = p.with_entry(DatedValue(effective_from=date(2020, 1, 1), value=None,
        ...                             citation=Citation(source="b")))
        >>> p.in_force(date(2019, 12, 31)), p.in_force(date(2020, 1, 1))
        (True, False)
        """
        kept = [e for e in self.entries if e.effective_from != entry.effective_from]
        kept.append(entry)
        kept.sort(key=lambda e: e.effective_from)
        return DatedParameter(entries=tuple(kept))

    def describe(self) -> str:
        """The entries in one line: ``1/7 from 2015-10-01; ended 2020-01-01``."""
        parts = [
            f"ended {e.effective_from.isoformat()}"
            if e.value is None
            else f"{format_value(e.value)} from {e.effective_from.isoformat()}"
            for e in self.entries
        ]
        return "; ".join(parts)
