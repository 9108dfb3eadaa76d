// SPDX-License-Identifier: MIT
#include "validationtarget.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <stdexcept>

namespace Pactbench::OpenApi::detail {

namespace {

using Allocator = rapidjson::Document::AllocatorType;

/// False when the text holds a NUL.
bool setString(const QString &text, rapidjson::Value *out, Allocator &allocator)
{
    const QByteArray utf8 = text.toUtf8();
    out->SetString(utf8.constData(), rapidjson::SizeType(utf8.size()), allocator);
    return !utf8.contains('\0');
}

void setNumber(double n, rapidjson::Value *out)
{
    // 2^63 is the first double past int64's range.
    if (std::isfinite(n) && std::floor(n) == n && n >= -9223372036854775808.0 && n < 9223372036854775808.0)
        out->SetInt64(static_cast<int64_t>(n));
    else
        out->SetDouble(n);
}

// Depth is bounded by the JSON reader that made `value` (Qt's parser refuses deeper than 1,024 levels).
// False when an object key holds a NUL (toValidationTarget).
bool convert(const QJsonValue &value, rapidjson::Value *out, Allocator &allocator)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out->SetNull();
        return true;
    case QJsonValue::Bool:
        out->SetBool(value.toBool());
        return true;
    case QJsonValue::Double:
        setNumber(value.toDouble(), out);
        return true;
    case QJsonValue::String:
        setString(value.toString(), out, allocator);
        return true;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out->SetArray();
        out->Reserve(rapidjson::SizeType(array.size()), allocator);
        for (const QJsonValue &item : array) {
            rapidjson::Value element;
            if (!convert(item, &element, allocator))
                return false;
            out->PushBack(element, allocator);
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out->SetObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            rapidjson::Value key;
            rapidjson::Value member;
            if (!setString(it.key(), &key, allocator) || !convert(it.value(), &member, allocator))
                return false;
            out->AddMember(key, member, allocator);
        }
        return true;
    }
    }
    return true;
}

} // namespace

void rapidJsonAssertionFailed(const char *condition)
{
    throw std::logic_error(std::string("RapidJSON assertion failed: ") + condition);
}

bool toValidationTarget(const QJsonValue &value, rapidjson::Document *out)
{
    return convert(value, out, out->GetAllocator());
}

} // namespace Pactbench::OpenApi::detail
