"""The sources checks and preset policies cite: regulations (with confidence) and seeds.

Checks declare one of these as their source (a finding cites it), presets cite
them on each dated parameter value; :mod:`cadretrain.policies.sources` re-exports them.

Each constant is a :class:`~cadretrain.rules.Citation`; its confidence is the
one ``docs/regulations.md`` gives (H: two or more independent sources or an
official text; M: one source or a local rule; L: unconfirmed, never a default).
"""

from __future__ import annotations

from cadretrain.rules.citation import Citation, Confidence

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

TRAINEE_MANAGEMENT_2013 = Citation(
    source="中组部《关于在干部教育培训中进一步加强学员管理的规定》(2013年3月)",
    confidence=Confidence.HIGH,
    note="docs/regulations.md, rows 0a-0c (Xinhua, 2013-03-19): 累计请假超过总学时1/7的按退学处理; "
    "未经批准擅自离校的责令退学; 他人代写、抄袭的取消成绩",
)
CADRE_TRAINING_2006_TRIAL = Citation(
    source="《干部教育培训工作条例(试行)》(2006)",
    confidence=Confidence.HIGH,
    note="docs/regulations.md, rows 2-3: 累计3个月以上 per 5 years, no 学时 figure; promotion "
    "training within 1 year after",
)
CADRE_TRAINING_2015 = Citation(
    source="《干部教育培训工作条例》(2015)",
    confidence=Confidence.HIGH,
    note="docs/regulations.md, rows 2, 3, 4, 9: 3个月或者550学时 per 5 years (县处级 and above); "
    "12天或90学时 a year (其他干部); within 1 year after promotion; leave ≤ 1/7 of 学时, above it 退学",
)
CADRE_TRAINING_2023 = Citation(
    source="《干部教育培训工作条例》(2023年修订) 第十四条等",
    confidence=Confidence.HIGH,
    note="docs/regulations.md, rows 1, 3, 4, 9 (12371.cn, 2023-10-17)",
)
CIVIL_SERVANT_LAW_2019 = Citation(
    source="《中华人民共和国公务员法》(2018年修订, 2019-06-01施行) 第二十一条",
    confidence=Confidence.MEDIUM,
    note="the 综合管理类 职级 ladder, highest first: 一级、二级巡视员, 一级至四级调研员, 一级至四级主任科员, "
    "一级、二级科员; the two grades the 条例 names (四级调研员, 一级主任科员) are H "
    "(docs/regulations.md, rows 1, 4), the order of the others is the law's, not read here "
    "from an official text",
)
ONLINE_PLAN_2023_2027 = Citation(
    source="《全国干部教育培训规划(2023-2027年)》",
    confidence=Confidence.MEDIUM,
    note="docs/regulations.md, row 7: ≥50 学时 online a year; not confirmed for 2015-2020",
)
YUNNAN_ONLINE_CREDIT = Citation(
    source="云南干部在线学习学院 学时认定办法",
    confidence=Confidence.MEDIUM,
    note="docs/regulations.md, row 8: course ≥30 min → 1 学时; 15-30 min → 0.5; ≤15 min → 0.25",
)
TIANHE_PARTY_SCHOOL_2015 = Citation(
    source="天河区委党校学员管理规定(2015-08)",
    confidence=Confidence.MEDIUM,
    note="docs/regulations.md, rows 9, 10, 14: 旷课2天及以上 or leave over 1/7 → 退学; "
    "written work graded 优秀/良好/合格/不合格",
)
FIRST_SECRETARY_NOTICE_2015 = Citation(
    source="中组部 中农办 国务院扶贫办《关于做好选派机关优秀干部到村任第一书记工作的通知》(2015)",
    confidence=Confidence.HIGH,
    note="docs/regulations.md, row 20: term generally 1-3 years",
)
WORK_TEAM_OPINION_2017 = Citation(
    source="中办 国办《关于加强贫困村驻村工作队选派管理工作的指导意见》(2017)",
    confidence=Confidence.HIGH,
    note="docs/regulations.md, row 23: team ≥ 3 people; each posting ≥ 2 years; 不胜任 → 召回调整",
)
SHANXI_2015 = Citation(
    source="山西省 第一书记选派管理办法(2015)",
    confidence=Confidence.HIGH,
    note="docs/regulations.md, row 21 (H for Shanxi only): term 2 years; in the village ≥ 2/3 of "
    "working days a year",
)
GUANLING_2016 = Citation(
    source="关岭县 驻村干部管理办法(2016)",
    confidence=Confidence.MEDIUM,
    note="docs/regulations.md, row 22: ≥ 20 days a month in the village",
)

SEED_HUNAN_2019 = Citation(
    source="seeds/000_a1ba01869040bbd4.txt",
    confidence=Confidence.MEDIUM,
    note="湖南日报 2019-05-06: 5 片区, 225 队长, 16 现场教学点, 每个片区3-4个, 第一课, 扶贫夜话",
)
SEED_YUNNAN_2019 = Citation(
    source="seeds/001_942682ed7e3af548.txt",
    confidence=Confidence.MEDIUM,
    note="云南 2019: 必修课/重点课/选修课/特色课, 五个盯住, 理论培训+实战教学, 通用主课+特色课",
)
SEED_LICHUAN_2017 = Citation(
    source="seeds/002_859ffe5e4ef3be0d.txt",
    confidence=Confidence.MEDIUM,
    note="利川 2017: 中青班, 党校学习+扶贫村实践+高校学习+社会调研, 第一书记",
)
SEED_CHINAGOLD_2018 = Citation(
    source="seeds/003_35ec32cdb85f6ece.txt",
    confidence=Confidence.MEDIUM,
    note="中国黄金集团 2018: 新蔡、贞丰 定点扶贫, 梁家河、袁家村 考察",
)
SEED_JIANGAN_2015 = Citation(
    source="seeds/004_25e623c1d8bd4cee.txt",
    confidence=Confidence.MEDIUM,
    note="江安 2015-07-27/28: 50个建档立卡贫困村各1名, 学习心得, 2015-2019年规划, 座牌制, 请假制",
)

CLASS_ROSTER = Citation(
    source="the cohort's own roster (学员名册)",
    confidence=Confidence.MEDIUM,
    note="one cadre holds one place in a class (seed 004: each village 各选派1名, 座牌培训制); "
    "a person is known by the records system's own id (一人一档, docs/regulations.md row 27), "
    "never by name; a trainee without that id is compared with nobody",
)
"""The source of ``cohort.person_enrolled_once``: a check with no number, on the roster itself."""
CLASS_WORK_JIANGAN_2015 = Citation(
    source="seeds/004_25e623c1d8bd4cee.txt",
    confidence=Confidence.MEDIUM,
    note="江安 2015: 学习心得 written and handed in 在培训结束后 (after the class); "
    "docs/regulations.md row 0c: trainees write their own 学习体会. Work of the class, and the "
    "score given to it, cannot be dated before the class starts",
)
"""The source of ``cohort.work_after_start``: no number, the class's own dates."""
