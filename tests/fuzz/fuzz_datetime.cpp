// SPDX-License-Identifier: MIT
// Date/time patterns (the date, time and timestamp matchers' Java formats, and the generators' formatting)
// and Pact's date/time expressions ("+ 1 day @ noon", "next month @ 2 o'clock").
// Input: a Java pattern, a value to validate, an expression, an ISO base date-time (empty or invalid: a
// fixed one); separated by lines `%%`.
#include "fuzzsupport.h"

#include <core/matching/datetimepattern.h>
#include <core/matching/generator.h>

#include <QDateTime>
#include <QTimeZone>

using namespace Pactbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const QList<QByteArray> parts = Fuzz::splitParts(data, size, 4);
    const QString pattern = QString::fromUtf8(parts.at(0));
    const QString value = QString::fromUtf8(parts.at(1));
    const QString expression = QString::fromUtf8(parts.at(2));
    QDateTime base = QDateTime::fromString(QString::fromUtf8(parts.at(3)).trimmed(), Qt::ISODateWithMs);
    if (!base.isValid())
        base = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 999), QTimeZone(3600));

    (void)validateDateTime(value, pattern);
    (void)validateDateTime(formatJavaDateTime(base, pattern), pattern);
    if (const std::optional<QDateTime> when = evaluateDateExpression(expression, base))
        (void)validateDateTime(formatJavaDateTime(*when, pattern), pattern);
    return 0;
}
