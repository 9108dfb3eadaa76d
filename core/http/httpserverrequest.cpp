// SPDX-License-Identifier: MIT
#include "httpserverrequest.h"

namespace Pactbench {

QString HttpServerRequest::httpVersion() const
{
    return QStringLiteral("HTTP/%1.%2").arg(versionMajor).arg(versionMinor);
}

} // namespace Pactbench
