// SPDX-License-Identifier: MIT
#pragma once
// Postman collections v2.1 (https://schema.getpostman.com/json/collection/v2.1.0/collection.json):
// the request of an item or saved example (postmanrequest.cpp), read in the scope of its folders.

#include "importcommon.h"

#include <QHash>
#include <QSet>

namespace Pactbench::Import::Detail {

/// What a folder passes to what it holds: variables and the auth its requests inherit.
struct PostmanScope
{
    QHash<QString, QString> variables;
    QJsonValue auth; ///< the nearest `auth` object; undefined when none was set
    QString authPath;
};

/// A scope and the notes of reading in it.
struct PostmanEnv
{
    const PostmanScope *scope = nullptr;
    QSet<QString> *unresolved = nullptr; ///< names of {{variables}} no scope defined
    QStringList *infos = nullptr; ///< Info notes for the exchange being read

    /// `text` with {{name}} replaced by the variables' values (nested ones too, 10 levels deep at most).
    QString resolve(const QString &text) const;
};

/// Adds a `variable` list ([{key|id, value, disabled}]) to `variables`.
void addPostmanVariables(const Node &list, QHash<QString, QString> &variables);

/**
 * Reads a request (an object, or a URL string) into `out`: method, path and query (scheme and host
 * go to `origins`), headers, auth (the request's or the inherited one), body. Returns why the
 * request cannot be used (a form-data file, a file body), or empty.
 */
QString readPostmanRequest(const Node &request, const PostmanEnv &env, HttpRequest &out, OriginNote &origins);

/// Reads a request body (modes raw, urlencoded, formdata, file, graphql) into `out`, adding the Content-Type
/// header Postman would send; returns why it cannot be used, or empty (postmanbody.cpp).
QString readPostmanBody(const Node &body, const PostmanEnv &env, HttpRequest &out);

} // namespace Pactbench::Import::Detail
