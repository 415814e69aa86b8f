"""How much a failed finding matters: error, warning or info.

A policy assigns a severity to each rule id; only a failed *error* makes a
report not ok. Passing findings and notes are always ``INFO``.
"""

from __future__ import annotations

from cadretrain.model._labelled import LabelledEnum

__all__ = ["Severity"]


class Severity(LabelledEnum):
    """The weight of a finding.

    >>> Severity.WARNING.zh, Severity("error")
    ('警告', Severity.ERROR)
    """

    ERROR = ("error", "错误", "error")
    WARNING = ("warning", "警告", "warning")
    INFO = ("info", "提示", "info")
