// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackcontroller.h"
#include "collector.h"
#include "jsonview.h"
#include "problem.h"
#include "query.h"
#include "requestguard.h"
#include "timeutil.h"
#include "trackjson.h"
#include "trackwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

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

Core::Error tooLarge(const QString &code, const QString &detail)
{
    return Core::Error::make(Core::ErrorKind::TooLarge, code, detail);
}

// The (time, id) keyset cursor of the event lists (/track/events, /track/sessions/{id}).
void readCursor(QueryReader &reader, Core::TrackQuery *query)
{
    if (!reader.has(QStringLiteral("cursor")))
        return;
    const auto cursor = TrackJson::decodeCursor(reader.text(QStringLiteral("cursor")));
    if (!cursor)
        reader.rejectCursor();
    else
        std::tie(query->cursorTime, query->cursorId) = *cursor;
    query->hasCursor = bool(cursor);
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

TrackController::TrackController(Core::Collector &collector, Core::TrackWriter &writer,
    Core::AuthService &auth, Core::CollectorConfig config)
    : m_collector(collector)
    , m_writer(writer)
    , m_auth(auth)
    , m_config(config)
{ }

void TrackController::registerRoutes(Router &router, const ServerContext &context)
{
    router.authenticateUsersWith(m_auth);
    router.authenticateAppsWith(
        [this](QByteArrayView key) { return m_collector.authenticateApp(key); });
    // inlineIngest keeps the whole ingest on the API thread (to compare, see docs/benchmarks.md).
    m_workers = m_config.inlineIngest ? nullptr : context.workers;
    const Policy user {.access = Access::User};
    const QString from = QStringLiteral("from");
    const QString to = QStringLiteral("to");
    const QString limit = QStringLiteral("limit");
    const QString cursor = QStringLiteral("cursor");
    const QString app = QStringLiteral("app");
    /// Ingest: one event or {"batch": [...]} with an app key; 202 once the accepted events are
    /// committed, with each event's outcome.
    router.addAsync(Method::Post, QStringLiteral("/api/v1/track"),
        {.access = Access::AppKey, .body = Body::Any},
        [this](const Request &r, Responder s) { track(r, std::move(s)); });
    /// Tracked events, newest first, filtered by session, type, app and time; keyset paging.
    router.add(Method::Get, QStringLiteral("/api/v1/track/events"),
        {.access = Access::User,
            .query = {QStringLiteral("session_id"), QStringLiteral("category"),
                QStringLiteral("name"), app, from, to, limit, cursor}},
        [this](const Request &r) { return events(r); });
    /// One session's events in time order.
    router.add(Method::Get, QStringLiteral("/api/v1/track/sessions/{id}"),
        {.access = Access::User, .query = {limit, cursor}},
        [this](const Request &r) { return session(r); });
    /// Rejected events with their raw payload and reasons, newest first.
    router.add(Method::Get, QStringLiteral("/api/v1/track/errors"),
        {.access = Access::User, .query = {app, from, to, limit, cursor}},
        [this](const Request &r) { return errors(r); });
    /// Events per minute per type over a time range (for charts).
    router.add(Method::Get, QStringLiteral("/api/v1/track/stats"),
        {.access = Access::User, .query = {from, to}},
        [this](const Request &r) { return stats(r); });
    /// The event types and their validation rules.
    router.add(Method::Get, QStringLiteral("/api/v1/track/types"), user,
        [this](const Request &r) { return types(r); });
    /// Creates or replaces the rules of one event type.
    router.add(Method::Put, QStringLiteral("/api/v1/track/types"),
        {.access = Access::User, .body = Body::Json},
        [this](const Request &r) { return putType(r); });
    /// Deletes a user-defined event type (?category=&name=).
    router.add(Method::Delete, QStringLiteral("/api/v1/track/types"),
        {.access = Access::User, .query = {QStringLiteral("category"), QStringLiteral("name")}},
        [this](const Request &r) { return deleteType(r); });
    /// Strict mode and the allowed clock skew.
    router.add(Method::Get, QStringLiteral("/api/v1/track/settings"), user,
        [this](const Request &r) { return settings(r); });
    /// Changes strict mode and the allowed clock skew.
    router.add(Method::Put, QStringLiteral("/api/v1/track/settings"),
        {.access = Access::User, .body = Body::Json},
        [this](const Request &r) { return putSettings(r); });
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
            responder.send(badRequest(QStringLiteral("malformed_json"),
                QStringLiteral("The body nests deeper than %1 levels.")
                    .arg(Core::JsonView::MaxDepth)));
            return;
        }
    } else if (auto refused = RequestGuard::checkJsonMediaType(request)) {
        responder.send(std::move(*refused));
        return;
    }
    const qint64 appId = request.appId; // the pipeline checked the key (Access::AppKey)
    const int root = view.root();
    if (view.type(root) != Core::JsonView::Type::Object) {
        responder.send(badRequest(QStringLiteral("invalid_body"),
            QStringLiteral("Send one event as an object, or {\"batch\": [...]}.")));
        return;
    }
    const int batch = view.member(root, "batch");
    if (batch >= 0) {
        if (view.type(batch) != Core::JsonView::Type::Array || view.count(batch) == 0) {
            responder.send(badRequest(QStringLiteral("invalid_batch"),
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
        Core::Collector::Checked checked = m_collector.check(view, event, appId, now);
        if (checked.event) {
            outcome.pending = accepted.size();
            accepted.append(std::move(*checked.event));
        } else {
            outcome.reasons = std::move(checked.reasons);
            rejected.append(Core::PendingError {appId, now, view.compact(event), outcome.reasons});
        }
        outcomes.append(std::move(outcome));
    }

    Core::TrackWriter::Done done = [responder, outcomes = std::move(outcomes), apiThread](
                                       const Core::Result<QList<Core::WriteResult>> &written) {
        Response response = written
            ? std::move(Response::rawJson(answerBody(outcomes, *written)).accepted())
            : problem(Core::Error::make(Core::ErrorKind::Unavailable,
                QStringLiteral("storage_unavailable"),
                QStringLiteral("The events could not be stored: %1").arg(written.error().message)));
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
        responder.send(std::move(busy));
    };
    // A writer that commits on the API thread's event loop must be handed the events there.
    if (m_writer.mode() == Core::TrackWriter::Mode::Thread || !apiThread
        || QThread::currentThread() == apiThread->thread())
        submit();
    else
        QMetaObject::invokeMethod(apiThread.data(), std::move(submit), Qt::QueuedConnection);
}

Reply TrackController::events(const Request &request)
{
    QueryReader reader(request);
    Core::TrackQuery query;
    query.sessionId = reader.text(QStringLiteral("session_id"));
    query.category = reader.text(QStringLiteral("category"));
    query.name = reader.text(QStringLiteral("name"));
    query.appId = reader.id(QStringLiteral("app"));
    query.from = reader.time(QStringLiteral("from"));
    query.to = reader.time(QStringLiteral("to"));
    query.limit = reader.limit();
    readCursor(reader, &query);
    if (auto valid = reader.result(); !valid)
        return valid.error();
    auto found = m_collector.events(query);
    if (!found)
        return found.error();
    return eventPage(*found, query.limit);
}

Reply TrackController::session(const Request &request)
{
    QueryReader reader(request);
    Core::TrackQuery query;
    query.sessionId = request.param(QStringLiteral("id"));
    query.ascending = true;
    query.limit = reader.limit(QueryReader::MaxLimit);
    readCursor(reader, &query);
    if (auto valid = reader.result(); !valid)
        return valid.error();
    auto found = m_collector.events(query);
    if (!found)
        return found.error();
    QByteArray extra = "\"session_id\":";
    appendJsonString(extra, query.sessionId);
    extra += ',';
    return eventPage(*found, query.limit, extra);
}

Reply TrackController::errors(const Request &request)
{
    QueryReader reader(request);
    Core::ErrorQuery query;
    query.appId = reader.id(QStringLiteral("app"));
    query.from = reader.time(QStringLiteral("from"));
    query.to = reader.time(QStringLiteral("to"));
    query.limit = reader.limit();
    if (reader.has(QStringLiteral("cursor"))) {
        bool ok = false;
        query.beforeId = QString::fromLatin1(
            QByteArray::fromBase64(
                reader.text(QStringLiteral("cursor")).toLatin1(), QByteArray::Base64UrlEncoding))
                             .toLongLong(&ok);
        if (!ok || query.beforeId <= 0)
            reader.rejectCursor();
    }
    if (auto valid = reader.result(); !valid)
        return valid.error();
    auto found = m_collector.errors(query);
    if (!found)
        return found.error();
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

Reply TrackController::stats(const Request &request)
{
    QueryReader reader(request);
    qint64 from = reader.time(QStringLiteral("from"));
    qint64 to = reader.time(QStringLiteral("to"));
    if (auto valid = reader.result(); !valid)
        return valid.error();
    // One bound alone is always a valid range: from alone runs to now (at most the 31 days the
    // collector charts, at least one minute); to alone starts an hour before it.
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 maxRange = 31LL * 24 * 60 * minute;
    if (to == 0)
        to = from == 0 ? Core::nowMsecs()
                       : std::max(from + minute, std::min(Core::nowMsecs(), from + maxRange));
    if (from == 0)
        from = to - 60 * minute;
    auto counts = m_collector.minuteCounts(from, to);
    if (!counts) {
        // A range the collector cannot chart is a query mistake like any other.
        if (counts.error().kind == Core::ErrorKind::Invalid)
            return badRequest(
                QStringLiteral("invalid_query"), counts.error().message, counts.error().fields);
        return counts.error();
    }
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

Reply TrackController::types(const Request &)
{
    auto types = m_collector.eventTypes();
    if (!types)
        return types.error();
    QJsonArray items;
    for (const Core::EventType &type : std::as_const(*types))
        items.append(TrackJson::encodeType(type));
    return Response::json(QJsonObject {{QStringLiteral("items"), items},
        {QStringLiteral("strict"), m_collector.settings().strictTypes}});
}

Reply TrackController::putType(const Request &request)
{
    const QJsonObject body = request.json.toObject();
    QList<FieldError> fields;
    for (const QString &key : {QStringLiteral("category"), QStringLiteral("name")}) {
        if (!body.value(key).isString())
            fields.append({key, QStringLiteral("must be a string")});
    }
    if (!body.value(QStringLiteral("rules")).isObject())
        fields.append({QStringLiteral("rules"), QStringLiteral("must be an object")});
    if (!fields.isEmpty())
        return Core::Error::invalid(QStringLiteral("invalid_event_type"),
            QStringLiteral("The event type cannot be saved."), fields);
    auto type = m_collector.putEventType(body.value(QStringLiteral("category")).toString(),
        body.value(QStringLiteral("name")).toString(),
        body.value(QStringLiteral("rules")).toObject());
    if (!type)
        return type.error();
    return Response::json(TrackJson::encodeType(*type));
}

Reply TrackController::deleteType(const Request &request)
{
    auto deleted = m_collector.deleteEventType(
        request.queryValue(QStringLiteral("category")), request.queryValue(QStringLiteral("name")));
    if (!deleted)
        return deleted.error();
    return Response::noContent();
}

Reply TrackController::settings(const Request &)
{
    const Core::CollectorSettings current = m_collector.settings();
    return Response::json(QJsonObject {{QStringLiteral("strict"), current.strictTypes},
        {QStringLiteral("max_skew_ms"), current.maxSkewMs}});
}

Reply TrackController::putSettings(const Request &request)
{
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
        return Core::Error::invalid(QStringLiteral("invalid_settings"),
            QStringLiteral("The settings cannot be saved."), fields);
    if (auto saved = m_collector.setSettings(next); !saved)
        return saved.error();
    return settings(request);
}

} // namespace Eventdesk::Api
