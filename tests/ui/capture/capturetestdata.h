// SPDX-License-Identifier: MIT
// Shared by the capture UI tests: captured exchanges, and a dialog service that answers the import
// question and runs the review dialog through a function instead of modally.
#pragma once

#include "../uitestutils.h"

#include <core/capture/exchange.h>

#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>

#include <functional>

namespace Pactbench::Test {

/// GET PATH → STATUS with a JSON response body (and Content-Type) from `json`.
inline CapturedExchange jsonExchange(const QString &method, const QString &path, int status, const QByteArray &json,
                                     const QString &source)
{
    CapturedExchange e;
    e.request.method = method;
    e.request.path = path;
    e.response.status = status;
    e.response.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    e.response.body = Body::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("application/json"));
    e.source = source;
    return e;
}

/// Two orders of the same shape (the inference has two samples: ids, UUIDs and dates differ) and a 404.
inline QList<CapturedExchange> orderExchanges()
{
    return {
        jsonExchange(QStringLiteral("GET"), QStringLiteral("/orders/7"), 200,
            R"({"id":7,"uuid":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","created":"2026-12-01T10:00:00Z","total":12.5})",
            QStringLiteral("recorded #1")),
        jsonExchange(QStringLiteral("GET"), QStringLiteral("/orders/8"), 200,
            R"({"id":8,"uuid":"9a7b330a-a736-41e5-9c0b-4b1e2f0c8a11","created":"2026-12-02T11:30:00Z","total":3.25})",
            QStringLiteral("recorded #2")),
        jsonExchange(QStringLiteral("GET"), QStringLiteral("/missing"), 404, R"({"error":"not found"})",
            QStringLiteral("recorded #3")),
    };
}

/// A HAR 1.2 document with one GET entry per (URL, JSON response body) pair, each answered 200.
inline QByteArray harOf(const QList<QPair<QString, QByteArray>> &entries)
{
    QJsonArray list;
    for (const auto &[url, json] : entries) {
        const QJsonObject contentType{ { QStringLiteral("name"), QStringLiteral("Content-Type") },
            { QStringLiteral("value"), QStringLiteral("application/json") } };
        const QJsonObject request{ { QStringLiteral("method"), QStringLiteral("GET") }, { QStringLiteral("url"), url },
            { QStringLiteral("headers"), QJsonArray{} }, { QStringLiteral("queryString"), QJsonArray{} } };
        const QJsonObject content{ { QStringLiteral("mimeType"), QStringLiteral("application/json") },
            { QStringLiteral("text"), QString::fromUtf8(json) } };
        const QJsonObject response{ { QStringLiteral("status"), 200 }, { QStringLiteral("headers"), QJsonArray{ contentType } },
            { QStringLiteral("content"), content } };
        list.append(QJsonObject{ { QStringLiteral("request"), request }, { QStringLiteral("response"), response } });
    }
    const QJsonObject creator{ { QStringLiteral("name"), QStringLiteral("test") }, { QStringLiteral("version"), QStringLiteral("1") } };
    const QJsonObject log{ { QStringLiteral("version"), QStringLiteral("1.2") }, { QStringLiteral("creator"), creator },
        { QStringLiteral("entries"), list } };
    return QJsonDocument(QJsonObject{ { QStringLiteral("log"), log } }).toJson();
}

/// RecordingDialogService that also answers File › Import… and runs dialogs through `onDialog`.
class CaptureDialogService : public RecordingDialogService
{
public:
    QStringList importFiles;
    QString importFormat; ///< "har", …, or empty (detect)
    int importPrompts = 0;
    /// Looks at / changes the dialog and answers (QDialog::Accepted or Rejected); unset: Rejected.
    std::function<int(QDialog *)> onDialog;
    int dialogsShown = 0;

    QStringList importFileNames(QWidget *, const QString &, QString *format) override
    {
        ++importPrompts;
        *format = importFormat;
        return importFiles;
    }
    int execDialog(QDialog *dialog) override
    {
        ++dialogsShown;
        return onDialog ? onDialog(dialog) : int(QDialog::Rejected);
    }
};

} // namespace Pactbench::Test
