"""复核意见: the findings of a re-checked 自评表 workbook as a printable form (PDF and Excel)."""

from __future__ import annotations

from desktop.domain.recheck import KIND_NAMES
from desktop.reports.forms import head, score, score_cell
from desktop.reports.grid import Cell, Sheet, SheetRow


def opinion_sheet(source: str, checks) -> Sheet:
    """One table: each project's findings (item, printed, computed, kind, note), then a summary line
    per project with the scheme that scored it and the printed against the computed total."""
    rows: list[SheetRow] = [head("项目", "复核项目", "表中数", "复核数", "问题类型", "说明")]
    for check in checks:
        for f in check.findings:
            rows.append(SheetRow([
                Cell(check.project, merge=("p", check.project), align="L"), Cell(f.item, align="L"),
                score_cell(f.printed), score_cell(f.computed), Cell(KIND_NAMES.get(f.kind, f.kind)),
                Cell(f.note, align="L"),
            ]))
        verdict = f"{len(check.findings)} 处不一致" if check.findings else "未发现不一致"
        rows.append(SheetRow([
            Cell(check.project, merge=("p", check.project), align="L"),
            Cell(f"小结：{verdict}；表中总分 {score(check.printed_total) or '—'}，复核总分 "
                 f"{score(check.total) or '—'}；评分方案：{check.scheme_name}", span=5, align="L"),
        ]))
    count = sum(len(c.findings) for c in checks)
    return Sheet(
        title="项目支出绩效自评表复核意见",
        subtitle=f"（{source}，{len(checks)} 个项目，{count} 处不一致）",
        col_widths=[30, 30, 16, 16, 24, 64],
        rows=rows,
        sheet_name="复核意见",
        landscape=False,
    )


def write_opinion(source: str, checks, out) -> None:
    """The 复核意见 to `out`: .pdf or .xlsx by its suffix."""
    from pathlib import Path

    sheet = opinion_sheet(source, checks)
    if Path(str(out)).suffix.lower() == ".pdf":
        from desktop.reports.pdf import write_pdf

        write_pdf([sheet], out)
    else:
        from desktop.reports.excel import write_xlsx

        write_xlsx([sheet], out)
