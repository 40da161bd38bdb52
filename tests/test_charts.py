"""Charts' data on seed 003's figures, drawn as vectors in the PDF and as native charts in Excel."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from seed003_store import build_seed003

from desktop.cli import main
from desktop.models import open_store
from desktop.operations.charts import year_charts


@pytest.fixture
def db(tmp_path):
    return build_seed003(tmp_path / "office.db")


def test_chart_data_from_the_store(db):
    with open_store(db) as store, store.session() as session:
        charts = {c.key: c for c in year_charts(session, 2022)}
    monthly = charts["monthly"]
    assert monthly.labels[0] == "3月" and monthly.labels[-1] == "12月"
    progress, even = monthly.series
    assert round(progress.values[0], 2) == D("27.30")  # 12408 / 45456
    assert even.values[0] == 25 and even.values[-1] == 100  # the 1/12-per-month line
    assert "96.79%" in monthly.notes[0]
    branches = charts["table3"]
    weights, scores = branches.series
    assert sum(weights.values) == 100 and round(sum(scores.values), 2) == D("97.79")
    at = branches.labels.index("履职效能 · 整体效能")
    assert weights.values[at] == 25 and round(scores.values[at], 2) == D("24.79")  # 9.95 + 10 + 4.84
    assert charts["distribution"].series[0].values == [0, 0, 0, 0, 1]  # one project, 97.26
    assert charts["grades"].labels == ["优", "良", "中", "差"] and charts["grades"].series[0].values[0] == 1
    completion = charts["completion:二、项目支出"]
    assert completion.labels == ["开展科普活动场次", "科普受益人次", "科普重点人群满意度"]
    assert [round(v, 2) for v in completion.series[0].values] == [D("106.10"), D("140.00"), D("94.44")]
    assert completion.reference == 100 and "公益性科普宣传效果" in completion.notes[0]
    scores = charts["scores:二、项目支出"]
    assert scores.labels[0] == "预算执行率" and scores.series[0].values[0] == 10
    assert round(scores.series[1].values[0], 2) == D("9.82")  # 23450.78 / 23887.96 × 10


def test_charts_print_as_vectors_and_excel_charts(db, tmp_path, capsys):
    pdf = tmp_path / "charts.pdf"
    assert main(["report", "charts", "--db", db, "--year", "2022", "--out", str(pdf)]) == 0
    reader = PdfReader(pdf)
    text = "".join(p.extract_text() for p in reader.pages)
    for title in ("项目自评得分分布", "预算支出进度", "部门整体自评得分", "指标完成率", "得分与分值"):
        assert title in text
    for page in reader.pages:  # no raster image anywhere: the charts are drawn with lines and text
        xobjects = page["/Resources"].get("/XObject") or {}
        assert not any(xobjects[k].get_object().get("/Subtype") == "/Image" for k in xobjects)
    xlsx = tmp_path / "charts.xlsx"
    assert main(["report", "charts", "--db", db, "--year", "2022", "--out", str(xlsx), "--project", "二、项目支出"]) == 0
    wb = load_workbook(xlsx)
    assert len(wb.worksheets) == 2 and all(len(ws._charts) == 1 for ws in wb.worksheets)
    assert wb.worksheets[0]["A3"].value == "开展科普活动场次"
    assert main(["report", "charts", "--db", db, "--project", "没有", "--out", str(xlsx)]) == 1
