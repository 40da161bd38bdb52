"""Official forms as PDF (reportlab, own pagination) and Excel (openpyxl). No Qt and no store here:
the figures come gathered as plain records (desktop.operations.report_data → desktop.domain.records).

data.py     what each form prints (plain dataclasses)
build.py    the store's figures + scores -> data
forms.py    data -> Sheet (a grid of cells), shared by both writers
grid.py     layout and pagination of a Sheet
pdf.py      write_pdf(sheets, out)     excel.py  write_xlsx(sheets, out)
output.py   write_forms(forms, out): sheets, then the writer the file's suffix asks for
fonts.py    font chains with per-character fallback; linebreak.py  Chinese line breaking
"""
