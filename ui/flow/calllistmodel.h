#pragma once

#include "inspector/inspectionresult.h"

#include <QAbstractTableModel>

namespace sipref {

struct Call;

// The calls of an inspection (messages grouped by Call-ID): when, who, how it ended, how long it
// took. One row per call, read straight from the shared result: no copy per row.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        CallerColumn,
        CalleeColumn,
        StateColumn,
        SetupColumn,
        DurationColumn,
        MessagesColumn,
        CallIdColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CallListModel(QObject *parent = nullptr);
    void setResult(const InspectionResultPtr &result);
    const InspectionResultPtr &result() const { return m_result; }
    const Call *call(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Answered", "Busy", "Failed (503)", "REGISTER 200": how the call ended, in the UI language.
    static QString stateText(const Call &call);

private:
    InspectionResultPtr m_result;
};

// "15:06:41.123": the time of day of a message time (UTC when the input had a date).
QString timeOfDay(qint64 us);
// "1.234 s" below a minute, "2:05" or "1:02:05" above.
QString formatDuration(qint64 us);

} // namespace sipref
