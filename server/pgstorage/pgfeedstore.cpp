// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgfeedstore.h"

#include "pgeventstore.h"
#include "timeutil.h"

#include <QHash>

#include <memory>
#include <optional>

namespace Eventdesk::PgStorage {

using namespace Core;
using SqlStores::sameImportedRow;
using SqlStores::sameImportedText;

namespace {

// The two-key advisory lock space of feeds (the one-key space is the accounts' and the
// migrations'): "Fd".
constexpr int FeedLockSpace = 0x4664;

// Text for a PostgreSQL array literal, one element at a time ("{"a","b",NULL}").
class ArrayText
{
public:
    void add(const std::optional<QByteArray> &value)
    {
        m_text += m_text.isEmpty() ? '{' : ',';
        if (!value) {
            m_text += "NULL";
            return;
        }
        m_text += '"';
        for (const char c : *value) {
            if (c == '"' || c == '\\')
                m_text += '\\';
            m_text += c;
        }
        m_text += '"';
    }
    void add(const QString &value) { add(std::optional<QByteArray>(value.toUtf8())); }
    void add(const std::optional<QString> &value)
    {
        add(value ? std::optional<QByteArray>(value->toUtf8()) : std::nullopt);
    }
    void add(qint64 value) { add(std::optional<QByteArray>(QByteArray::number(value))); }
    void add(const std::optional<qint64> &value)
    {
        add(value ? std::optional<QByteArray>(QByteArray::number(*value)) : std::nullopt);
    }
    void add(const std::optional<double> &value)
    {
        add(value ? std::optional<QByteArray>(QByteArray::number(*value, 'g', 17)) : std::nullopt);
    }
    QByteArray text() const { return m_text.isEmpty() ? QByteArray("{}") : m_text + '}'; }
    void clear() { m_text.clear(); }

private:
    QByteArray m_text;
};

std::optional<QString> optionalText(const QString &v)
{
    return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
}

// One import run in one transaction (READ COMMITTED): each element is compared with events as
// it streams in and only the differences are staged, in batches, in pg_temp.feed_import_rows (a
// temporary table of this session, emptied at every commit and gone with a rollback); commit()
// writes them into events with the set-based statements SQLite's writer uses
// (SqlStores::importWrites) and commits. A run that is not committed rolls back: nothing stays.
// Runs of one source are serialised across processes by a transaction-scoped advisory lock, so
// the comparisons stay valid until the commit (in one process FeedService already runs one
// import at a time).
class PgImportWriter : public ImportWriter
{
public:
    PgImportWriter(PGconn *db, QString source)
        : m_db(db)
        , m_source(std::move(source))
        , m_now(nowMsecs())
    { }

    ~PgImportWriter() override
    {
        if (m_inTransaction)
            (void)pgExecScript(m_db, "ROLLBACK");
    }

    Result<void> begin()
    {
        if (auto begun = pgExecScript(m_db, "BEGIN"); !begun)
            return begun;
        m_inTransaction = true;
        PgStatement lock(m_db, "SELECT pg_advisory_xact_lock(:space, hashtext(:source))");
        lock.bind(":space", FeedLockSpace + 1);
        lock.bind(":source", m_source);
        if (auto locked = lock.exec(); !locked)
            return locked.error();
        return pgExecScript(m_db,
            "CREATE TEMP TABLE IF NOT EXISTS feed_import_rows (row BIGINT PRIMARY KEY, id BIGINT, "
            "keep_text INTEGER, title TEXT, description TEXT, location TEXT, category TEXT, "
            "starts_at BIGINT, ends_at BIGINT, external_id TEXT, sell_mode TEXT, "
            "min_price DOUBLE PRECISION, max_price DOUBLE PRECISION, sold_out INTEGER, "
            "ever_online INTEGER, base_id TEXT, plan_id TEXT, uuid TEXT) ON COMMIT DELETE ROWS");
    }

    Result<UpsertOutcome> upsert(const FeedItem &item) override
    {
        // The same key twice in one document: compare with the staged version.
        auto staged = findStaged(item.externalId);
        if (!staged)
            return staged.error();
        if (staged->staged.row) {
            const PgStatement &s = *staged->statement;
            const qint64 startsAt = item.startsAt.value_or(s.integer(5));
            const bool everOnline = s.integer(11) != 0 || item.online();
            const bool same = sameImportedText(s, 1, item.title)
                && sameImportedText(s, 2, item.description)
                && sameImportedRow(s, 3, item, startsAt, everOnline);
            if (same)
                return UpsertOutcome::Unchanged;
            stage(item, staged->staged, startsAt, everOnline, false);
            return flushIfFull(UpsertOutcome::Updated);
        }
        PgStatement select(m_db,
            "SELECT id, " EVENTDESK_IMPORT_COMPARED
            " FROM events WHERE source = :source AND external_id = :external_id");
        select.bind(":source", m_source);
        select.bind(":external_id", item.externalId);
        const auto found = select.next();
        if (!found)
            return found.error();
        Staged row;
        qint64 startsAt = 0;
        bool everOnline = false;
        bool sameTexts = false;
        if (*found) {
            row.id = select.integer(0);
            startsAt = item.startsAt.value_or(select.integer(5));
            everOnline = select.integer(11) != 0 || item.online();
            sameTexts = sameImportedText(select, 1, item.title)
                && sameImportedText(select, 2, item.description);
            if (sameTexts && sameImportedRow(select, 3, item, startsAt, everOnline))
                return UpsertOutcome::Unchanged;
        } else {
            startsAt = item.startsAt.value_or(m_now);
            everOnline = item.online();
        }
        const UpsertOutcome outcome = row.id ? UpsertOutcome::Updated : UpsertOutcome::Added;
        row.row = stage(item, row, startsAt, everOnline, row.id && sameTexts);
        m_keys.remember(item.externalId, row);
        return flushIfFull(outcome);
    }

    Result<UpsertOutcome> upsertComment(const FeedComment &comment) override
    {
        qint64 eventId = 0;
        bool parentPending = false;
        auto staged = findStaged(comment.eventExternalId);
        if (!staged)
            return staged.error();
        if (staged->staged.row) {
            eventId = staged->staged.id; // 0 while the post itself is new
            parentPending = eventId == 0;
        } else {
            auto found = eventId_(comment.eventExternalId);
            if (!found)
                return found.error();
            eventId = *found;
            if (!eventId)
                return Error::notFound(QStringLiteral("comment %1: post %2 is not imported")
                                           .arg(comment.externalId, comment.eventExternalId));
        }
        if (auto it = m_pendingComments.find(comment.externalId); it != m_pendingComments.end()) {
            *it = {it->id, comment};
            return UpsertOutcome::Updated;
        }
        PgStatement select(m_db, EVENTDESK_IMPORT_SELECT_COMMENT);
        select.bind(":source", m_source);
        select.bind(":external_id", comment.externalId);
        const auto found = select.next();
        if (!found)
            return found.error();
        qint64 id = 0;
        if (*found) {
            id = select.integer(0);
            const bool same = !parentPending && select.integer(1) == eventId
                && sameImportedText(select, 2, comment.authorName)
                && sameImportedText(select, 3, comment.authorEmail)
                && sameImportedText(select, 4, comment.body);
            if (same)
                return UpsertOutcome::Unchanged;
        }
        m_pendingComments.insert(comment.externalId, {id, comment});
        return id ? UpsertOutcome::Updated : UpsertOutcome::Added;
    }

    Result<void> commit() override
    {
        if (auto flushed = flush(); !flushed)
            return flushed;
        if (m_lastRow > 0) {
            for (const QByteArray &sql :
                SqlStores::importWrites("pg_temp.feed_import_rows", "row")) {
                PgStatement s(m_db, sql);
                s.bind(":now", m_now);
                s.bindIfUsed(":source", m_source);
                if (auto done = s.exec(); !done)
                    return done.error(); // the destructor rolls back
            }
        }
        for (auto it = m_pendingComments.cbegin(); it != m_pendingComments.cend(); ++it) {
            if (auto written = writeComment(it->id, it->comment); !written)
                return written;
        }
        if (auto done = pgExecScript(m_db, "COMMIT"); !done)
            return done;
        m_inTransaction = false;
        return {};
    }

private:
    using Staged = SqlStores::StagedKeys::Staged; // row: its row in pg_temp.feed_import_rows
    struct Found
    {
        Staged staged;
        // Stands on the staged row: external_id, then EVENTDESK_IMPORT_COMPARED.
        std::unique_ptr<PgStatement> statement;
    };
    struct PendingComment
    {
        qint64 id = 0;
        FeedComment comment;
    };
    // Staged rows are sent in batches of this many.
    static constexpr int BatchRows = 500;

    Result<Found> findStaged(const QString &key)
    {
        Found found;
        const Staged candidate = m_keys.candidate(key);
        if (!candidate.row)
            return found;
        if (auto flushed = flush(); !flushed) // the row may still be in the batch
            return flushed.error();
        found.statement = std::make_unique<PgStatement>(m_db,
            "SELECT external_id, " EVENTDESK_IMPORT_COMPARED
            " FROM pg_temp.feed_import_rows WHERE row = :row");
        found.statement->bind(":row", candidate.row);
        const auto row = found.statement->next();
        if (!row)
            return row.error();
        if (!*row)
            return Error::internal(QStringLiteral("staged row %1 is missing").arg(candidate.row));
        if (found.statement->textEquals(0, key.toUtf8())) // not another key with the same hash
            found.staged = candidate;
        return found;
    }

    Result<qint64> eventId_(const QString &externalId)
    {
        PgStatement s(
            m_db, "SELECT id FROM events WHERE source = :source AND external_id = :external_id");
        s.bind(":source", m_source);
        s.bind(":external_id", externalId);
        return SqlStores::detail::scalar(s);
    }

    // Adds one row to the batch (again, when staged.row is set); returns its row number.
    qint64 stage(
        const FeedItem &item, const Staged &staged, qint64 startsAt, bool everOnline, bool keepText)
    {
        const qint64 row = staged.row ? staged.row : ++m_lastRow;
        m_columns[0].add(row);
        m_columns[1].add(staged.id ? std::optional<qint64>(staged.id) : std::nullopt);
        m_columns[2].add(qint64(keepText ? 1 : 0));
        m_columns[3].add(item.title);
        m_columns[4].add(item.description);
        m_columns[5].add(item.location);
        m_columns[6].add(item.category);
        m_columns[7].add(startsAt);
        m_columns[8].add(item.endsAt);
        m_columns[9].add(item.externalId);
        // As SQLite's writer stages them: a new row's empty sell mode is NULL, an updated
        // row's is ''.
        m_columns[10].add(
            staged.id ? std::optional<QString>(item.sellMode) : optionalText(item.sellMode));
        m_columns[11].add(item.minPrice);
        m_columns[12].add(item.maxPrice);
        m_columns[13].add(qint64(item.soldOut ? 1 : 0));
        m_columns[14].add(qint64(everOnline ? 1 : 0));
        m_columns[15].add(optionalText(item.baseId));
        m_columns[16].add(optionalText(item.planId));
        m_columns[17].add(
            staged.id ? std::nullopt : std::optional<QString>(planUuid(m_source, item.externalId)));
        ++m_batched;
        return row;
    }

    Result<UpsertOutcome> flushIfFull(UpsertOutcome outcome)
    {
        if (m_batched < BatchRows)
            return outcome;
        if (auto flushed = flush(); !flushed)
            return flushed.error();
        return outcome;
    }

    // Sends the batch: one INSERT of unnested arrays (a row staged again replaces its copy).
    Result<void> flush()
    {
        if (m_batched == 0)
            return {};
        static const char *const names[ColumnCount]
            = {":row", ":id", ":keep_text", ":title", ":description", ":location", ":category",
                ":starts_at", ":ends_at", ":external_id", ":sell_mode", ":min_price", ":max_price",
                ":sold_out", ":ever_online", ":base_id", ":plan_id", ":uuid"};
        PgStatement s(m_db,
            "INSERT INTO pg_temp.feed_import_rows (row, " EVENTDESK_IMPORT_STAGED
            ") SELECT * FROM unnest(CAST(:row AS BIGINT[]), CAST(:id AS BIGINT[]), "
            "CAST(:keep_text AS INTEGER[]), CAST(:title AS TEXT[]), CAST(:description AS TEXT[]), "
            "CAST(:location AS TEXT[]), CAST(:category AS TEXT[]), CAST(:starts_at AS BIGINT[]), "
            "CAST(:ends_at AS BIGINT[]), CAST(:external_id AS TEXT[]), "
            "CAST(:sell_mode AS TEXT[]), CAST(:min_price AS DOUBLE PRECISION[]), "
            "CAST(:max_price AS DOUBLE PRECISION[]), CAST(:sold_out AS INTEGER[]), "
            "CAST(:ever_online AS INTEGER[]), CAST(:base_id AS TEXT[]), CAST(:plan_id AS TEXT[]), "
            "CAST(:uuid AS TEXT[])) "
            "ON CONFLICT (row) DO UPDATE SET (" EVENTDESK_IMPORT_STAGED ") = (EXCLUDED.id, "
            "EXCLUDED.keep_text, EXCLUDED.title, EXCLUDED.description, EXCLUDED.location, "
            "EXCLUDED.category, EXCLUDED.starts_at, EXCLUDED.ends_at, EXCLUDED.external_id, "
            "EXCLUDED.sell_mode, EXCLUDED.min_price, EXCLUDED.max_price, EXCLUDED.sold_out, "
            "EXCLUDED.ever_online, EXCLUDED.base_id, EXCLUDED.plan_id, EXCLUDED.uuid)");
        for (int c = 0; c < ColumnCount; ++c) {
            s.bind(names[c], m_columns[c].text());
            m_columns[c].clear();
        }
        m_batched = 0;
        if (auto done = s.exec(); !done)
            return done.error();
        return {};
    }

    Result<void> writeComment(qint64 id, const FeedComment &comment)
    {
        auto eventId = eventId_(comment.eventExternalId);
        if (!eventId)
            return eventId.error();
        if (!*eventId)
            return Error::internal(
                QStringLiteral("comment %1 lost its post").arg(comment.externalId));
        PgStatement s(m_db, id ? EVENTDESK_IMPORT_UPDATE_COMMENT : EVENTDESK_IMPORT_INSERT_COMMENT);
        SqlStores::bindImportedComment(s, id, *eventId, comment, m_source, m_now);
        if (auto done = s.exec(); !done)
            return done.error();
        return {};
    }

    static constexpr int ColumnCount = 18;
    PGconn *m_db;
    QString m_source;
    qint64 m_now;
    bool m_inTransaction = false;
    qint64 m_lastRow = 0; // rows staged so far (row numbers 1..m_lastRow)
    ArrayText m_columns[ColumnCount];
    int m_batched = 0;
    SqlStores::StagedKeys m_keys;
    QHash<QString, PendingComment> m_pendingComments;
};

// Holds the session advisory lock of one feed on this thread's connection.
class PgFeedClaim : public FeedClaim
{
public:
    PgFeedClaim(PGconn *db, int key)
        : m_db(db)
        , m_key(key)
    { }
    ~PgFeedClaim() override
    {
        PgStatement s(m_db, "SELECT pg_advisory_unlock(:space, :feed)");
        s.bind(":space", FeedLockSpace);
        s.bind(":feed", m_key);
        (void)s.exec();
    }

private:
    PGconn *m_db;
    int m_key;
};

} // namespace

Result<std::unique_ptr<ImportWriter>> PgFeedStore::beginImport(const QString &source)
{
    auto writer = std::make_unique<PgImportWriter>(handle(), source);
    if (auto begun = writer->begin(); !begun)
        return begun.error();
    return std::unique_ptr<ImportWriter>(std::move(writer));
}

Result<std::unique_ptr<FeedClaim>> PgFeedStore::claimFeed(qint64 feedId)
{
    PGconn *db = handle();
    // The lock's second key is 32 bits: feeds whose ids differ by 2^32 share a lock (one of them
    // then waits for the next check).
    const int key = int(quint32(quint64(feedId)));
    PgStatement s(db, "SELECT pg_try_advisory_lock(:space, :feed)");
    s.bind(":space", FeedLockSpace);
    s.bind(":feed", key);
    auto locked = SqlStores::detail::scalar(s);
    if (!locked)
        return locked.error();
    if (!*locked)
        return std::unique_ptr<FeedClaim>();
    return std::unique_ptr<FeedClaim>(std::make_unique<PgFeedClaim>(db, key));
}

std::optional<std::pair<qint64, qint64>> PgFeedStore::dataVersion()
{
    return eventsDataVersion(handle());
}

} // namespace Eventdesk::PgStorage

namespace Eventdesk::SqlStores {
template class FeedSql<PgStorage::PgBackend>;
} // namespace Eventdesk::SqlStores
