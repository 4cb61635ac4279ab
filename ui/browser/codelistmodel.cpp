#include "browser/codelistmodel.h"

#include "catalog/catalog.h"
#include "classcolors.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace sipref {

namespace {

QIcon classDot(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(6, 6, 20, 20), 5, 5);
    return QIcon(pixmap);
}

} // namespace

CodeListModel::CodeListModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
}

void CodeListModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.entries().size());
}

int CodeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CodeEntry &e = m_catalog.entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return e.code;
        case ReasonColumn:
            // Causes and warnings share numbers with SIP codes: say which one this is.
            switch (e.kind) {
            case EntryKind::Q850:
                return QString(QStringLiteral("Q.850: ") + e.reason);
            case EntryKind::Warning:
                return tr("Warning: %1").arg(e.reason);
            case EntryKind::Sip:
                break;
            }
            return e.reason;
        case NameColumn:
            return e.name.in(m_language);
        }
        return {};
    case Qt::ToolTipRole:
        return e.summary.in(m_language);
    case Qt::DecorationRole:
        if (index.column() == CodeColumn) {
            static QHash<QRgb, QIcon> icons;
            const QColor color = entryColor(e);
            auto it = icons.find(color.rgb());
            if (it == icons.end())
                it = icons.insert(color.rgb(), classDot(color));
            return *it;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == CodeColumn)
            return entryColor(e);
        return {};
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 %2, %3").arg(e.code).arg(e.reason, e.name.in(m_language));
    case EntryIndexRole:
        return index.row();
    case CodeRole:
        return e.code;
    case ClassRole:
        return e.codeClass();
    case ProfileRole:
        return int(e.profile);
    case KindRole:
        return int(e.kind);
    }
    return {};
}

QVariant CodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case ReasonColumn:
        return tr("Reason phrase");
    case NameColumn:
        return tr("Meaning");
    }
    return {};
}

} // namespace sipref
