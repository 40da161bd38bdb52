<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/views/app.py" line="40" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="48" />
        <source>Database upgraded; a backup was kept at %1</source>
        <translation>数据库已升级，升级前的备份保存在 %1</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="43" />
        <source>Performance Self-Evaluation Desk</source>
        <translation>绩效自评 Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="48" />
        <source>Budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="49" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="51" />
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="56" />
        <source>Units and projects</source>
        <translation>单位与项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="65" />
        <source>Import a target table (File → Import targets…), then pick a project on the left.</source>
        <translation>请先导入绩效目标表（文件 → 导入目标表…），再在左侧选择项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="78" />
        <location filename="../../desktop/views/main_window.py" line="129" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="90" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="91" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="92" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="93" />
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="94" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="96" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="102" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="104" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="109" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="114" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="116" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="123" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="125" />
        <source>Performance Self-Evaluation Desk %1</source>
        <translation>绩效自评 Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="127" />
        <source>Targets, actuals, self-evaluation scores and official forms, offline.</source>
        <translation>离线管理绩效目标、实际完成值、自评得分，并打印正式报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="174" />
        <source>%1: %2 units, %3 projects</source>
        <translation>%1 年度：%2 个单位，%3 个项目</translation>
    </message>
</context>
</TS>