#include "inspector/findingsmodel.h"

#include "checks/diagnostictexts.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace sipref {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) { }

void FindingsModel::setResult(const InspectionResultPtr &result, int message)
{
    beginResetModel();
    m_result = result;
    m_rows.clear();
    if (result) {
        const auto &diags = result->inspection.diagnostics;
        for (std::size_t i = 0; i < diags.size(); ++i) {
            if (message < 0 || diags[i].message == message || diags[i].message < 0)
                m_rows.push_back(int(i));
        }
    }
    endResetModel();
}

void FindingsModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Diagnostic *FindingsModel::diagnostic(const QModelIndex &index) const
{
    if (!m_result || !index.isValid() || index.row() >= int(m_rows.size()))
        return nullptr;
    return &m_result->inspection.diagnostics[std::size_t(m_rows[std::size_t(index.row())])];
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Diagnostic *d = diagnostic(index);
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(d->severity, m_language);
        case MessageColumn:
            return diagnosticMessage(*d, m_language);
        case RfcColumn:
            return QString::fromUtf8(d->rfc);
        case LineColumn: {
            if (d->message < 0)
                return QString();
            const SipMessage &m = m_result->inspection.messages[std::size_t(d->message)];
            return m.lineNumber;
        }
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            const QStyle::StandardPixmap icon = d->severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                                : d->severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                   : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2 [%3]").arg(diagnosticMessage(*d, m_language), QString::fromUtf8(d->rfc),
                                                  QString::fromLatin1(d->id));
    case DiagnosticIndexRole:
        return m_rows[std::size_t(index.row())];
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Finding");
    case RfcColumn:
        return tr("Rule");
    case LineColumn:
        return tr("Message at line");
    }
    return {};
}

} // namespace sipref
