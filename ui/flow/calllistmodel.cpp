#include "flow/calllistmodel.h"

#include "classcolors.h"
#include "flow/flow.h"

#include <QTime>

namespace sipref {

namespace {

constexpr qint64 usPerDay = qint64(86400) * 1000 * 1000;

} // namespace

QString timeOfDay(qint64 us)
{
    if (us < 0)
        return {};
    const QTime t = QTime::fromMSecsSinceStartOfDay(int((us % usPerDay) / 1000));
    return t.toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString formatDuration(qint64 us)
{
    if (us < 0)
        return {};
    const qint64 ms = us / 1000;
    if (ms < 60 * 1000)
        return CallListModel::tr("%1 s").arg(double(ms) / 1000, 0, 'f', 3);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

CallListModel::CallListModel(QObject *parent) : QAbstractTableModel(parent) { }

void CallListModel::setResult(const InspectionResultPtr &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

const Call *CallListModel::call(int row) const
{
    if (!m_result || row < 0 || std::size_t(row) >= m_result->inspection.flow.calls.size())
        return nullptr;
    return &m_result->inspection.flow.calls[std::size_t(row)];
}

void CallListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->inspection.flow.calls.size());
}

int CallListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallListModel::stateText(const Call &call)
{
    switch (call.state) {
    case CallState::InProgress:
        return tr("In progress");
    case CallState::Answered:
        return tr("Answered");
    case CallState::Busy:
        return tr("Busy");
    case CallState::Cancelled:
        return tr("Cancelled");
    case CallState::Redirected:
        return call.finalCode > 0 ? tr("Redirected (%1)").arg(call.finalCode) : tr("Redirected");
    case CallState::Failed:
        return call.finalCode > 0 ? tr("Failed (%1)").arg(call.finalCode) : tr("Failed");
    case CallState::NonInvite:
        break;
    }
    // REGISTER, OPTIONS, SUBSCRIBE…: the method and how its last transaction ended.
    const QString method = call.method.isEmpty() ? tr("No request") : QString::fromLatin1(call.method);
    return call.finalCode > 0 ? QStringLiteral("%1 %2").arg(method).arg(call.finalCode) : method;
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Call &c = m_result->inspection.flow.calls[std::size_t(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn:
            return c.firstUs >= 0 ? timeOfDay(c.firstUs) : QString();
        case CallerColumn:
            return c.caller;
        case CalleeColumn:
            return c.callee;
        case StateColumn:
            return stateText(c);
        case SetupColumn:
            return formatDuration(c.setupUs);
        case DurationColumn:
            return formatDuration(c.durationUs);
        case MessagesColumn:
            return int(c.messages.size());
        case CallIdColumn:
            return QString::fromUtf8(c.callId);
        }
    } else if (role == SortRole) {
        switch (column) {
        case TimeColumn:
            // Calls without a time sort by where they are in the input.
            return c.firstUs >= 0 ? c.firstUs : qint64(index.row());
        case SetupColumn:
            return c.setupUs;
        case DurationColumn:
            return c.durationUs;
        case MessagesColumn:
            return qint64(c.messages.size());
        case StateColumn:
            return stateText(c);
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ForegroundRole && column == StateColumn) {
        const bool dark = isDarkApplicationPalette();
        switch (c.state) {
        case CallState::Answered:
            return classColor(2, Profile::Ietf, dark);
        case CallState::InProgress:
            return classColor(1, Profile::Ietf, dark);
        case CallState::Cancelled:
            return mutedTextColor(dark);
        case CallState::Busy:
        case CallState::Redirected:
        case CallState::Failed:
        case CallState::NonInvite:
            if (c.finalCode >= 100 && c.finalCode <= 699)
                return classColor(c.finalCode / 100, Profile::Ietf, dark);
            return mutedTextColor(dark);
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == TimeColumn && !c.messages.empty())
            return formatOriginTime(*m_result->inspection.messages[std::size_t(c.messages.front())].origin);
        if (column == CallerColumn)
            return c.caller;
        if (column == CalleeColumn)
            return c.callee;
        if (column == CallIdColumn)
            return QString::fromUtf8(c.callId);
    } else if (role == Qt::TextAlignmentRole) {
        if (column == SetupColumn || column == DurationColumn || column == MessagesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CallerColumn:
        //: The calling party (From of the first request)
        return tr("Caller");
    case CalleeColumn:
        //: The called party (To of the first request)
        return tr("Callee");
    case StateColumn:
        return tr("State");
    case SetupColumn:
        //: Time from the INVITE to its 200 OK
        return tr("Setup");
    case DurationColumn:
        //: Time from the 200 OK to the BYE
        return tr("Duration");
    case MessagesColumn:
        return tr("Messages");
    case CallIdColumn:
        return tr("Call-ID");
    }
    return {};
}

} // namespace sipref
