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
        <location filename="../../desktop/messages/importing.py" line="38" />
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="39" />
        <source>column {column} is too long ({chars} characters); it does not look like a target table</source>
        <translation>第 {column} 列内容过长（{chars} 个字符），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="40" />
        <source>no header found (it should have column names such as 项目名称, 绩效目标, 绩效指标)</source>
        <translation>找不到表头（应有“项目名称”“绩效目标”“绩效指标”等列名）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="41" />
        <source>the column "{label}" named in the column mapping is not in the header</source>
        <translation>列对应关系中的列名“{label}”在表头中不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="42" />
        <source>a cell above the header is too long ({chars} characters)</source>
        <translation>表头上方的单元格内容过长（{chars} 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="43" />
        <source>no project was read below the header (no column or row of project names; use Column mapping to say which column holds the project name)</source>
        <translation>表头下没有读到任何项目（没有项目名称的列或行；可用“调整列对应”指定项目名称所在的列）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="44" />
        <source>the text encoding cannot be recognised (neither UTF-8 nor GBK/GB18030)</source>
        <translation>文字编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="45" />
        <source>not a text file (it contains binary content)</source>
        <translation>不是文本文件（含二进制内容）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="46" />
        <source>the file has {lines:,} lines, far more than any target table (limit {limit:,} lines); it does not look like a target table</source>
        <translation>文件有 {lines:,} 行，远多于任何目标表（上限 {limit:,} 行），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="47" />
        <source>this line is too long ({chars} characters); it does not look like a target table</source>
        <translation>这一行过长（{chars} 个字符），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="48" />
        <source>the file has more than {limit:,} lines, far more than any target table; it does not look like a target table</source>
        <translation>文件超过 {limit:,} 行，远多于任何目标表，不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="49" />
        <source>CSV format error or a cell too long ({detail})</source>
        <translation>CSV 格式错误或单元格过长（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="50" />
        <source>{head}… ({digits} characters)</source>
        <translation>{head}…（共 {digits} 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="51" />
        <source>the number "{value}" is not finite (NaN or infinity)</source>
        <translation>数值“{value}”不是有限的数（NaN 或无穷大）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="52" />
        <source>the number "{value}" is too large (more than {digits} integer digits); not a reasonable amount or score</source>
        <translation>数值“{value}”过大（超过 {digits} 位整数），不是合理的金额或分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="53" />
        <source>the indicator number "{value}" is not finite (NaN or infinity)</source>
        <translation>指标序号“{value}”不是有限的数（NaN 或无穷大）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="54" />
        <source>the indicator number "{value}" is too large to be a sequence number</source>
        <translation>指标序号“{value}”过大，不是合理的序号</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="55" />
        <source>the number is too large (a {bits}-bit integer); not a reasonable amount or score</source>
        <translation>数值过大（{bits} 位二进制整数），不是合理的金额或分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="57" />
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="56" />
        <source>in column "{label}", {problem}</source>
        <translation>“{label}”列的{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="34" />
        <source>the file is too large ({mb} MB); it does not look like a file of a report's figures</source>
        <translation>文件太大（{mb} MB），不像是报告数字文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="35" />
        <source>not a valid JSON file ({problem})</source>
        <translation>不是有效的 JSON 文件（{problem}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="36" />
        <source>{conflict} The returned workbooks were not written; read them again to compare with the new values.</source>
        <translation>{conflict}填报表未写入，请重新读取后再核对。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="37" />
        <source>no figure was read: the file holds no "item | number" rows to compare</source>
        <translation>未读到任何数字：文件中没有可供复核的“项目 | 数值”行</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="58" />
        <source>the "{label}" value "{value}" is not a number</source>
        <translation>“{label}”列的内容“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="59" />
        <source>the "{label}" value "{value}" is not an amount</source>
        <translation>“{label}”列的内容“{value}”不是金额</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="60" />
        <source>column "{label}" is too long ({chars} characters) to be an amount</source>
        <translation>“{label}”列内容过长（{chars} 个字符），不像是金额</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="61" />
        <source>the indicator's nature "{sign}" is not a comparison sign; the annual value is read as printed: "{annual}"</source>
        <translation>指标性质“{sign}”不是比较符号，年度指标值按原文“{annual}”读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="62" />
        <source>"{text}" is not an indicator row; not imported</source>
        <translation>“{text}”不是指标行，未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="63" />
        <source>a row with an indicator class but no indicator name (a placeholder); not imported</source>
        <translation>只有指标分类、没有指标名称的空行（占位行），未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="64" />
        <source>this row is {missing} column(s) short (empty amount columns lost in conversion); realigned by what the columns mean</source>
        <translation>本行少 {missing} 列（转换时丢了空的金额列），已按列义重新对齐</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="65" />
        <source>this row holds only a piece of indicator text, in the goal column; read as indicators by its content</source>
        <translation>本行只有一段指标文字却落在绩效目标列，已按内容归入绩效指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="66" />
        <source>the project name is broken over rows; joined with the row above</source>
        <translation>项目名称断行，已与上一行合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="67" />
        <source>the text "{text}" at the start of the indicators belongs to no numbered indicator; not imported</source>
        <translation>绩效指标开头的文字“{text}”不属于任何编号指标，未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="68" />
        <source>this row has no project name and no amounts: it is the first half of the next row "{name}", split across pages; joined</source>
        <translation>本行无项目名称和金额，是下一行“{name}”跨页拆出的前半部分，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="69" />
        <source>this row has no project name and no amounts: it is the second half of the row above "{name}", split across pages; joined</source>
        <translation>本行无项目名称和金额，是上一行“{name}”跨页拆出的后半部分，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="70" />
        <source>this row has no project name and no amounts, and no project before or after to join; not imported</source>
        <translation>本行无项目名称和金额，前后也没有项目可并入，未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="71" />
        <source>the header is broken over several lines; joined and recognised</source>
        <translation>表头断成多行，已合并识别</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="72" />
        <source>the budget unit "{unit}" is broken over {lines} lines; joined</source>
        <translation>预算单位“{unit}”断成 {lines} 行，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="73" />
        <source>the goal is one short line; read as the goal</source>
        <translation>绩效目标只有一短行，按绩效目标读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="74" />
        <source>the project name "{name}" is broken over several lines; joined</source>
        <translation>项目名称“{name}”断成多行，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="75" />
        <source>the text "{text}" before the indicators could not be placed in an indicator</source>
        <translation>绩效指标前的文字“{text}”未能归入指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="76" />
        <source>the start of the project name "{head}" is above the amounts line; joined</source>
        <translation>项目名称的开头“{head}”在金额行之上，已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="77" />
        <source>the row "{name}" has only amounts; read as a unit subtotal</source>
        <translation>“{name}”一行只有金额，按单位小计读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="78" />
        <source>the amounts {amounts} could go in different fund columns; checked against the total and subtotals, read as {columns}</source>
        <translation>金额 {amounts} 可归入不同的资金列，按合计与小计核对读作{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="79" />
        <source>the amounts {amounts} could go in different fund columns; read as {columns}, please check</source>
        <translation>金额 {amounts} 可归入不同的资金列，已按{columns}读取，请核对</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="80" />
        <source>amounts are given in "{columns}"; converted exactly to 万元 (元 ÷ 10000)</source>
        <translation>金额以“{columns}”列示，已按精确小数换算为万元（元 ÷ 10000）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="81" />
        <source>project "{name}" has no total; computed as the sum of its fund sources: {total}</source>
        <translation>项目“{name}”未填总计，已按各资金来源之和算出 {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="82" />
        <source>the row "{name}" belongs to no project; read as the department total</source>
        <translation>“{name}”一行没有项目归属，按部门合计读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="83" />
        <source>"{label}" holds "{value}", which is not an amount</source>
        <translation>“{label}”的内容“{value}”不是金额</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="84" />
        <source>"{label}" gives no unit; read as 万元</source>
        <translation>“{label}”未写单位，按万元读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="85" />
        <source>this is a scan (the PDF has no text layer), so its text cannot be read; ask the issuing office for the Excel file or a text PDF</source>
        <translation>这是扫描件（PDF 里没有文字层），无法读取文字；请向发文单位索取 Excel 或文字版 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="86" />
        <source>the PDF is password-protected; remove the password first</source>
        <translation>PDF 有密码保护，请先去掉密码</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="87" />
        <source>the PDF file is damaged or in an unsupported format and cannot be opened</source>
        <translation>PDF 文件已损坏或格式不受支持，无法打开</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="88" />
        <source>the PDF has too many pages ({pages}); it does not look like a target table</source>
        <translation>PDF 页数过多（{pages} 页），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="89" />
        <source>the content of this page is damaged and cannot be read</source>
        <translation>这一页内容已损坏，无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="90" />
        <source>the text "{text}" outside the table was not imported</source>
        <translation>表格外的文字“{text}”未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="91" />
        <location filename="../../desktop/messages/store.py" line="160" />
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="92" />
        <location filename="../../desktop/messages/store.py" line="165" />
        <source>this is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="93" />
        <source>the file cannot be read: no permission to read it, or another program holds it (for example open in Excel); close it and try again</source>
        <translation>文件无法读取：没有读取权限，或正被其他程序独占（例如在 Excel 中打开），请关闭后重试</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="94" />
        <source>the file cannot be opened ({reason})</source>
        <translation>文件无法打开（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="95" />
        <source>this is a password-protected workbook, or an old .xls file renamed: remove the password in Excel or save it as .xlsx</source>
        <translation>这是有密码保护的工作簿，或改了扩展名的旧版 .xls 文件：请在 Excel 中去掉密码或另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="96" />
        <source>the extension is .xlsx but the content is not an Excel workbook (perhaps another file renamed)</source>
        <translation>扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是改了扩展名的其他文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="97" />
        <source>the extension is .xls but the content is not an Excel workbook</source>
        <translation>扩展名是 .xls，但内容不是 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="98" />
        <source>the extension is .pdf but the content is not a PDF file</source>
        <translation>扩展名是 .pdf，但内容不是 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="99" />
        <source>this is a filled-in project self-evaluation table; use File → Re-check self-evaluation tables… to check and import it</source>
        <translation>这是填好的项目支出绩效自评表，请用“文件 → 复核自评表…”复核并导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="100" />
        <source>no project was read: there are no project rows below the header (the project name column is empty)</source>
        <translation>没有读到任何项目：表头下面没有项目行（项目名称一列是空的）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="112" />
        <source>{count} project(s) are also in another file of this import, e.g. "{name}" of {unit}, already in {first}; one import cannot bring a project twice (which version is right?). Import the files one at a time, and for the later one choose whether to keep or replace what is there</source>
        <translation>有 {count} 个项目在这次一起导入的另一个文件中也有，例如{unit}的“{name}”已在 {first} 中；一次导入不能把同一个项目导入两次（哪个版本才对？）。请逐个导入这些文件，导入后一个时选择保留原有还是用导入的替换</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="101" />
        <source>project "{name}" has {count:,} indicators, far more than any project (limit {limit:,}); it does not look like a target table</source>
        <translation>项目“{name}”有 {count:,} 条指标，远多于任何项目（上限 {limit:,} 条），不像是目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="102" />
        <source>the implementation-period value</source>
        <translation>实施周期指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="103" />
        <source>the annual value</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="104" />
        <source>the actual value</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="105" />
        <source>project "{name}", indicator "{indicator}": the number "{number}" in {label} has more than {digits} digits; not a reasonable value</source>
        <translation>项目“{name}”的指标“{indicator}”，{label}中的数字“{number}”超过 {digits} 位，不是合理的数值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="106" />
        <source>this is a department-wide performance self-evaluation table</source>
        <translation>这是部门整体支出绩效自评表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="107" />
        <source>this is a department-wide performance target table</source>
        <translation>这是部门整体支出绩效目标表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="108" />
        <source>this is a performance self-evaluation report</source>
        <translation>这是绩效自评报告</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="109" />
        <source>this is a project self-evaluation table (the year-end self-evaluation)</source>
        <translation>这是项目支出绩效自评表（年终自评的结果）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="110" />
        <source>this is a project performance target application (one project's application)</source>
        <translation>这是项目支出绩效目标申报表（单个项目的申报）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="111" />
        <source>this is a performance monitoring table</source>
        <translation>这是绩效运行监控表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="112" />
        <source>no project was read: {looks}, not a project performance target table; import the department's 项目支出绩效目标表</source>
        <translation>没有读到任何项目：{looks}，不是项目支出绩效目标表；请导入部门的《项目支出绩效目标表》</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="113" />
        <source>Reading {file} ({n}/{of})</source>
        <translation>正在读取 {file}（{n}/{of}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="114" />
        <source>Read {count} file(s)</source>
        <translation>已读取 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="115" />
        <source>actual value</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="116" />
        <source>weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="117" />
        <source>sign correction</source>
        <translation>符号修正</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="118" />
        <source>value correction</source>
        <translation>数值修正</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="119" />
        <source>unit correction</source>
        <translation>单位修正</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="120" />
        <source>qualitative/quantitative correction</source>
        <translation>定性/定量修正</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="121" />
        <source>qualitative tier</source>
        <translation>定性档次</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="122" />
        <source>hand score</source>
        <translation>手工得分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="123" />
        <source>reason for the hand score</source>
        <translation>手工得分理由</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="124" />
        <source>reason for deviation</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="125" />
        <source>{unit} / {project} / {name} ({data})</source>
        <translation>{unit} / {project} / {name}（{data}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="126" />
        <source>"{name}"</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="127" />
        <source>{names} and others ({count} projects)</source>
        <translation>{names}等 {count} 个项目</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="128" />
        <source> ({who} has just changed them)</source>
        <translation>（{who} 刚修改过）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="129" />
        <source>After the import preview, {names} were changed by someone else{by}; so as not to overwrite their changes this import wrote nothing. Import again to see the latest state.</source>
        <translation>导入预览之后，{names}已被其他人修改{by}；为免覆盖别人的修改，本次导入未写入任何数据，请重新导入以查看最新情况。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="130" />
        <source>(a deleted project)</source>
        <translation>（已删除的项目）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="131" />
        <source>{added} projects added, {replaced} replaced, {kept} existing kept; {indicators} indicators written</source>
        <translation>新增 {added} 个项目，替换 {replaced} 个，保留原有 {kept} 个；写入 {indicators} 条指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="132" />
        <source>; {count} indicators have a changed target and were recomputed by the new target</source>
        <translation>；{count} 条指标的目标值有变化，已按新目标重新计算</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="133" />
        <source> (of which {count} earlier target corrections no longer apply and were cleared)</source>
        <translation>（其中 {count} 条原有的目标值修正不再适用，已清除）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="134" />
        <source>; {count} indicators no longer in the new table were deleted with their year-end data</source>
        <translation>；新表中已没有的 {count} 条指标连同其年终数据被删除</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="135" />
        <source>; {count} projects with the same name in one unit were numbered apart</source>
        <translation>；同一单位内重名的 {count} 个项目已加编号区分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="136" />
        <source>; the data before the import was backed up to {path}</source>
        <translation>；导入前的数据已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="137" />
        <source>Writing {source}</source>
        <translation>正在写入 {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="138" />
        <source>Please check: {what}</source>
        <translation>请核对：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="140" />
        <source>{place}, column {letter}</source>
        <translation>{place} {letter} 列</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="141" />
        <source>{what} should be a number, not "{value}"</source>
        <translation>{what}应为数字，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="142" />
        <source>the execution rate should be a percentage, not "{value}"</source>
        <translation>执行率应为百分数，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="143" />
        <source>no project self-evaluation table found (it should have 项目名称 and columns such as 一级指标 / 三级指标 / 得分)</source>
        <translation>没有找到项目支出绩效自评表（应有“项目名称”和“一级指标 / 三级指标 / 得分”等栏目）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="144" />
        <source>the file is damaged or not an Excel workbook</source>
        <translation>文件已损坏或不是 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="145" />
        <source>nothing follows "项目名称"</source>
        <translation>“项目名称”后面是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="146" />
        <source>{place}: column "{label}" not used</source>
        <translation>{place}“{label}”列未使用</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="147" />
        <source>the indicator header has no "{label}" column</source>
        <translation>指标表头缺少“{label}”列</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="148" />
        <source>{place} has "项目名称" but neither project funds nor indicators below it; not a self-evaluation table, not imported</source>
        <translation>{place}有“项目名称”，但下面既没有项目资金也没有绩效指标，不是自评表，未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="149" />
        <source>project "{name}" has no indicator header (一级指标 / 三级指标 / 得分)</source>
        <translation>项目“{name}”没有绩效指标表头（一级指标 / 三级指标 / 得分）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="150" />
        <source>project "{name}" has no performance indicators</source>
        <translation>项目“{name}”没有绩效指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="151" />
        <source>the total's weight</source>
        <translation>总分分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="152" />
        <source>the total score</source>
        <translation>总分得分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="6" />
        <source>{item}: unknown computation method {method}</source>
        <translation>{item}: 未知的计算方法 {method}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="7" />
        <source>{level}: level-3 weights add up to {sum}, not the level-1 weight {stated}</source>
        <translation>{level}: 三级指标分值合计 {sum}，与一级分值 {stated} 不符</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="8" />
        <source>The indicator system's weights add up to {total}, not 100</source>
        <translation>指标体系分值合计 {total}，应为 100</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="9" />
        <source>{item}: no department indicators of {level}</source>
        <translation>{item}: 没有{level}的部门整体指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="10" />
        <source>{item}: the completion of indicator “{indicator}” cannot be computed; enter the completion (counted as 0)</source>
        <translation>{item}: 指标“{indicator}”的完成率无法计算，请填写完成率（按 0 计）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="11" />
        <source>{item}: the monthly spending progress is missing</source>
        <translation>{item}: 缺少每月支出进度</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="12" />
        <source>{item}: no special project has been scored</source>
        <translation>{item}: 没有已评分的专项项目</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="13" />
        <source>{item}: no special project has budget and spending figures</source>
        <translation>{item}: 没有专项项目的预算与执行数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="14" />
        <source>{item}: unknown rate {rate}</source>
        <translation>{item}: 未知的比率 {rate}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="15" />
        <source>{item}: the data needed to compute {item} is missing</source>
        <translation>{item}: 缺少计算{item}所需的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="16" />
        <source>{item}: a hand score needs its basis</source>
        <translation>{item}: 手工评分须注明依据</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="17" />
        <source>{item}: score {score} is outside [0, {weight}]</source>
        <translation>{item}: 得分 {score} 超出 [0, {weight}]</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="18" />
        <source>{item}: not scored yet</source>
        <translation>{item}: 尚未评分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="19" />
        <source>{item}: {count} special projects are not scored yet and are left out of the average</source>
        <translation>{item}: {count} 个专项项目尚未评分，未计入平均分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="20" />
        <source>Hand score “{item}” is not a level-3 indicator of this indicator system</source>
        <translation>手工评分“{item}”不是本指标体系的三级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="21" />
        <source>The annual target is missing</source>
        <translation>缺少年度指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="22" />
        <source>The annual target holds several numbers: split it into several indicators, or mark it qualitative</source>
        <translation>年度指标值含多个数值：请拆分为多个指标，或标为定性</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="23" />
        <source>The annual target was not read as a number: write the comparison sign, number and unit, or mark it qualitative</source>
        <translation>年度指标值未能识别为数值：请填写比较符号、数值和单位，或标为定性</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="24" />
        <location filename="../../desktop/messages/store.py" line="36" />
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="25" />
        <location filename="../../desktop/messages/store.py" line="37" />
        <source>Fiscal appropriation</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="26" />
        <location filename="../../desktop/messages/store.py" line="38" />
        <source>Fiscal special account</source>
        <translation>财政专户拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="27" />
        <location filename="../../desktop/messages/store.py" line="39" />
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="28" />
        <location filename="../../desktop/messages/store.py" line="42" />
        <source>Initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="29" />
        <location filename="../../desktop/messages/store.py" line="43" />
        <source>Full-year budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="30" />
        <location filename="../../desktop/messages/store.py" line="44" />
        <source>Full-year spending</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="31" />
        <location filename="../../desktop/messages/store.py" line="50" />
        <source>Final accounts</source>
        <translation>决算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="32" />
        <location filename="../../desktop/messages/store.py" line="52" />
        <source>{column}, of which {row}</source>
        <translation>其中：{row} {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="33" />
        <source>this year's fiscal appropriation</source>
        <translation>当年财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="34" />
        <source>carry-over from last year</source>
        <translation>上年结转资金</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="35" />
        <source>other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="36" />
        <source>{field} {value} is negative</source>
        <translation>{field} {value} 为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="37" />
        <source>Total {total} ≠ fiscal appropriation + fiscal special account + other funds = {sum}</source>
        <translation>总计 {total} ≠ 财政拨款 + 财政专户拨款 + 其他资金 = {sum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="38" />
        <source>The year's total funds: {column} is blank; its parts add up to {sum}</source>
        <translation>年度资金总额的{column}未填，其中各项之和为 {sum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="39" />
        <source>The year's total funds: {column} {stated} ≠ this year's fiscal appropriation + carry-over from last year + other funds = {sum}</source>
        <translation>年度资金总额的{column} {stated} ≠ 当年财政拨款 + 上年结转资金 + 其他资金 = {sum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="40" />
        <source>Full-year spending is more than the full-year budget</source>
        <translation>全年执行数大于全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="41" />
        <source>partly met the annual target</source>
        <translation>部分达成年度指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="42" />
        <source>did not meet the annual target</source>
        <translation>未达成年度指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="43" />
        <source>{name}: qualitative indicator rated “{tier}”; the deviation reason must be filled in</source>
        <translation>{name}: 定性指标评为“{tier}”，须填写偏差原因</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="44" />
        <source>Weight × the mean completion of the department's {level} (each at most 100%, Table 4)</source>
        <translation>分值 × 部门整体{level}完成率的平均（每项最高 100%，表4）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="45" />
        <source>Weight × the year's average execution rate (Table 2: mean of the monthly execution rates, each at most 100%)</source>
        <translation>分值 × 年度平均执行率（表2：各月支出执行率的平均，每月最高 100%）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="46" />
        <source>Weight × the mean self-evaluation total of the special projects ÷ {full_at_or_above} (at most 100%)</source>
        <translation>分值 × 专项项目自评总分的平均 ÷ {full_at_or_above}（最高 100%）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="47" />
        <source>Weight × min(Σ full-year spending ÷ Σ full-year budget ÷ {full_at_or_above}, 1) (special projects)</source>
        <translation>分值 × min(Σ全年执行数 ÷ Σ全年预算数 ÷ {full_at_or_above}, 1)（专项项目）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="48" />
        <source>Rate ≤ {full_at_or_below} scores full, ≥ {zero_at_or_above} scores 0, linear between</source>
        <translation>比率 ≤ {full_at_or_below} 得满分，≥ {zero_at_or_above} 得 0 分，其间线性</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="49" />
        <source>Scored by the officer within [0, weight], with the basis stated</source>
        <translation>由填报人在 [0, 分值] 内评分，并注明评分依据</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="50" />
        <source>Computed by the scheme's method {method}</source>
        <translation>按方案方法 {method} 计算</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="51" />
        <source>Table 1 “{line}”: {column} is entered as {stated}, its parts add up to {sum}: the sum of the parts is used</source>
        <translation>表1“{line}”的{column}填的是 {stated}，各项之和为 {sum}：以各项之和为准</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="52" />
        <source>{start}… ({digits} digits)</source>
        <translation>{start}…（共 {digits} 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="53" />
        <source>{key}: report {published}, re-check {computed}</source>
        <translation>{key}: 报告 {published}，复核 {computed}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="54" />
        <source>full-year spending</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="55" />
        <source> is blank</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="56" />
        <source> is printed as {value} {unit}</source>
        <translation>印为 {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="57" />
        <source>{label}: its parts add up to {sum} {unit}; the year's total funds{printed}</source>
        <translation>{label}：其中各项之和 {sum} {unit}，年度资金总额{printed}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="58" />
        <source>full-year spending {spent} {unit} ÷ {which} {denominator} {unit} = {rate}%</source>
        <translation>全年执行数 {spent} {unit} ÷ {which} {denominator} {unit} = {rate}%</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="59" />
        <source> (the printed figure is truncated; it should be rounded)</source>
        <translation>（印出的是截断值，应四舍五入）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="60" />
        <source>{weight} × min(execution rate {rate}%, 100%) = {score}</source>
        <translation>{weight} × min(执行率 {rate}%, 100%) = {score}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="61" />
        <source>; the score was rounded</source>
        <translation>；得分被取整</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="62" />
        <source>score {score} is more than the weight {weight}</source>
        <translation>得分 {score} 超出分值 {weight}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="63" />
        <source>target {target}, actual {actual}</source>
        <translation>目标 {target}，实际 {actual}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="64" />
        <source>{how}: the annual target is met, full score {weight} is due; points were taken off without a deviation reason</source>
        <translation>{how}，已完成年度指标，应得满分 {weight}；扣分却未写偏差原因</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="65" />
        <source>{how}: score {score} is more than the weight {weight}</source>
        <translation>{how}，得分 {score} 超出分值 {weight}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="66" />
        <source>{how}: {score} is due, the score was rounded</source>
        <translation>{how}，应得 {score}，得分被取整</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="67" />
        <source>scored pro rata, actual ÷ target</source>
        <translation>按 实际 ÷ 目标 比例计分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="68" />
        <source>scored by the “{method}” rule</source>
        <translation>按“{method}”规则计分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="69" />
        <source>{how}, {rule}: {score} is due</source>
        <translation>{how}，{rule}，应得 {score}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="70" />
        <source>budget execution {budget} points + indicator weights {indicators} points = {sum}; the total column prints {printed}</source>
        <translation>预算执行 {budget} 分 + 各指标分值 {indicators} 分 = {sum}，总分栏印为 {printed}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="71" />
        <source>the weights add up to {sum}; the full score of scheme “{scheme}” is {full}</source>
        <translation>各项分值合计 {sum}，方案“{scheme}”满分为 {full}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="72" />
        <source>the scores in the table add up to {sum}</source>
        <translation>表中各项得分之和为 {sum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="73" />
        <source>Arithmetic error</source>
        <translation>计算差错</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="74" />
        <source>Rounding error</source>
        <translation>取整差错</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="75" />
        <source>Met but docked, no deviation reason</source>
        <translation>达标扣分且无偏差原因</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="76" />
        <source>Weights do not add up</source>
        <translation>分值合计不符</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="77" />
        <source>Total is not the sum of its items</source>
        <translation>总分不等于各项之和</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="78" />
        <source>Total funds are not the sum of their parts</source>
        <translation>资金总额不等于其中各项之和</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="79" />
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="80" />
        <source>Budget execution score</source>
        <translation>预算执行得分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="81" />
        <source>Total funds of the year</source>
        <translation>年度资金总额</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="82" />
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="83" />
        <location filename="../../desktop/messages/store.py" line="28" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="84" />
        <source>The scoring scheme “{name}” is not found</source>
        <translation>找不到评分方案“{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="85" />
        <source>The re-check failed; the details are in the log file</source>
        <translation>复核时出错，详细信息见日志文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="86" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="87" />
        <source>Scoring scheme: {name} (year {year})</source>
        <translation>评分方案：{name}（{year} 年度）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="88" />
        <source>Budget execution: weight {weight}, score = weight × min(full-year spending ÷ full-year budget, 100%)</source>
        <translation>预算执行率：分值 {weight}，得分 = 分值 × min(全年执行数 ÷ 全年预算数, 100%)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="89" />
        <source>Level-1 weights: {levels}; total {total}</source>
        <translation>各一级指标分值：{levels}；合计 {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="90" />
        <source>Indicators without a weight share what their level has left equally; the weights of a level must add up to the level's weight, else “Checks” lists it.</source>
        <translation>一级指标内未填分值的指标平分该级分值；各级分值之和须等于该级分值，不符时在“检查”中列出。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="91" />
        <source>“≥ / &gt; / no sign” indicators: reaching the target scores full, else score = actual ÷ target × weight.</source>
        <translation>“≥ / &gt; / 无符号”指标：达到目标得满分，否则 得分 = 实际值 ÷ 目标值 × 分值。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="92" />
        <source>“≤ / &lt;” indicators (lower is better): reaching the target scores full, else score = (1 − (actual − target) ÷ target) × weight; twice the target scores 0.</source>
        <translation>“≤ / &lt;”指标（越低越好）：达到目标得满分，否则 得分 = (1 − (实际值 − 目标值) ÷ 目标值) × 分值，两倍于目标得 0 分。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="93" />
        <source>“≤ / &lt;” indicators (lower is better): reaching the target scores full, else score = target ÷ actual × weight.</source>
        <translation>“≤ / &lt;”指标（越低越好）：达到目标得满分，否则 得分 = 目标值 ÷ 实际值 × 分值。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="94" />
        <source>“= 0” indicators (accidents, complaints …): an actual of 0 scores full, else 0.</source>
        <translation>“= 0”指标（事故、投诉等）：实际为 0 得满分，否则 0 分。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="95" />
        <source>Qualitative indicators are scored by tier, the score inside the tier's range: {bands}</source>
        <translation>定性指标按档次评分，得分须落在档次范围内：{bands}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="96" />
        <source>A completion of {threshold} or more, a target not met, or a qualitative indicator below “met” needs its deviation reasons and improvements.</source>
        <translation>完成率达到 {threshold} 及以上、未完成目标，或定性指标低于“达成”时，须填写偏差原因分析及改进措施。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="97" />
        <source>Grades: {grades}</source>
        <translation>等级：{grades}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="98" />
        <source>More than {threshold} over the target loses {points} points (the target was set too low).</source>
        <translation>超目标 {threshold} 以上扣 {points} 分（目标定得过低）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="99" />
        <source>Project performance self-evaluation (self-evaluation form)</source>
        <translation>项目支出绩效自评（自评表）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="100" />
        <source>{level1} / {level2} / {name} ({weight} points): {formula}</source>
        <translation>{level1} / {level2} / {name}（{weight} 分）：{formula}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="101" />
        <source>Level-1 and level-2 scores and the total are the sums of their items; grades: {grades}</source>
        <translation>一级、二级指标得分与总分由各项相加得出；等级：{grades}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="102" />
        <source>Department overall self-evaluation (table 3)</source>
        <translation>部门整体支出绩效自评（表3）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="103" />
        <source> · </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="104" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="105" />
        <source>Scoring scheme: {name} ({id})</source>
        <translation>评分方案：{name}（{id}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="106" />
        <source>initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="107" />
        <source>full-year budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="108" />
        <source>, counted in {level}</source>
        <translation>，计入{level}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="109" />
        <source>Budget execution {weight} points{where}; execution rate = full-year spending ÷ {denominator}</source>
        <translation>预算执行率 {weight} 分{where}，执行率 = 全年执行数 ÷ {denominator}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="110" />
        <source>Performance indicators {points} points in all, by each indicator's weight</source>
        <translation>绩效指标合计 {points} 分，按各指标分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="111" />
        <source>Level-1 indicators: {levels}</source>
        <translation>一级指标：{levels}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="112" />
        <source>“=” targets (not 0): reaching or passing scores full, below scores actual ÷ target</source>
        <translation>“=”目标（非 0）：达到或超过为满分，低于按 实际 ÷ 目标 计分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="113" />
        <source>“=” targets (not 0): points off in proportion to the deviation (above or below)</source>
        <translation>“=”目标（非 0）：按偏离目标的比例扣分（高于或低于均扣）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="114" />
        <source>Cost indicators without a comparison sign are read as “{sign}”</source>
        <translation>成本指标未写比较符号时按“{sign}”理解</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="115" />
        <source>Qualitative tiers: {bands}</source>
        <translation>定性档次：{bands}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="116" />
        <source>“{match}”: full at {full_at} and above, {points} points off for every {step} below</source>
        <translation>“{match}”：{full_at} 及以上满分，每低 {step} 扣 {points} 分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="117" />
        <source>Indicators marked not applicable are left out, the other weights scaled up to the full score</source>
        <translation>不适用的指标剔除，其余分值按比例折算到满分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="118" />
        <source>Scores rounded to whole points</source>
        <translation>得分取整到整数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="119" />
        <source>Scores kept to {places} decimal places</source>
        <translation>得分保留 {places} 位小数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="120" />
        <source>Scheme {id}: the weights add up to {total}, not 100</source>
        <translation>方案 {id}: 分值合计 {total}，应为 100</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="121" />
        <source>Scheme {id}: {setting} should be {a} or {b}</source>
        <translation>方案 {id}: {setting} 应为 {a} 或 {b}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="122" />
        <source>Scheme {id}: lower_is_better should be ratio or linear, not {value}</source>
        <translation>方案 {id}: lower_is_better 应为 ratio 或 linear，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="123" />
        <source>Scheme {id}: execution_level “{level}” is not among the levels</source>
        <translation>方案 {id}: execution_level “{level}”不在 levels 中</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="124" />
        <source>Scheme {id}: no qualitative tiers are defined</source>
        <translation>方案 {id}: 未定义定性档次</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="125" />
        <source>Level-1 indicator “{level1}” is not in the scoring scheme; its weight {weight} is not counted in any level total</source>
        <translation>一级指标“{level1}”不在评分方案中，分值 {weight} 未计入级别合计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="126" />
        <source>{level} has no performance indicator; its {points} points go nowhere</source>
        <translation>{level}下没有任何绩效指标，该级的 {points} 分无处分配</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="127" />
        <source>{level}: the weights set add up to {set}, more than the level's {total}; the other indicators get weight 0</source>
        <translation>{level}已设分值合计 {set} 超过级别分值 {total}，其余指标得 0 分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="128" />
        <source>{level}: the weights add up to {set}, not the level's {total}</source>
        <translation>{level}分值合计 {set}，与级别分值 {total} 不符</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="129" />
        <source>{name}: band “{band}” is not in the scheme</source>
        <translation>{name}: 档次“{band}”不在方案中</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="130" />
        <source>{name}: qualitative indicator has no band and score yet</source>
        <translation>{name}: 定性指标尚未选择档次并评分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="131" />
        <source>{name}: score {score} is not inside band “{band}” [{low}, {high}{bracket}</source>
        <translation>{name}: 得分 {score} 不在“{band}”档 [{low}, {high}{bracket} 内</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="132" />
        <source>{name}: a score given by hand needs its reason</source>
        <translation>{name}: 手工改分须写明理由</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="133" />
        <source>{name}: hand score {score} is outside [0, {weight}]</source>
        <translation>{name}: 手工得分 {score} 超出 [0, {weight}]</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="134" />
        <source>{name}: the actual value is missing or has no number</source>
        <translation>{name}: 实际完成值缺失或读不出数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="135" />
        <source>{name}: target unit {target_unit} and actual unit {actual_unit} cannot be compared</source>
        <translation>{name}: 目标单位 {target_unit} 与实际单位 {actual_unit} 不可比</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="136" />
        <source>{name}: target unit {target_unit} and actual unit {actual_unit} differ; compared as numbers</source>
        <translation>{name}: 目标单位 {target_unit} 与实际单位 {actual_unit} 不同，按数值比较</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="137" />
        <source>{name}: {why}; the deviation reason must be filled in</source>
        <translation>{name}: {why}，须填写偏差原因</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="138" />
        <source>completion {rate}% is above {threshold}%</source>
        <translation>完成率 {rate}% 超过 {threshold}%</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="139" />
        <source>the annual target is not met</source>
        <translation>未完成年度指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="140" />
        <source>Budget execution and the level weights add up to {total}, not 100</source>
        <translation>预算执行率与各级分值合计 {total}，应为 100</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="141" />
        <source>{which} or the year's spending is missing; budget execution scores 0</source>
        <translation>缺少{which}或全年执行数，预算执行率记 0 分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="142" />
        <location filename="../../desktop/messages/importing.py" line="153" />
        <source>the initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="143" />
        <location filename="../../desktop/messages/importing.py" line="154" />
        <source>the full-year budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="144" />
        <source>Excellent</source>
        <translation>优</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="145" />
        <source>Good</source>
        <translation>良</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="146" />
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="147" />
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="148" />
        <source>Met the annual target</source>
        <translation>达成年度指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="149" />
        <source>Partly met the annual target, with some effect</source>
        <translation>部分达成年度指标并具有一定效果</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="150" />
        <source>Did not meet the annual target, poor effect</source>
        <translation>未达成年度指标且效果较差</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="155" />
        <source>the full-year spending</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="156" />
        <source>the weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="157" />
        <source>the score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="158" />
        <source>{label} of indicator "{name}"</source>
        <translation>指标“{name}”的{label}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="159" />
        <location filename="../../desktop/messages/store.py" line="61" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="160" />
        <source>{place} {project} · {what} · {label}: {old} → {new}</source>
        <translation>{place} {project} · {what} · {label}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="161" />
        <source>, filled in by {name} ({phone})</source>
        <translation>，填报人 {name}（{phone}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="162" />
        <source>, filled in by {name}</source>
        <translation>，填报人 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="163" />
        <source>{file} ({unit}{who}): refused, {count} problems</source>
        <translation>{file}（{unit}{who}）：退回，{count} 处问题</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="164" />
        <source>{file} ({unit}{who}): no value changes (was an unfilled workbook returned?)</source>
        <translation>{file}（{unit}{who}）：没有任何数值改变（是否交回了未填写的表？）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="165" />
        <source>{file} ({unit}{who}): {count} values will change</source>
        <translation>{file}（{unit}{who}）：{count} 处数值将改变</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="166" />
        <source>Cannot read "{file}": {problem}</source>
        <translation>无法读取“{file}”：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="167" />
        <source>{file} is not a fill-in workbook made by this program (the hidden check sheet is missing); cannot read it.</source>
        <translation>{file} 不是本程序生成的填报表（缺少隐藏的校验工作表），无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="168" />
        <source>{file} has no sheet "{sheet}"; cannot read it.</source>
        <translation>{file} 缺少工作表“{sheet}”，无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="169" />
        <source>{file}: sheet "{sheet}" is damaged; cannot read it.</source>
        <translation>{file} 工作表“{sheet}”已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="170" />
        <source>{file} is not a fill-in workbook made by this program; cannot read it.</source>
        <translation>{file} 不是本程序生成的填报表，无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="171" />
        <source>{file}: the hidden check data was changed, so the targets cannot be confirmed unchanged; the whole workbook is refused.</source>
        <translation>{file}：隐藏的校验信息被改动，无法确认目标未被修改，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="172" />
        <source>{file}: the row of indicator "{project} · {name}" was deleted; the whole workbook is refused.</source>
        <translation>{file}：指标“{project} · {name}”所在的行被删除，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="173" />
        <source>{file}: the row of project "{project}" was deleted; the whole workbook is refused.</source>
        <translation>{file}：项目“{project}”所在的行被删除，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="174" />
        <source>{file} {place}: the header should be "{expected}" but is "{found}"; the sheet's structure was changed; the whole workbook is refused.</source>
        <translation>{file} {place}：表头应为“{expected}”，现为“{found}”，工作表结构被改动，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="175" />
        <source>{file}: sheet "{sheet}" lacks the column "{column}"; the whole workbook is refused.</source>
        <translation>{file} 工作表“{sheet}”缺少列“{column}”，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="176" />
        <source>{file}: sheet "{sheet}" is empty; the whole workbook is refused.</source>
        <translation>{file} 工作表“{sheet}”是空的，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="177" />
        <source>{file} {place}: this row is not one of the workbook's own rows (added, or its number changed); the whole workbook is refused.</source>
        <translation>{file} {place}：这一行不是填报表原有的行（新增或编号被改），整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="178" />
        <source>{file} {place} ({header}): the target was changed from "{was}" to "{now}"; the whole workbook is refused.</source>
        <translation>{file} {place}（{header}）：目标被改动，原为“{was}”，现为“{now}”，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="179" />
        <source>{file} {place}: indicator "{name}" is no longer in the data of year {year} (deleted after the workbook was made); the whole workbook is refused.</source>
        <translation>{file} {place}：指标“{name}”已不在 {year} 年度的数据中（生成填报表后被删除），整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="180" />
        <source>{file} {place}: project "{name}" is no longer in the data of year {year}; the whole workbook is refused.</source>
        <translation>{file} {place}：项目“{name}”已不在 {year} 年度的数据中，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="181" />
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="182" />
        <source>{file} has no sheet "{sheet}"; the whole workbook is refused.</source>
        <translation>{file} 缺少工作表“{sheet}”，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="183" />
        <source>{file}: department "{department}" is not in the database; the whole workbook is refused.</source>
        <translation>{file}：部门“{department}”不在数据库中，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="184" />
        <source>{file} {place}: this row is not one of the workbook's own rows; the whole workbook is refused.</source>
        <translation>{file} {place}：这一行不是填报表原有的行，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="185" />
        <source>{file} {place} (month): changed from "{was}" to "{now}"; the whole workbook is refused.</source>
        <translation>{file} {place}（月份）：被改动，原为“{was}”，现为“{now}”，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="186" />
        <source>{file} {place} ({header})</source>
        <translation>{file} {place}（{header}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="187" />
        <source>{cell}: {problem}; the whole workbook is refused.</source>
        <translation>{cell}：{problem}，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="188" />
        <source>{first} and {second} give different values for "{project} · {what} · {label}" ({one} / {other}); check and return only one.</source>
        <translation>{first} 与 {second} 对“{project} · {what} · {label}”填写不同（{one} / {other}），请核实后只交回一份。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="189" />
        <source>{count} fill-in workbooks were refused ({files}); no value was written.</source>
        <translation>{count} 份填报表被退回（{files}），未写入任何数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="190" />
        <source>{first} ({count} in all); no value was written.</source>
        <translation>{first}（共 {count} 处），未写入任何数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="191" />
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="192" />
        <source>disagree</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="193" />
        <source>{label} check: computed {computed} against the table's {stated}: {verdict}</source>
        <translation>{label} 核对：计算 {computed} 与表列 {stated} {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="6" />
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="7" />
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="8" />
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="9" />
        <source>optional arguments</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="10" />
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="11" />
        <source>show program's version number and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="12" />
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="13" />
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="14" />
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="15" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项 %(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="16" />
        <source>invalid choice: %(value)r, choose from %(choices)s</source>
        <translation>无效的选项 %(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="17" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="18" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="19" />
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="20" />
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="21" />
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="22" />
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="23" />
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="24" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项 %(option)s 有歧义，可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="25" />
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="26" />
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="27" />
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的值 %r</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="28" />
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="29" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="30" />
        <source>Performance self-evaluation Desk</source>
        <translation>绩效自评 Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="31" />
        <source>show the program's version and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="32" />
        <source>database: an SQLite file path or an SQLAlchemy URL (default: perfdesk.db in the user data folder)</source>
        <translation>数据库：SQLite 文件路径或 SQLAlchemy URL（默认：用户数据目录中的 perfdesk.db）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="33" />
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="34" />
        <source>{place}: {what}</source>
        <translation>{place}：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="35" />
        <source>year (default: the latest year with projects)</source>
        <translation>年度（默认：有项目的最近年度）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="36" />
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="37" />
        <source>The output file must be .pdf or .xlsx: {path}</source>
        <translation>输出文件须为 .pdf 或 .xlsx：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="38" />
        <source>import project performance target tables (Excel, CSV, text, PDF)</source>
        <translation>导入项目支出绩效目标表（Excel、CSV、文本、PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="39" />
        <source>Reads the target tables and writes all files to the database in one transaction, each project as soon as it is read, then shows the same summary as the import preview. With --replace or --dry-run the summary comes first.</source>
        <translation>读取目标表，把所有文件在一个事务中写入数据库（每个项目读完即写入），然后显示与导入预览相同的摘要。使用 --replace 或 --dry-run 时先显示摘要。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="40" />
        <source>files to import (.xlsx / .xls / .csv / .txt / .pdf)</source>
        <translation>要导入的文件（.xlsx / .xls / .csv / .txt / .pdf）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="41" />
        <source>budget year (default: the year in the table's title, else this year)</source>
        <translation>预算年度（默认：取表名中的年份，否则为今年）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="42" />
        <source>replace a project of the same year, unit and name with the imported one (default: keep the existing one)</source>
        <translation>同一年度、单位、名称的项目已存在时用导入的替换（默认保留原有的）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="43" />
        <source>only show the summary, do not write to the database</source>
        <translation>只显示摘要，不写入数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="44" />
        <source>Department: {department}</source>
        <translation>部门：{department}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="45" />
        <source>(the table names no department)</source>
        <translation>（表中未写部门名称）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="46" />
        <source>Title: {title}</source>
        <translation>标题：{title}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="47" />
        <source>{units} units, {projects} projects, {indicators} indicators</source>
        <translation>{units} 个单位，{projects} 个项目，{indicators} 条指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="48" />
        <source>{units} units, {projects} projects, {indicators} indicators (amounts in {unit})</source>
        <translation>{units} 个单位，{projects} 个项目，{indicators} 条指标（金额单位：{unit}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="49" />
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="50" />
        <source>differ ✗</source>
        <translation>不一致 ✗</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="51" />
        <source>{label}: stated {stated}; sum of projects {computed} — {mark}</source>
        <translation>{label}：表列 {stated}；项目合计 {computed} —— {mark}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="52" />
        <location filename="../../desktop/messages/importing.py" line="139" />
        <source>Unused columns: {columns}</source>
        <translation>未使用的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="53" />
        <source>Please check {count}:</source>
        <translation>请核对 {count} 处：</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="54" />
        <source>Repaired {count}:</source>
        <translation>修复 {count} 处：</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="55" />
        <source>Note: the new table no longer has these {count} indicators; they carry year-end data and will be deleted by the replace (a backup is made before the import):</source>
        <translation>注意：新表中已没有以下 {count} 条指标，它们带有年终数据，替换后将被删除（导入前会自动备份）：</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="56" />
        <source>Import year: {year} (given with --year)</source>
        <translation>导入年度：{year}（--year 指定）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="57" />
        <source>Import year: {year} (from the table's title)</source>
        <translation>导入年度：{year}（取自表名）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="58" />
        <source>Import year: {year} (no year in the table's title, so this year; if the data is not for {year}, give it with --year)</source>
        <translation>导入年度：{year}（表名中没有年份，按今年；如不是 {year} 年度的数据，请用 --year 指定）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="59" />
        <source>Preview done (year {year}); nothing written to the database.</source>
        <translation>预览完毕（年度 {year}），未写入数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="60" />
        <source>Imported year {year} ({where}): {result}</source>
        <translation>已导入 {year} 年度（{where}）：{result}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="61" />
        <source>Note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="62" />
        <source>{forms} project self-evaluation tables, {indicators} indicators</source>
        <translation>项目支出绩效自评表 {forms} 张，{indicators} 条指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="63" />
        <source>{place}: {name}, {indicators} indicators</source>
        <translation>{place}：{name}，{indicators} 条指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="64" />
        <source>{place}: {name}, {indicators} indicators (amounts in {unit}, converted to 万元)</source>
        <translation>{place}：{name}，{indicators} 条指标（金额单位：{unit}，已折算为万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="65" />
        <source>Cannot import: {files} are not project self-evaluation tables; import them separately from the self-evaluation tables.</source>
        <translation>无法导入：{files} 不是项目支出绩效自评表，请与自评表分开导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="66" />
        <source>Preview done; nothing written to the database.</source>
        <translation>预览完毕，未写入数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="67" />
        <source>Imported self-evaluation tables ({where}): {result}</source>
        <translation>已导入自评表（{where}）：{result}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="68" />
        <source>compute the projects' and the department's self-evaluation scores</source>
        <translation>计算项目自评得分与部门整体自评得分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="69" />
        <source>Computes each project's self-evaluation score and the department's overall self-evaluation score by the year's scoring scheme.</source>
        <translation>按年度评分方案计算每个项目的自评得分和部门整体自评得分。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="70" />
        <source>output JSON (rates as decimals, scores to two decimal places)</source>
        <translation>以 JSON 输出（比率为小数，得分保留两位小数）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="71" />
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="72" />
        <source>adjusted by hand</source>
        <translation>手工调整</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="73" />
        <source>qualitative scoring</source>
        <translation>定性评分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="74" />
        <source>scored by the filler</source>
        <translation>填报人评分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="75" />
        <source>by the department's indicator completion rate</source>
        <translation>按部门整体指标完成率</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="76" />
        <source>by the year's average execution rate</source>
        <translation>按年度平均执行率</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="77" />
        <source>by the average self-evaluation score of the special projects</source>
        <translation>按专项项目自评平均分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="78" />
        <source>by the execution rate of the special funds</source>
        <translation>按专项资金执行率</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="79" />
        <source>by the rate control standard</source>
        <translation>按比率控制标准</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="80" />
        <source>proportional scoring</source>
        <translation>比例计分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="81" />
        <source>linear scoring</source>
        <translation>线性计分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="82" />
        <source>Year {year} has no project data; nothing to score (the latest year with projects is {latest}).</source>
        <translation>{year} 年度没有项目数据，无可评分（最近有项目的年度为 {latest} 年）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="83" />
        <source>Year {year} has no project data; nothing to score.</source>
        <translation>{year} 年度没有项目数据，无可评分。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="84" />
        <source>The database has no projects; nothing to score.</source>
        <translation>数据库中没有项目，无可评分。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="85" />
        <source>, basis: average {points} points, {left_out} unscored projects left out</source>
        <translation>，依据：平均 {points} 分，{left_out} 个未评分项目未计入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="86" />
        <source>, basis: average {points} points</source>
        <translation>，依据：平均 {points} 分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="87" />
        <source>, basis: {rate}</source>
        <translation>，依据：{rate}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="88" />
        <source>Project performance self-evaluation, year {year}</source>
        <translation>{year} 年度项目支出绩效自评</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="89" />
        <source>Scoring scheme: {schemes}</source>
        <translation>评分方案：{schemes}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="90" />
        <source>{unit} / {name}: budget execution rate {rate}, execution score {execution}, total {total}, grade {grade}</source>
        <translation>{unit} / {name}: 预算执行率 {rate}，执行得分 {execution}，总分 {total}，等级 {grade}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="91" />
        <source>{name}: weight {weight}, completion {rate}, score {score} ({method})</source>
        <translation>{name}: 分值 {weight}，完成率 {rate}，得分 {score}（{method}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="92" />
        <source>{department} overall department performance self-evaluation</source>
        <translation>{department} 部门整体支出绩效自评</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="93" />
        <source>{level1} / {level2} / {name}: weight {weight}, score {score} ({method}{basis})</source>
        <translation>{level1} / {level2} / {name}: 分值 {weight}，得分 {score}（{method}{basis}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="94" />
        <source>{level} total {total}</source>
        <translation>{level} 合计 {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="95" />
        <source>Total {total}, grade {grade}</source>
        <translation>总分 {total}，等级 {grade}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="96" />
        <source>targets project performance target table · self-eval project self-evaluation table · dept-score department self-evaluation indicator score table · dept-completion department target completion table · budget budget adjustment and execution table · monthly monthly execution progress table</source>
        <translation>targets 项目支出绩效目标表 · self-eval 项目支出绩效自评表 · dept-score 部门整体支出绩效自评指标得分表 · dept-completion 部门整体绩效目标完成情况表 · budget 预算调整及执行情况表 · monthly 每月执行进度表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="97" />
        <source>print official forms (PDF or Excel)</source>
        <translation>打印正式报表（PDF 或 Excel）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="98" />
        <source>Writes forms in the official layout: {forms}</source>
        <translation>按正式格式输出报表：{forms}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="99" />
        <source>{forms} · narrative draft self-evaluation report (.docx) · charts charts (.pdf or .xlsx)</source>
        <translation>{forms} · narrative 自评报告草稿（.docx） · charts 图表（.pdf 或 .xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="100" />
        <source>output file: .pdf or .xlsx (narrative: .docx)</source>
        <translation>输出文件：.pdf 或 .xlsx（narrative：.docx）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="101" />
        <source>narrative: re-check the figures stated in a published report (.txt or .docx)</source>
        <translation>narrative：复核已发布报告（.txt 或 .docx）中陈述的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="102" />
        <source>only this project (targets / self-eval)</source>
        <translation>只输出这个项目（targets / self-eval）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="103" />
        <source>reporting unit (default: the implementing unit or the department's name)</source>
        <translation>填报单位（默认：实施单位或部门名称）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="104" />
        <source>head of the unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="105" />
        <source>filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="106" />
        <source>contact telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="108" />
        <source>Excel: all self-evaluation tables on one worksheet, one page each (default: one worksheet per project)</source>
        <translation>Excel：所有自评表放在同一工作表，每张分页（默认每个项目一个工作表）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="112" />
        <source>back the database up to a file (also while the program is open)</source>
        <translation>把数据库备份到一个文件（程序开着时也可以）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="113" />
        <source>Writes a complete, consistent copy of the database through SQLite's online backup interface, and verifies it afterwards.</source>
        <translation>通过 SQLite 的在线备份接口写出完整、一致的数据库副本，写完后校验。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="114" />
        <source>path of the backup file, e.g. D:\backup\perfdesk-2023.db</source>
        <translation>备份文件的路径，例如 D:\备份\perfdesk-2023.db</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="138" />
        <source>one per unit (default), one per project, or one for the whole department (with the monthly spending progress, table 2)</source>
        <translation>每个单位一份（默认）、每个项目一份，或整个部门一份（另含每月支出进度，表2）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="157" />
        <source>{path}: {charts} chart(s), {pages} page(s)</source>
        <translation>{path}：{charts} 张图，{pages} 页</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="158" />
        <source>{path}: {charts} chart(s), {sheets} worksheet(s)</source>
        <translation>{path}：{charts} 张图，{sheets} 个工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="159" />
        <source>re-check filled project self-evaluation tables, or the figures in a published report (tables 1–4)</source>
        <translation>复核已填好的项目支出绩效自评表，或已发布报告中的数字（表1–表4）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="177" />
        <source>Copies a year's units, projects, performance indicators (class, value, weight, corrections), the department's performance targets (table 4) and self-evaluation indicator system (table 3) to the new year; amounts, actuals, scores and budget execution are not copied. Running it again copies nothing twice.</source>
        <translation>把一个年度的单位、项目、绩效指标（类别、指标值、分值、修正）、部门整体绩效目标（表4）和自评指标体系（表3）复制到新年度；不复制金额、实际完成值、得分和预算执行数。重复运行不会重复复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="115" />
        <source>restore the database from a backup; without a file, list the automatic backups</source>
        <translation>从备份恢复数据库；不带文件时列出自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="107" />
        <source>date of filling, as it is to be printed on the form</source>
        <translation>填报日期，如 2023年3月15日</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="109" />
        <source>{path}: {sheets} form(s), {pages} page(s)</source>
        <translation>{path}：{sheets} 张表，{pages} 页</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="110" />
        <source>{path}: {sheets} form(s), on one worksheet</source>
        <translation>{path}：{sheets} 张表，同一工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="111" />
        <source>{path}: {sheets} form(s), {sheets} worksheet(s)</source>
        <translation>{path}：{sheets} 张表，{sheets} 个工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="116" />
        <source>First backs up the current database automatically, then replaces it with the chosen backup. Close the program window first.</source>
        <translation>先把当前数据库自动备份，再用所选备份替换它。须先关闭程序窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="117" />
        <source>the backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="118" />
        <source>Backup and restore work only for a local SQLite database; a shared database is backed up by its administrator with pg_dump.</source>
        <translation>备份和恢复只适用于本机的 SQLite 数据库；共享数据库请由管理员用 pg_dump 备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="119" />
        <source>{taken}  {path} (cannot be read)</source>
        <translation>{taken}  {path}（无法读取）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="120" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="121" />
        <source>{taken}  years {years}, {projects} projects, {indicators} indicators  {path}</source>
        <translation>{taken}  年度 {years}，{projects} 个项目，{indicators} 条指标  {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="122" />
        <source>{taken}, {why}  years {years}, {projects} projects, {indicators} indicators  {path}</source>
        <translation>{taken}，{why}  年度 {years}，{projects} 个项目，{indicators} 条指标  {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="123" />
        <source>Database file {path} not found; there is nothing to back up.</source>
        <translation>找不到数据库文件 {path}，没有可备份的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="124" />
        <source>The backup file cannot be the database itself; choose another path.</source>
        <translation>备份文件不能就是数据库本身，请换一个路径。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="125" />
        <source>Backed up and verified: {line}</source>
        <translation>已备份并校验：{line}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="126" />
        <source>The backup folder has no automatic backups yet.</source>
        <translation>备份文件夹中还没有自动备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="127" />
        <source>Restored from backup: {line}</source>
        <translation>已从备份恢复：{line}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="128" />
        <source>The data as it was before the restore is backed up to {path}</source>
        <translation>恢复前的数据已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="129" />
        <source>export the target tables as JSON (one object per source department)</source>
        <translation>把目标表导出为 JSON（每个来源部门一个对象）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="130" />
        <source>Exports JSON: title, department, amount unit, totals and unit subtotals, and each project's unit, amounts, goal and indicators.</source>
        <translation>导出为 JSON：标题、部门、金额单位、合计与单位小计，以及每个项目的单位、金额、绩效目标和指标。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="131" />
        <source>output file; - for standard output</source>
        <translation>输出文件；用 - 表示标准输出</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="132" />
        <source>export only this year (default: all years, each object with its year)</source>
        <translation>只导出这一年度（默认：全部年度，每个对象带 year）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="133" />
        <source>Exported {tables} tables ({projects} projects) to {path}</source>
        <translation>已导出 {tables} 个表（{projects} 个项目）到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="134" />
        <source>make the fill-in workbooks sent to the units, or read back the returned ones</source>
        <translation>生成发给各单位的填报表，或读回交回的填报表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="135" />
        <source>make: one xlsx per unit (or per project), targets locked, only the year-end cells open; read: reads back the returned workbooks, lists every value that will change (old → new), and refuses a whole workbook whose targets were changed; all are written or none.</source>
        <translation>make：每个单位（或每个项目）一份 xlsx，目标锁定，只开放年底填报的单元格；read：读回交回的填报表，列出每一处将改变的数值（原值 → 新值），目标被改动的整份退回；全部写入或全不写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="136" />
        <source>make fill-in workbooks</source>
        <translation>生成填报表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="137" />
        <source>output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="139" />
        <source>only this unit's</source>
        <translation>只生成这个单位的</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="140" />
        <source>only this project's</source>
        <translation>只生成这个项目的</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="141" />
        <source>read back fill-in workbooks and write them</source>
        <translation>读回填报表并写入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="142" />
        <source>the returned fill-in workbooks (.xlsx)</source>
        <translation>交回的填报表 .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="143" />
        <source>only list the values that will change; do not write</source>
        <translation>只列出将改变的数值，不写入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="144" />
        <source>The database has no projects.</source>
        <translation>数据库中没有项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="145" />
        <source>{path}: {unit}, {projects} projects, {indicators} indicators</source>
        <translation>{path}：{unit}，{projects} 个项目，{indicators} 条指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="146" />
        <source>{count} fill-in workbooks in all.</source>
        <translation>共 {count} 份填报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="147" />
        <source>Some fill-in workbooks were refused; no value was written.</source>
        <translation>有填报表被退回，未写入任何数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="148" />
        <source>{count} values will change (preview, nothing written).</source>
        <translation>共 {count} 处数值将改变（预览，未写入）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="149" />
        <source>Wrote {count} values ({books} fill-in workbooks).</source>
        <translation>已写入 {count} 处数值（{books} 份填报表）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="150" />
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="151" />
        <source>The self-evaluation report must be written as .docx: {path}</source>
        <translation>自评报告须输出为 .docx：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="152" />
        <source>{path} exists but is not a readable Word document ({detail}); not overwritten.</source>
        <translation>{path} 已存在但不是可读取的 Word 文档（{detail}），未覆盖。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="153" />
        <source>{path}: {computed} paragraphs made from the data, {kept} paragraphs of your own writing kept</source>
        <translation>{path}：{computed} 段由数据生成，保留原有 {kept} 段自行撰写的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="154" />
        <source>{file}: the stated figures agree with the data.</source>
        <translation>{file}：陈述的数字与数据一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="155" />
        <source>Performance self-evaluation charts</source>
        <translation>绩效自评图表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="156" />
        <source>Performance self-evaluation charts (year {year})</source>
        <translation>绩效自评图表（{year} 年度）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="160" />
        <source>Given filled project self-evaluation tables (Excel): recomputes every figure by the scoring scheme and lists each disagreement (project, item, figure in the table, recomputed figure, reason). Given a report figures file (JSON, or an xlsx with two columns "item | value", e.g. "表1/合计/预算控制率 | 98.90"): compares with the results recomputed from the database. Exit code: 0 all agree, 1 disagreements, 2 the file cannot be read.</source>
        <translation>给出填好的项目支出绩效自评表（Excel）时：按评分方案重算每个数字，列出每一处不一致（项目、复核项目、表中数、复核数、原因）。给出报告数字文件（JSON，或 xlsx 的“项目 | 数值”两列，如 “表1/合计/预算控制率 | 98.90”）时：与数据库中的数据重新计算的结果比较。退出码：0 全部一致，1 有不一致，2 文件无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="161" />
        <source>a self-evaluation table .xlsx, or a report figures file .json / .xlsx</source>
        <translation>自评表 .xlsx，或报告数字文件 .json / .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="162" />
        <source>output the self-evaluation tables' re-check as JSON</source>
        <translation>以 JSON 输出自评表的复核结果</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="163" />
        <source>scoring scheme (default: chosen by the self-evaluation table's year)</source>
        <translation>评分方案（默认：按自评表年度选用）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="164" />
        <source>write the re-check opinion as .pdf or .xlsx</source>
        <translation>把复核意见写成 .pdf 或 .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="165" />
        <source>Cannot write the re-check opinion {path}: {reason}</source>
        <translation>无法写入复核意见 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="166" />
        <source>{project} (scoring scheme: {scheme})</source>
        <translation>{project}（评分方案：{scheme}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="167" />
        <source>Cannot re-check: {error}</source>
        <translation>无法复核：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="168" />
        <source>{item}: table {printed}, re-checked {computed} ({kind}) — {note}</source>
        <translation>{item}：表中 {printed}，复核 {computed}（{kind}）—— {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="169" />
        <source>Cannot recompute (the target or actual is not a single number): {items}</source>
        <translation>无法重算（目标或实际不是单个数字）：{items}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="170" />
        <source>{projects} projects, {indicators} indicators, {count} disagreements</source>
        <translation>共 {projects} 个项目、{indicators} 条指标，{count} 处不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="171" />
        <source>Re-check opinion written to {path}</source>
        <translation>复核意见已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="172" />
        <source>The report figures file must be .json or .xlsx (two columns "item | value"): {path}</source>
        <translation>报告数字文件须为 .json 或 .xlsx（“项目 | 数值”两列）：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="173" />
        <source>{key}: report {published}, cannot re-check (data missing or names do not match)</source>
        <translation>{key}: 报告 {published}，无法复核（缺少数据或名称不符）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="174" />
        <source>{key}: report {published}, re-checked {computed}</source>
        <translation>{key}: 报告 {published}，复核 {computed}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="175" />
        <source>{figures} figures, {count} disagreements</source>
        <translation>共 {figures} 个数字，{count} 处不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="176" />
        <source>start the next year: copy projects, indicators, the department's targets and indicator system (no actuals or scores)</source>
        <translation>新建下一年度：复制项目、指标、部门整体目标与指标体系（不含实际值和得分）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="178" />
        <source>source year</source>
        <translation>源年度</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="179" />
        <source>new year (default: source year + 1)</source>
        <translation>新年度（默认：源年度 + 1）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="180" />
        <source>only list what would be copied; do not write</source>
        <translation>只列出将复制的内容，不写入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="181" />
        <source>Year {year} already has everything; no row copied.</source>
        <translation>{year} 年度已有全部内容，未复制任何行。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="182" />
        <source>(preview, nothing written)</source>
        <translation>（预览，未写入）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="183" />
        <source>Written.</source>
        <translation>已写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="6" />
        <source>before a replace-import</source>
        <translation>替换导入前</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="7" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="8" />
        <source>backup by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="9" />
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="10" />
        <source>The database file {path} is not found.</source>
        <translation>找不到数据库文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="11" />
        <source>The backup {path} failed its check after writing and was deleted; the database itself may be damaged (the details are in the log file).</source>
        <translation>备份 {path} 写入后校验未通过，已删除；数据库本身可能已损坏（详情见日志文件）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="12" />
        <source>The backup file {path} is not found.</source>
        <translation>找不到备份文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="13" />
        <source>{where} is not a valid database file or is damaged.</source>
        <translation>{where} 不是有效的数据库文件或已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="14" />
        <source>The backup {path} is damaged and cannot be restored from.</source>
        <translation>备份 {path} 已损坏，不能用来恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="15" />
        <source>{path} is not a backup of a 绩效自评 Desk database.</source>
        <translation>{path} 不是绩效自评 Desk 的数据库备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="17" />
        <source>keyring is not installed, the password cannot be remembered; enter it again next time you connect.</source>
        <translation>未安装 keyring，无法记住密码；下次连接时需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="18" />
        <source>The system keyring could not keep the password ({error}); enter it again next time you connect.</source>
        <translation>系统密钥环无法保存密码（{error}）；下次连接时需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="19" />
        <source>Level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="20" />
        <source>Level-2 indicator</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="21" />
        <source>Level-3 indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="22" />
        <source>Target for the whole period</source>
        <translation>实施周期指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="23" />
        <source>Annual target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="24" />
        <source>Comparison sign</source>
        <translation>比较符号</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="25" />
        <source>Target number</source>
        <translation>指标数值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="26" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="27" />
        <source>Qualitative</source>
        <translation>定性</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="29" />
        <source>Actual value</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="30" />
        <source>Qualitative tier</source>
        <translation>定性档次</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="31" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="32" />
        <source>Reason for the score</source>
        <translation>得分调整理由</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="33" />
        <source>Deviation reasons and improvements</source>
        <translation>偏差原因分析及改进措施</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="34" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="35" />
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="40" />
        <source>Performance goal</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="41" />
        <source>What was achieved</source>
        <translation>实际完成情况</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="45" />
        <source>Annual budget</source>
        <translation>年度预算</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="46" />
        <source>Spent to date</source>
        <translation>累计实际支出</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="47" />
        <source>Annual target value</source>
        <translation>年度目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="48" />
        <source>Annual achieved value</source>
        <translation>年度实现值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="49" />
        <source>Completion (entered)</source>
        <translation>指标完成率（手填）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="51" />
        <source>Basis of the score</source>
        <translation>评分依据</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="53" />
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="54" />
        <source>{who} ({machine})</source>
        <translation>{who}（{machine}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="55" />
        <source> at {at}</source>
        <translation>于 {at} </translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="56" />
        <source>{label} was changed by {by}{when} (rows added, deleted or moved); not moved.</source>
        <translation>{label}已被{by}{when}改动（增删或移动了行），未移动。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="57" />
        <source>{label} was restored or added again by {by}{when}; not restored again.</source>
        <translation>{label}已被{by}{when}恢复或重新添加，未再恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="58" />
        <source>nothing was changed</source>
        <translation>未作任何修改</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="59" />
        <source>your change was not saved</source>
        <translation>您的修改未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="60" />
        <source>The row of {label} was deleted by {by}{when}; {done}.</source>
        <translation>{label}所在的行已被{by}{when}删除，{done}。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="62" />
        <source>{label} was changed to “{theirs}” by {by}{when}; the row was not deleted.</source>
        <translation>{label}已被{by}{when}改为“{theirs}”，未删除该行。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="63" />
        <source>{label} was changed to “{theirs}” by {by}{when}; your “{mine}” was not saved.</source>
        <translation>{label}已被{by}{when}改为“{theirs}”，您的“{mine}”未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="64" />
        <source> {count} more cells have the same conflict.</source>
        <translation>另有 {count} 处同样的冲突。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="65" />
        <source>“{raw}” is not a number</source>
        <translation>“{raw}”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="66" />
        <source>“{raw}” is too large (more than {digits} integer digits), not a sensible value</source>
        <translation>“{raw}”过大（超过 {digits} 位整数），不是合理的数值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="67" />
        <source>“{raw}” has too many decimal places (at most {places})</source>
        <translation>“{raw}”的小数位数过多（最多 {places} 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="68" />
        <source>{start}… ({length} characters)</source>
        <translation>{start}…（共 {length} 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="69" />
        <source>its number “{number}” has more than {digits} digits, not a sensible value</source>
        <translation>其中的数字“{number}”超过 {digits} 位，不是合理的数值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="70" />
        <source>weight {value} should be between 0 and 100</source>
        <translation>分值 {value} 应在 0 到 100 之间</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="71" />
        <source>“{raw}” is not a comparison sign (one of {signs})</source>
        <translation>“{raw}”不是比较符号（应为 {signs} 之一）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="72" />
        <source>“{raw}” is not a qualitative tier (1 met / 2 partly met / 3 not met)</source>
        <translation>“{raw}”不是定性档次（应为 1 达成 / 2 部分达成 / 3 未达成）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="73" />
        <source>“{raw}” should be “yes” or “no”</source>
        <translation>“{raw}”应为“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="74" />
        <source>amount {value} cannot be negative</source>
        <translation>金额 {value} 不能为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="75" />
        <source>completion {value}% cannot be negative</source>
        <translation>完成率 {value}% 不能为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="76" />
        <source>“{field}” cannot be edited</source>
        <translation>“{field}”不可编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="77" />
        <source>{where}: {why}; nothing was changed.</source>
        <translation>{where}：{why}，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="78" />
        <source>The row of {label} has been deleted; nothing was changed.</source>
        <translation>{label}所在的行已被删除，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="79" />
        <source>The database is busy (another user is changing the same row); nothing was changed, please try again later.</source>
        <translation>数据库正忙（其他用户正在修改同一行），未作任何修改，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="80" />
        <source>{where}: duplicates existing data (e.g. the unit already has a project of that name this year); nothing was changed.</source>
        <translation>{where}：与已有的数据重复（如同一单位同一年度已有同名项目），未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="81" />
        <source>Splitting needs at least two target values; nothing was changed.</source>
        <translation>拆分至少需要两个指标值，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="82" />
        <source>The indicator has been deleted; nothing was changed.</source>
        <translation>该指标已被删除，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="83" />
        <source>The indicator to delete</source>
        <translation>要删除的指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="84" />
        <source>(restored)</source>
        <translation>（已恢复）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="85" />
        <source>The indicator to restore</source>
        <translation>要恢复的指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="86" />
        <source>The order of this project's indicators</source>
        <translation>本项目指标的顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="87" />
        <source>this action</source>
        <translation>该操作</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="88" />
        <source>(order changed)</source>
        <translation>（顺序已变）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="89" />
        <source>The indicator to split «Annual target»</source>
        <translation>要拆分的指标「年度指标值」</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="90" />
        <source>The indicators split off</source>
        <translation>拆分出的指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="91" />
        <source>The department indicator to delete</source>
        <translation>要删除的部门指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="92" />
        <source>The department indicator to restore</source>
        <translation>要恢复的部门指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="93" />
        <source>{name} cannot be read for now.</source>
        <translation>暂时无法读取 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="94" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="95" />
        <source>Budget unit</source>
        <translation>预算单位</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="96" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="97" />
        <source>Performance indicator</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="98" />
        <source>Budget execution</source>
        <translation>预算执行</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="99" />
        <source>Table 1 budget line</source>
        <translation>表1 预算行</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="100" />
        <source>Table 2 monthly spending</source>
        <translation>表2 月度支出</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="101" />
        <source>Table 4 department indicator</source>
        <translation>表4 部门指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="102" />
        <source>Table 3 evaluation item</source>
        <translation>表3 评价项</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="103" />
        <source>Edit log</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="104" />
        <source>Import source</source>
        <translation>导入来源</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="105" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="106" />
        <source>supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="107" />
        <source>source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="108" />
        <source>level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="109" />
        <source>level-2 indicator</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="110" />
        <source>level-1 indicator code</source>
        <translation>一级指标编码</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="111" />
        <source>level-2 indicator code</source>
        <translation>二级指标编码</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="112" />
        <source>comparison sign</source>
        <translation>比较符号</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="113" />
        <source>unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="114" />
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="115" />
        <source>scoring method</source>
        <translation>计分方法</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="116" />
        <source>fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="117" />
        <source>value {value} is too large (at most {digits} integer digits)</source>
        <translation>数值 {value} 过大（整数部分最多 {digits} 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="118" />
        <source>value {value} has too many decimal places (at most {places})</source>
        <translation>数值 {value} 的小数位过多（最多 {places} 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="119" />
        <source>the text has {length} characters, more than the limit of {limit}</source>
        <translation>内容有 {length} 个字，超过了上限 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="120" />
        <source>the text is longer than the limit of {limit} characters</source>
        <translation>内容超过了上限 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="121" />
        <source>{table} «{column}»</source>
        <translation>{table}的「{column}」</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="122" />
        <source>File {source}{place} project «{project}»</source>
        <translation>文件 {source}{place} 项目「{project}」</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="123" />
        <source>{where}: {cell}: {why}; nothing was imported.</source>
        <translation>{where}：{cell}：{why}，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="124" />
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="125" />
        <source>opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="126" />
        <source>edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="127" />
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="128" />
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="129" />
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="130" />
        <source>this {action} has been undone entirely and the database is as it was before the {action}</source>
        <translation>本次{action}已全部撤销，数据库保持{action}前的样子</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="131" />
        <source>The disk is full, the database {where} cannot be written; {undone}. Free some disk space and try again.</source>
        <translation>磁盘空间不足，无法写入数据库 {where}；{undone}。请腾出磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="132" />
        <source>The folder or file of the database {where} is read-only (or not writable for you), it cannot be written; {undone}. Put the database in a writable folder, or clear the file's read-only flag, and try again.</source>
        <translation>数据库 {where} 所在的文件夹或文件是只读的（或没有写入权限），无法写入；{undone}。请把数据库放到可以写入的文件夹，或去掉文件的只读属性后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="133" />
        <source>The database {where} is locked by another program (another window writing, or backup, sync or antivirus software holding it), it cannot be written; {undone}. Try again later.</source>
        <translation>数据库 {where} 正被另一个程序锁住（例如另一个窗口正在写入，或备份、同步、杀毒软件正在占用），无法写入；{undone}。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="134" />
        <source>A disk read or write failed, the database {where} cannot be written; {undone}. Check that the disk or USB drive is still connected.</source>
        <translation>读写磁盘时出错，无法写入数据库 {where}；{undone}。请检查磁盘或 U 盘是否仍然连接。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="135" />
        <source>The database {where} is damaged and cannot be written; {undone}. Restore it from a backup.</source>
        <translation>数据库 {where} 已损坏，无法写入；{undone}。请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="136" />
        <source>Writing the database {where} failed ({detail}); {undone}. The details are in the log.</source>
        <translation>写入数据库 {where} 时出错（{detail}）；{undone}。详细信息已记入日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="137" />
        <source>{where} is not a valid database file or is damaged; nothing was changed.</source>
        <translation>{where} 不是有效的数据库文件或已损坏，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="138" />
        <source>The database holds no project.</source>
        <translation>数据库中没有项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="139" />
        <source>{year} has no project.</source>
        <translation>{year} 年度没有项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="140" />
        <source>{year} has no project {project}.</source>
        <translation>{year} 年度没有项目{project}。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="141" />
        <source>The database holds no department.</source>
        <translation>数据库中没有部门。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="142" />
        <source>{year} has no department performance targets.</source>
        <translation>{year} 年度没有部门整体绩效目标。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="143" />
        <source>{year} has no budget adjustment and execution data (table 1).</source>
        <translation>{year} 年度没有预算调整及执行数据（表1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="144" />
        <source>{year} has no monthly execution progress data (table 2).</source>
        <translation>{year} 年度没有每月执行进度数据（表2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="145" />
        <source>{year} has no department self-evaluation data; the self-evaluation report cannot be made.</source>
        <translation>{year} 年度没有部门整体自评数据，无法生成自评报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="146" />
        <source>{year} has no project {what}; there is no fill-in workbook to make.</source>
        <translation>{year} 年度没有项目{what}，无可生成的填报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="147" />
        <source>The database {where} is already open in another running 绩效自评 Desk; close that window first.</source>
        <translation>数据库 {where} 已被另一个正在运行的绩效自评 Desk 打开，请先关闭那个窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="148" />
        <source>The database's folder does not exist: {folder} (check the path given to --db)</source>
        <translation>数据库所在的文件夹不存在：{folder}（请检查 --db 的路径）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="149" />
        <source>Cannot create the database's folder {folder}: {why}</source>
        <translation>无法创建数据库所在的文件夹 {folder}：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="150" />
        <source>Cannot open the database {where}: this computer lacks its driver (PostgreSQL needs pip install "perfdesk[postgres]" first) or the address is mistyped.</source>
        <translation>无法打开数据库 {where}：本机缺少它的驱动（PostgreSQL 需要先安装 pip install "perfdesk[postgres]"）或地址写法有误。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="151" />
        <source>Cannot connect to the shared database {where}: {why}</source>
        <translation>无法连接共享数据库 {where}：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="152" />
        <source>{where} is not a 绩效自评 Desk database (it already holds other tables); nothing was changed, to protect the data.</source>
        <translation>{where} 不是绩效自评 Desk 的数据库（其中已有其他数据表），为保护数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="153" />
        <source>The database {where} comes from a newer 绩效自评 Desk (version {revision}); upgrade this program before opening it.</source>
        <translation>数据库 {where} 来自更新版本的绩效自评 Desk（版本 {revision}），请升级本程序后再打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="154" />
        <source>Upgrading the database {where} found incomplete links between its data; the upgrade was undone and the database is unchanged.</source>
        <translation>升级数据库 {where} 时发现数据关联不完整，已撤销升级，数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="155" />
        <source>the file is in use by another program (such as Excel or a PDF reader); close it first</source>
        <translation>文件正被另一个程序使用（如 Excel 或 PDF 阅读器），请先关闭它</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="156" />
        <source>part of the file is locked by another program; close it first</source>
        <translation>文件的一部分被另一个程序锁定，请先关闭它</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="157" />
        <source>no permission (the file may be read-only, or the folder not writable)</source>
        <translation>没有权限（文件可能是只读的，或文件夹不允许写入）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="158" />
        <source>the disk is full</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="159" />
        <source>a folder in the path does not exist</source>
        <translation>路径中的文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="161" />
        <source>no permission (the file may be open in another program, read-only, or the folder not writable)</source>
        <translation>没有权限（文件可能正被其他程序打开、是只读的，或文件夹不允许写入）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="162" />
        <source>no permission</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="163" />
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="164" />
        <source>part of the path is not a folder</source>
        <translation>路径中有一段不是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="166" />
        <source>the file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="167" />
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="168" />
        <source>the file is in use</source>
        <translation>文件正被使用</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="169" />
        <source>the file name or path is too long</source>
        <translation>文件名或路径太长</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="170" />
        <source>the file name is not valid</source>
        <translation>文件名无效</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="171" />
        <source>a disk read or write failed</source>
        <translation>读写磁盘出错</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="172" />
        <source>system error (code {code})</source>
        <translation>系统错误（代码 {code}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="173" />
        <source>system error</source>
        <translation>系统错误</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="174" />
        <source>no department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="175" />
        <source>Copy from {from_year} to {to_year} ({department}):</source>
        <translation>从 {from_year} 年度复制到 {to_year} 年度（{department}）：</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="176" />
        <source>  {projects} projects of {units} units, {indicators} performance indicators (names, classes, targets, weights and the corrected signs, numbers, units)</source>
        <translation>  {units} 个单位的 {projects} 个项目，{indicators} 条绩效指标（名称、类别、指标值、分值及修正的符号、数值、单位）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="177" />
        <source>  Department performance targets (table 4): {count}</source>
        <translation>  部门整体绩效目标（表4）{count} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="178" />
        <source>  Department self-evaluation indicator system (table 3): {count} items (weights and methods, without scores and their basis)</source>
        <translation>  部门整体自评指标体系（表3）{count} 项（分值与计算方法，不含自评分和评分依据）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="179" />
        <source>  Already in {to_year}, not copied again: {projects} projects, {targets} table 4 targets, {items} table 3 items</source>
        <translation>  {to_year} 年度已有、不再复制：项目 {projects} 个，表4 目标 {targets} 条，表3 指标 {items} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="180" />
        <source>  Not copied: amounts, actual values, qualitative tiers, hand scores, deviation reasons, budget execution, monthly spending, table 1.</source>
        <translation>  不复制：金额、实际完成值、定性档次、手工得分、偏差原因、预算执行数、每月支出、表1。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="181" />
        <source>    {unit} / {name}: {count} indicators</source>
        <translation>    {unit} / {name}：{count} 条指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="182" />
        <source>Project self-evaluation</source>
        <translation>项目自评</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="183" />
        <source>Department self-evaluation</source>
        <translation>部门整体自评</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="184" />
        <source>{kind} scoring scheme: {scheme} (the same both years)</source>
        <translation>{kind}评分方案：{scheme}（两年相同）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="185" />
        <source>{kind} scoring scheme: {from_year} uses {old}, {to_year} will use {new} (see schemes/index.yaml)</source>
        <translation>{kind}评分方案：{from_year} 年度用 {old}，{to_year} 年度将用 {new}（见 schemes/index.yaml）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="186" />
        <source>The source and target years are the same ({year}); nothing to copy.</source>
        <translation>源年度与目标年度相同（{year}），无需复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="187" />
        <source>{year} has no projects and no department data; nothing to copy.</source>
        <translation>{year} 年度没有项目，也没有部门数据，无可复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="65" />
        <source>the goal was split over {cells} cells (a stray tab), which pushed the indicator list out of its column; joined again</source>
        <translation>绩效目标被多余的制表符分成 {cells} 格，把绩效指标挤出了本列；已重新合并</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="66" />
        <source>no performance indicator was read for project "{name}", while the other projects have theirs; please check this row in the file</source>
        <translation>项目“{name}”没有读到任何绩效指标，而其他项目都有；请核对文件中的这一行</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="153" />
        <source>this row speaks of the year's goal, but no column of the expected goal can be found in it; head that column 预期目标 (and the achieved one 实际完成情况)</source>
        <translation>此行写的是年度总体目标，但找不到“预期目标”列；请把该列表头写作“预期目标”（完成情况一列写作“实际完成情况”）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="154" />
        <source>{place}: {what} {value} {unit} has a part smaller than one fen; rounded to the fen: {rounded} {unit}</source>
        <translation>{place}：{what} {value} {unit}含不足一分的尾数，已四舍五入到分：{rounded} {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="155" />
        <source>; {place}: project "{name}" has the same name and budget unit as the form at {first}; imported as "{renamed}"</source>
        <translation>；{place}的项目“{name}”与{first}的自评表同名且属同一预算单位，已导入为“{renamed}”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="156" />
        <source>{label} of the fund row "{row}"</source>
        <translation>资金行“{row}”的{label}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="157" />
        <source>the execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="158" />
        <source>the grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="159" />
        <source>the indicator's direction</source>
        <translation>指标方向性</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="200" />
        <source>{file}: the row of month "{month}" in sheet "{sheet}" was deleted; the whole workbook is refused.</source>
        <translation>{file}：工作表“{sheet}”中月份“{month}”所在的行被删除，整份退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="105" />
        <source>Printed figure</source>
        <translation>表中印刷数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="118" />
        <source>total of all funds</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="119" />
        <source>fiscal appropriation</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="120" />
        <source>fiscal special-account appropriation</source>
        <translation>财政专户拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="126" />
        <source>score given by hand</source>
        <translation>手填得分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="127" />
        <source>corrected score</source>
        <translation>修正得分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="128" />
        <source>target value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="130" />
        <source>completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="131" />
        <source>annual budget</source>
        <translation>全年预算</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="132" />
        <source>spent to date</source>
        <translation>累计支出</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="133" />
        <source>stated total</source>
        <translation>表列总计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="134" />
        <source>stated fiscal appropriation</source>
        <translation>表列财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="135" />
        <source>stated fiscal special-account appropriation</source>
        <translation>表列财政专户拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="136" />
        <source>stated other funds</source>
        <translation>表列其他资金</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="137" />
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="138" />
        <source>amount unit</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="139" />
        <source>table layout</source>
        <translation>表格样式</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="140" />
        <source>direction</source>
        <translation>指标方向性</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="141" />
        <source>printed item</source>
        <translation>印刷项</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="142" />
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="143" />
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="144" />
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="145" />
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="146" />
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="147" />
        <source>computer name</source>
        <translation>计算机名</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="176" />
        <source>{count} values of the file were not compared (see the notes above).</source>
        <translation>文件中有 {count} 个数值未复核（见上方注意事项）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="177" />
        <source>the file is not in the .docx format</source>
        <translation>文件不是 .docx 格式</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="178" />
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="179" />
        <source>the text is not in UTF-8; save it as UTF-8 text, or give the .docx</source>
        <translation>文本不是 UTF-8 编码；请另存为 UTF-8 文本，或改用 .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="86" />
        <source>"{key}": "{value}" is not a number; this figure was not compared</source>
        <translation>“{key}”：“{value}”不是数字，未复核此数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="87" />
        <source>"{key}": {value} is not a figure a report prints (more than {digits} digits before the point or {places} after it); this figure was not compared</source>
        <translation>“{key}”：{value} 不是报告会印出的数字（整数部分超过 {digits} 位或小数超过 {places} 位），未复核此数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="88" />
        <source>row {row}: the number {value} has no item name beside it; it was not compared</source>
        <translation>第 {row} 行：数字 {value} 旁没有项目名称，未复核</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="89" />
        <source>"{key}" (row {row}) is a formula that was never calculated, so the file holds no value for it; it was not compared (open the file in Excel or WPS, save it and re-check)</source>
        <translation>“{key}”（第 {row} 行）是从未计算过的公式，文件中没有它的值，未复核（请用 Excel 或 WPS 打开并保存该文件后再复核）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="90" />
        <source>"{key}" is given twice with different values ({first} and {second}); keep only the one the report prints</source>
        <translation>“{key}”出现了两次且数值不同（{first} 和 {second}），请只保留报告中印出的那个</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="91" />
        <source>"{key}" is given twice with different values: {first} in row {row} and {second} in row {other_row}; keep only the one the report prints</source>
        <translation>“{key}”出现了两次且数值不同：第 {row} 行为 {first}，第 {other_row} 行为 {second}，请只保留报告中印出的那个</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="92" />
        <source>the figures are nested more than {levels} levels deep; a report's figures file is a flat or shallow list of "item: number" pairs</source>
        <translation>数字的嵌套超过 {levels} 层；报告数字文件应是平铺或层次很浅的“项目: 数值”列表</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="93" />
        <source>the JSON file holds no "item: number" pairs (it must be an object, such as {{"表3/合计": 97.79}})</source>
        <translation>JSON 文件中没有“项目: 数值”对（应为对象，例如 {{"表3/合计": 97.79}}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/importing.py" line="94" />
        <source>the first sheet has {rows} rows of content; a report's figures file has at most {limit}</source>
        <translation>第一个工作表有 {rows} 行内容；报告数字文件最多 {limit} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="17" />
        <source>The backup {path} could not be copied to be checked ({why}); nothing was restored and the database is unchanged.</source>
        <translation>无法复制备份 {path} 以进行检查（{why}），未恢复任何内容，数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="18" />
        <source>The backup {path} has the file {journal} beside it, holding its latest changes, but it cannot be read ({why}); nothing was restored and the database is unchanged.</source>
        <translation>备份 {path} 旁有保存其最新修改的文件 {journal}，但无法读取（{why}），未恢复任何内容，数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="19" />
        <source>The backup {path} does not say which version of 绩效自评 Desk made it (its version record is missing or damaged); nothing was restored and the database is unchanged.</source>
        <translation>备份 {path} 没有记明由哪个版本的绩效自评 Desk 建立（版本记录缺失或已损坏），未恢复任何内容，数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="20" />
        <source>The backup {path} names several versions of 绩效自评 Desk at once ({revisions}), so it is damaged; nothing was restored and the database is unchanged.</source>
        <translation>备份 {path} 同时记有多个绩效自评 Desk 版本（{revisions}），已损坏，未恢复任何内容，数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="21" />
        <source>The backup {path} comes from a newer 绩效自评 Desk (version {revision}), so nothing was restored and the database is unchanged; upgrade this program before restoring it.</source>
        <translation>备份 {path} 来自更新版本的绩效自评 Desk（版本 {revision}），未恢复任何内容，数据库保持不变；请升级本程序后再恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="22" />
        <source>The backup {path} holds damaged text (table {table}, column {column}, row {row}) and cannot be restored from; the database is unchanged.</source>
        <translation>备份 {path} 中有损坏的文字（表 {table}，列 {column}，行号 {row}），不能用来恢复，数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="23" />
        <source>The backup {path} (version {revision}) could not be brought up to this version of 绩效自评 Desk, its tables do not match its version; nothing was restored and the database is unchanged.</source>
        <translation>备份 {path}（版本 {revision}）的表与其版本不符，无法升级到本版绩效自评 Desk，未恢复任何内容，数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="24" />
        <source>The backup {path} does not have the tables this version of 绩效自评 Desk expects (table {table} is missing or different); nothing was restored and the database is unchanged.</source>
        <translation>备份 {path} 的表结构与本版绩效自评 Desk 所需不符（表 {table} 缺失或不同），未恢复任何内容，数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="25" />
        <source>The database {where} is still in use by another program, so the backup {path} was not restored; the database is unchanged, and its copy from before the restore is at {safety}.</source>
        <translation>数据库 {where} 仍被其他程序使用，未从备份 {path} 恢复；数据库保持不变，恢复前的副本在 {safety}。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="26" />
        <source>Replacing the database {where} with the backup {path} failed ({why}); the database is unchanged, and its copy from before the restore is at {safety}.</source>
        <translation>用备份 {path} 替换数据库 {where} 失败（{why}）；数据库保持不变，恢复前的副本在 {safety}。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="27" />
        <source>The database {where} names several versions of 绩效自评 Desk at once ({revisions}), so it is damaged and cannot be opened; restore it from a backup.</source>
        <translation>数据库 {where} 同时记有多个绩效自评 Desk 版本（{revisions}），已损坏，无法打开；请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="1" />
        <source>damaged database, kept as it was before a restore</source>
        <translation>恢复前原样保留的损坏数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="1" />
        <source>The database {where} was damaged and could not be backed up as usual; before the restore its files were kept unchanged as {safety}, from which a specialist may be able to recover recent work.</source>
        <translation>数据库 {where} 已损坏，无法按常规备份；恢复前已把它的文件原样保留为 {safety}，专业人员也许能从中找回最近的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="1" />
        <source>The database {where} is damaged and could not be backed up, and keeping its files unchanged in the backup folder also failed ({why}); nothing was restored and the database is unchanged.</source>
        <translation>数据库 {where} 已损坏，无法备份，把它的文件原样保留到备份文件夹也失败了（{why}）；没有恢复，数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/commands.py" line="1" />
        <source>{taken}, {why}  {path} (cannot be read)</source>
        <translation>{taken}，{why}  {path}（无法读取）</translation>
    </message>
</context>
</TS>