// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinematrix.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QToolButton;

namespace Fazhi {

/**
 * The row of outline categories above compared reports (achievements … other, each in its
 * category color) and a menu of the standard's themes. Choosing one asks every column to go
 * to that part of its report.
 */
class OutlineBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineBar)

public:
    explicit OutlineBar(QWidget *parent = nullptr);

    /** Offers @p rows: categories as buttons, themes in the Themes menu. */
    void setRows(const QList<MatrixRow> &rows);
    /** The button of category @p id, or null (themes have none). */
    QAbstractButton *button(const QString &id) const { return m_buttons.value(id); }
    /** The row chosen last, empty before any. */
    QString current() const { return m_current; }

public Q_SLOTS:
    /** Chooses row @p id as a click would. */
    void choose(const QString &id);

Q_SIGNALS:
    void rowChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();

    QList<MatrixRow> m_rows;
    QHash<QString, QAbstractButton *> m_buttons;
    QButtonGroup *m_group = nullptr;
    QToolButton *m_themes = nullptr;
    QString m_current;
};

} // namespace Fazhi
