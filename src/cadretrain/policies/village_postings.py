"""Posting policies: first secretaries (2015), work teams (2017), and Shanxi's variant.

National numbers (docs/regulations.md, A2, all H): the 2015 notice sets a first
secretary's term at generally 1-3 years (row 20); the 2017 opinion sets
each work-team posting at 2 years or more and a team at 3 people or more,
and has the leading group propose recall (召回) for a cadre not fit for the
job (row 23; seed 002 shows Lichuan's 召回 of 不胜任 first secretaries).
Neither sets a national presence minimum, so the national policies give
``min_presence_share="none"``: each presence period is reported *not
judged*, a failing finding these policies weigh as a **warning** (visible,
not a breach, the report stays ok). The caller, or a local variant,
supplies a minimum: :data:`SHANXI_2015_POSTING` adds Shanxi's 2/3 of
working days and its 2-year term (row 21, H for Shanxi only) and weighs a
presence shortfall as an error. A caller who sets a minimum on a national
policy with ``with_parameter`` also sets the weight it wants
(``with_severity("posting.presence", Severity.ERROR)``).

Dates: the 2015 notice is attested from 2015-05-05 (the date of the
published copy cited in row 20; the issue day is not confirmed); the 2017
opinion from 2017-12-25 (郑州日报/Xinhua, row 23); Shanxi's rule is dated
2015 with no day, so its overlay starts with the national notice.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from cadretrain.model import PostingRole
from cadretrain.policies.sources import (
    FIRST_SECRETARY_NOTICE_2015,
    SEED_LICHUAN_2017,
    SHANXI_2015,
    WORK_TEAM_OPINION_2017,
)
from cadretrain.postings.posting_checks import PRESENCE, RECALL, TERM
from cadretrain.rules import (
    AllOf,
    Check,
    Citation,
    DatedParameter,
    ParameterSetting,
    ParamValue,
    Policy,
    Severity,
)
from cadretrain.rules.amounts import NONE

__all__ = [
    "FIRST_SECRETARY_2015",
    "NOTICE_2015",
    "OPINION_2017",
    "SHANXI_2015_POSTING",
    "WORK_TEAM_2017",
    "default_posting_policy",
]

NOTICE_2015 = dt.date(2015, 5, 5)
OPINION_2017 = dt.date(2017, 12, 25)

_NO_PRESENCE = (
    "sets no national presence minimum; provinces set one (docs/regulations.md, rows 21-22)"
)
_TEAM: dict[int | str, str] = {NONE: "sets no team size", 3: "each team at least 3 people"}


def _says(cite: Citation, what: str) -> Citation:
    return attrs.evolve(cite, note=f"{cite.note}; {what}")


_TREE = AllOf(Check(PRESENCE), Check(TERM), Check(RECALL))


def _set(
    rule_id: str, name: str, value: ParamValue, since: dt.date, cite: Citation
) -> ParameterSetting:
    return ParameterSetting(
        rule_id=rule_id, name=name, value=DatedParameter.single(value, since=since, citation=cite)
    )


def _national(
    name: str,
    title_zh: str,
    title_en: str,
    since: dt.date,
    cite: Citation,
    *,
    roles: tuple[PostingRole, ...],
    min_years: int,
    max_years: int | str,
    min_team_size: int | str,
) -> Policy:
    return Policy(
        name=name,
        title_zh=title_zh,
        title_en=title_en,
        rule=_TREE,
        parameters=(
            _set(PRESENCE, "min_presence_share", NONE, since, _says(cite, _NO_PRESENCE)),
            _set(TERM, "roles", tuple(r.value for r in roles), since, cite),
            _set(TERM, "min_years", min_years, since, cite),
            _set(TERM, "max_years", max_years, since, cite),
            _set(TERM, "min_team_size", min_team_size, since, _says(cite, _TEAM[min_team_size])),
        ),
        effective_from=since,
        sources=(cite, SEED_LICHUAN_2017, WORK_TEAM_OPINION_2017),
        severities=((PRESENCE, Severity.WARNING),),
    )


FIRST_SECRETARY_2015 = _national(
    "first_secretary_2015",
    "选派机关优秀干部到村任第一书记(2015 通知)",
    "First secretaries sent to villages (2015 notice)",
    NOTICE_2015,
    FIRST_SECRETARY_NOTICE_2015,
    roles=(PostingRole.FIRST_SECRETARY,),
    min_years=1,
    max_years=3,
    min_team_size=NONE,
)
"""First secretaries: term 1-3 years; recall on 不称职/不胜任; presence not judged (a warning)."""

WORK_TEAM_2017 = _national(
    "work_team_2017",
    "贫困村驻村工作队选派管理(2017 指导意见)",
    "Resident work teams in poor villages (2017 opinion)",
    OPINION_2017,
    WORK_TEAM_OPINION_2017,
    roles=(PostingRole.TEAM_LEADER, PostingRole.TEAM_MEMBER),
    min_years=2,
    max_years=NONE,
    min_team_size=3,
)
"""Work teams: each posting 2 years or more, a team of 3 or more; recall on 不胜任."""

SHANXI_2015_POSTING = FIRST_SECRETARY_2015.overlay(
    Policy(
        name="shanxi_2015_posting",
        title_zh="山西省第一书记选派管理(2015)",
        title_en="Shanxi first secretaries (2015)",
        rule=AllOf(),
        parameters=(
            _set(PRESENCE, "min_presence_share", Fraction(2, 3), NOTICE_2015, SHANXI_2015),
            _set(TERM, "min_years", 2, NOTICE_2015, SHANXI_2015),
            _set(TERM, "max_years", 2, NOTICE_2015, SHANXI_2015),
        ),
        effective_from=NOTICE_2015,
        sources=(SHANXI_2015,),
        severities=((PRESENCE, Severity.ERROR),),
    )
)
"""Shanxi: the national first-secretary policy with 2/3 of working days present, a 2-year term."""


def default_posting_policy(role: PostingRole, on: dt.date) -> Policy:
    """The national policy for ``role`` on ``on``.

    Work-team roles follow the 2017 opinion from the day it is attested;
    first secretaries, seconded cadres and work teams before it follow the
    2015 notice (whose term rule covers first secretaries only).

    >>> default_posting_policy(PostingRole.TEAM_MEMBER, dt.date(2018, 6, 1)).name
    'work_team_2017'
    >>> default_posting_policy(PostingRole.TEAM_MEMBER, dt.date(2017, 6, 1)).name
    'first_secretary_2015'
    """
    team = role in (PostingRole.TEAM_LEADER, PostingRole.TEAM_MEMBER)
    return WORK_TEAM_2017 if team and on >= OPINION_2017 else FIRST_SECRETARY_2015
