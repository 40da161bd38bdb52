<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>messages</name>
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
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="25" />
        <source>Fiscal appropriation</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="26" />
        <source>Fiscal special account</source>
        <translation>财政专户拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="27" />
        <location filename="../../desktop/messages/checks.py" line="35" />
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="28" />
        <source>Initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="29" />
        <source>Full-year budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="30" />
        <source>Full-year spending</source>
        <translation>全年执行数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="31" />
        <source>Final accounts</source>
        <translation>决算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="32" />
        <source>of which: {row} {column}</source>
        <translation>其中：{row} {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="33" />
        <source>This year's fiscal appropriation</source>
        <translation>当年财政拨款</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="34" />
        <source>Carry-over from last year</source>
        <translation>上年结转资金</translation>
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
        <source>Level-1 indicator “{level1}” is not in the scoring scheme; its weight {weight} is not counted in any level total</source>
        <translation>一级指标“{level1}”不在评分方案中，分值 {weight} 未计入级别合计</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="53" />
        <source>{level} has no performance indicator; its {points} points go nowhere</source>
        <translation>{level}下没有任何绩效指标，该级的 {points} 分无处分配</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="54" />
        <source>{level}: the weights set add up to {set}, more than the level's {total}; the other indicators get weight 0</source>
        <translation>{level}已设分值合计 {set} 超过级别分值 {total}，其余指标得 0 分值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="55" />
        <source>{level}: the weights add up to {set}, not the level's {total}</source>
        <translation>{level}分值合计 {set}，与级别分值 {total} 不符</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="56" />
        <source>{name}: band “{band}” is not in the scheme</source>
        <translation>{name}: 档次“{band}”不在方案中</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="57" />
        <source>{name}: qualitative indicator has no band and score yet</source>
        <translation>{name}: 定性指标尚未选择档次并评分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="58" />
        <source>{name}: score {score} is not inside band “{band}” [{low}, {high}{bracket}</source>
        <translation>{name}: 得分 {score} 不在“{band}”档 [{low}, {high}{bracket} 内</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="59" />
        <source>{name}: a score given by hand needs its reason</source>
        <translation>{name}: 手工改分须写明理由</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="60" />
        <source>{name}: hand score {score} is outside [0, {weight}]</source>
        <translation>{name}: 手工得分 {score} 超出 [0, {weight}]</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="61" />
        <source>{name}: the actual value is missing or has no number</source>
        <translation>{name}: 实际完成值缺失或读不出数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="62" />
        <source>{name}: target unit {target_unit} and actual unit {actual_unit} cannot be compared</source>
        <translation>{name}: 目标单位 {target_unit} 与实际单位 {actual_unit} 不可比</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="63" />
        <source>{name}: target unit {target_unit} and actual unit {actual_unit} differ; compared as numbers</source>
        <translation>{name}: 目标单位 {target_unit} 与实际单位 {actual_unit} 不同，按数值比较</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="64" />
        <source>{name}: {why}; the deviation reason must be filled in</source>
        <translation>{name}: {why}，须填写偏差原因</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="65" />
        <source>completion {rate}% is above {threshold}%</source>
        <translation>完成率 {rate}% 超过 {threshold}%</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="66" />
        <source>the annual target is not met</source>
        <translation>未完成年度指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="67" />
        <source>Budget execution and the level weights add up to {total}, not 100</source>
        <translation>预算执行率与各级分值合计 {total}，应为 100</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="68" />
        <source>{which} or the year's spending is missing; budget execution scores 0</source>
        <translation>缺少{which}或全年执行数，预算执行率记 0 分</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="69" />
        <source>the initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="70" />
        <source>the full-year budget</source>
        <translation>全年预算数</translation>
    </message>
</context>
</TS>