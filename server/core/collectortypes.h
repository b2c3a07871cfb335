// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Eventdesk::Core {

// A trusted client of the collector. Its key is shown once at creation; only the SHA-256 stays.
struct App
{
    qint64 id = 0;
    QString name;
    qint64 ownerId = 0; // 0: created in the window
    QString keyHint;    // the first characters of the key, to tell keys apart
    QStringList scopes;
    qint64 revokedAt = 0; // 0: active
    qint64 createdAt = 0;
    bool isRevoked() const { return revokedAt != 0; }
};

struct CreatedApp
{
    App app;
    QString key; // shown once
};

// An event that passed validation, waiting for the writer.
// Text is UTF-8, as it is bound to SQLite: the event was read from UTF-8 and is written as such.
struct PendingEvent
{
    qint64 appId = 0;
    QByteArray sessionId;
    QByteArray category;
    QByteArray name;
    QByteArray data; // compact JSON object
    qint64 occurredAt = 0;
    qint64 receivedAt = 0;
    QByteArray clientEventId; // empty: none
};

// A rejected event, stored raw with its reasons.
struct PendingError
{
    qint64 appId = 0;
    qint64 receivedAt = 0;
    QByteArray payload;
    QList<FieldError> reasons;
};

// What the writer did with one PendingEvent.
struct WriteResult
{
    qint64 id = 0;          // the stored row (the earlier one for a duplicate)
    bool duplicate = false; // the client event id was already stored for this app
};

struct TrackedEvent
{
    qint64 id = 0;
    qint64 appId = 0;
    QString sessionId;
    QString category;
    QString name;
    QByteArray data; // compact JSON object
    qint64 occurredAt = 0;
    qint64 receivedAt = 0;
    QString clientEventId;
};

struct TrackingError
{
    qint64 id = 0;
    qint64 appId = 0;
    qint64 receivedAt = 0;
    QByteArray payload;
    QList<FieldError> reasons;
};

struct EventType
{
    QString category;
    QString name;
    QJsonObject rules;
    bool builtIn = false;
    qint64 updatedAt = 0;
};

struct MinuteCount
{
    qint64 minute = 0; // UTC ms at the start of the minute
    QString category;
    QString name;
    qint64 count = 0;
};

struct CollectorSettings
{
    bool strictTypes = false;  // reject events whose type has no rules
    qint64 maxSkewMs = 10'000; // how far in the future a timestamp may be
};

// Filters of the event list; empty strings and zeros mean "any". Newest first unless ascending.
struct TrackQuery
{
    QString sessionId;
    QString category;
    QString name;
    qint64 appId = 0;
    std::optional<QList<qint64>> onlyApps; // set: these apps' events only (a member's own)
    qint64 from = 0;                       // occurred_at >= from (0: unbounded)
    qint64 to = 0;                         // occurred_at < to (0: unbounded)
    int limit = 50;
    bool ascending = false;
    // Keyset cursor: the last row of the previous page.
    bool hasCursor = false;
    qint64 cursorTime = 0;
    qint64 cursorId = 0;
};

struct ErrorQuery
{
    qint64 appId = 0;
    std::optional<QList<qint64>> onlyApps; // set: these apps' errors only (a member's own)
    qint64 from = 0;                       // received_at
    qint64 to = 0;
    int limit = 50;
    qint64 beforeId = 0; // cursor: rows with a smaller id (newest first)
};

} // namespace Eventdesk::Core
