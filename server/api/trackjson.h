// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectortypes.h"
#include "jsonwriter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringView>

#include <optional>

namespace Eventdesk::Api::TrackJson {

QByteArray encodeEvent(const Core::TrackedEvent &event);
QByteArray encodeError(const Core::TrackingError &error);
QByteArray encodeReasons(const QList<Core::FieldError> &reasons);
QJsonObject encodeApp(const Core::App &app);
QJsonObject encodeType(const Core::EventType &type);

// Opaque keyset cursors.
QByteArray encodeCursor(qint64 time, qint64 id);
std::optional<std::pair<qint64, qint64>> decodeCursor(QStringView cursor);

} // namespace Eventdesk::Api::TrackJson
