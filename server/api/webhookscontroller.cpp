// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookscontroller.h"
#include "bearerauth.h"
#include "problem.h"
#include "webhookjson.h"
#include "webhookservice.h"

#include <QJsonArray>

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

namespace {

// The signed-in user and the subscription the path names.
struct Target
{
    qint64 userId = 0;
    qint64 id = 0;
};

Result<Target> target(AuthService &auth, const Request &request)
{
    auto user = requireUser(auth, request);
    if (!user)
        return user.error();
    const auto id = request.idParam();
    if (!id)
        return Error::notFound(
            QStringLiteral("There is no webhook %1.").arg(request.param(QStringLiteral("id"))));
    return Target {user->id, *id};
}

} // namespace

WebhooksController::WebhooksController(WebhookService &webhooks, AuthService &auth)
    : m_webhooks(webhooks)
    , m_auth(auth)
{ }

void WebhooksController::registerRoutes(Router &router, const ServerContext &)
{
    const QString base = QStringLiteral("/api/v1/webhooks");
    /// The signed-in user's webhook subscriptions (secrets are never shown again).
    router.add(Method::Get, base, [this](const Request &r) { return list(r); });
    /// Subscribes a URL to change types; the answer holds the signing secret, shown this once.
    router.add(
        Method::Post, base, [this](const Request &r) { return create(r); }, Body::Json);
    /// One subscription, with its state (enabled, why disabled, failing since).
    router.add(
        Method::Get, base + QStringLiteral("/{id}"), [this](const Request &r) { return get(r); });
    /// Changes url, events, description or enabled (re-enabling clears the failure state).
    router.add(
        Method::Patch, base + QStringLiteral("/{id}"),
        [this](const Request &r) { return update(r); }, Body::Json);
    /// Deletes a subscription and its delivery log.
    router.add(Method::Delete, base + QStringLiteral("/{id}"),
        [this](const Request &r) { return remove(r); });
    /// Queues a signed ping message to the subscription's URL.
    router.add(Method::Post, base + QStringLiteral("/{id}/ping"),
        [this](const Request &r) { return ping(r); });
    /// The delivery log, newest first: type, status, HTTP status, attempts, latency, next attempt.
    router.add(Method::Get, base + QStringLiteral("/{id}/deliveries"),
        [this](const Request &r) { return deliveries(r); });
    /// Sends a delivery again now, with the same webhook-id.
    router.add(Method::Post, base + QStringLiteral("/{id}/deliveries/{delivery}/redeliver"),
        [this](const Request &r) { return redeliver(r); });
}

Response WebhooksController::list(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    auto webhooks = m_webhooks.list(user->id);
    if (!webhooks)
        return problem(webhooks.error());
    QJsonArray items;
    for (const Webhook &webhook : std::as_const(*webhooks))
        items.append(webhookToJson(webhook));
    return Response::json(QJsonObject {
        {QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

Response WebhooksController::create(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    auto patch = webhookPatchFromJson(request.json.toObject(), true);
    if (!patch)
        return problem(patch.error());
    auto created = m_webhooks.create(
        user->id, *patch->url, *patch->events, patch->description.value_or(QString()));
    if (!created)
        return problem(created.error());
    Response response = Response::json(webhookToJson(*created, true), 201);
    response.withHeader("Location", "/api/v1/webhooks/" + QByteArray::number(created->id));
    response.withHeader("Cache-Control", "no-store");
    return response;
}

Response WebhooksController::get(const Request &request)
{
    auto hook = target(m_auth, request);
    if (!hook)
        return problem(hook.error());
    auto webhook = m_webhooks.get(hook->id, hook->userId);
    if (!webhook)
        return problem(webhook.error());
    return Response::json(webhookToJson(*webhook));
}

Response WebhooksController::update(const Request &request)
{
    auto hook = target(m_auth, request);
    if (!hook)
        return problem(hook.error());
    auto patch = webhookPatchFromJson(request.json.toObject(), false);
    if (!patch)
        return problem(patch.error());
    auto updated = m_webhooks.update(hook->id, hook->userId, *patch);
    if (!updated)
        return problem(updated.error());
    return Response::json(webhookToJson(*updated));
}

Response WebhooksController::remove(const Request &request)
{
    auto hook = target(m_auth, request);
    if (!hook)
        return problem(hook.error());
    if (auto removed = m_webhooks.remove(hook->id, hook->userId); !removed)
        return problem(removed.error());
    return Response::noContent();
}

Response WebhooksController::ping(const Request &request)
{
    auto hook = target(m_auth, request);
    if (!hook)
        return problem(hook.error());
    auto queued = m_webhooks.ping(hook->id, hook->userId);
    if (!queued)
        return problem(queued.error());
    return Response::json(QJsonObject {{QStringLiteral("queued"), true}}, 202);
}

Response WebhooksController::deliveries(const Request &request)
{
    auto hook = target(m_auth, request);
    if (!hook)
        return problem(hook.error());
    int limit = 50;
    qint64 before = 0;
    QList<FieldError> fields;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 500)
            fields.append({QStringLiteral("limit"), QStringLiteral("must be 1..500")});
    }
    if (request.hasQuery(QStringLiteral("cursor"))) {
        bool ok = false;
        before = request.queryValue(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || before < 1)
            fields.append({QStringLiteral("cursor"), QStringLiteral("unknown cursor")});
    }
    if (!fields.isEmpty())
        return problem(Error::invalid(QStringLiteral("invalid_query"),
            QStringLiteral("The query has invalid parameters."), fields));
    auto rows = m_webhooks.deliveries(hook->id, hook->userId, before, limit + 1);
    if (!rows)
        return problem(rows.error());
    QJsonArray items;
    for (int i = 0; i < rows->size() && i < limit; ++i)
        items.append(deliveryToJson(rows->at(i)));
    const QJsonValue next
        = rows->size() > limit ? QJsonValue(QString::number(rows->at(limit - 1).id)) : QJsonValue();
    return Response::json(
        QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}});
}

Response WebhooksController::redeliver(const Request &request)
{
    auto hook = target(m_auth, request);
    if (!hook)
        return problem(hook.error());
    const auto delivery = request.idParam(QStringLiteral("delivery"));
    if (!delivery)
        return problem(
            404, QStringLiteral("not_found"), QStringLiteral("There is no such delivery."));
    auto again = m_webhooks.redeliver(hook->id, *delivery, hook->userId);
    if (!again)
        return problem(again.error());
    return Response::json(deliveryToJson(*again), 202);
}

} // namespace Eventdesk::Api
