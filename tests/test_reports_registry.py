"""One registry of the official forms: the command, the 报表 dialog and the writer read it."""

import pytest
from openpyxl import load_workbook

from desktop.commands.report import FORM_HELP
from desktop.reports import samples
from desktop.reports.output import write_forms
from desktop.reports.registry import FORM_KINDS, FORMS, form_kind


def test_each_form_once_with_its_words():
    assert len(set(FORMS)) == len(FORMS) == 6
    assert {k.code for k in FORM_KINDS if k.per_project} == {"self-eval", "targets"}
    assert form_kind("budget").file_word == "表1-预算调整及执行情况表"
    for kind in FORM_KINDS:  # the command's help names each form by its printed title
        assert f"{kind.code} {kind.official}" in FORM_HELP


def test_an_unknown_form_is_refused_with_the_list():
    with pytest.raises(ValueError, match="dept-score"):
        form_kind("table9")


def test_report_dialog_names_files_from_the_registry():
    from desktop.views.report_dialog import PER_PROJECT, file_name

    assert file_name("dept-score", 2023, None, ".pdf") == "表3-部门整体自评得分表-2023.pdf"
    assert file_name("self-eval", 2023, "科普/经费", ".pdf") == "科普_经费-自评表-2023.pdf"
    assert set(PER_PROJECT) == {"self-eval", "targets"}


def test_write_forms_one_worksheet_only_when_the_columns_agree(tmp_path):
    same = [samples.self_eval_form(), samples.self_eval_form()]
    written = write_forms(same, tmp_path / "a.xlsx", one_sheet=True)
    assert (written.sheets, written.pages, written.one_sheet) == (2, None, True)
    assert len(load_workbook(tmp_path / "a.xlsx").worksheets) == 1
    mixed = [samples.budget_table(), samples.monthly_table()]
    assert not write_forms(mixed, tmp_path / "b.xlsx", one_sheet=True).one_sheet
    pdf = write_forms(mixed, tmp_path / "b.pdf")
    assert pdf.sheets == 2 and pdf.pages >= 2


def test_every_form_label_has_its_chinese_in_the_translations():
    """The labels are marked in the registry, not in the dialog: lupdate must be given registry.py."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parent.parent / "resources" / "translations" / "perfdesk_zh_CN.ts"
    context = next(c for c in ET.parse(ts).getroot() if c.findtext("name") == "ReportDialog")
    chinese = {m.findtext("source"): m.find("translation") for m in context.iter("message")}
    for kind in FORM_KINDS:
        translation = chinese[kind.label]
        assert translation.text and translation.get("type") not in ("obsolete", "vanished", "unfinished"), kind.code


def test_one_pdf_per_project_keeps_two_projects_of_one_name_apart(tmp_path):
    # 科普经费 in two units: the second file overwrote the first; a 500-character name made a
    # path Windows refuses
    from seed003_store import build_seed003_with_college

    from desktop.models import Indicator, Project, Unit, open_store
    from desktop.views.report_dialog import ReportRequest, write_each_project

    path = build_seed003_with_college(tmp_path / "s.db")
    with open_store(path) as store:
        with store.session() as session:
            for unit in session.query(Unit):
                for name in ("科普经费", "长" * 500):
                    project = Project(unit=unit, year=2022, name=name, sort_order=9)
                    project.indicators.append(Indicator(sort_order=0, level1="产出指标", name="场次",
                                                        annual_target="≥10次"))
                    session.add(project)
        request = ReportRequest("self-eval", 2022, None, ("", "", "", "", ""))
        written = write_each_project(store, request, tmp_path, lambda *_: None)
    assert len(written) == len(set(written)) and all(p.is_file() for p in written)
    assert {p.name for p in written} >= {"科普经费-自评表-2022.pdf", "科普经费-自评表-2022（2）.pdf"}
    assert max(len(p.name) for p in written) < 100


def test_an_excel_form_is_written_with_control_characters_left_out_and_rows_excel_can_hold(tmp_path):
    import dataclasses

    form = samples.self_eval_form()
    form = dataclasses.replace(form, goal_actual="按期完成\x07建设任务\x00" + "。\n" * 60)
    write_forms([form], tmp_path / "a.xlsx")
    ws = load_workbook(tmp_path / "a.xlsx").worksheets[0]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("按期完成建设任务" in t for t in texts)
    assert max(d.height or 0 for d in ws.row_dimensions.values()) <= 409
