<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RecheckDialog</name>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="42"/>
        <source>&amp;Re-check self-evaluation tables…</source>
        <translation>复核自评表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="54"/>
        <location filename="../../desktop/views/recheck_view.py" line="74"/>
        <location filename="../../desktop/views/recheck_view.py" line="176"/>
        <source>Re-check self-evaluation tables</source>
        <translation>复核自评表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="55"/>
        <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="79"/>
        <source>Scheme of the table&apos;s year</source>
        <translation>按自评表年度选用的方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="93"/>
        <source>Workbook:</source>
        <translation>工作簿：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="95"/>
        <source>Scheme:</source>
        <translation>评分方案：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="98"/>
        <location filename="../../desktop/views/recheck_view.py" line="100"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="98"/>
        <location filename="../../desktop/views/recheck_view.py" line="100"/>
        <source>Item</source>
        <translation>复核项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="98"/>
        <location filename="../../desktop/views/recheck_view.py" line="100"/>
        <source>Printed</source>
        <translation>表中数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="98"/>
        <location filename="../../desktop/views/recheck_view.py" line="100"/>
        <source>Computed</source>
        <translation>复核数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="98"/>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="98"/>
        <source>Target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="99"/>
        <source>Actual</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="99"/>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="99"/>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="100"/>
        <source>Kind</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="100"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="105"/>
        <source>The imported form (printed and computed scores)</source>
        <translation>导入的自评表（表中得分与复核得分）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="106"/>
        <source>Findings (figures that do not follow from the rules)</source>
        <translation>复核发现（与规则不符的数字）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="117"/>
        <source>Print opinion (PDF)…</source>
        <translation>打印复核意见（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="118"/>
        <source>Export opinion (Excel)…</source>
        <translation>导出复核意见（Excel）…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="124"/>
        <source>Import into the database</source>
        <translation>导入数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="163"/>
        <location filename="../../desktop/views/recheck_view.py" line="164"/>
        <source>Re-checking…</source>
        <translation>正在复核…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="174"/>
        <source>The workbook could not be re-checked. The details are in the log file.</source>
        <translation>无法复核该工作簿，详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="199"/>
        <source>%1 projects, %2 indicators: %3 findings. Scored by: %4.</source>
        <translation>共 %1 个项目、%2 条指标，%3 处不一致。评分方案：%4。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="204"/>
        <source>Not used:</source>
        <translation>未使用：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="234"/>
        <source>Budget execution</source>
        <translation>预算执行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="243"/>
        <source>Total (grade: %1)</source>
        <translation>总分（等级：%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="282"/>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="286"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="294"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="294"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="295"/>
        <location filename="../../desktop/views/recheck_view.py" line="302"/>
        <source>Save the re-check opinion</source>
        <translation>保存复核意见</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="303"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/recheck_view.py" line="306"/>
        <source>Opinion saved to %1.</source>
        <translation>复核意见已保存到 %1。</translation>
    </message>
</context>
</TS>
