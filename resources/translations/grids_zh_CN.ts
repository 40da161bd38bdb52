<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllIndicatorsView</name>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="475" />
        <source>All level 1</source>
        <translation>全部一级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="479" />
        <source>Search project or indicator</source>
        <translation>搜索项目或指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="482" />
        <source>Qualitative only</source>
        <translation>仅定性指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="483" />
        <source>Target not met</source>
        <translation>未完成目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="484" />
        <source>Actual missing</source>
        <translation>缺实际完成值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="485" />
        <source>Reason for deviation missing</source>
        <translation>缺偏差原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="516" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="489" />
        <location filename="../../desktop/views/grids/indicators.py" line="555" />
        <source>%1 of %2</source>
        <translation>显示 %1 / 共 %2 条</translation>
    </message>
</context>
<context>
    <name>BudgetLinesGrid</name>
    <message>
        <source>Table 1: the department's budget and final accounts, in 10,000 yuan.</source>
        <translation type="vanished">表1：部门预算与决算（万元）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/budget_lines.py" line="93" />
        <source>Table 1: the department's budget and final accounts, in 10,000 yuan. Grey rows are totals, worked out from the lines they add up.</source>
        <translation>表1：部门预算与决算数（万元）。灰色行为合计，由其各项相加得出。</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <location filename="../../desktop/views/grids/budget_lines.py" line="29" />
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/budget_lines.py" line="30" />
        <source>Initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/budget_lines.py" line="31" />
        <source>Adjusted budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/budget_lines.py" line="33" />
        <source>Final accounts</source>
        <translation>决算数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/budget_lines.py" line="34" />
        <source>Adjustment rate</source>
        <translation>预算调整率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/budget_lines.py" line="35" />
        <source>Adjustment rate = (adjusted budget − initial budget) ÷ initial budget</source>
        <translation>预算调整率 =（全年预算数 − 年初预算数）÷ 年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/budget_lines.py" line="36" />
        <source>Control rate</source>
        <translation>预算控制率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/budget_lines.py" line="37" />
        <source>Control rate = final accounts ÷ adjusted budget</source>
        <translation>预算控制率 = 决算数 ÷ 全年预算数</translation>
    </message>
</context>
<context>
    <name>CheckModel</name>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="48" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="49" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="50" />
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="51" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="52" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="57" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="57" />
        <source>Check</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="57" />
        <source>To do</source>
        <translation>待填</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="109" />
        <source>Also list what is not recorded yet</source>
        <translation>同时列出尚未填报的项</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="113" />
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="137" />
        <source>Table 1</source>
        <translation>表1 预算调整及执行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="138" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="148" />
        <source>%1 problems, %2 of them errors</source>
        <translation>共 %1 个问题，其中错误 %2 个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/checks.py" line="153" />
        <source>The check failed; the details are in the log file.</source>
        <translation>检查未能完成，详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../../desktop/views/grids/legend.py" line="19" />
        <source>Cell colours:</source>
        <translation>单元格颜色：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/legend.py" line="22" />
        <source>error: must be fixed before filing (see Checks)</source>
        <translation>错误：报送前须改正（见“检查”）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/legend.py" line="23" />
        <source>to check: unusual, please confirm</source>
        <translation>提示：数值异常，请核对</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/legend.py" line="24" />
        <source>computed: read only</source>
        <translation>计算值：只读</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/legend.py" line="25" />
        <source>white: entered by you</source>
        <translation>白色：由您填写</translation>
    </message>
</context>
<context>
    <name>DepartmentEvalModel</name>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="78" />
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="79" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="80" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="81" />
        <source>Basis</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <source>Basis rate</source>
        <translation type="vanished">计算依据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="82" />
        <source>Evidence</source>
        <translation>评分依据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="157" />
        <source>Scoring failed; the details are in the log file.</source>
        <translation>得分计算未能完成，详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="181" />
        <location filename="../../desktop/views/grids/department.py" line="184" />
        <source>Sum of its items</source>
        <translation>下级指标得分之和</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="270" />
        <source>average %1 points</source>
        <translation>平均 %1 分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="272" />
        <source> (%1 not scored, left out)</source>
        <translation>（%1 个未评分，未计入）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="334" />
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>DepartmentEvalView</name>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="396" />
        <source>Scoring the year…</source>
        <translation>正在计算本年度得分…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="404" />
        <source>Department total %1 · grade %2 · %3 items still to check</source>
        <translation>部门整体得分 %1 · 等级 %2 · 待核对 %3 项</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="413" />
        <source>Cell history…</source>
        <translation>单元格修改记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department.py" line="419" />
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
</context>
<context>
    <name>DepartmentTargetsGrid</name>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="88" />
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="89" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="93" />
        <source>Table 4: the department's own performance targets and what was achieved.</source>
        <translation>表4：部门整体绩效目标及完成情况。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="126" />
        <source>Add target</source>
        <translation>新增目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="144" />
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
</context>
<context>
    <name>DepartmentTargetsModel</name>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="37" />
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="38" />
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="39" />
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="40" />
        <source>Annual target</source>
        <translation>年度目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="41" />
        <source>Achieved</source>
        <translation>年度实现值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="42" />
        <source>Completion</source>
        <translation>指标完成率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="43" />
        <source>Completion = achieved ÷ target (uncapped); target ÷ achieved when lower is better</source>
        <translation>指标完成率 = 年度实现值 ÷ 年度目标值（不封顶）；越低越好的指标为 年度目标值 ÷ 年度实现值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="44" />
        <source>Completion (entered)</source>
        <translation>完成率（手填）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/department_targets.py" line="45" />
        <source>For a target or result of several numbers or words: the completion you assess</source>
        <translation>目标或实现值含多个数值或为文字时，由您评定的完成率</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../desktop/views/grids/commands.py" line="63" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/commands.py" line="115" />
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/commands.py" line="115" />
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/commands.py" line="260" />
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/commands.py" line="260" />
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="207" />
        <source>The pasted block (%1 rows × %2 columns) does not fit below and right of the current cell; nothing was changed.</source>
        <translation>粘贴区域（%1 行 × %2 列）超出当前单元格右下方的表格范围，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="215" />
        <source>%1 is computed or read-only; nothing was changed.</source>
        <translation>%1 是计算值或只读，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="221" />
        <source>Paste %1 × %2</source>
        <translation>粘贴 %1 × %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="236" />
        <source>Clear %1 cells</source>
        <translation>清除 %1 个单元格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="244" />
        <source>Cell history…</source>
        <translation>单元格修改记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="248" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="249" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="258" />
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="55" />
        <source>This cell has not been edited.</source>
        <translation>该单元格尚无修改记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="57" />
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="58" />
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="58" />
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="57" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/table.py" line="57" />
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
</context>
<context>
    <name>IndicatorGrid</name>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="297" />
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="298" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="299" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="300" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="301" />
        <source>Split…</source>
        <translation>拆分…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="363" />
        <source>Add indicator</source>
        <translation>新增指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="388" />
        <source>Delete %1 indicators</source>
        <translation>删除 %1 个指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="409" />
        <source>Move indicator</source>
        <translation>移动指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="442" />
        <source>Split indicator</source>
        <translation>拆分指标</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="79" />
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="80" />
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="81" />
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="82" />
        <source>Period target</source>
        <translation>实施周期指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="83" />
        <source>Annual target</source>
        <translation>年度目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="84" />
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="99" />
        <source>Sign</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="100" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="101" />
        <source>Measure unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="102" />
        <source>Qualitative</source>
        <translation>定性</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="86" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="85" />
        <source>How the annual target was read: sign, value and unit (correct them in the last columns)</source>
        <translation>年度指标值的识别结果：比较符号、数值、单位（可在最后几列更正）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="87" />
        <source>Points; empty = an equal share of what its level 1 has left (grey)</source>
        <translation>分值；留空 = 平分所在一级指标的剩余分值（灰色显示）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="88" />
        <source>Actual</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="89" />
        <source>Completion</source>
        <translation>指标完成率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="89" />
        <source>Completion rate = actual ÷ target</source>
        <translation>指标完成率 = 实际完成值 ÷ 年度指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="90" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="90" />
        <source>Score, computed from the scheme's rules</source>
        <translation>得分，按评分方案计算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="91" />
        <source>Qualitative tier</source>
        <translation>定性档次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="92" />
        <source>Score set by hand</source>
        <translation>手工得分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="93" />
        <source>For a qualitative indicator: the points within its tier. Otherwise it replaces the computed score and needs a reason</source>
        <translation>定性指标：在所选档次内给出的分数；定量指标：替代计算得分，须写明理由</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="95" />
        <source>Reason for the hand score</source>
        <translation>手工得分理由</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="97" />
        <source>Reason for deviation and improvement</source>
        <translation>偏差原因分析及改进措施</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="105" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="105" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="189" />
        <source>%1 values</source>
        <translation>%1 个数值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="190" />
        <source>qualitative</source>
        <translation>定性</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="227" />
        <source>sign %1 · value %2 · unit %3 · %4</source>
        <translation>符号 %1 · 数值 %2 · 单位 %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="229" />
        <source>higher is better</source>
        <translation>越大越好</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="230" />
        <source>lower is better</source>
        <translation>越小越好</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="237" />
        <source>%1, row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="244" />
        <source>Total score %1</source>
        <translation>项目总分 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="246" />
        <source>grade %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="247" />
        <source>budget execution %1 (score %2)</source>
        <translation>预算执行率 %1（得分 %2）</translation>
    </message>
</context>
<context>
    <name>MonthlyGrid</name>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="82" />
        <source>Enter the cumulative spending reported at the end of each month, in 10,000 yuan.</source>
        <translation>填写每月末累计实际支出（万元）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="97" />
        <source>Average execution rate for the year: %1 (each month capped at 100%)</source>
        <translation>年度平均执行率：%1（每月最高按 100% 计）</translation>
    </message>
</context>
<context>
    <name>MonthlyModel</name>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="27" />
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="28" />
        <source>Annual budget</source>
        <translation>年度预算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="29" />
        <source>Spent to date</source>
        <translation>累计实际支出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="30" />
        <source>Spending progress</source>
        <translation>支出进度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="31" />
        <source>Spending progress = spent to date ÷ annual budget</source>
        <translation>支出进度 = 累计实际支出 ÷ 年度预算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="32" />
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="33" />
        <source>Execution rate = spending progress ÷ (months ÷ 12)</source>
        <translation>支出执行率 = 支出进度 ÷（月份 ÷ 12）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="59" />
        <source>Jan–%1</source>
        <translation>1-%1月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="59" />
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/monthly.py" line="66" />
        <source>month %1</source>
        <translation>%1 月</translation>
    </message>
</context>
<context>
    <name>ProjectGrid</name>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="148" />
        <source>Double-click the unit or a computed cell to open the project's indicators.</source>
        <translation>双击单位或计算列，打开该项目的绩效指标。</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="50" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="51" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="52" />
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="53" />
        <source>Fiscal</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="54" />
        <source>Special account</source>
        <translation>财政专户拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="55" />
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="56" />
        <source>Performance goal</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="44" />
        <location filename="../../desktop/views/grids/projects.py" line="59" />
        <source>Initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="41" />
        <source>of which current-year fiscal</source>
        <translation>其中：当年财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="42" />
        <source>of which carried over</source>
        <translation>其中：上年结转资金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="43" />
        <source>of which other funds</source>
        <translation>其中：其他资金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="45" />
        <location filename="../../desktop/views/grids/projects.py" line="60" />
        <source>Adjusted budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="46" />
        <location filename="../../desktop/views/grids/projects.py" line="61" />
        <source>Spent</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="57" />
        <source>Goal achieved</source>
        <translation>实际完成情况</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="58" />
        <source>Annual overall goal: what was actually achieved (printed on the self-evaluation form)</source>
        <translation>年度总体目标的实际完成情况（打印在自评表上）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="62" />
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="63" />
        <source>Budget execution rate = spent ÷ adjusted budget</source>
        <translation>预算执行率 = 全年执行数 ÷ 全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="64" />
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="65" />
        <source>Execution score plus the indicators' scores, by the year's scheme</source>
        <translation>预算执行率得分加各指标得分（按本年度评分方案）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="66" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/projects.py" line="131" />
        <source>project %1</source>
        <translation>项目%1</translation>
    </message>
    <message>
        <source>project “%1”</source>
        <translation type="vanished">项目“%1”</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../desktop/views/grids/base.py" line="103" />
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/base.py" line="198" />
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="257" />
        <source>Split indicator</source>
        <translation>拆分指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/grids/indicators.py" line="259" />
        <source>One annual target per line; each line becomes an indicator:</source>
        <translation>每行一个年度指标值，每行拆成一个指标：</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/views/workspace.py" line="53" />
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace.py" line="54" />
        <source>Indicators</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace.py" line="55" />
        <source>All indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace.py" line="56" />
        <source>Monthly spending</source>
        <translation>月度执行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace.py" line="57" />
        <source>Budget execution (table 1)</source>
        <translation>预算执行（表1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace.py" line="58" />
        <source>Department targets (table 4)</source>
        <translation>部门绩效目标（表4）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace.py" line="59" />
        <source>Department self-evaluation</source>
        <translation>部门整体自评</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace.py" line="60" />
        <source>Checks</source>
        <translation>检查</translation>
    </message>
</context>
</TS>