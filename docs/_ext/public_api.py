"""Sphinx directive ``public-api``: document every name in ``cadretrain.__all__``.

The page is generated from the package's own ``__all__``, so a public name
cannot be added without appearing in the reference, nor documented without
being public.  Names are grouped as a user looks for them: the functions
that judge, their results, the domain types, the rules and policies, JSON,
enums, errors and submodules.  A name no group lists lands in the group of
its kind (class, enum, error, function, module), so nothing is ever left out.

Each name is documented as ``cadretrain.NAME`` (its anchor is
``id="cadretrain.NAME"``), whichever module defines it.

The directive emits reStructuredText for autodoc, so it must be used from a
reST context; in a MyST Markdown page, inside ``{eval-rst}``::

    ```{eval-rst}
    .. public-api::
    ```
"""

from __future__ import annotations

import enum
import inspect
import types
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

__all__ = ["GROUPS", "PublicApi", "grouped_names", "setup"]

# (title, introduction, names in reading order).  Names absent from
# ``cadretrain.__all__`` are skipped; names present but listed nowhere are
# placed by kind (``_KIND_GROUPS``).
GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Judging",
        "Check a design, judge a cohort, a stream of cohorts, a training record "
        "or a posting. With ``policy=None`` each takes the preset in force on "
        "the date judged.",
        (
            "check",
            "evaluate",
            "evaluate_many",
            "check_record",
            "check_posting",
            "requirement_gaps",
        ),
    ),
    (
        "Results",
        "What the judging functions return: reports of findings, and a cohort "
        "evaluation with one assessment per trainee.",
        (
            "Report",
            "Finding",
            "CohortEvaluation",
            "Assessment",
            "AttendanceSummary",
            "InstrumentDue",
            "InstrumentState",
            "RequirementGap",
        ),
    ),
    (
        "Programmes and cohorts",
        "The programme a cohort runs, its people and the facts recorded about "
        "them. Every type is a frozen, keyword-only attrs class.",
        (
            "Programme",
            "Module",
            "FieldSite",
            "Indicator",
            "Organiser",
            "Place",
            "Recurrence",
            "MenuOrder",
            "Cohort",
            "Trainee",
            "StudyGroup",
            "CommitteeMember",
            "Session",
            "AttendanceRecord",
            "LeaveRequest",
            "Submission",
            "Score",
            "Override",
            "InstrumentResponse",
            "AssessmentScheme",
            "Component",
            "Deliverable",
            "GradeScale",
            "GradeLevel",
            "EvaluationInstrument",
        ),
    ),
    (
        "Training records and postings",
        "A cadre's archive of trainings, and a cadre posted to a village.",
        (
            "TrainingRecord",
            "TrainingEntry",
            "Posting",
            "PresencePeriod",
            "Appraisal",
            "RecallEvent",
        ),
    ),
    (
        "Rules and policies",
        "Rule trees, dated and cited parameters, and the policies that bind "
        "them; the presets are in :mod:`cadretrain.policies`.",
        (
            "Policy",
            "ParameterSetting",
            "DatedParameter",
            "DatedValue",
            "Citation",
            "Confidence",
            "AllOf",
            "AnyOf",
            "AtLeast",
            "Not",
            "Check",
            "RuleBook",
            "Scope",
            "Severity",
        ),
    ),
    (
        "JSON",
        "Versioned JSON documents and their JSON Schema.",
        ("to_json", "from_json", "to_dict", "from_dict", "json_schema"),
    ),
    (
        "Labels and enums",
        "Every enum member has a stable ASCII value (what JSON stores) and a "
        "Chinese and an English label.",
        ("label", "LabelledEnum"),
    ),
    (
        "Errors",
        "Every error on bad input subclasses ``CadretrainError``.",
        (
            "CadretrainError",
            "ValidationError",
            "Problem",
            "InvalidValueError",
            "DocumentError",
            "DocumentVersionError",
            "MissingParameter",
            "UncheckableSubject",
        ),
    ),
    ("Modules", "Submodules reachable as ``ct.NAME``.", ()),
    ("Other functions", "", ()),
    ("Other types", "", ()),
    ("Values", "", ()),
)

# Where a name no group lists goes, by kind.
_KIND_GROUPS = {
    "module": "Modules",
    "error": "Errors",
    "enum": "Labels and enums",
    "class": "Other types",
    "function": "Other functions",
    "value": "Values",
}


def _kind(value: Any) -> str:
    if isinstance(value, types.ModuleType):
        return "module"
    if inspect.isclass(value) and issubclass(value, BaseException):
        return "error"
    if inspect.isclass(value) and issubclass(value, enum.Enum):
        return "enum"
    if inspect.isclass(value):
        return "class"
    if callable(value):
        return "function"
    return "value"


def grouped_names(public: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """``(title, introduction, names)`` for every group holding a name of ``public``.

    Every name of ``public`` appears exactly once: in the group that lists
    it, else (in alphabetical order, after the listed ones) in the group of
    its kind.
    """
    placed: dict[str, list[str]] = {title: [] for title, _, _ in GROUPS}
    listed: set[str] = set()
    for title, _, names in GROUPS:
        for name in names:
            if name in public and name not in listed:
                placed[title].append(name)
                listed.add(name)
    for name in sorted(public, key=str.lower):
        if name not in listed:
            placed[_KIND_GROUPS[_kind(public[name])]].append(name)
    return [(title, intro, placed[title]) for title, intro, _ in GROUPS if placed[title]]


def _directive_lines(name: str, value: Any) -> list[str]:
    kind = _kind(value)
    if kind == "module":
        return [f".. automodule:: {value.__name__}", ""]
    if kind == "function":
        return [f".. autofunction:: cadretrain.{name}", ""]
    if kind == "value":
        return [f".. autodata:: cadretrain.{name}", ""]
    options = ["   :members:"]
    if kind == "enum":
        options.append("   :undoc-members:")
    return [f".. autoclass:: cadretrain.{name}", *options, ""]


class PublicApi(SphinxDirective):
    """Render one section per group, one autodoc entry per public name."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        import cadretrain

        public = {name: getattr(cadretrain, name) for name in cadretrain.__all__}
        sections: list[nodes.Node] = []
        for title, intro, names in grouped_names(public):
            section = nodes.section(ids=[nodes.make_id(f"api-{title}")])
            section += nodes.title(text=title)
            lines = [intro, ""] if intro else []
            for name in names:
                lines += _directive_lines(name, public[name])
            self.state.nested_parse(StringList(lines, source="public-api"), 0, section)
            self.state.document.note_implicit_target(section, section)
            sections.append(section)
        return sections


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("public-api", PublicApi)
    return {"version": "2", "parallel_read_safe": True, "parallel_write_safe": True}
