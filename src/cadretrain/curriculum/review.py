"""Reviewing a programme's or a cohort's design under a curriculum policy.

The policy and the rule book are arguments: ``ct.check``
(:mod:`cadretrain.builtin`) supplies ``SEED_PRACTICE_2019`` and the
built-in rule book by default, one layer up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from cadretrain.errors import CadretrainError
from cadretrain.model import Cohort, Programme
from cadretrain.rules import Policy, Report, RuleBook, Scope, run

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
    when = on or default_on or policy.effective_from
    return run(policy, subjects=subjects, on=when, book=book, explain=explain)
