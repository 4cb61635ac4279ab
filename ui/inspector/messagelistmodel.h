#pragma once

#include "inspector/inspectionresult.h"

#include <QAbstractTableModel>

namespace sipref {

// The messages found in the input: line, start line, Call-ID, number of findings.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, StartLineColumn, CallIdColumn, FindingsColumn, ColumnCount };

    explicit MessageListModel(QObject *parent = nullptr);
    void setResult(const InspectionResultPtr &result);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    InspectionResultPtr m_result;
    std::vector<int> m_findings;
    std::vector<int> m_errors;
};

} // namespace sipref
