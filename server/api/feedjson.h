// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedstore.h"

#include <QByteArray>
#include <QJsonObject>

namespace Eventdesk::Api {

// Pure JSON codecs of the feeds area, tested without a server.
QJsonObject feedToJson(const Core::Feed &feed);
QJsonObject importToJson(const Core::ImportRun &run);
// Applies the fields present in `body` onto `feed` (POST and PATCH); unknown fields and wrong
// types are reported per field.
Core::Result<Core::Feed> feedFromJson(const QJsonObject &body, Core::Feed feed, bool creating);

// The provider-search contract: {"data":{"events":[...]},"error":null}, written by hand (fast).
QByteArray searchResultJson(const QList<Core::StoredEvent> &events);
QByteArray searchErrorJson(const QString &code, const QString &message);
void appendJsonString(QByteArray &out, const QString &text);

} // namespace Eventdesk::Api
