#pragma once

#include "i18n/language.h"
#include "inspector/inspectionresult.h"

#include <QAbstractTableModel>

namespace sipref {

// The findings of the selected message (or of the whole input): severity, sentence, RFC, line.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, RfcColumn, LineColumn, ColumnCount };
    enum Role { DiagnosticIndexRole = Qt::UserRole + 1 };

    explicit FindingsModel(QObject *parent = nullptr);

    void setResult(const InspectionResultPtr &result, int message); // message -1: every finding
    void setLanguage(Language language);
    const Diagnostic *diagnostic(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    InspectionResultPtr m_result;
    std::vector<int> m_rows; // indexes into inspection.diagnostics
    Language m_language = Language::English;
};

} // namespace sipref
