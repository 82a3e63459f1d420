#include "jobtablemodel.h"

#include "common/statusicons.h"
#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "jobs/jobsearch.h"
#include "jobs/jobtext.h"
#include "operations/jobfileactions.h"

#include <QCollator>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <numeric>

namespace ccbulk::ui {

namespace {

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

// When a job that has not started yet sorts: as its submission.
qint64 startKey(const JobRecord &job)
{
    return (job.started.isValid() ? job.started : job.created).toMSecsSinceEpoch();
}

qint64 endKey(const JobRecord &job)
{
    // Running jobs end after every ended one.
    return job.ended.isValid() ? job.ended.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

} // namespace

JobTableModel::JobTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::displayText(const JobRecord &job, int column) const
{
    switch (column) {
    case IdColumn:
        return job.id;
    case FileNameColumn:
        return job.fileName;
    case TypeColumn:
        return JobText::typeName(job.type);
    case ObjectColumn: {
        const TypeDefinition *type = DefinitionRegistry::instance().find(job.objectType);
        return type ? type->name(uiLanguage()) : job.objectType;
    }
    case StatusColumn:
        return job.status == JobStatus::InProgress ? tr("%1 (%2%)", "status and percentage")
                                                         .arg(JobText::statusName(job.status))
                                                         .arg(job.progress)
                                                   : JobText::statusName(job.status);
    case SubmittedByColumn:
        return job.submittedBy;
    case StartTimeColumn:
        return formatTime(job.started);
    case EndTimeColumn:
        return formatTime(job.ended);
    case ActionColumn:
        return JobFileActions::canDownload(job) ? tr("Download export file") : QString();
    }
    return QString();
}

QVariant JobTableModel::rawValue(const JobRecord &job, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(job.status);
    case StartTimeColumn:
        return startKey(job);
    case EndTimeColumn:
        return endKey(job);
    default:
        return displayText(job, column);
    }
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const JobRecord &job = m_jobs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(job, column);
    case Qt::ToolTipRole:
        if (column == StatusColumn && !job.message.isEmpty()) {
            return job.message;
        }
        if (column == ActionColumn && JobFileActions::canDownload(job)) {
            return tr("Save a copy of the exported file");
        }
        return column == ActionColumn ? QVariant() : QVariant(displayText(job, column));
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(statusIcon(job.status)) : QVariant();
    case Qt::ForegroundRole:
        // The download looks like what it is: a link to click.
        return column == ActionColumn && JobFileActions::canDownload(job)
                   ? QVariant(QGuiApplication::palette().brush(QPalette::Link))
                   : QVariant();
    case Qt::FontRole:
        if (column == ActionColumn && JobFileActions::canDownload(job)) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return QVariant();
    case Qt::AccessibleTextRole:
        return displayText(job, column);
    case RawValueRole:
        return rawValue(job, column);
    case JobIdRole:
        return job.id;
    case ProgressRole:
        return job.status == JobStatus::InProgress ? job.progress : -1;
    case CanDownloadRole:
        return JobFileActions::canDownload(job);
    default:
        return QVariant();
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("Bulk operation ID");
    case FileNameColumn:
        return tr("File name");
    case TypeColumn:
        return tr("Job type");
    case ObjectColumn:
        return tr("Object");
    case StatusColumn:
        return tr("Status");
    case SubmittedByColumn:
        return tr("Submitted by");
    case StartTimeColumn:
        return tr("Start time");
    case EndTimeColumn:
        return tr("End time");
    case ActionColumn:
        return tr("Action");
    }
    return QVariant();
}

void JobTableModel::setJobs(QList<JobRecord> jobs)
{
    beginResetModel();
    m_jobs = std::move(jobs);
    m_searchTexts.clear();
    m_searchTexts.reserve(m_jobs.size());
    for (const JobRecord &job : std::as_const(m_jobs)) {
        m_searchTexts << jobSearchText(job).toUtf8();
    }
    reindex();
    endResetModel();
}

void JobTableModel::mergeJobs(const QList<JobRecord> &jobs)
{
    QList<JobRecord> added;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    for (const JobRecord &job : jobs) {
        const int row = rowOf(job.id);
        if (row < 0) {
            added << job;
            continue;
        }
        m_jobs[row] = job;
        m_searchTexts[row] = jobSearchText(job).toUtf8();
        firstChanged = std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    if (lastChanged >= 0) {
        forgetRanks();
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    }
    if (added.isEmpty()) {
        return;
    }
    // Newest first, as the store lists them.
    std::stable_sort(added.begin(), added.end(),
                     [](const JobRecord &a, const JobRecord &b) { return a.created > b.created; });
    beginInsertRows(QModelIndex(), 0, int(added.size()) - 1);
    QList<QByteArray> texts;
    texts.reserve(added.size());
    for (const JobRecord &job : std::as_const(added)) {
        texts << jobSearchText(job).toUtf8();
    }
    m_jobs = added + m_jobs;
    m_searchTexts = texts + m_searchTexts;
    reindex();
    endInsertRows();
}

void JobTableModel::setProgress(const QString &id, int progress)
{
    const int row = rowOf(id);
    if (row < 0 || m_jobs.at(row).progress == progress) {
        return;
    }
    m_jobs[row].progress = progress;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn),
                       {Qt::DisplayRole, ProgressRole});
}

QDateTime JobTableModel::newestCreated() const
{
    // Newest first: the top row is the newest.
    return m_jobs.isEmpty() ? QDateTime() : m_jobs.constFirst().created;
}

QStringList JobTableModel::activeJobIds() const
{
    QStringList ids;
    for (const JobRecord &job : m_jobs) {
        if (job.isActive()) {
            ids << job.id;
        }
    }
    return ids;
}

bool JobTableModel::matches(int row, const QString &needle) const
{
    const QByteArray utf8 = needle.toUtf8();
    return matchesUtf8(row, std::string_view(utf8.constData(), size_t(utf8.size())));
}

bool JobTableModel::matchesUtf8(int row, std::string_view needle) const
{
    // UTF-8 is self-synchronising: a byte match is a character match. The
    // standard library's search runs on memchr, several times faster here
    // than a search over UTF-16.
    const QByteArray &text = m_searchTexts.at(row);
    return needle.empty() || std::string_view(text.constData(), size_t(text.size())).find(needle) !=
                                 std::string_view::npos;
}

bool JobTableModel::lessThan(int left, int right, int column) const
{
    const JobRecord &a = m_jobs.at(left);
    const JobRecord &b = m_jobs.at(right);
    switch (column) {
    case StatusColumn:
        return a.status < b.status;
    case StartTimeColumn:
        return startKey(a) < startKey(b);
    case EndTimeColumn:
        return endKey(a) < endKey(b);
    default: {
        const std::vector<int> &ranks = textRanks(column);
        return ranks[size_t(left)] < ranks[size_t(right)];
    }
    }
}

const std::vector<int> &JobTableModel::textRanks(int column) const
{
    std::vector<int> &ranks = m_textRanks[size_t(column)];
    if (ranks.size() == size_t(m_jobs.size())) {
        return ranks;
    }
    // Each text once through the collator, then rows compare as numbers: a
    // sort of 100 000 rows would otherwise format and collate both cells of
    // every one of its two million comparisons.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(m_jobs.size()));
    for (const JobRecord &job : m_jobs) {
        keys.push_back(collator.sortKey(displayText(job, column)));
    }
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int x, int y) {
        return keys[size_t(x)].compare(keys[size_t(y)]) < 0;
    });
    ranks.assign(keys.size(), 0);
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        // Equal texts share a rank, so that a stable sort keeps their order.
        if (i > 0 && keys[size_t(order[i - 1])].compare(keys[size_t(order[i])]) != 0) {
            ++rank;
        }
        ranks[size_t(order[i])] = rank;
    }
    return ranks;
}

void JobTableModel::forgetRanks()
{
    for (std::vector<int> &ranks : m_textRanks) {
        ranks.clear();
    }
}

void JobTableModel::retranslate()
{
    forgetRanks();
    for (qsizetype row = 0; row < m_jobs.size(); ++row) {
        m_searchTexts[row] = jobSearchText(m_jobs.at(row)).toUtf8();
    }
    if (!m_jobs.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void JobTableModel::reindex()
{
    forgetRanks();
    m_rowById.clear();
    m_rowById.reserve(m_jobs.size());
    for (qsizetype row = 0; row < m_jobs.size(); ++row) {
        m_rowById.insert(m_jobs.at(row).id, int(row));
    }
}

} // namespace ccbulk::ui
