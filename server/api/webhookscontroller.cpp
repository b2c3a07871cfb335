// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookscontroller.h"
#include "query.h"
#include "webhookjson.h"
#include "webhookservice.h"

#include <QJsonArray>

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

WebhooksController::WebhooksController(WebhookService &webhooks, AuthService &auth)
    : m_webhooks(webhooks)
    , m_auth(auth)
{ }

void WebhooksController::registerRoutes(Router &router, const ServerContext &)
{
    router.authenticateUsersWith(m_auth);
    router.setDefaultRuns(Runs::Database); // every route reads or writes the database
    const Policy user {.access = Access::User};
    const Policy userJson {.access = Access::User, .body = Body::Json};
    const QString base = QStringLiteral("/api/v1/webhooks");
    const QString one = base + QStringLiteral("/{id:id}");
    /// The signed-in user's webhook subscriptions (secrets are never shown again).
    router.add(Method::Get, base, user, [this](const Request &r) { return list(r); });
    /// Subscribes a URL to change types; the answer holds the signing secret, shown this once.
    router.add(Method::Post, base, userJson, [this](const Request &r) { return create(r); });
    /// One subscription, with its state (enabled, why disabled, failing since).
    router.add(Method::Get, one, user, [this](const Request &r) { return get(r); });
    /// Changes url, events, description or enabled (re-enabling clears the failure state).
    router.add(Method::Patch, one, userJson, [this](const Request &r) { return update(r); });
    /// Deletes a subscription and its delivery log.
    router.add(Method::Delete, one, user, [this](const Request &r) { return remove(r); });
    /// Queues a signed ping message to the subscription's URL.
    router.add(Method::Post, one + QStringLiteral("/ping"), user,
        [this](const Request &r) { return ping(r); });
    /// The delivery log, newest first: type, status, HTTP status, attempts, latency, next attempt.
    router.add(Method::Get, one + QStringLiteral("/deliveries"),
        {.access = Access::User, .query = {QStringLiteral("limit"), QStringLiteral("cursor")}},
        [this](const Request &r) { return deliveries(r); });
    /// Sends a delivery again now, with the same webhook-id.
    router.add(Method::Post, one + QStringLiteral("/deliveries/{delivery:id}/redeliver"), user,
        [this](const Request &r) { return redeliver(r); });
}

Reply WebhooksController::list(const Request &request)
{
    auto webhooks = m_webhooks.list(Actor::api(request.caller()));
    if (!webhooks)
        return webhooks.error();
    QJsonArray items;
    for (const Webhook &webhook : std::as_const(*webhooks))
        items.append(webhookToJson(webhook));
    return Response::json(QJsonObject {
        {QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

Reply WebhooksController::create(const Request &request)
{
    auto patch = webhookPatchFromJson(request.json.toObject(), true);
    if (!patch)
        return patch.error();
    auto created = m_webhooks.create(Actor::api(request.caller()), *patch->url, *patch->events,
        patch->description.value_or(QString()));
    if (!created)
        return created.error();
    Response response = Response::json(webhookToJson(*created, true));
    response.created("/api/v1/webhooks/" + QByteArray::number(created->id))
        .withHeader("Cache-Control", "no-store");
    return response;
}

Reply WebhooksController::get(const Request &request)
{
    auto webhook = m_webhooks.get(Actor::api(request.caller()), request.id());
    if (!webhook)
        return webhook.error();
    return Response::json(webhookToJson(*webhook));
}

Reply WebhooksController::update(const Request &request)
{
    auto patch = webhookPatchFromJson(request.json.toObject(), false);
    if (!patch)
        return patch.error();
    auto updated = m_webhooks.update(Actor::api(request.caller()), request.id(), *patch);
    if (!updated)
        return updated.error();
    return Response::json(webhookToJson(*updated));
}

Reply WebhooksController::remove(const Request &request)
{
    if (auto removed = m_webhooks.remove(Actor::api(request.caller()), request.id()); !removed)
        return removed.error();
    return Response::noContent();
}

Reply WebhooksController::ping(const Request &request)
{
    auto queued = m_webhooks.ping(Actor::api(request.caller()), request.id());
    if (!queued)
        return queued.error();
    Response response = Response::json(QJsonObject {{QStringLiteral("queued"), true}});
    response.accepted();
    return response;
}

Reply WebhooksController::deliveries(const Request &request)
{
    QueryReader query(request);
    const int limit = query.limit();
    qint64 before = 0;
    if (query.has(QStringLiteral("cursor"))) {
        bool ok = false;
        before = query.text(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || before < 1)
            query.rejectCursor();
    }
    if (auto valid = query.result(); !valid)
        return valid.error();
    auto rows
        = m_webhooks.deliveries(Actor::api(request.caller()), request.id(), before, limit + 1);
    if (!rows)
        return rows.error();
    QJsonArray items;
    for (int i = 0; i < rows->size() && i < limit; ++i)
        items.append(deliveryToJson(rows->at(i)));
    const QJsonValue next
        = rows->size() > limit ? QJsonValue(QString::number(rows->at(limit - 1).id)) : QJsonValue();
    return Response::json(
        QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}});
}

Reply WebhooksController::redeliver(const Request &request)
{
    auto again = m_webhooks.redeliver(
        Actor::api(request.caller()), request.id(), request.id(QStringLiteral("delivery")));
    if (!again)
        return again.error();
    Response response = Response::json(deliveryToJson(*again));
    response.accepted();
    return response;
}

} // namespace Eventdesk::Api
