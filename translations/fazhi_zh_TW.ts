<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
        <name>Fazhi::CliRunner</name>
        <message>
            <source>fazhi-cli: unknown command or option "%1". Run fazhi-cli --help for the list.</source>
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
    </context>
    <context>
        <name>Fazhi::MainWindow</name>
        <message>
            <source>Fazhi Review</source>
            <translation>法治報告審閱臺</translation>
        </message>
        <message>
            <source>Review annual rule-of-law government reports: tag achievements, problems, causes, the leaders' first-responsible-person duty and next year's plans, check each report against the statutory outline, and compare districts.</source>
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
            <source>No reports in this project yet.</source>
            <translation>本專案中還沒有報告。</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>提綱</translation>
        </message>
        <message>
            <source>Open a report to see its outline.</source>
            <translation>開啟一份報告以檢視其提綱。</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>批註</translation>
        </message>
        <message>
            <source>Open a report to see its annotations.</source>
            <translation>開啟一份報告以檢視其批註。</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>核查清單</translation>
        </message>
        <message>
            <source>Open a report to see its review checklist.</source>
            <translation>開啟一份報告以檢視其核查清單。</translation>
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
        <name>Fazhi::TranslationLoader</name>
        <message>
            <source>Unknown language "%1": use one of %2.</source>
            <translation>未知的語言“%1”：請使用 %2 之一。</translation>
        </message>
    </context>
    <context>
        <name>Fazhi::WindowScreenshot</name>
        <message>
            <source>Invalid size "%1": expected WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1600x1000.</source>
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
</TS>
