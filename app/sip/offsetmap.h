#pragma once

#include <QString>
#include <vector>

namespace sipref {

// Maps byte offsets in the UTF-8 form of a text to character positions in the QString (UTF-16)
// the editor holds. Pure ASCII needs no table; otherwise one checkpoint per non-ASCII character.
class OffsetMap
{
public:
    OffsetMap() = default;
    explicit OffsetMap(const QString &text);

    qsizetype toPosition(qsizetype utf8Offset) const;

private:
    struct Checkpoint
    {
        qsizetype utf8; // byte offset just after a non-ASCII character
        qsizetype utf16;
    };
    std::vector<Checkpoint> m_points;
};

} // namespace sipref
