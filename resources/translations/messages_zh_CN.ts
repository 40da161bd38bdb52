<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/messages/importing.py" line="6" />
        <source>sheet "{sheet}"</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="7" />
        <source>page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="8" />
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="9" />
        <source>rows {row}–{row_end}</source>
        <translation>第 {row}–{row_end} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="10" />
        <source>from row {row}</source>
        <translation>第 {row} 行起</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="11" />
        <source>header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="12" />
        <source>above the table</source>
        <translation>表格上方</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="13" />
        <source>outside the table</source>
        <translation>表格外</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="14" />
        <source>column {column}</source>
        <translation>第 {column} 列</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="15" />
        <source>{first}, {then}</source>
        <translation>{first}{then}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="16" />
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="17" />
        <source>Cannot import "{file}": {problem}</source>
        <translation>无法导入“{file}”：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="18" />
        <source>Cannot import "{file}": {place}, {problem}</source>
        <translation>无法导入“{file}”：{place}，{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="19" />
        <source>the file is incomplete or damaged and cannot be opened as an Excel workbook</source>
        <translation>文件不完整或已损坏，无法作为 Excel 工作簿打开</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="20" />
        <source>the archive holds too many files ({count}); it does not look like an Excel workbook</source>
        <translation>压缩包内文件过多（{count} 个），不像是 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="21" />
        <source>this is a zip archive but not an Excel workbook (.xlsx)</source>
        <translation>这是一个压缩包，但不是 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="22" />
        <source>the unpacked size is abnormal ({mb} MB), possibly a zip bomb; refused</source>
        <translation>解压后体积异常（{mb} MB），疑似压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="23" />
        <source>part {member} unpacks to an abnormal size, possibly a zip bomb; refused</source>
        <translation>部件 {member} 解压后体积异常，疑似压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="24" />
        <source>the unpacked size is abnormal, possibly a zip bomb; refused</source>
        <translation>解压后体积异常，疑似压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="25" />
        <source>part {member} contains a DTD/entity declaration (possibly an XML entity bomb); refused</source>
        <translation>部件 {member} 含有 DTD/实体声明（可能是 XML 实体炸弹），已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="26" />
        <source>the declared used range {ref} ({columns:,} columns × {rows:,} rows) is unreasonably large and does not look like a target table; delete the extra rows and columns outside the table in Excel, save and import again</source>
        <translation>声明的使用区域 {ref}（{columns:,} 列 × {rows:,} 行）大得不合理，不像是目标表；请在 Excel 中删去表格以外多余的行和列，另存后再导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="27" />
        <source>the cell range {ref} ({columns:,} columns × {rows:,} rows) is unreasonably large and does not look like a target table; delete the extra rows and columns outside the table in Excel, save and import again</source>
        <translation>单元格范围 {ref}（{columns:,} 列 × {rows:,} 行）大得不合理，不像是目标表；请在 Excel 中删去表格以外多余的行和列，另存后再导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="28" />
        <source>the declared used range of {columns} columns × {rows} rows ({columns:,} columns × {rows:,} rows) is unreasonably large and does not look like a target table; delete the extra rows and columns outside the table in Excel, save and import again</source>
        <translation>声明的使用区域 {columns} 列 × {rows} 行（{columns:,} 列 × {rows:,} 行）大得不合理，不像是目标表；请在 Excel 中删去表格以外多余的行和列，另存后再导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="29" />
        <source>the cell range of {columns} columns × {rows} rows ({columns:,} columns × {rows:,} rows) is unreasonably large and does not look like a target table; delete the extra rows and columns outside the table in Excel, save and import again</source>
        <translation>单元格范围 {columns} 列 × {rows} 行（{columns:,} 列 × {rows:,} 行）大得不合理，不像是目标表；请在 Excel 中删去表格以外多余的行和列，另存后再导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="30" />
        <source>merged cells are abnormal: {count:,} merged ranges overlap and cover far more cells than the table itself; it does not look like a target table</source>
        <translation>合并单元格异常：{count:,} 个合并区域互相重叠，覆盖的单元格远多于表格本身，不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="31" />
        <source>the sheet declares {rows:,} rows, more than the old Excel format allows ({limit:,} rows); the file is damaged or has been tampered with</source>
        <translation>工作表声明有 {rows:,} 行，超过旧版 Excel 格式的上限（{limit:,} 行），文件已损坏或被篡改</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="32" />
        <source>the workbook holds no data</source>
        <translation>工作簿里没有数据</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="33" />
        <source>the file is too large ({mb} MB); it does not look like a target table</source>
        <translation>文件太大（{mb} MB），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="34" />
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="35" />
        <source>column {column} is too long ({chars} characters); it does not look like a target table</source>
        <translation>第 {column} 列内容过长（{chars} 个字符），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="36" />
        <source>no header found (it should have column names such as 项目名称, 绩效目标, 绩效指标)</source>
        <translation>找不到表头（应有“项目名称”“绩效目标”“绩效指标”等列名）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="37" />
        <source>the column "{label}" named in the column mapping is not in the header</source>
        <translation>列对应关系中的列名“{label}”在表头中不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="38" />
        <source>a cell above the header is too long ({chars} characters)</source>
        <translation>表头上方的单元格内容过长（{chars} 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="39" />
        <source>no project was read below the header (no column or row of project names; use Column mapping to say which column holds the project name)</source>
        <translation>表头下没有读到任何项目（没有项目名称的列或行；可用“调整列对应”指定项目名称所在的列）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="40" />
        <source>the text encoding cannot be recognised (neither UTF-8 nor GBK/GB18030)</source>
        <translation>文字编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="41" />
        <source>not a text file (it contains binary content)</source>
        <translation>不是文本文件（含二进制内容）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="42" />
        <source>the file has {lines:,} lines, far more than any target table (limit {limit:,} lines); it does not look like a target table</source>
        <translation>文件有 {lines:,} 行，远多于任何目标表（上限 {limit:,} 行），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="43" />
        <source>this line is too long ({chars} characters); it does not look like a target table</source>
        <translation>这一行过长（{chars} 个字符），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="44" />
        <source>the file has more than {limit:,} lines, far more than any target table; it does not look like a target table</source>
        <translation>文件超过 {limit:,} 行，远多于任何目标表，不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="45" />
        <source>CSV format error or a cell too long ({detail})</source>
        <translation>CSV 格式错误或单元格过长（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="46" />
        <source>{head}… ({digits} characters)</source>
        <translation>{head}…（共 {digits} 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="47" />
        <source>the number "{value}" is not finite (NaN or infinity)</source>
        <translation>数值“{value}”不是有限的数（NaN 或无穷大）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="48" />
        <source>the number "{value}" is too large (more than {digits} integer digits); not a reasonable amount or score</source>
        <translation>数值“{value}”过大（超过 {digits} 位整数），不是合理的金额或分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="49" />
        <source>the indicator number "{value}" is not finite (NaN or infinity)</source>
        <translation>指标序号“{value}”不是有限的数（NaN 或无穷大）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="50" />
        <source>the indicator number "{value}" is too large to be a sequence number</source>
        <translation>指标序号“{value}”过大，不是合理的序号</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="51" />
        <source>the number is too large (a {bits}-bit integer); not a reasonable amount or score</source>
        <translation>数值过大（{bits} 位二进制整数），不是合理的金额或分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="52" />
        <source>column "{label}": {problem}</source>
        <translation>“{label}”列的{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="53" />
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="54" />
        <source>column "{label}" holds "{value}", which is not a number</source>
        <translation>“{label}”列的内容“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="55" />
        <source>column "{label}" holds "{value}", which is not an amount</source>
        <translation>“{label}”列的内容“{value}”不是金额</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="56" />
        <source>column "{label}" is too long ({chars} characters) to be an amount</source>
        <translation>“{label}”列内容过长（{chars} 个字符），不像是金额</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="57" />
        <source>the indicator's nature "{sign}" is not a comparison sign; the annual value is read as printed: "{annual}"</source>
        <translation>指标性质“{sign}”不是比较符号，年度指标值按原文“{annual}”读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="58" />
        <source>"{text}" is not an indicator row; not imported</source>
        <translation>“{text}”不是指标行，未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="59" />
        <source>a row with an indicator class but no indicator name (a placeholder); not imported</source>
        <translation>只有指标分类、没有指标名称的空行（占位行），未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="60" />
        <source>this row is {missing} column(s) short (empty amount columns lost in conversion); realigned by what the columns mean</source>
        <translation>本行少 {missing} 列（转换时丢了空的金额列），已按列义重新对齐</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="61" />
        <source>this row holds only a piece of indicator text, in the goal column; read as indicators by its content</source>
        <translation>本行只有一段指标文字却落在绩效目标列，已按内容归入绩效指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="62" />
        <source>the project name is broken over rows; joined with the row above</source>
        <translation>项目名称断行，已与上一行合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="63" />
        <source>the text "{text}" at the start of the indicators belongs to no numbered indicator; not imported</source>
        <translation>绩效指标开头的文字“{text}”不属于任何编号指标，未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="64" />
        <source>this row has no project name and no amounts: it is the first half of the next row "{name}", split across pages; joined</source>
        <translation>本行无项目名称和金额，是下一行“{name}”跨页拆出的前半部分，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="65" />
        <source>this row has no project name and no amounts: it is the second half of the row above "{name}", split across pages; joined</source>
        <translation>本行无项目名称和金额，是上一行“{name}”跨页拆出的后半部分，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="66" />
        <source>this row has no project name and no amounts, and no project before or after to join; not imported</source>
        <translation>本行无项目名称和金额，前后也没有项目可并入，未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="67" />
        <source>the header is broken over several lines; joined and recognised</source>
        <translation>表头断成多行，已合并识别</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="68" />
        <source>the budget unit "{unit}" is broken over {lines} lines; joined</source>
        <translation>预算单位“{unit}”断成 {lines} 行，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="69" />
        <source>the goal is one short line; read as the goal</source>
        <translation>绩效目标只有一短行，按绩效目标读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="70" />
        <source>the project name "{name}" is broken over several lines; joined</source>
        <translation>项目名称“{name}”断成多行，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="71" />
        <source>the text "{text}" before the indicators could not be placed in an indicator</source>
        <translation>绩效指标前的文字“{text}”未能归入指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="72" />
        <source>the start of the project name "{head}" is above the amounts line; joined</source>
        <translation>项目名称的开头“{head}”在金额行之上，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="73" />
        <source>the row "{name}" has only amounts; read as a unit subtotal</source>
        <translation>“{name}”一行只有金额，按单位小计读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="74" />
        <source>the amounts {amounts} could go in different fund columns; checked against the total and subtotals, read as {columns}</source>
        <translation>金额 {amounts} 可归入不同的资金列，按合计与小计核对读作{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="75" />
        <source>the amounts {amounts} could go in different fund columns; read as {columns}, please check</source>
        <translation>金额 {amounts} 可归入不同的资金列，已按{columns}读取，请核对</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="76" />
        <source>amounts are given in "{columns}"; converted exactly to 万元 (元 ÷ 10000)</source>
        <translation>金额以“{columns}”列示，已按精确小数换算为万元（元 ÷ 10000）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="77" />
        <source>project "{name}" has no total; computed as the sum of its fund sources: {total}</source>
        <translation>项目“{name}”未填总计，已按各资金来源之和算出 {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="78" />
        <source>the row "{name}" belongs to no project; read as the department total</source>
        <translation>“{name}”一行没有项目归属，按部门合计读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="79" />
        <source>"{label}" holds "{value}", which is not an amount</source>
        <translation>“{label}”的内容“{value}”不是金额</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="80" />
        <source>"{label}" gives no unit; read as 万元</source>
        <translation>“{label}”未写单位，按万元读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="81" />
        <source>this is a scan (the PDF has no text layer), so its text cannot be read; ask the issuing office for the Excel file or a text PDF</source>
        <translation>这是扫描件（PDF 里没有文字层），无法读取文字；请向发文单位索取 Excel 或文字版 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="82" />
        <source>the PDF is password-protected; remove the password first</source>
        <translation>PDF 有密码保护，请先去掉密码</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="83" />
        <source>the PDF file is damaged or in an unsupported format and cannot be opened</source>
        <translation>PDF 文件已损坏或格式不受支持，无法打开</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="84" />
        <source>the PDF has too many pages ({pages}); it does not look like a target table</source>
        <translation>PDF 页数过多（{pages} 页），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="85" />
        <source>the content of this page is damaged and cannot be read</source>
        <translation>这一页内容已损坏，无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="86" />
        <source>the text "{text}" outside the table was not imported</source>
        <translation>表格外的文字“{text}”未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="87" />
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="88" />
        <source>this is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="89" />
        <source>the file cannot be read: no permission to read it, or another program holds it (for example open in Excel); close it and try again</source>
        <translation>文件无法读取：没有读取权限，或正被其他程序独占（例如在 Excel 中打开），请关闭后重试</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="90" />
        <source>the file cannot be opened ({reason})</source>
        <translation>文件无法打开（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="91" />
        <source>this is a password-protected workbook, or an old .xls file renamed: remove the password in Excel or save it as .xlsx</source>
        <translation>这是有密码保护的工作簿，或改了扩展名的旧版 .xls 文件：请在 Excel 中去掉密码或另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="92" />
        <source>the extension is .xlsx but the content is not an Excel workbook (perhaps another file renamed)</source>
        <translation>扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是改了扩展名的其他文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="93" />
        <source>the extension is .xls but the content is not an Excel workbook</source>
        <translation>扩展名是 .xls，但内容不是 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="94" />
        <source>the extension is .pdf but the content is not a PDF file</source>
        <translation>扩展名是 .pdf，但内容不是 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="95" />
        <source>this is a filled-in project self-evaluation table; use File → Re-check self-evaluation tables… to check and import it</source>
        <translation>这是填好的项目支出绩效自评表，请用“文件 → 复核自评表…”复核并导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="96" />
        <source>no project was read: there are no project rows below the header (the project name column is empty)</source>
        <translation>没有读到任何项目：表头下面没有项目行（项目名称一列是空的）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="97" />
        <source>project "{name}" has {count:,} indicators, far more than any project (limit {limit:,}); it does not look like a target table</source>
        <translation>项目“{name}”有 {count:,} 条指标，远多于任何项目（上限 {limit:,} 条），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="98" />
        <source>the implementation-period value</source>
        <translation>实施周期指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="99" />
        <source>the annual value</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="100" />
        <source>the actual value</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="101" />
        <source>project "{name}", indicator "{indicator}": the number "{number}" in {label} has more than {digits} digits; not a reasonable value</source>
        <translation>项目“{name}”的指标“{indicator}”，{label}中的数字“{number}”超过 {digits} 位，不是合理的数值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="102" />
        <source>this is a department-wide performance self-evaluation table</source>
        <translation>这是部门整体支出绩效自评表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="103" />
        <source>this is a department-wide performance target table</source>
        <translation>这是部门整体支出绩效目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="104" />
        <source>this is a performance self-evaluation report</source>
        <translation>这是绩效自评报告</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="105" />
        <source>this is a project self-evaluation table (the year-end self-evaluation)</source>
        <translation>这是项目支出绩效自评表（年终自评的结果）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="106" />
        <source>this is a project performance target application (one project's application)</source>
        <translation>这是项目支出绩效目标申报表（单个项目的申报）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="107" />
        <source>this is a performance monitoring table</source>
        <translation>这是绩效运行监控表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="108" />
        <source>no project was read: {looks}, not a project performance target table; import the department's 项目支出绩效目标表</source>
        <translation>没有读到任何项目：{looks}，不是项目支出绩效目标表；请导入部门的《项目支出绩效目标表》</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="109" />
        <source>Reading {file} ({n}/{of})</source>
        <translation>正在读取 {file}（{n}/{of}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="110" />
        <source>Read {count} file(s)</source>
        <translation>已读取 {count} 个文件</translation>
    </message>
</context>
</TS>