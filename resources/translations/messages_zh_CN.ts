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
        <source>the initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/checks.py" line="143" />
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
        <location filename="../../desktop/messages/checks.py" line="83" />
        <location filename="../../desktop/messages/store.py" line="28" />
        <source>Weight</source>
        <translation>分值</translation>
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
        <source>The backup {path} failed its check after writing ({verdict}) and was deleted.</source>
        <translation>备份 {path} 写入后校验未通过（{verdict}），已删除。</translation>
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
        <source>The backup {path} is damaged ({verdict}) and cannot be restored from.</source>
        <translation>备份 {path} 已损坏（{verdict}），不能用来恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="15" />
        <source>{path} is not a backup of a 绩效自评 Desk database.</source>
        <translation>{path} 不是绩效自评 Desk 的数据库备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="16" />
        <source>The restored database failed its check ({verdict}); the backup from before the restore is at {safety}.</source>
        <translation>恢复后的数据库校验未通过（{verdict}）；恢复前的备份在 {safety}。</translation>
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
        <location filename="../../desktop/messages/store.py" line="61" />
        <source>(empty)</source>
        <translation>（空）</translation>
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
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="66" />
        <source>“{raw}” is not a number</source>
        <translation>“{raw}”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="67" />
        <source>“{raw}” is too large (more than {digits} integer digits), not a sensible value</source>
        <translation>“{raw}”过大（超过 {digits} 位整数），不是合理的数值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="68" />
        <source>“{raw}” has too many decimal places (at most {places})</source>
        <translation>“{raw}”的小数位数过多（最多 {places} 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="69" />
        <source>{start}… ({length} characters)</source>
        <translation>{start}…（共 {length} 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="70" />
        <source>its number “{number}” has more than {digits} digits, not a sensible value</source>
        <translation>其中的数字“{number}”超过 {digits} 位，不是合理的数值</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="71" />
        <source>weight {value} should be between 0 and 100</source>
        <translation>分值 {value} 应在 0 到 100 之间</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="72" />
        <source>“{raw}” is not a comparison sign (one of {signs})</source>
        <translation>“{raw}”不是比较符号（应为 {signs} 之一）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="73" />
        <source>“{raw}” is not a qualitative tier (1 met / 2 partly met / 3 not met)</source>
        <translation>“{raw}”不是定性档次（应为 1 达成 / 2 部分达成 / 3 未达成）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="74" />
        <source>“{raw}” should be “yes” or “no”</source>
        <translation>“{raw}”应为“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="75" />
        <source>amount {value} cannot be negative</source>
        <translation>金额 {value} 不能为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="76" />
        <source>completion {value}% cannot be negative</source>
        <translation>完成率 {value}% 不能为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="77" />
        <source>“{field}” cannot be edited</source>
        <translation>“{field}”不可编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="78" />
        <source>{where}: {why}; nothing was changed.</source>
        <translation>{where}：{why}，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="79" />
        <source>The row of {label} has been deleted; nothing was changed.</source>
        <translation>{label}所在的行已被删除，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="80" />
        <source>The database is busy (another user is changing the same row); nothing was changed, please try again later.</source>
        <translation>数据库正忙（其他用户正在修改同一行），未作任何修改，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="81" />
        <source>{where}: duplicates existing data (e.g. the unit already has a project of that name this year); nothing was changed.</source>
        <translation>{where}：与已有的数据重复（如同一单位同一年度已有同名项目），未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="82" />
        <source>Splitting needs at least two target values; nothing was changed.</source>
        <translation>拆分至少需要两个指标值，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="83" />
        <source>The indicator has been deleted; nothing was changed.</source>
        <translation>该指标已被删除，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="84" />
        <source>The indicator to delete</source>
        <translation>要删除的指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="85" />
        <source>(restored)</source>
        <translation>（已恢复）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="86" />
        <source>The indicator to restore</source>
        <translation>要恢复的指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="87" />
        <source>The order of this project's indicators</source>
        <translation>本项目指标的顺序</translation>
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
        <source>{table} «{column}»</source>
        <translation>{table}的「{column}」</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="121" />
        <source>File {source}{place} project «{project}»</source>
        <translation>文件 {source}{place} 项目「{project}」</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="122" />
        <source>{where}: {cell}: {why}; nothing was imported.</source>
        <translation>{where}：{cell}：{why}，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="123" />
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="124" />
        <source>opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="125" />
        <source>edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="126" />
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="127" />
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="128" />
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="129" />
        <source>this {action} has been undone entirely and the database is as it was before the {action}</source>
        <translation>本次{action}已全部撤销，数据库保持{action}前的样子</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="130" />
        <source>The disk is full, the database {where} cannot be written; {undone}. Free some disk space and try again.</source>
        <translation>磁盘空间不足，无法写入数据库 {where}；{undone}。请腾出磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="131" />
        <source>The folder or file of the database {where} is read-only (or not writable for you), it cannot be written; {undone}. Put the database in a writable folder, or clear the file's read-only flag, and try again.</source>
        <translation>数据库 {where} 所在的文件夹或文件是只读的（或没有写入权限），无法写入；{undone}。请把数据库放到可以写入的文件夹，或去掉文件的只读属性后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="132" />
        <source>The database {where} is locked by another program (another window writing, or backup, sync or antivirus software holding it), it cannot be written; {undone}. Try again later.</source>
        <translation>数据库 {where} 正被另一个程序锁住（例如另一个窗口正在写入，或备份、同步、杀毒软件正在占用），无法写入；{undone}。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="133" />
        <source>A disk read or write failed, the database {where} cannot be written; {undone}. Check that the disk or USB drive is still connected.</source>
        <translation>读写磁盘时出错，无法写入数据库 {where}；{undone}。请检查磁盘或 U 盘是否仍然连接。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="134" />
        <source>The database {where} is damaged and cannot be written; {undone}. Restore it from a backup.</source>
        <translation>数据库 {where} 已损坏，无法写入；{undone}。请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="135" />
        <source>Writing the database {where} failed ({detail}); {undone}. The details are in the log.</source>
        <translation>写入数据库 {where} 时出错（{detail}）；{undone}。详细信息已记入日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="136" />
        <source>{where} is not a valid database file or is damaged; nothing was changed.</source>
        <translation>{where} 不是有效的数据库文件或已损坏，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="137" />
        <source>The database holds no project.</source>
        <translation>数据库中没有项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="138" />
        <source>{year} has no project.</source>
        <translation>{year} 年度没有项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="139" />
        <source>{year} has no project {project}.</source>
        <translation>{year} 年度没有项目{project}。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="140" />
        <source>The database holds no department.</source>
        <translation>数据库中没有部门。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="141" />
        <source>{year} has no department performance targets.</source>
        <translation>{year} 年度没有部门整体绩效目标。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="142" />
        <source>{year} has no budget adjustment and execution data (table 1).</source>
        <translation>{year} 年度没有预算调整及执行数据（表1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="143" />
        <source>{year} has no monthly execution progress data (table 2).</source>
        <translation>{year} 年度没有每月执行进度数据（表2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="144" />
        <source>{year} has no department self-evaluation data; the self-evaluation report cannot be made.</source>
        <translation>{year} 年度没有部门整体自评数据，无法生成自评报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="145" />
        <source>{year} has no project {what}; there is no fill-in workbook to make.</source>
        <translation>{year} 年度没有项目{what}，无可生成的填报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="146" />
        <source>The database {where} is already open in another running 绩效自评 Desk; close that window first.</source>
        <translation>数据库 {where} 已被另一个正在运行的绩效自评 Desk 打开，请先关闭那个窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="147" />
        <source>The database's folder does not exist: {folder} (check the path given to --db)</source>
        <translation>数据库所在的文件夹不存在：{folder}（请检查 --db 的路径）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="148" />
        <source>Cannot create the database's folder {folder}: {why}</source>
        <translation>无法创建数据库所在的文件夹 {folder}：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="149" />
        <source>Cannot open the database {where}: this computer lacks its driver (PostgreSQL needs pip install "perfdesk[postgres]" first) or the address is mistyped.</source>
        <translation>无法打开数据库 {where}：本机缺少它的驱动（PostgreSQL 需要先安装 pip install "perfdesk[postgres]"）或地址写法有误。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="150" />
        <source>Cannot connect to the shared database {where}: {why}</source>
        <translation>无法连接共享数据库 {where}：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="151" />
        <source>{where} is not a 绩效自评 Desk database (it already holds other tables); nothing was changed, to protect the data.</source>
        <translation>{where} 不是绩效自评 Desk 的数据库（其中已有其他数据表），为保护数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="152" />
        <source>The database {where} comes from a newer 绩效自评 Desk (version {revision}); upgrade this program before opening it.</source>
        <translation>数据库 {where} 来自更新版本的绩效自评 Desk（版本 {revision}），请升级本程序后再打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="153" />
        <source>Upgrading the database {where} found incomplete links between its data; the upgrade was undone and the database is unchanged.</source>
        <translation>升级数据库 {where} 时发现数据关联不完整，已撤销升级，数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="154" />
        <source>the file is in use by another program (such as Excel or a PDF reader); close it first</source>
        <translation>文件正被另一个程序使用（如 Excel 或 PDF 阅读器），请先关闭它</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="155" />
        <source>part of the file is locked by another program; close it first</source>
        <translation>文件的一部分被另一个程序锁定，请先关闭它</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="156" />
        <source>no permission (the file may be read-only, or the folder not writable)</source>
        <translation>没有权限（文件可能是只读的，或文件夹不允许写入）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="157" />
        <source>the disk is full</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="158" />
        <source>a folder in the path does not exist</source>
        <translation>路径中的文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="159" />
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="160" />
        <source>no permission (the file may be open in another program, read-only, or the folder not writable)</source>
        <translation>没有权限（文件可能正被其他程序打开、是只读的，或文件夹不允许写入）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="161" />
        <source>no permission</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="162" />
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="163" />
        <source>part of the path is not a folder</source>
        <translation>路径中有一段不是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="164" />
        <source>this is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="165" />
        <source>the file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="166" />
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="167" />
        <source>the file is in use</source>
        <translation>文件正被使用</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="168" />
        <source>the file name or path is too long</source>
        <translation>文件名或路径太长</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="169" />
        <source>the file name is not valid</source>
        <translation>文件名无效</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="170" />
        <source>a disk read or write failed</source>
        <translation>读写磁盘出错</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="171" />
        <source>system error (code {code})</source>
        <translation>系统错误（代码 {code}）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="172" />
        <source>system error</source>
        <translation>系统错误</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="173" />
        <source>no department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="174" />
        <source>Copy from {from_year} to {to_year} ({department}):</source>
        <translation>从 {from_year} 年度复制到 {to_year} 年度（{department}）：</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="175" />
        <source>  {projects} projects of {units} units, {indicators} performance indicators (names, classes, targets, weights and the corrected signs, numbers, units)</source>
        <translation>  {units} 个单位的 {projects} 个项目，{indicators} 条绩效指标（名称、类别、指标值、分值及修正的符号、数值、单位）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="176" />
        <source>  Department performance targets (table 4): {count}</source>
        <translation>  部门整体绩效目标（表4）{count} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="177" />
        <source>  Department self-evaluation indicator system (table 3): {count} items (weights and methods, without scores and their basis)</source>
        <translation>  部门整体自评指标体系（表3）{count} 项（分值与计算方法，不含自评分和评分依据）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="178" />
        <source>  Already in {to_year}, not copied again: {projects} projects, {targets} table 4 targets, {items} table 3 items</source>
        <translation>  {to_year} 年度已有、不再复制：项目 {projects} 个，表4 目标 {targets} 条，表3 指标 {items} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="179" />
        <source>  Not copied: amounts, actual values, qualitative tiers, hand scores, deviation reasons, budget execution, monthly spending, table 1.</source>
        <translation>  不复制：金额、实际完成值、定性档次、手工得分、偏差原因、预算执行数、每月支出、表1。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="180" />
        <source>    {unit} / {name}: {count} indicators</source>
        <translation>    {unit} / {name}：{count} 条指标</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="181" />
        <source>Project self-evaluation</source>
        <translation>项目自评</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="182" />
        <source>Department self-evaluation</source>
        <translation>部门整体自评</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="183" />
        <source>{kind} scoring scheme: {scheme} (the same both years)</source>
        <translation>{kind}评分方案：{scheme}（两年相同）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="184" />
        <source>{kind} scoring scheme: {from_year} uses {old}, {to_year} will use {new} (see schemes/index.yaml)</source>
        <translation>{kind}评分方案：{from_year} 年度用 {old}，{to_year} 年度将用 {new}（见 schemes/index.yaml）</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="185" />
        <source>The source and target years are the same ({year}); nothing to copy.</source>
        <translation>源年度与目标年度相同（{year}），无需复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/store.py" line="186" />
        <source>{year} has no projects and no department data; nothing to copy.</source>
        <translation>{year} 年度没有项目，也没有部门数据，无可复制。</translation>
    </message>
</context>
</TS>