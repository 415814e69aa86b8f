"""Village postings (驻村): a first secretary's or work-team member's term, presence and recall.

A :class:`~cadretrain.model.Posting` is judged on a date
(:data:`POSTING_CHECKS`, scope ``POSTING``): presence in the village, the
term and the team size, and recall (召回) after an unfit appraisal.
"""

from __future__ import annotations

from cadretrain.postings.posting_check import check_posting
from cadretrain.postings.posting_checks import POSTING_CHECKS

__all__ = ["POSTING_CHECKS", "check_posting"]


def __dir__() -> list[str]:
    return list(__all__)
