"""A hand-over's table as an Excel workbook (xlsx), for partners who work in spreadsheets.

Every cell is written as text, whatever it holds. A value that starts with = + - @ would
otherwise be taken by a spreadsheet for a formula (formula injection: a description typed as
`=HYPERLINK("https://…"&A2)` could send the row elsewhere when the sheet is opened); a case number
or an article such as 19.11 would be turned into a number.

XlsxWriter assembles the workbook in memory (`in_memory`): by default it, like openpyxl, writes
each sheet to a temporary file first, and names and testimony must never reach a temp file.
"""

from __future__ import annotations

import io
import re

import xlsxwriter

from app.services.share_tables import Table

__all__ = ["xlsx_bytes"]

# XML 1.0 cannot hold these control characters; a cell with one would make the file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WIDEST = 60  # characters: a long description wraps in its cell rather than widen the sheet


def xlsx_bytes(table: Table, sheet: str) -> bytes:
    header, rows = table
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
         "strings_to_urls": False},
    )  # fmt: skip
    book.set_properties({"title": sheet, "author": "", "comments": ""})
    text = book.add_format({"num_format": "@"})  # the column's format is text too
    bold = book.add_format({"bold": True, "num_format": "@"})
    found = book.add_worksheet(sheet)
    widths = [len(name) for name in header]
    for column, name in enumerate(header):
        found.write_string(0, column, name, bold)
    for number, row in enumerate(rows, 1):
        for column, value in enumerate(row):
            clean = _NOT_XML.sub("\ufffd", value)
            found.write_string(number, column, clean, text)
            widths[column] = max(widths[column], len(clean))
    for column, width in enumerate(widths):
        found.set_column(column, column, min(width, _WIDEST) + 2, text)
    found.freeze_panes(1, 0)  # the header stays in sight
    book.close()
    return buffer.getvalue()
