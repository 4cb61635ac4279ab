#include "inspector/messagefilterproxy.h"

#include "inspector/messagelistmodel.h"

namespace sipref {

MessageFilterProxy::MessageFilterProxy(MessageListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_messages(source)
{
    setSourceModel(source);
}

void MessageFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = text.toLower().toUtf8();
    refilter();
}

void MessageFilterProxy::setMethod(const QByteArray &method)
{
    if (method == m_method)
        return;
    m_method = method;
    refilter();
}

void MessageFilterProxy::setCodeRange(CodeRange range)
{
    if (range == m_range)
        return;
    m_range = range;
    refilter();
}

void MessageFilterProxy::setCallId(const QString &callId)
{
    if (callId == m_callId)
        return;
    m_callId = callId;
    refilter();
}

void MessageFilterProxy::setHideKeepAlives(bool hide)
{
    if (hide == m_hideKeepAlives)
        return;
    m_hideKeepAlives = hide;
    refilter();
}

void MessageFilterProxy::refilter()
{
    // As one change of layout, not as the rows that come and go: a filter that leaves every other
    // row of a big log (180 000 messages) made as many removals, each one told to the view, and
    // typing a letter took 0.6 s. The list is never sorted, so nothing else is redone.
    invalidate();
}

bool MessageFilterProxy::isFiltering() const
{
    return !m_text.isEmpty() || !m_method.isEmpty() || m_range != CodeRange::All || !m_callId.isEmpty()
           || m_hideKeepAlives;
}

bool MessageFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    // Without a filter every row passes, and nothing of the message is read: a big log's rows
    // are all asked when the list is first shown (180 000 messages: 20 ms of reading them).
    if (parent.isValid() || !m_messages->result() || !isFiltering())
        return true;
    const Inspection &in = m_messages->result()->inspection;
    const SipMessage &m = in.messages[std::size_t(row)];
    const QByteArray &method = m_messages->method(row);
    // The cheap tests first: they run on every row at every keystroke.
    if (m_hideKeepAlives && method == "OPTIONS")
        return false;
    if (!m_method.isEmpty() && method != m_method)
        return false;
    switch (m_range) {
    case CodeRange::All:
        break;
    case CodeRange::Requests:
        if (!m.isRequest())
            return false;
        break;
    case CodeRange::Errors:
        if (!m.isResponse() || m.code < 400)
            return false;
        break;
    default:
        if (!m.isResponse() || m.code / 100 != int(m_range) - int(CodeRange::Class1xx) + 1)
            return false;
        break;
    }
    if (!m_needle.isEmpty() && !m_messages->facts().searchTextOf(std::size_t(row)).contains(m_needle))
        return false;
    return m_callId.isEmpty() || m_messages->callId(row) == m_callId; // decoded: the dearest test last
}

} // namespace sipref
