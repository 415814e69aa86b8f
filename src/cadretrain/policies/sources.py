"""The sources preset policies cite: regulations (with confidence) and the seed articles.

The constants live in :mod:`cadretrain.rules.sources`, below the checks that
declare them as their sources; this module re-exports them for the presets.
"""

from __future__ import annotations

from cadretrain.rules.sources import (
    CADRE_TRAINING_2006_TRIAL,
    CADRE_TRAINING_2015,
    CADRE_TRAINING_2023,
    CIVIL_SERVANT_LAW_2019,
    CLASS_ROSTER,
    CLASS_WORK_JIANGAN_2015,
    FIRST_SECRETARY_NOTICE_2015,
    GUANLING_2016,
    ONLINE_PLAN_2023_2027,
    SEED_CHINAGOLD_2018,
    SEED_HUNAN_2019,
    SEED_JIANGAN_2015,
    SEED_LICHUAN_2017,
    SEED_YUNNAN_2019,
    SHANXI_2015,
    TIANHE_PARTY_SCHOOL_2015,
    TRAINEE_MANAGEMENT_2013,
    WORK_TEAM_OPINION_2017,
    YUNNAN_ONLINE_CREDIT,
)

__all__ = [
    "CADRE_TRAINING_2006_TRIAL",
    "CADRE_TRAINING_2015",
    "CADRE_TRAINING_2023",
    "CIVIL_SERVANT_LAW_2019",
    "CLASS_ROSTER",
    "CLASS_WORK_JIANGAN_2015",
    "FIRST_SECRETARY_NOTICE_2015",
    "GUANLING_2016",
    "ONLINE_PLAN_2023_2027",
    "SEED_CHINAGOLD_2018",
    "SEED_HUNAN_2019",
    "SEED_JIANGAN_2015",
    "SEED_LICHUAN_2017",
    "SEED_YUNNAN_2019",
    "SHANXI_2015",
    "TIANHE_PARTY_SCHOOL_2015",
    "TRAINEE_MANAGEMENT_2013",
    "WORK_TEAM_OPINION_2017",
    "YUNNAN_ONLINE_CREDIT",
]
