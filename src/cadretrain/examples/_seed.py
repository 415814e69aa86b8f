"""A seed programme: one article's programme, its cohorts and the people around it."""

from __future__ import annotations

import attrs

from cadretrain.errors import InvalidValueError
from cadretrain.model import Cohort, Posting, Programme, TrainingRecord
from cadretrain.model import _validators as v

__all__ = ["SeedProgramme", "seed"]


@attrs.frozen(kw_only=True)
class SeedProgramme:
    """A programme built from one seed article, with its cohorts and related records.

    ``source`` is the seed file the facts come from (as cited in
    :mod:`cadretrain.policies.sources`); ``notes_zh`` and ``notes_en`` say
    which facts are the article's and which are assumed or fictitious.
    ``named_people`` lists every person the article names: they are real, so
    no invented fact (attendance, score, grade, appraisal) is put on them;
    they appear only where the article places them (a teacher, a posting).
    Every cohort runs this programme.
    """

    key: str = attrs.field(validator=v.ident)
    programme: Programme = attrs.field(validator=v.instance(Programme))
    cohorts: tuple[Cohort, ...] = attrs.field(
        validator=v.tuple_of(v.instance(Cohort), non_empty=True)
    )
    postings: tuple[Posting, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Posting))
    )
    records: tuple[TrainingRecord, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(TrainingRecord))
    )
    source: str = attrs.field(validator=v.text)
    notes_zh: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(v.text))
    notes_en: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(v.text))
    named_people: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(v.text))

    def __attrs_post_init__(self) -> None:
        for index, cohort in enumerate(self.cohorts):
            if cohort.programme != self.programme:
                raise InvalidValueError(
                    f"cohorts[{index}].programme", cohort.programme.id, "the seed's own programme"
                )

    @property
    def cohort(self) -> Cohort:
        """The first cohort (the one the demo shows)."""
        return self.cohorts[0]


def seed(
    programme: Programme,
    cohorts: tuple[Cohort, ...],
    *,
    postings: tuple[Posting, ...] = (),
    records: tuple[TrainingRecord, ...] = (),
    notes_zh: tuple[str, ...],
    notes_en: tuple[str, ...],
    named_people: tuple[str, ...] = (),
) -> SeedProgramme:
    """The seed of ``programme``: its key is the programme's id, its source the programme's."""
    return SeedProgramme(key=programme.id, programme=programme, cohorts=cohorts,
                         postings=postings, records=records, source=programme.source,
                         notes_zh=notes_zh, notes_en=notes_en,
                         named_people=named_people)  # fmt: skip
