#pragma once

#include "catalog/coderecord.h"
#include "i18n/language.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sipref {

enum class Requirement { Must, Should, May };

struct HeaderRequirement
{
    QString name;
    Requirement requirement = Requirement::May;
};

// One explained response code, in both languages: an IETF-registered code, a GB/T 28181
// platform code, or the class fallback made for an unregistered number.
struct CodeEntry
{
    int code = 0;
    Profile profile = Profile::Ietf;
    QString reason;
    QStringList references;
    QList<HeaderRequirement> headers;
    QList<int> related;
    QStringList aliases;
    LocalizedText name;
    LocalizedText summary;
    LocalizedText explanation;
    LocalizedText userAdvice;
    LocalizedText engineerAdvice;
    LocalizedText keywords;
    LocalizedText platformNotes;

    int codeClass() const { return code / 100; }
    bool isProvisional() const { return code < 200; }
};

QString profileId(Profile profile);      // "ietf", "gb28181", "unregistered"
QString requirementId(Requirement r);    // "must", "should", "may"
LocalizedText className(int codeClass); // "Client error" / "客户端错误"
LocalizedText profileName(Profile profile);

} // namespace sipref
