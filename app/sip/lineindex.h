#pragma once

#include <QByteArrayView>
#include <vector>

namespace sipref {

// Line and column of byte offsets, for compiler-style output. Built on demand in one pass.
class LineIndex
{
public:
    explicit LineIndex(QByteArrayView text);
    int line(qsizetype offset) const;   // 1-based
    int column(qsizetype offset) const; // 1-based, in bytes

private:
    std::vector<qsizetype> m_starts;
};

} // namespace sipref
