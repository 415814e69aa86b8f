"""The spreadsheet writers: CSV text and ``.xlsx`` bytes, from the same rows and columns.

Both write :func:`~cadretrain.report.table`'s headers and cells; neither
touches a file. A CSV meant to be opened in Excel starts with a byte-order
mark (``bom=True``), or Excel reads its Chinese as mojibake; CSV written to
a terminal or a pipe has none.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from cadretrain.evaluation import CohortEvaluation
from cadretrain.model import Cohort
from cadretrain.report._pseudonyms import Pseudonyms
from cadretrain.report._rows import Cell, Row, rows, table
from cadretrain.report._text import ReportLanguage, both, check_lang, citations, enum_text
from cadretrain.rules import Finding, Report

__all__ = ["to_csv", "to_xlsx"]

BOM = "\ufeff"

# Excel holds 15 significant digits; a longer decimal is written as text, so it stays exact.
_EXCEL_DIGITS = 15


def to_csv(
    report_rows: Sequence[Row],
    lang: ReportLanguage = "both",
    *,
    bom: bool = False,
    header: bool = True,
) -> str:
    r"""The rows as CSV text (``\r\n`` line ends, as RFC 4180 and Excel want).

    ``bom=True`` starts the text with a byte-order mark, for a file Excel
    or WPS will open; leave it off for standard output. ``header=False``
    leaves out the header line (to append another cohort's rows).

    >>> import cadretrain as ct
    >>> from cadretrain import report
    >>> cohort = ct.examples.jiangan_2015().cohort
    >>> text = report.to_csv(report.rows(cohort, ct.evaluate(cohort)), "zh")
    >>> text.splitlines()[0][:19]
    '编号,姓名,工作单位,身份,结果,等次'
    """
    headers, cells = table(report_rows, check_lang(lang))
    out = io.StringIO()
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    if header:
        writer.writerow(headers)
    writer.writerows(tuple(_csv_cell(cell) for cell in row) for row in cells)
    return out.getvalue()


def _csv_cell(cell: Cell) -> str | int:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return str(cell)
    return cell


def to_xlsx(
    cohort: Cohort,
    evaluation: CohortEvaluation,
    check_report: Report | None = None,
    *,
    lang: ReportLanguage = "both",
    pseudonymise: bool = False,
) -> bytes:
    """The cohort's ``.xlsx`` workbook (bytes): a sheet of trainees and a sheet of findings.

    The first sheet holds :func:`rows` (one per trainee); the second, every
    failed finding of ``check_report`` and of the evaluation's report, with
    its rule, severity, path, messages and sources. ``pseudonymise=True``
    replaces trainees' ids and names on both sheets. Needs ``openpyxl``
    (the ``report`` extra).
    """
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    lang = check_lang(lang)
    names = Pseudonyms.of(cohort) if pseudonymise else Pseudonyms()
    headers, cells = table(rows(cohort, evaluation, pseudonymise=pseudonymise), lang)
    checked = check_report.findings if check_report is not None else ()
    failed = [f for f in (*checked, *evaluation.report.findings) if not f.passed]
    sheets: tuple[tuple[Sequence[str], list[list[Any]], str], ...] = (
        (headers, [[_xlsx_cell(cell) for cell in row] for row in cells], "C2"),
        (_finding_headers(lang), [_finding_row(f, lang, names) for f in failed], "A2"),
    )
    book = Workbook(write_only=True)
    for index, (head, body, frozen) in enumerate(sheets):
        sheet = book.create_sheet(_sheet(lang, index))
        sheet.freeze_panes = frozen
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(head))}{len(body) + 1}"
        for column, header in enumerate(head, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = _width(header)
        sheet.append(list(head))
        for line in body:
            sheet.append(line)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _width(header: str) -> int:
    """A column wide enough for its header, wider for the texts (reasons, messages)."""
    if any(
        word in header for word in ("原因", "Reasons", "说明", "Message", "材料", "Deliverables")
    ):
        return 48
    return max(10, min(24, sum(2 if ord(c) > 0x2E80 else 1 for c in header) + 2))


def _sheet(lang: ReportLanguage, index: int) -> str:
    return both(("学员", "问题")[index], ("Trainees", "Findings")[index], lang)


def _xlsx_cell(cell: Cell) -> str | int | Decimal | None:
    if isinstance(cell, Decimal) and len(cell.as_tuple().digits) > _EXCEL_DIGITS:
        return str(cell)
    return cell


def _finding_headers(lang: ReportLanguage) -> tuple[str, ...]:
    base = (
        both("规则", "Rule", lang),
        both("严重程度", "Severity", lang),
        both("对象", "Path", lang),
    )
    if lang == "both":
        return (*base, "说明", "Message", "依据 Sources")
    return (*base, both("说明", "Message", lang), both("依据", "Sources", lang))


def _finding_row(finding: Finding, lang: ReportLanguage, names: Pseudonyms) -> list[str]:
    messages = (
        [finding.message_zh, finding.message_en] if lang == "both" else [finding.message(lang)]
    )
    sources = "; ".join(c.source for c in citations((finding,)))
    return [
        finding.rule_id,
        enum_text(finding.severity, lang),
        names.text(finding.path),
        *(names.text(m) for m in messages),
        sources,
    ]
