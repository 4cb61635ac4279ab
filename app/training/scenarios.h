#pragma once

#include "i18n/language.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sipref::training {

// A "what went wrong?" case: a short log of a call or registration that failed, and the one
// sentence that says why.
struct Scenario
{
    QString id;                // "busy-486"
    int code = 0;              // the final response that decides the outcome
    LocalizedText answer;      // what went wrong, one sentence
    LocalizedText explanation; // how the log shows it and what to do
    QByteArray log;            // as a log shows it: "\n" line ends, a line before each message

    int codeClass() const { return code / 100; }
};

// Every scenario, each with a different answer.
const QList<Scenario> &scenarios();

} // namespace sipref::training
