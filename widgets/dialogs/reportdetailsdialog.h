// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Fazhi {

/**
 * Corrects a report's details — region, level, year, title, issuers, dates — the way a reviewer
 * overrules a checklist item: each field holds the value in force, and beside it stays the value
 * the parser found, one click away. The dialog only collects the changes and checks them; the
 * caller applies them through the session (undoable).
 */
class ReportDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDetailsDialog)

public:
    /**
     * For the report called @p reportName: @p current holds the values in force, @p parsed what
     * the parser found (both MetadataKey → value).
     */
    ReportDetailsDialog(const QString &reportName, const QMap<QString, QString> &current,
        const QMap<QString, QString> &parsed, QWidget *parent = nullptr);

    /** The fields the reviewer changed: key → the value as typed. */
    QMap<QString, QString> changes() const;
    /** Why they changed them (may be empty). */
    QString comment() const;
    /** The editor of @p key: a QLineEdit, or for the level a QComboBox. */
    QWidget *editor(const QString &key) const;

    /** Closes only when every changed value can be stored; says what is wrong otherwise. */
    void accept() override;

    /** What field @p key is called ("Region", …), translated. */
    static QString fieldName(const QString &key);

private:
    QString valueOf(const QString &key) const;
    void setValue(const QString &key, const QString &value);

    QMap<QString, QString> m_current;
    QMap<QString, QLineEdit *> m_edits;
    QComboBox *m_level;
    QLineEdit *m_comment;
    QLabel *m_error;
};

} // namespace Fazhi
