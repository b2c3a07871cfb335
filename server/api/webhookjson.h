// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "webhooks.h"
#include "webhookservice.h"

#include <QByteArray>
#include <QJsonObject>

namespace Eventdesk::Api {

// JSON of webhook subscriptions and deliveries, and the data of each message. Pure functions.
QJsonObject webhookToJson(const Core::Webhook &webhook, bool withSecret = false);
QJsonObject deliveryToJson(const Core::WebhookDelivery &delivery);
// The fields of a POST (creating: url and events required) or a PATCH body.
Core::Result<Core::WebhookPatch> webhookPatchFromJson(const QJsonObject &body, bool creating);

// A message's "data": the resource as the API shows it, from the snapshot the outbox trigger
// took (events and comments as GET shows them, the participation with the user, the import
// run as GET /imports/{id} shows it; a ping names its subscription).
QByteArray webhookData(const QString &type, const QByteArray &snapshot);

} // namespace Eventdesk::Api
