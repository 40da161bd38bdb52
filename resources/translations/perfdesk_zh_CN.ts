<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/views/app.py" line="42" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="50" />
        <source>Database upgraded; a backup was kept at %1</source>
        <translation>数据库已升级，升级前的备份保存在 %1</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../desktop/views/column_mapping.py" line="17" />
        <source>Column mapping</source>
        <translation>调整列对应</translation>
    </message>
    <message>
        <location filename="../../desktop/views/column_mapping.py" line="20" />
        <source>Header found at %1. Correct any column taken wrongly.</source>
        <translation>表头位于%1。如有列对应错误，请在下面更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/column_mapping.py" line="25" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/column_mapping.py" line="27" />
        <source>%1. (empty)</source>
        <translation>%1.（空）</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/views/crash.py" line="19" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash.py" line="20" />
        <source>Something went wrong. Your saved data is safe; the details are in the log file.</source>
        <translation>程序出现意外错误。已保存的数据不受影响，详细信息已记录在日志文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash.py" line="22" />
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="50" />
        <source>Import target tables</source>
        <translation>导入目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="57" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="57" />
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="57" />
        <source>Fiscal</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="57" />
        <source>Special</source>
        <translation>财政专户拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="57" />
        <source>Other</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="57" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="68" />
        <source>Replace them with the imported ones</source>
        <translation>用导入的替换</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="69" />
        <source>Keep them and skip the imported ones</source>
        <translation>保留原有，跳过导入的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="78" />
        <source>Budget year:</source>
        <translation>预算年度：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="79" />
        <source>Projects already there (same year, unit and name):</source>
        <translation>已有项目（同年度、同单位、同名称）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="85" />
        <source>Column mapping…</source>
        <translation>调整列对应…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="89" />
        <source>Nothing is written until you press OK; all files are imported together or not at all.</source>
        <translation>按“确定”之前不会写入任何数据；所有文件一起导入，要么全部成功，要么全部不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="109" />
        <source>%1 · %2 units · %3 projects · %4 indicators</source>
        <translation>%1 · %2 个单位 · %3 个项目 · %4 条指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="111" />
        <source>(department not stated)</source>
        <translation>（表中未写部门名称）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="118" />
        <source>Stated %1</source>
        <translation>表列%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="120" />
        <source>Sum of projects</source>
        <translation>项目合计</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="122" />
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="124" />
        <source>differs from the stated figures</source>
        <translation>与表列数不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="129" />
        <source>Repairs (%1)</source>
        <translation>已修复的问题（%1 处）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="46" />
        <source>Performance Self-Evaluation Desk</source>
        <translation>绩效自评 Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="51" />
        <source>Budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="52" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="54" />
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="59" />
        <source>Units and projects</source>
        <translation>单位与项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="68" />
        <source>Import a target table (File → Import targets…), then pick a project on the left.</source>
        <translation>请先导入绩效目标表（文件 → 导入目标表…），再在左侧选择项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="87" />
        <location filename="../../desktop/views/main_window.py" line="163" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="99" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="100" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="101" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="102" />
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="103" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="105" />
        <source>&amp;Import targets…</source>
        <translation>导入目标表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="110" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="116" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="118" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="125" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="126" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="127" />
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="135" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="148" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="150" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="157" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="159" />
        <source>Performance Self-Evaluation Desk %1</source>
        <translation>绩效自评 Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="161" />
        <source>Targets, actuals, self-evaluation scores and official forms, offline.</source>
        <translation>离线管理绩效目标、实际完成值、自评得分，并打印正式报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="200" />
        <source>Imported into %1: %2</source>
        <translation>已导入 %1 年度：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="257" />
        <source>%1: %2 units, %3 projects</source>
        <translation>%1 年度：%2 个单位，%3 个项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="89"/>
        <source>Signed in as %1</source>
        <translation>登录用户：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="115"/>
        <source>&amp;Connect to shared database…</source>
        <translation>连接共享数据库(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="225"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="42" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="44" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="47" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="48" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="49" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="50" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="56" />
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="58" />
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="76" />
        <location filename="../../desktop/views/pdf_preview.py" line="82" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="82" />
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="32" />
        <source>Project self-evaluation form</source>
        <translation>项目支出绩效自评表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="33" />
        <source>Project performance targets</source>
        <translation>项目支出绩效目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="34" />
        <source>Department self-evaluation scores (table 3)</source>
        <translation>部门整体支出绩效自评指标得分表（表3）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="35" />
        <source>Department target completion (table 4)</source>
        <translation>部门整体绩效目标完成情况表（表4）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="36" />
        <source>Budget adjustment and execution (table 1)</source>
        <translation>预算调整及执行情况表（表1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="37" />
        <source>Monthly execution progress (table 2)</source>
        <translation>每月执行进度表（表2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="61" />
        <source>Computing the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="64" />
        <source>Laying out %1 forms…</source>
        <translation>正在排版 %1 张表…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="82" />
        <location filename="../../desktop/views/report_dialog.py" line="171" />
        <source>Print forms</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="91" />
        <source>This project: %1</source>
        <translation>本项目：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="92" />
        <source>All projects of %1</source>
        <translation>%1 年度全部项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="95" />
        <source>Reporting unit (seal)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="95" />
        <source>Head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="95" />
        <source>Filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="96" />
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="96" />
        <source>Date</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="99" />
        <source>Form:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="100" />
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="108" />
        <source>Preview and print…</source>
        <translation>预览和打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="109" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="137" />
        <location filename="../../desktop/views/report_dialog.py" line="159" />
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="145" />
        <source>Preparing the form…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="160" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="170" />
        <source>The form could not be made. The details are in the log file.</source>
        <translation>无法生成报表，详细信息已记录在日志文件中。</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/views/tasks.py" line="86" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="146" />
        <source>Import target tables</source>
        <translation>导入目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="146" />
        <source>Target tables (%1)</source>
        <translation>目标表 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="183" />
        <source>Writing to the database…</source>
        <translation>正在写入数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="192" />
        <source>Reading files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="202" />
        <source>The import failed and nothing was written. The details are in the log file.</source>
        <translation>导入失败，未写入任何数据。详细信息已记录在日志文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="203" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="37"/>
        <source>Someone else changed these cells</source>
        <translation>这些单元格已被他人修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="42"/>
        <source>Another user saved these cells after you last saw them. Nothing has been overwritten. Keep their values, save yours over them, or edit the values in the column “Mine” and save those.</source>
        <translation>在您看到这些单元格之后，其他用户保存了新的值。没有任何数据被覆盖。请选择保留对方的值、用您的值覆盖，或在“我的值”一列中修改后再保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50"/>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50"/>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50"/>
        <source>At</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50"/>
        <source>Theirs</source>
        <translation>对方的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50"/>
        <source>Mine</source>
        <translation>我的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="53"/>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="56"/>
        <source>(row deleted)</source>
        <translation>（该行已删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="70"/>
        <source>Type here to save another value</source>
        <translation>可在此处改成另一个值再保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="75"/>
        <source>Keep theirs</source>
        <translation>保留对方的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="76"/>
        <source>Use mine</source>
        <translation>使用我的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="77"/>
        <source>Save edited</source>
        <translation>保存修改后的值</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="32"/>
        <source>Connect to a shared database</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="36"/>
        <source>A PostgreSQL database the whole finance office shares. The password is kept in the system keyring if you ask for it, never in the settings.</source>
        <translation>整个财务科共用的 PostgreSQL 数据库。勾选后密码保存在系统密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="50"/>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="53"/>
        <source>Server (host):</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="54"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="55"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="56"/>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="57"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
</TS>