<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/messages/checks.py" line="6" />
        <source>The annual target is missing</source>
        <translation>缺少年度指标值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="7" />
        <source>The annual target holds several numbers: split it into several indicators, or mark it qualitative</source>
        <translation>年度指标值含多个数值：请拆分为多个指标，或标为定性</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="8" />
        <source>The annual target was not read as a number: write the comparison sign, number and unit, or mark it qualitative</source>
        <translation>年度指标值未能识别为数值：请填写比较符号、数值和单位，或标为定性</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="9" />
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="10" />
        <source>Fiscal appropriation</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="11" />
        <source>Fiscal special account</source>
        <translation>财政专户拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="12" />
        <location filename="../../desktop/messages/checks.py" line="20" />
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="13" />
        <source>Initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="14" />
        <source>Full-year budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="15" />
        <source>Full-year spending</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="16" />
        <source>Final accounts</source>
        <translation>决算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="17" />
        <source>of which: {row} {column}</source>
        <translation>其中：{row} {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="18" />
        <source>This year's fiscal appropriation</source>
        <translation>当年财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="19" />
        <source>Carry-over from last year</source>
        <translation>上年结转资金</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="21" />
        <source>{field} {value} is negative</source>
        <translation>{field} {value} 为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="22" />
        <source>Total {total} ≠ fiscal appropriation + fiscal special account + other funds = {sum}</source>
        <translation>总计 {total} ≠ 财政拨款 + 财政专户拨款 + 其他资金 = {sum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="23" />
        <source>The year's total funds: {column} is blank; its parts add up to {sum}</source>
        <translation>年度资金总额的{column}未填，其中各项之和为 {sum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="24" />
        <source>The year's total funds: {column} {stated} ≠ this year's fiscal appropriation + carry-over from last year + other funds = {sum}</source>
        <translation>年度资金总额的{column} {stated} ≠ 当年财政拨款 + 上年结转资金 + 其他资金 = {sum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="25" />
        <source>Full-year spending is more than the full-year budget</source>
        <translation>全年执行数大于全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="26" />
        <source>partly met the annual target</source>
        <translation>部分达成年度指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="27" />
        <source>did not meet the annual target</source>
        <translation>未达成年度指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="28" />
        <source>{name}: qualitative indicator rated “{tier}”; the deviation reason must be filled in</source>
        <translation>{name}: 定性指标评为“{tier}”，须填写偏差原因</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="29" />
        <source>Weight × the mean completion of the department's {level} (each at most 100%, Table 4)</source>
        <translation>分值 × 部门整体{level}完成率的平均（每项最高 100%，表4）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="30" />
        <source>Weight × the year's average execution rate (Table 2: mean of the monthly execution rates, each at most 100%)</source>
        <translation>分值 × 年度平均执行率（表2：各月支出执行率的平均，每月最高 100%）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="31" />
        <source>Weight × the mean self-evaluation total of the special projects ÷ {full_at_or_above} (at most 100%)</source>
        <translation>分值 × 专项项目自评总分的平均 ÷ {full_at_or_above}（最高 100%）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="32" />
        <source>Weight × min(Σ full-year spending ÷ Σ full-year budget ÷ {full_at_or_above}, 1) (special projects)</source>
        <translation>分值 × min(Σ全年执行数 ÷ Σ全年预算数 ÷ {full_at_or_above}, 1)（专项项目）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="33" />
        <source>Rate ≤ {full_at_or_below} scores full, ≥ {zero_at_or_above} scores 0, linear between</source>
        <translation>比率 ≤ {full_at_or_below} 得满分，≥ {zero_at_or_above} 得 0 分，其间线性</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="34" />
        <source>Scored by the officer within [0, weight], with the basis stated</source>
        <translation>由填报人在 [0, 分值] 内评分，并注明评分依据</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="35" />
        <source>Computed by the scheme's method {method}</source>
        <translation>按方案方法 {method} 计算</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="36" />
        <source>Table 1 “{line}”: {column} is entered as {stated}, its parts add up to {sum}: the sum of the parts is used</source>
        <translation>表1“{line}”的{column}填的是 {stated}，各项之和为 {sum}：以各项之和为准</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="37" />
        <source>Level-1 indicator “{level1}” is not in the scoring scheme; its weight {weight} is not counted in any level total</source>
        <translation>一级指标“{level1}”不在评分方案中，分值 {weight} 未计入级别合计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="38" />
        <source>{level} has no performance indicator; its {points} points go nowhere</source>
        <translation>{level}下没有任何绩效指标，该级的 {points} 分无处分配</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="39" />
        <source>{level}: the weights set add up to {set}, more than the level's {total}; the other indicators get weight 0</source>
        <translation>{level}已设分值合计 {set} 超过级别分值 {total}，其余指标得 0 分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="40" />
        <source>{level}: the weights add up to {set}, not the level's {total}</source>
        <translation>{level}分值合计 {set}，与级别分值 {total} 不符</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="41" />
        <source>{name}: band “{band}” is not in the scheme</source>
        <translation>{name}: 档次“{band}”不在方案中</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="42" />
        <source>{name}: qualitative indicator has no band and score yet</source>
        <translation>{name}: 定性指标尚未选择档次并评分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="43" />
        <source>{name}: score {score} is not inside band “{band}” [{low}, {high}{bracket}</source>
        <translation>{name}: 得分 {score} 不在“{band}”档 [{low}, {high}{bracket} 内</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="44" />
        <source>{name}: a score given by hand needs its reason</source>
        <translation>{name}: 手工改分须写明理由</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="45" />
        <source>{name}: hand score {score} is outside [0, {weight}]</source>
        <translation>{name}: 手工得分 {score} 超出 [0, {weight}]</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="46" />
        <source>{name}: the actual value is missing or has no number</source>
        <translation>{name}: 实际完成值缺失或读不出数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="47" />
        <source>{name}: target unit {target_unit} and actual unit {actual_unit} cannot be compared</source>
        <translation>{name}: 目标单位 {target_unit} 与实际单位 {actual_unit} 不可比</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="48" />
        <source>{name}: target unit {target_unit} and actual unit {actual_unit} differ; compared as numbers</source>
        <translation>{name}: 目标单位 {target_unit} 与实际单位 {actual_unit} 不同，按数值比较</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="49" />
        <source>{name}: {why}; the deviation reason must be filled in</source>
        <translation>{name}: {why}，须填写偏差原因</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="50" />
        <source>completion {rate}% is above {threshold}%</source>
        <translation>完成率 {rate}% 超过 {threshold}%</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="51" />
        <source>the annual target is not met</source>
        <translation>未完成年度指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="52" />
        <source>Budget execution and the level weights add up to {total}, not 100</source>
        <translation>预算执行率与各级分值合计 {total}，应为 100</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="53" />
        <source>{which} or the year's spending is missing; budget execution scores 0</source>
        <translation>缺少{which}或全年执行数，预算执行率记 0 分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="54" />
        <source>the initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="55" />
        <source>the full-year budget</source>
        <translation>全年预算数</translation>
    </message>
</context>
</TS>