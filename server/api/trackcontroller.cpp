// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackcontroller.h"
#include "bearerauth.h"
#include "collector.h"
#include "jsonview.h"
#include "problem.h"
#include "requestguard.h"
#include "timeutil.h"
#include "trackjson.h"
#include "trackwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>

namespace Eventdesk::Api {

namespace {

using Core::FieldError;

// What happened to one event of a request, in the order sent.
struct Outcome
{
    qsizetype pending = -1; // index into the accepted events, or -1 when rejected
    QList<FieldError> reasons;
};

QByteArray answerBody(const QList<Outcome> &outcomes, const QList<Core::WriteResult> &written)
{
    QByteArray items;
    items.reserve(outcomes.size() * 48);
    int accepted = 0;
    int rejected = 0;
    int duplicates = 0;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const Outcome &outcome = outcomes.at(i);
        if (i)
            items += ',';
        items += "{\"index\":" + QByteArray::number(i);
        if (outcome.pending >= 0) {
            const Core::WriteResult &result = written.at(outcome.pending);
            ++accepted;
            items += ",\"status\":\"accepted\",\"id\":" + QByteArray::number(result.id);
            if (result.duplicate) {
                ++duplicates;
                items += ",\"duplicate\":true";
            }
        } else {
            ++rejected;
            items += ",\"status\":\"rejected\",\"reasons\":"
                + TrackJson::encodeReasons(outcome.reasons);
        }
        items += '}';
    }
    return "{\"accepted\":" + QByteArray::number(accepted)
        + ",\"rejected\":" + QByteArray::number(rejected)
        + ",\"duplicates\":" + QByteArray::number(duplicates) + ",\"results\":[" + items + "]}";
}

Response tooLarge(const QString &code, const QString &detail)
{
    return problem(413, code, detail);
}

// Reads an optional RFC 3339 query parameter; 0 when absent.
bool readTime(const Request &request, const QString &name, qint64 *out, QList<FieldError> *fields)
{
    *out = 0;
    if (!request.hasQuery(name))
        return true;
    const auto parsed = Core::parseTimestamp(request.queryValue(name));
    if (!parsed) {
        fields->append(
            {name, QStringLiteral("must be a time in RFC 3339, e.g. 2026-11-23T09:15:00Z")});
        return false;
    }
    *out = parsed->toMSecsSinceEpoch();
    return true;
}

int readLimit(const Request &request, QList<FieldError> *fields)
{
    if (!request.hasQuery(QStringLiteral("limit")))
        return 50;
    bool ok = false;
    const int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 500) {
        fields->append({QStringLiteral("limit"), QStringLiteral("must be 1 to 500")});
        return 50;
    }
    return limit;
}

// The (time, id) keyset cursor of the event lists (/track/events, /track/sessions/{id}).
void readCursor(const Request &request, Core::TrackQuery *query, QList<FieldError> *fields)
{
    if (!request.hasQuery(QStringLiteral("cursor")))
        return;
    const auto cursor = TrackJson::decodeCursor(request.queryValue(QStringLiteral("cursor")));
    if (!cursor)
        fields->append(
            {QStringLiteral("cursor"), QStringLiteral("is not a cursor from a previous page")});
    else
        std::tie(query->cursorTime, query->cursorId) = *cursor;
    query->hasCursor = bool(cursor);
}

Response badQuery(const QList<FieldError> &fields)
{
    return problem(400, QStringLiteral("invalid_query"),
        QStringLiteral("The query parameters are not valid."), fields);
}

Response eventPage(const QList<Core::TrackedEvent> &events, int limit, const QByteArray &extra = {})
{
    QByteArray body = "{" + extra + "\"items\":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i)
            body += ',';
        body += TrackJson::encodeEvent(events.at(i));
    }
    body += "],\"next_cursor\":";
    if (events.size() == limit) {
        const Core::TrackedEvent &last = events.constLast();
        body += '"' + TrackJson::encodeCursor(last.occurredAt, last.id) + '"';
    } else {
        body += "null";
    }
    body += '}';
    return Response::rawJson(body);
}

} // namespace

void AnswerQueue::push(Responder responder, Response response)
{
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        m_answers.emplace_back(std::move(responder), std::move(response));
        post = !std::exchange(m_flushPosted, true);
    }
    if (post)
        QMetaObject::invokeMethod(
            this, [this] { flush(); }, Qt::QueuedConnection);
}

void AnswerQueue::flush()
{
    std::vector<std::pair<Responder, Response>> answers;
    {
        std::lock_guard lock(m_mutex);
        answers.swap(m_answers);
        m_flushPosted = false;
    }
    for (auto &[responder, response] : answers)
        responder.send(std::move(response));
}

TrackController::TrackController(
    Core::Collector &collector, Core::TrackWriter &writer, Core::AuthService &auth)
    : m_collector(collector)
    , m_writer(writer)
    , m_auth(auth)
{ }

void TrackController::registerRoutes(Router &router, const ServerContext &context)
{
    // EVENTDESK_TRACK_INLINE=1 keeps the whole ingest on the API thread (to compare, see
    // docs/benchmarks.md).
    m_workers = qEnvironmentVariableIsSet("EVENTDESK_TRACK_INLINE") ? nullptr : context.workers;
    /// Ingest: one event or {"batch": [...]} with an app key; 202 once the accepted events are
    /// committed, with each event's outcome.
    router.addAsync(
        Method::Post, QStringLiteral("/api/v1/track"),
        [this](const Request &r, Responder s) { track(r, std::move(s)); }, Body::Any);
    /// Tracked events of the caller's apps (every app for admins), newest first, filtered by
    /// session, type, app and time; keyset paging.
    router.add(Method::Get, QStringLiteral("/api/v1/track/events"),
        [this](const Request &r) { return events(r); });
    /// One session's events in time order.
    router.add(Method::Get, QStringLiteral("/api/v1/track/sessions/{id}"),
        [this](const Request &r) { return session(r); });
    /// Rejected events with their raw payload and reasons, newest first.
    router.add(Method::Get, QStringLiteral("/api/v1/track/errors"),
        [this](const Request &r) { return errors(r); });
    /// Events per minute per type over a time range (for charts).
    router.add(Method::Get, QStringLiteral("/api/v1/track/stats"),
        [this](const Request &r) { return stats(r); });
    /// The event types and their validation rules.
    router.add(Method::Get, QStringLiteral("/api/v1/track/types"),
        [this](const Request &r) { return types(r); });
    /// Creates or replaces the rules of one event type (admins only).
    router.add(
        Method::Put, QStringLiteral("/api/v1/track/types"),
        [this](const Request &r) { return putType(r); }, Body::Json);
    /// Deletes a user-defined event type (?category=&name=; admins only).
    router.add(Method::Delete, QStringLiteral("/api/v1/track/types"),
        [this](const Request &r) { return deleteType(r); });
    /// Strict mode and the allowed clock skew.
    router.add(Method::Get, QStringLiteral("/api/v1/track/settings"),
        [this](const Request &r) { return settings(r); });
    /// Changes strict mode and the allowed clock skew (admins only).
    router.add(
        Method::Put, QStringLiteral("/api/v1/track/settings"),
        [this](const Request &r) { return putSettings(r); }, Body::Json);
}

void TrackController::track(const Request &request, Responder responder)
{
    // The API thread hands a batch's raw body on: parsing, checking the key and validating run
    // on the server's worker pool, so the API thread keeps reading sockets and writing answers.
    if (!m_answers || m_answers->thread() != QThread::currentThread())
        m_answers = std::make_unique<AnswerQueue>();
    QPointer<AnswerQueue> apiThread(m_answers.get());
    // A small body (one event, a few events) costs less to handle here than the hop to a worker.
    constexpr qsizetype InlineBytes = 4096;
    if (!m_workers || request.body.size() < InlineBytes) {
        ingest(request, responder, apiThread);
        return;
    }
    m_workers->start(
        [this, request, responder, apiThread] { ingest(request, responder, apiThread); });
}

void TrackController::ingest(
    const Request &request, const Responder &responder, const QPointer<AnswerQueue> &apiThread)
{
    // The body is read by Core::JsonView, which points into it. Text the view refuses goes to
    // QJsonDocument: it either names the error (400) or accepts the text, and then its compact
    // re-encoding is what the view reads.
    Core::JsonView view;
    QByteArray reencoded;
    if (!view.parse(request.body)) {
        QJsonValue json;
        if (auto refused = RequestGuard::parseJsonBody(request, &json)) {
            responder.send(std::move(*refused));
            return;
        }
        reencoded = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
        if (!view.parse(reencoded)) {
            responder.send(problem(400, QStringLiteral("malformed_json"),
                QStringLiteral("The body nests deeper than %1 levels.")
                    .arg(Core::JsonView::MaxDepth)));
            return;
        }
    } else if (auto refused = RequestGuard::checkJsonMediaType(request)) {
        responder.send(std::move(*refused));
        return;
    }
    auto appId = m_collector.authenticateApp(request.bearerToken());
    if (!appId) {
        responder.send(problem(appId.error()));
        return;
    }
    const int root = view.root();
    if (view.type(root) != Core::JsonView::Type::Object) {
        responder.send(problem(400, QStringLiteral("invalid_body"),
            QStringLiteral("Send one event as an object, or {\"batch\": [...]}.")));
        return;
    }
    const int batch = view.member(root, "batch");
    if (batch >= 0) {
        if (view.type(batch) != Core::JsonView::Type::Array || view.count(batch) == 0) {
            responder.send(problem(400, QStringLiteral("invalid_batch"),
                QStringLiteral("batch must be a non-empty list of events.")));
            return;
        }
        if (view.count(batch) > Core::Collector::MaxBatch) {
            responder.send(tooLarge(QStringLiteral("batch_too_large"),
                QStringLiteral("A batch holds at most %1 events; this one has %2.")
                    .arg(Core::Collector::MaxBatch)
                    .arg(view.count(batch))));
            return;
        }
    }
    const qsizetype count = batch >= 0 ? view.count(batch) : 1;

    const qint64 now = Core::nowMsecs();
    QList<Outcome> outcomes;
    outcomes.reserve(count);
    QList<Core::PendingEvent> accepted;
    accepted.reserve(count);
    QList<Core::PendingError> rejected;
    int index = 0;
    for (int event = batch >= 0 ? view.first(batch) : root; event >= 0;
         event = batch >= 0 ? view.next(event) : -1, ++index) {
        // An event's size is its JSON text as sent.
        if (view.raw(event).size() > Core::Collector::MaxEventBytes) {
            responder.send(tooLarge(QStringLiteral("event_too_large"),
                QStringLiteral("Event %1 is larger than %2 bytes; nothing was stored.")
                    .arg(index)
                    .arg(Core::Collector::MaxEventBytes)));
            return;
        }
        Outcome outcome;
        Core::Collector::Checked checked = m_collector.check(view, event, *appId, now);
        if (checked.event) {
            outcome.pending = accepted.size();
            accepted.append(std::move(*checked.event));
        } else {
            outcome.reasons = std::move(checked.reasons);
            rejected.append(Core::PendingError {*appId, now, view.compact(event), outcome.reasons});
        }
        outcomes.append(std::move(outcome));
    }

    Core::TrackWriter::Done done = [responder, outcomes = std::move(outcomes), apiThread](
                                       const Core::Result<QList<Core::WriteResult>> &written) {
        Response response = written
            ? Response::rawJson(answerBody(outcomes, *written), 202)
            : problem(503, QStringLiteral("storage_unavailable"),
                QStringLiteral("The events could not be stored: %1").arg(written.error().message));
        if (!apiThread)
            return; // the server is gone
        if (QThread::currentThread() == apiThread->thread())
            responder.send(std::move(response));
        else // from the writer thread: the API thread writes it
            apiThread->push(responder, std::move(response));
    };
    auto submit = [this, responder, accepted = std::move(accepted), rejected = std::move(rejected),
                      done = std::move(done)]() mutable {
        if (m_writer.submit(std::move(accepted), std::move(rejected), std::move(done)))
            return;
        Core::Error busy = Core::Error::make(Core::ErrorKind::Unavailable, QStringLiteral("busy"),
            QStringLiteral("The collector is busy; retry shortly."));
        busy.retryAfterSeconds = 1;
        responder.send(problem(busy));
    };
    // A writer that commits on the API thread's event loop must be handed the events there.
    if (m_writer.mode() == Core::TrackWriter::Mode::Thread || !apiThread
        || QThread::currentThread() == apiThread->thread())
        submit();
    else
        QMetaObject::invokeMethod(apiThread.data(), std::move(submit), Qt::QueuedConnection);
}

Response TrackController::events(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    QList<FieldError> fields;
    Core::TrackQuery query;
    query.sessionId = request.queryValue(QStringLiteral("session_id"));
    query.category = request.queryValue(QStringLiteral("category"));
    query.name = request.queryValue(QStringLiteral("name"));
    if (request.hasQuery(QStringLiteral("app"))) {
        bool ok = false;
        query.appId = request.queryValue(QStringLiteral("app")).toLongLong(&ok);
        if (!ok || query.appId <= 0)
            fields.append({QStringLiteral("app"), QStringLiteral("must be an app id")});
    }
    readTime(request, QStringLiteral("from"), &query.from, &fields);
    readTime(request, QStringLiteral("to"), &query.to, &fields);
    query.limit = readLimit(request, &fields);
    readCursor(request, &query, &fields);
    if (!fields.isEmpty())
        return badQuery(fields);
    auto found = m_collector.events(Core::Actor::api(*user), query);
    if (!found)
        return problem(found.error());
    return eventPage(*found, query.limit);
}

Response TrackController::session(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    QList<FieldError> fields;
    Core::TrackQuery query;
    query.sessionId = request.param(QStringLiteral("id"));
    query.ascending = true;
    query.limit = readLimit(request, &fields);
    if (request.hasQuery(QStringLiteral("limit")) == false)
        query.limit = 500;
    readCursor(request, &query, &fields);
    if (!fields.isEmpty())
        return badQuery(fields);
    auto found = m_collector.events(Core::Actor::api(*user), query);
    if (!found)
        return problem(found.error());
    QByteArray extra = "\"session_id\":";
    appendJsonString(extra, query.sessionId);
    extra += ',';
    return eventPage(*found, query.limit, extra);
}

Response TrackController::errors(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    QList<FieldError> fields;
    Core::ErrorQuery query;
    if (request.hasQuery(QStringLiteral("app"))) {
        bool ok = false;
        query.appId = request.queryValue(QStringLiteral("app")).toLongLong(&ok);
        if (!ok || query.appId <= 0)
            fields.append({QStringLiteral("app"), QStringLiteral("must be an app id")});
    }
    readTime(request, QStringLiteral("from"), &query.from, &fields);
    readTime(request, QStringLiteral("to"), &query.to, &fields);
    query.limit = readLimit(request, &fields);
    if (request.hasQuery(QStringLiteral("cursor"))) {
        bool ok = false;
        query.beforeId = QString::fromLatin1(
            QByteArray::fromBase64(request.queryValue(QStringLiteral("cursor")).toLatin1(),
                QByteArray::Base64UrlEncoding))
                             .toLongLong(&ok);
        if (!ok || query.beforeId <= 0)
            fields.append(
                {QStringLiteral("cursor"), QStringLiteral("is not a cursor from a previous page")});
    }
    if (!fields.isEmpty())
        return badQuery(fields);
    auto found = m_collector.errors(Core::Actor::api(*user), query);
    if (!found)
        return problem(found.error());
    QByteArray body = "{\"items\":[";
    for (qsizetype i = 0; i < found->size(); ++i) {
        if (i)
            body += ',';
        body += TrackJson::encodeError(found->at(i));
    }
    body += "],\"next_cursor\":";
    if (found->size() == query.limit)
        body += '"'
            + QByteArray::number(found->constLast().id)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + '"';
    else
        body += "null";
    body += '}';
    return Response::rawJson(body);
}

Response TrackController::stats(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    QList<FieldError> fields;
    qint64 from = 0;
    qint64 to = 0;
    readTime(request, QStringLiteral("from"), &from, &fields);
    readTime(request, QStringLiteral("to"), &to, &fields);
    if (!fields.isEmpty())
        return badQuery(fields);
    if (to == 0)
        to = Core::nowMsecs();
    if (from == 0)
        from = to - 3600 * 1000;
    auto counts = m_collector.minuteCounts(Core::Actor::api(*user), from, to);
    if (!counts)
        return counts.error().kind == Core::ErrorKind::Invalid
            ? problem(400, counts.error().code, counts.error().message)
            : problem(counts.error());
    QByteArray body = "{\"from\":";
    appendTimestamp(body, from);
    body += ",\"to\":";
    appendTimestamp(body, to);
    body += ",\"items\":[";
    for (qsizetype i = 0; i < counts->size(); ++i) {
        const Core::MinuteCount &count = counts->at(i);
        body += i ? ",{\"minute\":" : "{\"minute\":";
        appendTimestamp(body, count.minute);
        body += ",\"category\":";
        appendJsonString(body, count.category);
        body += ",\"name\":";
        appendJsonString(body, count.name);
        body += ",\"count\":" + QByteArray::number(count.count) + '}';
    }
    body += "]}";
    return Response::rawJson(body);
}

Response TrackController::types(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    auto types = m_collector.eventTypes();
    if (!types)
        return problem(types.error());
    QJsonArray items;
    for (const Core::EventType &type : std::as_const(*types))
        items.append(TrackJson::encodeType(type));
    return Response::json(QJsonObject {{QStringLiteral("items"), items},
        {QStringLiteral("strict"), m_collector.settings().strictTypes}});
}

Response TrackController::putType(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    if (auto allowed = Core::requireAdmin(Core::Actor::api(*user)); !allowed)
        return problem(allowed.error()); // before the body is judged
    const QJsonObject body = request.json.toObject();
    QList<FieldError> fields;
    for (const QString &key : {QStringLiteral("category"), QStringLiteral("name")}) {
        if (!body.value(key).isString())
            fields.append({key, QStringLiteral("must be a string")});
    }
    if (!body.value(QStringLiteral("rules")).isObject())
        fields.append({QStringLiteral("rules"), QStringLiteral("must be an object")});
    if (!fields.isEmpty())
        return problem(422, QStringLiteral("invalid_event_type"),
            QStringLiteral("The event type cannot be saved."), fields);
    auto type = m_collector.putEventType(Core::Actor::api(*user),
        body.value(QStringLiteral("category")).toString(),
        body.value(QStringLiteral("name")).toString(),
        body.value(QStringLiteral("rules")).toObject());
    if (!type)
        return problem(type.error());
    return Response::json(TrackJson::encodeType(*type));
}

Response TrackController::deleteType(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    if (auto allowed = Core::requireAdmin(Core::Actor::api(*user)); !allowed)
        return problem(allowed.error()); // before the body is judged
    auto deleted = m_collector.deleteEventType(Core::Actor::api(*user),
        request.queryValue(QStringLiteral("category")), request.queryValue(QStringLiteral("name")));
    if (!deleted)
        return problem(deleted.error());
    return Response::noContent();
}

Response TrackController::settings(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    const Core::CollectorSettings current = m_collector.settings();
    return Response::json(QJsonObject {{QStringLiteral("strict"), current.strictTypes},
        {QStringLiteral("max_skew_ms"), current.maxSkewMs}});
}

Response TrackController::putSettings(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    if (auto allowed = Core::requireAdmin(Core::Actor::api(*user)); !allowed)
        return problem(allowed.error()); // before the body is judged
    const QJsonObject body = request.json.toObject();
    Core::CollectorSettings next = m_collector.settings();
    QList<FieldError> fields;
    if (body.contains(QStringLiteral("strict"))) {
        if (!body.value(QStringLiteral("strict")).isBool())
            fields.append({QStringLiteral("strict"), QStringLiteral("must be true or false")});
        next.strictTypes = body.value(QStringLiteral("strict")).toBool();
    }
    if (body.contains(QStringLiteral("max_skew_ms"))) {
        if (!body.value(QStringLiteral("max_skew_ms")).isDouble())
            fields.append({QStringLiteral("max_skew_ms"), QStringLiteral("must be a number")});
        next.maxSkewMs = qint64(body.value(QStringLiteral("max_skew_ms")).toDouble());
    }
    if (!fields.isEmpty())
        return problem(422, QStringLiteral("invalid_settings"),
            QStringLiteral("The settings cannot be saved."), fields);
    if (auto saved = m_collector.setSettings(Core::Actor::api(*user), next); !saved)
        return problem(saved.error());
    return settings(request);
}

} // namespace Eventdesk::Api
