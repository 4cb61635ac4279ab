#include "inspector/messagelistmodel.h"

#include "classcolors.h"

#include <QTime>
#include <algorithm>

namespace sipref {

namespace {

// "15:06:41.123": the time of day is what a reader compares between rows; the date and the
// microseconds are in the tooltip.
QString timeOfDay(const MessageOrigin &o)
{
    if (!o.hasTime())
        return {};
    constexpr qint64 msPerDay = qint64(86400) * 1000;
    return QTime::fromMSecsSinceStartOfDay(int((o.timeUs / 1000) % msPerDay)).toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractTableModel(parent), m_facts(std::make_shared<const MessageListFacts>())
{
}

void MessageListModel::setResult(const InspectionResultPtr &result)
{
    beginResetModel();
    m_result = result;
    if (result && result->listFacts)
        m_facts = result->listFacts;
    else
        m_facts = std::make_shared<const MessageListFacts>(result ? messageListFacts(result->inspection) : MessageListFacts());
    endResetModel();
}

void MessageListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, RouteColumn), index(rowCount() - 1, RouteColumn));
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->inspection.messages.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList MessageListModel::methods() const
{
    QStringList names;
    for (qsizetype i = 1; i < m_facts->methodNames.size(); ++i)
        names << QString::fromLatin1(m_facts->methodNames[i]);
    std::sort(names.begin(), names.end());
    return names;
}

QString MessageListModel::callId(int row) const
{
    const Inspection &in = m_result->inspection;
    if (const HeaderField *h = in.messages[std::size_t(row)].first(HeaderId::CallId))
        return in.unfoldedValue(*h);
    return {};
}

QString MessageListModel::route(int row) const
{
    const MessageOrigin &o = *m_result->inspection.messages[std::size_t(row)].origin;
    // A log that gives the direction names only the other side: this side is the logging host.
    QString source = QString::fromUtf8(o.source), destination = QString::fromUtf8(o.destination);
    if (source.isEmpty() && o.direction == Direction::Sent)
        source = tr("This host");
    if (destination.isEmpty() && o.direction == Direction::Received)
        destination = tr("This host");
    if (source.isEmpty() && destination.isEmpty())
        return {};
    return QStringLiteral("%1 \u2192 %2").arg(source.isEmpty() ? QStringLiteral("?") : source,
                                              destination.isEmpty() ? QStringLiteral("?") : destination);
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Inspection &in = m_result->inspection;
    const SipMessage &m = in.messages[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return m.lineNumber;
        case TimeColumn:
            return timeOfDay(*m.origin);
        case RouteColumn:
            return route(index.row());
        case TransportColumn:
            return QString::fromLatin1(transportName(m.origin->transport));
        case StartLineColumn:
            return in.string(m.startLine.length > 200 ? Span{m.startLine.offset, 200} : m.startLine);
        case CallIdColumn:
            return callId(index.row());
        case FindingsColumn:
            return m_facts->findings[std::size_t(index.row())];
        }
    } else if (role == Qt::ForegroundRole && index.column() == FindingsColumn) {
        if (m_facts->errors[std::size_t(index.row())] > 0)
            return classColor(5, Profile::Ietf, isDarkApplicationPalette()); // readable on both palettes
    } else if (role == Qt::ToolTipRole && index.column() == FindingsColumn) {
        return tr("%n error(s)", nullptr, m_facts->errors[std::size_t(index.row())]);
    } else if (role == Qt::ToolTipRole && index.column() == TimeColumn) {
        return formatOriginTime(*m.origin);
    } else if (role == Qt::ToolTipRole && index.column() == RouteColumn && m.origin->transport != Transport::Unknown) {
        return QStringLiteral("%1 (%2)").arg(route(index.row()), QLatin1String(transportName(m.origin->transport)));
    } else if (role == Qt::ToolTipRole && (index.column() == RouteColumn || index.column() == CallIdColumn)) {
        return data(index, Qt::DisplayRole);
    } else if (role == Qt::ForegroundRole && index.column() == StartLineColumn && m.isResponse() && m.code >= 100
               && m.code <= 699) {
        return classColor(m.code / 100, Profile::Ietf, isDarkApplicationPalette());
    }
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TimeColumn:
        return tr("Time");
    case RouteColumn:
        //: Column of the message list: the sending and the receiving host
        return tr("Source → Destination");
    case TransportColumn:
        return tr("Transport");
    case StartLineColumn:
        return tr("Start line");
    case CallIdColumn:
        return tr("Call-ID");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

} // namespace sipref
