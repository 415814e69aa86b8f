"""Judging a posting on a date under a posting policy.

The policy and the rule book are arguments: ``ct.check_posting``
(:mod:`cadretrain.builtin`) supplies the national policy for the posting's
role and the built-in rule book by default.
"""

from __future__ import annotations

import datetime as dt

from cadretrain.model import Posting
from cadretrain.postings.posting_checks import PostingAsOf
from cadretrain.rules import Policy, Report, RuleBook, Scope, run

__all__ = ["check_posting"]


def check_posting(
    posting: Posting,
    on: dt.date,
    policy: Policy,
    *,
    book: RuleBook,
    explain: bool = False,
) -> Report:
    """Judge ``posting`` on ``on`` under ``policy``, with the checks of ``book``."""
    subject = PostingAsOf(posting=posting, on=on)
    return run(policy, subjects={Scope.POSTING: subject}, on=on, book=book, explain=explain)
