#pragma once

#include "i18n/language.h"

#include <QAbstractTableModel>

namespace sipref {

class Catalog;

// The catalog as a table: code, reason phrase, translated name. The window never sees the
// catalog's structs, only this model (behind a filter proxy).
class CodeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, ReasonColumn, NameColumn, ColumnCount };
    enum Role { EntryIndexRole = Qt::UserRole + 1, CodeRole, ClassRole, ProfileRole, KindRole };

    explicit CodeListModel(const Catalog &catalog, QObject *parent = nullptr);

    void setLanguage(Language language);
    const Catalog &catalog() const { return m_catalog; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Catalog &m_catalog;
    Language m_language = Language::English;
};

} // namespace sipref
