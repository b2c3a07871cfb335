// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookservice.h"
#include "changehub.h"
#include "timeutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <sodium.h>

namespace Eventdesk::Core {

namespace {

constexpr int urlMax = 2048;
constexpr int descriptionMax = 500;

Error invalidWebhook(const QList<FieldError> &fields)
{
    return Error::invalid(QStringLiteral("invalid_webhook"),
        QStringLiteral("The webhook has invalid fields."), fields);
}

} // namespace

WebhookService::WebhookService(WebhookStore &store, ChangeHub &changes)
    : m_store(store)
    , m_changes(changes)
{ }

QString WebhookService::generateSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QStringLiteral("whsec_") + QString::fromLatin1(bytes.toBase64());
}

QByteArray WebhookService::secretKey(const QString &secret)
{
    const QString encoded = secret.startsWith(QStringLiteral("whsec_")) ? secret.mid(6) : secret;
    return QByteArray::fromBase64(encoded.toLatin1());
}

QByteArray WebhookService::sign(
    const QString &secret, const QByteArray &id, qint64 timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secretKey(secret));
    mac.addData(id);
    mac.addData(".");
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".");
    mac.addData(body);
    return "v1," + mac.result().toBase64();
}

QList<FieldError> WebhookService::validate(const QString &url, const QStringList &events)
{
    QList<FieldError> fields;
    const QUrl parsed(url, QUrl::StrictMode);
    if (url.size() > urlMax)
        fields.append(
            {QStringLiteral("url"), QStringLiteral("must be at most %1 characters").arg(urlMax)});
    else if (!parsed.isValid()
        || (parsed.scheme() != QStringLiteral("http") && parsed.scheme() != QStringLiteral("https"))
        || parsed.host().isEmpty() || !parsed.userInfo().isEmpty())
        fields.append({QStringLiteral("url"),
            QStringLiteral("must be an http or https URL with a host and no user info")});
    if (events.isEmpty())
        fields.append({QStringLiteral("events"), QStringLiteral("must name at least one type")});
    const QStringList known = WebhookTypes::all();
    for (const QString &type : events) {
        if (!known.contains(type)) {
            fields.append({QStringLiteral("events"),
                QStringLiteral("unknown type \"%1\"; known: %2").arg(type, known.join(u", "))});
            break;
        }
    }
    return fields;
}

void WebhookService::changed(qint64 id)
{
    m_changes.notify(ChangeHub::Topic::Webhooks, id);
}

Result<Webhook> WebhookService::create(
    const Actor &actor, const QString &url, const QStringList &events, const QString &description)
{
    if (actor.user.id == 0)
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
            QStringLiteral("Sign in to add webhooks."));
    QList<FieldError> fields = validate(url, events);
    if (description.size() > descriptionMax)
        fields.append({QStringLiteral("description"),
            QStringLiteral("must be at most %1 characters").arg(descriptionMax)});
    if (!fields.isEmpty())
        return invalidWebhook(fields);
    Webhook webhook;
    webhook.ownerId = actor.user.id;
    webhook.url = url;
    webhook.description = description;
    webhook.events = events;
    webhook.events.removeDuplicates();
    webhook.secret = generateSecret();
    webhook.createdAt = webhook.updatedAt = nowMsecs();
    auto created = m_store.createWebhook(webhook);
    if (created)
        changed(created->id);
    return created;
}

Result<QList<Webhook>> WebhookService::list(const Actor &actor)
{
    if (actor.user.id == 0)
        return QList<Webhook> {};
    return m_store.webhooks(actor.user.id);
}

Result<Webhook> WebhookService::owned(const Actor &actor, qint64 id)
{
    auto webhook = m_store.webhook(id);
    // Someone else's subscription does not exist for this user.
    if (webhook && (actor.user.id == 0 || webhook->ownerId != actor.user.id))
        return Error::notFound(QStringLiteral("There is no webhook %1.").arg(id));
    return webhook;
}

Result<Webhook> WebhookService::get(const Actor &actor, qint64 id)
{
    return owned(actor, id);
}

Result<Webhook> WebhookService::update(const Actor &actor, qint64 id, const WebhookPatch &patch)
{
    auto webhook = owned(actor, id);
    if (!webhook)
        return webhook;
    Webhook next = *webhook;
    if (patch.url)
        next.url = *patch.url;
    if (patch.events)
        next.events = *patch.events;
    if (patch.description)
        next.description = *patch.description;
    QList<FieldError> fields = validate(next.url, next.events);
    if (next.description.size() > descriptionMax)
        fields.append({QStringLiteral("description"),
            QStringLiteral("must be at most %1 characters").arg(descriptionMax)});
    if (!fields.isEmpty())
        return invalidWebhook(fields);
    next.events.removeDuplicates();
    if (patch.enabled && *patch.enabled != webhook->enabled) {
        next.enabled = *patch.enabled;
        next.disabledReason = next.enabled ? QString() : QStringLiteral("owner");
        next.disabledAt = next.enabled ? 0 : nowMsecs();
        next.failingSince = 0;
    }
    next.updatedAt = nowMsecs();
    auto updated = m_store.updateWebhook(next);
    if (updated)
        changed(id);
    return updated;
}

Result<void> WebhookService::remove(const Actor &actor, qint64 id)
{
    auto webhook = owned(actor, id);
    if (!webhook)
        return webhook.error();
    auto removed = m_store.removeWebhook(id);
    if (removed)
        changed(id);
    return removed;
}

Result<qint64> WebhookService::ping(const Actor &actor, qint64 id)
{
    auto webhook = owned(actor, id);
    if (!webhook)
        return webhook.error();
    const QByteArray snapshot = QJsonDocument(
        QJsonObject {{QStringLiteral("webhook_id"),
            id}}).toJson(QJsonDocument::Compact);
    auto queued = m_store.enqueuePing(id, snapshot, nowMsecs());
    if (queued)
        changed(id);
    return queued;
}

Result<QList<WebhookDelivery>> WebhookService::deliveries(
    const Actor &actor, qint64 id, qint64 beforeId, int limit)
{
    auto webhook = owned(actor, id);
    if (!webhook)
        return webhook.error();
    return m_store.deliveries(id, beforeId, qBound(1, limit, 500));
}

Result<WebhookDelivery> WebhookService::redeliver(const Actor &actor, qint64 id, qint64 deliveryId)
{
    auto webhook = owned(actor, id);
    if (!webhook)
        return webhook.error();
    auto delivery = m_store.delivery(deliveryId);
    if (!delivery || delivery->webhookId != id)
        return Error::notFound(
            QStringLiteral("Webhook %1 has no delivery %2.").arg(id).arg(deliveryId));
    auto again = m_store.redeliver(deliveryId, nowMsecs());
    if (again)
        changed(id);
    return again;
}

} // namespace Eventdesk::Core
