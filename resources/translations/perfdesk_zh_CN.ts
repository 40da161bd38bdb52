<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/views/app.py" line="63" />
        <location filename="../../desktop/views/app.py" line="116" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="89" />
        <source>Database upgraded; a backup was kept at %1</source>
        <translation>数据库已升级，升级前的备份保存在 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="135" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="143" />
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="145" />
        <source>The data before the restore is in %1.</source>
        <translation>恢复前的数据已备份到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="120" />
        <source>A backup can take its place: the damaged file is first kept unchanged in the backups folder.</source>
        <translation>可以用备份替换它：损坏的文件会先原样保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="122" />
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="123" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="40" />
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="40" />
        <source>Database files (%1)</source>
        <translation>数据库文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="46" />
        <source>The backup cannot be the database itself; choose another file.</source>
        <translation>备份文件不能就是数据库本身，请换一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="54" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="61" />
        <source>The operation failed and the database was left as it was. The details are in the log file.</source>
        <translation>操作失败，数据库保持原样。详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="65" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="147" />
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
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
        <source>Columns the import does not read: %1. Choose them below to use them.</source>
        <translation>导入未使用的列：%1。如需使用，请在下面选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/column_mapping.py" line="33" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/column_mapping.py" line="35" />
        <source>%1. (empty)</source>
        <translation>%1.（空）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/column_mapping.py" line="37" />
        <source>%1 (not used)</source>
        <translation>%1（未使用）</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="37" />
        <source>Someone else changed these cells</source>
        <translation>这些单元格已被他人修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="42" />
        <source>Another user saved these cells after you last saw them. Nothing has been overwritten. Keep their values, save yours over them, or edit the values in the column “Mine” and save those.</source>
        <translation>在您看到这些单元格之后，其他用户保存了新的值。没有任何数据被覆盖。请选择保留对方的值、用您的值覆盖，或在“我的值”一列中修改后再保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50" />
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50" />
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50" />
        <source>At</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50" />
        <source>Theirs</source>
        <translation>对方的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="50" />
        <source>Mine</source>
        <translation>我的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="53" />
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="56" />
        <source>(row deleted)</source>
        <translation>（该行已删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="70" />
        <source>Type here to save another value</source>
        <translation>可在此处改成另一个值再保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="75" />
        <source>Keep theirs</source>
        <translation>保留对方的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="76" />
        <source>Use mine</source>
        <translation>使用我的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="77" />
        <source>Save edited</source>
        <translation>保存修改后的值</translation>
    </message>
</context>
<context>
    <name>RowConflictDialog</name>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="126" />
        <source>Someone else changed these rows</source>
        <translation>这些行已被他人修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="130" />
        <source>“%1” was not done: another user changed these rows after you last saw them, and nothing has been changed yet. Keep their change (yours is cancelled), do it anyway (their change is replaced; the edit log keeps both), or look at the row first.</source>
        <translation>“%1”未执行：在您看到这些行之后，其他用户修改了它们，目前尚未作任何改动。您可以保留对方的修改（取消本次操作）、仍然执行（替换对方的修改，修改记录中两人的操作都会保留），或先查看该行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="134" />
        <source>This action</source>
        <translation>本次操作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="140" />
        <source>Row</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="140" />
        <source>What changed</source>
        <translation>变动之处</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="140" />
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="140" />
        <source>At</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="140" />
        <source>Theirs now</source>
        <translation>对方现在的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="140" />
        <source>What you saw</source>
        <translation>您看到的值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="143" />
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="146" />
        <source>(row deleted)</source>
        <translation>（该行已删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="148" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="162" />
        <source>Keep theirs</source>
        <translation>保留对方的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="163" />
        <source>Do it anyway</source>
        <translation>仍然执行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="164" />
        <source>Show the row</source>
        <translation>查看该行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="167" />
        <source>Cancel this action and show their change</source>
        <translation>取消本次操作，显示对方的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="168" />
        <source>Do it over their change; the edit log names you both</source>
        <translation>替换对方的修改后执行；修改记录中会留下双方的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="169" />
        <source>Cancel this action and go to the row</source>
        <translation>取消本次操作，转到该行</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="29" />
        <source>Connect to a shared database</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="34" />
        <source>A PostgreSQL database the whole finance office shares. The password is kept in the system keyring if you ask for it, never in the settings.</source>
        <translation>整个财务科共用的 PostgreSQL 数据库。勾选后密码保存在系统密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="48" />
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="51" />
        <source>Server (host):</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="52" />
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="53" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="54" />
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connect_dialog.py" line="55" />
        <source>Password:</source>
        <translation>密码：</translation>
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
    <message>
        <location filename="../../desktop/views/crash.py" line="21" />
        <source>The database file is damaged and cannot be read. Restore it from a backup (File → Restore from a backup…); the damaged file is first kept unchanged.</source>
        <translation>数据库文件已损坏，无法读取。请从备份恢复（文件 → 从备份恢复…），损坏的文件会先原样保留。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="212" />
        <source>Import target tables</source>
        <translation>导入目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="213" />
        <source>Target tables (%1)</source>
        <translation>目标表（%1）</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="186" />
        <source>The new table no longer contains %1 indicators that carry year-end data (actuals, weights, reasons…). Replacing removes them; a backup of the database is made first. Replace anyway?</source>
        <translation>新表中已没有 %1 条带有年终数据（实际完成值、分值、偏差原因等）的指标。替换会删除它们；替换前会先备份数据库。仍要替换吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="190" />
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="260" />
        <source>Comparing with the stored projects…</source>
        <translation>正在与已有项目比对…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="53" />
        <source>Import target tables</source>
        <translation>导入目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="60" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="60" />
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="60" />
        <source>Fiscal</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="60" />
        <source>Special</source>
        <translation>财政专户拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="60" />
        <source>Other</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="60" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="71" />
        <source>Replace them with the imported ones</source>
        <translation>用导入的替换</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="72" />
        <source>Keep them and skip the imported ones</source>
        <translation>保留原有，跳过导入的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="82" />
        <source>Budget year:</source>
        <translation>预算年度：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="75" />
        <source>(from the table's title)</source>
        <translation>（取自表名）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="140" />
        <source>Projects in more than one of these files (%1): import the files one at a time</source>
        <translation>这些文件中有 %1 个项目重复出现：请逐个导入这些文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="83" />
        <source>Projects already there (same year, unit and name):</source>
        <translation>已有项目（同年度、同单位、同名称）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="92" />
        <source>Column mapping…</source>
        <translation>调整列对应…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="96" />
        <source>Nothing is written until you press OK; all files are imported together or not at all.</source>
        <translation>按“确定”之前不会写入任何数据；所有文件一起导入，要么全部成功，要么全部不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="129" />
        <source>Indicators no longer in the new table, removed with their year-end data (%1)</source>
        <translation>新表中已没有、替换后将连同年终数据删除的指标（%1 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="146" />
        <source>%1 · %2 units · %3 projects · %4 indicators</source>
        <translation>%1 · %2 个单位 · %3 个项目 · %4 条指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="148" />
        <source>(department not stated)</source>
        <translation>（表中未写部门名称）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="155" />
        <source>Stated %1</source>
        <translation>%1（表中所列）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="157" />
        <source>Sum of projects</source>
        <translation>项目合计</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="159" />
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="161" />
        <source>differs from the stated figures</source>
        <translation>与表列数不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="167" />
        <source>Unused columns: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="171" />
        <source>Rows to check (%1)</source>
        <translation>请核对（%1 处）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="178" />
        <source>Repairs (%1)</source>
        <translation>已修复的问题（%1 处）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="127" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="68" />
        <source>Performance Self-Evaluation Desk</source>
        <translation>绩效自评 Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="73" />
        <source>Budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="74" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="76" />
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="81" />
        <source>Units and projects</source>
        <translation>单位与项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="109" />
        <location filename="../../desktop/views/main_window.py" line="319" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="127" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="128" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="129" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="130" />
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="131" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="133" />
        <source>&amp;Import targets…</source>
        <translation>导入目标表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="147" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="153" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="155" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="162" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="163" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="164" />
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="172" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="189" />
        <source>Scoring &amp;rules</source>
        <translation>评分规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="193" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="195" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="206" />
        <source>&amp;Back up the database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="215" />
        <source>&amp;Open another database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="219" />
        <source>Recent databases</source>
        <translation>最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="243" />
        <source>Backed up and verified: %1 (%2 projects, %3 indicators)</source>
        <translation>已备份并校验：%1（%2 个项目，%3 条指标）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="264" />
        <source>Database files (%1)</source>
        <translation>数据库文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="282" />
        <source>This database holds no projects yet.</source>
        <translation>这个数据库中还没有项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="285" />
        <source>Start with the year's target table (项目支出绩效目标表) as Excel, PDF or text; or open the database where your projects already are.</source>
        <translation>请先导入本年度的项目支出绩效目标表（Excel、PDF 或文本），或打开已有项目的数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="288" />
        <source>Import target tables…</source>
        <translation>导入目标表…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="291" />
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="263" />
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="209" />
        <source>Res&amp;tore from a backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="313" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="315" />
        <source>Performance Self-Evaluation Desk %1</source>
        <translation>绩效自评 Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="317" />
        <source>Targets, actuals, self-evaluation scores and official forms, offline.</source>
        <translation>离线管理绩效目标、实际完成值、自评得分，并打印正式报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="367" />
        <source>Imported into %1: %2</source>
        <translation>已导入 %1 年度：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="456" />
        <source>%1: %2 units, %3 projects</source>
        <translation>%1 年度：%2 个单位，%3 个项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="111" />
        <source>Signed in as %1</source>
        <translation>登录用户：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="142" />
        <source>&amp;Connect to shared database…</source>
        <translation>连接共享数据库(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="382" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="45" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="47" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="50" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="51" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="52" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="53" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="59" />
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="61" />
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="82" />
        <location filename="../../desktop/views/pdf_preview.py" line="88" />
        <location filename="../../desktop/views/pdf_preview.py" line="91" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="88" />
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="92" />
        <source>Saved %1</source>
        <translation>已保存到 %1</translation>
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
        <location filename="../../desktop/views/report_dialog.py" line="83" />
        <location filename="../../desktop/views/report_dialog.py" line="103" />
        <source>Computing the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="86" />
        <source>Laying out %1 forms…</source>
        <translation>正在排版 %1 张表…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="113" />
        <source>Writing %1 of %2…</source>
        <translation>正在写入第 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="130" />
        <location filename="../../desktop/views/report_dialog.py" line="227" />
        <location filename="../../desktop/views/report_dialog.py" line="264" />
        <source>Print forms</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="139" />
        <source>This project: %1</source>
        <translation>本项目：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="140" />
        <source>All projects of %1</source>
        <translation>%1 年度全部项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="143" />
        <source>Reporting unit (seal)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="143" />
        <source>Head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="143" />
        <source>Filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="144" />
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="144" />
        <source>Date</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="147" />
        <source>Form:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="148" />
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="156" />
        <source>Preview and print…</source>
        <translation>预览和打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="157" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="158" />
        <source>One PDF per project…</source>
        <translation>每个项目一个 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="159" />
        <source>Save the form of every project of the year, one file each, in a folder</source>
        <translation>把本年度每个项目的表各存为一个文件，放在所选文件夹中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="198" />
        <location filename="../../desktop/views/report_dialog.py" line="251" />
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="206" />
        <source>Save each project's form in folder</source>
        <translation>选择存放各项目报表的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="215" />
        <source>Preparing the forms…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="225" />
        <source>%1 files saved in %2</source>
        <translation>已将 %1 个文件保存到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="236" />
        <source>Preparing the form…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="252" />
        <source>Saved %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_dialog.py" line="263" />
        <source>The form could not be made. The details are in the log file.</source>
        <translation>无法生成报表，详细信息已记录在日志文件中。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="79" />
        <location filename="../../desktop/views/backup_dialog.py" line="136" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="85" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="85" />
        <source>Before</source>
        <translation>备份原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="85" />
        <source>Years</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="85" />
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="85" />
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="85" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="92" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="93" />
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="100" />
        <source>A backup is made automatically before every replace-import, restore and upgrade. Restoring replaces all data in the current database; the current data is backed up first.</source>
        <translation>每次替换导入、恢复和升级之前，程序都会自动备份。恢复会替换当前数据库中的全部数据；替换前先备份当前数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="112" />
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="137" />
        <source>Database files (%1)</source>
        <translation>数据库文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="150" />
        <source>Restore the backup of %1? It holds years %2: %3 projects, %4 indicators.</source>
        <translation>恢复 %1 的备份吗？其中有 %2 年度的数据：%3 个项目，%4 条指标。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="156" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_dialog.py" line="159" />
        <source>All data in the current database is replaced; it is backed up first.</source>
        <translation>当前数据库中的全部数据将被替换；替换前会先备份。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../desktop/views/rules_dialog.py" line="16" />
        <source>Scoring rules for %1</source>
        <translation>%1 年度评分规则</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/views/tasks.py" line="209" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks.py" line="262" />
        <source>The work stopped because of an unexpected error. The details are in the log file.</source>
        <translation>操作因意外错误而中止，详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="250" />
        <source>Writing to the database…</source>
        <translation>正在写入数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="289" />
        <source>Reading files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="301" />
        <source>The import failed and nothing was written. The details are in the log file.</source>
        <translation>导入失败，未写入任何数据。详细信息已记录在日志文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="302" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
</TS>