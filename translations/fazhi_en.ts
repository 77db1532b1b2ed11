<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Fazhi::AboutDialog</name>
    <message>
        <source>About Fazhi Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fazhi Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstation for reviewing annual rule-of-law government reports: read them side by side, tag achievements, problems, causes, leadership duty and plans, check each report against the statutory outline, and compare districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fazhi::CliRunner</name>
    <message>
        <source>fazhi-cli: unknown command or option &quot;%1&quot;. Run fazhi-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fazhi-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fazhi Review without a window: import, inspect, check, search and export reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the program version and the versions of the libraries it loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fazhi::MainWindow</name>
    <message>
        <source>Fazhi Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review annual rule-of-law government reports: tag achievements, problems, causes, the leaders&apos; first-responsible-person duty and next year&apos;s plans, check each report against the statutory outline, and compare districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports in this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report to see its outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report to see its annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report to see its review checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fazhi Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fazhi::ScriptConverter</name>
    <message>
        <source>Cannot load the OpenCC configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCC could not convert the text: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fazhi::TranslationLoader</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fazhi::WindowScreenshot</name>
    <message>
        <source>Invalid size &quot;%1&quot;: expected WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
