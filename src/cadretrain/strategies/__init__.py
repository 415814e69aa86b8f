"""Hypothesis strategies for cadretrain's values (needs the ``hypothesis`` extra).

Plural-noun factories with keyword constraints, like hypothesis' own
(``integers(min_value=...)``): ``cohorts(size=5)`` draws one cohort of five
trainees. Every drawn object is valid by construction (built through the
public constructors) and its references hold: sessions on the programme's
modules and sites, facts about enrolled trainees and existing sessions,
scores on the scheme's components. Sizes are small by default so property
tests stay fast; texts are mostly Chinese, so round-trips exercise
unescaped Chinese.

>>> from hypothesis import given, settings
>>> from cadretrain.model import Tier
>>> @settings(max_examples=5, deadline=None)
... @given(programmes(tiers=[Tier.COMPULSORY]))
... def only_compulsory(programme):
...     assert {m.tier for m in programme.modules} == {Tier.COMPULSORY}
>>> only_compulsory()

After :func:`_hypothesis_setup_hook` (which hypothesis calls through the
``hypothesis`` entry point), ``st.from_type(ct.Cohort)`` uses
:func:`cohorts`.
"""

from __future__ import annotations

from cadretrain.strategies._assessments import assessments
from cadretrain.strategies._cohorts import cohorts
from cadretrain.strategies._common import places
from cadretrain.strategies._hook import _hypothesis_setup_hook as _hypothesis_setup_hook
from cadretrain.strategies._people import trainees
from cadretrain.strategies._policies import policies
from cadretrain.strategies._postings import postings
from cadretrain.strategies._programmes import field_sites, modules, programmes
from cadretrain.strategies._records import training_entries, training_records
from cadretrain.strategies._schemes import assessment_schemes, grade_scales

__all__ = [
    "assessment_schemes",
    "assessments",
    "cohorts",
    "field_sites",
    "grade_scales",
    "modules",
    "places",
    "policies",
    "postings",
    "programmes",
    "trainees",
    "training_entries",
    "training_records",
]

assert sorted(__all__) == __all__, "keep __all__ sorted"
assert all(name in globals() for name in __all__), "__all__ names a missing factory"


def __dir__() -> list[str]:
    return [*__all__, "_hypothesis_setup_hook"]
