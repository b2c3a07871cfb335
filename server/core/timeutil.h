// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Eventdesk::Core {

// Times are stored as UTC milliseconds since the epoch and spoken as RFC 3339 in UTC.
QString toRfc3339(qint64 msecsSinceEpoch);
QString toRfc3339(const QDateTime &dateTime);

// Accepts RFC 3339 (with Z or an offset, optional fraction) and The Eye's
// "2021-01-01 09:15:27.243860" (read as UTC). Rejects impossible dates such as 2021-09-31.
std::optional<QDateTime> parseTimestamp(QStringView text);

qint64 nowMsecs();

} // namespace Eventdesk::Core
