<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Fazhi</name>
    <message>
        <source>Outline:</source>
        <translation>提綱：</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>審查清單：</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>指標：</translation>
    </message>
</context>
<context>
    <name>Fazhi::AboutDialog</name>
    <message>
        <source>About Fazhi Review</source>
        <translation>關於法治報告審閱臺</translation>
    </message>
    <message>
        <source>Fazhi Review</source>
        <translation>法治報告審閱臺</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>A workstation for reviewing annual rule-of-law government reports: read them side by side, tag achievements, problems, causes, leadership duty and plans, check each report against the statutory outline, and compare districts.</source>
        <translation>審閱年度法治政府建設情況報告的工作臺：並排閱讀，標註成效、問題、原因、第一責任人職責和工作計劃，按法定提綱逐項核查每份報告，並對各地區進行比較。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>正在使用的程式庫：</translation>
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
        <translation>區</translation>
    </message>
    <message>
        <source>County</source>
        <comment>administrative level</comment>
        <translation>縣</translation>
    </message>
    <message>
        <source>Town</source>
        <comment>administrative level</comment>
        <translation>鎮</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <comment>administrative level</comment>
        <translation>街道</translation>
    </message>
    <message>
        <source>Department</source>
        <comment>administrative level</comment>
        <translation>部門</translation>
    </message>
</context>
<context>
    <name>Fazhi::AnnotateCommand</name>
    <message>
        <source>Tag a passage of a report, with an optional comment</source>
        <translation>為報告中的一段文字加標籤，可附備註</translation>
    </message>
    <message>
        <source>The report&apos;s id (see fazhi-cli list).</source>
        <translation>報告 ID（見 fazhi-cli list）。</translation>
    </message>
    <message>
        <source>Where the passage starts (UTF-16 offset in the report&apos;s text).</source>
        <translation>文段起始位置（報告文字中的 UTF-16 偏移量）。</translation>
    </message>
    <message>
        <source>Where the passage ends (exclusive).</source>
        <translation>文段結束位置（不含該位置）。</translation>
    </message>
    <message>
        <source>The tag, by name (问题) or by outline category (problems).</source>
        <translation>標籤，可按名稱（問題）或提綱類別（problems）指定。</translation>
    </message>
    <message>
        <source>A comment on the passage.</source>
        <translation>對該文段的備註。</translation>
    </message>
    <message>
        <source>fazhi-cli annotate: --%1 is required.</source>
        <translation>fazhi-cli annotate：必須提供 --%1。</translation>
    </message>
    <message>
        <source>fazhi-cli annotate: there is no tag %1.</source>
        <translation>fazhi-cli annotate：不存在標籤 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::AnnotatedPdfExporter</name>
    <message>
        <source>Review copy with the reviewers&apos; marks and comments</source>
        <translation>審閱稿（附審閱標註和批註）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Year reported on</source>
        <translation>報告年度</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>報告單位</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>報送物件</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>釋出日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審閱人</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>匯出日期</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>審閱結論</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>評級</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未評級</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>總體評價</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>審查清單</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>審查項</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動判斷</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>最終結論</translation>
    </message>
    <message>
        <source>Why / reviewer&apos;s note</source>
        <translation>說明／審閱意見</translation>
    </message>
    <message>
        <source>Overruled by %1: %2</source>
        <translation>%1 改判：%2</translation>
    </message>
    <message>
        <source>Tag colours:</source>
        <translation>標籤顏色：</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>(in full at the end)</source>
        <translation>（全文見文末）</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>（已解決）</translation>
    </message>
    <message>
        <source>Comments in full</source>
        <translation>批註全文</translation>
    </message>
    <message>
        <source>Annotations whose text is no longer in the report</source>
        <translation>原文已不在報告中的標註</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The export was cancelled after %n report(s).</source>
        <translation>
            <numerusform>已匯出 %n 份報告後取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report %1: %2</source>
        <translation>報告 %1：%2</translation>
    </message>
</context>
<context>
    <name>Fazhi::AnnotationsPanel</name>
    <message>
        <source>&amp;Edit Comment…</source>
        <translation>編輯意見(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>標為已解決(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Show the annotations with this tag</source>
        <translation>顯示帶有此標籤的批註</translation>
    </message>
    <message>
        <source>Show open or resolved annotations</source>
        <translation>顯示待處理或已解決的批註</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意狀態</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <source>Open a report to see its annotations.</source>
        <translation>開啟一份報告以檢視其批註。</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>（無標籤）</translation>
    </message>
    <message>
        <source>Text no longer found</source>
        <translation>原文已找不到</translation>
    </message>
    <message>
        <source>The text of this annotation is no longer found in the current version of the report.</source>
        <translation>在當前版本的報告中已找不到此批註對應的文字。</translation>
    </message>
    <message>
        <source>No annotations yet. Select text in the reader and press a tag&apos;s number (1–8).</source>
        <translation>尚無批註。在閱讀器中選中文字，然後按標籤編號（1–8）。</translation>
    </message>
    <message>
        <source>No annotation matches the filter.</source>
        <translation>沒有符合篩選條件的批註。</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;Tag</source>
        <translation>更改標籤(&amp;T)</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>編輯意見</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>對“%1”的意見：</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批註</translation>
    </message>
</context>
<context>
    <name>Fazhi::BatchImporter</name>
    <message>
        <source>%1: does not look like a rule-of-law government report (%2)</source>
        <extracomment>%2 lists what is missing, e.g. &quot;no year reported, only 11 characters&quot;</extracomment>
        <translation>%1：看起來不像法治政府建設情況報告（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: a copy of report %2 (%3), not imported again</source>
        <translation>%1：是報告 %2（%3）的副本，不再重複匯入</translation>
    </message>
    <message>
        <source>%1: another version of report %2 (%3)</source>
        <translation>%1：是報告 %2（%3）的另一版本</translation>
    </message>
    <message>
        <source>%1: there was not enough memory to read it; it was not imported</source>
        <translation>%1：記憶體不足，無法讀取，未匯入</translation>
    </message>
    <message>
        <source>%1: reading it failed unexpectedly; it was not imported</source>
        <translation>%1：讀取時發生意外錯誤，未匯入</translation>
    </message>
    <message>
        <source>%1: no report files found (%2) in this folder or below it</source>
        <translation>%1：此資料夾及其子資料夾中未找到報告檔案（%2）</translation>
    </message>
    <message>
        <source>%1; the import stopped here</source>
        <translation>%1；匯入在此停止</translation>
    </message>
    <message numerus="yes">
        <source>the disk holding %1 is full (%2 MB free); the %n file(s) not yet imported need about %3 MB. The import stopped here: free some space and import them again.</source>
        <translation>
            <numerusform>%1 所在磁碟已滿（剩餘 %2 MB）；尚未匯入的 %n 個檔案約需 %3 MB。匯入在此停止：請騰出空間後重新匯入這些檔案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::BenchCommand</name>
    <message>
        <source>Measure speed and memory: bench ingest DIR | bench store [--reports N] | bench compare [--reports N] | bench export [--reports N] | bench dashboard [--reports N]</source>
        <translation>測量速度與記憶體：bench ingest 目錄 | bench store [--reports N] | bench compare [--reports N] | bench export [--reports N] | bench dashboard [--reports N]</translation>
    </message>
    <message>
        <source>fazhi-cli bench: say what to measure: ingest, store, compare, export or dashboard</source>
        <translation>fazhi-cli bench：請指明要測量的內容：ingest、store、compare、export 或 dashboard</translation>
    </message>
</context>
<context>
    <name>Fazhi::BoilerplateCommand</name>
    <message>
        <source>List the set phrases that recur in many reports of a year: boilerplate [--year Y] [--out FILE.csv]</source>
        <translation>列出同一年度多份報告反覆出現的套話：boilerplate [--year 年度] [--out 檔案.csv]</translation>
    </message>
    <message>
        <source>Only the reports of this year (default: all).</source>
        <translation>只統計該年度的報告（預設：全部）。</translation>
    </message>
    <message>
        <source>The share of the reports a phrase must occur in (default 0.2; at least 3 reports).</source>
        <translation>短語至少出現在多大比例的報告中（預設 0.2；且至少 3 份報告）。</translation>
    </message>
    <message>
        <source>Print at most this many phrases (default 50; 0: all).</source>
        <translation>最多列出多少條短語（預設 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
    <message>
        <source>Write every phrase as CSV to this file.</source>
        <translation>將全部短語以 CSV 寫入該檔案。</translation>
    </message>
    <message numerus="yes">
        <source>%n set phrase(s) in %1 reports (each in at least %2 of them)</source>
        <translation>
            <numerusform>%1 份報告中有 %n 條套話（每條至少出現在其中 %2 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>fazhi-cli boilerplate: --share takes a number above 0 and at most 1, not %1.</source>
        <translation>fazhi-cli boilerplate：--share 須為大於 0 且不大於 1 的數，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::BoilerplateReport</name>
    <message>
        <source>The boilerplate pass was cancelled.</source>
        <translation>套話統計已取消。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>短語</translation>
    </message>
    <message>
        <source>Example report</source>
        <translation>示例報告</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終點</translation>
    </message>
</context>
<context>
    <name>Fazhi::CheckCommand</name>
    <message>
        <source>Classify every part of reports, run the review checklist, extract indicators</source>
        <translation>對報告各部分分類，執行審查清單，提取指標</translation>
    </message>
    <message>
        <source>Print JSON rather than text.</source>
        <translation>以 JSON 而非文字格式輸出。</translation>
    </message>
    <message>
        <source>Reports to check.</source>
        <translation>要檢查的報告。</translation>
    </message>
    <message>
        <source>fazhi-cli check: name at least one report file.</source>
        <translation>fazhi-cli check：請至少指定一個報告檔案。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ChecklistPanel</name>
    <message numerus="yes">
        <source>all %n</source>
        <translation>
            <numerusform>全部 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>依據：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>評級(&amp;G)：</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未評級</translation>
    </message>
    <message>
        <source>Review &amp;status:</source>
        <translation>審閱狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未審閱</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>審閱中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已審閱</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>總體評價(&amp;M)：</translation>
    </message>
    <message>
        <source>The overall assessment; saved when you leave the field or press Ctrl+Enter</source>
        <translation>總體評價；離開此欄或按 Ctrl+Enter 時儲存</translation>
    </message>
    <message>
        <source>Open a report to see its checklist.</source>
        <translation>開啟一份報告以檢視其審查清單。</translation>
    </message>
    <message>
        <source>This report was stored without a checklist.</source>
        <translation>此報告儲存時未附審查清單。</translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation>自動判斷：%1</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>某位審閱人</translation>
    </message>
    <message>
        <source>Conflicting decision: %1 chose %2</source>
        <translation>決定有衝突：%1 選擇了 %2</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Agree with the status shown</source>
        <translation>同意所示狀態</translation>
    </message>
    <message>
        <source>Overrule…</source>
        <translation>改判…</translation>
    </message>
    <message>
        <source>Overrule checklist item</source>
        <translation>改判審查清單項</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>審查清單</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>審閱狀態</translation>
    </message>
    <message>
        <source>Tagged by the reviewer: %1</source>
        <translation>審閱人標註：%1</translation>
    </message>
    <message>
        <source>by the reviewer&apos;s tags</source>
        <translation>由審閱人標註</translation>
    </message>
</context>
<context>
    <name>Fazhi::ClassifyCommand</name>
    <message>
        <source>Classify headings (or paragraphs) read one per line from standard input</source>
        <translation>對從標準輸入逐行讀取的標題（或段落）進行分類</translation>
    </message>
    <message>
        <source>Each line is a paragraph rather than a heading.</source>
        <translation>每行是一個段落，而非標題。</translation>
    </message>
    <message>
        <source>The year the report is on, for year arithmetic (&quot;2025年…将&quot; is a plan).</source>
        <translation>報告所屬年度，用於年份推算（“2025年…將”屬於計劃）。</translation>
    </message>
    <message>
        <source>fazhi-cli classify: cannot read standard input.</source>
        <translation>fazhi-cli classify：無法讀取標準輸入。</translation>
    </message>
</context>
<context>
    <name>Fazhi::CliCommand</name>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>顯示本命令的選項。</translation>
    </message>
    <message>
        <source>The project file (.fzr); default: %1.</source>
        <translation>審閱專案檔案（.fzr）；預設：%1。</translation>
    </message>
    <message>
        <source>Who signs the changes.</source>
        <translation>修改的署名人。</translation>
    </message>
    <message>
        <source>%1 is read-only: %2 Nothing can be changed in it.</source>
        <translation>%1 為只讀：%2其中的內容無法修改。</translation>
    </message>
    <message>
        <source>%1: --%2 takes a whole number of at least %3, not %4.</source>
        <extracomment>%2 is an option such as --start, %4 what was given for it</extracomment>
        <translation>%1：--%2 須為不小於 %3 的整數，而不是 %4。</translation>
    </message>
    <message>
        <source>%1: --%2 takes a whole number from %3 to %4, not %5.</source>
        <extracomment>%2 is an option such as --year, %5 what was given for it</extracomment>
        <translation>%1：--%2 須為 %3 至 %4 之間的整數，而不是 %5。</translation>
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
        <translation>fazhi-cli：未知的命令或選項“%1”。執行 fazhi-cli --help 檢視全部命令。</translation>
    </message>
    <message>
        <source>Usage: fazhi-cli COMMAND [OPTIONS]</source>
        <translation>用法：fazhi-cli 命令 [選項]</translation>
    </message>
    <message>
        <source>Fazhi Review without a window: import, inspect, check, search and export reports.</source>
        <translation>無視窗的法治報告審閱臺：匯入、檢視、核查、搜尋和匯出報告。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Print the program version and the versions of the libraries it loads</source>
        <translation>顯示程式版本及其載入的程式庫版本</translation>
    </message>
    <message>
        <source>Print this help</source>
        <translation>顯示本幫助</translation>
    </message>
    <message>
        <source>Run fazhi-cli COMMAND --help for a command&apos;s options.</source>
        <translation>執行 fazhi-cli COMMAND --help 檢視某個命令的選項。</translation>
    </message>
    <message>
        <source>Write messages and documents in LANG: zh_CN, zh_TW or en (default: as the window would)</source>
        <translation>以 LANG 語言輸出資訊和文件：zh_CN、zh_TW 或 en（預設與圖形介面相同）</translation>
    </message>
    <message>
        <source>fazhi-cli: --lang needs a language: zh_CN, zh_TW or en.</source>
        <translation>fazhi-cli：--lang 需要指定語言：zh_CN、zh_TW 或 en。</translation>
    </message>
    <message>
        <source>Also print the details behind a message, for reporting a problem</source>
        <translation>同時輸出訊息背後的詳細資訊，便於報告問題</translation>
    </message>
</context>
<context>
    <name>Fazhi::CompareBenchmark</name>
    <message>
        <source>Reports for the boilerplate index (default 1000).</source>
        <translation>套話索引使用的報告數（預設 1000）。</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>本程式未內建示例報告。</translation>
    </message>
    <message>
        <source>The compare view found no shared wording within 30 s.</source>
        <translation>對比檢視在 30 秒內未得出相同表述。</translation>
    </message>
</context>
<context>
    <name>Fazhi::CompareColumn</name>
    <message>
        <source>Missing: this report has no part &quot;%1&quot;.</source>
        <translation>缺失：本報告沒有“%1”部分。</translation>
    </message>
    <message>
        <source>The side panels show this report</source>
        <translation>側邊面板顯示此報告</translation>
    </message>
</context>
<context>
    <name>Fazhi::CompareView</name>
    <message>
        <source>Scroll together</source>
        <translation>同步滾動</translation>
    </message>
    <message>
        <source>Show set phrases</source>
        <translation>顯示套話</translation>
    </message>
    <message>
        <source>When one report scrolls, show the others at the same place of the outline</source>
        <translation>一份報告滾動時，其他報告顯示到提綱中的相同位置</translation>
    </message>
    <message>
        <source>Also underline wording that many reports of the year share (the genre&apos;s set phrases)</source>
        <translation>同時標出本年度多份報告共有的表述（此類報告的套話）</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>字數</translation>
    </message>
    <message>
        <source>Shared wording</source>
        <translation>相同表述</translation>
    </message>
    <message>
        <source>Choose 2 to 4 reports to compare.</source>
        <translation>請選擇 2 至 4 份報告進行對比。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message>
        <source>Looking for shared wording…</source>
        <translation>正在查詢相同表述…</translation>
    </message>
    <message>
        <source>A set phrase: many reports of the year use this wording</source>
        <translation>套話：本年度多份報告使用了這一表述</translation>
    </message>
    <message>
        <source>The reports share no passage of 20 or more letters.</source>
        <translation>這些報告之間沒有 20 字以上的相同段落。</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) shared word for word</source>
        <translation>
            <numerusform>%n 處逐字相同的段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set phrase(s) of the year muted</source>
        <translation>
            <numerusform>已淡化 %n 處本年度套話</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ConvertCommand</name>
    <message>
        <source>Print a report&apos;s text converted to simplified or traditional script (OpenCC)</source>
        <translation>輸出轉換為簡體或繁體後的報告文字（OpenCC）</translation>
    </message>
    <message>
        <source>The script to convert to: simplified or traditional.</source>
        <translation>轉換目標：simplified（簡體）或 traditional（繁體）。</translation>
    </message>
    <message>
        <source>A report file (.txt, .html, .docx, .pdf).</source>
        <translation>一個報告檔案（.txt、.html、.docx、.pdf）。</translation>
    </message>
    <message>
        <source>fazhi-cli convert: --to must be simplified or traditional.</source>
        <translation>fazhi-cli convert：--to 必須為 simplified 或 traditional。</translation>
    </message>
    <message>
        <source>fazhi-cli convert: name exactly one file.</source>
        <translation>fazhi-cli convert：請只指定一個檔案。</translation>
    </message>
</context>
<context>
    <name>Fazhi::CoverageHeatmap</name>
    <message>
        <source>Checklist</source>
        <translation>審查清單</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Outline coverage: share of each report&apos;s text</source>
        <translation>提綱覆蓋：各部分佔報告篇幅</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>small share</source>
        <translation>佔比小</translation>
    </message>
    <message>
        <source>largest share in the column</source>
        <translation>本列最大佔比</translation>
    </message>
    <message>
        <source>%1 — checklist: %2 pass, %3 warning, %4 fail, %5 unknown</source>
        <translation>%1 — 審查清單：透過 %2 項，提醒 %3 項，不透過 %4 項，無法判斷 %5 項</translation>
    </message>
    <message>
        <source>%1 — %2: missing. Click to open the report.</source>
        <translation>%1 — %2：缺失。點選開啟報告。</translation>
    </message>
    <message>
        <source>%1 — %2: %3 characters, %4% of the text. Click to read it.</source>
        <translation>%1 — %2：%3 字，佔全文 %4%。點選閱讀。</translation>
    </message>
    <message>
        <source>✎ Tagged by the reviewer; the classifier found no such part.</source>
        <translation>✎ 由審閱人標註；自動分類未找到此部分。</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardBenchmark</name>
    <message>
        <source>Reports in the project (default 500).</source>
        <translation>專案中的報告數（預設 500）。</translation>
    </message>
    <message>
        <source>Also time writing every chart as PNG, SVG and CSV (slow for many reports).</source>
        <translation>同時計時匯出全部圖表（PNG、SVG 和 CSV；報告多時較慢）。</translation>
    </message>
    <message>
        <source>fazhi-cli bench dashboard: charts need a QApplication.</source>
        <translation>fazhi-cli bench dashboard：繪製圖表需要 QApplication。</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>本程式未內建示例報告。</translation>
    </message>
    <message>
        <source>The dashboard did not finish.</source>
        <translation>統計看板未能完成計算。</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardCharts</name>
    <message>
        <source>Share of the report&apos;s text (%)</source>
        <translation>佔報告篇幅（%）</translation>
    </message>
    <message>
        <source>%1 (not reported)</source>
        <translation>%1（未報告）</translation>
    </message>
    <message>
        <source>Proportions of the outline (most candid first)</source>
        <translation>提綱篇幅構成（最坦誠的在前）</translation>
    </message>
    <message>
        <source>Proportions of the outline</source>
        <translation>提綱篇幅構成</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>指標：%1</translation>
    </message>
    <message>
        <source>Review results: checklist, and the grade after the name</source>
        <translation>審查結果：審查清單，地區名後為評定等次</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>審查清單專案數</translation>
    </message>
    <message>
        <source>Reviewer tags per district</source>
        <translation>各地區審閱標籤</translation>
    </message>
    <message>
        <source>Reviewer tags per district (no annotations yet)</source>
        <translation>各地區審閱標籤（尚無批註）</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批註數</translation>
    </message>
    <message>
        <source>Year over year: %1 (one year only)</source>
        <translation>歷年對比：%1（僅一年）</translation>
    </message>
    <message numerus="yes">
        <source>Year over year: %1 (%n problem passage(s) repeated from the year before)</source>
        <translation>
            <numerusform>歷年對比：%1（%n 處問題表述與上一年度重複）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardCommand</name>
    <message>
        <source>Dashboard charts as PNG, SVG and CSV: dashboard [--year Y] [--city C] [--level L] --out DIR</source>
        <translation>將統計看板圖表匯出為 PNG、SVG 和 CSV：dashboard [--year 年度] [--city 城市] [--level 層級] --out 資料夾</translation>
    </message>
    <message>
        <source>The year compared (default: the newest).</source>
        <translation>比較的年度（預設：最新年度）。</translation>
    </message>
    <message>
        <source>Only the districts of this city, e.g. 江门市.</source>
        <translation>僅限該市所轄地區，如“江門市”。</translation>
    </message>
    <message>
        <source>Only reports of this level, e.g. 区 or 县.</source>
        <translation>僅限該層級的報告，如“區”或“縣”。</translation>
    </message>
    <message>
        <source>The folder to write the charts into.</source>
        <translation>圖表的輸出資料夾。</translation>
    </message>
    <message>
        <source>fazhi-cli dashboard: say where to write the charts with --out DIR.</source>
        <translation>fazhi-cli dashboard：請用 --out 資料夾 指定圖表的輸出位置。</translation>
    </message>
    <message>
        <source>fazhi-cli dashboard: charts need a QApplication.</source>
        <translation>fazhi-cli dashboard：繪製圖表需要 QApplication。</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardFigures</name>
    <message>
        <source>District</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>報告編號</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>審查清單</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Candour (%)</source>
        <translation>坦誠度（%）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>原句起始位置</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>原句結束位置</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未報告</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>評定等次</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>透過</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不透過</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>無法判斷</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardRenderer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot draw the chart %1.</source>
        <translation>無法繪製圖表 %1。</translation>
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
        <translation>層級(&amp;L)：</translation>
    </message>
    <message>
        <source>Sort by &amp;candour</source>
        <translation>按坦誠度排序(&amp;C)</translation>
    </message>
    <message>
        <source>Most candid first: the largest share of problems and causes</source>
        <translation>最坦誠的排在前面：問題和原因所佔篇幅最大</translation>
    </message>
    <message>
        <source>&amp;Export Charts…</source>
        <translation>匯出圖表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指標(&amp;I)：</translation>
    </message>
    <message>
        <source>Point at a bar to read the sentence behind its value; click it to open the report there.</source>
        <translation>指向柱條可檢視數值出處的原句；點選可在報告中開啟該處。</translation>
    </message>
    <message>
        <source>&amp;District over the years:</source>
        <translation>地區歷年對比(&amp;D)：</translation>
    </message>
    <message>
        <source>Problems already listed the year before:</source>
        <translation>上一年度已列出的問題：</translation>
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
        <translation>全部層級</translation>
    </message>
    <message>
        <source>%1 (one year)</source>
        <translation>%1（僅一年）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份報告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n district(s))</source>
        <translation>
            <numerusform>%1（%n 個地區）</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to read it in the %1 report</source>
        <translation>雙擊在 %1 年度報告中閱讀</translation>
    </message>
    <message>
        <source>Only one year of this district is in the project.</source>
        <translation>專案中只有該地區一個年度的報告。</translation>
    </message>
    <message>
        <source>No problem repeats last year&apos;s wording.</source>
        <translation>沒有問題沿用上一年度的表述。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>沒有開啟的專案。</translation>
    </message>
    <message>
        <source>Export Charts To</source>
        <translation>匯出圖表到</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>匯出圖表</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>已寫入 %n 個檔案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::DigestPdfExporter</name>
    <message>
        <source>There are no reports to put in the digest.</source>
        <translation>沒有可納入審閱摘要的報告。</translation>
    </message>
    <message>
        <source>Rule-of-law government reports: review digest</source>
        <translation>法治政府建設情況報告審閱摘要</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), exported %1</source>
        <translation>
            <numerusform>共 %n 份報告，匯出於 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), reviewed by %1, exported %2</source>
        <translation>
            <numerusform>共 %n 份報告，審閱人 %1，匯出於 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>總體評價</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>評級</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>checklist status</comment>
        <translation>透過</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>checklist status</comment>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>checklist status</comment>
        <translation>未透過</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>未解決批註</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未評級</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>統計圖表</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>審閱結論：%1</translation>
    </message>
    <message>
        <source>%1: the report says nothing.</source>
        <translation>%1：報告未涉及。</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審閱人</translation>
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
        <translation>報告編號</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束位置</translation>
    </message>
    <message>
        <source>Last year&apos;s start</source>
        <translation>上年起始位置</translation>
    </message>
    <message>
        <source>Last year&apos;s end</source>
        <translation>上年結束位置</translation>
    </message>
    <message>
        <source>Repeated wording</source>
        <translation>重複的表述</translation>
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
        <translation>不是有效的 .docx 檔案：zip 壓縮包已損壞（%1）</translation>
    </message>
    <message>
        <source>not a Word document: %1 is missing</source>
        <translation>不是 Word 文件：缺少 %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: the archive is damaged</source>
        <translation>無法讀取 %1：壓縮包已損壞</translation>
    </message>
    <message>
        <source>The list numbering (word/numbering.xml) is damaged; numbers are left out.</source>
        <translation>列表編號（word/numbering.xml）已損壞，已略去編號。</translation>
    </message>
    <message>
        <source>%1 is damaged (malformed XML, %2)</source>
        <translation>%1 已損壞（XML 格式錯誤，%2）</translation>
    </message>
    <message>
        <source>the parts of the document expand to more than %1 MB; it is refused</source>
        <extracomment>%1 is a size in MB</extracomment>
        <translation>文件各部分解壓後超過 %1 MB，已拒絕匯入</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 MB; the document is refused</source>
        <extracomment>%1 is a part of the .docx package such as word/document.xml, %2 a size in MB</extracomment>
        <translation>%1 解壓後超過 %2 MB，已拒絕匯入該文件</translation>
    </message>
</context>
<context>
    <name>Fazhi::EditCommand</name>
    <message>
        <source>Correct a report&apos;s region, level, year, title, issuers or dates</source>
        <translation>更正報告的地區、層級、年度、標題、發文機關或日期</translation>
    </message>
    <message>
        <source>The report&apos;s id (see fazhi-cli list).</source>
        <translation>報告編號（見 fazhi-cli list）。</translation>
    </message>
    <message>
        <source>Why the value is corrected.</source>
        <translation>更正原因。</translation>
    </message>
    <message>
        <source>The region (江门市江海区).</source>
        <translation>地區（如江門市江海區）。</translation>
    </message>
    <message>
        <source>The administrative level: %1.</source>
        <translation>行政層級：%1。</translation>
    </message>
    <message>
        <source>The year reported on.</source>
        <translation>報告所述年度。</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>報告標題。</translation>
    </message>
    <message>
        <source>The issuing bodies, separated by 、.</source>
        <translation>發文機關，以“、”分隔。</translation>
    </message>
    <message>
        <source>The date of the report (2025-03-01 or 2025年3月1日).</source>
        <translation>報告日期（2025-03-01 或 2025年3月1日）。</translation>
    </message>
    <message>
        <source>The date it was published.</source>
        <translation>公開發布日期。</translation>
    </message>
    <message>
        <source>fazhi-cli edit: --report ID is required (see fazhi-cli list).</source>
        <translation>fazhi-cli edit：必須指定 --report 編號（見 fazhi-cli list）。</translation>
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
        <translation>（自動識別：%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportBenchmark</name>
    <message>
        <source>Reports in the digest (default 100).</source>
        <translation>審閱摘要中的報告數（預設 100）。</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>本程式未內建示例報告。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportCommand</name>
    <message>
        <source>csv (UTF-8 with BOM, for Excel) or json.</source>
        <translation>csv（帶 BOM 的 UTF-8，供 Excel 使用）或 json。</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>要寫入的檔案（預設：標準輸出）。</translation>
    </message>
    <message>
        <source>fazhi-cli export: --format must be csv or json.</source>
        <translation>fazhi-cli export：--format 必須為 csv 或 json。</translation>
    </message>
    <message>
        <source>Export from a project: export annotations|history --format csv|json [--out FILE] | export pdf|digest|sheets (see export pdf --help)</source>
        <translation>從專案匯出：export annotations|history --format csv|json [--out 檔案] | export pdf|digest|sheets（見 export pdf --help）</translation>
    </message>
    <message>
        <source>fazhi-cli export: say what to export: annotations, history, pdf, digest or sheets</source>
        <translation>fazhi-cli export：請指定匯出內容：annotations、history、pdf、digest 或 sheets</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportDialog</name>
    <message>
        <source>Include &amp;resolved annotations</source>
        <translation>包含已解決的標註(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;omments only (a clean copy without highlights)</source>
        <translation>僅批註（不加高亮的清樣）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Annotated report PDF</source>
        <translation>帶批註的報告 PDF</translation>
    </message>
    <message>
        <source>Review digest PDF</source>
        <translation>審閱摘要 PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (annotations, checklist, indicators)</source>
        <translation>表格（標註、審查清單、指標）</translation>
    </message>
    <message>
        <source>The report &amp;open in the reader</source>
        <translation>閱讀器中開啟的報告(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected reports (%n)</source>
        <translation>
            <numerusform>選中的報告（%n 份）(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All reports of the project (%n)</source>
        <translation>
            <numerusform>專案中的全部報告（%n 份）(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>As written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>報告：</translation>
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
        <translation>報告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>One Excel workbook (.xlsx)</source>
        <translation>一個 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV files in a folder (UTF-8 for Excel)</source>
        <translation>資料夾中的 CSV 檔案（適用於 Excel 的 UTF-8）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>匯出內容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>儲存到(&amp;S)：</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to a Folder</source>
        <translation>匯出到資料夾</translation>
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
        <translation>正在匯出…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 寫入 %n 個 PDF 檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已寫入 %1（共 %n 頁）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule-of-law government reports on %1: review digest</source>
        <translation>%1年度法治政府建設情況報告審閱摘要</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 寫入 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 (annotated).pdf</source>
        <comment>file name</comment>
        <translation>%1（批註）.pdf</translation>
    </message>
    <message>
        <source>%1 annotated PDFs</source>
        <comment>folder name</comment>
        <translation>%1 批註版 PDF</translation>
    </message>
    <message>
        <source>%1 review digest.pdf</source>
        <comment>file name</comment>
        <translation>%1 審閱摘要.pdf</translation>
    </message>
    <message>
        <source>%1 tables (CSV)</source>
        <comment>folder name</comment>
        <translation>%1 表格（CSV）</translation>
    </message>
    <message>
        <source>%1 is a file: name a folder to write the files into.</source>
        <translation>%1 是一個檔案：請指定寫入這些檔案的資料夾。</translation>
    </message>
    <message>
        <source>%1 is a folder: name the file to write.</source>
        <translation>%1 是一個資料夾：請指定要寫入的檔名。</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.</source>
        <translation>已寫入 %1：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份報告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 頁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportDocumentsCommand</name>
    <message>
        <source>Export documents: export pdf (--report ID | --all) --out PATH | export digest --year YEAR --out FILE | export sheets --out FILE.xlsx|DIR</source>
        <translation>匯出文件：export pdf (--report 編號 | --all) --out 路徑 | export digest --year 年度 --out 檔案 | export sheets --out 檔案.xlsx|資料夾</translation>
    </message>
    <message>
        <source>The report to export (its id, see fazhi-cli list).</source>
        <translation>要匯出的報告（編號，見 fazhi-cli list）。</translation>
    </message>
    <message>
        <source>Every report of the project, each to its own PDF in the folder --out.</source>
        <translation>專案中的全部報告，每份報告各匯出一個 PDF 到 --out 資料夾。</translation>
    </message>
    <message>
        <source>The PDF to write (with --all: the folder).</source>
        <translation>要寫入的 PDF 檔案（配合 --all 時為資料夾）。</translation>
    </message>
    <message>
        <source>original (default), simplified or traditional.</source>
        <translation>original（原文，預設）、simplified（簡體）或 traditional（繁體）。</translation>
    </message>
    <message>
        <source>Leave out the annotations marked resolved.</source>
        <translation>不包含已標記為解決的標註。</translation>
    </message>
    <message>
        <source>A clean copy: the comments, no highlights.</source>
        <translation>清樣：只保留批註，不加高亮。</translation>
    </message>
    <message>
        <source>fazhi-cli export pdf: give --report ID or --all, and --out.</source>
        <translation>fazhi-cli export pdf：請給出 --report 編號或 --all，以及 --out。</translation>
    </message>
    <message>
        <source>fazhi-cli export pdf: --script must be original, simplified or traditional.</source>
        <translation>fazhi-cli export pdf：--script 必須是 original、simplified 或 traditional。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已寫入 %1（共 %n 頁）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 寫入 %n 個 PDF 檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>The year reported on (default: every year).</source>
        <translation>報告年度（預設：全部年度）。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要寫入的 PDF 檔案。</translation>
    </message>
    <message>
        <source>fazhi-cli export digest: give --out FILE.pdf.</source>
        <translation>fazhi-cli export digest：請給出 --out 檔案.pdf。</translation>
    </message>
    <message>
        <source>Rule-of-law government reports on %1: review digest</source>
        <translation>%1年度法治政府建設情況報告審閱摘要</translation>
    </message>
    <message>
        <source>Wrote %1: %2 report(s), %3 page(s).</source>
        <translation>已寫入 %1：%2 份報告，共 %3 頁。</translation>
    </message>
    <message>
        <source>A .xlsx workbook, or a folder for annotations.csv, checklist.csv and indicators.csv.</source>
        <translation>.xlsx 工作簿，或存放 annotations.csv、checklist.csv 和 indicators.csv 的資料夾。</translation>
    </message>
    <message>
        <source>fazhi-cli export sheets: give --out FILE.xlsx or --out FOLDER.</source>
        <translation>fazhi-cli export sheets：請給出 --out 檔案.xlsx 或 --out 資料夾。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Fazhi::FindBar</name>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一處匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一處匹配（Enter）</translation>
    </message>
    <message>
        <source>Find in report…</source>
        <translation>在報告中查詢…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 處，共 %2 處</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>無匹配</translation>
    </message>
</context>
<context>
    <name>Fazhi::HtmlImporter</name>
    <message>
        <source>The page declares the character encoding %1 but is written in %2.</source>
        <translation>網頁宣告的字元編碼為 %1，實際卻是 %2。</translation>
    </message>
    <message>
        <source>not a readable HTML page</source>
        <translation>不是可讀取的 HTML 網頁</translation>
    </message>
    <message>
        <source>the page has no report text: only its title, menus and links were found</source>
        <translation>該網頁沒有報告正文：只找到了標題、選單和連結</translation>
    </message>
    <message>
        <source>the page&apos;s elements are nested %1 levels deep, more than the %2 that can be read</source>
        <translation>網頁元素巢狀達 %1 層，超過可讀取的 %2 層</translation>
    </message>
    <message>
        <source>Only %1 of the page&apos;s %2 characters of text (besides menus and links) were taken as the report; the rest may belong to it: compare the report with the page.</source>
        <translation>網頁中選單和連結以外的 %2 個字元裡，只有 %1 個被取作報告正文；其餘部分可能也屬於報告，請與網頁對照。</translation>
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
        <translation>將報告檔案或資料夾匯入審閱專案</translation>
    </message>
    <message>
        <source>Report files (.txt, .html, .docx, .pdf) or folders holding them.</source>
        <translation>報告檔案（.txt、.html、.docx、.pdf）或包含這些檔案的資料夾。</translation>
    </message>
    <message>
        <source>fazhi-cli import: name at least one file or folder.</source>
        <translation>fazhi-cli import：請至少指定一個檔案或資料夾。</translation>
    </message>
    <message>
        <source>%1: failed: the file or folder does not exist</source>
        <translation>%1：失敗：檔案或資料夾不存在</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1：未變化</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失敗：%2</translation>
    </message>
    <message>
        <source>What to do with another version of a report already in the project (the same region, year and level, another text): skip it (the default), replace the old version (its annotations move to the new text) or keep both. A copy of a report already there (the same text) is never imported again.</source>
        <translation>如何處理專案中已有報告的另一版本（地區、年度和層級相同而文字不同）：跳過（預設）、替換舊版本（其批註移至新文字）或兩版都保留。已有報告的副本（文字相同）一律不再重複匯入。</translation>
    </message>
    <message>
        <source>Import files that do not look like rule-of-law government reports too.</source>
        <translation>看起來不像法治政府建設情況報告的檔案也匯入。</translation>
    </message>
    <message>
        <source>fazhi-cli import: --on-duplicate takes skip, replace or keep, not %1.</source>
        <translation>fazhi-cli import：--on-duplicate 的取值為 skip、replace 或 keep，而不是 %1。</translation>
    </message>
    <message>
        <source>%1: imported as report %2</source>
        <translation>%1：已匯入為報告 %2</translation>
    </message>
    <message>
        <source>%1: replaced report %2 (%3); annotations: %4 kept, %5 moved, %6 could not be placed</source>
        <translation>%1：已替換報告 %2（%3）；批註：%4 條原位保留，%5 條已移動，%6 條無法定位</translation>
    </message>
    <message>
        <source>    not found in the new text, kept: %1</source>
        <translation>    新文字中未找到，已保留：%1</translation>
    </message>
    <message>
        <source>%1: skipped: a copy of report %2 (%3)</source>
        <translation>%1：已跳過：是報告 %2（%3）的副本</translation>
    </message>
    <message>
        <source>%1: skipped: another version of report %2 (%3); --on-duplicate replace or keep imports it</source>
        <translation>%1：已跳過：是報告 %2（%3）的另一版本；使用 --on-duplicate replace 或 keep 可匯入</translation>
    </message>
    <message>
        <source>%1: skipped: %2; --force imports it</source>
        <translation>%1：已跳過：%2；使用 --force 可匯入</translation>
    </message>
    <message>
        <source>%1 imported, %2 replaced, %3 unchanged, %4 skipped, %5 failed.</source>
        <translation>匯入 %1 份，替換 %2 份，未變 %3 份，跳過 %4 份，失敗 %5 份。</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not attempted.</source>
        <translation>
            <numerusform>%n 個檔案未嘗試匯入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ImportDialog</name>
    <message>
        <source>Import Reports</source>
        <translation>匯入報告</translation>
    </message>
    <message>
        <source>Looking for report files…</source>
        <translation>正在查詢報告檔案…</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column header: what the reviewer can choose for a file (replace, keep both, import anyway)</extracomment>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Stop after the reports being written; what was imported stays</source>
        <translation>寫完正在寫入的報告後停止；已匯入的內容會保留</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未開啟審閱專案。</translation>
    </message>
    <message>
        <source>Cancelling: finishing the reports being written…</source>
        <translation>正在取消：正在完成寫入中的報告…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未變化</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1：檔案不存在</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>已在審閱專案中</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>已匯入 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 份未變化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 份失敗</numerusform>
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
        <translation>無法開始匯入：%1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>匯入已取消。</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>匯入已完成。</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>匯入失敗。</translation>
    </message>
    <message>
        <source>Replace All Old Versions</source>
        <translation>全部替換舊版本</translation>
    </message>
    <message>
        <source>Keep All Versions</source>
        <translation>全部保留兩版</translation>
    </message>
    <message>
        <source>Import All Anyway</source>
        <translation>全部仍然匯入</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Each old version is replaced by its new file; annotations move to the new text</source>
        <translation>每個舊版本都由其新檔案替換；批註移至新文字</translation>
    </message>
    <message>
        <source>Each new version is imported beside the old one</source>
        <translation>每個新版本都與舊版本並存匯入</translation>
    </message>
    <message>
        <source>Import the files that do not look like reports as they are</source>
        <translation>按原樣匯入看起來不像報告的檔案</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>An import result: the file replaced an older version of its report</extracomment>
        <translation>已替換</translation>
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
        <translation>疑似非報告</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替換</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>兩版都保留</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>仍然匯入</translation>
    </message>
    <message>
        <source>Importing the files you chose…</source>
        <translation>正在匯入您選擇的檔案…</translation>
    </message>
    <message>
        <source>Replaced report %1 (%2)</source>
        <translation>已替換報告 %1（%2）</translation>
    </message>
    <message>
        <source>; annotations: %1 kept, %2 moved, %3 could not be placed</source>
        <translation>；批註：%1 條原位保留，%2 條已移動，%3 條無法定位</translation>
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
        <translation>已保留，並標記為新文字中未找到：
%1</translation>
    </message>
    <message>
        <source>Replace report %1 by this file; its annotations move to the new text</source>
        <translation>用此檔案替換報告 %1；其批註移至新文字</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>兩版都保留</translation>
    </message>
    <message>
        <source>Import this file beside report %1</source>
        <translation>將此檔案與報告 %1 並存匯入</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>仍然匯入</translation>
    </message>
    <message>
        <source>Import this file as it is</source>
        <translation>按原樣匯入此檔案</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>替換 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies not imported</source>
        <translation>
            <numerusform>%n 份副本未匯入</numerusform>
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
            <numerusform>%n 份疑似非報告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported yet: choose on their lines, or for all. Closing imports none of them.</source>
        <translation>
            <numerusform>%n 個檔案尚未匯入：請在各行或為全部檔案選擇處理方式。直接關閉則都不匯入。</numerusform>
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
            <numerusform>%n 個有警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attempted</source>
        <extracomment>An import result: the import stopped (a full disk) before this file</extracomment>
        <translation>未嘗試</translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n 個未嘗試</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) into %1…</source>
        <translation>
            <numerusform>正在將 %n 個檔案匯入 %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::IngestBenchmark</name>
    <message>
        <source>A folder of report files; every supported file under it is read.</source>
        <translation>存放報告檔案的資料夾；將讀取其中所有受支援的檔案。</translation>
    </message>
    <message>
        <source>fazhi-cli bench ingest: name one folder.</source>
        <translation>fazhi-cli bench ingest：請指定一個資料夾。</translation>
    </message>
    <message>
        <source>fazhi-cli bench ingest: no report files under %1.</source>
        <translation>fazhi-cli bench ingest：%1 下沒有報告檔案。</translation>
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
        <translation>裝置檔案</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊檔案</translation>
    </message>
    <message>
        <source>%1: skipped: it is %2, not a regular file</source>
        <extracomment>%2 is what the file is, e.g. &quot;a named pipe (FIFO)&quot; or &quot;a device&quot;</extracomment>
        <translation>%1：已跳過：它是%2，不是普通檔案</translation>
    </message>
    <message>
        <source>%1: is too large (%2 MB; at most %3 MB are imported)</source>
        <translation>%1：檔案過大（%2 MB；最多匯入 %3 MB）</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1：檔案不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：無法讀取（%2）</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB; at most that much is imported</source>
        <translation>%1：超過 %2 MB；最多匯入這麼多</translation>
    </message>
</context>
<context>
    <name>Fazhi::InspectCommand</name>
    <message>
        <source>format: %1, encoding: %2, script: %3</source>
        <translation>格式：%1，編碼：%2，簡繁：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 個段落</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Show how report files are read: metadata, headings, paragraphs (--json for all offsets)</source>
        <translation>顯示報告檔案的讀取結果：元資料、標題、段落（使用 --json 可檢視全部偏移量）</translation>
    </message>
    <message>
        <source>Print JSON: the text and every offset.</source>
        <translation>輸出 JSON：文字及全部偏移量。</translation>
    </message>
    <message>
        <source>Report files (.txt, .html, .docx, .pdf).</source>
        <translation>報告檔案（.txt、.html、.docx、.pdf）。</translation>
    </message>
    <message>
        <source>fazhi-cli inspect: name at least one file.</source>
        <translation>fazhi-cli inspect：請至少指定一個檔案。</translation>
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
        <translation>報告正文的字數</translation>
    </message>
    <message>
        <source>Annotations not yet resolved</source>
        <translation>尚未解決的批註</translation>
    </message>
    <message>
        <source>Checklist items that fail, after the reviewers&apos; decisions</source>
        <translation>計入審閱人決定後不透過的審查清單項</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>字數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>評級</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Column header: number of open (unresolved) annotations</extracomment>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Failures</source>
        <extracomment>Column header: number of failed checklist items</extracomment>
        <translation>不透過</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>審閱中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已審閱</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未審閱</translation>
    </message>
    <message>
        <source>Corrected by a reviewer; the program read: %1</source>
        <translation>已由審閱人更正；程式識別為：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>parsed value</comment>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>Fazhi::LibraryPanel</name>
    <message>
        <source>Filter Reports</source>
        <translation>篩選報告</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>對比(&amp;C)</translation>
    </message>
    <message>
        <source>Filter reports (any script)</source>
        <translation>篩選報告（簡繁字形均可）</translation>
    </message>
    <message>
        <source>Only reports on this year</source>
        <translation>僅顯示該年度的報告</translation>
    </message>
    <message>
        <source>Only reports of this administrative level</source>
        <translation>僅顯示該行政層級的報告</translation>
    </message>
    <message>
        <source>Only reports with this review status</source>
        <translation>僅顯示該審閱狀態的報告</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Compare 2 to 4 selected reports side by side</source>
        <translation>並排對比選中的 2 至 4 份報告</translation>
    </message>
    <message>
        <source>Mark as &amp;Unreviewed</source>
        <translation>標記為未審閱(&amp;U)</translation>
    </message>
    <message>
        <source>Mark as &amp;In Progress</source>
        <translation>標記為審閱中(&amp;I)</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>標記為已審閱(&amp;D)</translation>
    </message>
    <message>
        <source>Review Status</source>
        <translation>審閱狀態</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部層級</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>未開啟審閱專案</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>正在載入報告…</translation>
    </message>
    <message>
        <source>No reports yet: import files or a folder</source>
        <translation>尚無報告：請匯入檔案或資料夾</translation>
    </message>
    <message>
        <source>Outline &amp;Matrix</source>
        <translation>提綱矩陣(&amp;M)</translation>
    </message>
    <message>
        <source>What the selected reports say for each part of the outline, side by side</source>
        <translation>並排檢視所選報告在提綱各部分的表述</translation>
    </message>
    <message>
        <source>&amp;Remove from Project…</source>
        <translation>從專案中刪除(&amp;R)…</translation>
    </message>
    <message>
        <source>Correct &amp;Details…</source>
        <translation>更正報告資訊(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected reports with their annotations and decisions (undoable)</source>
        <translation>刪除所選報告及其批註和決定（可撤銷）</translation>
    </message>
    <message>
        <source>Correct the region, level, year, title, issuers or dates the program read</source>
        <translation>更正程式識別出的地區、層級、年度、標題、發文機關或日期</translation>
    </message>
    <message>
        <source>Remove Reports</source>
        <translation>刪除報告</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 條批註</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n 項決定</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the project? Its %2 and %3 go with it.</source>
        <translation>要從專案中刪除 %1 嗎？其 %2和%3將一併刪除。</translation>
    </message>
    <message>
        <source>Remove %1 reports from the project? Their %2 and %3 go with them.</source>
        <translation>要從專案中刪除 %1 份報告嗎？其 %2和%3將一併刪除。</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings back the reports with all their marks.</source>
        <translation>“編輯 → 撤銷”（Ctrl+Z）可恢復這些報告及其全部標註。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Report Details</source>
        <translation>報告資訊</translation>
    </message>
    <message>
        <source>Correct details of %1</source>
        <translation>更正 %1 的報告資訊</translation>
    </message>
    <message>
        <source>The reports cannot be listed: %1</source>
        <translation>無法列出報告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>顯示 %1 份，共 %n 份報告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ListCommand</name>
    <message>
        <source>List the reports in a project</source>
        <translation>列出審閱專案中的報告</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
</context>
<context>
    <name>Fazhi::MainWindow</name>
    <message>
        <source>Fazhi Review</source>
        <translation>法治報告審閱臺</translation>
    </message>
    <message>
        <source>Review annual rule-of-law government reports: tag achievements, problems, causes, the leaders&apos; first-responsible-person duty and next year&apos;s plans, check each report against the statutory outline, and compare districts.</source>
        <translation>審閱年度法治政府建設情況報告：標註成效、問題、原因、主要負責人履行第一責任人職責情況和下一年度工作安排，按法定提綱逐項核查每份報告，並對各地區進行比較。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>報告庫</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提綱</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>核查清單</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未開啟專案</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置佈局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fazhi Review</source>
        <translation>關於法治報告審閱臺(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建審閱專案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>開啟審閱專案(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>專案另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>匯入報告(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Annotations as &amp;CSV…</source>
        <translation>批註 CSV 檔案(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in Report…</source>
        <translation>在報告中查詢(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>搜尋審閱專案(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
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
        <translation>簡體(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Traditional (繁體)</source>
        <translation>繁體(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Checking the project file…</source>
        <translation>正在檢查專案檔案…</translation>
    </message>
    <message>
        <source>Project file damaged</source>
        <translation>專案檔案已損壞</translation>
    </message>
    <message>
        <source>%1 (read-only: %2)</source>
        <translation>%1（只讀：%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份報告</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建審閱專案</translation>
    </message>
    <message>
        <source>Fazhi Review projects (*.fzr)</source>
        <translation>法治報告審閱臺專案檔案 (*.fzr)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>無法替換 %1。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>開啟審閱專案</translation>
    </message>
    <message>
        <source>Fazhi Review projects (*.fzr);;All files (*)</source>
        <translation>法治報告審閱臺專案檔案 (*.fzr);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>專案另存為</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>匯入報告</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>報告 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>匯入報告資料夾</translation>
    </message>
    <message>
        <source>Open a project before importing reports.</source>
        <translation>請先開啟審閱專案，再匯入報告。</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>匯出批註</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>適用於 Excel 的 CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Tag the selected text (reader)</source>
        <translation>為選中文字新增標籤（閱讀器）</translation>
    </message>
    <message>
        <source>1 – 8</source>
        <translation>1 – 8</translation>
    </message>
    <message>
        <source>Edit the comment of the annotation at the cursor</source>
        <translation>編輯游標處批註的意見</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter 或雙擊</translation>
    </message>
    <message>
        <source>Remove the annotation at the cursor</source>
        <translation>刪除游標處的批註</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>標籤管理(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Reports</source>
        <translation>對比所選報告(&amp;C)</translation>
    </message>
    <message>
        <source>Outline &amp;Matrix</source>
        <translation>提綱矩陣(&amp;M)</translation>
    </message>
    <message>
        <source>Set &amp;Phrases of the Year…</source>
        <translation>年度套話(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;PDF, Digest or Spreadsheet…</source>
        <translation>PDF、審閱摘要或表格(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>統計看板(&amp;D)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Review project %1</source>
        <comment>file name</comment>
        <translation>審閱專案 %1</translation>
    </message>
    <message>
        <source>Project is read-only</source>
        <translation>專案為只讀</translation>
    </message>
    <message>
        <source>%1 is read-only: %2

Everything in it can be read. To go on working, save a copy in a folder you can write to.</source>
        <translation>%1 為只讀：%2

其中的內容均可閱讀。如需繼續工作，請將副本儲存到可寫入的資料夾。</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Keep Reading</source>
        <translation>繼續閱讀</translation>
    </message>
    <message>
        <source>%1

The project is read-only from now on, so that nothing in it is overwritten. Save a copy with File → Save Project As, and keep the damaged file for repair.</source>
        <translation>%1

此專案自現在起為只讀，以免覆蓋其中任何內容。請用“檔案 → 專案另存為”儲存副本，並保留損壞的檔案以便修復。</translation>
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
        <translation>以 CSV 輸出審閱專案的提綱對照表：matrix [--year Y] [--reports ID,ID] [--out FILE.csv]</translation>
    </message>
    <message>
        <source>Only the reports of this year (default: all).</source>
        <translation>只含該年度的報告（預設：全部）。</translation>
    </message>
    <message>
        <source>The reports to compare, by id, comma-separated.</source>
        <translation>要對照的報告編號，以逗號分隔。</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>要寫入的檔案（預設：標準輸出）。</translation>
    </message>
    <message>
        <source>fazhi-cli matrix: &quot;%1&quot; is not a report id.</source>
        <translation>fazhi-cli matrix：“%1”不是報告編號。</translation>
    </message>
</context>
<context>
    <name>Fazhi::MergeCommand</name>
    <message>
        <source>Bring another reviewer&apos;s project file into this one</source>
        <translation>將其他審閱人的審閱專案檔案合併到本專案</translation>
    </message>
    <message>
        <source>The other project file (.fzr).</source>
        <translation>另一個審閱專案檔案（.fzr）。</translation>
    </message>
    <message>
        <source>fazhi-cli merge: name one project file to merge.</source>
        <translation>fazhi-cli merge：請指定一個要合併的審閱專案檔案。</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineBar</name>
    <message>
        <source>Go to:</source>
        <translation>跳轉到：</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Go to a theme of the statutory outline in every report</source>
        <translation>在每份報告中跳轉到法定提綱的某一主題</translation>
    </message>
    <message>
        <source>Show the part &quot;%1&quot; of every report</source>
        <translation>顯示每份報告的“%1”部分</translation>
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
        <translation>問題</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Leadership duty</source>
        <translation>第一責任人職責</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>計劃</translation>
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
        <translation>標題含有 %1</translation>
    </message>
    <message>
        <source>paragraph opens with %1</source>
        <translation>段落以 %1 開頭</translation>
    </message>
    <message>
        <source>mentions %1</source>
        <translation>提及 %1</translation>
    </message>
    <message>
        <source>heading names %1年, after the year reported</source>
        <translation>標題提及%1年，晚於報告年度</translation>
    </message>
    <message>
        <source>heading names the year reported (%1年)</source>
        <translation>標題提及報告年度（%1年）</translation>
    </message>
    <message>
        <source>paragraph opens with %1年以来</source>
        <translation>段落以“%1年以來”開頭</translation>
    </message>
    <message>
        <source>paragraph opens with %1年…将</source>
        <translation>段落以“%1年…將”開頭</translation>
    </message>
    <message>
        <source>paragraph opens with %1年, after the year reported</source>
        <translation>段落以“%1年”開頭，晚於報告年度</translation>
    </message>
    <message>
        <source>paragraph opens with the year reported (%1年)</source>
        <translation>段落以報告年度（%1年）開頭</translation>
    </message>
    <message>
        <source>mentions %1年, after the year reported</source>
        <translation>提及%1年，晚於報告年度</translation>
    </message>
    <message>
        <source>no cue: counted as %1, what most of a report is</source>
        <translation>無提示詞：按 %1 計（報告大部分內容屬於此類）</translation>
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
        <translation>繼承自標題 %1</translation>
    </message>
    <message>
        <source>preamble before the first heading</source>
        <translation>第一個標題之前的導語</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineMatrix</name>
    <message>
        <source>There is no report %1 in the project.</source>
        <translation>審閱專案中沒有編號為 %1 的報告。</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提綱</translation>
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
            <numerusform>%n 字；雙擊在報告中閱讀</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagged by the reviewer</source>
        <translation>由審閱人標註</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineMatrixView</name>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Save the matrix as a spreadsheet (CSV, UTF-8)</source>
        <translation>將矩陣儲存為電子表格（CSV，UTF-8）</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>報告：</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未開啟專案。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份報告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing cell(s)</source>
        <translation>
            <numerusform>%n 處缺失</numerusform>
        </translation>
    </message>
    <message>
        <source>Outline matrix</source>
        <translation>提綱矩陣</translation>
    </message>
    <message>
        <source>Selected reports (%1)</source>
        <translation>所選報告（%1）</translation>
    </message>
    <message>
        <source>All reports of %1</source>
        <translation>%1 年度全部報告</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部報告</translation>
    </message>
    <message>
        <source>Export the Outline Matrix</source>
        <translation>匯出提綱矩陣</translation>
    </message>
    <message>
        <source>outline-matrix.csv</source>
        <translation>提綱矩陣.csv</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV 電子表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineOptions</name>
    <message>
        <source>Use the outline standard (categories, cues, themes, checks) in FILE instead of the bundled one.</source>
        <translation>使用 FILE 中的提綱標準（類別、提示詞、主題、檢查項）替代內建標準。</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlinePanel</name>
    <message>
        <source>Open a report to see its outline.</source>
        <translation>開啟一份報告以檢視其提綱。</translation>
    </message>
    <message>
        <source>This report has no headings.</source>
        <translation>此報告沒有標題。</translation>
    </message>
    <message>
        <source>automatic: not classified</source>
        <translation>自動判斷：未分類</translation>
    </message>
    <message>
        <source>automatic: %1, %2, %3</source>
        <translation>自動判斷：%1，%2，%3</translation>
    </message>
    <message>
        <source>Category: %1, chosen by %2</source>
        <translation>類別：%1，由 %2 選定</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>已由 %1 確認</translation>
    </message>
    <message>
        <source>Conflicting decision: %1 chose %2</source>
        <translation>決定有衝突：%1 選擇了 %2</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主題：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Change category…</source>
        <translation>更改類別…</translation>
    </message>
    <message>
        <source>Confirm category</source>
        <translation>確認類別</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>更改類別</translation>
    </message>
    <message>
        <source>The outline category of “%1”:</source>
        <translation>“%1”的提綱類別：</translation>
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
        <translation>%1：檔案內容必須是 JSON 物件</translation>
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
        <translation>必須為 %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不得小於 %1</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知類別“%1”</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能為空</translation>
    </message>
    <message>
        <source>invalid regular expression (%1 at offset %2)</source>
        <translation>無效的正則表示式（偏移量 %2 處：%1）</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is defined twice</source>
        <translation>類別“%1”重複定義</translation>
    </message>
    <message>
        <source>must be &quot;part&quot; or &quot;topic&quot;</source>
        <translation>必須為 &quot;part&quot; 或 &quot;topic&quot;</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is missing</source>
        <translation>缺少類別“%1”</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>needs {n} where the number is, or a &quot;value&quot;</source>
        <translation>須在數字處寫 {n}，或提供 &quot;value&quot;</translation>
    </message>
    <message>
        <source>%1: cannot read the outline standard (%2)</source>
        <translation>%1：無法讀取提綱標準（%2）</translation>
    </message>
</context>
<context>
    <name>Fazhi::OverruleDialog</name>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1（自動）</translation>
    </message>
    <message>
        <source>&amp;Comment (why):</source>
        <translation>意見（理由）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Fazhi::PagedFlow</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
</context>
<context>
    <name>Fazhi::PdfImporter</name>
    <message>
        <source>is protected by a password; remove the protection and import it again</source>
        <translation>受密碼保護；請解除保護後重新匯入</translation>
    </message>
    <message>
        <source>is encrypted with an unsupported security scheme</source>
        <translation>使用了不受支援的加密方式</translation>
    </message>
    <message>
        <source>is not a readable PDF (the file is damaged or truncated)</source>
        <translation>不是可讀取的 PDF（檔案已損壞或不完整）</translation>
    </message>
    <message>
        <source>has no text layer — OCR is not supported</source>
        <translation>沒有文字層——不支援 OCR</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) had no text (scanned images are not read).</source>
        <translation>
            <numerusform>%n 頁沒有文字（不讀取掃描影像）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) at the top or bottom of the pages (running headers, footers, page numbers) were left out.</source>
        <translation>
            <numerusform>已略去頁面頂部或底部的 %n 行（頁首、頁尾、頁碼）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::PdfTextMap</name>
    <message>
        <source>The PDF has %1 fonts but %2 were drawn as searchable text: its text could not be made searchable.</source>
        <translation>該 PDF 含有 %1 種字型，但只有 %2 種按可檢索文字繪製：無法使其文字可檢索。</translation>
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
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Show the report in another script; annotations stay on their characters.</source>
        <translation>以另一種字形顯示報告；批註仍留在原來的字上。</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Tag the selected text as %1 (key %2)</source>
        <translation>將選中文字標記為“%1”（按鍵 %2）</translation>
    </message>
    <message>
        <source>Tag the selected text as %1</source>
        <translation>將選中文字標記為“%1”</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReaderView</name>
    <message>
        <source>No tag has the shortcut %1.</source>
        <translation>沒有標籤使用快捷鍵 %1。</translation>
    </message>
    <message>
        <source>Select the passage to tag first.</source>
        <translation>請先選中要新增標籤的段落。</translation>
    </message>
    <message>
        <source>Comment (Enter to save, Esc to cancel)</source>
        <translation>意見（按 Enter 儲存，按 Esc 取消）</translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation>標記為</translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation>編輯意見…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Mark Resolved</source>
        <translation>標為已解決</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>刪除批註</translation>
    </message>
</context>
<context>
    <name>Fazhi::RemoveCommand</name>
    <message>
        <source>Remove reports from a project, with their annotations and decisions</source>
        <translation>從專案中刪除報告及其批註和決定</translation>
    </message>
    <message>
        <source>A report&apos;s id (see fazhi-cli list); repeat it or separate ids by commas.</source>
        <translation>報告編號（見 fazhi-cli list）；可重複此選項，或用逗號分隔多個編號。</translation>
    </message>
    <message>
        <source>fazhi-cli remove: %1 is not a report id.</source>
        <translation>fazhi-cli remove：%1 不是報告編號。</translation>
    </message>
    <message>
        <source>fazhi-cli remove: name the reports with --report ID.</source>
        <translation>fazhi-cli remove：請用 --report 編號指定報告。</translation>
    </message>
    <message>
        <source>fazhi-cli remove: there is no report %1 in %2; nothing was removed.</source>
        <translation>fazhi-cli remove：%2 中沒有報告 %1；未刪除任何內容。</translation>
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
        <translation>已刪除報告 %1（%2），連同%3和%4</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 條批註</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n 項決定</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s change record keeps what was removed.</source>
        <translation>專案的變更記錄保留了被刪除的內容。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportDetailsDialog</name>
    <message>
        <source>Report Details: %1</source>
        <translation>報告資訊：%1</translation>
    </message>
    <message>
        <source>Correct what the program read wrongly. The parsed value stays beside yours; Edit → Undo takes a correction back.</source>
        <translation>更正程式識別有誤的資訊。自動識別的值保留在您的值旁邊；“編輯 → 撤銷”可撤回更正。</translation>
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
        <translation>自動識別：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Use Parsed</source>
        <translation>用自動識別值</translation>
    </message>
    <message>
        <source>Put the parsed value back in the field</source>
        <translation>在輸入框中恢復自動識別的值</translation>
    </message>
    <message>
        <source>Why (optional): e.g. the title names the city, the report is the district&apos;s</source>
        <translation>原因（可選）：如標題寫的是市，報告實為區的報告</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>發文機關</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>報告日期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>釋出日期</translation>
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
        <translation>沒有報告年度</translation>
    </message>
    <message>
        <source>no region or issuing body</source>
        <translation>沒有地區或發文機關</translation>
    </message>
    <message>
        <source>no headings or parts of the report outline</source>
        <translation>沒有標題，也沒有報告提綱的各部分</translation>
    </message>
    <message numerus="yes">
        <source>only %n character(s)</source>
        <translation>
            <numerusform>僅 %n 個字元</numerusform>
        </translation>
    </message>
    <message>
        <source>none of the words of the rule of law (法治, 依法, 执法…)</source>
        <translation>沒有法治、依法、執法等法治用語</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportImporter</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：檔案為空</translation>
    </message>
    <message>
        <source>%1: is an old Word (.doc/.wps) or password-protected document; save it as .docx without a password and import that</source>
        <translation>%1：是舊版 Word（.doc/.wps）文件或受密碼保護的文件；請另存為無密碼的 .docx 後再匯入</translation>
    </message>
    <message>
        <source>%1: unsupported file type (%2): supported are .txt, .html, .htm, .docx, .pdf</source>
        <translation>%1：不支援的檔案型別（%2）：支援 .txt、.html、.htm、.docx、.pdf</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>無副檔名</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty (it contains no text)</source>
        <translation>%1：檔案為空（不含任何文字）</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportParser</name>
    <message>
        <source>No numbered headings (一、 （一） 1.) were found.</source>
        <translation>未找到帶編號的標題（一、 （一） 1.）。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportReader</name>
    <message>
        <source>%1: nothing but page furniture (menus, links, tables) was found; there is no report text in it.</source>
        <translation>%1：只找到頁面框架元素（選單、連結、表格），其中沒有報告正文。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewChecklist</name>
    <message>
        <source>Every required item is present</source>
        <translation>必備事項齊全</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>Achievements, problems, leadership duty and plans are all there.</source>
        <translation>成效、問題、第一責任人職責和計劃均已具備。</translation>
    </message>
    <message>
        <source>Problems come with their causes</source>
        <translation>問題附有原因分析</translation>
    </message>
    <message>
        <source>The report names no problems, so no causes either.</source>
        <translation>報告未列出問題，因而也沒有原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) analyse the causes.</source>
        <translation>
            <numerusform>有 %n 個部分分析了原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>A heading names causes, but no part analyses them.</source>
        <translation>有標題提及原因，但沒有任何部分加以分析。</translation>
    </message>
    <message>
        <source>The problems only hint at causes (%1); no part analyses them.</source>
        <translation>問題部分僅提示了原因（%1），沒有任何部分加以分析。</translation>
    </message>
    <message>
        <source>The problems are listed without any cause.</source>
        <translation>列出了問題，但未說明任何原因。</translation>
    </message>
    <message>
        <source>Plans answer the problems</source>
        <translation>計劃回應問題</translation>
    </message>
    <message>
        <source>The problems name no theme that plans could answer.</source>
        <translation>問題中沒有可供計劃回應的主題。</translation>
    </message>
    <message numerus="yes">
        <source>Plans answer all %n problem theme(s).</source>
        <translation>
            <numerusform>計劃回應了全部 %n 個問題主題。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans answer %1 of %2 problem themes; unanswered: %3.</source>
        <translation>計劃回應了 %2 個問題主題中的 %1 個；未回應：%3。</translation>
    </message>
    <message>
        <source>Problems are given their share of the text</source>
        <translation>問題部分篇幅充足</translation>
    </message>
    <message>
        <source>The report has no body text.</source>
        <translation>報告沒有正文。</translation>
    </message>
    <message>
        <source>Problems and causes take %1% of the text (warn under %2%, fail under %3%).</source>
        <translation>問題和原因佔正文的 %1%（低於 %2% 警告，低於 %3% 不透過）。</translation>
    </message>
    <message>
        <source>Results are backed by figures</source>
        <translation>成效有資料支撐</translation>
    </message>
    <message>
        <source>There is no achievements text to count figures in.</source>
        <translation>沒有可統計資料的成效文字。</translation>
    </message>
    <message>
        <source>%1 figures with units in %2 characters of achievements: %3 per %4.</source>
        <translation>成效部分 %2 字中有 %1 個帶單位的資料：每 %4 字 %3 個。</translation>
    </message>
    <message>
        <source>Published on time</source>
        <translation>按時公開</translation>
    </message>
    <message>
        <source>The year reported is not known.</source>
        <translation>報告年度不明。</translation>
    </message>
    <message>
        <source>The report states no date of issue or publication.</source>
        <translation>報告未註明印發或公開日期。</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日期</translation>
    </message>
    <message>
        <source>%1 %2, before the deadline %3.</source>
        <translation>%1 %2，早於截止日期 %3。</translation>
    </message>
    <message>
        <source>%1 %2, not before the deadline %3.</source>
        <translation>%1 %2，未早於截止日期 %3。</translation>
    </message>
    <message>
        <source>The leadership duty has a section of its own</source>
        <translation>第一責任人職責單獨成節</translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s) report the principal leaders&apos; duty.</source>
        <translation>
            <numerusform>有 %n 個標題報告主要負責人履行第一責任人職責情況。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only scattered in %n paragraph(s), without a heading.</source>
        <translation>
            <numerusform>僅零散見於 %n 個段落，沒有單獨標題。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report says nothing about the principal leaders&apos; duty.</source>
        <translation>報告未提及主要負責人履行第一責任人職責情況。</translation>
    </message>
    <message>
        <source>Title, issuing bodies, date and addressee</source>
        <translation>標題、發文機關、日期和主送機關</translation>
    </message>
    <message>
        <source>All present.</source>
        <translation>均已具備。</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>checklist status</comment>
        <translation>透過</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>checklist status</comment>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>checklist status</comment>
        <translation>不透過</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>checklist status</comment>
        <translation>無法判斷</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>grade</comment>
        <translation>優秀</translation>
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
        <translation>標題</translation>
    </message>
    <message>
        <source>issuing bodies</source>
        <comment>metadata field</comment>
        <translation>發文機關</translation>
    </message>
    <message>
        <source>date</source>
        <comment>metadata field</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>addressee</source>
        <comment>metadata field</comment>
        <translation>主送機關</translation>
    </message>
    <message>
        <source>document number</source>
        <comment>metadata field</comment>
        <translation>文號</translation>
    </message>
    <message>
        <source>signer</source>
        <comment>metadata field</comment>
        <translation>簽發人</translation>
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
        <translation>列出每份報告現行的審查清單、評級和建議評級</translation>
    </message>
    <message>
        <source>Only the report with this id (repeatable).</source>
        <translation>只列出該編號的報告（可重複指定）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
    <message>
        <source>fazhi-cli review: &quot;%1&quot; is not a report id.</source>
        <translation>fazhi-cli review：“%1”不是報告編號。</translation>
    </message>
    <message>
        <source>Suggested grade: %1; grade given: %2</source>
        <translation>建議評級：%1；已給評級：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未評級</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewSession</name>
    <message>
        <source>No project is open.</source>
        <translation>未開啟審閱專案。</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>為段落新增標籤</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>刪除批註</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>編輯意見</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>更改標籤</translation>
    </message>
    <message>
        <source>Resolve annotation</source>
        <translation>將批註標為已解決</translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation>重新開啟批註</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>記錄決定</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重新命名標籤</translation>
    </message>
    <message>
        <source>Change tag color</source>
        <translation>更改標籤顏色</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>不存在標籤 %1。</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合併標籤</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>刪除標籤</translation>
    </message>
    <message>
        <source>Remove report %1</source>
        <translation>刪除報告 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n report(s)</source>
        <translation>
            <numerusform>刪除 %n 份報告</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1 by a new version</source>
        <translation>用新版本替換 %1</translation>
    </message>
    <message>
        <source>Correct report details</source>
        <translation>更正報告資訊</translation>
    </message>
    <message>
        <source>Part of the project could not be read: %1</source>
        <translation>專案中有部分內容無法讀取：%1</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>無法為 %1 建立資料夾。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation>%1 以只讀方式開啟：%2</translation>
    </message>
    <message>
        <source>as requested.</source>
        <translation>按要求。</translation>
    </message>
    <message>
        <source>Save As needs a different file than the open project.</source>
        <translation>“另存為”須選擇與當前專案不同的檔案。</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>無法替換 %1。</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存為</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <source>There is no report %1 in this project.</source>
        <translation>本專案中沒有報告 %1。</translation>
    </message>
    <message>
        <source>Setting the review status</source>
        <translation>設定審閱狀態</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>標籤必須有名稱。</translation>
    </message>
    <message>
        <source>There is already a tag called %1.</source>
        <translation>已存在名為 %1 的標籤。</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>不存在標籤 %1。</translation>
    </message>
    <message>
        <source>Not a valid color.</source>
        <translation>不是有效的顏色。</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>標籤不能合併到自身。</translation>
    </message>
    <message>
        <source>Both tags must exist to merge them.</source>
        <translation>兩個標籤都必須存在才能合併。</translation>
    </message>
    <message numerus="yes">
        <source>The tag %1 is used by %n annotation(s); merge it into another tag instead of removing it.</source>
        <translation>
            <numerusform>標籤 %1 已被 %n 條批註使用；請將其合併到其他標籤，不要刪除。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>不存在批註 %1。</translation>
    </message>
    <message>
        <source>The range %1–%2 is not inside the report (length %3).</source>
        <translation>範圍 %1–%2 不在報告內（長度 %3）。</translation>
    </message>
    <message>
        <source>Adding the annotation</source>
        <translation>新增批註</translation>
    </message>
    <message>
        <source>Changing the annotation</source>
        <translation>修改批註</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>沒有該標籤</translation>
    </message>
    <message>
        <source>Removing the annotation</source>
        <translation>刪除批註</translation>
    </message>
    <message>
        <source>Restoring the annotation</source>
        <translation>恢復批註</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation>記錄審閱結論</translation>
    </message>
    <message>
        <source>there is no report %1</source>
        <translation>不存在報告 %1</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation>審閱專案不能合併到自身。</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>合併 %1</translation>
    </message>
    <message>
        <source>Withdrawing the decision</source>
        <translation>撤回決定</translation>
    </message>
    <message>
        <source>There is no decision %1.</source>
        <translation>不存在決定 %1。</translation>
    </message>
    <message>
        <source>Restoring the tag</source>
        <translation>恢復標籤</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>First responsible person</source>
        <translation>第一責任人</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>亮點</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>套話</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>報告 %1</translation>
    </message>
    <message>
        <source>The record of report %1 is incomplete.</source>
        <translation>報告 %1 的記錄不完整。</translation>
    </message>
    <message>
        <source>Removing reports</source>
        <translation>刪除報告</translation>
    </message>
    <message>
        <source>Removing report %1</source>
        <translation>刪除報告 %1</translation>
    </message>
    <message>
        <source>Putting reports back</source>
        <translation>恢復報告</translation>
    </message>
    <message>
        <source>Putting back %1</source>
        <translation>恢復 %1</translation>
    </message>
    <message>
        <source>Exchanging versions</source>
        <translation>交換版本</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 不是年份。</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 2025-03-01 or 2025年3月1日).</source>
        <translation>%1 不是日期（請寫作 2025-03-01 或 2025年3月1日）。</translation>
    </message>
    <message>
        <source>%1 is not a level; use one of %2.</source>
        <extracomment>%2 lists the levels, e.g. 省、市、区</extracomment>
        <translation>%1 不是層級；請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is not a detail of a report that can be corrected; these can: %2.</source>
        <translation>%1 不是可更正的報告資訊；可更正的有：%2。</translation>
    </message>
    <message>
        <source>Correcting the report&apos;s details</source>
        <translation>更正報告資訊</translation>
    </message>
    <message>
        <source>%1 cannot be read in this folder: its latest changes are still in %2, which needs a folder that can be written to. Copy both files to such a folder.</source>
        <translation>無法在此資料夾中讀取 %1：其最新修改仍在 %2 中，需要可寫入的資料夾。請將這兩個檔案一起復制到可寫入的資料夾。</translation>
    </message>
    <message>
        <source>%1 is damaged: parts of it cannot be read correctly.</source>
        <translation>%1 已損壞：其中部分內容無法正確讀取。</translation>
    </message>
    <message>
        <source>%1 is not a project file: it is not a regular file.</source>
        <translation>%1 不是專案檔案：它不是普通檔案。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Fazhi Review project.</source>
        <translation>%1 是空檔案，不是法治報告審閱臺專案。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is damaged beyond reading.</source>
        <translation>%1 已損壞，無法讀取。</translation>
    </message>
    <message>
        <source>The file is damaged; it was opened read-only so that nothing in it is overwritten.</source>
        <translation>檔案已損壞；已以只讀方式開啟，以免覆蓋其中任何內容。</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written to.</source>
        <translation>該檔案或其所在資料夾不可寫入。</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Fazhi Review and must be upgraded before it can be read, but it cannot be written to.</source>
        <translation>%1 由舊版法治報告審閱臺建立，須先升級才能讀取，但該檔案不可寫入。</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for use: the file or its folder cannot be written to.</source>
        <translation>無法準備使用 %1：該檔案或其所在資料夾不可寫入。</translation>
    </message>
    <message>
        <source>%1 is not a Fazhi Review project, or it is damaged beyond reading.</source>
        <translation>%1 不是法治報告審閱臺專案，或已損壞到無法讀取。</translation>
    </message>
    <message>
        <source>Cannot keep a backup of %1 before upgrading it: %2 cannot be written.</source>
        <translation>升級 %1 前無法保留備份：無法寫入 %2。</translation>
    </message>
    <message>
        <source>it holds more reports, annotations, decisions or tags than a project can</source>
        <translation>其中的報告、批註、決定或標籤數量超出專案所能容納的上限</translation>
    </message>
    <message>
        <source>a report in it is longer than any report can be</source>
        <translation>其中有一份報告的長度超出了報告可能的長度</translation>
    </message>
    <message>
        <source>a heading or paragraph in it lies outside the text of its report</source>
        <translation>其中有標題或段落超出了所屬報告的正文範圍</translation>
    </message>
    <message>
        <source>an indicator in it lies outside the text of its report</source>
        <translation>其中有指標超出了所屬報告的正文範圍</translation>
    </message>
    <message>
        <source>an annotation in it lies outside the text of its report</source>
        <translation>其中有批註超出了所屬報告的正文範圍</translation>
    </message>
    <message numerus="yes">
        <source>an annotation in it has a comment or quote longer than %n character(s)</source>
        <translation>
            <numerusform>其中有批註的意見或引文超過 %n 個字元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a decision in it is longer than %n character(s)</source>
        <translation>
            <numerusform>其中有決定超過 %n 個字元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a tag in it has a name longer than %n character(s)</source>
        <translation>
            <numerusform>其中有標籤名稱超過 %n 個字元</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is from an older version of Fazhi Review and cannot be merged: there is no room for an upgraded copy of it.</source>
        <translation>%1 來自舊版法治報告審閱臺，無法合併：沒有空間存放其升級後的副本。</translation>
    </message>
    <message>
        <source>%1 cannot be merged: it cannot be read completely. Nothing was merged.</source>
        <translation>無法合併 %1：該檔案無法完整讀取。未合併任何內容。</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2. Nothing was merged; ask whoever sent it for a copy saved by Fazhi Review.</source>
        <translation>無法合併 %1：%2。未合併任何內容；請向傳送者索取由法治報告審閱臺儲存的副本。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>The file is damaged; it is read-only from now on so that nothing in it is overwritten.</source>
        <translation>檔案已損壞；自現在起為只讀，以免覆蓋其中任何內容。</translation>
    </message>
    <message>
        <source>its number is taken by a report or mark added since</source>
        <translation>其編號已被此後新增的報告或標註佔用</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>無法檢查 %1：%2</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>merge summary</comment>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>新增 %n 份報告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new annotation(s)</source>
        <translation>
            <numerusform>新增 %n 條批註</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new decision(s)</source>
        <translation>
            <numerusform>新增 %n 項決定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 處衝突</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewerNameDialog</name>
    <message>
        <source>Welcome to Fazhi Review</source>
        <translation>歡迎使用法治報告審閱臺</translation>
    </message>
    <message>
        <source>Who is reviewing?</source>
        <translation>誰在審閱？</translation>
    </message>
    <message>
        <source>Your name signs every annotation and decision you make, so that colleagues and merged projects show who reviewed what. You can change it later in Settings.</source>
        <translation>您所做的每條批註和每項決定都會署上您的姓名，以便同事和合並後的審閱專案能顯示誰審閱了哪些內容。您可以稍後在“設定”中更改。</translation>
    </message>
    <message>
        <source>Your name, as colleagues should see it</source>
        <translation>您的姓名（同事看到的名稱）</translation>
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
        <translation>無法讀取示例報告 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ScriptConverter</name>
    <message>
        <source>Cannot load the OpenCC configuration %1: %2</source>
        <translation>無法載入 OpenCC 配置 %1：%2</translation>
    </message>
    <message>
        <source>OpenCC could not convert the text: %1</source>
        <translation>OpenCC 無法轉換該文字：%1</translation>
    </message>
</context>
<context>
    <name>Fazhi::SearchCommand</name>
    <message>
        <source>Search all reports of a project (either script finds both)</source>
        <translation>搜尋審閱專案中的全部報告（用簡體或繁體均可同時檢索兩種寫法）</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
    <message>
        <source>Only reports on this year.</source>
        <translation>僅限該年度的報告。</translation>
    </message>
    <message>
        <source>Only reports of this region.</source>
        <translation>僅限該地區的報告。</translation>
    </message>
    <message>
        <source>Only reports of this level (省, 市, 区, 县, 镇, 街道, 部门).</source>
        <translation>僅限該層級的報告（省、市、區、縣、鎮、街道、部門）。</translation>
    </message>
    <message>
        <source>Only parts of this outline category.</source>
        <translation>僅限該提綱類別的部分。</translation>
    </message>
    <message>
        <source>Only parts with an annotation of this tag.</source>
        <translation>僅限帶有該標籤批註的部分。</translation>
    </message>
    <message>
        <source>How many hits to show (default 20).</source>
        <translation>顯示的結果條數（預設 20）。</translation>
    </message>
    <message>
        <source>Skip this many hits (paging).</source>
        <translation>跳過的結果條數（用於分頁）。</translation>
    </message>
    <message>
        <source>Words to find; several words must all be in one paragraph.</source>
        <translation>要查詢的詞語；多個詞語須同時出現在同一段落中。</translation>
    </message>
    <message>
        <source>fazhi-cli search: say what to search for.</source>
        <translation>fazhi-cli search：請指定搜尋內容。</translation>
    </message>
    <message>
        <source>fazhi-cli search: there is no tag %1.</source>
        <translation>fazhi-cli search：不存在標籤 %1。</translation>
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
        <translation>搜尋全部報告…</translation>
    </message>
    <message>
        <source>Only reports of this year</source>
        <translation>僅限該年度的報告</translation>
    </message>
    <message>
        <source>Only parts of the outline of this kind</source>
        <translation>僅限此類提綱部分</translation>
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
        <translation>搜尋失敗：%1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未開啟審閱專案。</translation>
    </message>
    <message numerus="yes">
        <source>First %n result(s)</source>
        <translation>
            <numerusform>前 %n 條結果</numerusform>
        </translation>
    </message>
    <message>
        <source>No results</source>
        <translation>無結果</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 條結果</numerusform>
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
        <translation>統計</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Set Phrases of the Year</source>
        <translation>年度套話</translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation>%1 年度報告</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部報告</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>短語</translation>
    </message>
    <message>
        <source>Double-click a phrase to read it in a report that uses it</source>
        <translation>雙擊短語，在使用它的報告中閱讀</translation>
    </message>
    <message>
        <source>Wording that at least a fifth of the reports (and never fewer than 3) share word for word. Shared wording that is one of these is muted in the compare view.</source>
        <translation>至少五分之一（且不少於 3 份）報告逐字共有的表述。對比檢視中屬於此類的相同表述會被淡化。</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>正在讀取報告…</translation>
    </message>
    <message>
        <source>Nothing was counted.</source>
        <translation>未統計任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>%n set phrase(s) in %1 reports (each in at least %2 of them)</source>
        <translation>
            <numerusform>%1 份報告中有 %n 條套話（每條至少出現在其中 %2 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Set Phrases</source>
        <translation>匯出套話</translation>
    </message>
    <message>
        <source>set-phrases.csv</source>
        <translation>套話.csv</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV 電子表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fazhi::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Your name, as colleagues should see it</source>
        <translation>您的姓名（同事看到的名稱）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審閱人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your name signs every annotation and decision you make.</source>
        <translation>您所做的每條批註和每項決定都會署上您的姓名。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when Fazhi Review is restarted.</source>
        <translation>新語言將在重新啟動法治報告審閱臺後生效。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>Reader &amp;text size:</source>
        <translation>閱讀器字號(&amp;T)：</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>審閱專案</translation>
    </message>
    <message>
        <source>&amp;Default location:</source>
        <translation>預設位置(&amp;D)：</translation>
    </message>
    <message>
        <source>New projects are saved here, and file dialogs start here.</source>
        <translation>新建的審閱專案儲存在此處，檔案對話方塊也從此處開啟。</translation>
    </message>
    <message>
        <source>Default Project Location</source>
        <translation>預設專案位置</translation>
    </message>
    <message>
        <source>How names and words from the reports are written in traditional script</source>
        <translation>報告中的名稱和詞語在繁體中文介面下的寫法</translation>
    </message>
    <message>
        <source>&amp;Traditional script:</source>
        <translation>繁體用字(&amp;T)：</translation>
    </message>
    <message>
        <source>Taiwan: 這裡, 著手, 群眾</source>
        <translation>臺灣用字：這裡、著手、群眾</translation>
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
        <translation>列出兩份報告逐字相同的段落（簡繁均可）</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
    <message>
        <source>The shortest passage to list, in letters and digits (default 20).</source>
        <translation>列出段落的最短長度，按文字和數字計（預設 20）。</translation>
    </message>
    <message>
        <source>A report file, or the id of a report in the project.</source>
        <translation>報告檔案，或審閱專案中報告的編號。</translation>
    </message>
    <message>
        <source>The report to compare it with, likewise.</source>
        <translation>與之比較的報告，同上。</translation>
    </message>
    <message>
        <source>fazhi-cli shared: name two reports (files or ids).</source>
        <translation>fazhi-cli shared：請指定兩份報告（檔案或編號）。</translation>
    </message>
    <message>
        <source>fazhi-cli shared: %1 is neither a file nor a report id.</source>
        <translation>fazhi-cli shared：%1 既不是檔案，也不是報告編號。</translation>
    </message>
</context>
<context>
    <name>Fazhi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Filter shortcuts…</source>
        <translation>篩選快捷鍵…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷鍵</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>閱讀器</translation>
    </message>
</context>
<context>
    <name>Fazhi::SpreadsheetExporter</name>
    <message>
        <source>Annotations</source>
        <translation>標註</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>審查清單</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>審查項</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動判斷</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>最終結論</translation>
    </message>
    <message>
        <source>Overruled by</source>
        <translation>改判人</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>審閱意見</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
    <message>
        <source>Text gone</source>
        <translation>原文已刪除</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>無法建立臨時資料夾：%1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>無法建立工作簿。</translation>
    </message>
    <message>
        <source>Cannot add the sheet %1.</source>
        <translation>無法新增工作表 %1。</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>無法寫入工作簿：%1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>無法讀取已寫入的工作簿：%1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>評級</translation>
    </message>
    <message>
        <source>Graded by</source>
        <translation>評級人</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>審閱狀態</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>總體意見</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入時間</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未評級</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>審閱中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已審閱</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未審閱</translation>
    </message>
</context>
<context>
    <name>Fazhi::SqliteDatabase</name>
    <message>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>the project file cannot be written to</source>
        <translation>專案檔案不可寫入</translation>
    </message>
    <message>
        <source>another program kept the project locked for too long</source>
        <translation>其他程式鎖定專案的時間過長</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>專案檔案已損壞</translation>
    </message>
    <message>
        <source>the project file could not be read or written</source>
        <translation>無法讀寫專案檔案</translation>
    </message>
    <message>
        <source>it holds a value larger than this program accepts</source>
        <translation>其中有超出本程式可接受大小的值</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>記憶體不足</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>無法開啟 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::StoreBenchmark</name>
    <message>
        <source>How many reports to generate (default 10000).</source>
        <translation>要生成的報告數（預設 10000）。</translation>
    </message>
    <message>
        <source>Where to build the project (default: a temporary file).</source>
        <translation>審閱專案的生成位置（預設：臨時檔案）。</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>本程式未內建示例報告。</translation>
    </message>
    <message>
        <source>Measure the project already at --db instead of building it (skips the import).</source>
        <translation>測量 --db 指定的現有專案，而不重新生成（跳過匯入）。</translation>
    </message>
</context>
<context>
    <name>Fazhi::StoreSchema</name>
    <message>
        <source>%1 was written by a newer version of Fazhi Review (database version %2; this program knows up to %3). Update the program to open it.</source>
        <translation>%1 由更高版本的法治報告審閱臺寫入（資料庫版本 %2；本程式最高支援 %3）。請更新程式後再開啟。</translation>
    </message>
    <message>
        <source>Upgrading %1 to database version %2 failed: %3</source>
        <translation>將 %1 升級到資料庫版本 %2 失敗：%3</translation>
    </message>
    <message>
        <source>%1 is not a Fazhi Review project, or it is damaged beyond reading.</source>
        <translation>%1 不是法治報告審閱臺專案，或已損壞到無法讀取。</translation>
    </message>
    <message>
        <source>%1 is not a Fazhi Review project: it is another program&apos;s database. It was not changed.</source>
        <translation>%1 不是法治報告審閱臺專案，而是其他程式的資料庫。該檔案未被改動。</translation>
    </message>
    <message>
        <source>%1 is a Fazhi Review project that another program has changed (“%2” is not as Fazhi Review makes it), so it is not opened: what it would do cannot be known. Ask whoever sent %3 for a copy saved by Fazhi Review.</source>
        <translation>%1 是被其他程式改動過的法治報告審閱臺專案（“%2”與本程式所建不同），無法預知其行為，因此未開啟。請向傳送 %3 的人索取由法治報告審閱臺儲存的副本。</translation>
    </message>
</context>
<context>
    <name>Fazhi::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重新命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation>顏色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合併到(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 條批註</numerusform>
        </translation>
    </message>
    <message>
        <source>This tag is used by annotations. Merge it into another tag instead; its annotations then carry that tag.</source>
        <translation>此標籤已被批註使用，不能刪除。請將其合併到另一個標籤，其批註將改用該標籤。</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建標籤</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重新命名標籤</translation>
    </message>
    <message>
        <source>Tag Color</source>
        <translation>標籤顏色</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>合併標籤</translation>
    </message>
    <message>
        <source>Give its annotations this tag, then remove it:</source>
        <translation>將其批註改為以下標籤，然後刪除此標籤：</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Fazhi::TextImporter</name>
    <message>
        <source>not a text file (the bytes are not UTF-8, UTF-16, GB18030 or Big5 text)</source>
        <translation>不是文字檔案（內容不是 UTF-8、UTF-16、GB18030 或 Big5 文字）</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>文字不是有效的 %1</translation>
    </message>
    <message>
        <source>unsupported character encoding %1</source>
        <translation>不支援的字元編碼 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The file mixes character encodings: it is in %1, but lines %2 are in %3; both were read.</source>
        <translation>檔案混用了多種字元編碼：主體為 %1，但第 %2 行為 %3；兩部分均已讀取。</translation>
    </message>
    <message>
        <source>Lines %1 hold bytes that are not text in UTF-8, GB18030 or Big5; they are shown as “�”.</source>
        <translation>第 %1 行含有不屬於 UTF-8、GB18030 或 Big5 文字的位元組，已顯示為“�”。</translation>
    </message>
    <message>
        <source>The file holds NUL bytes (no text) in lines %1; they were left out.</source>
        <translation>檔案第 %1 行含有空位元組（並非文字），已略去。</translation>
    </message>
</context>
<context>
    <name>Fazhi::TranslationLoader</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>未知的語言“%1”：請使用 %2 之一。</translation>
    </message>
</context>
<context>
    <name>Fazhi::WindowScreenshot</name>
    <message>
        <source>Invalid size &quot;%1&quot;: expected WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1600x1000.</source>
        <translation>無效的尺寸“%1”：應為 寬x高，介於 320x240 與 8000x8000 之間，例如 1600x1000。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>無法將截圖寫入 %1。</translation>
    </message>
</context>
<context>
    <name>Fazhi::Workspace</name>
    <message>
        <source>Compare: %1</source>
        <translation>對比：%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>統計看板</translation>
    </message>
</context>
</TS>
