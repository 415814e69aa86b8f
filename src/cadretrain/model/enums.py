"""The vocabulary of cadre training as enums with zh and en labels.

Each member's value is a stable snake_case ASCII code (what JSON stores);
its labels are what people read.  Sources are the five seed articles
(``cadretrain.examples``) and the regulations in ``docs/regulations.md``.
"""

from __future__ import annotations

from cadretrain.model._labelled import LabelledEnum

__all__ = [
    "AdminLevel",
    "AppraisalGrade",
    "AttendanceRecording",
    "AttendanceStatus",
    "AudienceCategory",
    "Capability",
    "DeliveryFormat",
    "FieldSiteKind",
    "KirkpatrickLevel",
    "LeaveReason",
    "LeaveStatus",
    "ManagementRule",
    "OrganiserKind",
    "Outcome",
    "OverrideKind",
    "PostingRole",
    "ProgrammeFeature",
    "Rank",
    "RankTrack",
    "RecallStep",
    "ReviewState",
    "Role",
    "SubmissionKind",
    "Tier",
    "Topic",
    "TrainingKind",
    "TrainingPurpose",
]


class Capability(LabelledEnum):
    """The capability a training stresses for an audience (seed 001, "五个盯住")."""

    ORGANISING = ("organising", "组织能力", "organising")
    SERVICE = ("service", "服务能力", "service")
    PROFESSIONAL_GUIDANCE = ("professional_guidance", "业务指导能力", "professional guidance")
    ASSISTANCE = ("assistance", "帮扶能力", "assistance")
    IMPLEMENTATION = ("implementation", "落实能力", "implementation")


class AudienceCategory(LabelledEnum):
    """The five audiences of seed 001's "五个盯住", each with its capability focus."""

    LOCAL_LEADERS = ("local_leaders", "地方党政领导干部", "local party and government leaders")
    SECTORAL = ("sectoral", "部门行业扶贫干部", "sectoral poverty-alleviation officials")
    POVERTY_SYSTEM = ("poverty_system", "扶贫系统干部", "poverty-alleviation system staff")
    ASSISTANCE = ("assistance", "帮扶干部", "assistance cadres")
    VILLAGE = ("village", "贫困村干部", "poor-village cadres")

    @property
    def capability(self) -> Capability:
        """The capability seed 001 says this audience's training strengthens."""
        return _CAPABILITY[self]


_CAPABILITY = {
    AudienceCategory.LOCAL_LEADERS: Capability.ORGANISING,
    AudienceCategory.SECTORAL: Capability.SERVICE,
    AudienceCategory.POVERTY_SYSTEM: Capability.PROFESSIONAL_GUIDANCE,
    AudienceCategory.ASSISTANCE: Capability.ASSISTANCE,
    AudienceCategory.VILLAGE: Capability.IMPLEMENTATION,
}


class Role(LabelledEnum):
    """A trainee's post (学员身份); each has a default audience category."""

    FIRST_SECRETARY = ("first_secretary", "驻村第一书记", "village first secretary")
    WORK_TEAM_LEADER = ("work_team_leader", "驻村工作队长", "resident work-team leader")
    WORK_TEAM_MEMBER = ("work_team_member", "驻村工作队员", "resident work-team member")
    VILLAGE_PARTY_SECRETARY = ("village_party_secretary", "村党支部书记", "village party secretary")
    VILLAGE_HEAD = ("village_head", "村主任", "village committee head")
    VILLAGE_CLERK = ("village_clerk", "村文书", "village clerk")
    VILLAGE_HEAD_ASSISTANT = (
        "village_head_assistant",
        "村主任助理",
        "assistant to the village head",
    )
    TOWNSHIP_POVERTY_OFFICER = (
        "township_poverty_officer",
        "乡镇扶贫干事",
        "township poverty-alleviation officer",
    )
    TOWNSHIP_LEADER = ("township_leader", "乡镇领导班子成员", "township leadership member")
    COUNTY_LEADER = ("county_leader", "县级党政领导", "county party or government leader")
    SECONDED_CADRE = ("seconded_cadre", "挂职干部", "seconded cadre")
    SECTORAL_OFFICIAL = (
        "sectoral_official",
        "部门行业扶贫干部",
        "sectoral poverty-alleviation official",
    )
    POVERTY_SYSTEM_STAFF = (
        "poverty_system_staff",
        "扶贫系统干部",
        "poverty-alleviation system staff",
    )
    ASSISTANCE_CADRE = ("assistance_cadre", "帮扶干部", "assistance cadre")
    PROSPERITY_LEADER = ("prosperity_leader", "致富带头人", "local prosperity leader")
    PRACTICAL_TALENT = ("practical_talent", "实用人才", "rural practical talent")
    COLLECTIVE_ECONOMY_HEAD = (
        "collective_economy_head",
        "村集体经济组织负责人",
        "head of a village collective economic organisation",
    )
    RESERVE_CADRE = ("reserve_cadre", "后备/中青年干部", "reserve or young cadre")
    PARTY_MEMBER = ("party_member", "党员", "party member")

    @property
    def audience(self) -> AudienceCategory:
        """The audience category a trainee in this role belongs to by default."""
        return _AUDIENCE[self]


_AUDIENCE = {
    Role.FIRST_SECRETARY: AudienceCategory.ASSISTANCE,
    Role.WORK_TEAM_LEADER: AudienceCategory.ASSISTANCE,
    Role.WORK_TEAM_MEMBER: AudienceCategory.ASSISTANCE,
    Role.VILLAGE_PARTY_SECRETARY: AudienceCategory.VILLAGE,
    Role.VILLAGE_HEAD: AudienceCategory.VILLAGE,
    Role.VILLAGE_CLERK: AudienceCategory.VILLAGE,
    Role.VILLAGE_HEAD_ASSISTANT: AudienceCategory.VILLAGE,
    Role.TOWNSHIP_POVERTY_OFFICER: AudienceCategory.POVERTY_SYSTEM,
    Role.TOWNSHIP_LEADER: AudienceCategory.LOCAL_LEADERS,
    Role.COUNTY_LEADER: AudienceCategory.LOCAL_LEADERS,
    Role.SECONDED_CADRE: AudienceCategory.ASSISTANCE,
    Role.SECTORAL_OFFICIAL: AudienceCategory.SECTORAL,
    Role.POVERTY_SYSTEM_STAFF: AudienceCategory.POVERTY_SYSTEM,
    Role.ASSISTANCE_CADRE: AudienceCategory.ASSISTANCE,
    Role.PROSPERITY_LEADER: AudienceCategory.VILLAGE,
    Role.PRACTICAL_TALENT: AudienceCategory.VILLAGE,
    Role.COLLECTIVE_ECONOMY_HEAD: AudienceCategory.VILLAGE,
    Role.RESERVE_CADRE: AudienceCategory.LOCAL_LEADERS,
    Role.PARTY_MEMBER: AudienceCategory.VILLAGE,
}


class AdminLevel(LabelledEnum):
    """An administrative level of an organiser, a programme or a trainee's unit."""

    CENTRAL = ("central", "中央", "central")
    PROVINCE = ("province", "省级", "province")
    PREFECTURE = ("prefecture", "市(州)级", "prefecture")
    COUNTY = ("county", "县级", "county")
    TOWNSHIP = ("township", "乡镇级", "township")
    VILLAGE = ("village", "村级", "village")
    ENTERPRISE = ("enterprise", "企业", "enterprise (designated assistance)")


class RankTrack(LabelledEnum):
    """Which ladder a rank belongs to: leading posts (职务), grades (职级), or village cadres.

    The 2019 公务员法 set 职级 beside 职务; the 2023 条例 names both in its
    hours rules (docs/regulations.md, rows 1 and 4). Village cadres (村干部)
    hold neither: the 条例's hours rules do not cover them.
    """

    POSITION = ("position", "职务", "post (职务)")
    GRADE = ("grade", "职级", "grade (职级)")
    VILLAGE = ("village", "村干部", "village cadre")


class Rank(LabelledEnum):
    """A cadre's rank: a 职务 level, a 职级 grade, or a village cadre.

    Which hours rule of 《干部教育培训工作条例》 a rank answers to is a dated
    parameter of the record checks (``ranks``), since the 2023 text moved
    四级调研员 and above to the five-year rule (docs/regulations.md, rows 1,
    4). The 职级 ladder is the 综合管理类 one of the 2019 公务员法, highest
    first. :attr:`VILLAGE_CADRE` (村干部) is on no civil-service ladder: the
    条例's hours rules do not cover village cadres, and the record checks say
    so instead of judging them.
    """

    PROVINCIAL_MINISTERIAL = ("provincial_ministerial", "省部级", "provincial or ministerial")
    BUREAU = ("bureau", "厅局级", "department or bureau")
    COUNTY_DIVISION = ("county_division", "县处级", "county or division")
    TOWNSHIP_SECTION = ("township_section", "乡科级", "township or section")
    STAFF = ("staff", "科员及以下", "staff and below")
    LEVEL_1_INSPECTOR = ("level_1_inspector", "一级巡视员", "first-grade inspector")
    LEVEL_2_INSPECTOR = ("level_2_inspector", "二级巡视员", "second-grade inspector")
    LEVEL_1_RESEARCHER = ("level_1_researcher", "一级调研员", "first-grade researcher")
    LEVEL_2_RESEARCHER = ("level_2_researcher", "二级调研员", "second-grade researcher")
    LEVEL_3_RESEARCHER = ("level_3_researcher", "三级调研员", "third-grade researcher")
    LEVEL_4_RESEARCHER = ("level_4_researcher", "四级调研员", "fourth-grade researcher")
    LEVEL_1_PRINCIPAL_STAFF = (
        "level_1_principal_staff",
        "一级主任科员",
        "first-grade principal staff member",
    )
    LEVEL_2_PRINCIPAL_STAFF = (
        "level_2_principal_staff",
        "二级主任科员",
        "second-grade principal staff member",
    )
    LEVEL_3_PRINCIPAL_STAFF = (
        "level_3_principal_staff",
        "三级主任科员",
        "third-grade principal staff member",
    )
    LEVEL_4_PRINCIPAL_STAFF = (
        "level_4_principal_staff",
        "四级主任科员",
        "fourth-grade principal staff member",
    )
    LEVEL_1_STAFF = ("level_1_staff", "一级科员", "first-grade staff member")
    LEVEL_2_STAFF = ("level_2_staff", "二级科员", "second-grade staff member")
    VILLAGE_CADRE = ("village_cadre", "村干部", "village cadre")

    @property
    def track(self) -> RankTrack:
        """The ladder this rank is on: 职务, 职级, or village cadre."""
        if self is Rank.VILLAGE_CADRE:
            return RankTrack.VILLAGE
        if self in _POSITIONS:
            return RankTrack.POSITION
        return RankTrack.GRADE

    @property
    def is_leading(self) -> bool:
        """A leading post (职务) at county/division level or above.

        The 职级 grades are not leading posts, whatever hours rule they answer to.
        """
        return self in (Rank.PROVINCIAL_MINISTERIAL, Rank.BUREAU, Rank.COUNTY_DIVISION)

    @property
    def holds_leading_post(self) -> bool:
        """A 职务 rank above 科员: the ranks promotion training (任职培训) is about."""
        return self.track is RankTrack.POSITION and self is not Rank.STAFF


_POSITIONS = frozenset(
    {
        Rank.PROVINCIAL_MINISTERIAL,
        Rank.BUREAU,
        Rank.COUNTY_DIVISION,
        Rank.TOWNSHIP_SECTION,
        Rank.STAFF,
    }
)


class OrganiserKind(LabelledEnum):
    """What sort of body organises a programme."""

    PARTY_ORGANISATION = ("party_organisation", "党委组织部门", "party organisation department")
    GOVERNMENT = ("government", "政府部门", "government department")
    PARTY_SCHOOL = ("party_school", "党校(干部学院)", "party school or cadre college")
    STATE_ENTERPRISE = ("state_enterprise", "国有企业", "state-owned enterprise")
    UNIVERSITY = ("university", "高校", "university")


class Tier(LabelledEnum):
    """A module's curriculum tier (seed 001)."""

    COMPULSORY = ("compulsory", "必修课", "compulsory")
    KEY = ("key", "重点课", "key")
    ELECTIVE = ("elective", "选修课", "elective")
    SPECIALTY = ("specialty", "特色课", "local specialty")


class DeliveryFormat(LabelledEnum):
    """How a module is delivered; a ceremony is not instruction."""

    LECTURE = ("lecture", "专题讲座", "lecture")
    FIELD_TEACHING = ("field_teaching", "现场教学", "field teaching")
    EVENING_DIALOGUE = ("evening_dialogue", "扶贫夜话", "evening dialogue")
    DISCUSSION = ("discussion", "座谈讨论", "discussion")
    STUDY_TOUR = ("study_tour", "交流考察", "study tour")
    ONLINE = ("online", "网络学习", "online learning")
    DISTANCE = ("distance", "远程教学", "distance learning")
    OUTREACH = ("outreach", "送教下乡", "outreach teaching")
    PRACTICE_POSTING = ("practice_posting", "扶贫村实践", "practice posting in a poor village")
    SOCIAL_SURVEY = ("social_survey", "社会调研", "social survey")
    EXPERIENCE_SHARING = ("experience_sharing", "典型发言", "experience sharing")
    RED_EDUCATION = ("red_education", "红色教育", "party-spirit and red education")
    CEREMONY = ("ceremony", "开班仪式", "opening ceremony")

    @property
    def instructional(self) -> bool:
        """Whether time in this format counts as class time (a ceremony does not)."""
        return self is not DeliveryFormat.CEREMONY

    @property
    def in_the_field(self) -> bool:
        """Whether this format takes trainees out of the classroom ("实战教学")."""
        return self in _FIELD_FORMATS


_FIELD_FORMATS = frozenset(
    {
        DeliveryFormat.FIELD_TEACHING,
        DeliveryFormat.STUDY_TOUR,
        DeliveryFormat.PRACTICE_POSTING,
        DeliveryFormat.SOCIAL_SURVEY,
        DeliveryFormat.RED_EDUCATION,
    }
)


class Topic(LabelledEnum):
    """What a module or a field site is about."""

    THEORY = ("theory", "理论武装", "theory")
    POLICY_AND_LAW = ("policy_and_law", "政策法规", "policy and law")
    METHODS = ("methods", "精准扶贫工作方法", "precise poverty-alleviation methods")
    CONDUCT = ("conduct", "作风纪律", "conduct and discipline")
    INDUSTRY = ("industry", "产业发展", "industry development")
    PARTY_BUILDING = ("party_building", "基层党建", "grassroots party building")
    CULTURE_TOURISM = ("culture_tourism", "文创旅游", "culture and tourism")
    E_COMMERCE = ("e_commerce", "电子商务", "e-commerce")
    ENVIRONMENT = ("environment", "环境整治", "environmental improvement")
    FINANCE = ("finance", "金融与小额信贷", "finance and micro-credit")
    SOLAR = ("solar", "光伏扶贫", "solar-power poverty alleviation")
    RELOCATION = ("relocation", "易地扶贫搬迁", "relocation")
    MONITORING = ("monitoring", "贫困监测与建档立卡", "poverty monitoring and registration")
    PLANNING = ("planning", "规划与项目编制", "planning and project design")
    FUND_MANAGEMENT = ("fund_management", "扶贫资金项目管理", "poverty fund and project management")
    MODERN_AGRICULTURE = ("modern_agriculture", "现代农业", "modern agriculture")
    CRIME_PREVENTION = ("crime_prevention", "职务犯罪预防", "duty-crime prevention")
    PARTY_SPIRIT = ("party_spirit", "党性修养", "party spirit")
    MENTAL_HEALTH = ("mental_health", "心理健康", "mental health")
    EMPLOYMENT = ("employment", "就业扶贫", "employment")
    ECOLOGY = ("ecology", "生态治理", "ecology")
    RURAL_REVITALISATION = ("rural_revitalisation", "乡村振兴", "rural revitalisation")
    RECTIFICATION = ("rectification", "问题整改", "rectification of findings")


class ProgrammeFeature(LabelledEnum):
    """A design feature a programme declares, which some rules depend on."""

    THEORY_PLUS_PRACTICE = (
        "theory_plus_practice",
        "理论培训+实战教学",
        "theory plus field practice",
    )
    MENU_ORDERING = (
        "menu_ordering",
        "通用主课+特色课点单",
        "general core plus ordered specialty courses",
    )
    ROTATION = ("rotation", "轮训", "rotation training")
    OUTREACH = ("outreach", "送教下乡", "outreach teaching")


class ManagementRule(LabelledEnum):
    """A class-management rule a programme enforces (seed 004)."""

    SEAT_PLATE = ("seat_plate", "座牌制", "seat plates")
    LEAVE_APPROVAL = ("leave_approval", "请假制", "leave approval")
    THREE_ASSURANCES = (
        "three_assurances",
        "三落实(时间、人员、效果)",
        "three assurances (time, people, results)",
    )
    FULL_ESCORT = ("full_escort", "专人全程跟班", "staff accompany the class throughout")
    SIGN_IN = ("sign_in", "签到制", "sign-in sheet")


class FieldSiteKind(LabelledEnum):
    """What a field-teaching site is."""

    VILLAGE = ("village", "村", "village")
    COOPERATIVE = ("cooperative", "合作社", "cooperative")
    ENTERPRISE = ("enterprise", "企业", "enterprise")
    RELOCATION_SITE = ("relocation_site", "易地扶贫搬迁安置点", "relocation site")
    RED_EDUCATION_BASE = ("red_education_base", "红色教育基地", "red-education base")
    BORDER_PORT = ("border_port", "沿边开放口岸", "border port")
    PARTY_SCHOOL = ("party_school", "党校", "party school")
    UNIVERSITY = ("university", "高校", "university")
    TRAINING_BASE = ("training_base", "实训基地", "training base")


class AttendanceStatus(LabelledEnum):
    """A trainee's attendance at one session."""

    PRESENT = ("present", "出勤", "present")
    LATE = ("late", "迟到", "late")
    LEFT_EARLY = ("left_early", "早退", "left early")
    ON_LEAVE = ("on_leave", "请假", "on leave")
    ABSENT = ("absent", "缺勤", "absent")
    NOT_ENROLLED = ("not_enrolled", "尚未入班", "not yet enrolled")
    WAIVED = ("waived", "免修", "waived")


class AttendanceRecording(LabelledEnum):
    """How a cohort's register was kept: what a missing attendance record means.

    Never guessed from the data: under ``every_session`` a missing record is
    itself a finding and leaves the trainee not judged; under
    ``exceptions_only`` only absences, lateness, early departures and leave
    were written down, so an unrecorded trainee was present.
    """

    EVERY_SESSION = ("every_session", "逐次考勤", "every session recorded")
    EXCEPTIONS_ONLY = ("exceptions_only", "仅记录例外", "exceptions only")


class LeaveReason(LabelledEnum):
    """Why leave was asked for."""

    SICK = ("sick", "病假", "sick")
    PERSONAL = ("personal", "事假", "personal")
    OFFICIAL = ("official", "公假", "official duty")


class LeaveStatus(LabelledEnum):
    """Where a leave request stands; only approved leave excuses."""

    PENDING = ("pending", "待批", "pending")
    APPROVED = ("approved", "已批准", "approved")
    REFUSED = ("refused", "未批准", "refused")


class SubmissionKind(LabelledEnum):
    """A piece of work a trainee hands in."""

    ESSAY = ("essay", "学习心得", "reflection essay")
    VILLAGE_PLAN = ("village_plan", "扶贫开发规划", "village development plan")
    WORK_PLAN = ("work_plan", "工作计划", "work plan")
    SPEECH = ("speech", "典型发言", "representative speech")
    CASE_ANALYSIS = ("case_analysis", "案例分析", "case analysis")
    SURVEY_REPORT = ("survey_report", "调研报告", "survey report")


class ReviewState(LabelledEnum):
    """Whether a submission has been reviewed and with what result."""

    PENDING = ("pending", "待审阅", "awaiting review")
    ACCEPTED = ("accepted", "合格", "accepted")
    RETURNED = ("returned", "退回", "returned")
    GHOST_WRITTEN = ("ghost_written", "他人代写", "ghost-written")
    PLAGIARISED = ("plagiarised", "抄袭", "plagiarised")

    @property
    def cancels_score(self) -> bool:
        """Ghost-written or plagiarised work: its score is cancelled (取消成绩, 2013 rules)."""
        return self in (ReviewState.GHOST_WRITTEN, ReviewState.PLAGIARISED)


class OverrideKind(LabelledEnum):
    """A recorded decision that changes how the rules' result is applied."""

    WAIVE_REQUIREMENT = ("waive_requirement", "免除要求", "waive a requirement")
    CHANGE_GRADE = ("change_grade", "调整等次", "change the grade")
    DEFER_TO_MAKEUP = ("defer_to_makeup", "转入补训", "defer to make-up training")
    EXEMPT = ("exempt", "免训", "exempt from the training")
    SETTLE_TIE = ("settle_tie", "并列名额裁定", "award a tied place at the quota line")


class Outcome(LabelledEnum):
    """How a trainee's participation in a cohort ended."""

    COMPLETED = ("completed", "结业", "completed")
    ATTENDANCE_ONLY = ("attendance_only", "仅出勤证明", "attendance only")
    FAILED = ("failed", "未通过", "failed")
    WITHDRAWN = ("withdrawn", "退学", "withdrawn")
    WAIVED = ("waived", "免训", "waived")
    DEFERRED = ("deferred", "补训", "deferred to make-up training")
    INCOMPLETE = ("incomplete", "未完成", "incomplete")
    NOT_JUDGED = ("not_judged", "未评定", "not judged")


class TrainingKind(LabelledEnum):
    """How a training in a cadre's archive was taken."""

    OFF_THE_JOB = ("off_the_job", "脱产培训", "off-the-job")
    ONLINE = ("online", "网络培训", "online")
    OTHER = ("other", "其他培训", "other")


class TrainingPurpose(LabelledEnum):
    """What a training in a cadre's archive was for, when the archive says.

    How it was taken is its :class:`TrainingKind`; what it was for is apart:
    an off-the-job class may be the training on promotion (任职培训) or not.
    Only an entry recorded as :attr:`INDUCTION` can meet
    ``record.induction_window`` (docs/regulations.md, row 3).
    """

    INDUCTION = ("induction", "任职培训", "training on promotion")


class PostingRole(LabelledEnum):
    """The post a cadre holds in a village posting (seed 002)."""

    FIRST_SECRETARY = ("first_secretary", "驻村第一书记", "village first secretary")
    TEAM_LEADER = ("team_leader", "驻村工作队长", "work-team leader")
    TEAM_MEMBER = ("team_member", "驻村工作队员", "work-team member")
    SECONDED = ("seconded", "挂职干部", "seconded cadre")


class AppraisalGrade(LabelledEnum):
    """An annual appraisal result; 不称职 and 不胜任 lead to recall (2017 opinion)."""

    EXCELLENT = ("excellent", "优秀", "excellent")
    COMPETENT = ("competent", "称职", "competent")
    BASICALLY_COMPETENT = ("basically_competent", "基本称职", "basically competent")
    INCOMPETENT = ("incompetent", "不称职", "incompetent")
    UNFIT = ("unfit", "不胜任", "not fit for the job")

    @property
    def calls_for_recall(self) -> bool:
        """Whether this appraisal starts the recall (召回) path."""
        return self in (AppraisalGrade.INCOMPETENT, AppraisalGrade.UNFIT)


class RecallStep(LabelledEnum):
    """A step on the recall path of a posted cadre (2017 opinion)."""

    PROPOSED = ("proposed", "驻村工作领导小组提出召回", "recall proposed by the leading group")
    RECALLED = ("recalled", "派出单位召回", "recalled by the sending unit")
    REPLACED = ("replaced", "选派替换人员", "replacement sent")


class KirkpatrickLevel(LabelledEnum):
    """A level of training evaluation (Kirkpatrick, Phillips, Kaufman)."""

    REACTION = ("reaction", "反应评估", "reaction")
    LEARNING = ("learning", "学习评估", "learning")
    BEHAVIOUR = ("behaviour", "行为评估", "behaviour")
    RESULTS = ("results", "成果评估", "results")
    ROI = ("roi", "投资回报", "return on investment")
    SOCIETAL = ("societal", "社会影响", "societal impact")
