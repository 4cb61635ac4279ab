#pragma once

#include "inspector/inspectionresult.h"

#include <QAbstractTableModel>

namespace sipref {

// The messages found in the input: line, time, hosts, transport, start line, Call-ID, number of
// findings. What the filters ask about each row is worked out once per result, not per keystroke.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        TimeColumn,
        StartLineColumn,
        RouteColumn, // source → destination
        TransportColumn,
        CallIdColumn,
        FindingsColumn,
        ColumnCount
    };

    explicit MessageListModel(QObject *parent = nullptr);
    void setResult(const InspectionResultPtr &result);
    const InspectionResultPtr &result() const { return m_result; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // For the filters: the request's method, or for a response the CSeq method it answers.
    const QByteArray &method(int row) const { return m_facts->methodNames[m_facts->method[std::size_t(row)]]; }
    QString callId(int row) const;
    QString route(int row) const;
    // Every method that occurs, sorted; whether any message says where it came from, and
    // whether they came over more than one transport (else the column tells nothing).
    QStringList methods() const;
    bool hasOrigins() const { return m_facts->hasOrigins; }
    const MessageListFacts &facts() const { return *m_facts; }
    bool hasSeveralTransports() const { return m_facts->severalTransports; }

private:
    InspectionResultPtr m_result;
    std::shared_ptr<const MessageListFacts> m_facts; // the result's, never null
};

} // namespace sipref
