"""The built-in rule book, and the entry points that judge with the presets by default.

What lives here needs every layer at once: the checks that ``curriculum``,
``evaluation``, ``records`` and ``postings`` define on top of the engine,
and the preset policies of :mod:`cadretrain.policies` that use them. So this
module sits above all of them (the import-linter contract in
``pyproject.toml`` names it), and the layers below take the policy and the
rule book as arguments. ``import cadretrain as ct`` exposes these names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from cadretrain import curriculum, evaluation
from cadretrain.curriculum import CURRICULUM_CHECKS
from cadretrain.errors import InvalidValueError
from cadretrain.evaluation import CohortEvaluation
from cadretrain.evaluation.checks import EVALUATION_CHECKS
from cadretrain.model import Cohort, Posting, Programme, TrainingRecord
from cadretrain.policies import (
    CADRE_TRAINING_REGULATION,
    SEED_PRACTICE_2019,
    default_evaluation_policy,
    default_posting_policy,
)
from cadretrain.postings import POSTING_CHECKS
from cadretrain.postings import check_posting as _check_posting
from cadretrain.records import RECORD_CHECKS, RequirementGap
from cadretrain.records import check_record as _check_record
from cadretrain.records import requirement_gaps as _requirement_gaps
from cadretrain.rules import Policy, Report, RuleBook

__all__ = [
    "BUILTIN_RULES",
    "check",
    "check_posting",
    "check_record",
    "evaluate",
    "evaluate_many",
    "requirement_gaps",
]

BUILTIN_RULES = RuleBook(
    checks=(*CURRICULUM_CHECKS, *EVALUATION_CHECKS, *RECORD_CHECKS, *POSTING_CHECKS)
)
"""Every built-in check, by rule id. Extend it by making a new book:
``BUILTIN_RULES.with_check(my_check)``.

>>> "evaluation.leave_ratio" in BUILTIN_RULES
True
"""


def _arguments(
    policy: Policy | None, book: RuleBook | None, on: dt.date | None, explain: bool
) -> RuleBook:
    """Refuse arguments of the wrong type with the library's own error; the book to use."""
    if policy is not None and not isinstance(policy, Policy):
        raise InvalidValueError("policy", policy, "a Policy, or None for the preset")
    if book is not None and not isinstance(book, RuleBook):
        raise InvalidValueError("book", book, "a RuleBook, or None for BUILTIN_RULES")
    if on is not None and (not isinstance(on, dt.date) or isinstance(on, dt.datetime)):
        raise InvalidValueError("on", on, "a datetime.date, or None")
    if not isinstance(explain, bool):
        raise InvalidValueError("explain", explain, "True or False")
    return BUILTIN_RULES if book is None else book


def check(
    subject: Programme | Cohort,
    policy: Policy | None = None,
    *,
    on: dt.date | None = None,
    explain: bool = False,
    book: RuleBook | None = None,
) -> Report:
    """Judge a programme's or a cohort's design under ``policy`` as of ``on``.

    ``policy`` defaults to :data:`~cadretrain.policies.SEED_PRACTICE_2019`
    and ``book`` to :data:`BUILTIN_RULES`. A cohort is judged with its
    programme, and ``on`` defaults to its first day, so a 2015 cohort meets
    the numbers of 2015; a programme alone is judged as of ``on`` (default
    the policy's first day), and the cohort-scope rules do not apply to it
    (noted in explain mode). ``explain=True`` records passing findings too.

    >>> import cadretrain as ct
    >>> ct.check("a timetable")
    Traceback (most recent call last):
    ...
    cadretrain.curriculum.review.UncheckableSubject: check() takes a Programme or a Cohort, not a str
    """
    chosen = _arguments(policy, book, on, explain)
    return curriculum.check(
        subject,
        SEED_PRACTICE_2019 if policy is None else policy,
        book=chosen,
        on=on,
        explain=explain,
    )


def evaluate(
    cohort: Cohort,
    policy: Policy | None = None,
    *,
    on: dt.date | None = None,
    explain: bool = False,
    book: RuleBook | None = None,
) -> CohortEvaluation:
    """Judge every trainee of ``cohort`` under ``policy``; instruments as of ``on``.

    ``policy`` defaults to
    :func:`~cadretrain.policies.default_evaluation_policy` for the cohort's
    first day and ``book`` to :data:`BUILTIN_RULES`. ``on`` defaults to the
    cohort's last day. ``explain=True`` also records passing checks. Refuses
    a policy not in force on the cohort's first day, one that does not fit
    ``book``, and one naming a check of another scope.
    """
    chosen = _arguments(policy, book, on, explain)
    if not isinstance(cohort, Cohort):
        raise InvalidValueError("cohort", cohort, "a Cohort (evaluate judges a cohort's trainees)")
    return evaluation.evaluate(
        cohort,
        default_evaluation_policy(cohort.start) if policy is None else policy,
        book=chosen,
        on=on,
        explain=explain,
    )


def evaluate_many(
    cohorts: Iterable[Cohort],
    policy: Policy | None = None,
    *,
    on: dt.date | None = None,
    explain: bool = False,
    book: RuleBook | None = None,
) -> Iterator[CohortEvaluation]:
    """Yield :func:`evaluate` of each cohort, lazily, in constant memory.

    Each cohort is judged and its evaluation yielded before the next cohort
    is read, so nothing is held from earlier cohorts: memory is bounded by
    the largest cohort, not by the stream. ``policy=None`` takes each
    cohort's default policy for its own first day.

    >>> next(evaluate_many(iter(())), None) is None
    True
    """
    for cohort in cohorts:
        yield evaluate(cohort, policy, on=on, explain=explain, book=book)


def check_record(
    record: TrainingRecord,
    on: dt.date,
    policy: Policy | None = None,
    *,
    explain: bool = False,
    book: RuleBook | None = None,
) -> Report:
    """Judge a cadre's training record on ``on`` (default policy: the 条例's hours rules).

    The numbers used are those in force on ``on``; ``explain`` also records
    what passed and what did not apply.
    """
    chosen = _arguments(policy, book, on, explain)
    if not isinstance(record, TrainingRecord):
        raise InvalidValueError("record", record, "a TrainingRecord")
    return _check_record(
        record,
        on,
        CADRE_TRAINING_REGULATION if policy is None else policy,
        book=chosen,
        explain=explain,
    )


def check_posting(
    posting: Posting,
    on: dt.date,
    policy: Policy | None = None,
    *,
    explain: bool = False,
    book: RuleBook | None = None,
) -> Report:
    """Judge a posting on ``on`` (default policy: the national one for its role on that date).

    See :func:`cadretrain.policies.default_posting_policy`.
    """
    chosen = _arguments(policy, book, on, explain)
    if not isinstance(posting, Posting):
        raise InvalidValueError("posting", posting, "a Posting")
    return _check_posting(
        posting,
        on,
        default_posting_policy(posting.role, on) if policy is None else policy,
        book=chosen,
        explain=explain,
    )


def requirement_gaps(
    record: TrainingRecord, on: dt.date, policy: Policy | None = None
) -> tuple[RequirementGap, ...]:
    """The gap to each hours requirement that applies to the record's rank on ``on``.

    ``policy`` defaults to the 条例's hours rules; parameters are resolved as
    :func:`check_record` resolves them.
    """
    _arguments(policy, None, on, False)
    if not isinstance(record, TrainingRecord):
        raise InvalidValueError("record", record, "a TrainingRecord")
    return _requirement_gaps(record, on, CADRE_TRAINING_REGULATION if policy is None else policy)
