<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Fazhi</name>
    <message>
        <source>Outline:</source>
        <translation>提纲：</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>审查清单：</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>指标：</translation>
    </message>
</context>
<context>
    <name>Fazhi::AboutDialog</name>
    <message>
        <source>About Fazhi Review</source>
        <translation>关于法治报告审阅台</translation>
    </message>
    <message>
        <source>Fazhi Review</source>
        <translation>法治报告审阅台</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>A workstation for reviewing annual rule-of-law government reports: read them side by side, tag achievements, problems, causes, leadership duty and plans, check each report against the statutory outline, and compare districts.</source>
        <translation>审阅年度法治政府建设情况报告的工作台：并排阅读，标注成效、问题、原因、第一责任人职责和工作计划，按法定提纲逐项核查每份报告，并对各地区进行比较。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>正在使用的程序库：</translation>
    </message>
</context>
<context>
    <name>Fazhi::AdministrativeLevel</name>
    <message>
        <source>Province</source>
        <comment>administrative level</comment>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <comment>administrative level</comment>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <comment>administrative level</comment>
        <translation>区</translation>
    </message>
    <message>
        <source>County</source>
        <comment>administrative level</comment>
        <translation>县</translation>
    </message>
    <message>
        <source>Town</source>
        <comment>administrative level</comment>
        <translation>镇</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <comment>administrative level</comment>
        <translation>街道</translation>
    </message>
    <message>
        <source>Department</source>
        <comment>administrative level</comment>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>Fazhi::AnnotateCommand</name>
    <message>
        <source>Tag a passage of a report, with an optional comment</source>
        <translation>为报告中的一段文字加标签，可附备注</translation>
    </message>
    <message>
        <source>The report&apos;s id (see fazhi-cli list).</source>
        <translation>报告 ID（见 fazhi-cli list）。</translation>
    </message>
    <message>
        <source>Where the passage starts (UTF-16 offset in the report&apos;s text).</source>
        <translation>文段起始位置（报告文本中的 UTF-16 偏移量）。</translation>
    </message>
    <message>
        <source>Where the passage ends (exclusive).</source>
        <translation>文段结束位置（不含该位置）。</translation>
    </message>
    <message>
        <source>The tag, by name (问题) or by outline category (problems).</source>
        <translation>标签，可按名称（问题）或提纲类别（problems）指定。</translation>
    </message>
    <message>
        <source>A comment on the passage.</source>
        <translation>对该文段的备注。</translation>
    </message>
    <message>
        <source>fazhi-cli annotate: --%1 is required.</source>
        <translation>fazhi-cli annotate：必须提供 --%1。</translation>
    </message>
    <message>
        <source>fazhi-cli annotate: there is no tag %1.</source>
        <translation>fazhi-cli annotate：不存在标签 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::AnnotatedPdfExporter</name>
    <message>
        <source>Review copy with the reviewers&apos; marks and comments</source>
        <translation>审阅稿（附审阅标注和批注）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year reported on</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>报告单位</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>审阅结论</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>审查清单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>审查项</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动判断</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>最终结论</translation>
    </message>
    <message>
        <source>Why / reviewer&apos;s note</source>
        <translation>说明／审阅意见</translation>
    </message>
    <message>
        <source>Overruled by %1: %2</source>
        <translation>%1 改判：%2</translation>
    </message>
    <message>
        <source>Tag colours:</source>
        <translation>标签颜色：</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>(in full at the end)</source>
        <translation>（全文见文末）</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>（已解决）</translation>
    </message>
    <message>
        <source>Comments in full</source>
        <translation>批注全文</translation>
    </message>
    <message>
        <source>Annotations whose text is no longer in the report</source>
        <translation>原文已不在报告中的标注</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The export was cancelled after %n report(s).</source>
        <translation>
            <numerusform>已导出 %n 份报告后取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report %1: %2</source>
        <translation>报告 %1：%2</translation>
    </message>
</context>
<context>
    <name>Fazhi::AnnotationsPanel</name>
    <message>
        <source>&amp;Edit Comment…</source>
        <translation>编辑意见(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>标为已解决(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Show the annotations with this tag</source>
        <translation>显示带有此标签的批注</translation>
    </message>
    <message>
        <source>Show open or resolved annotations</source>
        <translation>显示待处理或已解决的批注</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Open a report to see its annotations.</source>
        <translation>打开一份报告以查看其批注。</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>Text no longer found</source>
        <translation>原文已找不到</translation>
    </message>
    <message>
        <source>The text of this annotation is no longer found in the current version of the report.</source>
        <translation>在当前版本的报告中已找不到此批注对应的文本。</translation>
    </message>
    <message>
        <source>No annotations yet. Select text in the reader and press a tag&apos;s number (1–8).</source>
        <translation>尚无批注。在阅读器中选中文本，然后按标签编号（1–8）。</translation>
    </message>
    <message>
        <source>No annotation matches the filter.</source>
        <translation>没有符合筛选条件的批注。</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;Tag</source>
        <translation>更改标签(&amp;T)</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>编辑意见</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>对“%1”的意见：</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>Fazhi::BatchImporter</name>
    <message>
        <source>%1: does not look like a rule-of-law government report (%2)</source>
        <extracomment>%2 lists what is missing, e.g. &quot;no year reported, only 11 characters&quot;</extracomment>
        <translation>%1：看起来不像法治政府建设情况报告（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: a copy of report %2 (%3), not imported again</source>
        <translation>%1：是报告 %2（%3）的副本，不再重复导入</translation>
    </message>
    <message>
        <source>%1: another version of report %2 (%3)</source>
        <translation>%1：是报告 %2（%3）的另一版本</translation>
    </message>
    <message>
        <source>%1: there was not enough memory to read it; it was not imported</source>
        <translation>%1：内存不足，无法读取，未导入</translation>
    </message>
    <message>
        <source>%1: reading it failed unexpectedly; it was not imported</source>
        <translation>%1：读取时发生意外错误，未导入</translation>
    </message>
    <message>
        <source>%1: no report files found (%2) in this folder or below it</source>
        <translation>%1：此文件夹及其子文件夹中未找到报告文件（%2）</translation>
    </message>
    <message>
        <source>%1; the import stopped here</source>
        <translation>%1；导入在此停止</translation>
    </message>
    <message numerus="yes">
        <source>the disk holding %1 is full (%2 MB free); the %n file(s) not yet imported need about %3 MB. The import stopped here: free some space and import them again.</source>
        <translation>
            <numerusform>%1 所在磁盘已满（剩余 %2 MB）；尚未导入的 %n 个文件约需 %3 MB。导入在此停止：请腾出空间后重新导入这些文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::BenchCommand</name>
    <message>
        <source>Measure speed and memory: bench ingest DIR | bench store [--reports N] | bench compare [--reports N] | bench export [--reports N] | bench dashboard [--reports N]</source>
        <translation>测量速度与内存：bench ingest 目录 | bench store [--reports N] | bench compare [--reports N] | bench export [--reports N] | bench dashboard [--reports N]</translation>
    </message>
    <message>
        <source>fazhi-cli bench: say what to measure: ingest, store, compare, export or dashboard</source>
        <translation>fazhi-cli bench：请指明要测量的内容：ingest、store、compare、export 或 dashboard</translation>
    </message>
</context>
<context>
    <name>Fazhi::BoilerplateCommand</name>
    <message>
        <source>List the set phrases that recur in many reports of a year: boilerplate [--year Y] [--out FILE.csv]</source>
        <translation>列出同一年度多份报告反复出现的套话：boilerplate [--year 年度] [--out 文件.csv]</translation>
    </message>
    <message>
        <source>Only the reports of this year (default: all).</source>
        <translation>只统计该年度的报告（默认：全部）。</translation>
    </message>
    <message>
        <source>The share of the reports a phrase must occur in (default 0.2; at least 3 reports).</source>
        <translation>短语至少出现在多大比例的报告中（默认 0.2；且至少 3 份报告）。</translation>
    </message>
    <message>
        <source>Print at most this many phrases (default 50; 0: all).</source>
        <translation>最多列出多少条短语（默认 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Write every phrase as CSV to this file.</source>
        <translation>将全部短语以 CSV 写入该文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n set phrase(s) in %1 reports (each in at least %2 of them)</source>
        <translation>
            <numerusform>%1 份报告中有 %n 条套话（每条至少出现在其中 %2 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>fazhi-cli boilerplate: --share takes a number above 0 and at most 1, not %1.</source>
        <translation>fazhi-cli boilerplate：--share 须为大于 0 且不大于 1 的数，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::BoilerplateReport</name>
    <message>
        <source>The boilerplate pass was cancelled.</source>
        <translation>套话统计已取消。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <source>Example report</source>
        <translation>示例报告</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>End</source>
        <translation>终点</translation>
    </message>
</context>
<context>
    <name>Fazhi::CheckCommand</name>
    <message>
        <source>Classify every part of reports, run the review checklist, extract indicators</source>
        <translation>对报告各部分分类，执行审查清单，提取指标</translation>
    </message>
    <message>
        <source>Print JSON rather than text.</source>
        <translation>以 JSON 而非文本格式输出。</translation>
    </message>
    <message>
        <source>Reports to check.</source>
        <translation>要检查的报告。</translation>
    </message>
    <message>
        <source>fazhi-cli check: name at least one report file.</source>
        <translation>fazhi-cli check：请至少指定一个报告文件。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ChecklistPanel</name>
    <message numerus="yes">
        <source>all %n</source>
        <translation>
            <numerusform>全部 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>评级(&amp;G)：</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Review &amp;status:</source>
        <translation>审阅状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>审阅中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>总体评价(&amp;M)：</translation>
    </message>
    <message>
        <source>The overall assessment; saved when you leave the field or press Ctrl+Enter</source>
        <translation>总体评价；离开此栏或按 Ctrl+Enter 时保存</translation>
    </message>
    <message>
        <source>Open a report to see its checklist.</source>
        <translation>打开一份报告以查看其审查清单。</translation>
    </message>
    <message>
        <source>This report was stored without a checklist.</source>
        <translation>此报告保存时未附审查清单。</translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation>自动判断：%1</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>某位审阅人</translation>
    </message>
    <message>
        <source>Conflicting decision: %1 chose %2</source>
        <translation>决定有冲突：%1 选择了 %2</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Agree with the status shown</source>
        <translation>同意所示状态</translation>
    </message>
    <message>
        <source>Overrule…</source>
        <translation>改判…</translation>
    </message>
    <message>
        <source>Overrule checklist item</source>
        <translation>改判审查清单项</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>审查清单</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <source>Tagged by the reviewer: %1</source>
        <translation>审阅人标注：%1</translation>
    </message>
    <message>
        <source>by the reviewer&apos;s tags</source>
        <translation>由审阅人标注</translation>
    </message>
</context>
<context>
    <name>Fazhi::ClassifyCommand</name>
    <message>
        <source>Classify headings (or paragraphs) read one per line from standard input</source>
        <translation>对从标准输入逐行读取的标题（或段落）进行分类</translation>
    </message>
    <message>
        <source>Each line is a paragraph rather than a heading.</source>
        <translation>每行是一个段落，而非标题。</translation>
    </message>
    <message>
        <source>The year the report is on, for year arithmetic (&quot;2025年…将&quot; is a plan).</source>
        <translation>报告所属年度，用于年份推算（“2025年…将”属于计划）。</translation>
    </message>
    <message>
        <source>fazhi-cli classify: cannot read standard input.</source>
        <translation>fazhi-cli classify：无法读取标准输入。</translation>
    </message>
</context>
<context>
    <name>Fazhi::CliCommand</name>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>显示本命令的选项。</translation>
    </message>
    <message>
        <source>The project file (.fzr); default: %1.</source>
        <translation>审阅项目文件（.fzr）；默认：%1。</translation>
    </message>
    <message>
        <source>Who signs the changes.</source>
        <translation>修改的署名人。</translation>
    </message>
    <message>
        <source>%1 is read-only: %2 Nothing can be changed in it.</source>
        <translation>%1 为只读：%2其中的内容无法修改。</translation>
    </message>
    <message>
        <source>%1: --%2 takes a whole number of at least %3, not %4.</source>
        <extracomment>%2 is an option such as --start, %4 what was given for it</extracomment>
        <translation>%1：--%2 须为不小于 %3 的整数，而不是 %4。</translation>
    </message>
    <message>
        <source>%1: --%2 takes a whole number from %3 to %4, not %5.</source>
        <extracomment>%2 is an option such as --year, %5 what was given for it</extracomment>
        <translation>%1：--%2 须为 %3 至 %4 之间的整数，而不是 %5。</translation>
    </message>
    <message>
        <source>fazhi-cli %1: %2</source>
        <translation>fazhi-cli %1：%2</translation>
    </message>
</context>
<context>
    <name>Fazhi::CliRunner</name>
    <message>
        <source>fazhi-cli: unknown command or option &quot;%1&quot;. Run fazhi-cli --help for the list.</source>
        <translation>fazhi-cli：未知的命令或选项“%1”。运行 fazhi-cli --help 查看全部命令。</translation>
    </message>
    <message>
        <source>Usage: fazhi-cli COMMAND [OPTIONS]</source>
        <translation>用法：fazhi-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Fazhi Review without a window: import, inspect, check, search and export reports.</source>
        <translation>无窗口的法治报告审阅台：导入、查看、核查、搜索和导出报告。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Print the program version and the versions of the libraries it loads</source>
        <translation>显示程序版本及其加载的程序库版本</translation>
    </message>
    <message>
        <source>Print this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>Run fazhi-cli COMMAND --help for a command&apos;s options.</source>
        <translation>运行 fazhi-cli COMMAND --help 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Write messages and documents in LANG: zh_CN, zh_TW or en (default: as the window would)</source>
        <translation>以 LANG 语言输出信息和文档：zh_CN、zh_TW 或 en（默认与图形界面相同）</translation>
    </message>
    <message>
        <source>fazhi-cli: --lang needs a language: zh_CN, zh_TW or en.</source>
        <translation>fazhi-cli：--lang 需要指定语言：zh_CN、zh_TW 或 en。</translation>
    </message>
    <message>
        <source>Also print the details behind a message, for reporting a problem</source>
        <translation>同时输出消息背后的详细信息，便于报告问题</translation>
    </message>
</context>
<context>
    <name>Fazhi::CompareBenchmark</name>
    <message>
        <source>Reports for the boilerplate index (default 1000).</source>
        <translation>套话索引使用的报告数（默认 1000）。</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>本程序未内置示例报告。</translation>
    </message>
    <message>
        <source>The compare view found no shared wording within 30 s.</source>
        <translation>对比视图在 30 秒内未得出相同表述。</translation>
    </message>
</context>
<context>
    <name>Fazhi::CompareColumn</name>
    <message>
        <source>Missing: this report has no part &quot;%1&quot;.</source>
        <translation>缺失：本报告没有“%1”部分。</translation>
    </message>
    <message>
        <source>The side panels show this report</source>
        <translation>侧边面板显示此报告</translation>
    </message>
</context>
<context>
    <name>Fazhi::CompareView</name>
    <message>
        <source>Scroll together</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Show set phrases</source>
        <translation>显示套话</translation>
    </message>
    <message>
        <source>When one report scrolls, show the others at the same place of the outline</source>
        <translation>一份报告滚动时，其他报告显示到提纲中的相同位置</translation>
    </message>
    <message>
        <source>Also underline wording that many reports of the year share (the genre&apos;s set phrases)</source>
        <translation>同时标出本年度多份报告共有的表述（此类报告的套话）</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Shared wording</source>
        <translation>相同表述</translation>
    </message>
    <message>
        <source>Choose 2 to 4 reports to compare.</source>
        <translation>请选择 2 至 4 份报告进行对比。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>Looking for shared wording…</source>
        <translation>正在查找相同表述…</translation>
    </message>
    <message>
        <source>A set phrase: many reports of the year use this wording</source>
        <translation>套话：本年度多份报告使用了这一表述</translation>
    </message>
    <message>
        <source>The reports share no passage of 20 or more letters.</source>
        <translation>这些报告之间没有 20 字以上的相同段落。</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) shared word for word</source>
        <translation>
            <numerusform>%n 处逐字相同的段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set phrase(s) of the year muted</source>
        <translation>
            <numerusform>已淡化 %n 处本年度套话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ConvertCommand</name>
    <message>
        <source>Print a report&apos;s text converted to simplified or traditional script (OpenCC)</source>
        <translation>输出转换为简体或繁体后的报告文本（OpenCC）</translation>
    </message>
    <message>
        <source>The script to convert to: simplified or traditional.</source>
        <translation>转换目标：simplified（简体）或 traditional（繁体）。</translation>
    </message>
    <message>
        <source>A report file (.txt, .html, .docx, .pdf).</source>
        <translation>一个报告文件（.txt、.html、.docx、.pdf）。</translation>
    </message>
    <message>
        <source>fazhi-cli convert: --to must be simplified or traditional.</source>
        <translation>fazhi-cli convert：--to 必须为 simplified 或 traditional。</translation>
    </message>
    <message>
        <source>fazhi-cli convert: name exactly one file.</source>
        <translation>fazhi-cli convert：请只指定一个文件。</translation>
    </message>
</context>
<context>
    <name>Fazhi::CoverageHeatmap</name>
    <message>
        <source>Checklist</source>
        <translation>审查清单</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Outline coverage: share of each report&apos;s text</source>
        <translation>提纲覆盖：各部分占报告篇幅</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>small share</source>
        <translation>占比小</translation>
    </message>
    <message>
        <source>largest share in the column</source>
        <translation>本列最大占比</translation>
    </message>
    <message>
        <source>%1 — checklist: %2 pass, %3 warning, %4 fail, %5 unknown</source>
        <translation>%1 — 审查清单：通过 %2 项，提醒 %3 项，不通过 %4 项，无法判断 %5 项</translation>
    </message>
    <message>
        <source>%1 — %2: missing. Click to open the report.</source>
        <translation>%1 — %2：缺失。点击打开报告。</translation>
    </message>
    <message>
        <source>%1 — %2: %3 characters, %4% of the text. Click to read it.</source>
        <translation>%1 — %2：%3 字，占全文 %4%。点击阅读。</translation>
    </message>
    <message>
        <source>✎ Tagged by the reviewer; the classifier found no such part.</source>
        <translation>✎ 由审阅人标注；自动分类未找到此部分。</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardBenchmark</name>
    <message>
        <source>Reports in the project (default 500).</source>
        <translation>项目中的报告数（默认 500）。</translation>
    </message>
    <message>
        <source>Also time writing every chart as PNG, SVG and CSV (slow for many reports).</source>
        <translation>同时计时导出全部图表（PNG、SVG 和 CSV；报告多时较慢）。</translation>
    </message>
    <message>
        <source>fazhi-cli bench dashboard: charts need a QApplication.</source>
        <translation>fazhi-cli bench dashboard：绘制图表需要 QApplication。</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>本程序未内置示例报告。</translation>
    </message>
    <message>
        <source>The dashboard did not finish.</source>
        <translation>统计看板未能完成计算。</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardCharts</name>
    <message>
        <source>Share of the report&apos;s text (%)</source>
        <translation>占报告篇幅（%）</translation>
    </message>
    <message>
        <source>%1 (not reported)</source>
        <translation>%1（未报告）</translation>
    </message>
    <message>
        <source>Proportions of the outline (most candid first)</source>
        <translation>提纲篇幅构成（最坦诚的在前）</translation>
    </message>
    <message>
        <source>Proportions of the outline</source>
        <translation>提纲篇幅构成</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Review results: checklist, and the grade after the name</source>
        <translation>审查结果：审查清单，地区名后为评定等次</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>审查清单项目数</translation>
    </message>
    <message>
        <source>Reviewer tags per district</source>
        <translation>各地区审阅标签</translation>
    </message>
    <message>
        <source>Reviewer tags per district (no annotations yet)</source>
        <translation>各地区审阅标签（尚无批注）</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注数</translation>
    </message>
    <message>
        <source>Year over year: %1 (one year only)</source>
        <translation>历年对比：%1（仅一年）</translation>
    </message>
    <message numerus="yes">
        <source>Year over year: %1 (%n problem passage(s) repeated from the year before)</source>
        <translation>
            <numerusform>历年对比：%1（%n 处问题表述与上一年度重复）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardCommand</name>
    <message>
        <source>Dashboard charts as PNG, SVG and CSV: dashboard [--year Y] [--city C] [--level L] --out DIR</source>
        <translation>将统计看板图表导出为 PNG、SVG 和 CSV：dashboard [--year 年度] [--city 城市] [--level 层级] --out 文件夹</translation>
    </message>
    <message>
        <source>The year compared (default: the newest).</source>
        <translation>比较的年度（默认：最新年度）。</translation>
    </message>
    <message>
        <source>Only the districts of this city, e.g. 江门市.</source>
        <translation>仅限该市所辖地区，如“江门市”。</translation>
    </message>
    <message>
        <source>Only reports of this level, e.g. 区 or 县.</source>
        <translation>仅限该层级的报告，如“区”或“县”。</translation>
    </message>
    <message>
        <source>The folder to write the charts into.</source>
        <translation>图表的输出文件夹。</translation>
    </message>
    <message>
        <source>fazhi-cli dashboard: say where to write the charts with --out DIR.</source>
        <translation>fazhi-cli dashboard：请用 --out 文件夹 指定图表的输出位置。</translation>
    </message>
    <message>
        <source>fazhi-cli dashboard: charts need a QApplication.</source>
        <translation>fazhi-cli dashboard：绘制图表需要 QApplication。</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardFigures</name>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>审查清单</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Candour (%)</source>
        <translation>坦诚度（%）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>原句起始位置</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>原句结束位置</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>无法判断</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardRenderer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot draw the chart %1.</source>
        <translation>无法绘制图表 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardView</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>Sort by &amp;candour</source>
        <translation>按坦诚度排序(&amp;C)</translation>
    </message>
    <message>
        <source>Most candid first: the largest share of problems and causes</source>
        <translation>最坦诚的排在前面：问题和原因所占篇幅最大</translation>
    </message>
    <message>
        <source>&amp;Export Charts…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>Point at a bar to read the sentence behind its value; click it to open the report there.</source>
        <translation>指向柱条可查看数值出处的原句；点击可在报告中打开该处。</translation>
    </message>
    <message>
        <source>&amp;District over the years:</source>
        <translation>地区历年对比(&amp;D)：</translation>
    </message>
    <message>
        <source>Problems already listed the year before:</source>
        <translation>上一年度已列出的问题：</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>%1 (one year)</source>
        <translation>%1（仅一年）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n district(s))</source>
        <translation>
            <numerusform>%1（%n 个地区）</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to read it in the %1 report</source>
        <translation>双击在 %1 年度报告中阅读</translation>
    </message>
    <message>
        <source>Only one year of this district is in the project.</source>
        <translation>项目中只有该地区一个年度的报告。</translation>
    </message>
    <message>
        <source>No problem repeats last year&apos;s wording.</source>
        <translation>没有问题沿用上一年度的表述。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Export Charts To</source>
        <translation>导出图表到</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>导出图表</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>已写入 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::DigestPdfExporter</name>
    <message>
        <source>There are no reports to put in the digest.</source>
        <translation>没有可纳入审阅摘要的报告。</translation>
    </message>
    <message>
        <source>Rule-of-law government reports: review digest</source>
        <translation>法治政府建设情况报告审阅摘要</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), exported %1</source>
        <translation>
            <numerusform>共 %n 份报告，导出于 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), reviewed by %1, exported %2</source>
        <translation>
            <numerusform>共 %n 份报告，审阅人 %1，导出于 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>checklist status</comment>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>checklist status</comment>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>checklist status</comment>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>未解决批注</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>审阅结论：%1</translation>
    </message>
    <message>
        <source>%1: the report says nothing.</source>
        <translation>%1：报告未涉及。</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
</context>
<context>
    <name>Fazhi::DistrictHistory</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束位置</translation>
    </message>
    <message>
        <source>Last year&apos;s start</source>
        <translation>上年起始位置</translation>
    </message>
    <message>
        <source>Last year&apos;s end</source>
        <translation>上年结束位置</translation>
    </message>
    <message>
        <source>Repeated wording</source>
        <translation>重复的表述</translation>
    </message>
</context>
<context>
    <name>Fazhi::DocxImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>not a valid .docx file: the zip archive is damaged (%1)</source>
        <translation>不是有效的 .docx 文件：zip 压缩包已损坏（%1）</translation>
    </message>
    <message>
        <source>not a Word document: %1 is missing</source>
        <translation>不是 Word 文档：缺少 %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: the archive is damaged</source>
        <translation>无法读取 %1：压缩包已损坏</translation>
    </message>
    <message>
        <source>The list numbering (word/numbering.xml) is damaged; numbers are left out.</source>
        <translation>列表编号（word/numbering.xml）已损坏，已略去编号。</translation>
    </message>
    <message>
        <source>%1 is damaged (malformed XML, %2)</source>
        <translation>%1 已损坏（XML 格式错误，%2）</translation>
    </message>
    <message>
        <source>the parts of the document expand to more than %1 MB; it is refused</source>
        <extracomment>%1 is a size in MB</extracomment>
        <translation>文档各部分解压后超过 %1 MB，已拒绝导入</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 MB; the document is refused</source>
        <extracomment>%1 is a part of the .docx package such as word/document.xml, %2 a size in MB</extracomment>
        <translation>%1 解压后超过 %2 MB，已拒绝导入该文档</translation>
    </message>
</context>
<context>
    <name>Fazhi::EditCommand</name>
    <message>
        <source>Correct a report&apos;s region, level, year, title, issuers or dates</source>
        <translation>更正报告的地区、层级、年度、标题、发文机关或日期</translation>
    </message>
    <message>
        <source>The report&apos;s id (see fazhi-cli list).</source>
        <translation>报告编号（见 fazhi-cli list）。</translation>
    </message>
    <message>
        <source>Why the value is corrected.</source>
        <translation>更正原因。</translation>
    </message>
    <message>
        <source>The region (江门市江海区).</source>
        <translation>地区（如江门市江海区）。</translation>
    </message>
    <message>
        <source>The administrative level: %1.</source>
        <translation>行政层级：%1。</translation>
    </message>
    <message>
        <source>The year reported on.</source>
        <translation>报告所述年度。</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>报告标题。</translation>
    </message>
    <message>
        <source>The issuing bodies, separated by 、.</source>
        <translation>发文机关，以“、”分隔。</translation>
    </message>
    <message>
        <source>The date of the report (2025-03-01 or 2025年3月1日).</source>
        <translation>报告日期（2025-03-01 或 2025年3月1日）。</translation>
    </message>
    <message>
        <source>The date it was published.</source>
        <translation>公开发布日期。</translation>
    </message>
    <message>
        <source>fazhi-cli edit: --report ID is required (see fazhi-cli list).</source>
        <translation>fazhi-cli edit：必须指定 --report 编号（见 fazhi-cli list）。</translation>
    </message>
    <message>
        <source>fazhi-cli edit: --%1: %2</source>
        <translation>fazhi-cli edit：--%1：%2</translation>
    </message>
    <message>
        <source>fazhi-cli edit: %1</source>
        <translation>fazhi-cli edit：%1</translation>
    </message>
    <message>
        <source>(parsed: %1)</source>
        <translation>（自动识别：%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportBenchmark</name>
    <message>
        <source>Reports in the digest (default 100).</source>
        <translation>审阅摘要中的报告数（默认 100）。</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>本程序未内置示例报告。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportCommand</name>
    <message>
        <source>csv (UTF-8 with BOM, for Excel) or json.</source>
        <translation>csv（带 BOM 的 UTF-8，供 Excel 使用）或 json。</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>要写入的文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>fazhi-cli export: --format must be csv or json.</source>
        <translation>fazhi-cli export：--format 必须为 csv 或 json。</translation>
    </message>
    <message>
        <source>Export from a project: export annotations|history --format csv|json [--out FILE] | export pdf|digest|sheets (see export pdf --help)</source>
        <translation>从项目导出：export annotations|history --format csv|json [--out 文件] | export pdf|digest|sheets（见 export pdf --help）</translation>
    </message>
    <message>
        <source>fazhi-cli export: say what to export: annotations, history, pdf, digest or sheets</source>
        <translation>fazhi-cli export：请指定导出内容：annotations、history、pdf、digest 或 sheets</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportDialog</name>
    <message>
        <source>Include &amp;resolved annotations</source>
        <translation>包含已解决的标注(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;omments only (a clean copy without highlights)</source>
        <translation>仅批注（不加高亮的清样）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Annotated report PDF</source>
        <translation>带批注的报告 PDF</translation>
    </message>
    <message>
        <source>Review digest PDF</source>
        <translation>审阅摘要 PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (annotations, checklist, indicators)</source>
        <translation>表格（标注、审查清单、指标）</translation>
    </message>
    <message>
        <source>The report &amp;open in the reader</source>
        <translation>阅读器中打开的报告(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected reports (%n)</source>
        <translation>
            <numerusform>选中的报告（%n 份）(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All reports of the project (%n)</source>
        <translation>
            <numerusform>项目中的全部报告（%n 份）(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>As written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>字形(&amp;S)：</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>&amp;Year reported on:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>One Excel workbook (.xlsx)</source>
        <translation>一个 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV files in a folder (UTF-8 for Excel)</source>
        <translation>文件夹中的 CSV 文件（适用于 Excel 的 UTF-8）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>导出内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to a Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个 PDF 文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule-of-law government reports on %1: review digest</source>
        <translation>%1年度法治政府建设情况报告审阅摘要</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 (annotated).pdf</source>
        <comment>file name</comment>
        <translation>%1（批注）.pdf</translation>
    </message>
    <message>
        <source>%1 annotated PDFs</source>
        <comment>folder name</comment>
        <translation>%1 批注版 PDF</translation>
    </message>
    <message>
        <source>%1 review digest.pdf</source>
        <comment>file name</comment>
        <translation>%1 审阅摘要.pdf</translation>
    </message>
    <message>
        <source>%1 tables (CSV)</source>
        <comment>folder name</comment>
        <translation>%1 表格（CSV）</translation>
    </message>
    <message>
        <source>%1 is a file: name a folder to write the files into.</source>
        <translation>%1 是一个文件：请指定写入这些文件的文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder: name the file to write.</source>
        <translation>%1 是一个文件夹：请指定要写入的文件名。</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.</source>
        <translation>已写入 %1：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportDocumentsCommand</name>
    <message>
        <source>Export documents: export pdf (--report ID | --all) --out PATH | export digest --year YEAR --out FILE | export sheets --out FILE.xlsx|DIR</source>
        <translation>导出文档：export pdf (--report 编号 | --all) --out 路径 | export digest --year 年度 --out 文件 | export sheets --out 文件.xlsx|文件夹</translation>
    </message>
    <message>
        <source>The report to export (its id, see fazhi-cli list).</source>
        <translation>要导出的报告（编号，见 fazhi-cli list）。</translation>
    </message>
    <message>
        <source>Every report of the project, each to its own PDF in the folder --out.</source>
        <translation>项目中的全部报告，每份报告各导出一个 PDF 到 --out 文件夹。</translation>
    </message>
    <message>
        <source>The PDF to write (with --all: the folder).</source>
        <translation>要写入的 PDF 文件（配合 --all 时为文件夹）。</translation>
    </message>
    <message>
        <source>original (default), simplified or traditional.</source>
        <translation>original（原文，默认）、simplified（简体）或 traditional（繁体）。</translation>
    </message>
    <message>
        <source>Leave out the annotations marked resolved.</source>
        <translation>不包含已标记为解决的标注。</translation>
    </message>
    <message>
        <source>A clean copy: the comments, no highlights.</source>
        <translation>清样：只保留批注，不加高亮。</translation>
    </message>
    <message>
        <source>fazhi-cli export pdf: give --report ID or --all, and --out.</source>
        <translation>fazhi-cli export pdf：请给出 --report 编号或 --all，以及 --out。</translation>
    </message>
    <message>
        <source>fazhi-cli export pdf: --script must be original, simplified or traditional.</source>
        <translation>fazhi-cli export pdf：--script 必须是 original、simplified 或 traditional。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个 PDF 文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The year reported on (default: every year).</source>
        <translation>报告年度（默认：全部年度）。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>fazhi-cli export digest: give --out FILE.pdf.</source>
        <translation>fazhi-cli export digest：请给出 --out 文件.pdf。</translation>
    </message>
    <message>
        <source>Rule-of-law government reports on %1: review digest</source>
        <translation>%1年度法治政府建设情况报告审阅摘要</translation>
    </message>
    <message>
        <source>Wrote %1: %2 report(s), %3 page(s).</source>
        <translation>已写入 %1：%2 份报告，共 %3 页。</translation>
    </message>
    <message>
        <source>A .xlsx workbook, or a folder for annotations.csv, checklist.csv and indicators.csv.</source>
        <translation>.xlsx 工作簿，或存放 annotations.csv、checklist.csv 和 indicators.csv 的文件夹。</translation>
    </message>
    <message>
        <source>fazhi-cli export sheets: give --out FILE.xlsx or --out FOLDER.</source>
        <translation>fazhi-cli export sheets：请给出 --out 文件.xlsx 或 --out 文件夹。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Fazhi::FindBar</name>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一处匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一处匹配（Enter）</translation>
    </message>
    <message>
        <source>Find in report…</source>
        <translation>在报告中查找…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>Fazhi::HtmlImporter</name>
    <message>
        <source>The page declares the character encoding %1 but is written in %2.</source>
        <translation>网页声明的字符编码为 %1，实际却是 %2。</translation>
    </message>
    <message>
        <source>not a readable HTML page</source>
        <translation>不是可读取的 HTML 网页</translation>
    </message>
    <message>
        <source>the page has no report text: only its title, menus and links were found</source>
        <translation>该网页没有报告正文：只找到了标题、菜单和链接</translation>
    </message>
    <message>
        <source>the page&apos;s elements are nested %1 levels deep, more than the %2 that can be read</source>
        <translation>网页元素嵌套达 %1 层，超过可读取的 %2 层</translation>
    </message>
    <message>
        <source>Only %1 of the page&apos;s %2 characters of text (besides menus and links) were taken as the report; the rest may belong to it: compare the report with the page.</source>
        <translation>网页中菜单和链接以外的 %2 个字符里，只有 %1 个被取作报告正文；其余部分可能也属于报告，请与网页对照。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ImportCommand</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Import report files or folders into a project</source>
        <translation>将报告文件或文件夹导入审阅项目</translation>
    </message>
    <message>
        <source>Report files (.txt, .html, .docx, .pdf) or folders holding them.</source>
        <translation>报告文件（.txt、.html、.docx、.pdf）或包含这些文件的文件夹。</translation>
    </message>
    <message>
        <source>fazhi-cli import: name at least one file or folder.</source>
        <translation>fazhi-cli import：请至少指定一个文件或文件夹。</translation>
    </message>
    <message>
        <source>%1: failed: the file or folder does not exist</source>
        <translation>%1：失败：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1：未变化</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>What to do with another version of a report already in the project (the same region, year and level, another text): skip it (the default), replace the old version (its annotations move to the new text) or keep both. A copy of a report already there (the same text) is never imported again.</source>
        <translation>如何处理项目中已有报告的另一版本（地区、年度和层级相同而文本不同）：跳过（默认）、替换旧版本（其批注移至新文本）或两版都保留。已有报告的副本（文本相同）一律不再重复导入。</translation>
    </message>
    <message>
        <source>Import files that do not look like rule-of-law government reports too.</source>
        <translation>看起来不像法治政府建设情况报告的文件也导入。</translation>
    </message>
    <message>
        <source>fazhi-cli import: --on-duplicate takes skip, replace or keep, not %1.</source>
        <translation>fazhi-cli import：--on-duplicate 的取值为 skip、replace 或 keep，而不是 %1。</translation>
    </message>
    <message>
        <source>%1: imported as report %2</source>
        <translation>%1：已导入为报告 %2</translation>
    </message>
    <message>
        <source>%1: replaced report %2 (%3); annotations: %4 kept, %5 moved, %6 could not be placed</source>
        <translation>%1：已替换报告 %2（%3）；批注：%4 条原位保留，%5 条已移动，%6 条无法定位</translation>
    </message>
    <message>
        <source>    not found in the new text, kept: %1</source>
        <translation>    新文本中未找到，已保留：%1</translation>
    </message>
    <message>
        <source>%1: skipped: a copy of report %2 (%3)</source>
        <translation>%1：已跳过：是报告 %2（%3）的副本</translation>
    </message>
    <message>
        <source>%1: skipped: another version of report %2 (%3); --on-duplicate replace or keep imports it</source>
        <translation>%1：已跳过：是报告 %2（%3）的另一版本；使用 --on-duplicate replace 或 keep 可导入</translation>
    </message>
    <message>
        <source>%1: skipped: %2; --force imports it</source>
        <translation>%1：已跳过：%2；使用 --force 可导入</translation>
    </message>
    <message>
        <source>%1 imported, %2 replaced, %3 unchanged, %4 skipped, %5 failed.</source>
        <translation>导入 %1 份，替换 %2 份，未变 %3 份，跳过 %4 份，失败 %5 份。</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not attempted.</source>
        <translation>
            <numerusform>%n 个文件未尝试导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ImportDialog</name>
    <message>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Looking for report files…</source>
        <translation>正在查找报告文件…</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column header: what the reviewer can choose for a file (replace, keep both, import anyway)</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Stop after the reports being written; what was imported stays</source>
        <translation>写完正在写入的报告后停止；已导入的内容会保留</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开审阅项目。</translation>
    </message>
    <message>
        <source>Cancelling: finishing the reports being written…</source>
        <translation>正在取消：正在完成写入中的报告…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>已在审阅项目中</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>已导入 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 份未变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 份失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>已取消 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the counts in &quot;3 imported, 2 failed&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>无法开始导入：%1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入已完成。</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>导入失败。</translation>
    </message>
    <message>
        <source>Replace All Old Versions</source>
        <translation>全部替换旧版本</translation>
    </message>
    <message>
        <source>Keep All Versions</source>
        <translation>全部保留两版</translation>
    </message>
    <message>
        <source>Import All Anyway</source>
        <translation>全部仍然导入</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Each old version is replaced by its new file; annotations move to the new text</source>
        <translation>每个旧版本都由其新文件替换；批注移至新文本</translation>
    </message>
    <message>
        <source>Each new version is imported beside the old one</source>
        <translation>每个新版本都与旧版本并存导入</translation>
    </message>
    <message>
        <source>Import the files that do not look like reports as they are</source>
        <translation>按原样导入看起来不像报告的文件</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>An import result: the file replaced an older version of its report</extracomment>
        <translation>已替换</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>An import result: the same text is in the project already</extracomment>
        <translation>副本</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <source>Not a report?</source>
        <translation>疑似非报告</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>两版都保留</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>仍然导入</translation>
    </message>
    <message>
        <source>Importing the files you chose…</source>
        <translation>正在导入您选择的文件…</translation>
    </message>
    <message>
        <source>Replaced report %1 (%2)</source>
        <translation>已替换报告 %1（%2）</translation>
    </message>
    <message>
        <source>; annotations: %1 kept, %2 moved, %3 could not be placed</source>
        <translation>；批注：%1 条原位保留，%2 条已移动，%3 条无法定位</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>Kept, marked as not found in the new text:
%1</source>
        <translation>已保留，并标记为新文本中未找到：
%1</translation>
    </message>
    <message>
        <source>Replace report %1 by this file; its annotations move to the new text</source>
        <translation>用此文件替换报告 %1；其批注移至新文本</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>两版都保留</translation>
    </message>
    <message>
        <source>Import this file beside report %1</source>
        <translation>将此文件与报告 %1 并存导入</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>仍然导入</translation>
    </message>
    <message>
        <source>Import this file as it is</source>
        <translation>按原样导入此文件</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>替换 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies not imported</source>
        <translation>
            <numerusform>%n 份副本未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other versions</source>
        <translation>
            <numerusform>%n 份其他版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not like a report</source>
        <translation>
            <numerusform>%n 份疑似非报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported yet: choose on their lines, or for all. Closing imports none of them.</source>
        <translation>
            <numerusform>%n 个文件尚未导入：请在各行或为全部文件选择处理方式。直接关闭则都不导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <extracomment>Files imported whose text may be incomplete or was repaired; the rows say why</extracomment>
        <translation>
            <numerusform>%n 个有警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attempted</source>
        <extracomment>An import result: the import stopped (a full disk) before this file</extracomment>
        <translation>未尝试</translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n 个未尝试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) into %1…</source>
        <translation>
            <numerusform>正在将 %n 个文件导入 %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::IngestBenchmark</name>
    <message>
        <source>A folder of report files; every supported file under it is read.</source>
        <translation>存放报告文件的文件夹；将读取其中所有受支持的文件。</translation>
    </message>
    <message>
        <source>fazhi-cli bench ingest: name one folder.</source>
        <translation>fazhi-cli bench ingest：请指定一个文件夹。</translation>
    </message>
    <message>
        <source>fazhi-cli bench ingest: no report files under %1.</source>
        <translation>fazhi-cli bench ingest：%1 下没有报告文件。</translation>
    </message>
</context>
<context>
    <name>Fazhi::InputFile</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>%1: skipped: it is %2, not a regular file</source>
        <extracomment>%2 is what the file is, e.g. &quot;a named pipe (FIFO)&quot; or &quot;a device&quot;</extracomment>
        <translation>%1：已跳过：它是%2，不是普通文件</translation>
    </message>
    <message>
        <source>%1: is too large (%2 MB; at most %3 MB are imported)</source>
        <translation>%1：文件过大（%2 MB；最多导入 %3 MB）</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB; at most that much is imported</source>
        <translation>%1：超过 %2 MB；最多导入这么多</translation>
    </message>
</context>
<context>
    <name>Fazhi::InspectCommand</name>
    <message>
        <source>format: %1, encoding: %2, script: %3</source>
        <translation>格式：%1，编码：%2，简繁：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Show how report files are read: metadata, headings, paragraphs (--json for all offsets)</source>
        <translation>显示报告文件的读取结果：元数据、标题、段落（使用 --json 可查看全部偏移量）</translation>
    </message>
    <message>
        <source>Print JSON: the text and every offset.</source>
        <translation>输出 JSON：文本及全部偏移量。</translation>
    </message>
    <message>
        <source>Report files (.txt, .html, .docx, .pdf).</source>
        <translation>报告文件（.txt、.html、.docx、.pdf）。</translation>
    </message>
    <message>
        <source>fazhi-cli inspect: name at least one file.</source>
        <translation>fazhi-cli inspect：请至少指定一个文件。</translation>
    </message>
</context>
<context>
    <name>Fazhi::LibraryModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Length of the report text in characters</source>
        <translation>报告正文的字数</translation>
    </message>
    <message>
        <source>Annotations not yet resolved</source>
        <translation>尚未解决的批注</translation>
    </message>
    <message>
        <source>Checklist items that fail, after the reviewers&apos; decisions</source>
        <translation>计入审阅人决定后不通过的审查清单项</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Column header: number of open (unresolved) annotations</extracomment>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Failures</source>
        <extracomment>Column header: number of failed checklist items</extracomment>
        <translation>不通过</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>审阅中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>Corrected by a reviewer; the program read: %1</source>
        <translation>已由审阅人更正；程序识别为：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>parsed value</comment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Fazhi::LibraryPanel</name>
    <message>
        <source>Filter Reports</source>
        <translation>筛选报告</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Filter reports (any script)</source>
        <translation>筛选报告（简繁字形均可）</translation>
    </message>
    <message>
        <source>Only reports on this year</source>
        <translation>仅显示该年度的报告</translation>
    </message>
    <message>
        <source>Only reports of this administrative level</source>
        <translation>仅显示该行政层级的报告</translation>
    </message>
    <message>
        <source>Only reports with this review status</source>
        <translation>仅显示该审阅状态的报告</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Compare 2 to 4 selected reports side by side</source>
        <translation>并排对比选中的 2 至 4 份报告</translation>
    </message>
    <message>
        <source>Mark as &amp;Unreviewed</source>
        <translation>标记为未审阅(&amp;U)</translation>
    </message>
    <message>
        <source>Mark as &amp;In Progress</source>
        <translation>标记为审阅中(&amp;I)</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>标记为已审阅(&amp;D)</translation>
    </message>
    <message>
        <source>Review Status</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>未打开审阅项目</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>正在加载报告…</translation>
    </message>
    <message>
        <source>No reports yet: import files or a folder</source>
        <translation>尚无报告：请导入文件或文件夹</translation>
    </message>
    <message>
        <source>Outline &amp;Matrix</source>
        <translation>提纲矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>What the selected reports say for each part of the outline, side by side</source>
        <translation>并排查看所选报告在提纲各部分的表述</translation>
    </message>
    <message>
        <source>&amp;Remove from Project…</source>
        <translation>从项目中删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Correct &amp;Details…</source>
        <translation>更正报告信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected reports with their annotations and decisions (undoable)</source>
        <translation>删除所选报告及其批注和决定（可撤销）</translation>
    </message>
    <message>
        <source>Correct the region, level, year, title, issuers or dates the program read</source>
        <translation>更正程序识别出的地区、层级、年度、标题、发文机关或日期</translation>
    </message>
    <message>
        <source>Remove Reports</source>
        <translation>删除报告</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n 项决定</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the project? Its %2 and %3 go with it.</source>
        <translation>要从项目中删除 %1 吗？其 %2和%3将一并删除。</translation>
    </message>
    <message>
        <source>Remove %1 reports from the project? Their %2 and %3 go with them.</source>
        <translation>要从项目中删除 %1 份报告吗？其 %2和%3将一并删除。</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings back the reports with all their marks.</source>
        <translation>“编辑 → 撤销”（Ctrl+Z）可恢复这些报告及其全部标注。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Report Details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Correct details of %1</source>
        <translation>更正 %1 的报告信息</translation>
    </message>
    <message>
        <source>The reports cannot be listed: %1</source>
        <translation>无法列出报告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>显示 %1 份，共 %n 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ListCommand</name>
    <message>
        <source>List the reports in a project</source>
        <translation>列出审阅项目中的报告</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
</context>
<context>
    <name>Fazhi::MainWindow</name>
    <message>
        <source>Fazhi Review</source>
        <translation>法治报告审阅台</translation>
    </message>
    <message>
        <source>Review annual rule-of-law government reports: tag achievements, problems, causes, the leaders&apos; first-responsible-person duty and next year&apos;s plans, check each report against the statutory outline, and compare districts.</source>
        <translation>审阅年度法治政府建设情况报告：标注成效、问题、原因、主要负责人履行第一责任人职责情况和下一年度工作安排，按法定提纲逐项核查每份报告，并对各地区进行比较。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>核查清单</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fazhi Review</source>
        <translation>关于法治报告审阅台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建审阅项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开审阅项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Annotations as &amp;CSV…</source>
        <translation>批注 CSV 文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in Report…</source>
        <translation>在报告中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>搜索审阅项目(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>原文字形(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Simplified (简体)</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Traditional (繁體)</source>
        <translation>繁體(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Checking the project file…</source>
        <translation>正在检查项目文件…</translation>
    </message>
    <message>
        <source>Project file damaged</source>
        <translation>项目文件已损坏</translation>
    </message>
    <message>
        <source>%1 (read-only: %2)</source>
        <translation>%1（只读：%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建审阅项目</translation>
    </message>
    <message>
        <source>Fazhi Review projects (*.fzr)</source>
        <translation>法治报告审阅台项目文件 (*.fzr)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开审阅项目</translation>
    </message>
    <message>
        <source>Fazhi Review projects (*.fzr);;All files (*)</source>
        <translation>法治报告审阅台项目文件 (*.fzr);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>报告 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <source>Open a project before importing reports.</source>
        <translation>请先打开审阅项目，再导入报告。</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>适用于 Excel 的 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Tag the selected text (reader)</source>
        <translation>为选中文本添加标签（阅读器）</translation>
    </message>
    <message>
        <source>1 – 8</source>
        <translation>1 – 8</translation>
    </message>
    <message>
        <source>Edit the comment of the annotation at the cursor</source>
        <translation>编辑光标处批注的意见</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter 或双击</translation>
    </message>
    <message>
        <source>Remove the annotation at the cursor</source>
        <translation>删除光标处的批注</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>标签管理(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Reports</source>
        <translation>对比所选报告(&amp;C)</translation>
    </message>
    <message>
        <source>Outline &amp;Matrix</source>
        <translation>提纲矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>Set &amp;Phrases of the Year…</source>
        <translation>年度套话(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;PDF, Digest or Spreadsheet…</source>
        <translation>PDF、审阅摘要或表格(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>统计看板(&amp;D)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Review project %1</source>
        <comment>file name</comment>
        <translation>审阅项目 %1</translation>
    </message>
    <message>
        <source>Project is read-only</source>
        <translation>项目为只读</translation>
    </message>
    <message>
        <source>%1 is read-only: %2

Everything in it can be read. To go on working, save a copy in a folder you can write to.</source>
        <translation>%1 为只读：%2

其中的内容均可阅读。如需继续工作，请将副本保存到可写入的文件夹。</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Keep Reading</source>
        <translation>继续阅读</translation>
    </message>
    <message>
        <source>%1

The project is read-only from now on, so that nothing in it is overwritten. Save a copy with File → Save Project As, and keep the damaged file for repair.</source>
        <translation>%1

此项目自现在起为只读，以免覆盖其中任何内容。请用“文件 → 项目另存为”保存副本，并保留损坏的文件以便修复。</translation>
    </message>
</context>
<context>
    <name>Fazhi::MatrixCellDelegate</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>Fazhi::MatrixCommand</name>
    <message>
        <source>The outline matrix of a project as CSV: matrix [--year Y] [--reports ID,ID] [--out FILE.csv]</source>
        <translation>以 CSV 输出审阅项目的提纲对照表：matrix [--year Y] [--reports ID,ID] [--out FILE.csv]</translation>
    </message>
    <message>
        <source>Only the reports of this year (default: all).</source>
        <translation>只含该年度的报告（默认：全部）。</translation>
    </message>
    <message>
        <source>The reports to compare, by id, comma-separated.</source>
        <translation>要对照的报告编号，以逗号分隔。</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>要写入的文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>fazhi-cli matrix: &quot;%1&quot; is not a report id.</source>
        <translation>fazhi-cli matrix：“%1”不是报告编号。</translation>
    </message>
</context>
<context>
    <name>Fazhi::MergeCommand</name>
    <message>
        <source>Bring another reviewer&apos;s project file into this one</source>
        <translation>将其他审阅人的审阅项目文件合并到本项目</translation>
    </message>
    <message>
        <source>The other project file (.fzr).</source>
        <translation>另一个审阅项目文件（.fzr）。</translation>
    </message>
    <message>
        <source>fazhi-cli merge: name one project file to merge.</source>
        <translation>fazhi-cli merge：请指定一个要合并的审阅项目文件。</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineBar</name>
    <message>
        <source>Go to:</source>
        <translation>跳转到：</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Go to a theme of the statutory outline in every report</source>
        <translation>在每份报告中跳转到法定提纲的某一主题</translation>
    </message>
    <message>
        <source>Show the part &quot;%1&quot; of every report</source>
        <translation>显示每份报告的“%1”部分</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineCategory</name>
    <message>
        <source>Achievements</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Leadership duty</source>
        <translation>第一责任人职责</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineClassifier</name>
    <message>
        <source>heading contains %1</source>
        <translation>标题含有 %1</translation>
    </message>
    <message>
        <source>paragraph opens with %1</source>
        <translation>段落以 %1 开头</translation>
    </message>
    <message>
        <source>mentions %1</source>
        <translation>提及 %1</translation>
    </message>
    <message>
        <source>heading names %1年, after the year reported</source>
        <translation>标题提及%1年，晚于报告年度</translation>
    </message>
    <message>
        <source>heading names the year reported (%1年)</source>
        <translation>标题提及报告年度（%1年）</translation>
    </message>
    <message>
        <source>paragraph opens with %1年以来</source>
        <translation>段落以“%1年以来”开头</translation>
    </message>
    <message>
        <source>paragraph opens with %1年…将</source>
        <translation>段落以“%1年…将”开头</translation>
    </message>
    <message>
        <source>paragraph opens with %1年, after the year reported</source>
        <translation>段落以“%1年”开头，晚于报告年度</translation>
    </message>
    <message>
        <source>paragraph opens with the year reported (%1年)</source>
        <translation>段落以报告年度（%1年）开头</translation>
    </message>
    <message>
        <source>mentions %1年, after the year reported</source>
        <translation>提及%1年，晚于报告年度</translation>
    </message>
    <message>
        <source>no cue: counted as %1, what most of a report is</source>
        <translation>无提示词：按 %1 计（报告大部分内容属于此类）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>follows the %1 part before it</source>
        <translation>承接前面的 %1 部分</translation>
    </message>
    <message>
        <source>inherits from heading %1</source>
        <translation>继承自标题 %1</translation>
    </message>
    <message>
        <source>preamble before the first heading</source>
        <translation>第一个标题之前的导语</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineMatrix</name>
    <message>
        <source>There is no report %1 in the project.</source>
        <translation>审阅项目中没有编号为 %1 的报告。</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineMatrixModel</name>
    <message numerus="yes">
        <source>%n char(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 says nothing for &quot;%2&quot;.</source>
        <translation>%1 未涉及“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); double-click to read it in the report</source>
        <translation>
            <numerusform>%n 字；双击在报告中阅读</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagged by the reviewer</source>
        <translation>由审阅人标注</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineMatrixView</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the matrix as a spreadsheet (CSV, UTF-8)</source>
        <translation>将矩阵保存为电子表格（CSV，UTF-8）</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing cell(s)</source>
        <translation>
            <numerusform>%n 处缺失</numerusform>
        </translation>
    </message>
    <message>
        <source>Outline matrix</source>
        <translation>提纲矩阵</translation>
    </message>
    <message>
        <source>Selected reports (%1)</source>
        <translation>所选报告（%1）</translation>
    </message>
    <message>
        <source>All reports of %1</source>
        <translation>%1 年度全部报告</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <source>Export the Outline Matrix</source>
        <translation>导出提纲矩阵</translation>
    </message>
    <message>
        <source>outline-matrix.csv</source>
        <translation>提纲矩阵.csv</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV 电子表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineOptions</name>
    <message>
        <source>Use the outline standard (categories, cues, themes, checks) in FILE instead of the bundled one.</source>
        <translation>使用 FILE 中的提纲标准（类别、提示词、主题、检查项）替代内置标准。</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlinePanel</name>
    <message>
        <source>Open a report to see its outline.</source>
        <translation>打开一份报告以查看其提纲。</translation>
    </message>
    <message>
        <source>This report has no headings.</source>
        <translation>此报告没有标题。</translation>
    </message>
    <message>
        <source>automatic: not classified</source>
        <translation>自动判断：未分类</translation>
    </message>
    <message>
        <source>automatic: %1, %2, %3</source>
        <translation>自动判断：%1，%2，%3</translation>
    </message>
    <message>
        <source>Category: %1, chosen by %2</source>
        <translation>类别：%1，由 %2 选定</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>已由 %1 确认</translation>
    </message>
    <message>
        <source>Conflicting decision: %1 chose %2</source>
        <translation>决定有冲突：%1 选择了 %2</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Change category…</source>
        <translation>更改类别…</translation>
    </message>
    <message>
        <source>Confirm category</source>
        <translation>确认类别</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <source>The outline category of “%1”:</source>
        <translation>“%1”的提纲类别：</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineStandard</name>
    <message>
        <source>%1: line %2, column %3: not valid JSON (%4)</source>
        <translation>%1：第 %2 行第 %3 列：不是有效的 JSON（%4）</translation>
    </message>
    <message>
        <source>%1: the file must hold a JSON object</source>
        <translation>%1：文件内容必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须为 %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不得小于 %1</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知类别“%1”</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>invalid regular expression (%1 at offset %2)</source>
        <translation>无效的正则表达式（偏移量 %2 处：%1）</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is defined twice</source>
        <translation>类别“%1”重复定义</translation>
    </message>
    <message>
        <source>must be &quot;part&quot; or &quot;topic&quot;</source>
        <translation>必须为 &quot;part&quot; 或 &quot;topic&quot;</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is missing</source>
        <translation>缺少类别“%1”</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>needs {n} where the number is, or a &quot;value&quot;</source>
        <translation>须在数字处写 {n}，或提供 &quot;value&quot;</translation>
    </message>
    <message>
        <source>%1: cannot read the outline standard (%2)</source>
        <translation>%1：无法读取提纲标准（%2）</translation>
    </message>
</context>
<context>
    <name>Fazhi::OverruleDialog</name>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1（自动）</translation>
    </message>
    <message>
        <source>&amp;Comment (why):</source>
        <translation>意见（理由）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Fazhi::PagedFlow</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>Fazhi::PdfImporter</name>
    <message>
        <source>is protected by a password; remove the protection and import it again</source>
        <translation>受密码保护；请解除保护后重新导入</translation>
    </message>
    <message>
        <source>is encrypted with an unsupported security scheme</source>
        <translation>使用了不受支持的加密方式</translation>
    </message>
    <message>
        <source>is not a readable PDF (the file is damaged or truncated)</source>
        <translation>不是可读取的 PDF（文件已损坏或不完整）</translation>
    </message>
    <message>
        <source>has no text layer — OCR is not supported</source>
        <translation>没有文本层——不支持 OCR</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) had no text (scanned images are not read).</source>
        <translation>
            <numerusform>%n 页没有文本（不读取扫描图像）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) at the top or bottom of the pages (running headers, footers, page numbers) were left out.</source>
        <translation>
            <numerusform>已略去页面顶部或底部的 %n 行（页眉、页脚、页码）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::PdfTextMap</name>
    <message>
        <source>The PDF has %1 fonts but %2 were drawn as searchable text: its text could not be made searchable.</source>
        <translation>该 PDF 含有 %1 种字体，但只有 %2 种按可检索文字绘制：无法使其文字可检索。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReaderPane</name>
    <message>
        <source>Original script</source>
        <translation>原文字形</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Show the report in another script; annotations stay on their characters.</source>
        <translation>以另一种字形显示报告；批注仍留在原来的字上。</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Tag the selected text as %1 (key %2)</source>
        <translation>将选中文本标记为“%1”（按键 %2）</translation>
    </message>
    <message>
        <source>Tag the selected text as %1</source>
        <translation>将选中文本标记为“%1”</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReaderView</name>
    <message>
        <source>No tag has the shortcut %1.</source>
        <translation>没有标签使用快捷键 %1。</translation>
    </message>
    <message>
        <source>Select the passage to tag first.</source>
        <translation>请先选中要添加标签的段落。</translation>
    </message>
    <message>
        <source>Comment (Enter to save, Esc to cancel)</source>
        <translation>意见（按 Enter 保存，按 Esc 取消）</translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation>标记为</translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation>编辑意见…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Mark Resolved</source>
        <translation>标为已解决</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>删除批注</translation>
    </message>
</context>
<context>
    <name>Fazhi::RemoveCommand</name>
    <message>
        <source>Remove reports from a project, with their annotations and decisions</source>
        <translation>从项目中删除报告及其批注和决定</translation>
    </message>
    <message>
        <source>A report&apos;s id (see fazhi-cli list); repeat it or separate ids by commas.</source>
        <translation>报告编号（见 fazhi-cli list）；可重复此选项，或用逗号分隔多个编号。</translation>
    </message>
    <message>
        <source>fazhi-cli remove: %1 is not a report id.</source>
        <translation>fazhi-cli remove：%1 不是报告编号。</translation>
    </message>
    <message>
        <source>fazhi-cli remove: name the reports with --report ID.</source>
        <translation>fazhi-cli remove：请用 --report 编号指定报告。</translation>
    </message>
    <message>
        <source>fazhi-cli remove: there is no report %1 in %2; nothing was removed.</source>
        <translation>fazhi-cli remove：%2 中没有报告 %1；未删除任何内容。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>fazhi-cli remove: %1</source>
        <translation>fazhi-cli remove：%1</translation>
    </message>
    <message>
        <source>removed report %1 (%2) with %3 and %4</source>
        <translation>已删除报告 %1（%2），连同%3和%4</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n 项决定</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s change record keeps what was removed.</source>
        <translation>项目的变更记录保留了被删除的内容。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportDetailsDialog</name>
    <message>
        <source>Report Details: %1</source>
        <translation>报告信息：%1</translation>
    </message>
    <message>
        <source>Correct what the program read wrongly. The parsed value stays beside yours; Edit → Undo takes a correction back.</source>
        <translation>更正程序识别有误的信息。自动识别的值保留在您的值旁边；“编辑 → 撤销”可撤回更正。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>level</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>2025-03-01 or 2025年3月1日</source>
        <translation>2025-03-01 或 2025年3月1日</translation>
    </message>
    <message>
        <source>Parsed: %1</source>
        <translation>自动识别：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Use Parsed</source>
        <translation>用自动识别值</translation>
    </message>
    <message>
        <source>Put the parsed value back in the field</source>
        <translation>在输入框中恢复自动识别的值</translation>
    </message>
    <message>
        <source>Why (optional): e.g. the title names the city, the report is the district&apos;s</source>
        <translation>原因（可选）：如标题写的是市，报告实为区的报告</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportGenreCheck</name>
    <message>
        <source>no year reported</source>
        <translation>没有报告年度</translation>
    </message>
    <message>
        <source>no region or issuing body</source>
        <translation>没有地区或发文机关</translation>
    </message>
    <message>
        <source>no headings or parts of the report outline</source>
        <translation>没有标题，也没有报告提纲的各部分</translation>
    </message>
    <message numerus="yes">
        <source>only %n character(s)</source>
        <translation>
            <numerusform>仅 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>none of the words of the rule of law (法治, 依法, 执法…)</source>
        <translation>没有法治、依法、执法等法治用语</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportImporter</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: is an old Word (.doc/.wps) or password-protected document; save it as .docx without a password and import that</source>
        <translation>%1：是旧版 Word（.doc/.wps）文档或受密码保护的文档；请另存为无密码的 .docx 后再导入</translation>
    </message>
    <message>
        <source>%1: unsupported file type (%2): supported are .txt, .html, .htm, .docx, .pdf</source>
        <translation>%1：不支持的文件类型（%2）：支持 .txt、.html、.htm、.docx、.pdf</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty (it contains no text)</source>
        <translation>%1：文件为空（不含任何文本）</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportParser</name>
    <message>
        <source>No numbered headings (一、 （一） 1.) were found.</source>
        <translation>未找到带编号的标题（一、 （一） 1.）。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportReader</name>
    <message>
        <source>%1: nothing but page furniture (menus, links, tables) was found; there is no report text in it.</source>
        <translation>%1：只找到页面框架元素（菜单、链接、表格），其中没有报告正文。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewChecklist</name>
    <message>
        <source>Every required item is present</source>
        <translation>必备事项齐全</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>Achievements, problems, leadership duty and plans are all there.</source>
        <translation>成效、问题、第一责任人职责和计划均已具备。</translation>
    </message>
    <message>
        <source>Problems come with their causes</source>
        <translation>问题附有原因分析</translation>
    </message>
    <message>
        <source>The report names no problems, so no causes either.</source>
        <translation>报告未列出问题，因而也没有原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) analyse the causes.</source>
        <translation>
            <numerusform>有 %n 个部分分析了原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>A heading names causes, but no part analyses them.</source>
        <translation>有标题提及原因，但没有任何部分加以分析。</translation>
    </message>
    <message>
        <source>The problems only hint at causes (%1); no part analyses them.</source>
        <translation>问题部分仅提示了原因（%1），没有任何部分加以分析。</translation>
    </message>
    <message>
        <source>The problems are listed without any cause.</source>
        <translation>列出了问题，但未说明任何原因。</translation>
    </message>
    <message>
        <source>Plans answer the problems</source>
        <translation>计划回应问题</translation>
    </message>
    <message>
        <source>The problems name no theme that plans could answer.</source>
        <translation>问题中没有可供计划回应的主题。</translation>
    </message>
    <message numerus="yes">
        <source>Plans answer all %n problem theme(s).</source>
        <translation>
            <numerusform>计划回应了全部 %n 个问题主题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans answer %1 of %2 problem themes; unanswered: %3.</source>
        <translation>计划回应了 %2 个问题主题中的 %1 个；未回应：%3。</translation>
    </message>
    <message>
        <source>Problems are given their share of the text</source>
        <translation>问题部分篇幅充足</translation>
    </message>
    <message>
        <source>The report has no body text.</source>
        <translation>报告没有正文。</translation>
    </message>
    <message>
        <source>Problems and causes take %1% of the text (warn under %2%, fail under %3%).</source>
        <translation>问题和原因占正文的 %1%（低于 %2% 警告，低于 %3% 不通过）。</translation>
    </message>
    <message>
        <source>Results are backed by figures</source>
        <translation>成效有数据支撑</translation>
    </message>
    <message>
        <source>There is no achievements text to count figures in.</source>
        <translation>没有可统计数据的成效文本。</translation>
    </message>
    <message>
        <source>%1 figures with units in %2 characters of achievements: %3 per %4.</source>
        <translation>成效部分 %2 字中有 %1 个带单位的数据：每 %4 字 %3 个。</translation>
    </message>
    <message>
        <source>Published on time</source>
        <translation>按时公开</translation>
    </message>
    <message>
        <source>The year reported is not known.</source>
        <translation>报告年度不明。</translation>
    </message>
    <message>
        <source>The report states no date of issue or publication.</source>
        <translation>报告未注明印发或公开日期。</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公开日期</translation>
    </message>
    <message>
        <source>%1 %2, before the deadline %3.</source>
        <translation>%1 %2，早于截止日期 %3。</translation>
    </message>
    <message>
        <source>%1 %2, not before the deadline %3.</source>
        <translation>%1 %2，未早于截止日期 %3。</translation>
    </message>
    <message>
        <source>The leadership duty has a section of its own</source>
        <translation>第一责任人职责单独成节</translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s) report the principal leaders&apos; duty.</source>
        <translation>
            <numerusform>有 %n 个标题报告主要负责人履行第一责任人职责情况。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only scattered in %n paragraph(s), without a heading.</source>
        <translation>
            <numerusform>仅零散见于 %n 个段落，没有单独标题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report says nothing about the principal leaders&apos; duty.</source>
        <translation>报告未提及主要负责人履行第一责任人职责情况。</translation>
    </message>
    <message>
        <source>Title, issuing bodies, date and addressee</source>
        <translation>标题、发文机关、日期和主送机关</translation>
    </message>
    <message>
        <source>All present.</source>
        <translation>均已具备。</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>checklist status</comment>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>checklist status</comment>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>checklist status</comment>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>checklist status</comment>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>grade</comment>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>grade</comment>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>grade</comment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>grade</comment>
        <translation>不合格</translation>
    </message>
    <message>
        <source>title</source>
        <comment>metadata field</comment>
        <translation>标题</translation>
    </message>
    <message>
        <source>issuing bodies</source>
        <comment>metadata field</comment>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>date</source>
        <comment>metadata field</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>addressee</source>
        <comment>metadata field</comment>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>document number</source>
        <comment>metadata field</comment>
        <translation>文号</translation>
    </message>
    <message>
        <source>signer</source>
        <comment>metadata field</comment>
        <translation>签发人</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the words of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewCommand</name>
    <message>
        <source>Print each report&apos;s checklist as in force, its grade and a suggested grade</source>
        <translation>列出每份报告现行的审查清单、评级和建议评级</translation>
    </message>
    <message>
        <source>Only the report with this id (repeatable).</source>
        <translation>只列出该编号的报告（可重复指定）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>fazhi-cli review: &quot;%1&quot; is not a report id.</source>
        <translation>fazhi-cli review：“%1”不是报告编号。</translation>
    </message>
    <message>
        <source>Suggested grade: %1; grade given: %2</source>
        <translation>建议评级：%1；已给评级：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未评级</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewSession</name>
    <message>
        <source>No project is open.</source>
        <translation>未打开审阅项目。</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>为段落添加标签</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>编辑意见</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <source>Resolve annotation</source>
        <translation>将批注标为已解决</translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation>重新打开批注</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>Change tag color</source>
        <translation>更改标签颜色</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>不存在标签 %1。</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Remove report %1</source>
        <translation>删除报告 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n report(s)</source>
        <translation>
            <numerusform>删除 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1 by a new version</source>
        <translation>用新版本替换 %1</translation>
    </message>
    <message>
        <source>Correct report details</source>
        <translation>更正报告信息</translation>
    </message>
    <message>
        <source>Part of the project could not be read: %1</source>
        <translation>项目中有部分内容无法读取：%1</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation>%1 以只读方式打开：%2</translation>
    </message>
    <message>
        <source>as requested.</source>
        <translation>按要求。</translation>
    </message>
    <message>
        <source>Save As needs a different file than the open project.</source>
        <translation>“另存为”须选择与当前项目不同的文件。</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>There is no report %1 in this project.</source>
        <translation>本项目中没有报告 %1。</translation>
    </message>
    <message>
        <source>Setting the review status</source>
        <translation>设置审阅状态</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签必须有名称。</translation>
    </message>
    <message>
        <source>There is already a tag called %1.</source>
        <translation>已存在名为 %1 的标签。</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>不存在标签 %1。</translation>
    </message>
    <message>
        <source>Not a valid color.</source>
        <translation>不是有效的颜色。</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>标签不能合并到自身。</translation>
    </message>
    <message>
        <source>Both tags must exist to merge them.</source>
        <translation>两个标签都必须存在才能合并。</translation>
    </message>
    <message numerus="yes">
        <source>The tag %1 is used by %n annotation(s); merge it into another tag instead of removing it.</source>
        <translation>
            <numerusform>标签 %1 已被 %n 条批注使用；请将其合并到其他标签，不要删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>不存在批注 %1。</translation>
    </message>
    <message>
        <source>The range %1–%2 is not inside the report (length %3).</source>
        <translation>范围 %1–%2 不在报告内（长度 %3）。</translation>
    </message>
    <message>
        <source>Adding the annotation</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Changing the annotation</source>
        <translation>修改批注</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>没有该标签</translation>
    </message>
    <message>
        <source>Removing the annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Restoring the annotation</source>
        <translation>恢复批注</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation>记录审阅结论</translation>
    </message>
    <message>
        <source>there is no report %1</source>
        <translation>不存在报告 %1</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation>审阅项目不能合并到自身。</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Withdrawing the decision</source>
        <translation>撤回决定</translation>
    </message>
    <message>
        <source>There is no decision %1.</source>
        <translation>不存在决定 %1。</translation>
    </message>
    <message>
        <source>Restoring the tag</source>
        <translation>恢复标签</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>First responsible person</source>
        <translation>第一责任人</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>亮点</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>套话</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>The record of report %1 is incomplete.</source>
        <translation>报告 %1 的记录不完整。</translation>
    </message>
    <message>
        <source>Removing reports</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>Removing report %1</source>
        <translation>删除报告 %1</translation>
    </message>
    <message>
        <source>Putting reports back</source>
        <translation>恢复报告</translation>
    </message>
    <message>
        <source>Putting back %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>Exchanging versions</source>
        <translation>交换版本</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 不是年份。</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 2025-03-01 or 2025年3月1日).</source>
        <translation>%1 不是日期（请写作 2025-03-01 或 2025年3月1日）。</translation>
    </message>
    <message>
        <source>%1 is not a level; use one of %2.</source>
        <extracomment>%2 lists the levels, e.g. 省、市、区</extracomment>
        <translation>%1 不是层级；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is not a detail of a report that can be corrected; these can: %2.</source>
        <translation>%1 不是可更正的报告信息；可更正的有：%2。</translation>
    </message>
    <message>
        <source>Correcting the report&apos;s details</source>
        <translation>更正报告信息</translation>
    </message>
    <message>
        <source>%1 cannot be read in this folder: its latest changes are still in %2, which needs a folder that can be written to. Copy both files to such a folder.</source>
        <translation>无法在此文件夹中读取 %1：其最新修改仍在 %2 中，需要可写入的文件夹。请将这两个文件一起复制到可写入的文件夹。</translation>
    </message>
    <message>
        <source>%1 is damaged: parts of it cannot be read correctly.</source>
        <translation>%1 已损坏：其中部分内容无法正确读取。</translation>
    </message>
    <message>
        <source>%1 is not a project file: it is not a regular file.</source>
        <translation>%1 不是项目文件：它不是普通文件。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Fazhi Review project.</source>
        <translation>%1 是空文件，不是法治报告审阅台项目。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is damaged beyond reading.</source>
        <translation>%1 已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The file is damaged; it was opened read-only so that nothing in it is overwritten.</source>
        <translation>文件已损坏；已以只读方式打开，以免覆盖其中任何内容。</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written to.</source>
        <translation>该文件或其所在文件夹不可写入。</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Fazhi Review and must be upgraded before it can be read, but it cannot be written to.</source>
        <translation>%1 由旧版法治报告审阅台创建，须先升级才能读取，但该文件不可写入。</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for use: the file or its folder cannot be written to.</source>
        <translation>无法准备使用 %1：该文件或其所在文件夹不可写入。</translation>
    </message>
    <message>
        <source>%1 is not a Fazhi Review project, or it is damaged beyond reading.</source>
        <translation>%1 不是法治报告审阅台项目，或已损坏到无法读取。</translation>
    </message>
    <message>
        <source>Cannot keep a backup of %1 before upgrading it: %2 cannot be written.</source>
        <translation>升级 %1 前无法保留备份：无法写入 %2。</translation>
    </message>
    <message>
        <source>it holds more reports, annotations, decisions or tags than a project can</source>
        <translation>其中的报告、批注、决定或标签数量超出项目所能容纳的上限</translation>
    </message>
    <message>
        <source>a report in it is longer than any report can be</source>
        <translation>其中有一份报告的长度超出了报告可能的长度</translation>
    </message>
    <message>
        <source>a heading or paragraph in it lies outside the text of its report</source>
        <translation>其中有标题或段落超出了所属报告的正文范围</translation>
    </message>
    <message>
        <source>an indicator in it lies outside the text of its report</source>
        <translation>其中有指标超出了所属报告的正文范围</translation>
    </message>
    <message>
        <source>an annotation in it lies outside the text of its report</source>
        <translation>其中有批注超出了所属报告的正文范围</translation>
    </message>
    <message numerus="yes">
        <source>an annotation in it has a comment or quote longer than %n character(s)</source>
        <translation>
            <numerusform>其中有批注的意见或引文超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a decision in it is longer than %n character(s)</source>
        <translation>
            <numerusform>其中有决定超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a tag in it has a name longer than %n character(s)</source>
        <translation>
            <numerusform>其中有标签名称超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is from an older version of Fazhi Review and cannot be merged: there is no room for an upgraded copy of it.</source>
        <translation>%1 来自旧版法治报告审阅台，无法合并：没有空间存放其升级后的副本。</translation>
    </message>
    <message>
        <source>%1 cannot be merged: it cannot be read completely. Nothing was merged.</source>
        <translation>无法合并 %1：该文件无法完整读取。未合并任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2. Nothing was merged; ask whoever sent it for a copy saved by Fazhi Review.</source>
        <translation>无法合并 %1：%2。未合并任何内容；请向发送者索取由法治报告审阅台保存的副本。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is damaged; it is read-only from now on so that nothing in it is overwritten.</source>
        <translation>文件已损坏；自现在起为只读，以免覆盖其中任何内容。</translation>
    </message>
    <message>
        <source>its number is taken by a report or mark added since</source>
        <translation>其编号已被此后新增的报告或标注占用</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>merge summary</comment>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>新增 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new annotation(s)</source>
        <translation>
            <numerusform>新增 %n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new decision(s)</source>
        <translation>
            <numerusform>新增 %n 项决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewerNameDialog</name>
    <message>
        <source>Welcome to Fazhi Review</source>
        <translation>欢迎使用法治报告审阅台</translation>
    </message>
    <message>
        <source>Who is reviewing?</source>
        <translation>谁在审阅？</translation>
    </message>
    <message>
        <source>Your name signs every annotation and decision you make, so that colleagues and merged projects show who reviewed what. You can change it later in Settings.</source>
        <translation>您所做的每条批注和每项决定都会署上您的姓名，以便同事和合并后的审阅项目能显示谁审阅了哪些内容。您可以稍后在“设置”中更改。</translation>
    </message>
    <message>
        <source>Your name, as colleagues should see it</source>
        <translation>您的姓名（同事看到的名称）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Fazhi::ScreenshotProject</name>
    <message>
        <source>Cannot read the sample report %1.</source>
        <translation>无法读取示例报告 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ScriptConverter</name>
    <message>
        <source>Cannot load the OpenCC configuration %1: %2</source>
        <translation>无法加载 OpenCC 配置 %1：%2</translation>
    </message>
    <message>
        <source>OpenCC could not convert the text: %1</source>
        <translation>OpenCC 无法转换该文本：%1</translation>
    </message>
</context>
<context>
    <name>Fazhi::SearchCommand</name>
    <message>
        <source>Search all reports of a project (either script finds both)</source>
        <translation>搜索审阅项目中的全部报告（用简体或繁体均可同时检索两种写法）</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Only reports on this year.</source>
        <translation>仅限该年度的报告。</translation>
    </message>
    <message>
        <source>Only reports of this region.</source>
        <translation>仅限该地区的报告。</translation>
    </message>
    <message>
        <source>Only reports of this level (省, 市, 区, 县, 镇, 街道, 部门).</source>
        <translation>仅限该层级的报告（省、市、区、县、镇、街道、部门）。</translation>
    </message>
    <message>
        <source>Only parts of this outline category.</source>
        <translation>仅限该提纲类别的部分。</translation>
    </message>
    <message>
        <source>Only parts with an annotation of this tag.</source>
        <translation>仅限带有该标签批注的部分。</translation>
    </message>
    <message>
        <source>How many hits to show (default 20).</source>
        <translation>显示的结果条数（默认 20）。</translation>
    </message>
    <message>
        <source>Skip this many hits (paging).</source>
        <translation>跳过的结果条数（用于分页）。</translation>
    </message>
    <message>
        <source>Words to find; several words must all be in one paragraph.</source>
        <translation>要查找的词语；多个词语须同时出现在同一段落中。</translation>
    </message>
    <message>
        <source>fazhi-cli search: say what to search for.</source>
        <translation>fazhi-cli search：请指定搜索内容。</translation>
    </message>
    <message>
        <source>fazhi-cli search: there is no tag %1.</source>
        <translation>fazhi-cli search：不存在标签 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::SearchPanel</name>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>Search all reports…</source>
        <translation>搜索全部报告…</translation>
    </message>
    <message>
        <source>Only reports of this year</source>
        <translation>仅限该年度的报告</translation>
    </message>
    <message>
        <source>Only parts of the outline of this kind</source>
        <translation>仅限此类提纲部分</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>全部部分</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开审阅项目。</translation>
    </message>
    <message numerus="yes">
        <source>First %n result(s)</source>
        <translation>
            <numerusform>前 %n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
</context>
<context>
    <name>Fazhi::SetPhrasesDialog</name>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Set Phrases of the Year</source>
        <translation>年度套话</translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation>%1 年度报告</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <source>Double-click a phrase to read it in a report that uses it</source>
        <translation>双击短语，在使用它的报告中阅读</translation>
    </message>
    <message>
        <source>Wording that at least a fifth of the reports (and never fewer than 3) share word for word. Shared wording that is one of these is muted in the compare view.</source>
        <translation>至少五分之一（且不少于 3 份）报告逐字共有的表述。对比视图中属于此类的相同表述会被淡化。</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>正在读取报告…</translation>
    </message>
    <message>
        <source>Nothing was counted.</source>
        <translation>未统计任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n set phrase(s) in %1 reports (each in at least %2 of them)</source>
        <translation>
            <numerusform>%1 份报告中有 %n 条套话（每条至少出现在其中 %2 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Set Phrases</source>
        <translation>导出套话</translation>
    </message>
    <message>
        <source>set-phrases.csv</source>
        <translation>套话.csv</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV 电子表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fazhi::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your name, as colleagues should see it</source>
        <translation>您的姓名（同事看到的名称）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your name signs every annotation and decision you make.</source>
        <translation>您所做的每条批注和每项决定都会署上您的姓名。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when Fazhi Review is restarted.</source>
        <translation>新语言将在重新启动法治报告审阅台后生效。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Reader &amp;text size:</source>
        <translation>阅读器字号(&amp;T)：</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>审阅项目</translation>
    </message>
    <message>
        <source>&amp;Default location:</source>
        <translation>默认位置(&amp;D)：</translation>
    </message>
    <message>
        <source>New projects are saved here, and file dialogs start here.</source>
        <translation>新建的审阅项目保存在此处，文件对话框也从此处打开。</translation>
    </message>
    <message>
        <source>Default Project Location</source>
        <translation>默认项目位置</translation>
    </message>
    <message>
        <source>How names and words from the reports are written in traditional script</source>
        <translation>报告中的名称和词语在繁体中文界面下的写法</translation>
    </message>
    <message>
        <source>&amp;Traditional script:</source>
        <translation>繁体用字(&amp;T)：</translation>
    </message>
    <message>
        <source>Taiwan: 這裡, 著手, 群眾</source>
        <translation>台湾用字：這裡、著手、群眾</translation>
    </message>
    <message>
        <source>Hong Kong: 這裏, 着手, 羣眾</source>
        <translation>香港用字：這裏、着手、羣眾</translation>
    </message>
</context>
<context>
    <name>Fazhi::SharedCommand</name>
    <message>
        <source>List the passages two reports share word for word (either script)</source>
        <translation>列出两份报告逐字相同的段落（简繁均可）</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>The shortest passage to list, in letters and digits (default 20).</source>
        <translation>列出段落的最短长度，按文字和数字计（默认 20）。</translation>
    </message>
    <message>
        <source>A report file, or the id of a report in the project.</source>
        <translation>报告文件，或审阅项目中报告的编号。</translation>
    </message>
    <message>
        <source>The report to compare it with, likewise.</source>
        <translation>与之比较的报告，同上。</translation>
    </message>
    <message>
        <source>fazhi-cli shared: name two reports (files or ids).</source>
        <translation>fazhi-cli shared：请指定两份报告（文件或编号）。</translation>
    </message>
    <message>
        <source>fazhi-cli shared: %1 is neither a file nor a report id.</source>
        <translation>fazhi-cli shared：%1 既不是文件，也不是报告编号。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter shortcuts…</source>
        <translation>筛选快捷键…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
</context>
<context>
    <name>Fazhi::SpreadsheetExporter</name>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>审查清单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>审查项</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动判断</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>最终结论</translation>
    </message>
    <message>
        <source>Overruled by</source>
        <translation>改判人</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>审阅意见</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Text gone</source>
        <translation>原文已删除</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Cannot add the sheet %1.</source>
        <translation>无法添加工作表 %1。</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>无法读取已写入的工作簿：%1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Graded by</source>
        <translation>评级人</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>总体意见</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>审阅中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
</context>
<context>
    <name>Fazhi::SqliteDatabase</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the project file cannot be written to</source>
        <translation>项目文件不可写入</translation>
    </message>
    <message>
        <source>another program kept the project locked for too long</source>
        <translation>其他程序锁定项目的时间过长</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>项目文件已损坏</translation>
    </message>
    <message>
        <source>the project file could not be read or written</source>
        <translation>无法读写项目文件</translation>
    </message>
    <message>
        <source>it holds a value larger than this program accepts</source>
        <translation>其中有超出本程序可接受大小的值</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::StoreBenchmark</name>
    <message>
        <source>How many reports to generate (default 10000).</source>
        <translation>要生成的报告数（默认 10000）。</translation>
    </message>
    <message>
        <source>Where to build the project (default: a temporary file).</source>
        <translation>审阅项目的生成位置（默认：临时文件）。</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>本程序未内置示例报告。</translation>
    </message>
    <message>
        <source>Measure the project already at --db instead of building it (skips the import).</source>
        <translation>测量 --db 指定的现有项目，而不重新生成（跳过导入）。</translation>
    </message>
</context>
<context>
    <name>Fazhi::StoreSchema</name>
    <message>
        <source>%1 was written by a newer version of Fazhi Review (database version %2; this program knows up to %3). Update the program to open it.</source>
        <translation>%1 由更高版本的法治报告审阅台写入（数据库版本 %2；本程序最高支持 %3）。请更新程序后再打开。</translation>
    </message>
    <message>
        <source>Upgrading %1 to database version %2 failed: %3</source>
        <translation>将 %1 升级到数据库版本 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1 is not a Fazhi Review project, or it is damaged beyond reading.</source>
        <translation>%1 不是法治报告审阅台项目，或已损坏到无法读取。</translation>
    </message>
    <message>
        <source>%1 is not a Fazhi Review project: it is another program&apos;s database. It was not changed.</source>
        <translation>%1 不是法治报告审阅台项目，而是其他程序的数据库。该文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is a Fazhi Review project that another program has changed (“%2” is not as Fazhi Review makes it), so it is not opened: what it would do cannot be known. Ask whoever sent %3 for a copy saved by Fazhi Review.</source>
        <translation>%1 是被其他程序改动过的法治报告审阅台项目（“%2”与本程序所建不同），无法预知其行为，因此未打开。请向发送 %3 的人索取由法治报告审阅台保存的副本。</translation>
    </message>
</context>
<context>
    <name>Fazhi::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>This tag is used by annotations. Merge it into another tag instead; its annotations then carry that tag.</source>
        <translation>此标签已被批注使用，不能删除。请将其合并到另一个标签，其批注将改用该标签。</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>Tag Color</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Give its annotations this tag, then remove it:</source>
        <translation>将其批注改为以下标签，然后删除此标签：</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Fazhi::TextImporter</name>
    <message>
        <source>not a text file (the bytes are not UTF-8, UTF-16, GB18030 or Big5 text)</source>
        <translation>不是文本文件（内容不是 UTF-8、UTF-16、GB18030 或 Big5 文本）</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>文本不是有效的 %1</translation>
    </message>
    <message>
        <source>unsupported character encoding %1</source>
        <translation>不支持的字符编码 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The file mixes character encodings: it is in %1, but lines %2 are in %3; both were read.</source>
        <translation>文件混用了多种字符编码：主体为 %1，但第 %2 行为 %3；两部分均已读取。</translation>
    </message>
    <message>
        <source>Lines %1 hold bytes that are not text in UTF-8, GB18030 or Big5; they are shown as “�”.</source>
        <translation>第 %1 行含有不属于 UTF-8、GB18030 或 Big5 文本的字节，已显示为“�”。</translation>
    </message>
    <message>
        <source>The file holds NUL bytes (no text) in lines %1; they were left out.</source>
        <translation>文件第 %1 行含有空字节（并非文本），已略去。</translation>
    </message>
</context>
<context>
    <name>Fazhi::TranslationLoader</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>未知的语言“%1”：请使用 %2 之一。</translation>
    </message>
</context>
<context>
    <name>Fazhi::WindowScreenshot</name>
    <message>
        <source>Invalid size &quot;%1&quot;: expected WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1600x1000.</source>
        <translation>无效的尺寸“%1”：应为 宽x高，介于 320x240 与 8000x8000 之间，例如 1600x1000。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::Workspace</name>
    <message>
        <source>Compare: %1</source>
        <translation>对比：%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
</context>
</TS>
