// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentscontroller.h"
#include "eventjson.h"
#include "eventscontroller.h"
#include "eventservice.h"
#include "query.h"

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

CommentsController::CommentsController(AuthService &auth, EventService &events)
    : m_auth(auth)
    , m_events(events)
{ }

void CommentsController::registerRoutes(Router &router, const ServerContext &)
{
    router.authenticateUsersWith(m_auth);
    router.setDefaultRuns(Runs::Database); // every route reads or writes the database
    /// The comments of an event, oldest first.
    router.add(Method::Get, QStringLiteral("/api/v1/events/{id:id}/comments"),
        {.query = {QStringLiteral("limit"), QStringLiteral("cursor")}},
        [this](const Request &r) { return list(r); });
    /// Adds a comment to an event; 201 with Location.
    router.add(Method::Post, QStringLiteral("/api/v1/events/{id:id}/comments"),
        {.access = Access::User, .body = Body::Json},
        [this](const Request &r) { return create(r); });
    /// Edits a comment (author only).
    router.add(Method::Patch, QStringLiteral("/api/v1/comments/{id:id}"),
        {.access = Access::User, .body = Body::Json}, [this](const Request &r) { return edit(r); });
    /// Deletes a comment (author only).
    router.add(Method::Delete, QStringLiteral("/api/v1/comments/{id:id}"), {.access = Access::User},
        [this](const Request &r) { return remove(r); });
}

Reply CommentsController::list(const Request &request)
{
    QueryReader reader(request);
    const int limit = reader.limit(EventLimits::pageDefault, EventLimits::pageMax);
    if (auto valid = reader.result(); !valid)
        return valid.error();
    auto page = m_events.comments(request.id(), limit, reader.text(QStringLiteral("cursor")));
    if (!page)
        return page.error();
    const QByteArray body = encodeCommentPage(*page);
    return listPage(request, body, bodyETag(body));
}

Reply CommentsController::create(const Request &request)
{
    auto body = decodeCommentBody(request.json.toObject());
    if (!body)
        return body.error();
    auto comment = m_events.addComment(request.id(), request.userId(), *body);
    if (!comment)
        return comment.error();
    return Response::rawJson(encodeComment(*comment))
        .created("/api/v1/comments/" + QByteArray::number(comment->id));
}

Reply CommentsController::edit(const Request &request)
{
    auto body = decodeCommentBody(request.json.toObject());
    if (!body)
        return body.error();
    auto comment = m_events.editComment(request.id(), request.userId(), *body);
    if (!comment)
        return comment.error();
    return Response::rawJson(encodeComment(*comment));
}

Reply CommentsController::remove(const Request &request)
{
    auto removed = m_events.removeComment(request.id(), request.userId());
    if (!removed)
        return removed.error();
    return Response::noContent();
}

} // namespace Eventdesk::Api
