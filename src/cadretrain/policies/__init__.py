"""Preset policies: rule trees with dated, cited parameters.

Every number in a preset cites its source (``policies.sources``): a
regulation with its confidence, or a seed article.  A number no source
confirms is never a default here; the caller supplies it.
"""

from __future__ import annotations

from cadretrain.policies import sources
from cadretrain.policies.completion import (
    CADRE_TRAINING_EVALUATION,
    PROGRAMME_SCHEME_EVALUATION,
    TIANHE_PARTY_SCHOOL_2015_EVALUATION,
    default_evaluation_policy,
)
from cadretrain.policies.seed_practice import SEED_PRACTICE_2019, with_tier_shares
from cadretrain.policies.training_hours import CADRE_TRAINING_REGULATION, with_factors
from cadretrain.policies.village_postings import (
    FIRST_SECRETARY_2015,
    SHANXI_2015_POSTING,
    WORK_TEAM_2017,
    default_posting_policy,
)

__all__ = [
    "CADRE_TRAINING_EVALUATION",
    "CADRE_TRAINING_REGULATION",
    "FIRST_SECRETARY_2015",
    "PROGRAMME_SCHEME_EVALUATION",
    "SEED_PRACTICE_2019",
    "SHANXI_2015_POSTING",
    "TIANHE_PARTY_SCHOOL_2015_EVALUATION",
    "WORK_TEAM_2017",
    "default_evaluation_policy",
    "default_posting_policy",
    "sources",
    "with_factors",
    "with_tier_shares",
]


def __dir__() -> list[str]:
    return list(__all__)
