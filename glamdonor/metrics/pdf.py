"""The impact report as PDF (fpdf2): a cover with the main figures, the charts, the tables and
the methods, in DejaVu Sans (shipped with matplotlib), which writes most of the world's
scripts; everything embedded."""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib as mpl
from fpdf import FPDF
from fpdf.fonts import FontFace

from glamdonor.metrics.charts import charts
from glamdonor.metrics.figures import DEFINITIONS, Impact
from glamdonor.metrics.words import ENGLISH, METHODS_TITLE, MORE_ROWS, NONE, TITLE, Words

FONT = Path(mpl.get_data_path()) / "fonts" / "ttf"
ROWS = 40  # rows of a long table shown (the XLSX export has them all)


def write_pdf(impact: Impact, tables: list, out: Path, words: Words = ENGLISH) -> None:
    from glamdonor.metrics.report import METHODS, heading, said_in

    pdf = FPDF(format="A4")
    title = words.report(TITLE).format(title=impact.title)
    pdf.set_title(title)
    pdf.set_creator("glamdonor")
    pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=15)
    # Joined scripts (Arabic...) shaped, and written right to left, as the words ask.
    pdf.set_text_shaping(True, direction="rtl" if words.right_to_left else "ltr")
    align = "R" if words.right_to_left else "L"
    pdf.add_page()
    if impact.logo:  # the partner's, at the top right of the cover
        pdf.image(impact.logo, x=pdf.w - pdf.r_margin - 45, y=pdf.t_margin, w=45)
    if impact.partner:
        pdf.set_font("DejaVu", "", 11)
        pdf.multi_cell(pdf.epw - (50 if impact.logo else 0), 6, impact.partner,
                       new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    if impact.logo:
        pdf.set_y(max(pdf.get_y(), pdf.t_margin + 25))
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, heading(impact, words), new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 13)
    for sentence in said_in(impact, words):  # what a board reads first, in words
        pdf.multi_cell(0, 6.5, sentence, new_x="LMARGIN", new_y="NEXT", align=align)
        pdf.ln(1.5)
    pdf.ln(3)
    _table(pdf, tables[0], words)  # the summary first: what a board reads
    pdf.add_page()
    for chart, png in charts(impact, "png", words).items():
        if pdf.get_y() > 200:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 7, chart, new_x="LMARGIN", new_y="NEXT", align=align)
        pdf.image(io.BytesIO(png), w=pdf.epw)
        pdf.ln(3)
    for table in tables[1:]:
        _table(pdf, table, words)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, words.report(METHODS_TITLE), new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.5, words.report(METHODS), new_x="LMARGIN", new_y="NEXT", align=align)
    for name, definition in DEFINITIONS.items():
        pdf.ln(1.5)
        pdf.set_font("DejaVu", "B", 9)
        pdf.multi_cell(0, 4.5, words.name(name), new_x="LMARGIN", new_y="NEXT", align=align)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 4.5, words.figures(definition), new_x="LMARGIN", new_y="NEXT",
                       align=align)  # fmt: skip
    pdf.output(str(out))


def _table(pdf: FPDF, table: object, words: Words = ENGLISH) -> None:
    """A table, read from the side the report's language starts on: in Arabic the first
    column is at the right, and every text stands at the right of its cell."""
    rtl = words.right_to_left
    align = "R" if rtl else "L"
    if pdf.get_y() > 230:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 8, table.title, new_x="LMARGIN", new_y="NEXT", align=align)
    if note := table.said_note(words):
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.set_font("DejaVu", "", 8)
    rows = table.rows[:ROWS]
    if not rows:
        pdf.multi_cell(0, 5, words.report(NONE), new_x="LMARGIN", new_y="NEXT", align=align)
        pdf.ln(2)
        return
    turned = (lambda cells: tuple(cells)[::-1]) if rtl else tuple  # the first column first read
    text = "RIGHT" if rtl else "LEFT"
    with pdf.table(
        col_widths=turned(_widths(table)),
        headings_style=FontFace(emphasis="BOLD"),
        line_height=4.5,
        text_align=turned("RIGHT" if isinstance(v, int) else text for v in rows[0]),
    ) as grid:
        grid.row(turned(str(h) for h in table.header))
        for row in rows:
            grid.row(turned(f"{v:,}" if isinstance(v, int) else str(v) for v in row))
    if len(table.rows) > ROWS:
        more = words.report(MORE_ROWS).format(rows=f"{len(table.rows) - ROWS:,}")
        pdf.multi_cell(0, 5, more, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.ln(3)


def _widths(table: object) -> tuple[int, ...]:
    if table.columns == ("figure", "value", "definition"):
        return (3, 2, 8)
    wide = {"page": 3, "file": 3, "definition": 3, "files": 4, "label": 2, "wiki": 2}
    return tuple(wide.get(h, 1) for h in table.columns)
