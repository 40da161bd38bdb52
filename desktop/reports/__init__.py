"""Official forms as PDF (reportlab, own pagination) and Excel (openpyxl). No Qt here.

data.py     what each form prints (plain dataclasses)
build.py    store + scoring domain -> data
forms.py    data -> Sheet (a grid of cells), shared by both writers
grid.py     layout and pagination of a Sheet
pdf.py      write_pdf(sheets, out)     excel.py  write_xlsx(sheets, out)
fonts.py    font chains with per-character fallback; linebreak.py  Chinese line breaking
"""
