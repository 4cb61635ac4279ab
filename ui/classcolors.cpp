#include "classcolors.h"

namespace sipref {

QColor classColor(int codeClass, Profile profile)
{
    if (profile == Profile::Gb28181)
        return QColor(0xb0, 0x7d, 0x12); // amber: the video-platform profile
    switch (codeClass) {
    case 1:
        return QColor(0x5b, 0x7a, 0x99); // slate: still in progress
    case 2:
        return QColor(0x2e, 0x8b, 0x3e); // green: success
    case 3:
        return QColor(0x1f, 0x7a, 0xa8); // blue: go elsewhere
    case 4:
        return QColor(0xd0, 0x6a, 0x10); // orange: the request's fault
    case 5:
        return QColor(0xc6, 0x2f, 0x2f); // red: the server's fault
    case 6:
        return QColor(0x8e, 0x44, 0xad); // purple: fails everywhere
    default:
        return QColor(0x80, 0x80, 0x80);
    }
}

QColor entryColor(const CodeEntry &entry)
{
    switch (entry.kind) {
    case EntryKind::Q850:
        return QColor(0x13, 0x86, 0x7c); // teal: the telephone network's causes
    case EntryKind::Warning:
        return QColor(0x5a, 0x5f, 0xa8); // indigo: annotations on a response
    case EntryKind::Sip:
        break;
    }
    return classColor(entry.codeClass(), entry.profile);
}

} // namespace sipref
