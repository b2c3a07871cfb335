// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeutil.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Eventdesk::Core {

QString toRfc3339(qint64 msecsSinceEpoch)
{
    return toRfc3339(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc()));
}

QString toRfc3339(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

qint64 nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?)"
                       R"((Z|z|[+-]\d{2}:\d{2})?$)"));
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
        match.capturedView(3).toInt());
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
        match.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int msecs = 0;
    if (match.hasCaptured(7)) {
        const QString fraction = QString(match.captured(7) + QStringLiteral("00")).left(3);
        msecs = fraction.toInt();
    }
    int offsetSeconds = 0;
    const QStringView zone = match.capturedView(8);
    if (zone.size() == 6) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.front() == u'-' ? -1 : 1);
    }
    QDateTime result(date, time.addMSecs(msecs), QTimeZone::utc());
    return result.addSecs(-offsetSeconds);
}

} // namespace Eventdesk::Core
