// SPDX-License-Identifier: MIT
// Multipart and form-urlencoded bodies through the body matcher (parts, their headers and transfer
// encodings, file parts matched by their own content type, form fields with rules).
// Input: the Content-Type (text without '/' is a multipart/form-data boundary), rules as JSON (see
// fuzzsupport.h), the expected body, the actual body; separated by lines `%%`.
#include "fuzzsupport.h"

#include <core/matching/partmatchers.h>

using namespace Pactbench;
using namespace Pactbench::detail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    const QList<QByteArray> parts = Fuzz::splitParts(data, size, 4);
    QString contentType = QString::fromUtf8(parts.at(0)).trimmed();
    if (!contentType.contains(u'/'))
        contentType = QStringLiteral("multipart/form-data; boundary=") + contentType;
    const RuleCategory rules = Fuzz::rulesFromJson(parts.at(1));
    const Body expected = Body::fromBytes(parts.at(2), contentType);
    const Body actual = Body::fromBytes(parts.at(3), contentType);
    const MediaType type = MediaType::parse(contentType);
    (void)type.toString();
    Headers headers;
    headers.append(QStringLiteral("Content-Type"), contentType);
    const BodySide e{&expected, type, headers};
    const BodySide a{&actual, type, headers};
    int checks = 0;
    for (const bool allowUnexpected : {false, true}) {
        for (const Mismatch &m :
            matchBody(e, a, rules, RuleCategory(RuleCategory::Kind::Header, {}), allowUnexpected, &checks))
            (void)m.sentence.size();
    }
    return 0;
}
