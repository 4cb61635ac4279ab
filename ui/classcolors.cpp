#include "classcolors.h"

#include <QGuiApplication>
#include <QPalette>
#include <atomic>
#include <cmath>

namespace sipref {

namespace {

std::atomic_bool highContrast{false};

// The four variants of one colour: on light and dark backgrounds, normal and high contrast.
struct Shades
{
    QRgb light, dark, lightStrong, darkStrong;

    QColor pick(bool isDark) const
    {
        const bool strong = highContrast.load();
        return QColor::fromRgb(isDark ? (strong ? darkStrong : dark) : (strong ? lightStrong : light));
    }
};

// The hues stay those of the original scheme; only their lightness moves until the contrast holds.
constexpr Shades slate{0x526e8b, 0x8aa2b9, 0x42596f, 0xafbfcf};  // 1xx: still in progress
constexpr Shades green{0x297a36, 0x3cb551, 0x21632c, 0x74d184};  // 2xx: success
constexpr Shades blue{0x1d729e, 0x44a9dc, 0x175c7f, 0x82c6e8};   // 3xx: go elsewhere
constexpr Shades orange{0xa5540c, 0xee8325, 0x87450a, 0xf4ae71}; // 4xx: the request's fault
constexpr Shades red{0xc62f2f, 0xef8a8a, 0xa32727, 0xecafaf};    // 5xx: the server's fault
constexpr Shades purple{0x8e44ad, 0xbe8dd2, 0x7a3b95, 0xd4b3e1}; // 6xx: fails everywhere
constexpr Shades amber{0x8b630f, 0xd09415, 0x72510c, 0xebb43f};  // the GB/T 28181 video-platform profile
constexpr Shades teal{0x10776e, 0x19b3a5, 0x0e6059, 0x1ed4c4};   // the telephone network's causes
constexpr Shades indigo{0x5a5fa8, 0x999dc9, 0x4d5192, 0xb9bbda}; // annotations on a response
constexpr Shades grey{0x6b6b6b, 0x9f9f9f, 0x575757, 0xbdbdbd};
constexpr Shades muted{0x5f6b76, 0xa8b0b8, 0x4e5861, 0xb6bec4};
constexpr Shades request{0x1a4fb5, 0x8cb4ff, 0x1a4fb5, 0xa4bff2};
constexpr Shades headerName{0x7a2e8e, 0xd7a6ff, 0x7a2e8e, 0xd9aee5};
constexpr Shades body{0x3f6e3a, 0x9fc79a, 0x365f32, 0xb1d3ad};

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

bool isDarkApplicationPalette()
{
    return isDarkPalette(QGuiApplication::palette());
}

void setHighContrastColors(bool on)
{
    highContrast.store(on);
}

bool highContrastColors()
{
    return highContrast.load();
}

QColor classColor(int codeClass, Profile profile, bool dark)
{
    if (profile == Profile::Gb28181)
        return amber.pick(dark);
    switch (codeClass) {
    case 1:
        return slate.pick(dark);
    case 2:
        return green.pick(dark);
    case 3:
        return blue.pick(dark);
    case 4:
        return orange.pick(dark);
    case 5:
        return red.pick(dark);
    case 6:
        return purple.pick(dark);
    default:
        return grey.pick(dark);
    }
}

QColor entryColor(const CodeEntry &entry, bool dark)
{
    switch (entry.kind) {
    case EntryKind::Q850:
        return teal.pick(dark);
    case EntryKind::Warning:
        return indigo.pick(dark);
    case EntryKind::Sip:
        break;
    }
    return classColor(entry.codeClass(), entry.profile, dark);
}

QColor classColor(int codeClass, Profile profile)
{
    return classColor(codeClass, profile, isDarkApplicationPalette());
}

QColor entryColor(const CodeEntry &entry)
{
    return entryColor(entry, isDarkApplicationPalette());
}

QColor mutedTextColor(bool dark)
{
    return muted.pick(dark);
}

QColor panelColor(bool dark)
{
    return dark ? QColor(0x2b, 0x30, 0x36) : QColor(0xf3, 0xf5, 0xf7);
}

QColor successTextColor(bool dark)
{
    return green.pick(dark);
}

QColor sipTextColor(SipTextRole role, bool dark)
{
    switch (role) {
    case SipTextRole::RequestLine:
        return request.pick(dark);
    case SipTextRole::HeaderName:
        return headerName.pick(dark);
    case SipTextRole::Body:
        break;
    }
    return body.pick(dark);
}

QColor findingMarkColor(int severity, bool dark)
{
    switch (severity) {
    case 0:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd4, 0x20, 0x20);
    case 1:
        return dark ? QColor(0xf0, 0xa0, 0x20) : QColor(0xb8, 0x6e, 0x00);
    default:
        return dark ? QColor(0x5a, 0xa0, 0xff) : QColor(0x2f, 0x73, 0xd0);
    }
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace sipref
