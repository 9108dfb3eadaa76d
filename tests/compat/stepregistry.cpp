// SPDX-License-Identifier: MIT
#include "stepregistry.h"

namespace Pactbench::Compat {

void check(bool condition, const QString &reason)
{
    if (!condition)
        throw StepFailure{ reason };
}

void fail(const QString &reason)
{
    throw StepFailure{ reason };
}

void StepRegistry::add(const QString &pattern, StepFunction function)
{
    QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    Q_ASSERT_X(re.isValid(), "StepRegistry::add", qPrintable(pattern));
    m_steps.append({ re, std::move(function) });
}

StepRegistry::Found StepRegistry::find(const QString &text) const
{
    Found found;
    for (const Definition &d : m_steps) {
        const QRegularExpressionMatch m = d.expression.match(text);
        if (!m.hasMatch())
            continue;
        if (++found.matches == 1) {
            found.function = &d.function;
            found.captures = m.capturedTexts().mid(1);
        }
    }
    return found;
}

} // namespace Pactbench::Compat

namespace Pactbench::Compat {

QString unescapeQuotes(const QString &text)
{
    QString t = text;
    return t.replace(QStringLiteral("\\\""), QStringLiteral("\""));
}

bool sentenceMatches(const QString &actual, const QString &expected)
{
    if (actual == expected || actual.contains(expected))
        return true;
    const QRegularExpression re(expected);
    return re.isValid() && re.match(actual).hasMatch();
}

} // namespace Pactbench::Compat
