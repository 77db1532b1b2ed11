// SPDX-License-Identifier: GPL-3.0-or-later
// Managing tags: add, rename, recolor, merge, remove — never losing an annotation.
#include "projectfixture.h"
#include "reviewsession.h"
#include "seedreports.h"
#include "storereads.h"
#include "tagsdialog.h"

#include <QCryptographicHash>
#include <QListWidget>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestTagsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReviewSession m_session;
    qint64 m_report = 0;

    qint64 tagNamed(const QString &name) { return ProjectFixture::tagNamed(*m_session.store(), name); }

    void select(TagsDialog &dialog, qint64 tagId)
    {
        for (int i = 0; i < dialog.list()->count(); ++i) {
            if (dialog.list()->item(i)->data(Qt::UserRole).toLongLong() == tagId) {
                dialog.list()->setCurrentRow(i);
            }
        }
    }

    // Message boxes are answered as a person would: read, then OK.
    void acceptNextMessageBox(QString *text)
    {
        QTimer::singleShot(0, this, [text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->accept();
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_session.open(m_dir.filePath(u"tags.fzr"_s)).ok());
        const ReportDocument document = SeedReports::document(u"000"_s);
        const QByteArray hash = QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256);
        QVERIFY(m_session.store()->importReport({document, hash, {}}).ok());
        m_report = READ_OK(m_session.store()->reports()).first().id;
    }

    void listsTheDefaultTagsWithTheirUse()
    {
        QVERIFY(m_session.addAnnotation(m_report, 10, 20, tagNamed(u"问题"_s)).ok());
        TagsDialog dialog(m_session);
        QCOMPARE(dialog.list()->count(), 8);
        QVERIFY(dialog.list()->item(1)->text().startsWith(u"2  问题"_s));
        QVERIFY(dialog.list()->item(1)->text().contains(u'1'));
    }

    void addRenameRecolorAndUndo()
    {
        TagsDialog dialog(m_session);
        QVERIFY(dialog.addTag(u"典型经验"_s, QColor(u"#2a9d8f"_s)));
        QCOMPARE(dialog.list()->count(), 9);
        const qint64 added = tagNamed(u"典型经验"_s);
        QCOMPARE(dialog.selectedTag(), added);
        QVERIFY(dialog.renameSelected(u"好经验"_s));
        QCOMPARE(tagNamed(u"好经验"_s), added);
        QVERIFY(dialog.recolorSelected(QColor(u"#264653"_s)));
        m_session.undoStack()->undo(); // the color
        m_session.undoStack()->undo(); // the name
        QCOMPARE(tagNamed(u"典型经验"_s), added);
        for (const Tag &tag : READ_OK(m_session.store()->tags())) {
            if (tag.id == added) {
                QCOMPARE(tag.color, QColor(u"#2a9d8f"_s));
            }
        }
        // A name that is taken is refused with a message, and nothing changes.
        QString message;
        acceptNextMessageBox(&message);
        QVERIFY(!dialog.renameSelected(u"问题"_s));
        QVERIFY(!message.isEmpty());
        QCOMPARE(tagNamed(u"典型经验"_s), added);
    }

    void aTagInUseIsMergedNotRemoved()
    {
        TagsDialog dialog(m_session);
        const qint64 problems = tagNamed(u"问题"_s);
        const qint64 annotation = READ_OK(m_session.store()->annotations(m_report)).first().id;
        select(dialog, problems);
        QString message;
        acceptNextMessageBox(&message);
        QVERIFY(!dialog.removeSelected());
        QVERIFY2(message.contains(u"Merge"_s), qPrintable(message));
        QCOMPARE(tagNamed(u"问题"_s), problems);

        QVERIFY(dialog.mergeSelectedInto(tagNamed(u"存疑"_s)));
        QCOMPARE(tagNamed(u"问题"_s), 0);
        QCOMPARE(m_session.store()->annotation(annotation).value().tagId, tagNamed(u"存疑"_s));
        m_session.undoStack()->undo();
        QCOMPARE(tagNamed(u"问题"_s), problems);
        QCOMPARE(m_session.store()->annotation(annotation).value().tagId, problems);
    }

    void anUnusedTagIsRemovedAndComesBackOnUndo()
    {
        TagsDialog dialog(m_session);
        const qint64 unused = tagNamed(u"典型经验"_s);
        select(dialog, unused);
        QVERIFY(dialog.removeSelected());
        QCOMPARE(tagNamed(u"典型经验"_s), 0);
        QCOMPARE(dialog.list()->count(), 8);
        m_session.undoStack()->undo();
        QCOMPARE(tagNamed(u"典型经验"_s), unused);
        QCOMPARE(dialog.list()->count(), 9);
    }
};

QTEST_MAIN(TestTagsDialog)
#include "tst_tagsdialog.moc"
