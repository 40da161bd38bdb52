<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartsDialog</name>
    <message>
        <location filename="../../desktop/views/chart_view.py" line="200" />
        <source>Nothing to chart for this year.</source>
        <translation>本年度没有可绘制的图表。</translation>
    </message>
</context>
<context>
    <name>YearEnd</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="43" />
        <source>&amp;New next year…</source>
        <translation>新建下一年度(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="44" />
        <source>&amp;Make fill-in workbooks…</source>
        <translation>生成填报表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="45" />
        <source>&amp;Read fill-in workbooks…</source>
        <translation>导入填报表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="46" />
        <source>Compare with &amp;last year…</source>
        <translation>与上年对比(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="47" />
        <source>C&amp;harts…</source>
        <translation>图表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="48" />
        <source>Self-evaluation report draft (.docx)…</source>
        <translation>自评报告草稿（.docx）…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="50" />
        <source>Charts as PDF or Excel…</source>
        <translation>图表（PDF 或 Excel）…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="53" />
        <source>Check a published report's statements…</source>
        <translation>复核已发布报告中的陈述…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="76" />
        <location filename="../../desktop/views/year_end.py" line="136" />
        <source>New next year</source>
        <translation>新建下一年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="86" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="90" />
        <source>Copy from year</source>
        <translation>从年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="92" />
        <source>to year</source>
        <translation>复制到年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="125" />
        <source>Copying…</source>
        <translation>正在复制…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="133" />
        <source>Year %1 created: %2 projects, %3 indicators copied.</source>
        <translation>已建立 %1 年度：复制 %2 个项目、%3 条指标。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="148" />
        <source>Folder for the fill-in workbooks</source>
        <translation>填报表保存到的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="164" />
        <source>%1 fill-in workbooks written to %2</source>
        <translation>已生成 %1 份填报表，保存在 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="167" />
        <source>Make fill-in workbooks</source>
        <translation>生成填报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="178" />
        <location filename="../../desktop/views/year_end.py" line="230" />
        <location filename="../../desktop/views/year_end.py" line="244" />
        <source>Read fill-in workbooks</source>
        <translation>导入填报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="190" />
        <source>%1 workbooks refused: nothing can be written until they are corrected.</source>
        <translation>%1 份填报表被退回：改正之前不能写入任何数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="191" />
        <source>%1 values will change. Write them all?</source>
        <translation>将改变 %1 处数值。全部写入吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="196" />
        <source>Write all</source>
        <translation>全部写入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="209" />
        <source>Returned fill-in workbooks</source>
        <translation>交回的填报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="210" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="237" />
        <location filename="../../desktop/views/year_end.py" line="362" />
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="242" />
        <source>%1 values written from the fill-in workbooks.</source>
        <translation>已从填报表写入 %1 处数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="257" />
        <source>%1 compared with %2</source>
        <translation>%1：与 %2 年度对比</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="258" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="258" />
        <source>dropped</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="259" />
        <source>Indicator</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="259" />
        <source>Status</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="261" />
        <source>Target %1</source>
        <translation>%1 指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="261" />
        <source>Actual %1</source>
        <translation>%1 实际完成值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="261" />
        <source>Completion %1</source>
        <translation>%1 完成率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="262" />
        <source>Score %1</source>
        <translation>%1 得分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="282" />
        <source>Total score %1: %2 · %3: %4</source>
        <translation>总分 %1：%2 · %3：%4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="285" />
        <source>no project of this unit and name last year</source>
        <translation>上年度没有同一单位、同名的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="310" />
        <source>Compare with last year</source>
        <translation>与上年对比</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="310" />
        <source>Pick a project on the left first.</source>
        <translation>请先在左侧选择一个项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="330" />
        <location filename="../../desktop/views/year_end.py" line="390" />
        <location filename="../../desktop/views/year_end.py" line="443" />
        <source>Scoring…</source>
        <translation>正在计算得分…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="338" />
        <source>Charts %1</source>
        <translation>%1 年度图表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="344" />
        <location filename="../../desktop/views/year_end.py" line="346" />
        <location filename="../../desktop/views/year_end.py" line="348" />
        <location filename="../../desktop/views/year_end.py" line="379" />
        <location filename="../../desktop/views/year_end.py" line="405" />
        <location filename="../../desktop/views/year_end.py" line="406" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="353" />
        <location filename="../../desktop/views/year_end.py" line="372" />
        <location filename="../../desktop/views/year_end.py" line="373" />
        <source>Self-evaluation report draft</source>
        <translation>自评报告草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="354" />
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="369" />
        <source>%1 written: %2 paragraphs from the data, %3 of your own kept.</source>
        <translation>已写入 %1：%2 段由数据生成，保留自行撰写的 %3 段。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="381" />
        <source>PDF or Excel (*.pdf *.xlsx)</source>
        <translation>PDF 或 Excel (*.pdf *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="402" />
        <source>%1 charts written to %2</source>
        <translation>已写入 %1 张图表：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="415" />
        <location filename="../../desktop/views/year_end.py" line="457" />
        <location filename="../../desktop/views/year_end.py" line="458" />
        <source>Check a published report</source>
        <translation>复核已发布报告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="417" />
        <source>%1: %2 statements the data contradicts.</source>
        <translation>%1：数据与 %2 处陈述不符。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="419" />
        <source>%1: the figures it states agree with the data.</source>
        <translation>%1：陈述的数字与数据一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="434" />
        <source>Published report</source>
        <translation>已发布的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/year_end.py" line="435" />
        <source>Reports (*.docx *.txt)</source>
        <translation>报告 (*.docx *.txt)</translation>
    </message>
</context>
</TS>