// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"

#include <QStringList>

#include <variant>

namespace Eventdesk::Api {

// What a route expects in its body. Json routes get 415 for another Content-Type and 400 for
// malformed JSON before their handler runs; the parsed document is in RouteMatch::json.
enum class Body { None, Json, Any };

struct Route
{
    Method method = Method::Get;
    QString pattern; // "/api/v1/events/{id}"
    Body body = Body::None;
    std::variant<Handler, AsyncHandler> handler;
    QStringList segments;
};

// Matches method and path against the registered patterns. An unknown path is 404; a known
// path with another method is 405 with the Allow list.
class Router
{
public:
    void add(Method method, const QString &pattern, Handler handler, Body body = Body::None);
    void addAsync(
        Method method, const QString &pattern, AsyncHandler handler, Body body = Body::None);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QList<Method> allowed; // filled when the path exists under other methods
    };
    Match match(Method method, QStringView path) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    void insert(Route route);
    static bool matches(
        const Route &route, const QList<QStringView> &parts, QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace Eventdesk::Api
