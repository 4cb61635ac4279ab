#pragma once

#include "catalog/catalogtext.h"
#include "catalog/coderecord.h"
#include "i18n/language.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sipref {

enum class Requirement { Must, Should, May };

// What an entry explains: a SIP response code, an ITU-T Q.850 cause, or a SIP Warning code.
enum class EntryKind { Sip, Q850, Warning };

struct HeaderRequirement
{
    QString name;
    Requirement requirement = Requirement::May;
};

// One explained response code, in both languages: an IETF-registered code, a GB/T 28181
// platform code, or the class fallback made for an unregistered number.
struct CodeEntry
{
    EntryKind kind = EntryKind::Sip;
    int code = 0;
    Profile profile = Profile::Ietf;
    QString reason;
    QStringList references;
    QList<HeaderRequirement> headers;
    QList<int> related;
    QStringList aliases;
    LocalizedText name; // translated when the catalog is built: every list shows and measures it
    CatalogText summary;
    CatalogText explanation;
    CatalogText userAdvice;
    CatalogText engineerAdvice;
    CatalogText keywords;
    CatalogText platformNotes; // SIP: advice for GB/T 28181 video platforms
    CatalogText gatewayNotes;  // Q.850: where common gateways map it differently
    int sipCode = 0;   // Q.850: the SIP response RFC 3398 §7.2.4.1 maps the cause to
    int q850Cause = 0; // SIP: the cause RFC 3398 §8.2.6.1 maps the response to

    // SIP: the hundreds digit; Q.850: the cause class (cause >> 4, ITU-T Q.850 §2.2.5); Warning: 3.
    int codeClass() const { return kind == EntryKind::Q850 ? code >> 4 : code / 100; }
    bool isProvisional() const { return code < 200; }
};

QString profileId(Profile profile);      // "ietf", "gb28181", "unregistered"
QString kindId(EntryKind kind);          // "sip", "q850", "warning"
QString requirementId(Requirement r);    // "must", "should", "may"
LocalizedText className(int codeClass); // "Client error" / "客户端错误"
LocalizedText entryClassName(const CodeEntry &entry); // the class in the entry's own numbering
LocalizedText kindName(EntryKind kind);
LocalizedText profileName(Profile profile);

} // namespace sipref
