"""Reviewing a programme's or a cohort's design under a curriculum policy.

The policy and the rule book are arguments: ``ct.check``
(:mod:`cadretrain.builtin`) supplies ``SEED_PRACTICE_2019`` and the
built-in rule book by default, one layer up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from cadretrain.errors import CadretrainError, InvalidValueError
from cadretrain.model import Cohort, Programme
from cadretrain.rules import Policy, Report, RuleBook, Scope, rule_ids, run

__all__ = ["UncheckableSubject", "check"]


class UncheckableSubject(CadretrainError, TypeError):  # noqa: N818 (reads like the domain)
    """:func:`check` was given something other than a programme or a cohort."""


def check(
    subject: Programme | Cohort,
    policy: Policy,
    *,
    book: RuleBook,
    on: dt.date | None = None,
    explain: bool = False,
) -> Report:
    """Judge ``subject`` under ``policy`` with the checks of ``book``, as of ``on``.

    A cohort is judged with its programme: programme-scope rules see
    ``cohort.programme``, cohort-scope rules the cohort, and ``on`` defaults
    to the cohort's start, so a 2015 cohort meets the numbers of 2015. A
    programme has no date of its own: ``on`` defaults to the policy's
    ``effective_from`` (its first numbers); pass ``on`` to judge it under
    later ones. For a programme alone the cohort-scope rules are not
    applicable (noted in explain mode). ``explain=True`` records passing
    findings too.
    """
    subjects: Mapping[Scope, object]
    if isinstance(subject, Cohort):
        subjects = {Scope.PROGRAMME: subject.programme, Scope.COHORT: subject}
        default_on = subject.start
    elif isinstance(subject, Programme):
        subjects = {Scope.PROGRAMME: subject}
        default_on = None
    else:
        raise UncheckableSubject(
            f"check() takes a Programme or a Cohort, not a {type(subject).__name__}"
        )
    _refuse_other_subjects(policy, book, subjects)
    when = on or default_on or policy.effective_from
    return run(policy, subjects=subjects, on=when, book=book, explain=explain)


def _refuse_other_subjects(
    policy: Policy, book: RuleBook, subjects: Mapping[Scope, object]
) -> None:
    """Refuse a policy with a check that judges something else under a scope check() fills.

    An evaluation policy's cohort-scope check (the top-grade quota) judges the
    graded trainees of :func:`cadretrain.evaluation.evaluate`, not a Cohort.
    """
    if not isinstance(policy, Policy) or not isinstance(book, RuleBook):
        return  # the engine refuses these itself
    for rule_id in rule_ids(policy.rule):
        if rule_id not in book:
            continue  # the engine names an unknown rule
        definition = book[rule_id]
        wanted = definition.subject_type
        subject = subjects.get(definition.scope)
        if wanted is not None and subject is not None and not isinstance(subject, wanted):
            raise InvalidValueError(
                "policy",
                policy.name,
                "a policy whose checks judge a Programme or a Cohort (check() judges a "
                f"design); its rule {rule_id!r} judges a {wanted.__name__}, not a "
                f"{type(subject).__name__}: judge it with evaluate()",
            )
