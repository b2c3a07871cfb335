// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"

namespace Eventdesk::Api {

// The one reader of query parameters. Each getter reads one parameter (a default when it is
// absent) and records a field error when it is present but unreadable; result() then gives every
// problem at once as 400 invalid_query. The same mistake reads the same on every route. (Names
// the route does not accept were refused before the handler: Policy::query.)
//
//     QueryReader query(request);
//     const int limit = query.limit();
//     const qint64 from = query.time(QStringLiteral("from"));
//     if (auto valid = query.result(); !valid)
//         return valid.error();
class QueryReader
{
public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 500;

    explicit QueryReader(const Request &request)
        : m_request(request)
    { }

    bool has(const QString &name) const { return m_request.hasQuery(name); }
    QString text(const QString &name) const { return m_request.queryValue(name); }
    // 1 to max; a missing limit is fallback.
    int limit(int fallback = DefaultLimit, int max = MaxLimit);
    // RFC 3339 (or The Eye's "YYYY-MM-DD HH:MM:SS"), as UTC ms; 0 when absent.
    qint64 time(const QString &name);
    // true/1/empty or false/0 (any case); false when absent.
    bool flag(const QString &name);
    // A positive integer id; 0 when absent.
    qint64 id(const QString &name);
    // A comma-separated list of at most max ids.
    QList<qint64> ids(const QString &name, int max);
    // A value the handler could not use (e.g. a cursor it did not issue).
    void reject(const QString &name, const QString &message);
    void rejectCursor() { reject(QStringLiteral("cursor"), cursorMessage()); }
    static QString cursorMessage();

    [[nodiscard]] Core::Result<void> result() const;

private:
    const Request &m_request;
    QList<Core::FieldError> m_fields;
};

} // namespace Eventdesk::Api
