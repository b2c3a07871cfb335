// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventservice.h"
#include "changehub.h"
#include "timeutil.h"

#include <QByteArray>
#include <QStringList>

#include <limits>

namespace Eventdesk::Core {

namespace {

// 0001-01-01 .. 9999-12-31: what RFC 3339 can say.
constexpr qint64 minTime = -62135596800000LL;
constexpr qint64 maxTime = 253402300799999LL;

Error forbidden(const QString &message)
{
    return Error::make(ErrorKind::Forbidden, QStringLiteral("forbidden"), message);
}

// List queries are part of the request, not its content: the API answers them 400, like every
// other query mistake (docs/architecture.md, "One request pipeline").
Error invalidQuery(QList<FieldError> fields)
{
    return Error::invalid(QStringLiteral("invalid_query"),
        QStringLiteral("The query parameters are not valid."), std::move(fields));
}

Error invalidCursor()
{
    return invalidQuery(
        {{QStringLiteral("cursor"), QStringLiteral("is not a cursor from a previous page")}});
}

QString validateCommentBody(const QString &body)
{
    if (body.trimmed().isEmpty())
        return QStringLiteral("must not be empty");
    if (body.size() > EventLimits::commentMax)
        return QStringLiteral("must be at most %1 characters").arg(EventLimits::commentMax);
    return {};
}

} // namespace

EventService::EventService(EventStore &store, ChangeHub &changes)
    : m_store(store)
    , m_changes(changes)
{
    // Direct: runs in the writer's thread before notify() returns, so a list read that starts
    // after any announced write (ours or a feed import's) sees a new generation.
    m_hubConnection
        = QObject::connect(&m_changes, &ChangeHub::changed, [this](ChangeHub::Topic topic, qint64) {
              switch (topic) {
              case ChangeHub::Topic::Events:
              case ChangeHub::Topic::Participation:
              case ChangeHub::Topic::Comments:
              case ChangeHub::Topic::Imports:
              case ChangeHub::Topic::Users:
                  m_generation.fetch_add(1, std::memory_order_acq_rel);
                  break;
              default:
                  break;
              }
          });
}

EventService::~EventService()
{
    QObject::disconnect(m_hubConnection);
}

void EventService::committed(int topic, qint64 id)
{
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    m_changes.notify(static_cast<ChangeHub::Topic>(topic), id);
}

QList<FieldError> EventService::validate(const EventDraft &draft)
{
    QList<FieldError> fields;
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        fields.append({QStringLiteral("title"), QStringLiteral("must not be empty")});
    else if (title.size() > EventLimits::titleMax)
        fields.append({QStringLiteral("title"),
            QStringLiteral("must be at most %1 characters").arg(EventLimits::titleMax)});
    if (draft.description.size() > EventLimits::descriptionMax)
        fields.append({QStringLiteral("description"),
            QStringLiteral("must be at most %1 characters").arg(EventLimits::descriptionMax)});
    if (draft.location.size() > EventLimits::locationMax)
        fields.append({QStringLiteral("location"),
            QStringLiteral("must be at most %1 characters").arg(EventLimits::locationMax)});
    if (draft.category.size() > EventLimits::categoryMax)
        fields.append({QStringLiteral("category"),
            QStringLiteral("must be at most %1 characters").arg(EventLimits::categoryMax)});
    if (draft.startsAt < minTime || draft.startsAt > maxTime)
        fields.append({QStringLiteral("starts_at"), QStringLiteral("is out of range")});
    if (draft.endsAt) {
        if (*draft.endsAt < minTime || *draft.endsAt > maxTime)
            fields.append({QStringLiteral("ends_at"), QStringLiteral("is out of range")});
        else if (*draft.endsAt < draft.startsAt)
            fields.append(
                {QStringLiteral("ends_at"), QStringLiteral("must not be before starts_at")});
    }
    return fields;
}

Result<Event> EventService::create(qint64 userId, const EventDraft &draft)
{
    if (userId <= 0)
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
            QStringLiteral("Sign in to create events."));
    if (auto fields = validate(draft); !fields.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("The event has invalid fields."), fields);
    EventDraft clean = draft;
    clean.title = draft.title.trimmed();
    auto created = m_store.insert(userId, clean, nowMsecs());
    if (created)
        committed(int(ChangeHub::Topic::Events), created->id);
    return created;
}

Result<Event> EventService::event(qint64 id, qint64 viewerId)
{
    return m_store.find(id, viewerId);
}

Result<Event> EventService::ownedEvent(
    qint64 id, qint64 userId, std::optional<qint64> expectedVersion)
{
    auto current = m_store.find(id, userId);
    if (!current)
        return current;
    if (current->isImported())
        return Error::make(ErrorKind::Forbidden, QStringLiteral("imported_event"),
            QStringLiteral("Event %1 was imported from %2 and cannot be changed here.")
                .arg(id)
                .arg(current->source));
    if (current->ownerId != userId)
        return forbidden(QStringLiteral("Only the owner may change event %1.").arg(id));
    if (expectedVersion && *expectedVersion != current->version)
        return Error::make(ErrorKind::PreconditionFailed, QStringLiteral("precondition_failed"),
            QStringLiteral("Event %1 changed since version %2 (now %3); reload it and retry.")
                .arg(id)
                .arg(*expectedVersion)
                .arg(current->version));
    return current;
}

Result<Event> EventService::update(
    qint64 id, qint64 userId, const EventDraft &draft, std::optional<qint64> expectedVersion)
{
    auto current = ownedEvent(id, userId, expectedVersion);
    if (!current)
        return current;
    if (auto fields = validate(draft); !fields.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("The event has invalid fields."), fields);
    EventDraft clean = draft;
    clean.title = draft.title.trimmed();
    // The store writes only if nobody else wrote since we read: no lost updates.
    auto updated = m_store.update(id, clean, current->version, nowMsecs());
    if (updated)
        committed(int(ChangeHub::Topic::Events), id);
    return updated;
}

Result<void> EventService::remove(qint64 id, qint64 userId, std::optional<qint64> expectedVersion)
{
    auto current = ownedEvent(id, userId, expectedVersion);
    if (!current)
        return current.error();
    auto removed = m_store.remove(id, current->version);
    if (removed)
        committed(int(ChangeHub::Topic::Events), id);
    return removed;
}

Result<Participation> EventService::join(qint64 eventId, qint64 userId)
{
    if (userId <= 0)
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
            QStringLiteral("Sign in to join events."));
    const qint64 now = nowMsecs();
    auto event = m_store.find(eventId, userId);
    if (!event)
        return event.error();
    // Withdrawing from a past event stays possible; joining one makes no sense.
    if (!event->joined && hasEnded(*event, now))
        return Error::make(ErrorKind::Conflict, QStringLiteral("event_ended"),
            QStringLiteral("The event has ended; it can no longer be joined."));
    auto joined = m_store.join(eventId, userId, now);
    if (joined)
        committed(int(ChangeHub::Topic::Participation), eventId);
    return joined;
}

Result<Participation> EventService::withdraw(qint64 eventId, qint64 userId)
{
    if (userId <= 0)
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
            QStringLiteral("Sign in to withdraw from events."));
    auto withdrawn = m_store.withdraw(eventId, userId);
    if (withdrawn)
        committed(int(ChangeHub::Topic::Participation), eventId);
    return withdrawn;
}

QString EventService::encodeCursor(const EventPosition &position)
{
    QString key;
    if (position.key.typeId() == QMetaType::QString)
        key = u's' + position.key.toString();
    else
        key = u'i' + QString::number(position.key.toLongLong());
    const QString text = QStringLiteral("1|%1|%2|%3|%4|%5|")
                             .arg(position.pivot)
                             .arg(int(position.sort))
                             .arg(position.descending ? 1 : 0)
                             .arg(position.bucket)
                             .arg(position.id)
        + key;
    return QString::fromLatin1(
        text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<EventPosition> EventService::decodeCursor(const QString &cursor)
{
    if (cursor.isEmpty() || cursor.size() > 4096)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(*decoded);
    // The key comes last and may itself contain '|' (a title).
    QStringList parts;
    qsizetype from = 0;
    for (int i = 0; i < 6; ++i) {
        const qsizetype bar = text.indexOf(u'|', from);
        if (bar < 0)
            return std::nullopt;
        parts.append(text.mid(from, bar - from));
        from = bar + 1;
    }
    const QString key = text.mid(from);
    if (parts.at(0) != QLatin1String("1") || key.isEmpty())
        return std::nullopt;
    bool ok[5] = {};
    EventPosition position;
    position.pivot = parts.at(1).toLongLong(&ok[0]);
    const int sort = parts.at(2).toInt(&ok[1]);
    const int descending = parts.at(3).toInt(&ok[2]);
    position.bucket = parts.at(4).toInt(&ok[3]);
    position.id = parts.at(5).toLongLong(&ok[4]);
    for (bool b : ok) {
        if (!b)
            return std::nullopt;
    }
    if (sort < int(EventSort::Upcoming) || sort > int(EventSort::Participants)
        || (descending != 0 && descending != 1) || position.bucket < 0 || position.bucket > 1)
        return std::nullopt;
    position.sort = EventSort(sort);
    position.descending = descending == 1;
    if (key.front() == u's') {
        position.key = key.mid(1);
    } else if (key.front() == u'i') {
        bool keyOk = false;
        position.key = key.mid(1).toLongLong(&keyOk);
        if (!keyOk)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    const bool wantsText = position.sort == EventSort::Title;
    if (wantsText != (position.key.typeId() == QMetaType::QString))
        return std::nullopt;
    position.started = true;
    return position;
}

Result<QList<qint64>> EventService::listIds(const EventQuery &query)
{
    EventQuery paged = query;
    paged.limit = 1; // no page: every id
    if (auto checked = checkListQuery(paged); !checked)
        return checked.error();
    EventPosition position;
    position.pivot = nowMsecs();
    position.sort = query.sort;
    position.descending = query.descending;
    return m_store.listIds(query, position);
}

Result<void> EventService::checkListQuery(const EventQuery &query)
{
    QList<FieldError> fields;
    if (query.limit < 1 || query.limit > EventLimits::pageMax)
        fields.append({QStringLiteral("limit"),
            QStringLiteral("must be between 1 and %1").arg(EventLimits::pageMax)});
    if (query.text.size() > 256)
        fields.append({QStringLiteral("q"), QStringLiteral("must be at most 256 characters")});
    if ((query.mine || query.joined) && query.viewerId <= 0)
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
            QStringLiteral("Sign in to list your own or joined events."));
    if (query.from && query.to && *query.to < *query.from)
        fields.append({QStringLiteral("to"), QStringLiteral("must not be before from")});
    if (!fields.isEmpty())
        return invalidQuery(fields);
    return {};
}

Result<EventPage> EventService::list(const EventQuery &query, const QString &cursor)
{
    if (auto checked = checkListQuery(query); !checked)
        return checked.error();
    EventPosition position;
    if (!cursor.isEmpty()) {
        auto decoded = decodeCursor(cursor);
        if (!decoded || decoded->sort != query.sort
            || (query.sort != EventSort::Upcoming && decoded->descending != query.descending))
            return invalidCursor();
        position = *decoded;
    } else {
        position.pivot = nowMsecs();
        position.sort = query.sort;
        position.descending = query.descending;
    }
    auto rows = m_store.list(query, position, query.limit + 1);
    if (!rows)
        return rows.error();
    EventPage page;
    page.items = std::move(*rows);
    if (page.items.size() > query.limit) {
        page.items.resize(query.limit);
        const Event &last = page.items.constLast();
        EventPosition next = position;
        next.started = true;
        next.id = last.id;
        switch (query.sort) {
        case EventSort::Upcoming:
            next.bucket = last.startsAt >= position.pivot ? 0 : 1;
            next.key = last.startsAt;
            break;
        case EventSort::StartsAt:
            next.key = last.startsAt;
            break;
        case EventSort::Title:
            next.key = last.title;
            break;
        case EventSort::Participants:
            next.key = last.participantCount;
            break;
        }
        page.nextCursor = encodeCursor(next);
    }
    return page;
}

Result<qint64> EventService::count(const EventQuery &query)
{
    return m_store.count(query, nowMsecs());
}

Result<QStringList> EventService::participantNames(qint64 eventId, int limit)
{
    return m_store.participantNames(eventId, qBound(1, limit, EventLimits::pageMax));
}

Result<QList<Event>> EventService::overlapping(const EventQuery &query, qint64 from, qint64 to)
{
    if (to < from)
        return Error::invalid(QStringLiteral("invalid_query"),
            QStringLiteral("The range ends before it starts."),
            {{QStringLiteral("to"), QStringLiteral("must not be before from")}});
    if ((query.mine || query.joined) && query.viewerId <= 0)
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
            QStringLiteral("Sign in to list your own or joined events."));
    EventQuery filters = query;
    filters.text = query.text.left(256);
    return m_store.overlapping(filters, from, to, EventLimits::rangeMax);
}

bool EventService::hasEnded(const Event &event, qint64 now)
{
    if (event.endsAt)
        return *event.endsAt < now;
    // Without an end, the event lasts until the end of the (local) day it starts on.
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(event.startsAt).toLocalTime();
    return start.date().addDays(1).startOfDay().toMSecsSinceEpoch() <= now;
}

Result<CommentPage> EventService::comments(qint64 eventId, int limit, const QString &cursor)
{
    if (limit < 1 || limit > EventLimits::pageMax)
        return invalidQuery({{QStringLiteral("limit"),
            QStringLiteral("must be a number from 1 to %1").arg(EventLimits::pageMax)}});
    qint64 afterCreated = std::numeric_limits<qint64>::min();
    qint64 afterId = 0;
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QList<QByteArray> parts = decoded ? decoded.decoded.split('|') : QList<QByteArray>();
        bool ok1 = false;
        bool ok2 = false;
        if (parts.size() == 3 && parts.at(0) == "c1") {
            afterCreated = parts.at(1).toLongLong(&ok1);
            afterId = parts.at(2).toLongLong(&ok2);
        }
        if (!ok1 || !ok2)
            return invalidCursor();
    }
    if (auto exists = m_store.find(eventId, 0); !exists)
        return exists.error();
    auto rows = m_store.comments(eventId, afterCreated, afterId, limit + 1);
    if (!rows)
        return rows.error();
    CommentPage page;
    page.items = std::move(*rows);
    if (page.items.size() > limit) {
        page.items.resize(limit);
        const Comment &last = page.items.constLast();
        page.nextCursor = QString::fromLatin1(
            QByteArray(
                "c1|" + QByteArray::number(last.createdAt) + '|' + QByteArray::number(last.id))
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    return page;
}

Result<Comment> EventService::addComment(qint64 eventId, qint64 userId, const QString &body)
{
    if (userId <= 0)
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
            QStringLiteral("Sign in to comment."));
    if (const QString problem = validateCommentBody(body); !problem.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("The comment is invalid."), {{QStringLiteral("body"), problem}});
    auto added = m_store.insertComment(eventId, userId, body, nowMsecs());
    if (added)
        committed(int(ChangeHub::Topic::Comments), eventId);
    return added;
}

Result<Comment> EventService::editComment(qint64 commentId, qint64 userId, const QString &body)
{
    auto current = m_store.findComment(commentId);
    if (!current)
        return current;
    if (current->authorId == 0 || current->authorId != userId)
        return forbidden(QStringLiteral("Only the author may change comment %1.").arg(commentId));
    if (const QString problem = validateCommentBody(body); !problem.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("The comment is invalid."), {{QStringLiteral("body"), problem}});
    auto updated = m_store.updateComment(commentId, body, nowMsecs());
    if (updated)
        committed(int(ChangeHub::Topic::Comments), updated->eventId);
    return updated;
}

Result<void> EventService::removeComment(qint64 commentId, qint64 userId)
{
    auto current = m_store.findComment(commentId);
    if (!current)
        return current.error();
    if (current->authorId == 0 || current->authorId != userId)
        return forbidden(QStringLiteral("Only the author may delete comment %1.").arg(commentId));
    auto removed = m_store.removeComment(commentId);
    if (removed)
        committed(int(ChangeHub::Topic::Comments), current->eventId);
    return removed;
}

} // namespace Eventdesk::Core
