// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

namespace Eventdesk::Api {

// The pieces of hand-written JSON shared by every list endpoint (QJsonDocument dominated them).
// A JSON string literal, quotes included, escaped per RFC 8259.
void appendJsonString(QByteArray &out, QStringView text);
// "2026-11-23T09:15:27.243Z" with the quotes, exactly as Core::toRfc3339 writes it.
void appendTimestamp(QByteArray &out, qint64 msecsSinceEpoch);
// `value` as exactly `width` decimal digits, zero-padded.
void appendDigits(QByteArray &out, unsigned value, int width);
// Civil date (proleptic Gregorian, UTC) of a day count since 1970-01-01.
void civilFromDays(qint64 days, int *year, unsigned *month, unsigned *day);

} // namespace Eventdesk::Api
