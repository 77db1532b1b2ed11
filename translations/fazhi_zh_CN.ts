<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <name>Fazhi::CliRunner</name>
        <message>
            <source>fazhi-cli: unknown command or option "%1". Run fazhi-cli --help for the list.</source>
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
    </context>
    <context>
        <name>Fazhi::MainWindow</name>
        <message>
            <source>Fazhi Review</source>
            <translation>法治报告审阅台</translation>
        </message>
        <message>
            <source>Review annual rule-of-law government reports: tag achievements, problems, causes, the leaders' first-responsible-person duty and next year's plans, check each report against the statutory outline, and compare districts.</source>
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
            <source>No reports in this project yet.</source>
            <translation>本项目中还没有报告。</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>提纲</translation>
        </message>
        <message>
            <source>Open a report to see its outline.</source>
            <translation>打开一份报告以查看其提纲。</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <source>Open a report to see its annotations.</source>
            <translation>打开一份报告以查看其批注。</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>核查清单</translation>
        </message>
        <message>
            <source>Open a report to see its review checklist.</source>
            <translation>打开一份报告以查看其核查清单。</translation>
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
        <name>Fazhi::TranslationLoader</name>
        <message>
            <source>Unknown language "%1": use one of %2.</source>
            <translation>未知的语言“%1”：请使用 %2 之一。</translation>
        </message>
    </context>
    <context>
        <name>Fazhi::WindowScreenshot</name>
        <message>
            <source>Invalid size "%1": expected WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1600x1000.</source>
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
</TS>
