// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectortypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringView>

#include <optional>

namespace Eventdesk::Api::TrackJson {

// The collector's JSON, written by hand: lists and ingest answers are hot paths, and stored
// event data is already JSON text that is copied through without being parsed again.
void appendString(QByteArray &out, QStringView text);

QByteArray encodeEvent(const Core::TrackedEvent &event);
QByteArray encodeError(const Core::TrackingError &error);
QByteArray encodeReasons(const QList<Core::FieldError> &reasons);
QJsonObject encodeApp(const Core::App &app);
QJsonObject encodeType(const Core::EventType &type);

// Opaque keyset cursors.
QByteArray encodeCursor(qint64 time, qint64 id);
std::optional<std::pair<qint64, qint64>> decodeCursor(QStringView cursor);

} // namespace Eventdesk::Api::TrackJson
