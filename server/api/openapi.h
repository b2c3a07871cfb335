// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Eventdesk::Api {

// The OpenAPI 3.1 document: resources/openapi/openapi.json plus one fragment per area under
// resources/openapi/paths/*.json ({"paths": {...}, "components": {"schemas": {...}}}), merged.
// Each area documents its own routes next to the others; a test checks every registered route.
QJsonObject openApiDocument(const QString &version);

// "GET /api/v1/events/{id}" for every operation in the document.
QStringList documentedOperations(const QJsonObject &document);

} // namespace Eventdesk::Api
