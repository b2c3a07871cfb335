// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "result.h"

namespace Eventdesk::Api {

// The one place that maps error kinds to HTTP statuses and writes application/problem+json
// (RFC 9457): {type, title, status, detail, code, errors:[{field, message}]}. `type` and `code`
// carry the stable, untranslated identifier.
//
// The map: ErrorKind -> status, with one refinement: an Invalid error whose code says the request
// itself is malformed (badRequest(): invalid_query, malformed_json, invalid_body, ...) is 400,
// while Invalid fields of a well-formed JSON body are 422 (docs/architecture.md, "400 or 422").
int httpStatus(const Core::Error &error);
// An error of the request's shape (its query, its body's syntax): 400 through httpStatus().
Core::Error badRequest(
    const QString &code, const QString &message, QList<Core::FieldError> fields = {});

Response problem(const Core::Error &error);
Response problem(int status, const QString &code, const QString &detail,
    const QList<Core::FieldError> &fields = {});

QByteArray problemType(const QString &code);
QString reasonPhrase(int status); // "Not Found"

} // namespace Eventdesk::Api
