// SPDX-License-Identifier: MIT
#include "regexcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace Pactbench {

namespace {

/**
 * What QRegularExpression(pattern).isValid() and errorString() say, from PCRE2 directly: the same library,
 * options (UTF, no compile context) and message (translated as Qt translates it), without the JIT compile
 * (of three match modes) QRegularExpression adds to every compile, which costs ten times the compile itself
 * and is wasted on a pattern that is only checked here.
 */
QString compileProblem(const QString &pattern)
{
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()), PCRE2_UTF, &errorCode,
                                     &errorOffset, nullptr);
    if (code) {
        pcre2_code_free(code);
        return {};
    }
    PCRE2_UCHAR buffer[256];
    const int length = pcre2_get_error_message(errorCode, buffer, sizeof buffer / sizeof *buffer);
    const QString message = length < 0 ? QStringLiteral("error %1").arg(errorCode)
                                       : QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer), length);
    return QStringLiteral("%1 at offset %2")
        .arg(QCoreApplication::translate("QRegularExpression", message.toLatin1().constData()))
        .arg(qsizetype(errorOffset));
}

} // namespace

QString regexProblem(const QString &pattern)
{
    static QMutex mutex;
    static QHash<QString, QString> known;
    constexpr qsizetype kMaxRemembered = 4096;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(pattern); it != known.constEnd())
            return *it;
    }
    const QString problem = compileProblem(pattern);
    const QMutexLocker lock(&mutex);
    if (known.size() >= kMaxRemembered)
        known.clear();
    known.insert(pattern, problem);
    return problem;
}

} // namespace Pactbench
