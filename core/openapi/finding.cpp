// SPDX-License-Identifier: MIT
#include "finding.h"

#include <QSet>

namespace Pactbench::OpenApi {

bool isErrorCode(const QString &code)
{
    static const QSet<QString> errors{u"request.accept.incompatible"_qs, u"request.authorization.missing"_qs,
        u"request.body.incompatible"_qs, u"request.content-type.incompatible"_qs, u"request.header.incompatible"_qs,
        u"request.path-or-method.unknown"_qs, u"request.query.incompatible"_qs, u"response.body.incompatible"_qs,
        u"response.body.unknown"_qs, u"response.content-type.incompatible"_qs, u"response.header.incompatible"_qs,
        u"response.header.unknown"_qs, u"response.status.unknown"_qs};
    return errors.contains(code);
}

} // namespace Pactbench::OpenApi
