// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedservice.h"
#include "feedstore.h"
#include "sqlcommon.h"
#include "storedeventsql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace Eventdesk::SqlStores {

// The feeds store once, for every SQL backend (docs/architecture.md, "One data-access style"):
// feeds, import runs, the search and export reads. Storage::SqliteFeedStore and
// PgStorage::PgFeedStore are this template with their backend and add what differs: the import
// writer (SQLite's is tuned for its single writer; PostgreSQL's stages in a temporary table of its
// own session), dataVersion() and, on PostgreSQL, claimFeed(). A Backend gives:
//   Database, Connection, Statement           the backend's types
//   static Connection *handle(Database &)      this thread's connection
//   static constexpr const char *least, *greatest
//                                             the smaller / larger of two values: SQLite's
//                                             scalar min() / max(), PostgreSQL's LEAST / GREATEST

// The columns of feeds that readFeed() reads, in its order.
#define EVENTDESK_FEED_COLUMNS                                                                     \
    "id, name, location, format, source, interval_seconds, enabled, etag, last_modified, "         \
    "last_run_at, last_status, last_error, last_import_id, next_run_at, coalesce(created_by, 0), " \
    "created_at, updated_at"

// The columns of imports that bindRun() fills and readImportRun() reads (after the id).
#define EVENTDESK_IMPORT_COLUMNS                                                                   \
    "feed_id, source, format, status, added, updated, unchanged, skipped, error_code, errors, "    \
    "bytes, started_at, finished_at, fetch_ms, parse_ms, commit_ms"
#define EVENTDESK_IMPORT_VALUES                                                                    \
    "NULLIF(CAST(:feed_id AS BIGINT), 0), :source, :format, :status, :added, :updated, "           \
    ":unchanged, :skipped, :error_code, :errors, :bytes, :started_at, :finished_at, :fetch_ms, "   \
    ":parse_ms, :commit_ms"

// What an import compares with an event row (or a staged row), from title on: title,
// description, then sameImportedRow()'s columns.
#define EVENTDESK_IMPORT_COMPARED                                                                  \
    "title, description, location, category, starts_at, ends_at, coalesce(sell_mode, ''), "        \
    "min_price, max_price, sold_out, ever_online, coalesce(base_id, ''), coalesce(plan_id, '')"
// The staging table's columns beyond its row number (both writers stage the same rows).
#define EVENTDESK_IMPORT_STAGED                                                                    \
    "id, keep_text, title, description, location, category, starts_at, ends_at, external_id, "     \
    "sell_mode, min_price, max_price, sold_out, ever_online, base_id, plan_id, uuid"
#define EVENTDESK_IMPORT_STAGED_VALUES                                                             \
    ":id, :keep_text, :title, :description, :location, :category, :starts_at, :ends_at, "          \
    ":external_id, :sell_mode, :min_price, :max_price, :sold_out, :ever_online, :base_id, "        \
    ":plan_id, :uuid"
// An imported comment: looked up by its key, written once the run commits.
#define EVENTDESK_IMPORT_SELECT_COMMENT                                                            \
    "SELECT id, event_id, author_name, author_email, body FROM comments "                          \
    "WHERE source = :source AND external_id = :external_id"
#define EVENTDESK_IMPORT_INSERT_COMMENT                                                            \
    "INSERT INTO comments (event_id, author_name, author_email, body, source, external_id, "       \
    "created_at, updated_at) VALUES (:event, :author_name, :author_email, :body, :source, "        \
    ":external_id, :now, :now)"
#define EVENTDESK_IMPORT_UPDATE_COMMENT                                                            \
    "UPDATE comments SET event_id = :event, author_name = :author_name, author_email = "           \
    ":author_email, body = :body, updated_at = :now WHERE id = :id"

// The three set-based statements that write a run's staged rows into events (staging: the
// temporary table's name): updates that keep title and description (naming neither column, so
// full-text triggers on them do not fire), new rows (in staging order; binds :source), and the
// other updates; order: the staging table's row-number column. Each binds :now.
inline QList<QByteArray> importWrites(const QByteArray &staging, const QByteArray &order)
{
    return {"UPDATE events SET location = r.location, category = r.category, "
            "starts_at = r.starts_at, ends_at = r.ends_at, sell_mode = r.sell_mode, "
            "min_price = r.min_price, max_price = r.max_price, sold_out = r.sold_out, "
            "ever_online = r.ever_online, base_id = r.base_id, plan_id = r.plan_id, "
            "version = version + 1, updated_at = :now FROM "
            + staging + " AS r WHERE r.keep_text = 1 AND events.id = r.id",
        "INSERT INTO events (title, description, location, category, starts_at, ends_at, "
        "source, external_id, sell_mode, min_price, max_price, sold_out, ever_online, "
        "base_id, plan_id, uuid, created_at, updated_at) "
        "SELECT title, description, location, category, starts_at, ends_at, :source, "
        "external_id, sell_mode, min_price, max_price, sold_out, ever_online, base_id, "
        "plan_id, uuid, :now, :now FROM "
            + staging + " WHERE id IS NULL ORDER BY " + order,
        "UPDATE events SET title = r.title, description = r.description, "
        "location = r.location, category = r.category, starts_at = r.starts_at, "
        "ends_at = r.ends_at, sell_mode = r.sell_mode, min_price = r.min_price, "
        "max_price = r.max_price, sold_out = r.sold_out, ever_online = r.ever_online, "
        "base_id = r.base_id, plan_id = r.plan_id, version = version + 1, updated_at = :now "
        "FROM "
            + staging + " AS r WHERE r.id IS NOT NULL AND r.keep_text = 0 AND events.id = r.id"};
}

namespace detail {

template<typename Statement> Core::Feed readFeed(const Statement &s)
{
    Core::Feed f;
    f.id = s.integer(0);
    f.name = s.text(1);
    f.location = s.text(2);
    f.format = Core::feedFormatFromName(s.text(3));
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

template<typename Statement> void bindRun(Statement &s, const Core::ImportRun &run)
{
    s.bind(":feed_id", qMax<qint64>(run.feedId, 0));
    s.bind(":source", run.source);
    s.bind(":format", Core::feedFormatName(run.format));
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

template<typename Statement> Core::ImportRun readImportRun(const Statement &s)
{
    Core::ImportRun r;
    r.id = s.integer(0);
    r.feedId = s.integer(1);
    r.source = s.text(2);
    r.format = Core::feedFormatFromName(s.text(3));
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

} // namespace detail

// The comparisons of an import, on a row of EVENTDESK_IMPORT_COMPARED (or the staged copy).
template<typename Statement> bool sameImportedText(const Statement &s, int c, const QString &v)
{
    return s.textEquals(c, v.toUtf8());
}

template<typename Statement>
bool sameImportedReal(const Statement &s, int c, const std::optional<double> &v)
{
    if (s.isNull(c))
        return !v.has_value();
    return v.has_value() && s.real(c) == *v;
}

// Columns from `first` on: location, category, starts_at, ends_at, sell_mode, min_price,
// max_price, sold_out, ever_online, base_id, plan_id.
template<typename Statement>
bool sameImportedRow(
    const Statement &s, int first, const Core::FeedItem &item, qint64 startsAt, bool everOnline)
{
    return sameImportedText(s, first, item.location)
        && sameImportedText(s, first + 1, item.category) && s.integer(first + 2) == startsAt
        && s.optionalInteger(first + 3) == item.endsAt
        && sameImportedText(s, first + 4, item.sellMode)
        && sameImportedReal(s, first + 5, item.minPrice)
        && sameImportedReal(s, first + 6, item.maxPrice)
        && (s.integer(first + 7) != 0) == item.soldOut && (s.integer(first + 8) != 0) == everOnline
        && sameImportedText(s, first + 9, item.baseId)
        && sameImportedText(s, first + 10, item.planId);
}

// Binds EVENTDESK_IMPORT_UPDATE_COMMENT (id set) or EVENTDESK_IMPORT_INSERT_COMMENT (id 0).
template<typename Statement, typename Source>
void bindImportedComment(Statement &s, qint64 id, qint64 eventId, const Core::FeedComment &comment,
    const Source &source, qint64 now)
{
    s.bind(":event", eventId);
    s.bind(":author_name", comment.authorName);
    s.bind(":author_email", comment.authorEmail);
    s.bind(":body", comment.body);
    s.bind(":now", now);
    if (id) {
        s.bind(":id", id);
    } else {
        s.bind(":source", source);
        s.bind(":external_id", comment.externalId);
    }
}

// The keys an import run has staged, by a 64-bit hash of each: a few MB for 170,000 rows instead
// of their text. A hit is a candidate that the writer confirms against the staged row's key
// (another key with the same hash is a miss); keys whose hash an earlier key had are kept whole.
class StagedKeys
{
public:
    struct Staged
    {
        qint64 row = 0; // its row number in the staging table; 0: not staged
        qint64 id = 0;  // the events row it changes; 0: a new row
    };
    Staged candidate(const QString &key) const
    {
        if (auto it = m_collided.constFind(key); it != m_collided.cend())
            return *it;
        if (auto h = m_staged.constFind(hash(key)); h != m_staged.cend())
            return *h;
        return {};
    }
    void remember(const QString &key, const Staged &staged)
    {
        const quint64 h = hash(key);
        if (m_staged.contains(h))
            m_collided.insert(key, staged);
        else
            m_staged.insert(h, staged);
    }

private:
    static quint64 hash(const QString &key) { return quint64(qHash(key, 0x5eedULL)); }
    QHash<quint64, Staged> m_staged;
    QHash<QString, Staged> m_collided;
};

template<typename Backend> class FeedSql : public Core::FeedStore
{
public:
    using Database = typename Backend::Database;
    using Connection = typename Backend::Connection;
    using Statement = typename Backend::Statement;
    template<typename T> using Result = Core::Result<T>;

    explicit FeedSql(Database &database)
        : m_database(database)
    { }

    Result<QList<Core::Feed>> feeds() override { return selectFeeds("ORDER BY id", 0); }
    Result<Core::Feed> feed(qint64 id) override;
    Result<Core::Feed> createFeed(const Core::Feed &feed) override;
    Result<Core::Feed> updateFeed(const Core::Feed &feed) override;
    Result<void> deleteFeed(qint64 id) override;
    Result<QList<Core::Feed>> dueFeeds(qint64 now) override
    {
        return selectFeeds("WHERE enabled = 1 AND interval_seconds > 0 AND next_run_at <= :value "
                           "ORDER BY next_run_at",
            now);
    }

    Result<qint64> createImport(const Core::ImportRun &run) override;
    Result<void> saveImport(const Core::ImportRun &run) override;
    Result<Core::ImportRun> importRun(qint64 id) override;
    Result<void> recordFeedRun(const Core::Feed &feed) override;

    Result<QList<Core::StoredEvent>> searchable(const Core::SearchWindow &window) override;
    Result<QList<Core::StoredEvent>> eventsForExport(
        const Core::SearchWindow &window, const QList<qint64> &ids) override;

protected:
    Connection *handle() const { return Backend::handle(m_database); }
    Database &m_database;

private:
    Result<QList<Core::Feed>> selectFeeds(const char *where, qint64 value);
    static Core::Error noFeed(qint64 id)
    {
        return Core::Error::notFound(QStringLiteral("There is no feed %1.").arg(id));
    }
};

template<typename Backend>
Core::Result<QList<Core::Feed>> FeedSql<Backend>::selectFeeds(const char *where, qint64 value)
{
    Statement s(handle(), QByteArray("SELECT " EVENTDESK_FEED_COLUMNS " FROM feeds ") + where);
    if (!s.isValid())
        return s.error();
    s.bindIfUsed(":value", value);
    QList<Core::Feed> out;
    Core::Result<bool> row = false;
    while ((row = s.next()) && *row)
        out.append(detail::readFeed(s));
    if (!row)
        return row.error();
    return out;
}

template<typename Backend> Core::Result<Core::Feed> FeedSql<Backend>::feed(qint64 id)
{
    auto found = selectFeeds("WHERE id = :value", id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noFeed(id);
    return found->first();
}

template<typename Backend>
Core::Result<Core::Feed> FeedSql<Backend>::createFeed(const Core::Feed &feed)
{
    Connection *db = handle();
    Statement s(db,
        "INSERT INTO feeds (name, location, format, source, interval_seconds, enabled, "
        "next_run_at, created_by, created_at, updated_at) VALUES (:name, :location, :format, "
        ":source, :interval, :enabled, :next_run_at, NULLIF(CAST(:created_by AS BIGINT), 0), "
        ":created_at, :updated_at) RETURNING id");
    s.bind(":name", feed.name);
    s.bind(":location", feed.location);
    s.bind(":format", Core::feedFormatName(feed.format));
    s.bind(":source", feed.source.isEmpty() ? QStringLiteral("pending") : feed.source);
    s.bind(":interval", feed.intervalSeconds);
    s.bind(":enabled", feed.enabled);
    s.bind(":next_run_at", feed.nextRunAt);
    s.bind(":created_by", qMax<qint64>(feed.createdBy, 0));
    s.bind(":created_at", feed.createdAt);
    s.bind(":updated_at", feed.updatedAt);
    const auto id = detail::returnedId(s);
    if (!id)
        return id.error();
    if (feed.source.isEmpty()) {
        Statement u(db, "UPDATE feeds SET source = 'feed-' || id WHERE id = :id");
        u.bind(":id", *id);
        if (auto done = u.exec(); !done)
            return done.error();
    }
    return this->feed(*id);
}

template<typename Backend>
Core::Result<Core::Feed> FeedSql<Backend>::updateFeed(const Core::Feed &feed)
{
    Statement s(handle(),
        QByteArray("UPDATE feeds SET name = :name, location = :location, format = :format, "
                   "interval_seconds = :interval, enabled = :enabled, updated_at = :updated_at, "
                   "next_run_at = CASE WHEN :interval > 0 THEN ")
            + Backend::least + "(" + Backend::greatest
            + "(next_run_at, 0), last_run_at + CAST(:interval AS BIGINT) * 1000) ELSE 0 END, "
              "etag = CASE WHEN location = :location THEN etag ELSE '' END, "
              "last_modified = CASE WHEN location = :location THEN last_modified ELSE '' END "
              "WHERE id = :id");
    s.bind(":name", feed.name);
    s.bind(":location", feed.location);
    s.bind(":format", Core::feedFormatName(feed.format));
    s.bind(":interval", feed.intervalSeconds);
    s.bind(":enabled", feed.enabled);
    s.bind(":updated_at", feed.updatedAt);
    s.bind(":id", feed.id);
    const auto changed = s.exec();
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return noFeed(feed.id);
    return this->feed(feed.id);
}

template<typename Backend> Core::Result<void> FeedSql<Backend>::deleteFeed(qint64 id)
{
    Statement s(handle(), "DELETE FROM feeds WHERE id = :id");
    s.bind(":id", id);
    const auto changed = s.exec();
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return noFeed(id);
    return {};
}

template<typename Backend>
Core::Result<void> FeedSql<Backend>::recordFeedRun(const Core::Feed &feed)
{
    Statement s(handle(),
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

template<typename Backend>
Core::Result<qint64> FeedSql<Backend>::createImport(const Core::ImportRun &run)
{
    Statement s(handle(),
        "INSERT INTO imports (" EVENTDESK_IMPORT_COLUMNS ") VALUES (" EVENTDESK_IMPORT_VALUES
        ") RETURNING id");
    detail::bindRun(s, run);
    return detail::returnedId(s);
}

template<typename Backend>
Core::Result<void> FeedSql<Backend>::saveImport(const Core::ImportRun &run)
{
    Statement s(handle(),
        "UPDATE imports SET (" EVENTDESK_IMPORT_COLUMNS ") = (" EVENTDESK_IMPORT_VALUES
        ") WHERE id = :id");
    detail::bindRun(s, run);
    s.bind(":id", run.id);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

template<typename Backend> Core::Result<Core::ImportRun> FeedSql<Backend>::importRun(qint64 id)
{
    Statement s(handle(),
        "SELECT id, coalesce(feed_id, 0), source, format, status, added, updated, unchanged, "
        "skipped, error_code, errors, bytes, started_at, finished_at, fetch_ms, parse_ms, "
        "commit_ms FROM imports WHERE id = :id");
    s.bind(":id", id);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::notFound(QStringLiteral("There is no import %1.").arg(id));
    return detail::readImportRun(s);
}

template<typename Backend>
Core::Result<QList<Core::StoredEvent>> FeedSql<Backend>::searchable(
    const Core::SearchWindow &window)
{
    // Only what the search contract shows: the hot read path of /search.
    Statement s(handle(),
        "SELECT coalesce(uuid, ''), title, starts_at, ends_at, min_price, max_price, external_id "
        "FROM events "
        "WHERE ever_online = 1 AND starts_at BETWEEN :from AND :to ORDER BY starts_at, id");
    s.bind(":from", window.from);
    s.bind(":to", window.to);
    QList<Core::StoredEvent> out;
    Core::Result<bool> row = false;
    while ((row = s.next()) && *row) {
        Core::StoredEvent e;
        e.uuid = s.text(0);
        e.title = s.text(1);
        e.startsAt = s.integer(2);
        e.endsAt = s.optionalInteger(3);
        e.minPrice = s.optionalReal(4);
        e.maxPrice = s.optionalReal(5);
        e.externalId = s.text(6);
        out.append(std::move(e));
    }
    if (!row)
        return row.error();
    return out;
}

template<typename Backend>
Core::Result<QList<Core::StoredEvent>> FeedSql<Backend>::eventsForExport(
    const Core::SearchWindow &window, const QList<qint64> &ids)
{
    QList<Core::StoredEvent> out;
    Connection *db = handle();
    for (qint64 id : ids) {
        Statement s(db, "SELECT " EVENTDESK_STORED_EVENT_COLUMNS " FROM events e WHERE id = :id");
        s.bind(":id", id);
        const auto row = s.next();
        if (!row)
            return row.error();
        if (*row)
            out.append(SqlStores::readStoredEvent(s));
    }
    if (!ids.isEmpty())
        return out;
    Statement s(db,
        "SELECT " EVENTDESK_STORED_EVENT_COLUMNS " FROM events e "
        "WHERE starts_at BETWEEN :from AND :to ORDER BY starts_at, id LIMIT 100000");
    s.bind(":from", window.from);
    s.bind(":to", window.to);
    Core::Result<bool> row = false;
    while ((row = s.next()) && *row)
        out.append(SqlStores::readStoredEvent(s));
    if (!row)
        return row.error();
    return out;
}

} // namespace Eventdesk::SqlStores
