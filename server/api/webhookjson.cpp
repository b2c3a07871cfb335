// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookjson.h"
#include "event.h"
#include "eventjson.h"
#include "feedjson.h"
#include "feedstore.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms ? QJsonValue(toRfc3339(ms)) : QJsonValue();
}

std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

std::optional<double> optionalReal(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QString handle(const QJsonValue &email)
{
    return email.toString().section(u'@', 0, 0);
}

Event eventFromSnapshot(const QJsonObject &o)
{
    Event e;
    e.id = o.value(u"id").toInteger();
    e.title = o.value(u"title").toString();
    e.description = o.value(u"description").toString();
    e.startsAt = o.value(u"starts_at").toInteger();
    e.endsAt = optionalInteger(o.value(u"ends_at"));
    e.location = o.value(u"location").toString();
    e.category = o.value(u"category").toString();
    e.ownerId = o.value(u"owner_id").toInteger();
    e.ownerHandle = handle(o.value(u"owner_email"));
    e.source = o.value(u"source").toString();
    e.externalId = o.value(u"external_id").toString();
    e.minPrice = optionalReal(o.value(u"min_price"));
    e.maxPrice = optionalReal(o.value(u"max_price"));
    e.soldOut = o.value(u"sold_out").toInteger() != 0;
    e.participantCount = o.value(u"participant_count").toInteger();
    e.version = o.value(u"version").toInteger();
    e.createdAt = o.value(u"created_at").toInteger();
    e.updatedAt = o.value(u"updated_at").toInteger();
    return e;
}

Comment commentFromSnapshot(const QJsonObject &o)
{
    Comment c;
    c.id = o.value(u"id").toInteger();
    c.eventId = o.value(u"event_id").toInteger();
    c.authorId = o.value(u"author_id").toInteger();
    c.authorName = o.value(u"author_email").isString() ? handle(o.value(u"author_email"))
                                                       : o.value(u"author_name").toString();
    c.body = o.value(u"body").toString();
    c.source = o.value(u"source").toString();
    c.createdAt = o.value(u"created_at").toInteger();
    c.updatedAt = o.value(u"updated_at").toInteger();
    return c;
}

ImportRun importFromSnapshot(const QJsonObject &o)
{
    ImportRun r;
    r.id = o.value(u"id").toInteger();
    r.feedId = o.value(u"feed_id").toInteger();
    r.source = o.value(u"source").toString();
    r.format = feedFormatFromName(o.value(u"format").toString());
    r.status = o.value(u"status").toString();
    r.added = o.value(u"added").toInt();
    r.updated = o.value(u"updated").toInt();
    r.unchanged = o.value(u"unchanged").toInt();
    r.skipped = o.value(u"skipped").toInt();
    r.errorCode = o.value(u"error_code").toString();
    const QJsonArray errors = o.value(u"errors").toArray();
    for (const QJsonValue &error : errors)
        r.errors.append(error.toString());
    r.bytes = o.value(u"bytes").toInteger();
    r.startedAt = o.value(u"started_at").toInteger();
    r.finishedAt = o.value(u"finished_at").toInteger();
    r.fetchMs = o.value(u"fetch_ms").toInteger();
    r.parseMs = o.value(u"parse_ms").toInteger();
    r.commitMs = o.value(u"commit_ms").toInteger();
    return r;
}

} // namespace

QJsonObject webhookToJson(const Webhook &w, bool withSecret)
{
    QJsonObject o {
        {QStringLiteral("id"), w.id},
        {QStringLiteral("url"), w.url},
        {QStringLiteral("description"), w.description},
        {QStringLiteral("events"), QJsonArray::fromStringList(w.events)},
        {QStringLiteral("enabled"), w.enabled},
        {QStringLiteral("disabled_reason"),
            w.disabledReason.isEmpty() ? QJsonValue() : QJsonValue(w.disabledReason)},
        {QStringLiteral("disabled_at"), timeOrNull(w.disabledAt)},
        {QStringLiteral("failing_since"), timeOrNull(w.failingSince)},
        {QStringLiteral("created_at"), timeOrNull(w.createdAt)},
        {QStringLiteral("updated_at"), timeOrNull(w.updatedAt)},
    };
    if (withSecret)
        o.insert(QStringLiteral("secret"), w.secret);
    return o;
}

QJsonObject deliveryToJson(const WebhookDelivery &d)
{
    return QJsonObject {
        {QStringLiteral("id"), d.id},
        {QStringLiteral("webhook_id"), d.webhookId},
        {QStringLiteral("message_id"), QStringLiteral("msg_%1").arg(d.id)},
        {QStringLiteral("type"), d.type},
        {QStringLiteral("status"), d.status},
        {QStringLiteral("http_status"), d.lastCode ? QJsonValue(d.lastCode) : QJsonValue()},
        {QStringLiteral("error"), d.lastError.isEmpty() ? QJsonValue() : QJsonValue(d.lastError)},
        {QStringLiteral("attempts"), d.attempts},
        {QStringLiteral("latency_ms"), d.attempts ? QJsonValue(d.latencyMs) : QJsonValue()},
        {QStringLiteral("next_attempt_at"),
            d.status == u"pending" ? timeOrNull(d.nextAttemptAt) : QJsonValue()},
        {QStringLiteral("created_at"), timeOrNull(d.createdAt)},
        {QStringLiteral("finished_at"), timeOrNull(d.finishedAt)},
    };
}

Result<WebhookPatch> webhookPatchFromJson(const QJsonObject &body, bool creating)
{
    QList<FieldError> fields;
    WebhookPatch patch;
    const QJsonValue url = body.value(u"url");
    if (url.isString())
        patch.url = url.toString();
    else if (creating || !url.isUndefined())
        fields.append({QStringLiteral("url"), QStringLiteral("must be a string")});
    const QJsonValue events = body.value(u"events");
    if (events.isArray()) {
        QStringList types;
        const QJsonArray array = events.toArray();
        for (const QJsonValue &type : array) {
            if (!type.isString()) {
                fields.append({QStringLiteral("events"), QStringLiteral("must hold strings")});
                break;
            }
            types.append(type.toString());
        }
        patch.events = types;
    } else if (creating || !events.isUndefined()) {
        fields.append({QStringLiteral("events"),
            QStringLiteral("must be a list of types such as [\"event.created\"]")});
    }
    const QJsonValue description = body.value(u"description");
    if (description.isString())
        patch.description = description.toString();
    else if (!description.isUndefined() && !description.isNull())
        fields.append({QStringLiteral("description"), QStringLiteral("must be a string")});
    const QJsonValue enabled = body.value(u"enabled");
    if (enabled.isBool())
        patch.enabled = enabled.toBool();
    else if (!enabled.isUndefined())
        fields.append({QStringLiteral("enabled"), QStringLiteral("must be true or false")});
    if (!fields.isEmpty())
        return Error::invalid(QStringLiteral("invalid_webhook"),
            QStringLiteral("The webhook has invalid fields."), fields);
    return patch;
}

QByteArray webhookData(const QString &type, const QByteArray &snapshot)
{
    const QJsonObject o = QJsonDocument::fromJson(snapshot).object();
    if (type.startsWith(u"event."))
        return encodeEvent(eventFromSnapshot(o));
    if (type.startsWith(u"comment."))
        return encodeComment(commentFromSnapshot(o));
    if (type.startsWith(u"participation.")) {
        QJsonObject data {
            {QStringLiteral("event_id"), o.value(u"event_id")},
            {QStringLiteral("user"), handle(o.value(u"user_email"))},
            {QStringLiteral("joined"), o.value(u"joined").toBool()},
            {QStringLiteral("participant_count"), o.value(u"participant_count")},
        };
        return QJsonDocument(data).toJson(QJsonDocument::Compact);
    }
    if (type == u"import.finished")
        return QJsonDocument(importToJson(importFromSnapshot(o))).toJson(QJsonDocument::Compact);
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // ping
}

} // namespace Eventdesk::Api
