// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentscontroller.h"
#include "eventjson.h"
#include "eventscontroller.h"
#include "eventservice.h"
#include "problem.h"

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

namespace {

Response notFound(const Request &request, const QString &what)
{
    return problem(404, QStringLiteral("not_found"),
        QStringLiteral("There is no %1 %2.").arg(what, request.param(QStringLiteral("id"))));
}

} // namespace

CommentsController::CommentsController(AuthService &auth, EventService &events)
    : m_auth(auth)
    , m_events(events)
{ }

void CommentsController::registerRoutes(Router &router, const ServerContext &)
{
    /// The comments of an event, oldest first.
    router.add(Method::Get, QStringLiteral("/api/v1/events/{id}/comments"),
        [this](const Request &r) { return list(r); });
    /// Adds a comment to an event; 201 with Location.
    router.add(
        Method::Post, QStringLiteral("/api/v1/events/{id}/comments"),
        [this](const Request &r) { return create(r); }, Body::Json);
    /// Edits a comment (author only).
    router.add(
        Method::Patch, QStringLiteral("/api/v1/comments/{id}"),
        [this](const Request &r) { return edit(r); }, Body::Json);
    /// Deletes a comment (author only).
    router.add(Method::Delete, QStringLiteral("/api/v1/comments/{id}"),
        [this](const Request &r) { return remove(r); });
}

Response CommentsController::list(const Request &request)
{
    const auto id = request.idParam();
    if (!id)
        return notFound(request, QStringLiteral("event"));
    int limit = EventLimits::pageDefault;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > EventLimits::pageMax)
            return problem(422, QStringLiteral("invalid_query"),
                QStringLiteral("The list query is invalid."),
                {{QStringLiteral("limit"),
                    QStringLiteral("must be a number from 1 to %1").arg(EventLimits::pageMax)}});
    }
    auto page = m_events.comments(*id, limit, request.queryValue(QStringLiteral("cursor")));
    if (!page)
        return problem(page.error());
    const QByteArray body = encodeCommentPage(*page);
    return listPage(request, body, bodyETag(body));
}

Response CommentsController::create(const Request &request)
{
    auto user = requiredUserId(m_auth, request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return notFound(request, QStringLiteral("event"));
    auto body = decodeCommentBody(request.json.toObject());
    if (!body)
        return problem(body.error());
    auto comment = m_events.addComment(*id, *user, *body);
    if (!comment)
        return problem(comment.error());
    Response response = Response::rawJson(encodeComment(*comment), 201);
    response.withHeader("Location", "/api/v1/comments/" + QByteArray::number(comment->id));
    return response;
}

Response CommentsController::edit(const Request &request)
{
    auto user = requiredUserId(m_auth, request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return notFound(request, QStringLiteral("comment"));
    auto body = decodeCommentBody(request.json.toObject());
    if (!body)
        return problem(body.error());
    auto comment = m_events.editComment(*id, *user, *body);
    if (!comment)
        return problem(comment.error());
    return Response::rawJson(encodeComment(*comment));
}

Response CommentsController::remove(const Request &request)
{
    auto user = requiredUserId(m_auth, request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return notFound(request, QStringLiteral("comment"));
    auto removed = m_events.removeComment(*id, *user);
    if (!removed)
        return problem(removed.error());
    return Response::noContent();
}

} // namespace Eventdesk::Api
