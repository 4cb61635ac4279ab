#pragma once

#include "i18n/language.h"

#include <QList>
#include <QString>

namespace sipref {

// One example of the gallery: a message or a short flow from resources/examples, with what a
// trainer says about it.
struct GalleryExample
{
    QString id;       // "register-401": the file is :/examples/<id>.log
    QList<int> codes; // the response codes it shows, most important first
    bool gb28181 = false;
    LocalizedText title;
    LocalizedText explanation;

    QString text() const; // the flow as a log shows it (LF line ends)
};

// Every example, in teaching order.
const QList<GalleryExample> &galleryExamples();

} // namespace sipref
