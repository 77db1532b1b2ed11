// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Fazhi {

/** Help → About: what the program is, and the versions of the libraries actually loaded. */
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** The libraries and their loaded versions, as shown in the dialog. */
    static QList<std::pair<QString, QString>> libraryVersions();
};

} // namespace Fazhi
