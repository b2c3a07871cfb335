// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "query.h"
#include "problem.h"
#include "timeutil.h"

namespace Eventdesk::Api {

int QueryReader::limit(int fallback, int max)
{
    const QString name = QStringLiteral("limit");
    if (!has(name))
        return fallback;
    bool ok = false;
    const int value = text(name).toInt(&ok);
    if (!ok || value < 1 || value > max) {
        reject(name, QStringLiteral("must be a number from 1 to %1").arg(max));
        return fallback;
    }
    return value;
}

qint64 QueryReader::time(const QString &name)
{
    if (!has(name))
        return 0;
    const auto parsed = Core::parseTimestamp(text(name));
    if (!parsed) {
        reject(name, QStringLiteral("must be an RFC 3339 time, e.g. 2026-11-23T09:15:00Z"));
        return 0;
    }
    return parsed->toMSecsSinceEpoch();
}

bool QueryReader::flag(const QString &name)
{
    if (!has(name))
        return false;
    const QString value = text(name).toLower();
    if (value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value != QLatin1String("false") && value != QLatin1String("0"))
        reject(name, QStringLiteral("must be true or false"));
    return false;
}

qint64 QueryReader::id(const QString &name)
{
    if (!has(name))
        return 0;
    bool ok = false;
    const qint64 value = text(name).toLongLong(&ok);
    if (!ok || value <= 0) {
        reject(name, QStringLiteral("must be a positive integer id"));
        return 0;
    }
    return value;
}

QList<qint64> QueryReader::ids(const QString &name, int max)
{
    QList<qint64> values;
    if (!has(name))
        return values;
    const QStringList parts = text(name).split(u',');
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 value = part.toLongLong(&ok);
        if (!ok || value <= 0 || values.size() >= max) {
            reject(name,
                QStringLiteral("must be up to %1 positive integer ids, comma-separated").arg(max));
            return {};
        }
        values.append(value);
    }
    return values;
}

void QueryReader::reject(const QString &name, const QString &message)
{
    m_fields.append({name, message});
}

QString QueryReader::cursorMessage()
{
    return QStringLiteral("is not a cursor from a previous page");
}

Core::Result<void> QueryReader::result() const
{
    if (m_fields.isEmpty())
        return {};
    return badRequest(QStringLiteral("invalid_query"),
        QStringLiteral("The query parameters are not valid."), m_fields);
}

} // namespace Eventdesk::Api
