<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Fazhi</name>
    <message>
        <source>Outline:</source>
        <translation>Outline:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>Indicators:</translation>
    </message>
</context>
<context>
    <name>Fazhi::AboutDialog</name>
    <message>
        <source>About Fazhi Review</source>
        <translation>About Fazhi Review</translation>
    </message>
    <message>
        <source>Fazhi Review</source>
        <translation>Fazhi Review</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A workstation for reviewing annual rule-of-law government reports: read them side by side, tag achievements, problems, causes, leadership duty and plans, check each report against the statutory outline, and compare districts.</source>
        <translation>A workstation for reviewing annual rule-of-law government reports: read them side by side, tag achievements, problems, causes, leadership duty and plans, check each report against the statutory outline, and compare districts.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>Libraries in use:</translation>
    </message>
</context>
<context>
    <name>Fazhi::AdministrativeLevel</name>
    <message>
        <source>Province</source>
        <comment>administrative level</comment>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <comment>administrative level</comment>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <comment>administrative level</comment>
        <translation>District</translation>
    </message>
    <message>
        <source>County</source>
        <comment>administrative level</comment>
        <translation>County</translation>
    </message>
    <message>
        <source>Town</source>
        <comment>administrative level</comment>
        <translation>Town</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <comment>administrative level</comment>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <source>Department</source>
        <comment>administrative level</comment>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>Fazhi::AnnotateCommand</name>
    <message>
        <source>Tag a passage of a report, with an optional comment</source>
        <translation>Tag a passage of a report, with an optional comment</translation>
    </message>
    <message>
        <source>The report&apos;s id (see fazhi-cli list).</source>
        <translation>The report&apos;s id (see fazhi-cli list).</translation>
    </message>
    <message>
        <source>Where the passage starts (UTF-16 offset in the report&apos;s text).</source>
        <translation>Where the passage starts (UTF-16 offset in the report&apos;s text).</translation>
    </message>
    <message>
        <source>Where the passage ends (exclusive).</source>
        <translation>Where the passage ends (exclusive).</translation>
    </message>
    <message>
        <source>The tag, by name (问题) or by outline category (problems).</source>
        <translation>The tag, by name (问题) or by outline category (problems).</translation>
    </message>
    <message>
        <source>A comment on the passage.</source>
        <translation>A comment on the passage.</translation>
    </message>
    <message>
        <source>fazhi-cli annotate: --%1 is required.</source>
        <translation>fazhi-cli annotate: --%1 is required.</translation>
    </message>
    <message>
        <source>fazhi-cli annotate: there is no tag %1.</source>
        <translation>fazhi-cli annotate: there is no tag %1.</translation>
    </message>
</context>
<context>
    <name>Fazhi::AnnotatedPdfExporter</name>
    <message>
        <source>Review copy with the reviewers&apos; marks and comments</source>
        <translation>Review copy with the reviewers&apos; marks and comments</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Year reported on</source>
        <translation>Year reported on</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Why / reviewer&apos;s note</source>
        <translation>Why / reviewer&apos;s note</translation>
    </message>
    <message>
        <source>Overruled by %1: %2</source>
        <translation>Overruled by %1: %2</translation>
    </message>
    <message>
        <source>Tag colours:</source>
        <translation>Tag colours:</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>(in full at the end)</source>
        <translation>(in full at the end)</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(resolved)</translation>
    </message>
    <message>
        <source>Comments in full</source>
        <translation>Comments in full</translation>
    </message>
    <message>
        <source>Annotations whose text is no longer in the report</source>
        <translation>Annotations whose text is no longer in the report</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message numerus="yes">
        <source>The export was cancelled after %n report(s).</source>
        <translation>
            <numerusform>The export was cancelled after %n report.</numerusform>
            <numerusform>The export was cancelled after %n reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report %1: %2</source>
        <translation>Report %1: %2</translation>
    </message>
</context>
<context>
    <name>Fazhi::AnnotationsPanel</name>
    <message>
        <source>&amp;Edit Comment…</source>
        <translation>&amp;Edit Comment…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show the annotations with this tag</source>
        <translation>Show the annotations with this tag</translation>
    </message>
    <message>
        <source>Show open or resolved annotations</source>
        <translation>Show open or resolved annotations</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Open a report to see its annotations.</source>
        <translation>Open a report to see its annotations.</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(no tag)</translation>
    </message>
    <message>
        <source>Text no longer found</source>
        <translation>Text no longer found</translation>
    </message>
    <message>
        <source>The text of this annotation is no longer found in the current version of the report.</source>
        <translation>The text of this annotation is no longer found in the current version of the report.</translation>
    </message>
    <message>
        <source>No annotations yet. Select text in the reader and press a tag&apos;s number (1–8).</source>
        <translation>No annotations yet. Select text in the reader and press a tag&apos;s number (1–8).</translation>
    </message>
    <message>
        <source>No annotation matches the filter.</source>
        <translation>No annotation matches the filter.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Change &amp;Tag</source>
        <translation>Change &amp;Tag</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Edit Comment</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>Comment on “%1”:</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
</context>
<context>
    <name>Fazhi::BatchImporter</name>
    <message>
        <source>%1: does not look like a rule-of-law government report (%2)</source>
        <extracomment>%2 lists what is missing, e.g. &quot;no year reported, only 11 characters&quot;</extracomment>
        <translation>%1: does not look like a rule-of-law government report (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: a copy of report %2 (%3), not imported again</source>
        <translation>%1: a copy of report %2 (%3), not imported again</translation>
    </message>
    <message>
        <source>%1: another version of report %2 (%3)</source>
        <translation>%1: another version of report %2 (%3)</translation>
    </message>
    <message>
        <source>%1: there was not enough memory to read it; it was not imported</source>
        <translation>%1: there was not enough memory to read it; it was not imported</translation>
    </message>
    <message>
        <source>%1: reading it failed unexpectedly; it was not imported</source>
        <translation>%1: reading it failed unexpectedly; it was not imported</translation>
    </message>
    <message>
        <source>%1: no report files found (%2) in this folder or below it</source>
        <translation>%1: no report files found (%2) in this folder or below it</translation>
    </message>
    <message>
        <source>%1; the import stopped here</source>
        <translation>%1; the import stopped here</translation>
    </message>
    <message numerus="yes">
        <source>the disk holding %1 is full (%2 MB free); the %n file(s) not yet imported need about %3 MB. The import stopped here: free some space and import them again.</source>
        <translation>
            <numerusform>the disk holding %1 is full (%2 MB free); the %n file not yet imported needs about %3 MB. The import stopped here: free some space and import it again.</numerusform>
            <numerusform>the disk holding %1 is full (%2 MB free); the %n files not yet imported need about %3 MB. The import stopped here: free some space and import them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::BenchCommand</name>
    <message>
        <source>Measure speed and memory: bench ingest DIR | bench store [--reports N] | bench compare [--reports N] | bench export [--reports N] | bench dashboard [--reports N]</source>
        <translation>Measure speed and memory: bench ingest DIR | bench store [--reports N] | bench compare [--reports N] | bench export [--reports N] | bench dashboard [--reports N]</translation>
    </message>
    <message>
        <source>fazhi-cli bench: say what to measure: ingest, store, compare, export or dashboard</source>
        <translation>fazhi-cli bench: say what to measure: ingest, store, compare, export or dashboard</translation>
    </message>
</context>
<context>
    <name>Fazhi::BoilerplateCommand</name>
    <message>
        <source>List the set phrases that recur in many reports of a year: boilerplate [--year Y] [--out FILE.csv]</source>
        <translation>List the set phrases that recur in many reports of a year: boilerplate [--year Y] [--out FILE.csv]</translation>
    </message>
    <message>
        <source>Only the reports of this year (default: all).</source>
        <translation>Only the reports of this year (default: all).</translation>
    </message>
    <message>
        <source>The share of the reports a phrase must occur in (default 0.2; at least 3 reports).</source>
        <translation>The share of the reports a phrase must occur in (default 0.2; at least 3 reports).</translation>
    </message>
    <message>
        <source>Print at most this many phrases (default 50; 0: all).</source>
        <translation>Print at most this many phrases (default 50; 0: all).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Write every phrase as CSV to this file.</source>
        <translation>Write every phrase as CSV to this file.</translation>
    </message>
    <message numerus="yes">
        <source>%n set phrase(s) in %1 reports (each in at least %2 of them)</source>
        <translation>
            <numerusform>%n set phrase in %1 reports (each in at least %2 of them)</numerusform>
            <numerusform>%n set phrases in %1 reports (each in at least %2 of them)</numerusform>
        </translation>
    </message>
    <message>
        <source>fazhi-cli boilerplate: --share takes a number above 0 and at most 1, not %1.</source>
        <translation>fazhi-cli boilerplate: --share takes a number above 0 and at most 1, not %1.</translation>
    </message>
</context>
<context>
    <name>Fazhi::BoilerplateReport</name>
    <message>
        <source>The boilerplate pass was cancelled.</source>
        <translation>The boilerplate pass was cancelled.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Example report</source>
        <translation>Example report</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>Fazhi::CheckCommand</name>
    <message>
        <source>Classify every part of reports, run the review checklist, extract indicators</source>
        <translation>Classify every part of reports, run the review checklist, extract indicators</translation>
    </message>
    <message>
        <source>Print JSON rather than text.</source>
        <translation>Print JSON rather than text.</translation>
    </message>
    <message>
        <source>Reports to check.</source>
        <translation>Reports to check.</translation>
    </message>
    <message>
        <source>fazhi-cli check: name at least one report file.</source>
        <translation>fazhi-cli check: name at least one report file.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ChecklistPanel</name>
    <message numerus="yes">
        <source>all %n</source>
        <translation>
            <numerusform>all %n</numerusform>
            <numerusform>all %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>Review &amp;status:</source>
        <translation>Review &amp;status:</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Unreviewed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <source>The overall assessment; saved when you leave the field or press Ctrl+Enter</source>
        <translation>The overall assessment; saved when you leave the field or press Ctrl+Enter</translation>
    </message>
    <message>
        <source>Open a report to see its checklist.</source>
        <translation>Open a report to see its checklist.</translation>
    </message>
    <message>
        <source>This report was stored without a checklist.</source>
        <translation>This report was stored without a checklist.</translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation>automatic: %1</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>a reviewer</translation>
    </message>
    <message>
        <source>Conflicting decision: %1 chose %2</source>
        <translation>Conflicting decision: %1 chose %2</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Agree with the status shown</source>
        <translation>Agree with the status shown</translation>
    </message>
    <message>
        <source>Overrule…</source>
        <translation>Overrule…</translation>
    </message>
    <message>
        <source>Overrule checklist item</source>
        <translation>Overrule checklist item</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>Tagged by the reviewer: %1</source>
        <translation>Tagged by the reviewer: %1</translation>
    </message>
    <message>
        <source>by the reviewer&apos;s tags</source>
        <translation>by the reviewer&apos;s tags</translation>
    </message>
</context>
<context>
    <name>Fazhi::ClassifyCommand</name>
    <message>
        <source>Classify headings (or paragraphs) read one per line from standard input</source>
        <translation>Classify headings (or paragraphs) read one per line from standard input</translation>
    </message>
    <message>
        <source>Each line is a paragraph rather than a heading.</source>
        <translation>Each line is a paragraph rather than a heading.</translation>
    </message>
    <message>
        <source>The year the report is on, for year arithmetic (&quot;2025年…将&quot; is a plan).</source>
        <translation>The year the report is on, for year arithmetic (&quot;2025年…将&quot; is a plan).</translation>
    </message>
    <message>
        <source>fazhi-cli classify: cannot read standard input.</source>
        <translation>fazhi-cli classify: cannot read standard input.</translation>
    </message>
</context>
<context>
    <name>Fazhi::CliCommand</name>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Show this command&apos;s options.</translation>
    </message>
    <message>
        <source>The project file (.fzr); default: %1.</source>
        <translation>The project file (.fzr); default: %1.</translation>
    </message>
    <message>
        <source>Who signs the changes.</source>
        <translation>Who signs the changes.</translation>
    </message>
    <message>
        <source>%1 is read-only: %2 Nothing can be changed in it.</source>
        <translation>%1 is read-only: %2 Nothing can be changed in it.</translation>
    </message>
    <message>
        <source>%1: --%2 takes a whole number of at least %3, not %4.</source>
        <extracomment>%2 is an option such as --start, %4 what was given for it</extracomment>
        <translation>%1: --%2 takes a whole number of at least %3, not %4.</translation>
    </message>
    <message>
        <source>%1: --%2 takes a whole number from %3 to %4, not %5.</source>
        <extracomment>%2 is an option such as --year, %5 what was given for it</extracomment>
        <translation>%1: --%2 takes a whole number from %3 to %4, not %5.</translation>
    </message>
    <message>
        <source>fazhi-cli %1: %2</source>
        <translation>fazhi-cli %1: %2</translation>
    </message>
</context>
<context>
    <name>Fazhi::CliRunner</name>
    <message>
        <source>fazhi-cli: unknown command or option &quot;%1&quot;. Run fazhi-cli --help for the list.</source>
        <translation>fazhi-cli: unknown command or option &quot;%1&quot;. Run fazhi-cli --help for the list.</translation>
    </message>
    <message>
        <source>Usage: fazhi-cli COMMAND [OPTIONS]</source>
        <translation>Usage: fazhi-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Fazhi Review without a window: import, inspect, check, search and export reports.</source>
        <translation>Fazhi Review without a window: import, inspect, check, search and export reports.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Print the program version and the versions of the libraries it loads</source>
        <translation>Print the program version and the versions of the libraries it loads</translation>
    </message>
    <message>
        <source>Print this help</source>
        <translation>Print this help</translation>
    </message>
    <message>
        <source>Run fazhi-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Run fazhi-cli COMMAND --help for a command&apos;s options.</translation>
    </message>
    <message>
        <source>Write messages and documents in LANG: zh_CN, zh_TW or en (default: as the window would)</source>
        <translation>Write messages and documents in LANG: zh_CN, zh_TW or en (default: as the window would)</translation>
    </message>
    <message>
        <source>fazhi-cli: --lang needs a language: zh_CN, zh_TW or en.</source>
        <translation>fazhi-cli: --lang needs a language: zh_CN, zh_TW or en.</translation>
    </message>
    <message>
        <source>Also print the details behind a message, for reporting a problem</source>
        <translation>Also print the details behind a message, for reporting a problem</translation>
    </message>
</context>
<context>
    <name>Fazhi::CompareBenchmark</name>
    <message>
        <source>Reports for the boilerplate index (default 1000).</source>
        <translation>Reports for the boilerplate index (default 1000).</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>No sample reports are built into this program.</translation>
    </message>
    <message>
        <source>The compare view found no shared wording within 30 s.</source>
        <translation>The compare view found no shared wording within 30 s.</translation>
    </message>
</context>
<context>
    <name>Fazhi::CompareColumn</name>
    <message>
        <source>Missing: this report has no part &quot;%1&quot;.</source>
        <translation>Missing: this report has no part &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The side panels show this report</source>
        <translation>The side panels show this report</translation>
    </message>
</context>
<context>
    <name>Fazhi::CompareView</name>
    <message>
        <source>Scroll together</source>
        <translation>Scroll together</translation>
    </message>
    <message>
        <source>Show set phrases</source>
        <translation>Show set phrases</translation>
    </message>
    <message>
        <source>When one report scrolls, show the others at the same place of the outline</source>
        <translation>When one report scrolls, show the others at the same place of the outline</translation>
    </message>
    <message>
        <source>Also underline wording that many reports of the year share (the genre&apos;s set phrases)</source>
        <translation>Also underline wording that many reports of the year share (the genre&apos;s set phrases)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Shared wording</source>
        <translation>Shared wording</translation>
    </message>
    <message>
        <source>Choose 2 to 4 reports to compare.</source>
        <translation>Choose 2 to 4 reports to compare.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Looking for shared wording…</source>
        <translation>Looking for shared wording…</translation>
    </message>
    <message>
        <source>A set phrase: many reports of the year use this wording</source>
        <translation>A set phrase: many reports of the year use this wording</translation>
    </message>
    <message>
        <source>The reports share no passage of 20 or more letters.</source>
        <translation>The reports share no passage of 20 or more letters.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) shared word for word</source>
        <translation>
            <numerusform>%n passage shared word for word</numerusform>
            <numerusform>%n passages shared word for word</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set phrase(s) of the year muted</source>
        <translation>
            <numerusform>%n set phrase of the year muted</numerusform>
            <numerusform>%n set phrases of the year muted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ConvertCommand</name>
    <message>
        <source>Print a report&apos;s text converted to simplified or traditional script (OpenCC)</source>
        <translation>Print a report&apos;s text converted to simplified or traditional script (OpenCC)</translation>
    </message>
    <message>
        <source>The script to convert to: simplified or traditional.</source>
        <translation>The script to convert to: simplified or traditional.</translation>
    </message>
    <message>
        <source>A report file (.txt, .html, .docx, .pdf).</source>
        <translation>A report file (.txt, .html, .docx, .pdf).</translation>
    </message>
    <message>
        <source>fazhi-cli convert: --to must be simplified or traditional.</source>
        <translation>fazhi-cli convert: --to must be simplified or traditional.</translation>
    </message>
    <message>
        <source>fazhi-cli convert: name exactly one file.</source>
        <translation>fazhi-cli convert: name exactly one file.</translation>
    </message>
</context>
<context>
    <name>Fazhi::CoverageHeatmap</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Outline coverage: share of each report&apos;s text</source>
        <translation>Outline coverage: share of each report&apos;s text</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>small share</source>
        <translation>small share</translation>
    </message>
    <message>
        <source>largest share in the column</source>
        <translation>largest share in the column</translation>
    </message>
    <message>
        <source>%1 — checklist: %2 pass, %3 warning, %4 fail, %5 unknown</source>
        <translation>%1 — checklist: %2 pass, %3 warning, %4 fail, %5 unknown</translation>
    </message>
    <message>
        <source>%1 — %2: missing. Click to open the report.</source>
        <translation>%1 — %2: missing. Click to open the report.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 characters, %4% of the text. Click to read it.</source>
        <translation>%1 — %2: %3 characters, %4% of the text. Click to read it.</translation>
    </message>
    <message>
        <source>✎ Tagged by the reviewer; the classifier found no such part.</source>
        <translation>✎ Tagged by the reviewer; the classifier found no such part.</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardBenchmark</name>
    <message>
        <source>Reports in the project (default 500).</source>
        <translation>Reports in the project (default 500).</translation>
    </message>
    <message>
        <source>Also time writing every chart as PNG, SVG and CSV (slow for many reports).</source>
        <translation>Also time writing every chart as PNG, SVG and CSV (slow for many reports).</translation>
    </message>
    <message>
        <source>fazhi-cli bench dashboard: charts need a QApplication.</source>
        <translation>fazhi-cli bench dashboard: charts need a QApplication.</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>No sample reports are built into this program.</translation>
    </message>
    <message>
        <source>The dashboard did not finish.</source>
        <translation>The dashboard did not finish.</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardCharts</name>
    <message>
        <source>Share of the report&apos;s text (%)</source>
        <translation>Share of the report&apos;s text (%)</translation>
    </message>
    <message>
        <source>%1 (not reported)</source>
        <translation>%1 (not reported)</translation>
    </message>
    <message>
        <source>Proportions of the outline (most candid first)</source>
        <translation>Proportions of the outline (most candid first)</translation>
    </message>
    <message>
        <source>Proportions of the outline</source>
        <translation>Proportions of the outline</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Review results: checklist, and the grade after the name</source>
        <translation>Review results: checklist, and the grade after the name</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <source>Reviewer tags per district</source>
        <translation>Reviewer tags per district</translation>
    </message>
    <message>
        <source>Reviewer tags per district (no annotations yet)</source>
        <translation>Reviewer tags per district (no annotations yet)</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Year over year: %1 (one year only)</source>
        <translation>Year over year: %1 (one year only)</translation>
    </message>
    <message numerus="yes">
        <source>Year over year: %1 (%n problem passage(s) repeated from the year before)</source>
        <translation>
            <numerusform>Year over year: %1 (%n problem passage repeated from the year before)</numerusform>
            <numerusform>Year over year: %1 (%n problem passages repeated from the year before)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardCommand</name>
    <message>
        <source>Dashboard charts as PNG, SVG and CSV: dashboard [--year Y] [--city C] [--level L] --out DIR</source>
        <translation>Dashboard charts as PNG, SVG and CSV: dashboard [--year Y] [--city C] [--level L] --out DIR</translation>
    </message>
    <message>
        <source>The year compared (default: the newest).</source>
        <translation>The year compared (default: the newest).</translation>
    </message>
    <message>
        <source>Only the districts of this city, e.g. 江门市.</source>
        <translation>Only the districts of this city, e.g. 江门市.</translation>
    </message>
    <message>
        <source>Only reports of this level, e.g. 区 or 县.</source>
        <translation>Only reports of this level, e.g. 区 or 县.</translation>
    </message>
    <message>
        <source>The folder to write the charts into.</source>
        <translation>The folder to write the charts into.</translation>
    </message>
    <message>
        <source>fazhi-cli dashboard: say where to write the charts with --out DIR.</source>
        <translation>fazhi-cli dashboard: say where to write the charts with --out DIR.</translation>
    </message>
    <message>
        <source>fazhi-cli dashboard: charts need a QApplication.</source>
        <translation>fazhi-cli dashboard: charts need a QApplication.</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardFigures</name>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Report id</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Candour (%)</source>
        <translation>Candour (%)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Sentence start</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Sentence end</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardRenderer</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot draw the chart %1.</source>
        <translation>Cannot draw the chart %1.</translation>
    </message>
</context>
<context>
    <name>Fazhi::DashboardView</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Sort by &amp;candour</source>
        <translation>Sort by &amp;candour</translation>
    </message>
    <message>
        <source>Most candid first: the largest share of problems and causes</source>
        <translation>Most candid first: the largest share of problems and causes</translation>
    </message>
    <message>
        <source>&amp;Export Charts…</source>
        <translation>&amp;Export Charts…</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>Point at a bar to read the sentence behind its value; click it to open the report there.</source>
        <translation>Point at a bar to read the sentence behind its value; click it to open the report there.</translation>
    </message>
    <message>
        <source>&amp;District over the years:</source>
        <translation>&amp;District over the years:</translation>
    </message>
    <message>
        <source>Problems already listed the year before:</source>
        <translation>Problems already listed the year before:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>%1 (one year)</source>
        <translation>%1 (one year)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n district(s))</source>
        <translation>
            <numerusform>%1 (%n district)</numerusform>
            <numerusform>%1 (%n districts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to read it in the %1 report</source>
        <translation>Double-click to read it in the %1 report</translation>
    </message>
    <message>
        <source>Only one year of this district is in the project.</source>
        <translation>Only one year of this district is in the project.</translation>
    </message>
    <message>
        <source>No problem repeats last year&apos;s wording.</source>
        <translation>No problem repeats last year&apos;s wording.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Export Charts To</source>
        <translation>Export Charts To</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Export Charts</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n file written</numerusform>
            <numerusform>%n files written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::DigestPdfExporter</name>
    <message>
        <source>There are no reports to put in the digest.</source>
        <translation>There are no reports to put in the digest.</translation>
    </message>
    <message>
        <source>Rule-of-law government reports: review digest</source>
        <translation>Rule-of-law government reports: review digest</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), exported %1</source>
        <translation>
            <numerusform>%n report, exported %1</numerusform>
            <numerusform>%n reports, exported %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), reviewed by %1, exported %2</source>
        <translation>
            <numerusform>%n report, reviewed by %1, exported %2</numerusform>
            <numerusform>%n reports, reviewed by %1, exported %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>checklist status</comment>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>checklist status</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>checklist status</comment>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Open comments</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict: %1</translation>
    </message>
    <message>
        <source>%1: the report says nothing.</source>
        <translation>%1: the report says nothing.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
</context>
<context>
    <name>Fazhi::DistrictHistory</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Report id</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Last year&apos;s start</source>
        <translation>Last year&apos;s start</translation>
    </message>
    <message>
        <source>Last year&apos;s end</source>
        <translation>Last year&apos;s end</translation>
    </message>
    <message>
        <source>Repeated wording</source>
        <translation>Repeated wording</translation>
    </message>
</context>
<context>
    <name>Fazhi::DocxImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>not a valid .docx file: the zip archive is damaged (%1)</source>
        <translation>not a valid .docx file: the zip archive is damaged (%1)</translation>
    </message>
    <message>
        <source>not a Word document: %1 is missing</source>
        <translation>not a Word document: %1 is missing</translation>
    </message>
    <message>
        <source>%1 cannot be read: the archive is damaged</source>
        <translation>%1 cannot be read: the archive is damaged</translation>
    </message>
    <message>
        <source>The list numbering (word/numbering.xml) is damaged; numbers are left out.</source>
        <translation>The list numbering (word/numbering.xml) is damaged; numbers are left out.</translation>
    </message>
    <message>
        <source>%1 is damaged (malformed XML, %2)</source>
        <translation>%1 is damaged (malformed XML, %2)</translation>
    </message>
    <message>
        <source>the parts of the document expand to more than %1 MB; it is refused</source>
        <extracomment>%1 is a size in MB</extracomment>
        <translation>the parts of the document expand to more than %1 MB; it is refused</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 MB; the document is refused</source>
        <extracomment>%1 is a part of the .docx package such as word/document.xml, %2 a size in MB</extracomment>
        <translation>%1 expands to more than %2 MB; the document is refused</translation>
    </message>
</context>
<context>
    <name>Fazhi::EditCommand</name>
    <message>
        <source>Correct a report&apos;s region, level, year, title, issuers or dates</source>
        <translation>Correct a report&apos;s region, level, year, title, issuers or dates</translation>
    </message>
    <message>
        <source>The report&apos;s id (see fazhi-cli list).</source>
        <translation>The report&apos;s id (see fazhi-cli list).</translation>
    </message>
    <message>
        <source>Why the value is corrected.</source>
        <translation>Why the value is corrected.</translation>
    </message>
    <message>
        <source>The region (江门市江海区).</source>
        <translation>The region (江门市江海区).</translation>
    </message>
    <message>
        <source>The administrative level: %1.</source>
        <translation>The administrative level: %1.</translation>
    </message>
    <message>
        <source>The year reported on.</source>
        <translation>The year reported on.</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>The report&apos;s title.</translation>
    </message>
    <message>
        <source>The issuing bodies, separated by 、.</source>
        <translation>The issuing bodies, separated by 、.</translation>
    </message>
    <message>
        <source>The date of the report (2025-03-01 or 2025年3月1日).</source>
        <translation>The date of the report (2025-03-01 or 2025年3月1日).</translation>
    </message>
    <message>
        <source>The date it was published.</source>
        <translation>The date it was published.</translation>
    </message>
    <message>
        <source>fazhi-cli edit: --report ID is required (see fazhi-cli list).</source>
        <translation>fazhi-cli edit: --report ID is required (see fazhi-cli list).</translation>
    </message>
    <message>
        <source>fazhi-cli edit: --%1: %2</source>
        <translation>fazhi-cli edit: --%1: %2</translation>
    </message>
    <message>
        <source>fazhi-cli edit: %1</source>
        <translation>fazhi-cli edit: %1</translation>
    </message>
    <message>
        <source>(parsed: %1)</source>
        <translation>(parsed: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportBenchmark</name>
    <message>
        <source>Reports in the digest (default 100).</source>
        <translation>Reports in the digest (default 100).</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>No sample reports are built into this program.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportCommand</name>
    <message>
        <source>csv (UTF-8 with BOM, for Excel) or json.</source>
        <translation>csv (UTF-8 with BOM, for Excel) or json.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>The file to write (default: standard output).</translation>
    </message>
    <message>
        <source>fazhi-cli export: --format must be csv or json.</source>
        <translation>fazhi-cli export: --format must be csv or json.</translation>
    </message>
    <message>
        <source>Export from a project: export annotations|history --format csv|json [--out FILE] | export pdf|digest|sheets (see export pdf --help)</source>
        <translation>Export from a project: export annotations|history --format csv|json [--out FILE] | export pdf|digest|sheets (see export pdf --help)</translation>
    </message>
    <message>
        <source>fazhi-cli export: say what to export: annotations, history, pdf, digest or sheets</source>
        <translation>fazhi-cli export: say what to export: annotations, history, pdf, digest or sheets</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportDialog</name>
    <message>
        <source>Include &amp;resolved annotations</source>
        <translation>Include &amp;resolved annotations</translation>
    </message>
    <message>
        <source>C&amp;omments only (a clean copy without highlights)</source>
        <translation>C&amp;omments only (a clean copy without highlights)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Annotated report PDF</source>
        <translation>Annotated report PDF</translation>
    </message>
    <message>
        <source>Review digest PDF</source>
        <translation>Review digest PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (annotations, checklist, indicators)</source>
        <translation>Spreadsheet (annotations, checklist, indicators)</translation>
    </message>
    <message>
        <source>The report &amp;open in the reader</source>
        <translation>The report &amp;open in the reader</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected reports (%n)</source>
        <translation>
            <numerusform>The &amp;selected reports (%n)</numerusform>
            <numerusform>The &amp;selected reports (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All reports of the project (%n)</source>
        <translation>
            <numerusform>&amp;All reports of the project (%n)</numerusform>
            <numerusform>&amp;All reports of the project (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>Simplified (简体)</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>Traditional (繁體)</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Reports:</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Script:</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>&amp;Year reported on:</source>
        <translation>&amp;Year reported on:</translation>
    </message>
    <message>
        <source>One Excel workbook (.xlsx)</source>
        <translation>One Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV files in a folder (UTF-8 for Excel)</source>
        <translation>CSV files in a folder (UTF-8 for Excel)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>A folder</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>A file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export to a Folder</source>
        <translation>Export to a Folder</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n PDF to %1.</numerusform>
            <numerusform>Wrote %n PDFs to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule-of-law government reports on %1: review digest</source>
        <translation>Rule-of-law government reports on %1: review digest</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 (annotated).pdf</source>
        <comment>file name</comment>
        <translation>%1 (annotated).pdf</translation>
    </message>
    <message>
        <source>%1 annotated PDFs</source>
        <comment>folder name</comment>
        <translation>%1 annotated PDFs</translation>
    </message>
    <message>
        <source>%1 review digest.pdf</source>
        <comment>file name</comment>
        <translation>%1 review digest.pdf</translation>
    </message>
    <message>
        <source>%1 tables (CSV)</source>
        <comment>folder name</comment>
        <translation>%1 tables (CSV)</translation>
    </message>
    <message>
        <source>%1 is a file: name a folder to write the files into.</source>
        <translation>%1 is a file: name a folder to write the files into.</translation>
    </message>
    <message>
        <source>%1 is a folder: name the file to write.</source>
        <translation>%1 is a folder: name the file to write.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.</source>
        <translation>Wrote %1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportDocumentsCommand</name>
    <message>
        <source>Export documents: export pdf (--report ID | --all) --out PATH | export digest --year YEAR --out FILE | export sheets --out FILE.xlsx|DIR</source>
        <translation>Export documents: export pdf (--report ID | --all) --out PATH | export digest --year YEAR --out FILE | export sheets --out FILE.xlsx|DIR</translation>
    </message>
    <message>
        <source>The report to export (its id, see fazhi-cli list).</source>
        <translation>The report to export (its id, see fazhi-cli list).</translation>
    </message>
    <message>
        <source>Every report of the project, each to its own PDF in the folder --out.</source>
        <translation>Every report of the project, each to its own PDF in the folder --out.</translation>
    </message>
    <message>
        <source>The PDF to write (with --all: the folder).</source>
        <translation>The PDF to write (with --all: the folder).</translation>
    </message>
    <message>
        <source>original (default), simplified or traditional.</source>
        <translation>original (default), simplified or traditional.</translation>
    </message>
    <message>
        <source>Leave out the annotations marked resolved.</source>
        <translation>Leave out the annotations marked resolved.</translation>
    </message>
    <message>
        <source>A clean copy: the comments, no highlights.</source>
        <translation>A clean copy: the comments, no highlights.</translation>
    </message>
    <message>
        <source>fazhi-cli export pdf: give --report ID or --all, and --out.</source>
        <translation>fazhi-cli export pdf: give --report ID or --all, and --out.</translation>
    </message>
    <message>
        <source>fazhi-cli export pdf: --script must be original, simplified or traditional.</source>
        <translation>fazhi-cli export pdf: --script must be original, simplified or traditional.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n PDF to %1.</numerusform>
            <numerusform>Wrote %n PDFs to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The year reported on (default: every year).</source>
        <translation>The year reported on (default: every year).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>fazhi-cli export digest: give --out FILE.pdf.</source>
        <translation>fazhi-cli export digest: give --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Rule-of-law government reports on %1: review digest</source>
        <translation>Rule-of-law government reports on %1: review digest</translation>
    </message>
    <message>
        <source>Wrote %1: %2 report(s), %3 page(s).</source>
        <translation>Wrote %1: %2 report(s), %3 page(s).</translation>
    </message>
    <message>
        <source>A .xlsx workbook, or a folder for annotations.csv, checklist.csv and indicators.csv.</source>
        <translation>A .xlsx workbook, or a folder for annotations.csv, checklist.csv and indicators.csv.</translation>
    </message>
    <message>
        <source>fazhi-cli export sheets: give --out FILE.xlsx or --out FOLDER.</source>
        <translation>fazhi-cli export sheets: give --out FILE.xlsx or --out FOLDER.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Fazhi::FindBar</name>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Find in report…</source>
        <translation>Find in report…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
</context>
<context>
    <name>Fazhi::HtmlImporter</name>
    <message>
        <source>The page declares the character encoding %1 but is written in %2.</source>
        <translation>The page declares the character encoding %1 but is written in %2.</translation>
    </message>
    <message>
        <source>not a readable HTML page</source>
        <translation>not a readable HTML page</translation>
    </message>
    <message>
        <source>the page has no report text: only its title, menus and links were found</source>
        <translation>the page has no report text: only its title, menus and links were found</translation>
    </message>
    <message>
        <source>the page&apos;s elements are nested %1 levels deep, more than the %2 that can be read</source>
        <translation>the page&apos;s elements are nested %1 levels deep, more than the %2 that can be read</translation>
    </message>
    <message>
        <source>Only %1 of the page&apos;s %2 characters of text (besides menus and links) were taken as the report; the rest may belong to it: compare the report with the page.</source>
        <translation>Only %1 of the page&apos;s %2 characters of text (besides menus and links) were taken as the report; the rest may belong to it: compare the report with the page.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ImportCommand</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Import report files or folders into a project</source>
        <translation>Import report files or folders into a project</translation>
    </message>
    <message>
        <source>Report files (.txt, .html, .docx, .pdf) or folders holding them.</source>
        <translation>Report files (.txt, .html, .docx, .pdf) or folders holding them.</translation>
    </message>
    <message>
        <source>fazhi-cli import: name at least one file or folder.</source>
        <translation>fazhi-cli import: name at least one file or folder.</translation>
    </message>
    <message>
        <source>%1: failed: the file or folder does not exist</source>
        <translation>%1: failed: the file or folder does not exist</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: unchanged</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: failed: %2</translation>
    </message>
    <message>
        <source>What to do with another version of a report already in the project (the same region, year and level, another text): skip it (the default), replace the old version (its annotations move to the new text) or keep both. A copy of a report already there (the same text) is never imported again.</source>
        <translation>What to do with another version of a report already in the project (the same region, year and level, another text): skip it (the default), replace the old version (its annotations move to the new text) or keep both. A copy of a report already there (the same text) is never imported again.</translation>
    </message>
    <message>
        <source>Import files that do not look like rule-of-law government reports too.</source>
        <translation>Import files that do not look like rule-of-law government reports too.</translation>
    </message>
    <message>
        <source>fazhi-cli import: --on-duplicate takes skip, replace or keep, not %1.</source>
        <translation>fazhi-cli import: --on-duplicate takes skip, replace or keep, not %1.</translation>
    </message>
    <message>
        <source>%1: imported as report %2</source>
        <translation>%1: imported as report %2</translation>
    </message>
    <message>
        <source>%1: replaced report %2 (%3); annotations: %4 kept, %5 moved, %6 could not be placed</source>
        <translation>%1: replaced report %2 (%3); annotations: %4 kept, %5 moved, %6 could not be placed</translation>
    </message>
    <message>
        <source>    not found in the new text, kept: %1</source>
        <translation>    not found in the new text, kept: %1</translation>
    </message>
    <message>
        <source>%1: skipped: a copy of report %2 (%3)</source>
        <translation>%1: skipped: a copy of report %2 (%3)</translation>
    </message>
    <message>
        <source>%1: skipped: another version of report %2 (%3); --on-duplicate replace or keep imports it</source>
        <translation>%1: skipped: another version of report %2 (%3); --on-duplicate replace or keep imports it</translation>
    </message>
    <message>
        <source>%1: skipped: %2; --force imports it</source>
        <translation>%1: skipped: %2; --force imports it</translation>
    </message>
    <message>
        <source>%1 imported, %2 replaced, %3 unchanged, %4 skipped, %5 failed.</source>
        <translation>%1 imported, %2 replaced, %3 unchanged, %4 skipped, %5 failed.</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not attempted.</source>
        <translation>
            <numerusform>%n file not attempted.</numerusform>
            <numerusform>%n files not attempted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ImportDialog</name>
    <message>
        <source>Import Reports</source>
        <translation>Import Reports</translation>
    </message>
    <message>
        <source>Looking for report files…</source>
        <translation>Looking for report files…</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column header: what the reviewer can choose for a file (replace, keep both, import anyway)</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Stop after the reports being written; what was imported stays</source>
        <translation>Stop after the reports being written; what was imported stays</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Cancelling: finishing the reports being written…</source>
        <translation>Cancelling: finishing the reports being written…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: the file does not exist</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>Already in the project</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the counts in &quot;3 imported, 2 failed&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>The import could not start: %1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>Import failed.</translation>
    </message>
    <message>
        <source>Replace All Old Versions</source>
        <translation>Replace All Old Versions</translation>
    </message>
    <message>
        <source>Keep All Versions</source>
        <translation>Keep All Versions</translation>
    </message>
    <message>
        <source>Import All Anyway</source>
        <translation>Import All Anyway</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Each old version is replaced by its new file; annotations move to the new text</source>
        <translation>Each old version is replaced by its new file; annotations move to the new text</translation>
    </message>
    <message>
        <source>Each new version is imported beside the old one</source>
        <translation>Each new version is imported beside the old one</translation>
    </message>
    <message>
        <source>Import the files that do not look like reports as they are</source>
        <translation>Import the files that do not look like reports as they are</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>An import result: the file replaced an older version of its report</extracomment>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>An import result: the same text is in the project already</extracomment>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>Not a report?</source>
        <translation>Not a report?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <source>Importing the files you chose…</source>
        <translation>Importing the files you chose…</translation>
    </message>
    <message>
        <source>Replaced report %1 (%2)</source>
        <translation>Replaced report %1 (%2)</translation>
    </message>
    <message>
        <source>; annotations: %1 kept, %2 moved, %3 could not be placed</source>
        <translation>; annotations: %1 kept, %2 moved, %3 could not be placed</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Kept, marked as not found in the new text:
%1</source>
        <translation>Kept, marked as not found in the new text:
%1</translation>
    </message>
    <message>
        <source>Replace report %1 by this file; its annotations move to the new text</source>
        <translation>Replace report %1 by this file; its annotations move to the new text</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Keep Both</translation>
    </message>
    <message>
        <source>Import this file beside report %1</source>
        <translation>Import this file beside report %1</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>Import Anyway</translation>
    </message>
    <message>
        <source>Import this file as it is</source>
        <translation>Import this file as it is</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies not imported</source>
        <translation>
            <numerusform>%n copy not imported</numerusform>
            <numerusform>%n copies not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other versions</source>
        <translation>
            <numerusform>%n other version</numerusform>
            <numerusform>%n other versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not like a report</source>
        <translation>
            <numerusform>%n not like a report</numerusform>
            <numerusform>%n not like a report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported yet: choose on their lines, or for all. Closing imports none of them.</source>
        <translation>
            <numerusform>%n file not imported yet: choose on its line. Closing does not import it.</numerusform>
            <numerusform>%n files not imported yet: choose on their lines, or for all. Closing imports none of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <extracomment>Files imported whose text may be incomplete or was repaired; the rows say why</extracomment>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Not attempted</source>
        <extracomment>An import result: the import stopped (a full disk) before this file</extracomment>
        <translation>Not attempted</translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) into %1…</source>
        <translation>
            <numerusform>Importing %n file into %1…</numerusform>
            <numerusform>Importing %n files into %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::IngestBenchmark</name>
    <message>
        <source>A folder of report files; every supported file under it is read.</source>
        <translation>A folder of report files; every supported file under it is read.</translation>
    </message>
    <message>
        <source>fazhi-cli bench ingest: name one folder.</source>
        <translation>fazhi-cli bench ingest: name one folder.</translation>
    </message>
    <message>
        <source>fazhi-cli bench ingest: no report files under %1.</source>
        <translation>fazhi-cli bench ingest: no report files under %1.</translation>
    </message>
</context>
<context>
    <name>Fazhi::InputFile</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>a special file</translation>
    </message>
    <message>
        <source>%1: skipped: it is %2, not a regular file</source>
        <extracomment>%2 is what the file is, e.g. &quot;a named pipe (FIFO)&quot; or &quot;a device&quot;</extracomment>
        <translation>%1: skipped: it is %2, not a regular file</translation>
    </message>
    <message>
        <source>%1: is too large (%2 MB; at most %3 MB are imported)</source>
        <translation>%1: is too large (%2 MB; at most %3 MB are imported)</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: the file does not exist</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB; at most that much is imported</source>
        <translation>%1: is larger than %2 MB; at most that much is imported</translation>
    </message>
</context>
<context>
    <name>Fazhi::InspectCommand</name>
    <message>
        <source>format: %1, encoding: %2, script: %3</source>
        <translation>format: %1, encoding: %2, script: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Show how report files are read: metadata, headings, paragraphs (--json for all offsets)</source>
        <translation>Show how report files are read: metadata, headings, paragraphs (--json for all offsets)</translation>
    </message>
    <message>
        <source>Print JSON: the text and every offset.</source>
        <translation>Print JSON: the text and every offset.</translation>
    </message>
    <message>
        <source>Report files (.txt, .html, .docx, .pdf).</source>
        <translation>Report files (.txt, .html, .docx, .pdf).</translation>
    </message>
    <message>
        <source>fazhi-cli inspect: name at least one file.</source>
        <translation>fazhi-cli inspect: name at least one file.</translation>
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
        <translation>Length of the report text in characters</translation>
    </message>
    <message>
        <source>Annotations not yet resolved</source>
        <translation>Annotations not yet resolved</translation>
    </message>
    <message>
        <source>Checklist items that fail, after the reviewers&apos; decisions</source>
        <translation>Checklist items that fail, after the reviewers&apos; decisions</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Column header: number of open (unresolved) annotations</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Failures</source>
        <extracomment>Column header: number of failed checklist items</extracomment>
        <translation>Failures</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Unreviewed</translation>
    </message>
    <message>
        <source>Corrected by a reviewer; the program read: %1</source>
        <translation>Corrected by a reviewer; the program read: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>parsed value</comment>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>Fazhi::LibraryPanel</name>
    <message>
        <source>Filter Reports</source>
        <translation>Filter Reports</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Filter reports (any script)</source>
        <translation>Filter reports (any script)</translation>
    </message>
    <message>
        <source>Only reports on this year</source>
        <translation>Only reports on this year</translation>
    </message>
    <message>
        <source>Only reports of this administrative level</source>
        <translation>Only reports of this administrative level</translation>
    </message>
    <message>
        <source>Only reports with this review status</source>
        <translation>Only reports with this review status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Compare 2 to 4 selected reports side by side</source>
        <translation>Compare 2 to 4 selected reports side by side</translation>
    </message>
    <message>
        <source>Mark as &amp;Unreviewed</source>
        <translation>Mark as &amp;Unreviewed</translation>
    </message>
    <message>
        <source>Mark as &amp;In Progress</source>
        <translation>Mark as &amp;In Progress</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Mark as &amp;Done</translation>
    </message>
    <message>
        <source>Review Status</source>
        <translation>Review Status</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>No project is open</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Loading reports…</translation>
    </message>
    <message>
        <source>No reports yet: import files or a folder</source>
        <translation>No reports yet: import files or a folder</translation>
    </message>
    <message>
        <source>Outline &amp;Matrix</source>
        <translation>Outline &amp;Matrix</translation>
    </message>
    <message>
        <source>What the selected reports say for each part of the outline, side by side</source>
        <translation>What the selected reports say for each part of the outline, side by side</translation>
    </message>
    <message>
        <source>&amp;Remove from Project…</source>
        <translation>&amp;Remove from Project…</translation>
    </message>
    <message>
        <source>Correct &amp;Details…</source>
        <translation>Correct &amp;Details…</translation>
    </message>
    <message>
        <source>Remove the selected reports with their annotations and decisions (undoable)</source>
        <translation>Remove the selected reports with their annotations and decisions (undoable)</translation>
    </message>
    <message>
        <source>Correct the region, level, year, title, issuers or dates the program read</source>
        <translation>Correct the region, level, year, title, issuers or dates the program read</translation>
    </message>
    <message>
        <source>Remove Reports</source>
        <translation>Remove Reports</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the project? Its %2 and %3 go with it.</source>
        <translation>Remove %1 from the project? Its %2 and %3 go with it.</translation>
    </message>
    <message>
        <source>Remove %1 reports from the project? Their %2 and %3 go with them.</source>
        <translation>Remove %1 reports from the project? Their %2 and %3 go with them.</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings back the reports with all their marks.</source>
        <translation>Edit → Undo (Ctrl+Z) brings back the reports with all their marks.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Report Details</source>
        <translation>Report Details</translation>
    </message>
    <message>
        <source>Correct details of %1</source>
        <translation>Correct details of %1</translation>
    </message>
    <message>
        <source>The reports cannot be listed: %1</source>
        <translation>The reports cannot be listed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>%1 of %n report</numerusform>
            <numerusform>%1 of %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ListCommand</name>
    <message>
        <source>List the reports in a project</source>
        <translation>List the reports in a project</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
</context>
<context>
    <name>Fazhi::MainWindow</name>
    <message>
        <source>Fazhi Review</source>
        <translation>Fazhi Review</translation>
    </message>
    <message>
        <source>Review annual rule-of-law government reports: tag achievements, problems, causes, the leaders&apos; first-responsible-person duty and next year&apos;s plans, check each report against the statutory outline, and compare districts.</source>
        <translation>Review annual rule-of-law government reports: tag achievements, problems, causes, the leaders&apos; first-responsible-person duty and next year&apos;s plans, check each report against the statutory outline, and compare districts.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>No project open</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Fazhi Review</source>
        <translation>&amp;About Fazhi Review</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Save Project &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>&amp;Import Reports…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Annotations as &amp;CSV…</source>
        <translation>Annotations as &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find in Report…</source>
        <translation>&amp;Find in Report…</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>&amp;Search Project…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>&amp;Simplified (简体)</source>
        <translation>&amp;Simplified (简体)</translation>
    </message>
    <message>
        <source>&amp;Traditional (繁體)</source>
        <translation>&amp;Traditional (繁體)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Checking the project file…</source>
        <translation>Checking the project file…</translation>
    </message>
    <message>
        <source>Project file damaged</source>
        <translation>Project file damaged</translation>
    </message>
    <message>
        <source>%1 (read-only: %2)</source>
        <translation>%1 (read-only: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>Fazhi Review projects (*.fzr)</source>
        <translation>Fazhi Review projects (*.fzr)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Fazhi Review projects (*.fzr);;All files (*)</source>
        <translation>Fazhi Review projects (*.fzr);;All files (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>Import Reports</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>Reports (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>Import a Folder of Reports</translation>
    </message>
    <message>
        <source>Open a project before importing reports.</source>
        <translation>Open a project before importing reports.</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Export Annotations</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Tag the selected text (reader)</source>
        <translation>Tag the selected text (reader)</translation>
    </message>
    <message>
        <source>1 – 8</source>
        <translation>1 – 8</translation>
    </message>
    <message>
        <source>Edit the comment of the annotation at the cursor</source>
        <translation>Edit the comment of the annotation at the cursor</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <source>Remove the annotation at the cursor</source>
        <translation>Remove the annotation at the cursor</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Reports</source>
        <translation>&amp;Compare Selected Reports</translation>
    </message>
    <message>
        <source>Outline &amp;Matrix</source>
        <translation>Outline &amp;Matrix</translation>
    </message>
    <message>
        <source>Set &amp;Phrases of the Year…</source>
        <translation>Set &amp;Phrases of the Year…</translation>
    </message>
    <message>
        <source>&amp;PDF, Digest or Spreadsheet…</source>
        <translation>&amp;PDF, Digest or Spreadsheet…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Review project %1</source>
        <comment>file name</comment>
        <translation>Review project %1</translation>
    </message>
    <message>
        <source>Project is read-only</source>
        <translation>Project is read-only</translation>
    </message>
    <message>
        <source>%1 is read-only: %2

Everything in it can be read. To go on working, save a copy in a folder you can write to.</source>
        <translation>%1 is read-only: %2

Everything in it can be read. To go on working, save a copy in a folder you can write to.</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>Save a Copy As…</translation>
    </message>
    <message>
        <source>Keep Reading</source>
        <translation>Keep Reading</translation>
    </message>
    <message>
        <source>%1

The project is read-only from now on, so that nothing in it is overwritten. Save a copy with File → Save Project As, and keep the damaged file for repair.</source>
        <translation>%1

The project is read-only from now on, so that nothing in it is overwritten. Save a copy with File → Save Project As, and keep the damaged file for repair.</translation>
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
        <translation>The outline matrix of a project as CSV: matrix [--year Y] [--reports ID,ID] [--out FILE.csv]</translation>
    </message>
    <message>
        <source>Only the reports of this year (default: all).</source>
        <translation>Only the reports of this year (default: all).</translation>
    </message>
    <message>
        <source>The reports to compare, by id, comma-separated.</source>
        <translation>The reports to compare, by id, comma-separated.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>The file to write (default: standard output).</translation>
    </message>
    <message>
        <source>fazhi-cli matrix: &quot;%1&quot; is not a report id.</source>
        <translation>fazhi-cli matrix: &quot;%1&quot; is not a report id.</translation>
    </message>
</context>
<context>
    <name>Fazhi::MergeCommand</name>
    <message>
        <source>Bring another reviewer&apos;s project file into this one</source>
        <translation>Bring another reviewer&apos;s project file into this one</translation>
    </message>
    <message>
        <source>The other project file (.fzr).</source>
        <translation>The other project file (.fzr).</translation>
    </message>
    <message>
        <source>fazhi-cli merge: name one project file to merge.</source>
        <translation>fazhi-cli merge: name one project file to merge.</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineBar</name>
    <message>
        <source>Go to:</source>
        <translation>Go to:</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Go to a theme of the statutory outline in every report</source>
        <translation>Go to a theme of the statutory outline in every report</translation>
    </message>
    <message>
        <source>Show the part &quot;%1&quot; of every report</source>
        <translation>Show the part &quot;%1&quot; of every report</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineCategory</name>
    <message>
        <source>Achievements</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Leadership duty</source>
        <translation>Leadership duty</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineClassifier</name>
    <message>
        <source>heading contains %1</source>
        <translation>heading contains %1</translation>
    </message>
    <message>
        <source>paragraph opens with %1</source>
        <translation>paragraph opens with %1</translation>
    </message>
    <message>
        <source>mentions %1</source>
        <translation>mentions %1</translation>
    </message>
    <message>
        <source>heading names %1年, after the year reported</source>
        <translation>heading names %1年, after the year reported</translation>
    </message>
    <message>
        <source>heading names the year reported (%1年)</source>
        <translation>heading names the year reported (%1年)</translation>
    </message>
    <message>
        <source>paragraph opens with %1年以来</source>
        <translation>paragraph opens with %1年以来</translation>
    </message>
    <message>
        <source>paragraph opens with %1年…将</source>
        <translation>paragraph opens with %1年…将</translation>
    </message>
    <message>
        <source>paragraph opens with %1年, after the year reported</source>
        <translation>paragraph opens with %1年, after the year reported</translation>
    </message>
    <message>
        <source>paragraph opens with the year reported (%1年)</source>
        <translation>paragraph opens with the year reported (%1年)</translation>
    </message>
    <message>
        <source>mentions %1年, after the year reported</source>
        <translation>mentions %1年, after the year reported</translation>
    </message>
    <message>
        <source>no cue: counted as %1, what most of a report is</source>
        <translation>no cue: counted as %1, what most of a report is</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>follows the %1 part before it</source>
        <translation>follows the %1 part before it</translation>
    </message>
    <message>
        <source>inherits from heading %1</source>
        <translation>inherits from heading %1</translation>
    </message>
    <message>
        <source>preamble before the first heading</source>
        <translation>preamble before the first heading</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineMatrix</name>
    <message>
        <source>There is no report %1 in the project.</source>
        <translation>There is no report %1 in the project.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineMatrixModel</name>
    <message numerus="yes">
        <source>%n char(s)</source>
        <translation>
            <numerusform>%n char</numerusform>
            <numerusform>%n chars</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 says nothing for &quot;%2&quot;.</source>
        <translation>%1 says nothing for &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); double-click to read it in the report</source>
        <translation>
            <numerusform>%n character; double-click to read it in the report</numerusform>
            <numerusform>%n characters; double-click to read it in the report</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagged by the reviewer</source>
        <translation>Tagged by the reviewer</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineMatrixView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the matrix as a spreadsheet (CSV, UTF-8)</source>
        <translation>Save the matrix as a spreadsheet (CSV, UTF-8)</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Reports:</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing cell(s)</source>
        <translation>
            <numerusform>%n missing cell</numerusform>
            <numerusform>%n missing cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Outline matrix</source>
        <translation>Outline matrix</translation>
    </message>
    <message>
        <source>Selected reports (%1)</source>
        <translation>Selected reports (%1)</translation>
    </message>
    <message>
        <source>All reports of %1</source>
        <translation>All reports of %1</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>All reports</translation>
    </message>
    <message>
        <source>Export the Outline Matrix</source>
        <translation>Export the Outline Matrix</translation>
    </message>
    <message>
        <source>outline-matrix.csv</source>
        <translation>outline-matrix.csv</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV spreadsheets (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineOptions</name>
    <message>
        <source>Use the outline standard (categories, cues, themes, checks) in FILE instead of the bundled one.</source>
        <translation>Use the outline standard (categories, cues, themes, checks) in FILE instead of the bundled one.</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlinePanel</name>
    <message>
        <source>Open a report to see its outline.</source>
        <translation>Open a report to see its outline.</translation>
    </message>
    <message>
        <source>This report has no headings.</source>
        <translation>This report has no headings.</translation>
    </message>
    <message>
        <source>automatic: not classified</source>
        <translation>automatic: not classified</translation>
    </message>
    <message>
        <source>automatic: %1, %2, %3</source>
        <translation>automatic: %1, %2, %3</translation>
    </message>
    <message>
        <source>Category: %1, chosen by %2</source>
        <translation>Category: %1, chosen by %2</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>Confirmed by %1</translation>
    </message>
    <message>
        <source>Conflicting decision: %1 chose %2</source>
        <translation>Conflicting decision: %1 chose %2</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Themes: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Change category…</source>
        <translation>Change category…</translation>
    </message>
    <message>
        <source>Confirm category</source>
        <translation>Confirm category</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Change category</translation>
    </message>
    <message>
        <source>The outline category of “%1”:</source>
        <translation>The outline category of “%1”:</translation>
    </message>
</context>
<context>
    <name>Fazhi::OutlineStandard</name>
    <message>
        <source>%1: line %2, column %3: not valid JSON (%4)</source>
        <translation>%1: line %2, column %3: not valid JSON (%4)</translation>
    </message>
    <message>
        <source>%1: the file must hold a JSON object</source>
        <translation>%1: the file must hold a JSON object</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>must be %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unknown category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>invalid regular expression (%1 at offset %2)</source>
        <translation>invalid regular expression (%1 at offset %2)</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is defined twice</source>
        <translation>category &quot;%1&quot; is defined twice</translation>
    </message>
    <message>
        <source>must be &quot;part&quot; or &quot;topic&quot;</source>
        <translation>must be &quot;part&quot; or &quot;topic&quot;</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is missing</source>
        <translation>category &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>needs {n} where the number is, or a &quot;value&quot;</source>
        <translation>needs {n} where the number is, or a &quot;value&quot;</translation>
    </message>
    <message>
        <source>%1: cannot read the outline standard (%2)</source>
        <translation>%1: cannot read the outline standard (%2)</translation>
    </message>
</context>
<context>
    <name>Fazhi::OverruleDialog</name>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automatic)</translation>
    </message>
    <message>
        <source>&amp;Comment (why):</source>
        <translation>&amp;Comment (why):</translation>
    </message>
</context>
<context>
    <name>Fazhi::PagedFlow</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>Fazhi::PdfImporter</name>
    <message>
        <source>is protected by a password; remove the protection and import it again</source>
        <translation>is protected by a password; remove the protection and import it again</translation>
    </message>
    <message>
        <source>is encrypted with an unsupported security scheme</source>
        <translation>is encrypted with an unsupported security scheme</translation>
    </message>
    <message>
        <source>is not a readable PDF (the file is damaged or truncated)</source>
        <translation>is not a readable PDF (the file is damaged or truncated)</translation>
    </message>
    <message>
        <source>has no text layer — OCR is not supported</source>
        <translation>has no text layer — OCR is not supported</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) had no text (scanned images are not read).</source>
        <translation>
            <numerusform>%n page had no text (scanned images are not read).</numerusform>
            <numerusform>%n pages had no text (scanned images are not read).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) at the top or bottom of the pages (running headers, footers, page numbers) were left out.</source>
        <translation>
            <numerusform>%n line at the top or bottom of the pages (a running header, footer or page number) was left out.</numerusform>
            <numerusform>%n lines at the top or bottom of the pages (running headers, footers, page numbers) were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::PdfTextMap</name>
    <message>
        <source>The PDF has %1 fonts but %2 were drawn as searchable text: its text could not be made searchable.</source>
        <translation>The PDF has %1 fonts but %2 were drawn as searchable text: its text could not be made searchable.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReaderPane</name>
    <message>
        <source>Original script</source>
        <translation>Original script</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>Simplified (简体)</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>Traditional (繁體)</translation>
    </message>
    <message>
        <source>Show the report in another script; annotations stay on their characters.</source>
        <translation>Show the report in another script; annotations stay on their characters.</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Tag the selected text as %1 (key %2)</source>
        <translation>Tag the selected text as %1 (key %2)</translation>
    </message>
    <message>
        <source>Tag the selected text as %1</source>
        <translation>Tag the selected text as %1</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReaderView</name>
    <message>
        <source>No tag has the shortcut %1.</source>
        <translation>No tag has the shortcut %1.</translation>
    </message>
    <message>
        <source>Select the passage to tag first.</source>
        <translation>Select the passage to tag first.</translation>
    </message>
    <message>
        <source>Comment (Enter to save, Esc to cancel)</source>
        <translation>Comment (Enter to save, Esc to cancel)</translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation>Tag as</translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation>Edit Comment…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Mark Resolved</source>
        <translation>Mark Resolved</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>Remove Annotation</translation>
    </message>
</context>
<context>
    <name>Fazhi::RemoveCommand</name>
    <message>
        <source>Remove reports from a project, with their annotations and decisions</source>
        <translation>Remove reports from a project, with their annotations and decisions</translation>
    </message>
    <message>
        <source>A report&apos;s id (see fazhi-cli list); repeat it or separate ids by commas.</source>
        <translation>A report&apos;s id (see fazhi-cli list); repeat it or separate ids by commas.</translation>
    </message>
    <message>
        <source>fazhi-cli remove: %1 is not a report id.</source>
        <translation>fazhi-cli remove: %1 is not a report id.</translation>
    </message>
    <message>
        <source>fazhi-cli remove: name the reports with --report ID.</source>
        <translation>fazhi-cli remove: name the reports with --report ID.</translation>
    </message>
    <message>
        <source>fazhi-cli remove: there is no report %1 in %2; nothing was removed.</source>
        <translation>fazhi-cli remove: there is no report %1 in %2; nothing was removed.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>fazhi-cli remove: %1</source>
        <translation>fazhi-cli remove: %1</translation>
    </message>
    <message>
        <source>removed report %1 (%2) with %3 and %4</source>
        <translation>removed report %1 (%2) with %3 and %4</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s change record keeps what was removed.</source>
        <translation>The project&apos;s change record keeps what was removed.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportDetailsDialog</name>
    <message>
        <source>Report Details: %1</source>
        <translation>Report Details: %1</translation>
    </message>
    <message>
        <source>Correct what the program read wrongly. The parsed value stays beside yours; Edit → Undo takes a correction back.</source>
        <translation>Correct what the program read wrongly. The parsed value stays beside yours; Edit → Undo takes a correction back.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>level</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>2025-03-01 or 2025年3月1日</source>
        <translation>2025-03-01 or 2025年3月1日</translation>
    </message>
    <message>
        <source>Parsed: %1</source>
        <translation>Parsed: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Use Parsed</source>
        <translation>Use Parsed</translation>
    </message>
    <message>
        <source>Put the parsed value back in the field</source>
        <translation>Put the parsed value back in the field</translation>
    </message>
    <message>
        <source>Why (optional): e.g. the title names the city, the report is the district&apos;s</source>
        <translation>Why (optional): e.g. the title names the city, the report is the district&apos;s</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportGenreCheck</name>
    <message>
        <source>no year reported</source>
        <translation>no year reported</translation>
    </message>
    <message>
        <source>no region or issuing body</source>
        <translation>no region or issuing body</translation>
    </message>
    <message>
        <source>no headings or parts of the report outline</source>
        <translation>no headings or parts of the report outline</translation>
    </message>
    <message numerus="yes">
        <source>only %n character(s)</source>
        <translation>
            <numerusform>only %n character</numerusform>
            <numerusform>only %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>none of the words of the rule of law (法治, 依法, 执法…)</source>
        <translation>none of the words of the rule of law (法治, 依法, 执法…)</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportImporter</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: is an old Word (.doc/.wps) or password-protected document; save it as .docx without a password and import that</source>
        <translation>%1: is an old Word (.doc/.wps) or password-protected document; save it as .docx without a password and import that</translation>
    </message>
    <message>
        <source>%1: unsupported file type (%2): supported are .txt, .html, .htm, .docx, .pdf</source>
        <translation>%1: unsupported file type (%2): supported are .txt, .html, .htm, .docx, .pdf</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>no extension</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty (it contains no text)</source>
        <translation>%1: the file is empty (it contains no text)</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportParser</name>
    <message>
        <source>No numbered headings (一、 （一） 1.) were found.</source>
        <translation>No numbered headings (一、 （一） 1.) were found.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReportReader</name>
    <message>
        <source>%1: nothing but page furniture (menus, links, tables) was found; there is no report text in it.</source>
        <translation>%1: nothing but page furniture (menus, links, tables) was found; there is no report text in it.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewChecklist</name>
    <message>
        <source>Every required item is present</source>
        <translation>Every required item is present</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Missing: %1.</translation>
    </message>
    <message>
        <source>Achievements, problems, leadership duty and plans are all there.</source>
        <translation>Achievements, problems, leadership duty and plans are all there.</translation>
    </message>
    <message>
        <source>Problems come with their causes</source>
        <translation>Problems come with their causes</translation>
    </message>
    <message>
        <source>The report names no problems, so no causes either.</source>
        <translation>The report names no problems, so no causes either.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) analyse the causes.</source>
        <translation>
            <numerusform>%n part analyses the causes.</numerusform>
            <numerusform>%n parts analyse the causes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A heading names causes, but no part analyses them.</source>
        <translation>A heading names causes, but no part analyses them.</translation>
    </message>
    <message>
        <source>The problems only hint at causes (%1); no part analyses them.</source>
        <translation>The problems only hint at causes (%1); no part analyses them.</translation>
    </message>
    <message>
        <source>The problems are listed without any cause.</source>
        <translation>The problems are listed without any cause.</translation>
    </message>
    <message>
        <source>Plans answer the problems</source>
        <translation>Plans answer the problems</translation>
    </message>
    <message>
        <source>The problems name no theme that plans could answer.</source>
        <translation>The problems name no theme that plans could answer.</translation>
    </message>
    <message numerus="yes">
        <source>Plans answer all %n problem theme(s).</source>
        <translation>
            <numerusform>Plans answer the %n problem theme.</numerusform>
            <numerusform>Plans answer all %n problem themes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans answer %1 of %2 problem themes; unanswered: %3.</source>
        <translation>Plans answer %1 of %2 problem themes; unanswered: %3.</translation>
    </message>
    <message>
        <source>Problems are given their share of the text</source>
        <translation>Problems are given their share of the text</translation>
    </message>
    <message>
        <source>The report has no body text.</source>
        <translation>The report has no body text.</translation>
    </message>
    <message>
        <source>Problems and causes take %1% of the text (warn under %2%, fail under %3%).</source>
        <translation>Problems and causes take %1% of the text (warn under %2%, fail under %3%).</translation>
    </message>
    <message>
        <source>Results are backed by figures</source>
        <translation>Results are backed by figures</translation>
    </message>
    <message>
        <source>There is no achievements text to count figures in.</source>
        <translation>There is no achievements text to count figures in.</translation>
    </message>
    <message>
        <source>%1 figures with units in %2 characters of achievements: %3 per %4.</source>
        <translation>%1 figures with units in %2 characters of achievements: %3 per %4.</translation>
    </message>
    <message>
        <source>Published on time</source>
        <translation>Published on time</translation>
    </message>
    <message>
        <source>The year reported is not known.</source>
        <translation>The year reported is not known.</translation>
    </message>
    <message>
        <source>The report states no date of issue or publication.</source>
        <translation>The report states no date of issue or publication.</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>%1 %2, before the deadline %3.</source>
        <translation>%1 %2, before the deadline %3.</translation>
    </message>
    <message>
        <source>%1 %2, not before the deadline %3.</source>
        <translation>%1 %2, not before the deadline %3.</translation>
    </message>
    <message>
        <source>The leadership duty has a section of its own</source>
        <translation>The leadership duty has a section of its own</translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s) report the principal leaders&apos; duty.</source>
        <translation>
            <numerusform>%n heading reports the principal leaders&apos; duty.</numerusform>
            <numerusform>%n headings report the principal leaders&apos; duty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only scattered in %n paragraph(s), without a heading.</source>
        <translation>
            <numerusform>Only scattered in %n paragraph, without a heading.</numerusform>
            <numerusform>Only scattered in %n paragraphs, without a heading.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report says nothing about the principal leaders&apos; duty.</source>
        <translation>The report says nothing about the principal leaders&apos; duty.</translation>
    </message>
    <message>
        <source>Title, issuing bodies, date and addressee</source>
        <translation>Title, issuing bodies, date and addressee</translation>
    </message>
    <message>
        <source>All present.</source>
        <translation>All present.</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>checklist status</comment>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>checklist status</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>checklist status</comment>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>checklist status</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>grade</comment>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>grade</comment>
        <translation>Good</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>grade</comment>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>grade</comment>
        <translation>Fail</translation>
    </message>
    <message>
        <source>title</source>
        <comment>metadata field</comment>
        <translation>title</translation>
    </message>
    <message>
        <source>issuing bodies</source>
        <comment>metadata field</comment>
        <translation>issuing bodies</translation>
    </message>
    <message>
        <source>date</source>
        <comment>metadata field</comment>
        <translation>date</translation>
    </message>
    <message>
        <source>addressee</source>
        <comment>metadata field</comment>
        <translation>addressee</translation>
    </message>
    <message>
        <source>document number</source>
        <comment>metadata field</comment>
        <translation>document number</translation>
    </message>
    <message>
        <source>signer</source>
        <comment>metadata field</comment>
        <translation>signer</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the words of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewCommand</name>
    <message>
        <source>Print each report&apos;s checklist as in force, its grade and a suggested grade</source>
        <translation>Print each report&apos;s checklist as in force, its grade and a suggested grade</translation>
    </message>
    <message>
        <source>Only the report with this id (repeatable).</source>
        <translation>Only the report with this id (repeatable).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>fazhi-cli review: &quot;%1&quot; is not a report id.</source>
        <translation>fazhi-cli review: &quot;%1&quot; is not a report id.</translation>
    </message>
    <message>
        <source>Suggested grade: %1; grade given: %2</source>
        <translation>Suggested grade: %1; grade given: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>not graded</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewSession</name>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>Tag passage</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>Remove annotation</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>Change tag</translation>
    </message>
    <message>
        <source>Resolve annotation</source>
        <translation>Resolve annotation</translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation>Reopen annotation</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <source>Change tag color</source>
        <translation>Change tag color</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>There is no tag %1.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Merge tags</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <source>Remove report %1</source>
        <translation>Remove report %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n report(s)</source>
        <translation>
            <numerusform>Remove %n report</numerusform>
            <numerusform>Remove %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1 by a new version</source>
        <translation>Replace %1 by a new version</translation>
    </message>
    <message>
        <source>Correct report details</source>
        <translation>Correct report details</translation>
    </message>
    <message>
        <source>Part of the project could not be read: %1</source>
        <translation>Part of the project could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation>%1 is open read-only: %2</translation>
    </message>
    <message>
        <source>as requested.</source>
        <translation>as requested.</translation>
    </message>
    <message>
        <source>Save As needs a different file than the open project.</source>
        <translation>Save As needs a different file than the open project.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>There is no report %1 in this project.</source>
        <translation>There is no report %1 in this project.</translation>
    </message>
    <message>
        <source>Setting the review status</source>
        <translation>Setting the review status</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <source>There is already a tag called %1.</source>
        <translation>There is already a tag called %1.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>There is no tag %1.</translation>
    </message>
    <message>
        <source>Not a valid color.</source>
        <translation>Not a valid color.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>A tag cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Both tags must exist to merge them.</source>
        <translation>Both tags must exist to merge them.</translation>
    </message>
    <message numerus="yes">
        <source>The tag %1 is used by %n annotation(s); merge it into another tag instead of removing it.</source>
        <translation>
            <numerusform>The tag %1 is used by %n annotation; merge it into another tag instead of removing it.</numerusform>
            <numerusform>The tag %1 is used by %n annotations; merge it into another tag instead of removing it.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>There is no annotation %1.</translation>
    </message>
    <message>
        <source>The range %1–%2 is not inside the report (length %3).</source>
        <translation>The range %1–%2 is not inside the report (length %3).</translation>
    </message>
    <message>
        <source>Adding the annotation</source>
        <translation>Adding the annotation</translation>
    </message>
    <message>
        <source>Changing the annotation</source>
        <translation>Changing the annotation</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>no such tag</translation>
    </message>
    <message>
        <source>Removing the annotation</source>
        <translation>Removing the annotation</translation>
    </message>
    <message>
        <source>Restoring the annotation</source>
        <translation>Restoring the annotation</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation>Recording the decision</translation>
    </message>
    <message>
        <source>there is no report %1</source>
        <translation>there is no report %1</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Searching</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation>A project cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Merging %1</translation>
    </message>
    <message>
        <source>Withdrawing the decision</source>
        <translation>Withdrawing the decision</translation>
    </message>
    <message>
        <source>There is no decision %1.</source>
        <translation>There is no decision %1.</translation>
    </message>
    <message>
        <source>Restoring the tag</source>
        <translation>Restoring the tag</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>First responsible person</source>
        <translation>First responsible person</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Boilerplate</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>report %1</translation>
    </message>
    <message>
        <source>The record of report %1 is incomplete.</source>
        <translation>The record of report %1 is incomplete.</translation>
    </message>
    <message>
        <source>Removing reports</source>
        <translation>Removing reports</translation>
    </message>
    <message>
        <source>Removing report %1</source>
        <translation>Removing report %1</translation>
    </message>
    <message>
        <source>Putting reports back</source>
        <translation>Putting reports back</translation>
    </message>
    <message>
        <source>Putting back %1</source>
        <translation>Putting back %1</translation>
    </message>
    <message>
        <source>Exchanging versions</source>
        <translation>Exchanging versions</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 is not a year.</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 2025-03-01 or 2025年3月1日).</source>
        <translation>%1 is not a date (write it as 2025-03-01 or 2025年3月1日).</translation>
    </message>
    <message>
        <source>%1 is not a level; use one of %2.</source>
        <extracomment>%2 lists the levels, e.g. 省、市、区</extracomment>
        <translation>%1 is not a level; use one of %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is not a detail of a report that can be corrected; these can: %2.</source>
        <translation>%1 is not a detail of a report that can be corrected; these can: %2.</translation>
    </message>
    <message>
        <source>Correcting the report&apos;s details</source>
        <translation>Correcting the report&apos;s details</translation>
    </message>
    <message>
        <source>%1 cannot be read in this folder: its latest changes are still in %2, which needs a folder that can be written to. Copy both files to such a folder.</source>
        <translation>%1 cannot be read in this folder: its latest changes are still in %2, which needs a folder that can be written to. Copy both files to such a folder.</translation>
    </message>
    <message>
        <source>%1 is damaged: parts of it cannot be read correctly.</source>
        <translation>%1 is damaged: parts of it cannot be read correctly.</translation>
    </message>
    <message>
        <source>%1 is not a project file: it is not a regular file.</source>
        <translation>%1 is not a project file: it is not a regular file.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Fazhi Review project.</source>
        <translation>%1 is empty: it is not a Fazhi Review project.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is damaged beyond reading.</source>
        <translation>%1 is damaged beyond reading.</translation>
    </message>
    <message>
        <source>The file is damaged; it was opened read-only so that nothing in it is overwritten.</source>
        <translation>The file is damaged; it was opened read-only so that nothing in it is overwritten.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written to.</source>
        <translation>The file or its folder cannot be written to.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Fazhi Review and must be upgraded before it can be read, but it cannot be written to.</source>
        <translation>%1 was made by an older version of Fazhi Review and must be upgraded before it can be read, but it cannot be written to.</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for use: the file or its folder cannot be written to.</source>
        <translation>Cannot prepare %1 for use: the file or its folder cannot be written to.</translation>
    </message>
    <message>
        <source>%1 is not a Fazhi Review project, or it is damaged beyond reading.</source>
        <translation>%1 is not a Fazhi Review project, or it is damaged beyond reading.</translation>
    </message>
    <message>
        <source>Cannot keep a backup of %1 before upgrading it: %2 cannot be written.</source>
        <translation>Cannot keep a backup of %1 before upgrading it: %2 cannot be written.</translation>
    </message>
    <message>
        <source>it holds more reports, annotations, decisions or tags than a project can</source>
        <translation>it holds more reports, annotations, decisions or tags than a project can</translation>
    </message>
    <message>
        <source>a report in it is longer than any report can be</source>
        <translation>a report in it is longer than any report can be</translation>
    </message>
    <message>
        <source>a heading or paragraph in it lies outside the text of its report</source>
        <translation>a heading or paragraph in it lies outside the text of its report</translation>
    </message>
    <message>
        <source>an indicator in it lies outside the text of its report</source>
        <translation>an indicator in it lies outside the text of its report</translation>
    </message>
    <message>
        <source>an annotation in it lies outside the text of its report</source>
        <translation>an annotation in it lies outside the text of its report</translation>
    </message>
    <message numerus="yes">
        <source>an annotation in it has a comment or quote longer than %n character(s)</source>
        <translation>
            <numerusform>an annotation in it has a comment or quote longer than %n character</numerusform>
            <numerusform>an annotation in it has a comment or quote longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a decision in it is longer than %n character(s)</source>
        <translation>
            <numerusform>a decision in it is longer than %n character</numerusform>
            <numerusform>a decision in it is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a tag in it has a name longer than %n character(s)</source>
        <translation>
            <numerusform>a tag in it has a name longer than %n character</numerusform>
            <numerusform>a tag in it has a name longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is from an older version of Fazhi Review and cannot be merged: there is no room for an upgraded copy of it.</source>
        <translation>%1 is from an older version of Fazhi Review and cannot be merged: there is no room for an upgraded copy of it.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: it cannot be read completely. Nothing was merged.</source>
        <translation>%1 cannot be merged: it cannot be read completely. Nothing was merged.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2. Nothing was merged; ask whoever sent it for a copy saved by Fazhi Review.</source>
        <translation>%1 cannot be merged: %2. Nothing was merged; ask whoever sent it for a copy saved by Fazhi Review.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file is damaged; it is read-only from now on so that nothing in it is overwritten.</source>
        <translation>The file is damaged; it is read-only from now on so that nothing in it is overwritten.</translation>
    </message>
    <message>
        <source>its number is taken by a report or mark added since</source>
        <translation>its number is taken by a report or mark added since</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 could not be checked: %2</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>merge summary</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n new report</numerusform>
            <numerusform>%n new reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new annotation(s)</source>
        <translation>
            <numerusform>%n new annotation</numerusform>
            <numerusform>%n new annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new decision(s)</source>
        <translation>
            <numerusform>%n new decision</numerusform>
            <numerusform>%n new decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fazhi::ReviewerNameDialog</name>
    <message>
        <source>Welcome to Fazhi Review</source>
        <translation>Welcome to Fazhi Review</translation>
    </message>
    <message>
        <source>Who is reviewing?</source>
        <translation>Who is reviewing?</translation>
    </message>
    <message>
        <source>Your name signs every annotation and decision you make, so that colleagues and merged projects show who reviewed what. You can change it later in Settings.</source>
        <translation>Your name signs every annotation and decision you make, so that colleagues and merged projects show who reviewed what. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>Your name, as colleagues should see it</source>
        <translation>Your name, as colleagues should see it</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>Fazhi::ScreenshotProject</name>
    <message>
        <source>Cannot read the sample report %1.</source>
        <translation>Cannot read the sample report %1.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ScriptConverter</name>
    <message>
        <source>Cannot load the OpenCC configuration %1: %2</source>
        <translation>Cannot load the OpenCC configuration %1: %2</translation>
    </message>
    <message>
        <source>OpenCC could not convert the text: %1</source>
        <translation>OpenCC could not convert the text: %1</translation>
    </message>
</context>
<context>
    <name>Fazhi::SearchCommand</name>
    <message>
        <source>Search all reports of a project (either script finds both)</source>
        <translation>Search all reports of a project (either script finds both)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Only reports on this year.</source>
        <translation>Only reports on this year.</translation>
    </message>
    <message>
        <source>Only reports of this region.</source>
        <translation>Only reports of this region.</translation>
    </message>
    <message>
        <source>Only reports of this level (省, 市, 区, 县, 镇, 街道, 部门).</source>
        <translation>Only reports of this level (省, 市, 区, 县, 镇, 街道, 部门).</translation>
    </message>
    <message>
        <source>Only parts of this outline category.</source>
        <translation>Only parts of this outline category.</translation>
    </message>
    <message>
        <source>Only parts with an annotation of this tag.</source>
        <translation>Only parts with an annotation of this tag.</translation>
    </message>
    <message>
        <source>How many hits to show (default 20).</source>
        <translation>How many hits to show (default 20).</translation>
    </message>
    <message>
        <source>Skip this many hits (paging).</source>
        <translation>Skip this many hits (paging).</translation>
    </message>
    <message>
        <source>Words to find; several words must all be in one paragraph.</source>
        <translation>Words to find; several words must all be in one paragraph.</translation>
    </message>
    <message>
        <source>fazhi-cli search: say what to search for.</source>
        <translation>fazhi-cli search: say what to search for.</translation>
    </message>
    <message>
        <source>fazhi-cli search: there is no tag %1.</source>
        <translation>fazhi-cli search: there is no tag %1.</translation>
    </message>
</context>
<context>
    <name>Fazhi::SearchPanel</name>
    <message>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>Search all reports…</source>
        <translation>Search all reports…</translation>
    </message>
    <message>
        <source>Only reports of this year</source>
        <translation>Only reports of this year</translation>
    </message>
    <message>
        <source>Only parts of the outline of this kind</source>
        <translation>Only parts of the outline of this kind</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>All parts</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message numerus="yes">
        <source>First %n result(s)</source>
        <translation>
            <numerusform>First %n result</numerusform>
            <numerusform>First %n results</numerusform>
        </translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
</context>
<context>
    <name>Fazhi::SetPhrasesDialog</name>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Set Phrases of the Year</source>
        <translation>Set Phrases of the Year</translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation>Reports of %1</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>All reports</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Double-click a phrase to read it in a report that uses it</source>
        <translation>Double-click a phrase to read it in a report that uses it</translation>
    </message>
    <message>
        <source>Wording that at least a fifth of the reports (and never fewer than 3) share word for word. Shared wording that is one of these is muted in the compare view.</source>
        <translation>Wording that at least a fifth of the reports (and never fewer than 3) share word for word. Shared wording that is one of these is muted in the compare view.</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>Reading the reports…</translation>
    </message>
    <message>
        <source>Nothing was counted.</source>
        <translation>Nothing was counted.</translation>
    </message>
    <message numerus="yes">
        <source>%n set phrase(s) in %1 reports (each in at least %2 of them)</source>
        <translation>
            <numerusform>%n set phrase in %1 reports (each in at least %2 of them)</numerusform>
            <numerusform>%n set phrases in %1 reports (each in at least %2 of them)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Set Phrases</source>
        <translation>Export the Set Phrases</translation>
    </message>
    <message>
        <source>set-phrases.csv</source>
        <translation>set-phrases.csv</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV spreadsheets (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fazhi::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your name, as colleagues should see it</source>
        <translation>Your name, as colleagues should see it</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Your name signs every annotation and decision you make.</source>
        <translation>Your name signs every annotation and decision you make.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies when Fazhi Review is restarted.</source>
        <translation>A new language applies when Fazhi Review is restarted.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Reader &amp;text size:</source>
        <translation>Reader &amp;text size:</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>&amp;Default location:</source>
        <translation>&amp;Default location:</translation>
    </message>
    <message>
        <source>New projects are saved here, and file dialogs start here.</source>
        <translation>New projects are saved here, and file dialogs start here.</translation>
    </message>
    <message>
        <source>Default Project Location</source>
        <translation>Default Project Location</translation>
    </message>
    <message>
        <source>How names and words from the reports are written in traditional script</source>
        <translation>How names and words from the reports are written in traditional script</translation>
    </message>
    <message>
        <source>&amp;Traditional script:</source>
        <translation>&amp;Traditional script:</translation>
    </message>
    <message>
        <source>Taiwan: 這裡, 著手, 群眾</source>
        <translation>Taiwan: 這裡, 著手, 群眾</translation>
    </message>
    <message>
        <source>Hong Kong: 這裏, 着手, 羣眾</source>
        <translation>Hong Kong: 這裏, 着手, 羣眾</translation>
    </message>
</context>
<context>
    <name>Fazhi::SharedCommand</name>
    <message>
        <source>List the passages two reports share word for word (either script)</source>
        <translation>List the passages two reports share word for word (either script)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>The shortest passage to list, in letters and digits (default 20).</source>
        <translation>The shortest passage to list, in letters and digits (default 20).</translation>
    </message>
    <message>
        <source>A report file, or the id of a report in the project.</source>
        <translation>A report file, or the id of a report in the project.</translation>
    </message>
    <message>
        <source>The report to compare it with, likewise.</source>
        <translation>The report to compare it with, likewise.</translation>
    </message>
    <message>
        <source>fazhi-cli shared: name two reports (files or ids).</source>
        <translation>fazhi-cli shared: name two reports (files or ids).</translation>
    </message>
    <message>
        <source>fazhi-cli shared: %1 is neither a file nor a report id.</source>
        <translation>fazhi-cli shared: %1 is neither a file nor a report id.</translation>
    </message>
</context>
<context>
    <name>Fazhi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Filter shortcuts…</source>
        <translation>Filter shortcuts…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
</context>
<context>
    <name>Fazhi::SpreadsheetExporter</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Overruled by</source>
        <translation>Overruled by</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Reviewer&apos;s note</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Text gone</source>
        <translation>Text gone</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Cannot start the workbook.</translation>
    </message>
    <message>
        <source>Cannot add the sheet %1.</source>
        <translation>Cannot add the sheet %1.</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Cannot write the workbook: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Cannot read the workbook back: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Graded by</source>
        <translation>Graded by</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Unreviewed</translation>
    </message>
</context>
<context>
    <name>Fazhi::SqliteDatabase</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the project file cannot be written to</source>
        <translation>the project file cannot be written to</translation>
    </message>
    <message>
        <source>another program kept the project locked for too long</source>
        <translation>another program kept the project locked for too long</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>the project file is damaged</translation>
    </message>
    <message>
        <source>the project file could not be read or written</source>
        <translation>the project file could not be read or written</translation>
    </message>
    <message>
        <source>it holds a value larger than this program accepts</source>
        <translation>it holds a value larger than this program accepts</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>there is not enough memory</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
</context>
<context>
    <name>Fazhi::StoreBenchmark</name>
    <message>
        <source>How many reports to generate (default 10000).</source>
        <translation>How many reports to generate (default 10000).</translation>
    </message>
    <message>
        <source>Where to build the project (default: a temporary file).</source>
        <translation>Where to build the project (default: a temporary file).</translation>
    </message>
    <message>
        <source>No sample reports are built into this program.</source>
        <translation>No sample reports are built into this program.</translation>
    </message>
    <message>
        <source>Measure the project already at --db instead of building it (skips the import).</source>
        <translation>Measure the project already at --db instead of building it (skips the import).</translation>
    </message>
</context>
<context>
    <name>Fazhi::StoreSchema</name>
    <message>
        <source>%1 was written by a newer version of Fazhi Review (database version %2; this program knows up to %3). Update the program to open it.</source>
        <translation>%1 was written by a newer version of Fazhi Review (database version %2; this program knows up to %3). Update the program to open it.</translation>
    </message>
    <message>
        <source>Upgrading %1 to database version %2 failed: %3</source>
        <translation>Upgrading %1 to database version %2 failed: %3</translation>
    </message>
    <message>
        <source>%1 is not a Fazhi Review project, or it is damaged beyond reading.</source>
        <translation>%1 is not a Fazhi Review project, or it is damaged beyond reading.</translation>
    </message>
    <message>
        <source>%1 is not a Fazhi Review project: it is another program&apos;s database. It was not changed.</source>
        <translation>%1 is not a Fazhi Review project: it is another program&apos;s database. It was not changed.</translation>
    </message>
    <message>
        <source>%1 is a Fazhi Review project that another program has changed (“%2” is not as Fazhi Review makes it), so it is not opened: what it would do cannot be known. Ask whoever sent %3 for a copy saved by Fazhi Review.</source>
        <translation>%1 is a Fazhi Review project that another program has changed (“%2” is not as Fazhi Review makes it), so it is not opened: what it would do cannot be known. Ask whoever sent %3 for a copy saved by Fazhi Review.</translation>
    </message>
</context>
<context>
    <name>Fazhi::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Merge Into…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>This tag is used by annotations. Merge it into another tag instead; its annotations then carry that tag.</source>
        <translation>This tag is used by annotations. Merge it into another tag instead; its annotations then carry that tag.</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>New Tag</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Rename Tag</translation>
    </message>
    <message>
        <source>Tag Color</source>
        <translation>Tag Color</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Merge Tags</translation>
    </message>
    <message>
        <source>Give its annotations this tag, then remove it:</source>
        <translation>Give its annotations this tag, then remove it:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>Fazhi::TextImporter</name>
    <message>
        <source>not a text file (the bytes are not UTF-8, UTF-16, GB18030 or Big5 text)</source>
        <translation>not a text file (the bytes are not UTF-8, UTF-16, GB18030 or Big5 text)</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>the text is not valid %1</translation>
    </message>
    <message>
        <source>unsupported character encoding %1</source>
        <translation>unsupported character encoding %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The file mixes character encodings: it is in %1, but lines %2 are in %3; both were read.</source>
        <translation>The file mixes character encodings: it is in %1, but lines %2 are in %3; both were read.</translation>
    </message>
    <message>
        <source>Lines %1 hold bytes that are not text in UTF-8, GB18030 or Big5; they are shown as “�”.</source>
        <translation>Lines %1 hold bytes that are not text in UTF-8, GB18030 or Big5; they are shown as “�”.</translation>
    </message>
    <message>
        <source>The file holds NUL bytes (no text) in lines %1; they were left out.</source>
        <translation>The file holds NUL bytes (no text) in lines %1; they were left out.</translation>
    </message>
</context>
<context>
    <name>Fazhi::TranslationLoader</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>Unknown language &quot;%1&quot;: use one of %2.</translation>
    </message>
</context>
<context>
    <name>Fazhi::WindowScreenshot</name>
    <message>
        <source>Invalid size &quot;%1&quot;: expected WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1600x1000.</source>
        <translation>Invalid size &quot;%1&quot;: expected WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1600x1000.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Cannot write the screenshot to %1.</translation>
    </message>
</context>
<context>
    <name>Fazhi::Workspace</name>
    <message>
        <source>Compare: %1</source>
        <translation>Compare: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
</TS>
