"""The five seed programmes, built as objects from the articles they come from.

Each function returns a :class:`SeedProgramme`: the programme, its cohorts
and, where the article tells of them, village postings and training
archives.  The articles give programmes, not rosters: where a fact is
missing the seed assumes a plausible value or makes a plainly fictitious
one, deterministically, and its ``notes_zh``/``notes_en`` (from the article,
assumed, fictitious) and docstring say which.  Every cohort is judged: its
programme has an assumed assessment scheme and the cohort a full register
and scores for fictitious trainees.  ``named_people`` lists the people the
article names; no invented fact sits on them.  The functions are pure and
their values frozen, so each is cached (``functools.cache``): calling it
again returns the same object at no cost.

>>> import cadretrain as ct
>>> list(ct.examples.ALL)
['hunan-2019', 'yunnan-2019', 'lichuan-2017', 'chinagold-2018', 'jiangan-2015']
>>> ct.examples.ALL["jiangan-2015"]() is ct.examples.jiangan_2015()
True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from cadretrain.examples._seed import SeedProgramme
from cadretrain.examples.chinagold_2018 import chinagold_2018
from cadretrain.examples.hunan_2019 import hunan_2019
from cadretrain.examples.jiangan_2015 import jiangan_2015
from cadretrain.examples.lichuan_2017 import lichuan_2017
from cadretrain.examples.yunnan_2019 import yunnan_2019

__all__ = [
    "ALL",
    "SeedProgramme",
    "chinagold_2018",
    "hunan_2019",
    "jiangan_2015",
    "lichuan_2017",
    "yunnan_2019",
]

ALL: Mapping[str, Callable[[], SeedProgramme]] = MappingProxyType(
    {
        "hunan-2019": hunan_2019,
        "yunnan-2019": yunnan_2019,
        "lichuan-2017": lichuan_2017,
        "chinagold-2018": chinagold_2018,
        "jiangan-2015": jiangan_2015,
    }
)
"""Every seed by key, in seed-file order (000 to 004)."""


def __dir__() -> list[str]:
    return list(__all__)
