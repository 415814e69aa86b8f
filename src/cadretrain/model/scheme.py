"""How a programme judges its trainees: components, deliverables, grade scale."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs

from cadretrain.errors import InvalidValueError, Problem, ValidationError
from cadretrain.model import _validators as v
from cadretrain.model._calendar import shifted
from cadretrain.model.enums import KirkpatrickLevel, SubmissionKind

__all__ = [
    "AssessmentScheme",
    "Component",
    "Deliverable",
    "EvaluationInstrument",
    "GradeLevel",
    "GradeScale",
]


def _due(end: dt.date, months: int, days: int) -> dt.date:
    # relativedelta clips month ends (Jan 31 + 1 month = Feb 28/29): documented in docs/design.md.
    # A due date past 9999-12-31 (a "no end" cohort end, a huge due_days) is taken as that day.
    return shifted(end, months=months, days=days)


@attrs.frozen(kw_only=True)
class Component:
    """A scored part of the assessment, with its weight and optional pass mark.

    ``max_score`` is the most the component gives (a score above it is
    refused when the cohort is built); ``submission`` names the kind of work
    it scores, so that ghost-written or plagiarised work cancels this score
    only (without it, such work cancels all of the trainee's scores).
    """

    code: str = attrs.field(validator=v.ident)
    title: str = attrs.field(validator=v.text)
    weight: Fraction = attrs.field(validator=v.a_fraction)
    pass_mark: Decimal | None = attrs.field(default=None, validator=v.optional(v.a_score))
    max_score: Decimal | None = attrs.field(default=None, validator=v.optional(v.a_score))
    submission: SubmissionKind | None = attrs.field(
        default=None, validator=v.optional(v.member(SubmissionKind))
    )

    def __attrs_post_init__(self) -> None:
        if self.max_score is not None and self.max_score <= 0:
            raise InvalidValueError("max_score", self.max_score, "a positive score")
        if (
            self.max_score is not None
            and self.pass_mark is not None
            and self.pass_mark > self.max_score
        ):
            raise InvalidValueError(
                "pass_mark", self.pass_mark, f"a pass mark at most max_score {self.max_score}"
            )
        if self.weight <= 0:
            raise ValidationError(
                [
                    Problem(
                        path="weight",
                        message=f"{self.weight!r} is not accepted; expected a positive Fraction",
                        value=self.weight,
                    )
                ],
                title="invalid weight",
            )


@attrs.frozen(kw_only=True)
class Deliverable:
    """A piece of work every trainee must hand in, due relative to the cohort's end.

    >>> essay = Deliverable(kind=SubmissionKind.ESSAY, due_days=7)
    >>> essay.due(dt.date(2015, 7, 28))
    datetime.date(2015, 8, 4)
    """

    kind: SubmissionKind = attrs.field(validator=v.member(SubmissionKind))
    due_months: int = attrs.field(default=0, validator=v.non_negative_int)
    due_days: int = attrs.field(default=0, validator=v.non_negative_int)
    title: str = attrs.field(default="", validator=v.any_text)
    review_required: bool = attrs.field(default=False, validator=v.a_bool)

    def due(self, end: dt.date) -> dt.date:
        """The due date for a cohort that ends on ``end``."""
        return _due(end, self.due_months, self.due_days)


@attrs.frozen(kw_only=True)
class GradeLevel:
    """One level of a grade scale: a code, its labels, the lowest total that earns it."""

    code: str = attrs.field(validator=v.ident)
    zh: str = attrs.field(validator=v.text)
    en: str = attrs.field(validator=v.text)
    min_score: Decimal = attrs.field(validator=v.a_score)
    passing: bool = attrs.field(default=True, validator=v.a_bool)

    def label(self, lang: str = "zh") -> str:
        """The label in ``lang``."""
        return self.zh if lang == "zh" else self.en


@attrs.frozen(kw_only=True)
class GradeScale:
    """Ordered grade levels, best first, as data (e.g. 优秀/良好/合格/不合格).

    Minimum scores strictly decrease, so a total falls in exactly one band.

    >>> scale = GradeScale(name="pass_fail", levels=(
    ...     GradeLevel(code="pass", zh="合格", en="pass", min_score=Decimal(60)),
    ...     GradeLevel(code="fail", zh="不合格", en="fail", min_score=Decimal(0), passing=False)))
    >>> scale.grade_for(Decimal("59.5")).code
    'fail'
    """

    name: str = attrs.field(validator=v.ident)
    levels: tuple[GradeLevel, ...] = attrs.field(
        validator=v.tuple_of(v.instance(GradeLevel), non_empty=True)
    )

    def __attrs_post_init__(self) -> None:
        problems = v.check_unique("levels", (level.code for level in self.levels))
        for index, (upper, lower) in enumerate(zip(self.levels, self.levels[1:], strict=False)):
            if not lower.min_score < upper.min_score:
                problems.append(
                    Problem(
                        path=f"levels[{index + 1}].min_score",
                        message=(
                            f"{lower.min_score} is not below {upper.min_score} of {upper.code!r}; "
                            "grade bands must be strictly ordered, best first"
                        ),
                        value=lower.min_score,
                    )
                )
        if problems:
            raise ValidationError(problems, title="invalid grade scale")

    @property
    def top(self) -> GradeLevel:
        """The best level."""
        return self.levels[0]

    @property
    def lowest(self) -> GradeLevel:
        """The worst level."""
        return self.levels[-1]

    def level(self, code: str) -> GradeLevel:
        """The level with ``code``."""
        for level in self.levels:
            if level.code == code:
                return level
        raise KeyError(code)

    def grade_for(self, total: Decimal) -> GradeLevel:
        """The best level whose minimum ``total`` reaches; the lowest level otherwise."""
        for level in self.levels:
            if total >= level.min_score:
                return level
        return self.lowest

    def below(self, code: str) -> GradeLevel:
        """The level one step below ``code`` (the lowest stays the lowest)."""
        codes = [level.code for level in self.levels]
        index = codes.index(code)
        return self.levels[min(index + 1, len(self.levels) - 1)]


@attrs.frozen(kw_only=True)
class EvaluationInstrument:
    """A Kirkpatrick-level evaluation with a due date relative to the cohort's end.

    The behaviour follow-up (3-6 months after, docs/regulations.md) may be linked to
    the trainee's own plan (``linked_submission``).
    """

    id: str = attrs.field(validator=v.ident)
    level: KirkpatrickLevel = attrs.field(validator=v.member(KirkpatrickLevel))
    title: str = attrs.field(validator=v.text)
    due_months: int = attrs.field(default=0, validator=v.non_negative_int)
    due_days: int = attrs.field(default=0, validator=v.non_negative_int)
    linked_submission: SubmissionKind | None = attrs.field(
        default=None, validator=v.optional(v.member(SubmissionKind))
    )

    def due(self, end: dt.date) -> dt.date:
        """The due date for a cohort that ends on ``end``."""
        return _due(end, self.due_months, self.due_days)


@attrs.frozen(kw_only=True)
class AssessmentScheme:
    """Weighted components, required deliverables, a grade scale and the top-grade share.

    Component weights are positive and sum to exactly 1.
    """

    scale: GradeScale = attrs.field(validator=v.instance(GradeScale))
    components: tuple[Component, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Component))
    )
    deliverables: tuple[Deliverable, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Deliverable))
    )
    top_grade_share: Fraction | None = attrs.field(default=None, validator=v.optional(v.a_fraction))
    instruments: tuple[EvaluationInstrument, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(EvaluationInstrument))
    )

    def __attrs_post_init__(self) -> None:
        problems = v.check_unique("components", (c.code for c in self.components))
        problems += v.check_unique("instruments", (i.id for i in self.instruments))
        if self.components:
            total = sum((c.weight for c in self.components), Fraction(0))
            if total != 1:
                problems.append(
                    Problem(
                        path="components",
                        message=f"weights sum to {total}; expected exactly 1",
                        value=str(total),
                    )
                )
        if self.top_grade_share is not None and not 0 <= self.top_grade_share <= 1:
            problems.append(
                Problem(
                    path="top_grade_share",
                    message=f"{self.top_grade_share} is not accepted; "
                    "expected a Fraction from 0 to 1",
                    value=str(self.top_grade_share),
                )
            )
        if problems:
            raise ValidationError(problems, title="invalid assessment scheme")

    def component(self, code: str) -> Component:
        """The component with ``code``."""
        for component in self.components:
            if component.code == code:
                return component
        raise KeyError(code)
