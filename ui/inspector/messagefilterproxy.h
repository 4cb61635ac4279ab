#pragma once

#include <QSortFilterProxyModel>

namespace sipref {

class MessageListModel;

// The inspector's message list as the filter bar narrows it: words in the start line, Call-ID
// or addresses; one method; a class of responses; one call; and without the OPTIONS pings that
// fill real logs (requests and their responses, told apart by the CSeq method).
class MessageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class CodeRange { All, Requests, Class1xx, Class2xx, Class3xx, Class4xx, Class5xx, Class6xx, Errors };

    explicit MessageFilterProxy(MessageListModel *source, QObject *parent = nullptr);

    void setText(const QString &text);
    void setMethod(const QByteArray &method); // empty: every method
    void setCodeRange(CodeRange range);
    void setCallId(const QString &callId);    // empty: every call
    void setHideKeepAlives(bool hide);
    QString callId() const { return m_callId; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    MessageListModel *m_messages;
    QString m_text;
    QByteArray m_needle; // m_text lower-cased, as the facts' search text is
    QByteArray m_method;
    CodeRange m_range = CodeRange::All;
    QString m_callId;
    bool m_hideKeepAlives = false;
};

} // namespace sipref
