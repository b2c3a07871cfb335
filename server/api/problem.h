// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "result.h"

namespace Eventdesk::Api {

// The one place that maps error kinds to HTTP statuses and writes application/problem+json
// (RFC 9457): {type, title, status, detail, code, errors:[{field, message}]}. `type` and `code`
// carry the stable, untranslated identifier.
int httpStatus(Core::ErrorKind kind);

Response problem(const Core::Error &error);
Response problem(int status, const QString &code, const QString &detail,
    const QList<Core::FieldError> &fields = {});

QByteArray problemType(const QString &code);
QString reasonPhrase(int status); // "Not Found"

} // namespace Eventdesk::Api
