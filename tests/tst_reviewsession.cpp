// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation's session: every change undoable, every view told.
#include "projectfixture.h"
#include "reviewsession.h"
#include "seedreports.h"
#include "storereads.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestReviewSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReviewSession m_session;
    qint64 m_report = 0;

    qint64 tagNamed(const QString &name) { return ProjectFixture::tagNamed(*m_session.store(), name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSignalSpy opened(&m_session, &ReviewSession::opened);
        m_session.setAuthor(u"李审阅"_s);
        QVERIFY(m_session.open(m_dir.filePath(u"session.fzr"_s)).ok());
        QCOMPARE(opened.size(), 1);
        const ReportDocument document = SeedReports::document(u"000"_s);
        const QByteArray hash = QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256);
        QVERIFY(m_session.store()->importReport({document, hash, {}}).ok());
        m_report = READ_OK(m_session.store()->reports()).first().id;
    }

    void annotationsUndoAndRedo()
    {
        QSignalSpy changed(&m_session, &ReviewSession::annotationsChanged);
        const auto added = m_session.addAnnotation(m_report, 100, 120, tagNamed(u"问题"_s), u"要核实"_s);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added.value().author, u"李审阅"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_report);
        QCOMPARE(READ_OK(m_session.store()->annotations(m_report)).size(), 1);

        m_session.undoStack()->undo();
        QVERIFY(READ_OK(m_session.store()->annotations(m_report)).isEmpty());
        m_session.undoStack()->redo();
        const QList<Annotation> back = READ_OK(m_session.store()->annotations(m_report));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().id, added.value().id); // the same annotation, not a copy
        QCOMPARE(back.first().comment, u"要核实"_s);
        QCOMPARE(changed.size(), 3);

        QVERIFY(m_session.setAnnotationComment(added.value().id, u"已核实"_s).ok());
        QVERIFY(m_session.setAnnotationResolved(added.value().id, true).ok());
        QVERIFY(m_session.store()->annotation(added.value().id).value().resolved);
        m_session.undoStack()->undo();
        m_session.undoStack()->undo();
        QCOMPARE(m_session.store()->annotation(added.value().id).value().comment, u"要核实"_s);
        QVERIFY(!m_session.store()->annotation(added.value().id).value().resolved);

        QVERIFY(m_session.removeAnnotation(added.value().id).ok());
        QVERIFY(READ_OK(m_session.store()->annotations(m_report)).isEmpty());
        m_session.undoStack()->undo();
        QCOMPARE(m_session.store()->annotation(added.value().id).value().comment, u"要核实"_s);
    }

    void decisionsUndo()
    {
        QSignalSpy changed(&m_session, &ReviewSession::decisionsChanged);
        QVERIFY(m_session.decide(m_report, u"checklist:causes"_s, u"fail"_s, u"pass"_s, u"原因在第二段"_s).ok());
        QVERIFY(m_session.decide(m_report, u"checklist:causes"_s, u"fail"_s, u"warn"_s).ok());
        auto inForce = [&] {
            for (const Decision &d : READ_OK(m_session.store()->decisions(m_report))) {
                if (d.target == u"checklist:causes") {
                    return d.value;
                }
            }
            return QString();
        };
        QCOMPARE(inForce(), u"warn"_s);
        m_session.undoStack()->undo();
        QCOMPARE(inForce(), u"pass"_s);
        m_session.undoStack()->undo();
        QVERIFY(inForce().isEmpty());
        m_session.undoStack()->redo();
        QCOMPARE(inForce(), u"pass"_s);
        QCOMPARE(changed.size(), 5);
    }

    void tagMergeUndoRestoresTagAndAnnotations()
    {
        const auto added = m_session.addTag(u"典型经验"_s, QColor(u"#2a9d8f"_s));
        QVERIFY(added.ok());
        const auto annotation = m_session.addAnnotation(m_report, 300, 320, added.value().id);
        QVERIFY(annotation.ok());
        QVERIFY(m_session.mergeTags(added.value().id, tagNamed(u"亮点"_s)).ok());
        QCOMPARE(tagNamed(u"典型经验"_s), 0);
        QCOMPARE(m_session.store()->annotation(annotation.value().id).value().tagId, tagNamed(u"亮点"_s));
        m_session.undoStack()->undo();
        QCOMPARE(tagNamed(u"典型经验"_s), added.value().id);
        QCOMPARE(m_session.store()->annotation(annotation.value().id).value().tagId, added.value().id);

        QVERIFY(m_session.renameTag(added.value().id, u"好做法"_s).ok());
        m_session.undoStack()->undo();
        QCOMPARE(tagNamed(u"典型经验"_s), added.value().id);
        // Undo back past the tag's creation: its annotation goes first, then the tag.
        m_session.undoStack()->undo();
        m_session.undoStack()->undo();
        QCOMPARE(tagNamed(u"典型经验"_s), 0);
    }

    void undoKeepsAMarksTimes()
    {
        const auto added = m_session.addAnnotation(m_report, 200, 230, tagNamed(u"原因"_s), u"原因浅"_s);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        const Annotation before = m_session.store()->annotation(added.value().id).value();
        QTest::qWait(30); // a restore written "now" would show a later time
        QVERIFY(m_session.removeAnnotation(before.id).ok());
        m_session.undoStack()->undo();
        const Annotation restored = m_session.store()->annotation(before.id).value();
        QCOMPARE(restored.created, before.created);
        QCOMPARE(restored.updated, before.updated);

        // Undo the tagging, then redo it: the same mark with the same times comes back.
        m_session.undoStack()->undo();
        QVERIFY(!m_session.store()->annotation(before.id).ok());
        QTest::qWait(30);
        m_session.undoStack()->redo();
        const Annotation redone = m_session.store()->annotation(before.id).value();
        QCOMPARE(redone.created, before.created);
        QCOMPARE(redone.updated, before.updated);
        QVERIFY(m_session.removeAnnotation(before.id).ok());
    }

    void failedChangeIsNotRecorded()
    {
        const int before = m_session.undoStack()->count();
        QVERIFY(!m_session.addAnnotation(m_report, 10, 5, tagNamed(u"问题"_s)).ok());
        QVERIFY(!m_session.removeAnnotation(999999).ok());
        QCOMPARE(m_session.undoStack()->count(), before);
    }

    void removingReportsIsUndoable()
    {
        const ReportDocument document = SeedReports::document(u"004"_s);
        const QByteArray hash = QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256);
        QVERIFY(m_session.store()->importReport({document, hash, {}}).ok());
        const qint64 report = READ_OK(m_session.store()->reports()).first().id == m_report
            ? READ_OK(m_session.store()->reports()).last().id
            : READ_OK(m_session.store()->reports()).first().id;
        const auto annotation = m_session.addAnnotation(report, 40, 60, tagNamed(u"存疑"_s), u"数字来源？"_s);
        QVERIFY(annotation.ok());
        QVERIFY(m_session.decide(report, u"verdict:grade"_s, {}, u"pass"_s).ok());
        QSignalSpy removed(&m_session, &ReviewSession::reportsRemoved);
        QSignalSpy restored(&m_session, &ReviewSession::reportsRestored);
        QSignalSpy changed(&m_session, &ReviewSession::reportsChanged);

        const auto gone = m_session.removeReports({report});
        QVERIFY2(gone.ok(), qPrintable(gone.error()));
        QCOMPARE(gone.value().first().annotations, 1);
        QVERIFY(!m_session.store()->report(report).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().value<QList<qint64>>(), QList<qint64>{report});
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_session.undoStack()->undoText().contains(u"东莞市洪梅镇"_s));

        m_session.undoStack()->undo();
        QVERIFY(m_session.store()->report(report).ok());
        QCOMPARE(restored.size(), 1);
        const Annotation back = m_session.store()->annotation(annotation.value().id).value();
        QCOMPARE(back.reportId, report);
        QCOMPARE(back.start, 40);
        QCOMPARE(back.comment, u"数字来源？"_s);
        QCOMPARE(READ_OK(m_session.store()->decisions(report)).size(), 1);
        // The marks' own undo steps still work on them.
        m_session.undoStack()->undo();
        QVERIFY(READ_OK(m_session.store()->decisions(report)).isEmpty());
        m_session.undoStack()->redo();
        m_session.undoStack()->redo();
        QVERIFY(!m_session.store()->report(report).ok());
        QCOMPARE(removed.size(), 2);
        m_session.undoStack()->undo();
        QVERIFY(m_session.store()->annotation(annotation.value().id).ok());
        QVERIFY(!m_session.removeReports({999999}).ok());
    }

    void replacementByAnImportIsUndoable()
    {
        const QString text = SeedReports::text(u"002"_s);
        const ReportDocument document = SeedReports::parse(text, u"v1.txt"_s);
        ImportedReport first;
        QVERIFY(m_session.store()->importReport({document, QByteArray("v1"), {}}, &first).ok());
        const int at = int(document.text.indexOf(u"。")) + 1;
        const auto annotation = m_session.addAnnotation(first.reportId, 0, at, tagNamed(u"亮点"_s));
        QVERIFY(annotation.ok());
        // The import runs on a connection of its own, as the import dialog's worker does.
        QString changed = text;
        changed.insert(changed.indexOf(u'\n', changed.indexOf(u'。')) + 1, u"本年度新增一段说明文字。\n"_s);
        ImportedReport second;
        {
            auto other = ReviewStore::open(m_session.path());
            QVERIFY(other.ok());
            ReportImport version{SeedReports::parse(changed, u"v2.txt"_s), QByteArray("v2"), {}};
            version.onDuplicate = DuplicatePolicy::Replace;
            QCOMPARE(other.value()->importReport(version, &second).value(), ImportOutcome::Updated);
        }
        QVERIFY(second.replaced.has_value());
        QSignalSpy removed(&m_session, &ReviewSession::reportsRemoved);
        m_session.recordReplacement(second.reportId, *second.replaced);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().value<QList<qint64>>(), QList<qint64>{first.reportId});

        m_session.undoStack()->undo();
        QVERIFY(!m_session.store()->report(second.reportId).ok());
        QCOMPARE(m_session.store()->report(first.reportId).value().text, document.text);
        QCOMPARE(m_session.store()->annotation(annotation.value().id).value().reportId, first.reportId);
        m_session.undoStack()->redo();
        QVERIFY(!m_session.store()->report(first.reportId).ok());
        QCOMPARE(m_session.store()->annotation(annotation.value().id).value().reportId, second.reportId);
        QVERIFY(m_session.store()->report(second.reportId).value().text.contains(u"本年度新增一段说明文字"_s));
    }

    void metadataCorrectionIsUndoable()
    {
        QSignalSpy changed(&m_session, &ReviewSession::reportsChanged);
        const QString parsed = m_session.store()->report(m_report).value().metadataValue(MetadataKey::Region);
        QVERIFY(!parsed.isEmpty());
        QVERIFY(m_session.editMetadata(m_report, u"region"_s, u"东莞市"_s).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_session.store()->report(m_report).value().metadataValue(MetadataKey::Region), u"东莞市"_s);
        QVERIFY(!m_session.editMetadata(m_report, u"year"_s, u"两千"_s).ok());
        m_session.undoStack()->undo();
        QCOMPARE(m_session.store()->report(m_report).value().metadataValue(MetadataKey::Region), parsed);
        m_session.undoStack()->redo();
        QCOMPARE(m_session.store()->report(m_report).value().metadataValue(MetadataKey::Region), u"东莞市"_s);
        m_session.undoStack()->undo();
    }

    void correctedDetailsAreJudgedAgain()
    {
        // A report whose issuers the parser did not find, in a project of its own.
        ReviewSession session;
        QVERIFY(session.open(m_dir.filePath(u"details.fzr"_s)).ok());
        ReportDocument document = SeedReports::document(u"000"_s);
        document.metadata.remove(QString::fromLatin1(MetadataKey::Issuers));
        const qint64 report = SeedReports::importAnalysed(*session.store(), document);
        QVERIFY(report > 0);
        const auto judged = [&](const QString &id) {
            for (const ChecklistItem &item : READ_OK(session.store()->checklist(report))) {
                if (item.id == id) {
                    return item;
                }
            }
            return ChecklistItem{};
        };
        QVERIFY(judged(u"formalities"_s).details.contains(u"issuers"_s));
        const ChecklistItem timely = judged(u"timeliness"_s);

        QVERIFY(session.editMetadata(report, u"issuers"_s, u"佛山市高明区人民政府"_s).ok());
        QVERIFY(!judged(u"formalities"_s).details.contains(u"issuers"_s));
        // Published years late: the timeliness item follows the corrected date.
        QVERIFY(session.editMetadata(report, u"publishDate"_s, u"2099-01-01"_s).ok());
        QCOMPARE(judged(u"timeliness"_s).status, ChecklistStatus::Fail);
        QVERIFY(*judged(u"timeliness"_s).measure < 0);

        session.undoStack()->undo();
        QCOMPARE(judged(u"timeliness"_s).status, timely.status);
        QCOMPARE(judged(u"timeliness"_s).measure, timely.measure);
        session.undoStack()->undo();
        QVERIFY(judged(u"formalities"_s).details.contains(u"issuers"_s));
    }

    void closeForgetsTheHistory()
    {
        QSignalSpy closed(&m_session, &ReviewSession::closed);
        m_session.close();
        QCOMPARE(closed.size(), 1);
        QVERIFY(!m_session.isOpen());
        QCOMPARE(m_session.undoStack()->count(), 0);
        QVERIFY(!m_session.addAnnotation(m_report, 1, 2, 1).ok());
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
