#include "capture/ipfragments.h"

#include <algorithm>
#include <cstring>

namespace sipref::capture {

namespace {

constexpr std::size_t maxPending = 64;
constexpr qsizetype maxDatagram = 65535;
constexpr std::size_t maxPieces = 128;

} // namespace

bool IpFragments::add(const FragmentKey &key, qsizetype offset, bool more, QByteArrayView data)
{
    // Copied first: data may lie in the previous completed datagram (IP in IP in fragments).
    QByteArray copy = data.toByteArray();
    m_completed.clear();
    if (offset < 0 || offset + copy.size() > maxDatagram) {
        ++m_abandoned;
        return false;
    }
    auto it = std::find_if(m_pending.begin(), m_pending.end(), [&](const Pending &p) { return p.key == key; });
    if (it == m_pending.end()) {
        if (m_pending.size() >= maxPending) {
            m_pending.erase(m_pending.begin());
            ++m_abandoned;
        }
        m_pending.push_back({key, {}, -1, 0});
        it = m_pending.end() - 1;
    }
    Pending &p = *it;
    // Bounded memory: many pieces, or many more bytes than a datagram holds, means garbage.
    if (p.pieces.size() >= maxPieces || p.bytes + copy.size() > 2 * maxDatagram) {
        m_pending.erase(it);
        ++m_abandoned;
        return false;
    }
    if (!more)
        p.total = offset + copy.size();
    p.bytes += copy.size();
    p.pieces.push_back({offset, std::move(copy)});
    if (!complete(p))
        return false;
    m_pending.erase(it);
    return true;
}

bool IpFragments::complete(Pending &p)
{
    if (p.total < 0)
        return false;
    std::stable_sort(p.pieces.begin(), p.pieces.end(),
                     [](const Piece &a, const Piece &b) { return a.offset < b.offset; });
    qsizetype covered = 0;
    for (const Piece &piece : p.pieces) {
        if (piece.offset > covered)
            return false;
        covered = std::max(covered, piece.offset + piece.data.size());
    }
    if (covered < p.total)
        return false;
    m_completed = QByteArray(p.total, '\0');
    // Overlaps (forbidden, but seen): the fragment further on wins.
    for (const Piece &piece : p.pieces) {
        const qsizetype n = std::min(piece.data.size(), p.total - piece.offset);
        if (n > 0)
            std::memcpy(m_completed.data() + piece.offset, piece.data.constData(), std::size_t(n));
    }
    return true;
}

} // namespace sipref::capture
