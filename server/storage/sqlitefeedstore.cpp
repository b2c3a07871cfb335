// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefeedstore.h"
#include "storedeventsql.h"

#include "database.h"
#include "feedservice.h"
#include "sqlitestatement.h"
#include "timeutil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

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
//
// The differences are not held in memory: each is staged, as it is found, in a temporary table
// of this connection (temp.feed_import_rows; SQLite's temporary database is a file, written
// through a small page cache, and writing it takes no lock on the main database). Memory holds
// only an index of the staged keys (a 64-bit hash of each key with its staged row), so a
// 50 MB calendar's 170,000 rows cost a few MB instead of their whole text. commit() writes the
// staged rows into events with set-based statements in the one write transaction; a run that
// is not committed leaves the events untouched and its staging is cleared.
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
              "FROM events WHERE source = :source AND external_id = :external_id")
        , m_event(db, "SELECT id FROM events WHERE source = :source AND external_id = :external_id")
        , m_selectComment(db,
              "SELECT id, event_id, author_name, author_email, body FROM comments "
              "WHERE source = :source AND external_id = :external_id")
        , m_insertComment(db,
              "INSERT INTO comments (event_id, author_name, author_email, body, source, "
              "external_id, created_at, updated_at) VALUES (:event, :author_name, :author_email, "
              ":body, :source, :external_id, :now, :now)")
        , m_updateComment(db,
              "UPDATE comments SET event_id = :event, author_name = :author_name, author_email = "
              ":author_email, body = :body, updated_at = :now WHERE id = :id")
        , m_now(nowMsecs())
    { }

    ~SqliteImportWriter() override
    {
        if (m_inTransaction)
            (void)execScript(m_db, "ROLLBACK");
        if (m_stagedRows > 0)
            (void)clearStaging();
    }

    Result<void> begin()
    {
        for (const SqliteStatement *s :
            {&m_select, &m_event, &m_selectComment, &m_insertComment, &m_updateComment})
            if (!s->isValid())
                return s->error();
        // A bigger page cache keeps the events indexes in memory for a 100,000-plan run
        // (SQLite's default 2 MB spills to disk mid-transaction).
        (void)execScript(m_db, "PRAGMA cache_size = -65536");
        if (auto created = execScript(m_db,
                "CREATE TEMP TABLE IF NOT EXISTS feed_import_rows (id INTEGER, "
                "keep_text INTEGER, title TEXT, description TEXT, location TEXT, category TEXT, "
                "starts_at INTEGER, ends_at INTEGER, external_id TEXT, sell_mode TEXT, "
                "min_price REAL, max_price REAL, sold_out INTEGER, ever_online INTEGER, "
                "base_id TEXT, plan_id TEXT, uuid TEXT)");
            !created)
            return created;
        if (auto cleared = clearStaging(); !cleared) // what a crashed run may have left
            return cleared;
        m_stage.emplace(m_db,
            "INSERT OR REPLACE INTO temp.feed_import_rows (rowid, id, keep_text, title, "
            "description, location, category, starts_at, ends_at, external_id, sell_mode, "
            "min_price, max_price, sold_out, ever_online, base_id, plan_id, uuid) VALUES (:rowid, "
            ":id, :keep_text, :title, :description, :location, :category, :starts_at, :ends_at, "
            ":external_id, :sell_mode, :min_price, :max_price, :sold_out, :ever_online, "
            ":base_id, :plan_id, :uuid)");
        m_selectStaged.emplace(m_db,
            "SELECT external_id, title, description, location, category, starts_at, ends_at, "
            "coalesce(sell_mode, ''), min_price, max_price, sold_out, ever_online, "
            "coalesce(base_id, ''), coalesce(plan_id, '') "
            "FROM temp.feed_import_rows WHERE rowid = :rowid");
        for (const SqliteStatement *s : {&*m_stage, &*m_selectStaged})
            if (!s->isValid())
                return s->error();
        if (auto begun = execScript(m_db, "BEGIN"); !begun) // a read snapshot
            return begun;
        m_inTransaction = true;
        return {};
    }

    Result<UpsertOutcome> upsert(const FeedItem &item) override
    {
        // The same key twice in one document: compare with the staged version.
        auto staged = findStaged(item.externalId);
        if (!staged)
            return staged.error();
        if (staged->row) {
            SqliteStatement &s = *m_selectStaged;
            const qint64 startsAt = item.startsAt.value_or(s.integer(5));
            const bool everOnline = s.integer(11) != 0 || item.online();
            const bool same = sameText(s, 1, item.title) && sameText(s, 2, item.description)
                && sameRow(s, 3, item, startsAt, everOnline);
            s.reset();
            if (same)
                return UpsertOutcome::Unchanged;
            if (auto written = stage(item, *staged, startsAt, everOnline, false); !written)
                return written.error();
            return UpsertOutcome::Updated;
        }
        m_select.reset();
        m_select.bind(":source", m_sourceUtf8);
        m_select.bind(":external_id", item.externalId);
        const int rc = m_select.step();
        Staged row;
        qint64 startsAt = 0;
        bool everOnline = false;
        bool sameTexts = false;
        if (rc == SQLITE_ROW) {
            row.id = m_select.integer(0);
            startsAt = item.startsAt.value_or(m_select.integer(5));
            everOnline = m_select.integer(11) != 0 || item.online();
            sameTexts
                = sameText(m_select, 1, item.title) && sameText(m_select, 2, item.description);
            const bool same = sameTexts && sameRow(m_select, 3, item, startsAt, everOnline);
            m_select.reset();
            if (same)
                return UpsertOutcome::Unchanged;
        } else if (rc == SQLITE_DONE) {
            startsAt = item.startsAt.value_or(m_now);
            everOnline = item.online();
        } else {
            return m_select.error();
        }
        m_select.reset();
        const UpsertOutcome outcome = row.id ? UpsertOutcome::Updated : UpsertOutcome::Added;
        auto written = stage(item, row, startsAt, everOnline, row.id && sameTexts);
        if (!written)
            return written.error();
        row.row = *written;
        remember(item.externalId, row);
        return outcome;
    }

    Result<UpsertOutcome> upsertComment(const FeedComment &comment) override
    {
        qint64 eventId = 0;
        bool parentPending = false;
        auto staged = findStaged(comment.eventExternalId);
        if (!staged)
            return staged.error();
        if (staged->row) {
            m_selectStaged->reset();
            eventId = staged->id; // 0 while the post itself is new
            parentPending = eventId == 0;
        } else {
            m_event.reset();
            m_event.bind(":source", m_sourceUtf8);
            m_event.bind(":external_id", comment.eventExternalId);
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
        m_selectComment.bind(":source", m_sourceUtf8);
        m_selectComment.bind(":external_id", comment.externalId);
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
        if (auto ended = execScript(m_db, "COMMIT"); !ended) // end the read snapshot
            return ended;
        m_inTransaction = false;
        if (m_stagedRows == 0 && m_pendingComments.isEmpty())
            return {};
        if (auto begun = execScript(m_db, "BEGIN IMMEDIATE"); !begun)
            return begun;
        m_inTransaction = true;
        if (auto written = writeStaged(); !written)
            return written; // the destructor rolls back
        for (auto it = m_pendingComments.cbegin(); it != m_pendingComments.cend(); ++it) {
            if (auto written = writeComment(it->id, it->comment); !written)
                return written;
        }
        if (auto done = execScript(m_db, "COMMIT"); !done)
            return done;
        m_inTransaction = false;
        return clearStaging();
    }

private:
    struct Staged
    {
        qint64 row = 0; // its rowid in temp.feed_import_rows; 0: not staged
        qint64 id = 0;  // the events row it changes; 0: a new row
    };
    struct PendingComment
    {
        qint64 id = 0;
        FeedComment comment;
    };

    // Columns from `first` on: location, category, starts_at, ends_at, sell_mode, min_price,
    // max_price, sold_out, ever_online, base_id, plan_id (as m_select and m_selectStaged read
    // them).
    static bool sameRow(
        const SqliteStatement &s, int first, const FeedItem &item, qint64 startsAt, bool everOnline)
    {
        return sameText(s, first, item.location) && sameText(s, first + 1, item.category)
            && s.integer(first + 2) == startsAt && s.optionalInteger(first + 3) == item.endsAt
            && sameText(s, first + 4, item.sellMode) && sameReal(s, first + 5, item.minPrice)
            && sameReal(s, first + 6, item.maxPrice) && (s.integer(first + 7) != 0) == item.soldOut
            && (s.integer(first + 8) != 0) == everOnline && sameText(s, first + 9, item.baseId)
            && sameText(s, first + 10, item.planId);
    }

    static quint64 keyHash(const QString &key) { return quint64(qHash(key, 0x5eedULL)); }

    // The staged row of a key (row 0: none). When found, m_selectStaged stands on that row
    // (columns as sameRow() expects from 3 on, title 1, description 2); the caller resets it.
    Result<Staged> findStaged(const QString &key)
    {
        Staged found;
        if (auto it = m_collided.constFind(key); it != m_collided.cend()) {
            found = *it;
        } else if (auto h = m_staged.constFind(keyHash(key)); h != m_staged.cend()) {
            found = *h;
        } else {
            return Staged {};
        }
        SqliteStatement &s = *m_selectStaged;
        s.reset();
        s.bind(":rowid", found.row);
        if (s.step() != SQLITE_ROW)
            return s.error();
        if (!s.textEquals(0, key.toUtf8())) { // another key with the same hash
            s.reset();
            return Staged {};
        }
        return found;
    }

    void remember(const QString &key, const Staged &staged)
    {
        const quint64 h = keyHash(key);
        if (m_staged.contains(h))
            m_collided.insert(key, staged);
        else
            m_staged.insert(h, staged);
    }

    // Stages one row (again, when staged.row is set); returns its rowid.
    Result<qint64> stage(
        const FeedItem &item, const Staged &staged, qint64 startsAt, bool everOnline, bool keepText)
    {
        SqliteStatement &s = *m_stage;
        s.reset();
        s.bind(":title", item.title);
        s.bind(":description", item.description);
        s.bind(":location", item.location);
        s.bind(":category", item.category);
        s.bind(":starts_at", startsAt);
        s.bind(":ends_at", item.endsAt);
        s.bind(":external_id", item.externalId);
        // As the former one-row statements wrote them: a new row's empty sell mode is NULL, an
        // updated row's is ''.
        if (staged.id)
            s.bind(":sell_mode", item.sellMode);
        else
            s.bind(":sell_mode", optionalText(item.sellMode));
        s.bind(":min_price", item.minPrice);
        s.bind(":max_price", item.maxPrice);
        s.bind(":sold_out", item.soldOut);
        s.bind(":ever_online", everOnline);
        s.bind(":base_id", optionalText(item.baseId));
        s.bind(":plan_id", optionalText(item.planId));
        s.bind(":id", staged.id ? std::optional<qint64>(staged.id) : std::nullopt);
        s.bind(":uuid",
            staged.id ? std::nullopt : std::optional<QString>(planUuid(m_source, item.externalId)));
        // NULL: a new rowid.
        s.bind(":rowid", staged.row ? std::optional<qint64>(staged.row) : std::nullopt);
        s.bind(":keep_text", keepText);
        if (auto done = s.exec(); !done)
            return done.error();
        if (!staged.row)
            ++m_stagedRows;
        return staged.row ? staged.row : s.lastInsertId();
    }

    Result<void> clearStaging()
    {
        // Without a WHERE clause SQLite truncates the table instead of deleting row by row.
        auto cleared = execScript(m_db, "DELETE FROM temp.feed_import_rows");
        if (cleared)
            m_stagedRows = 0;
        return cleared;
    }

    // The staged rows, in the write transaction, by three set-based statements. Updates that
    // keep title and description name neither column, so the events area's full-text triggers
    // (AFTER UPDATE OF title, description) do not fire for a price change. New rows and rows
    // whose text changed go through one INSERT ... SELECT and one UPDATE ... FROM: written one
    // statement per row, every statement would open a statement savepoint, at which FTS5 writes
    // its pending terms out as a new segment: 100,000 one-row segments, merged again and again
    // (5.4 s instead of 2-3 s for a first import). The same triggers run for every row, the
    // index stays exact, and FTS5 flushes once.
    Result<void> writeStaged()
    {
        SqliteStatement keepText(m_db,
            "UPDATE events SET location = r.location, category = r.category, "
            "starts_at = r.starts_at, ends_at = r.ends_at, sell_mode = r.sell_mode, "
            "min_price = r.min_price, max_price = r.max_price, sold_out = r.sold_out, "
            "ever_online = r.ever_online, base_id = r.base_id, plan_id = r.plan_id, "
            "version = version + 1, updated_at = :now "
            "FROM temp.feed_import_rows AS r WHERE r.keep_text = 1 AND events.id = r.id");
        SqliteStatement insert(m_db,
            "INSERT INTO events (title, description, location, category, starts_at, ends_at, "
            "source, external_id, sell_mode, min_price, max_price, sold_out, ever_online, "
            "base_id, plan_id, uuid, created_at, updated_at) "
            "SELECT title, description, location, category, starts_at, ends_at, :source, "
            "external_id, sell_mode, min_price, max_price, sold_out, ever_online, base_id, "
            "plan_id, uuid, :now, :now FROM temp.feed_import_rows WHERE id IS NULL ORDER BY rowid");
        SqliteStatement update(m_db,
            "UPDATE events SET title = r.title, description = r.description, "
            "location = r.location, category = r.category, starts_at = r.starts_at, "
            "ends_at = r.ends_at, sell_mode = r.sell_mode, min_price = r.min_price, "
            "max_price = r.max_price, sold_out = r.sold_out, ever_online = r.ever_online, "
            "base_id = r.base_id, plan_id = r.plan_id, version = version + 1, updated_at = :now "
            "FROM temp.feed_import_rows AS r "
            "WHERE r.id IS NOT NULL AND r.keep_text = 0 AND events.id = r.id");
        for (SqliteStatement *s : {&keepText, &insert, &update}) {
            if (!s->isValid())
                return s->error();
            s->bind(":now", m_now);
            if (s == &insert)
                s->bind(":source", m_sourceUtf8);
            if (auto done = s->exec(); !done)
                return done.error();
        }
        return {};
    }

    Result<void> writeComment(qint64 id, const FeedComment &comment)
    {
        m_event.reset();
        m_event.bind(":source", m_sourceUtf8);
        m_event.bind(":external_id", comment.eventExternalId);
        if (m_event.step() != SQLITE_ROW)
            return Error::internal(
                QStringLiteral("comment %1 lost its post").arg(comment.externalId));
        const qint64 eventId = m_event.integer(0);
        m_event.reset();
        SqliteStatement &s = id ? m_updateComment : m_insertComment;
        s.reset();
        s.bind(":event", eventId);
        s.bind(":author_name", comment.authorName);
        s.bind(":author_email", comment.authorEmail);
        s.bind(":body", comment.body);
        s.bind(":now", m_now);
        if (id) {
            s.bind(":id", id);
        } else {
            s.bind(":source", m_sourceUtf8);
            s.bind(":external_id", comment.externalId);
        }
        if (auto done = s.exec(); !done)
            return done.error();
        return {};
    }

    // Empty text as NULL.
    static std::optional<QString> optionalText(const QString &v)
    {
        return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
    }

    sqlite3 *m_db;
    QString m_source;
    QByteArray m_sourceUtf8;
    SqliteStatement m_select, m_event, m_selectComment, m_insertComment, m_updateComment;
    std::optional<SqliteStatement> m_stage, m_selectStaged; // on the temporary table
    qint64 m_now;
    bool m_inTransaction = false;
    qint64 m_stagedRows = 0;
    QHash<quint64, Staged> m_staged;   // by keyHash()
    QHash<QString, Staged> m_collided; // keys whose hash an earlier key already had
    QHash<QString, PendingComment> m_pendingComments;
};

constexpr const char *eventColumns = "SELECT " EVENTDESK_STORED_EVENT_COLUMNS " FROM events e ";

} // namespace

StoredEvent readStoredEvent(const SqliteStatement &s)
{
    return SqlStores::readStoredEvent(s);
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
