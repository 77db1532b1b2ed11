// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace Fazhi {

class AppSettings;

/**
 * Asks for the reviewer's name on the first start: every annotation and decision is signed
 * with it, so the program does not let anyone review anonymously.
 */
class ReviewerNameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewerNameDialog)

public:
    explicit ReviewerNameDialog(QWidget *parent = nullptr);

    /** The name as entered, with surrounding and repeated spaces removed. */
    QString name() const;
    void setName(const QString &name);

    /**
     * Makes sure @p settings has a reviewer name: returns true at once when it has one, otherwise
     * asks with this dialog and stores the answer; false when the user cancelled.
     */
    static bool ensureReviewerName(AppSettings &settings, QWidget *parent = nullptr);

private:
    void updateOkButton();

    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

} // namespace Fazhi
