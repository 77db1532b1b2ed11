// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

class QTemporaryDir;
class QTextStream;

namespace Fazhi {

class MainWindow;

/** What fazhi-review --screenshot is asked to draw, in the words of its command line. */
struct ScreenshotRequest
{
    /** The PNG to write. */
    QString fileName;
    /** The window's size, "1600x1000". */
    QString size;
    /** library, reader, compare, matrix or dashboard. */
    QString view;
    /** The project to show; empty: the bundled sample reports in a temporary project. */
    QString project;
    /** The report ids to open, "1,3"; empty: the first of the newest year (three to compare). */
    QString reports;
    /** system, light or dark. */
    QString theme;
};

/**
 * fazhi-review --screenshot: the main window on a project with one view open, drawn as a
 * reviewer would see it once every worker thread has finished, and written as a PNG. It never
 * touches the user's settings or projects.
 */
class ScreenshotRun final
{
public:
    explicit ScreenshotRun(ScreenshotRequest request);

    /** Draws the picture; the program's exit code: 0, 2 for a malformed size, else 1, with the reason on @p err. */
    int exec(QTextStream &err) const;

private:
    /** Opens the project (or the samples in @p scratch) and the view asked for in @p window. */
    Result<Done> openView(MainWindow &window, const QTemporaryDir &scratch) const;

    ScreenshotRequest m_request;
};

} // namespace Fazhi
