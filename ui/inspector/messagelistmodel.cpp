#include "inspector/messagelistmodel.h"

#include "classcolors.h"

namespace sipref {

MessageListModel::MessageListModel(QObject *parent) : QAbstractTableModel(parent) { }

void MessageListModel::setResult(const InspectionResultPtr &result)
{
    beginResetModel();
    m_result = result;
    m_findings.assign(result ? result->inspection.messages.size() : 0, 0);
    m_errors.assign(m_findings.size(), 0);
    if (result) {
        for (const Diagnostic &d : result->inspection.diagnostics) {
            if (d.message >= 0) {
                ++m_findings[std::size_t(d.message)];
                m_errors[std::size_t(d.message)] += d.severity == Severity::Error;
            }
        }
    }
    endResetModel();
}

void MessageListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->inspection.messages.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
        case StartLineColumn:
            return in.string(m.startLine.length > 200 ? Span{m.startLine.offset, 200} : m.startLine);
        case CallIdColumn:
            if (const HeaderField *h = m.first(HeaderId::CallId))
                return in.unfoldedValue(*h);
            return QString();
        case FindingsColumn:
            return m_findings[std::size_t(index.row())];
        }
    } else if (role == Qt::ForegroundRole && index.column() == FindingsColumn) {
        if (m_errors[std::size_t(index.row())] > 0)
            return classColor(5, Profile::Ietf, isDarkApplicationPalette()); // readable on both palettes
    } else if (role == Qt::ToolTipRole && index.column() == FindingsColumn) {
        return tr("%n error(s)", nullptr, m_errors[std::size_t(index.row())]);
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
