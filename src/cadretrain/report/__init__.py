"""Reports people look at: a spreadsheet for the archive, a page with charts for leadership.

Pure functions from a cohort, its check report and its evaluation to text
or bytes; nothing here reads or writes a file, prints, or asks the clock.
The ``cadretrain report`` command writes what these return.

- :func:`rows`: one :class:`Row` per trainee (outcome, grade, total,
  attendance, deliverables, reasons in zh and en, their sources);
- :func:`to_csv` and :func:`to_xlsx`: the same rows as CSV text or an
  ``.xlsx`` workbook (with a sheet of the cohort's findings);
- :func:`to_html`: one self-contained page with the class at a glance and
  charts (inline SVG), every non-completion and warning with its reasons.

``pseudonymise=True`` replaces trainees' ids and names, for a report that
leaves the department. Needs the ``report`` extra (Jinja2, openpyxl,
matplotlib).
"""

from __future__ import annotations

from cadretrain.report._page import to_html
from cadretrain.report._pseudonyms import Pseudonyms
from cadretrain.report._rows import Cell, Row, columns, rows, table
from cadretrain.report._text import LANGUAGES, ReportLanguage
from cadretrain.report._writers import to_csv, to_xlsx

__all__ = [
    "LANGUAGES",
    "Cell",
    "Pseudonyms",
    "ReportLanguage",
    "Row",
    "columns",
    "rows",
    "table",
    "to_csv",
    "to_html",
    "to_xlsx",
]


def __dir__() -> list[str]:
    return list(__all__)
