// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

namespace Eventdesk::Api {

void Router::add(Method method, const QString &pattern, Handler handler, Body body)
{
    insert(Route {method, pattern, body, std::move(handler), {}});
}

void Router::addAsync(Method method, const QString &pattern, AsyncHandler handler, Body body)
{
    insert(Route {method, pattern, body, std::move(handler), {}});
}

void Router::insert(Route route)
{
    route.segments = route.pattern.split(u'/', Qt::SkipEmptyParts);
    m_routes.append(std::move(route));
}

bool Router::matches(
    const Route &route, const QList<QStringView> &parts, QHash<QString, QString> *params)
{
    if (route.segments.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &segment = route.segments.at(i);
        if (segment.startsWith(u'{') && segment.endsWith(u'}')) {
            if (parts.at(i).isEmpty())
                return false;
            if (params)
                params->insert(segment.mid(1, segment.size() - 2), parts.at(i).toString());
        } else if (segment != parts.at(i)) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(Method method, QStringView path) const
{
    QList<QStringView> parts;
    for (QStringView part : path.tokenize(u'/', Qt::SkipEmptyParts))
        parts.append(part);
    // HEAD is served by the GET handler; the adapter drops the body.
    const Method wanted = method == Method::Head ? Method::Get : method;
    Match result;
    for (const Route &route : m_routes) {
        if (!matches(route, parts, nullptr))
            continue;
        if (route.method == wanted && !result.route) {
            result.route = &route;
            matches(route, parts, &result.params);
        } else if (!result.allowed.contains(route.method)) {
            result.allowed.append(route.method);
        }
    }
    return result;
}

} // namespace Eventdesk::Api
