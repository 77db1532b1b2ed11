// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"

#include "administrativelevel.h"
#include "datatext.h"
#include "reportdocument.h"
#include "reviewchecklist.h"
#include "reviewsession.h"
#include "statuspalette.h"
#include "textnormalizer.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Long enough to fold the signals of one user action (or one import group) into one read.
constexpr int ReloadDelayMs = 50;

/** Numbers are right-aligned, so that their digits line up. */
bool isNumeric(int column)
{
    return column == LibraryModel::Year || column == LibraryModel::Length || column == LibraryModel::OpenAnnotations
        || column == LibraryModel::ChecklistFailures;
}

/** The metadata a column shows (a reviewer may have corrected it), empty for the others. */
QString metadataKeyOf(int column)
{
    switch (column) {
    case LibraryModel::Region:
        return QString::fromLatin1(MetadataKey::Region);
    case LibraryModel::Level:
        return QString::fromLatin1(MetadataKey::Level);
    case LibraryModel::Year:
        return QString::fromLatin1(MetadataKey::Year);
    default:
        return {};
    }
}

int statusOrder(const QString &status)
{
    return int(LibraryModel::statuses().indexOf(status));
}

/** A small round badge, so the status column reads at a glance. */
QIcon statusIcon(const QString &status)
{
    static QHash<QString, QIcon> icons;
    if (const auto found = icons.constFind(status); found != icons.cend()) {
        return *found;
    }
    const QColor color = StatusPalette::reviewColor(status);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(8, 8, 16, 16));
    painter.end();
    return *icons.insert(status, QIcon(pixmap));
}

} // namespace

LibraryModel::LibraryModel(ReviewSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &LibraryModel::startLoading);
    connect(&m_loading, &QFutureWatcher<Listing>::finished, this, &LibraryModel::onLoadingFinished);
    connect(&session, &ReviewSession::opened, this, [this] {
        clear();
        reload();
    });
    connect(&session, &ReviewSession::closed, this, &LibraryModel::clear);
    connect(&session, &ReviewSession::reportsChanged, this, &LibraryModel::reload);
    connect(&session, &ReviewSession::annotationsChanged, this, &LibraryModel::reload);
    connect(&session, &ReviewSession::decisionsChanged, this, &LibraryModel::reload);
    if (session.isOpen()) {
        reload();
    }
}

LibraryModel::~LibraryModel()
{
    // The worker holds a connection to the project; let it finish before the model goes.
    m_loading.waitForFinished();
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const ReportSummary &s = row.summary;
    switch (role) {
    case ReportIdRole:
        return s.id;
    case FilterKeyRole:
        return row.filterKey;
    case YearRole:
        return s.year;
    case LevelRole:
        return s.level;
    case StatusRole:
        return s.reviewStatus;
    case Qt::ToolTipRole:
        if (const QString key = metadataKeyOf(index.column()); s.corrected.contains(key)) {
            const QString parsed = s.corrected.value(key);
            return tr("Corrected by a reviewer; the program read: %1")
                .arg(parsed.isEmpty() ? tr("nothing", "parsed value") : parsed);
        }
        return s.title.isEmpty() ? s.fileName : tr("%1\n%2").arg(s.title, s.fileName);
    case Qt::FontRole:
        if (s.corrected.contains(metadataKeyOf(index.column()))) {
            // A reviewer's value reads differently from what the program found, as in the checklist.
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(statusIcon(s.reviewStatus)) : QVariant();
    case Qt::ForegroundRole: {
        // Zeros recede so that the reports that need attention stand out.
        const bool zero = (index.column() == OpenAnnotations && s.openAnnotations == 0)
            || (index.column() == ChecklistFailures && s.checklistFailures == 0);
        return zero ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText)) : QVariant();
    }
    case SortRole:
        switch (index.column()) {
        case Year:
            return s.year;
        case Length:
            return s.length;
        case Status:
            return statusOrder(s.reviewStatus);
        case OpenAnnotations:
            return s.openAnnotations;
        case ChecklistFailures:
            return s.checklistFailures;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Region:
            // A report whose region was not recognised is still told apart by its title or file.
            return !s.region.isEmpty() ? DataText::show(s.region) : !s.title.isEmpty() ? s.title : s.fileName;
        case Level:
            return AdministrativeLevel::name(s.level);
        case Year:
            return s.year > 0 ? QVariant(s.year) : QVariant();
        case Length:
            return QLocale().toString(s.length);
        case Status:
            return statusName(s.reviewStatus);
        case Grade:
            return s.grade.isEmpty() ? QString() : ReviewChecklist::gradeName(s.grade);
        case OpenAnnotations:
            return s.openAnnotations;
        case ChecklistFailures:
            return s.checklistFailures;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Length:
            return tr("Length of the report text in characters");
        case OpenAnnotations:
            return tr("Annotations not yet resolved");
        case ChecklistFailures:
            return tr("Checklist items that fail, after the reviewers' decisions");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Region:
        return tr("Region");
    case Level:
        return tr("Level");
    case Year:
        return tr("Year");
    case Length:
        return tr("Length");
    case Status:
        return tr("Status");
    case Grade:
        return tr("Grade");
    case OpenAnnotations:
        //: Column header: number of open (unresolved) annotations
        return tr("Open");
    case ChecklistFailures:
        //: Column header: number of failed checklist items
        return tr("Failures");
    default:
        return {};
    }
}

void LibraryModel::reload()
{
    if (m_session.isOpen()) {
        m_reloadTimer.start();
    }
}

QStringList LibraryModel::statuses()
{
    return {u"unreviewed"_s, u"in_progress"_s, u"done"_s};
}

QString LibraryModel::statusName(const QString &status)
{
    if (status == u"in_progress"_s) {
        return tr("In progress");
    }
    if (status == u"done"_s) {
        return tr("Done");
    }
    return tr("Unreviewed");
}

QString LibraryModel::filterKey(const QString &text)
{
    return TextNormalizer::normalize(text).text().toCaseFolded();
}

LibraryModel::Listing LibraryModel::readListing(const QString &path)
{
    auto store = ReviewStore::open(path, ReviewStore::Access::ReadOnly, ReviewStore::Check::Deferred);
    if (!store) {
        return {{}, store.failure()};
    }
    const auto read = store.value()->reports();
    if (!read) {
        return {{}, read.failure()};
    }
    Listing listing;
    const QList<ReportSummary> &summaries = read.value();
    listing.rows.reserve(summaries.size());
    for (const ReportSummary &summary : summaries) {
        // Line breaks keep a query from matching across the end of one field into the next.
        listing.rows.append({summary, filterKey(summary.region + u'\n' + summary.title + u'\n' + summary.fileName)});
    }
    return listing;
}

void LibraryModel::startLoading()
{
    if (!m_session.isOpen()) {
        return;
    }
    if (m_loading.isRunning()) {
        // What that read sees may already be stale: read once more when it is done.
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    m_loadingGeneration = m_generation;
    m_loading.setFuture(QtConcurrent::run(&LibraryModel::readListing, m_session.path()));
}

void LibraryModel::onLoadingFinished()
{
    Listing listing = m_loading.result();
    if (m_loadingGeneration == m_generation) {
        if (!listing.error.message.isEmpty()) {
            Q_EMIT loadFailed(listing.error);
        } else {
            const bool sameReports = listing.rows.size() == m_rows.size()
                && std::equal(m_rows.cbegin(), m_rows.cend(), listing.rows.cbegin(),
                    [](const Row &a, const Row &b) { return a.summary.id == b.summary.id; });
            if (sameReports) {
                // Only values changed: views keep their selection, sorting and scroll position.
                m_rows = std::move(listing.rows);
                if (!m_rows.isEmpty()) {
                    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
                }
            } else {
                beginResetModel();
                m_rows = std::move(listing.rows);
                m_rowOfId.clear();
                m_rowOfId.reserve(m_rows.size());
                for (int row = 0; row < m_rows.size(); ++row) {
                    m_rowOfId.insert(m_rows.at(row).summary.id, row);
                }
                endResetModel();
            }
            Q_EMIT loaded();
        }
    }
    if (m_reloadPending) {
        startLoading();
    }
}

void LibraryModel::clear()
{
    ++m_generation;
    m_reloadTimer.stop();
    m_reloadPending = false;
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    endResetModel();
}

} // namespace Fazhi
