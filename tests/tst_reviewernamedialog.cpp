// SPDX-License-Identifier: GPL-3.0-or-later
// The first start: nobody reviews without a name.
#include "appsettings.h"
#include "inputmethod.h"
#include "reviewernamedialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestReviewerNameDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshFile() { return m_dir.filePath(u"settings%1.ini"_s.arg(++m_files)); }

    /** Answers the dialog that is about to open: types @p name and clicks OK, or Cancel when empty. */
    static void answerWith(const QString &name)
    {
        QTimer::singleShot(0, qApp, [name] {
            auto *dialog = qobject_cast<ReviewerNameDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog != nullptr);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            if (name.isEmpty()) {
                QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
                return;
            }
            InputMethod::type(dialog->findChild<QLineEdit *>(u"reviewerName"_s), name);
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void okWaitsForAName()
    {
        ReviewerNameDialog dialog;
        dialog.show();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *field = dialog.findChild<QLineEdit *>(u"reviewerName"_s);
        QVERIFY(!ok->isEnabled());
        InputMethod::type(field, u"  "_s);
        QVERIFY(!ok->isEnabled());
        InputMethod::type(field, u"赵六 "_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.name(), u"赵六"_s);
    }

    void asksOnlyWhenThereIsNoName()
    {
        AppSettings named(freshFile());
        named.setReviewerName(u"张三"_s);
        // No dialog opens: nothing would answer it and the test would hang.
        QVERIFY(ReviewerNameDialog::ensureReviewerName(named));
        QCOMPARE(named.reviewerName(), u"张三"_s);

        const QString file = freshFile();
        AppSettings first(file);
        answerWith(u"李审阅"_s);
        QVERIFY(ReviewerNameDialog::ensureReviewerName(first));
        QCOMPARE(first.reviewerName(), u"李审阅"_s);
        QCOMPARE(AppSettings(file).reviewerName(), u"李审阅"_s); // kept for the next start
    }

    void cancelLeavesNoName()
    {
        AppSettings settings(freshFile());
        answerWith(QString());
        QVERIFY(!ReviewerNameDialog::ensureReviewerName(settings));
        QVERIFY(settings.reviewerName().isEmpty());
    }
};

QTEST_MAIN(TestReviewerNameDialog)
#include "tst_reviewernamedialog.moc"
