// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefeedstore.h"

#include "database.h"
#include "feedservice.h"
#include "sqlitestatement.h"
#include "timeutil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Eventdesk::Storage {

using namespace Core;

namespace {

constexpr const char *feedColumns
    = "SELECT id, name, location, format, source, interval_seconds, enabled, etag, last_modified, "
      "last_run_at, last_status, last_error, last_import_id, next_run_at, "
      "coalesce(created_by, 0), created_at, updated_at FROM feeds ";

Feed readFeed(const SqliteStatement &s)
{
    Feed f;
    f.id = s.integer(0);
    f.name = s.text(1);
    f.location = s.text(2);
    f.format = feedFormatFromName(s.text(3));
    f.source = s.text(4);
    f.intervalSeconds = int(s.integer(5));
    f.enabled = s.integer(6) != 0;
    f.etag = s.bytes(7);
    f.lastModified = s.bytes(8);
    f.lastRunAt = s.integer(9);
    f.lastStatus = s.text(10);
    f.lastError = s.text(11);
    f.lastImportId = s.integer(12);
    f.nextRunAt = s.integer(13);
    f.createdBy = s.integer(14);
    f.createdAt = s.integer(15);
    f.updatedAt = s.integer(16);
    return f;
}

Result<void> exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "sqlite error");
        sqlite3_free(message);
        return Error::internal(text);
    }
    return {};
}

bool sameReal(const SqliteStatement &s, int c, const std::optional<double> &v)
{
    if (s.isNull(c))
        return !v.has_value();
    return v.has_value() && s.real(c) == *v;
}

bool sameText(const SqliteStatement &s, int c, const QString &v)
{
    return s.textEquals(c, v.toUtf8());
}

// One import run in two phases. While the feed streams in, each element is compared with the
// database in a read transaction (WAL: it blocks nobody) and only the differences are kept;
// commit() then writes them in one short write transaction. So the writer lock, which every
// other write of the app waits for, is held for the writes alone (none for an unchanged feed),
// not for the whole download and parse. Only importers write imported rows (they have no
// owner, so no API route edits them) and runs are serialized, so the comparison stays valid.
class SqliteImportWriter : public ImportWriter
{
public:
    SqliteImportWriter(sqlite3 *db, QString source)
        : m_db(db)
        , m_source(std::move(source))
        , m_sourceUtf8(m_source.toUtf8())
        , m_select(db,
              "SELECT id, title, description, location, category, starts_at, ends_at, "
              "coalesce(sell_mode, ''), min_price, max_price, sold_out, ever_online, "
              "coalesce(base_id, ''), coalesce(plan_id, '') "
              "FROM events WHERE source = ?1 AND external_id = ?2")
        // Without title and description (?1 and ?2 are bound but unused): an UPDATE that names
        // those columns fires text-index triggers (the events area's full-text search) even
        // when they are unchanged, so a price change must not name them.
        , m_updateKeepText(db,
              "UPDATE events SET location = ?3, category = ?4, "
              "starts_at = ?5, ends_at = ?6, sell_mode = ?7, min_price = ?8, max_price = ?9, "
              "sold_out = ?10, ever_online = ?11, base_id = ?12, plan_id = ?13, "
              "version = version + 1, updated_at = ?14 WHERE id = ?15")
        , m_event(db, "SELECT id FROM events WHERE source = ?1 AND external_id = ?2")
        , m_selectComment(db,
              "SELECT id, event_id, author_name, author_email, body FROM comments "
              "WHERE source = ?1 AND external_id = ?2")
        , m_insertComment(db,
              "INSERT INTO comments (event_id, author_name, author_email, body, source, "
              "external_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)")
        , m_updateComment(db,
              "UPDATE comments SET event_id = ?1, author_name = ?2, author_email = ?3, "
              "body = ?4, updated_at = ?5 WHERE id = ?6")
        , m_now(nowMsecs())
    { }

    ~SqliteImportWriter() override
    {
        if (m_inTransaction)
            (void)exec(m_db, "ROLLBACK");
    }

    Result<void> begin()
    {
        for (const SqliteStatement *s : {&m_select, &m_updateKeepText, &m_event, &m_selectComment,
                 &m_insertComment, &m_updateComment})
            if (!s->isValid())
                return s->error();
        // A bigger page cache keeps the events indexes in memory for a 100,000-plan run
        // (SQLite's default 2 MB spills to disk mid-transaction).
        (void)exec(m_db, "PRAGMA cache_size = -65536");
        if (auto begun = exec(m_db, "BEGIN"); !begun) // a read snapshot
            return begun;
        m_inTransaction = true;
        return {};
    }

    Result<UpsertOutcome> upsert(const FeedItem &item) override
    {
        // The same key twice in one document: compare with the pending version.
        if (auto it = m_pendingIndex.constFind(item.externalId); it != m_pendingIndex.cend()) {
            Pending &p = m_pending[*it];
            const qint64 startsAt = item.startsAt.value_or(p.startsAt);
            const bool everOnline = p.everOnline || item.online();
            if (samePending(p, item, startsAt, everOnline))
                return UpsertOutcome::Unchanged;
            p.item = item;
            p.startsAt = startsAt;
            p.everOnline = everOnline;
            p.sameTexts = false;
            return UpsertOutcome::Updated;
        }
        m_select.reset();
        m_select.bind(1, m_sourceUtf8);
        m_select.bind(2, item.externalId);
        const int rc = m_select.step();
        Pending p;
        p.item = item;
        if (rc == SQLITE_ROW) {
            p.id = m_select.integer(0);
            p.startsAt = item.startsAt.value_or(m_select.integer(5));
            p.everOnline = m_select.integer(11) != 0 || item.online();
            p.sameTexts
                = sameText(m_select, 1, item.title) && sameText(m_select, 2, item.description);
            const bool same = p.sameTexts && sameText(m_select, 3, item.location)
                && sameText(m_select, 4, item.category) && m_select.integer(5) == p.startsAt
                && m_select.optionalInteger(6) == item.endsAt
                && sameText(m_select, 7, item.sellMode) && sameReal(m_select, 8, item.minPrice)
                && sameReal(m_select, 9, item.maxPrice)
                && (m_select.integer(10) != 0) == item.soldOut
                && (m_select.integer(11) != 0) == p.everOnline
                && sameText(m_select, 12, item.baseId) && sameText(m_select, 13, item.planId);
            m_select.reset();
            if (same)
                return UpsertOutcome::Unchanged;
        } else if (rc == SQLITE_DONE) {
            p.startsAt = item.startsAt.value_or(m_now);
            p.everOnline = item.online();
        } else {
            return m_select.error();
        }
        m_select.reset();
        const UpsertOutcome outcome = p.id ? UpsertOutcome::Updated : UpsertOutcome::Added;
        m_pendingIndex.insert(item.externalId, int(m_pending.size()));
        m_pending.append(std::move(p));
        return outcome;
    }

    Result<UpsertOutcome> upsertComment(const FeedComment &comment) override
    {
        qint64 eventId = 0;
        bool parentPending = false;
        if (auto it = m_pendingIndex.constFind(comment.eventExternalId);
            it != m_pendingIndex.cend()) {
            eventId = m_pending.at(*it).id; // 0 while the post itself is new
            parentPending = eventId == 0;
        } else {
            m_event.reset();
            m_event.bind(1, m_sourceUtf8);
            m_event.bind(2, comment.eventExternalId);
            if (m_event.step() == SQLITE_ROW)
                eventId = m_event.integer(0);
            m_event.reset();
            if (!eventId)
                return Error::notFound(QStringLiteral("comment %1: post %2 is not imported")
                                           .arg(comment.externalId, comment.eventExternalId));
        }
        if (auto it = m_pendingComments.find(comment.externalId); it != m_pendingComments.end()) {
            *it = {it->id, comment};
            return UpsertOutcome::Updated;
        }
        m_selectComment.reset();
        m_selectComment.bind(1, m_sourceUtf8);
        m_selectComment.bind(2, comment.externalId);
        qint64 id = 0;
        if (m_selectComment.step() == SQLITE_ROW) {
            id = m_selectComment.integer(0);
            const bool same = !parentPending && m_selectComment.integer(1) == eventId
                && sameText(m_selectComment, 2, comment.authorName)
                && sameText(m_selectComment, 3, comment.authorEmail)
                && sameText(m_selectComment, 4, comment.body);
            if (same) {
                m_selectComment.reset();
                return UpsertOutcome::Unchanged;
            }
        }
        m_selectComment.reset();
        m_pendingComments.insert(comment.externalId, {id, comment});
        return id ? UpsertOutcome::Updated : UpsertOutcome::Added;
    }

    Result<void> commit() override
    {
        if (auto ended = exec(m_db, "COMMIT"); !ended) // end the read snapshot
            return ended;
        m_inTransaction = false;
        if (m_pending.isEmpty() && m_pendingComments.isEmpty())
            return {};
        if (auto begun = exec(m_db, "BEGIN IMMEDIATE"); !begun)
            return begun;
        m_inTransaction = true;
        // Updates that keep title and description fire no text-index trigger: one by one.
        for (const Pending &p : std::as_const(m_pending)) {
            if (p.id && p.sameTexts)
                if (auto written = update(p); !written)
                    return written; // the destructor rolls back
        }
        if (auto written = writeTexts(); !written)
            return written;
        for (auto it = m_pendingComments.cbegin(); it != m_pendingComments.cend(); ++it) {
            if (auto written = writeComment(it->id, it->comment); !written)
                return written;
        }
        if (auto done = exec(m_db, "COMMIT"); !done)
            return done;
        m_inTransaction = false;
        return {};
    }

private:
    struct Pending
    {
        qint64 id = 0; // 0: a new row
        FeedItem item;
        qint64 startsAt = 0;
        bool everOnline = false;
        bool sameTexts = false;
    };
    struct PendingComment
    {
        qint64 id = 0;
        FeedComment comment;
    };

    static bool samePending(
        const Pending &p, const FeedItem &item, qint64 startsAt, bool everOnline)
    {
        const FeedItem &o = p.item;
        return o.title == item.title && o.description == item.description
            && o.location == item.location && o.category == item.category && p.startsAt == startsAt
            && o.endsAt == item.endsAt && o.sellMode == item.sellMode && o.minPrice == item.minPrice
            && o.maxPrice == item.maxPrice && o.soldOut == item.soldOut
            && p.everOnline == everOnline && o.baseId == item.baseId && o.planId == item.planId;
    }

    Result<void> update(const Pending &p)
    {
        const FeedItem &item = p.item;
        m_updateKeepText.reset();
        bindCommon(m_updateKeepText, item, p.startsAt);
        m_updateKeepText.bind(7, item.sellMode);
        m_updateKeepText.bind(8, item.minPrice);
        m_updateKeepText.bind(9, item.maxPrice);
        m_updateKeepText.bind(10, int(item.soldOut));
        m_updateKeepText.bind(11, int(p.everOnline));
        bindOptionalText(m_updateKeepText, 12, item.baseId);
        bindOptionalText(m_updateKeepText, 13, item.planId);
        m_updateKeepText.bind(14, m_now);
        m_updateKeepText.bind(15, p.id);
        if (m_updateKeepText.step() != SQLITE_DONE)
            return m_updateKeepText.error();
        return {};
    }

    // New rows and rows whose title or description changed: the events area's full-text index
    // follows them through its triggers. Written one statement per row, every statement opens a
    // statement savepoint, at which FTS5 writes its pending terms out as a new segment: 100,000
    // one-row segments, merged again and again (5.4 s instead of 2-3 s for a first import). So
    // they are staged in a temporary table (this connection's, in the write transaction) and
    // written by one INSERT ... SELECT and one UPDATE ... FROM: the same triggers run for every
    // row, the index stays exact, and FTS5 flushes once.
    Result<void> writeTexts()
    {
        bool any = false;
        for (const Pending &p : std::as_const(m_pending))
            any = any || !p.id || !p.sameTexts;
        if (!any)
            return {};
        if (auto created = exec(m_db,
                "CREATE TEMP TABLE IF NOT EXISTS feed_import_rows (id INTEGER, title TEXT, "
                "description TEXT, location TEXT, category TEXT, starts_at INTEGER, "
                "ends_at INTEGER, external_id TEXT, sell_mode TEXT, min_price REAL, "
                "max_price REAL, sold_out INTEGER, ever_online INTEGER, base_id TEXT, "
                "plan_id TEXT, uuid TEXT)");
            !created)
            return created;
        if (auto cleared = exec(m_db, "DELETE FROM temp.feed_import_rows"); !cleared)
            return cleared;
        {
            SqliteStatement stage(m_db,
                "INSERT INTO temp.feed_import_rows (id, title, description, location, category, "
                "starts_at, ends_at, external_id, sell_mode, min_price, max_price, sold_out, "
                "ever_online, base_id, plan_id, uuid) VALUES (?16, ?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
            if (!stage.isValid())
                return stage.error();
            for (const Pending &p : std::as_const(m_pending)) {
                if (p.id && p.sameTexts)
                    continue;
                const FeedItem &item = p.item;
                stage.reset();
                bindCommon(stage, item, p.startsAt);
                stage.bind(7, item.externalId);
                // As the former one-row statements wrote them: a new row's empty sell mode is
                // NULL, an updated row's is ''.
                if (p.id)
                    stage.bind(8, item.sellMode);
                else
                    bindOptionalText(stage, 8, item.sellMode);
                stage.bind(9, item.minPrice);
                stage.bind(10, item.maxPrice);
                stage.bind(11, int(item.soldOut));
                stage.bind(12, int(p.everOnline));
                bindOptionalText(stage, 13, item.baseId);
                bindOptionalText(stage, 14, item.planId);
                if (p.id) {
                    stage.bind(16, p.id);
                } else {
                    stage.bind(15, planUuid(m_source, item.externalId));
                }
                if (stage.step() != SQLITE_DONE)
                    return stage.error();
            }
        }
        SqliteStatement insert(m_db,
            "INSERT INTO events (title, description, location, category, starts_at, ends_at, "
            "source, external_id, sell_mode, min_price, max_price, sold_out, ever_online, "
            "base_id, plan_id, uuid, created_at, updated_at) "
            "SELECT title, description, location, category, starts_at, ends_at, ?1, "
            "external_id, sell_mode, min_price, max_price, sold_out, ever_online, base_id, "
            "plan_id, uuid, ?2, ?2 FROM temp.feed_import_rows WHERE id IS NULL ORDER BY rowid");
        if (!insert.isValid())
            return insert.error();
        insert.bind(1, m_sourceUtf8);
        insert.bind(2, m_now);
        if (insert.step() != SQLITE_DONE)
            return insert.error();
        SqliteStatement update(m_db,
            "UPDATE events SET title = r.title, description = r.description, "
            "location = r.location, category = r.category, starts_at = r.starts_at, "
            "ends_at = r.ends_at, sell_mode = r.sell_mode, min_price = r.min_price, "
            "max_price = r.max_price, sold_out = r.sold_out, ever_online = r.ever_online, "
            "base_id = r.base_id, plan_id = r.plan_id, version = version + 1, updated_at = ?1 "
            "FROM temp.feed_import_rows AS r WHERE r.id IS NOT NULL AND events.id = r.id");
        if (!update.isValid())
            return update.error();
        update.bind(1, m_now);
        if (update.step() != SQLITE_DONE)
            return update.error();
        return exec(m_db, "DELETE FROM temp.feed_import_rows");
    }

    Result<void> writeComment(qint64 id, const FeedComment &comment)
    {
        m_event.reset();
        m_event.bind(1, m_sourceUtf8);
        m_event.bind(2, comment.eventExternalId);
        if (m_event.step() != SQLITE_ROW)
            return Error::internal(
                QStringLiteral("comment %1 lost its post").arg(comment.externalId));
        const qint64 eventId = m_event.integer(0);
        m_event.reset();
        SqliteStatement &s = id ? m_updateComment : m_insertComment;
        s.reset();
        if (id) {
            s.bind(1, eventId);
            s.bind(2, comment.authorName);
            s.bind(3, comment.authorEmail);
            s.bind(4, comment.body);
            s.bind(5, m_now);
            s.bind(6, id);
        } else {
            s.bind(1, eventId);
            s.bind(2, comment.authorName);
            s.bind(3, comment.authorEmail);
            s.bind(4, comment.body);
            s.bind(5, m_sourceUtf8);
            s.bind(6, comment.externalId);
            s.bind(7, m_now);
        }
        if (s.step() != SQLITE_DONE)
            return s.error();
        return {};
    }

    static void bindOptionalText(SqliteStatement &s, int i, const QString &v)
    {
        if (v.isEmpty())
            s.bindNull(i);
        else
            s.bind(i, v);
    }
    static void bindCommon(SqliteStatement &s, const FeedItem &item, qint64 startsAt)
    {
        s.bind(1, item.title);
        s.bind(2, item.description);
        s.bind(3, item.location);
        s.bind(4, item.category);
        s.bind(5, startsAt);
        s.bind(6, item.endsAt);
    }

    sqlite3 *m_db;
    QString m_source;
    QByteArray m_sourceUtf8;
    SqliteStatement m_select, m_updateKeepText, m_event, m_selectComment, m_insertComment,
        m_updateComment;
    qint64 m_now;
    bool m_inTransaction = false;
    QList<Pending> m_pending;
    QHash<QString, int> m_pendingIndex;
    QHash<QString, PendingComment> m_pendingComments;
};

constexpr const char *eventColumns
    = "SELECT id, coalesce(uuid, ''), source, coalesce(external_id, ''), title, description, "
      "location, starts_at, ends_at, min_price, max_price FROM events ";

} // namespace

StoredEvent readStoredEvent(const SqliteStatement &s)
{
    StoredEvent e;
    e.id = s.integer(0);
    e.uuid = s.text(1);
    e.source = s.text(2);
    e.externalId = s.text(3);
    e.title = s.text(4);
    e.description = s.text(5);
    e.location = s.text(6);
    e.startsAt = s.integer(7);
    e.endsAt = s.optionalInteger(8);
    e.minPrice = s.optionalReal(9);
    e.maxPrice = s.optionalReal(10);
    return e;
}

Result<QList<Feed>> SqliteFeedStore::selectFeeds(const char *where, qint64 value)
{
    SqliteStatement s(m_database.handle(), QByteArray(feedColumns) + where);
    if (!s.isValid())
        return s.error();
    s.bindIfUsed(":value", value);
    QList<Feed> out;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        out.append(readFeed(s));
    if (rc != SQLITE_DONE)
        return s.error();
    return out;
}

Result<QList<Feed>> SqliteFeedStore::feeds()
{
    return selectFeeds("ORDER BY id", 0);
}

Result<Feed> SqliteFeedStore::feed(qint64 id)
{
    auto found = selectFeeds("WHERE id = :value", id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("There is no feed %1.").arg(id));
    return found->first();
}

Result<QList<Feed>> SqliteFeedStore::dueFeeds(qint64 now)
{
    return selectFeeds(
        "WHERE enabled = 1 AND interval_seconds > 0 AND next_run_at <= :value ORDER BY next_run_at",
        now);
}

Result<Feed> SqliteFeedStore::createFeed(const Feed &feed)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement s(db,
        "INSERT INTO feeds (name, location, format, source, interval_seconds, enabled, "
        "next_run_at, created_by, created_at, updated_at) VALUES (:name, :location, :format, "
        ":source, :interval, :enabled, :next_run_at, NULLIF(:created_by, 0), :created_at, "
        ":updated_at)");
    s.bind(":name", feed.name);
    s.bind(":location", feed.location);
    s.bind(":format", feedFormatName(feed.format));
    s.bind(":source", feed.source.isEmpty() ? QStringLiteral("pending") : feed.source);
    s.bind(":interval", feed.intervalSeconds);
    s.bind(":enabled", feed.enabled);
    s.bind(":next_run_at", feed.nextRunAt);
    s.bind(":created_by", qMax<qint64>(feed.createdBy, 0));
    s.bind(":created_at", feed.createdAt);
    s.bind(":updated_at", feed.updatedAt);
    if (auto done = s.exec(); !done)
        return done.error();
    const qint64 id = s.lastInsertId();
    if (feed.source.isEmpty()) {
        SqliteStatement u(db, "UPDATE feeds SET source = 'feed-' || id WHERE id = :id");
        u.bind(":id", id);
        if (auto done = u.exec(); !done)
            return done.error();
    }
    return this->feed(id);
}

Result<Feed> SqliteFeedStore::updateFeed(const Feed &feed)
{
    SqliteStatement s(m_database.handle(),
        "UPDATE feeds SET name = :name, location = :location, format = :format, "
        "interval_seconds = :interval, enabled = :enabled, updated_at = :updated_at, "
        "next_run_at = CASE WHEN :interval > 0 THEN min(max(next_run_at, 0), last_run_at + "
        ":interval * 1000) ELSE 0 END, "
        "etag = CASE WHEN location = :location THEN etag ELSE '' END, "
        "last_modified = CASE WHEN location = :location THEN last_modified ELSE '' END "
        "WHERE id = :id");
    s.bind(":name", feed.name);
    s.bind(":location", feed.location);
    s.bind(":format", feedFormatName(feed.format));
    s.bind(":interval", feed.intervalSeconds);
    s.bind(":enabled", feed.enabled);
    s.bind(":updated_at", feed.updatedAt);
    s.bind(":id", feed.id);
    const auto changed = s.exec();
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error::notFound(QStringLiteral("There is no feed %1.").arg(feed.id));
    return this->feed(feed.id);
}

Result<void> SqliteFeedStore::deleteFeed(qint64 id)
{
    SqliteStatement s(m_database.handle(), "DELETE FROM feeds WHERE id = :id");
    s.bind(":id", id);
    const auto changed = s.exec();
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error::notFound(QStringLiteral("There is no feed %1.").arg(id));
    return {};
}

Result<void> SqliteFeedStore::recordFeedRun(const Feed &feed)
{
    SqliteStatement s(m_database.handle(),
        "UPDATE feeds SET etag = :etag, last_modified = :last_modified, last_run_at = "
        ":last_run_at, last_status = :last_status, last_error = :last_error, last_import_id = "
        ":last_import_id, next_run_at = :next_run_at WHERE id = :id");
    s.bind(":etag", feed.etag);
    s.bind(":last_modified", feed.lastModified);
    s.bind(":last_run_at", feed.lastRunAt);
    s.bind(":last_status", feed.lastStatus);
    s.bind(":last_error", feed.lastError);
    s.bind(":last_import_id", feed.lastImportId);
    s.bind(":next_run_at", feed.nextRunAt);
    s.bind(":id", feed.id);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

// The columns of imports that bindRun() fills, as "name = :name" pairs for an UPDATE and as a
// list for an INSERT.
#define IMPORT_COLUMNS                                                                             \
    "feed_id, source, format, status, added, updated, unchanged, skipped, error_code, errors, "    \
    "bytes, started_at, finished_at, fetch_ms, parse_ms, commit_ms"

static void bindRun(SqliteStatement &s, const ImportRun &run)
{
    s.bind(":feed_id", qMax<qint64>(run.feedId, 0));
    s.bind(":source", run.source);
    s.bind(":format", feedFormatName(run.format));
    s.bind(":status", run.status);
    s.bind(":added", run.added);
    s.bind(":updated", run.updated);
    s.bind(":unchanged", run.unchanged);
    s.bind(":skipped", run.skipped);
    s.bind(":error_code", run.errorCode);
    s.bind(":errors",
        QJsonDocument(QJsonArray::fromStringList(run.errors)).toJson(QJsonDocument::Compact));
    s.bind(":bytes", run.bytes);
    s.bind(":started_at", run.startedAt);
    s.bind(":finished_at", run.finishedAt);
    s.bind(":fetch_ms", run.fetchMs);
    s.bind(":parse_ms", run.parseMs);
    s.bind(":commit_ms", run.commitMs);
}

Result<qint64> SqliteFeedStore::createImport(const ImportRun &run)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement s(db,
        "INSERT INTO imports (" IMPORT_COLUMNS ") VALUES (NULLIF(:feed_id, 0), :source, :format, "
        ":status, :added, :updated, :unchanged, :skipped, :error_code, :errors, :bytes, "
        ":started_at, :finished_at, :fetch_ms, :parse_ms, :commit_ms)");
    bindRun(s, run);
    if (auto done = s.exec(); !done)
        return done.error();
    return s.lastInsertId();
}

Result<void> SqliteFeedStore::saveImport(const ImportRun &run)
{
    SqliteStatement s(m_database.handle(),
        "UPDATE imports SET (" IMPORT_COLUMNS ") = (NULLIF(:feed_id, 0), :source, :format, "
        ":status, :added, :updated, :unchanged, :skipped, :error_code, :errors, :bytes, "
        ":started_at, :finished_at, :fetch_ms, :parse_ms, :commit_ms) WHERE id = :id");
    bindRun(s, run);
    s.bind(":id", run.id);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

Result<ImportRun> SqliteFeedStore::importRun(qint64 id)
{
    SqliteStatement s(m_database.handle(),
        "SELECT id, coalesce(feed_id, 0), source, format, status, added, updated, unchanged, "
        "skipped, error_code, errors, bytes, started_at, finished_at, fetch_ms, parse_ms, "
        "commit_ms FROM imports WHERE id = :id");
    s.bind(":id", id);
    const int rc = s.step();
    if (rc == SQLITE_DONE)
        return Error::notFound(QStringLiteral("There is no import %1.").arg(id));
    if (rc != SQLITE_ROW)
        return s.error();
    ImportRun r;
    r.id = s.integer(0);
    r.feedId = s.integer(1);
    r.source = s.text(2);
    r.format = feedFormatFromName(s.text(3));
    r.status = s.text(4);
    r.added = int(s.integer(5));
    r.updated = int(s.integer(6));
    r.unchanged = int(s.integer(7));
    r.skipped = int(s.integer(8));
    r.errorCode = s.text(9);
    for (const QJsonValue &v : QJsonDocument::fromJson(s.bytes(10)).array())
        r.errors.append(v.toString());
    r.bytes = s.integer(11);
    r.startedAt = s.integer(12);
    r.finishedAt = s.integer(13);
    r.fetchMs = s.integer(14);
    r.parseMs = s.integer(15);
    r.commitMs = s.integer(16);
    return r;
}

Result<std::unique_ptr<ImportWriter>> SqliteFeedStore::beginImport(const QString &source)
{
    auto writer = std::make_unique<SqliteImportWriter>(m_database.handle(), source);
    if (auto begun = writer->begin(); !begun)
        return begun.error();
    return std::unique_ptr<ImportWriter>(std::move(writer));
}

Result<QList<StoredEvent>> SqliteFeedStore::searchable(const SearchWindow &window)
{
    // Only what the search contract shows: the hot read path of /search.
    SqliteStatement s(m_database.handle(),
        "SELECT coalesce(uuid, ''), title, starts_at, ends_at, min_price, max_price, external_id "
        "FROM events "
        "WHERE ever_online = 1 AND starts_at BETWEEN :from AND :to ORDER BY starts_at, id");
    s.bind(":from", window.from);
    s.bind(":to", window.to);
    QList<StoredEvent> out;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        StoredEvent e;
        e.uuid = s.text(0);
        e.title = s.text(1);
        e.startsAt = s.integer(2);
        e.endsAt = s.optionalInteger(3);
        e.minPrice = s.optionalReal(4);
        e.maxPrice = s.optionalReal(5);
        e.externalId = s.text(6);
        out.append(std::move(e));
    }
    if (rc != SQLITE_DONE)
        return s.error();
    return out;
}

std::optional<std::pair<qint64, qint64>> SqliteFeedStore::dataVersion()
{
    return m_database.dataVersion();
}

Result<QList<StoredEvent>> SqliteFeedStore::eventsForExport(
    const SearchWindow &window, const QList<qint64> &ids)
{
    QList<StoredEvent> out;
    if (!ids.isEmpty()) {
        SqliteStatement s(m_database.handle(), QByteArray(eventColumns) + "WHERE id = :id");
        for (qint64 id : ids) {
            s.reset();
            s.bind(":id", id);
            if (s.step() == SQLITE_ROW)
                out.append(readStoredEvent(s));
        }
        return out;
    }
    SqliteStatement s(m_database.handle(),
        QByteArray(eventColumns)
            + "WHERE starts_at BETWEEN :from AND :to ORDER BY starts_at, id LIMIT 100000");
    s.bind(":from", window.from);
    s.bind(":to", window.to);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        out.append(readStoredEvent(s));
    if (rc != SQLITE_DONE)
        return s.error();
    return out;
}

} // namespace Eventdesk::Storage
