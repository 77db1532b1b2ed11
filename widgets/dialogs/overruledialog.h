// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>
#include <QIcon>

class QButtonGroup;
class QPlainTextEdit;

namespace Fazhi {

/** One value a reviewer can choose in an OverruleDialog. */
struct OverruleChoice
{
    QString id; ///< stored as the decision's value
    QString label;
    QIcon icon; ///< a color dot or status icon beside the label
};

/**
 * Asks a reviewer for a value that replaces an automatic one (a category, a checklist status)
 * and why. The automatic value is named, so the reviewer sees what is being overruled.
 */
class OverruleDialog final : public QDialog
{
    Q_OBJECT

public:
    /**
     * @p automatic and @p current are choice ids: the classifier's value and the one in force
     * (preselected).
     */
    OverruleDialog(const QString &title, const QString &prompt, const QList<OverruleChoice> &choices,
        const QString &automatic, const QString &current, QWidget *parent = nullptr);

    /** The chosen value's id. */
    QString value() const;
    void setValue(const QString &id);
    QString comment() const;
    void setComment(const QString &comment);

    /**
     * Opens the dialog window-modally over @p parent without blocking, and calls @p accepted with
     * the chosen value and comment when the reviewer confirms. The dialog deletes itself.
     */
    static OverruleDialog *ask(QWidget *parent, const QString &title, const QString &prompt,
        const QList<OverruleChoice> &choices, const QString &automatic, const QString &current,
        std::function<void(const QString &value, const QString &comment)> accepted);

private:
    QList<OverruleChoice> m_choices;
    QButtonGroup *m_group;
    QPlainTextEdit *m_comment;
};

} // namespace Fazhi
