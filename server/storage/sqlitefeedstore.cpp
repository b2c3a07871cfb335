// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefeedstore.h"
#include "storedeventsql.h"

#include "database.h"
#include "feedservice.h"
#include "sqlitestatement.h"
#include "timeutil.h"

#include <QHash>

#include <optional>

namespace Eventdesk::Storage {

using namespace Core;

namespace {

using SqlStores::sameImportedRow;
using SqlStores::sameImportedText;

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
              "SELECT id, " EVENTDESK_IMPORT_COMPARED
              " FROM events WHERE source = :source AND external_id = :external_id")
        , m_event(db, "SELECT id FROM events WHERE source = :source AND external_id = :external_id")
        , m_selectComment(db, EVENTDESK_IMPORT_SELECT_COMMENT)
        , m_insertComment(db, EVENTDESK_IMPORT_INSERT_COMMENT)
        , m_updateComment(db, EVENTDESK_IMPORT_UPDATE_COMMENT)
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
            "INSERT OR REPLACE INTO temp.feed_import_rows (rowid, " EVENTDESK_IMPORT_STAGED
            ") VALUES (:rowid, " EVENTDESK_IMPORT_STAGED_VALUES ")");
        m_selectStaged.emplace(m_db,
            "SELECT external_id, " EVENTDESK_IMPORT_COMPARED
            " FROM temp.feed_import_rows WHERE rowid = :rowid");
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
            const bool same = sameImportedText(s, 1, item.title)
                && sameImportedText(s, 2, item.description)
                && sameImportedRow(s, 3, item, startsAt, everOnline);
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
            sameTexts = sameImportedText(m_select, 1, item.title)
                && sameImportedText(m_select, 2, item.description);
            const bool same = sameTexts && sameImportedRow(m_select, 3, item, startsAt, everOnline);
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
        m_keys.remember(item.externalId, row);
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
                && sameImportedText(m_selectComment, 2, comment.authorName)
                && sameImportedText(m_selectComment, 3, comment.authorEmail)
                && sameImportedText(m_selectComment, 4, comment.body);
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
    using Staged = SqlStores::StagedKeys::Staged; // row: its rowid in temp.feed_import_rows
    struct PendingComment
    {
        qint64 id = 0;
        FeedComment comment;
    };

    // The staged row of a key (row 0: none). When found, m_selectStaged stands on that row
    // (columns as sameImportedRow() expects from 3 on, title 1, description 2); the caller resets
    // it.
    Result<Staged> findStaged(const QString &key)
    {
        const Staged found = m_keys.candidate(key);
        if (!found.row)
            return Staged {};
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
        for (const QByteArray &sql : SqlStores::importWrites("temp.feed_import_rows", "rowid")) {
            SqliteStatement s(m_db, sql);
            if (!s.isValid())
                return s.error();
            s.bind(":now", m_now);
            s.bindIfUsed(":source", m_sourceUtf8);
            if (auto done = s.exec(); !done)
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
        SqlStores::bindImportedComment(s, id, eventId, comment, m_sourceUtf8, m_now);
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
    SqlStores::StagedKeys m_keys;
    QHash<QString, PendingComment> m_pendingComments;
};

} // namespace

StoredEvent readStoredEvent(const SqliteStatement &s)
{
    return SqlStores::readStoredEvent(s);
}

Result<std::unique_ptr<ImportWriter>> SqliteFeedStore::beginImport(const QString &source)
{
    auto writer = std::make_unique<SqliteImportWriter>(m_database.handle(), source);
    if (auto begun = writer->begin(); !begun)
        return begun.error();
    return std::unique_ptr<ImportWriter>(std::move(writer));
}

std::optional<std::pair<qint64, qint64>> SqliteFeedStore::dataVersion()
{
    return m_database.dataVersion();
}

} // namespace Eventdesk::Storage

namespace Eventdesk::SqlStores {
template class FeedSql<Storage::SqliteBackend>;
} // namespace Eventdesk::SqlStores
