// SPDX-License-Identifier: MIT
#include "specversion.h"

#include <QStringList>

namespace Pactbench {

SpecVersion parseSpecVersion(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.startsWith(u'v'))
        t.remove(0, 1);
    if (t.isEmpty())
        return SpecVersion::Unknown;
    const QStringList parts = t.split(u'.');
    bool okMajor = false;
    const int major = parts.value(0).toInt(&okMajor);
    if (!okMajor)
        return SpecVersion::Unknown;
    bool okMinor = true;
    const int minor = parts.size() > 1 ? parts.at(1).toInt(&okMinor) : 0;
    if (!okMinor)
        return SpecVersion::Unknown;
    switch (major) {
    case 1:
        return minor >= 1 ? SpecVersion::V1_1 : SpecVersion::V1;
    case 2:
        return SpecVersion::V2;
    case 3:
        return SpecVersion::V3;
    case 4:
        return SpecVersion::V4;
    default:
        return SpecVersion::Unknown;
    }
}

QString specVersionMetadataString(SpecVersion version)
{
    switch (version) {
    case SpecVersion::V1:
        return QStringLiteral("1.0.0");
    case SpecVersion::V1_1:
        return QStringLiteral("1.1.0");
    case SpecVersion::V2:
        return QStringLiteral("2.0.0");
    case SpecVersion::V3:
    case SpecVersion::Unknown:
        return QStringLiteral("3.0.0");
    case SpecVersion::V4:
        return QStringLiteral("4.0");
    }
    return QStringLiteral("3.0.0");
}

QString specVersionLabel(SpecVersion version)
{
    switch (version) {
    case SpecVersion::V1:
        return QStringLiteral("V1");
    case SpecVersion::V1_1:
        return QStringLiteral("V1.1");
    case SpecVersion::V2:
        return QStringLiteral("V2");
    case SpecVersion::V3:
        return QStringLiteral("V3");
    case SpecVersion::V4:
        return QStringLiteral("V4");
    case SpecVersion::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

SpecVersion effectiveVersion(SpecVersion declared)
{
    return declared == SpecVersion::Unknown ? SpecVersion::V3 : declared;
}

} // namespace Pactbench
