// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Eventdesk::Api {

// JSON of events and comments. Encoding is hand-written (QJsonDocument dominated list
// endpoints); decoding goes through the already parsed QJsonObject. Pure functions.
void appendJsonString(QByteArray &out, QStringView text);
// "2026-11-23T09:15:27.243Z" with the quotes, exactly as Core::toRfc3339 writes it.
void appendTimestamp(QByteArray &out, qint64 msecsSinceEpoch);
void appendEvent(QByteArray &out, const Core::Event &event);
QByteArray encodeEvent(const Core::Event &event);
QByteArray encodeEventPage(const Core::EventPage &page);
QByteArray encodeParticipation(const Core::Participation &participation);
void appendComment(QByteArray &out, const Core::Comment &comment);
QByteArray encodeComment(const Core::Comment &comment);
QByteArray encodeCommentPage(const Core::CommentPage &page);

// A POST body (partial = false: title and starts_at required) or a PATCH body applied over
// `base`. Type errors come back as field errors; unknown and read-only fields are ignored.
Core::Result<Core::EventDraft> decodeDraft(
    const QJsonObject &body, Core::EventDraft base, bool partial);
Core::Result<QString> decodeCommentBody(const QJsonObject &body);

// Strong ETag of an event version: "3".
QByteArray eventETag(qint64 version);
// The versions an If-Match header names; nullopt for "*" (any). A malformed header names none.
std::optional<QList<qint64>> parseIfMatch(const QByteArray &header);

} // namespace Eventdesk::Api
