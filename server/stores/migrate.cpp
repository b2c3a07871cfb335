// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrate.h"

#include "database.h"
#include "pgdatabase.h"
#include "pgstatement.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSet>

#include <sqlite3.h>

namespace Eventdesk::Stores {

using Core::Error;
using Core::ErrorKind;
using Core::Result;

namespace {

// SQLite tables that are SQLite's own machinery, or an index PostgreSQL keeps another way (the
// FTS5 index of events: PostgreSQL's tsvector is computed from the copied rows).
bool sqliteOnly(const QString &table)
{
    return table.startsWith(QLatin1String("sqlite_"))
        || table.startsWith(QLatin1String("events_fts"))
        || table == QLatin1String("schema_migrations");
}

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(u'"', QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Result<QStringList> sqliteColumns(sqlite3 *db, const QString &table)
{
    Storage::SqliteStatement s(db, "SELECT name FROM pragma_table_info(:table) ORDER BY cid");
    s.bind(":table", table);
    QStringList columns;
    for (;;) {
        auto row = s.next();
        if (!row)
            return row.error();
        if (!*row)
            return columns;
        columns.append(s.text(0));
    }
}

Result<QStringList> sqliteTables(sqlite3 *db)
{
    Storage::SqliteStatement s(db,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name");
    QStringList tables;
    for (;;) {
        auto row = s.next();
        if (!row)
            return row.error();
        if (!*row)
            return tables;
        if (!sqliteOnly(s.text(0)))
            tables.append(s.text(0));
    }
}

struct PgColumn
{
    QString name;
    bool required = false; // NOT NULL without a default
};

// The target's tables in foreign-key order (a table after every table it references), with
// their writable columns (not generated).
Result<QList<std::pair<QString, QList<PgColumn>>>> pgTables(PGconn *db)
{
    PgStorage::PgStatement columns(db,
        "SELECT c.table_name, c.column_name, "
        "       c.is_nullable = 'NO' AND c.column_default IS NULL AND c.is_identity = 'NO' "
        "FROM information_schema.columns c JOIN information_schema.tables t "
        "  ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
        "  AND c.is_generated = 'NEVER' AND c.table_name <> 'schema_migrations' "
        "ORDER BY c.table_name, c.ordinal_position");
    QHash<QString, QList<PgColumn>> byTable;
    QStringList names;
    for (;;) {
        auto row = columns.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString table = columns.text(0);
        if (!byTable.contains(table))
            names.append(table);
        byTable[table].append({columns.text(1), columns.text(2) == QLatin1String("t")});
    }
    PgStorage::PgStatement references(db,
        "SELECT DISTINCT c.conrelid::regclass::text, c.confrelid::regclass::text "
        "FROM pg_constraint c WHERE c.contype = 'f' "
        "  AND c.connamespace = current_schema()::regnamespace");
    QHash<QString, QSet<QString>> dependsOn;
    for (;;) {
        auto row = references.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (references.text(0) != references.text(1))
            dependsOn[references.text(0)].insert(references.text(1));
    }
    QList<std::pair<QString, QList<PgColumn>>> ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        bool progress = false;
        for (const QString &name : std::as_const(names)) {
            if (placed.contains(name))
                continue;
            bool ready = true;
            for (const QString &parent : dependsOn.value(name))
                ready = ready && (placed.contains(parent) || !byTable.contains(parent));
            if (!ready)
                continue;
            ordered.append({name, byTable.value(name)});
            placed.insert(name);
            progress = true;
        }
        if (!progress)
            return Error::internal(
                QStringLiteral("the PostgreSQL schema has a cycle of foreign keys"));
    }
    return ordered;
}

Result<qint64> pgCount(PGconn *db, const QString &table)
{
    PgStorage::PgStatement s(
        db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)).toUtf8());
    auto row = s.next();
    if (!row)
        return row.error();
    return *row ? s.integer(0) : 0;
}

// One value in COPY's text format.
void appendCopyValue(QByteArray &line, sqlite3_stmt *row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        line += "\\N";
        return;
    case SQLITE_INTEGER:
        line += QByteArray::number(sqlite3_column_int64(row, column));
        return;
    case SQLITE_FLOAT:
        line += QByteArray::number(sqlite3_column_double(row, column), 'g', 17);
        return;
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(row, column));
        line += "\\\\x";
        line += QByteArray(bytes, sqlite3_column_bytes(row, column)).toHex();
        return;
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
        const int size = sqlite3_column_bytes(row, column);
        for (int i = 0; i < size; ++i) {
            const char c = text[i];
            switch (c) {
            case '\\':
                line += "\\\\";
                break;
            case '\t':
                line += "\\t";
                break;
            case '\n':
                line += "\\n";
                break;
            case '\r':
                line += "\\r";
                break;
            default:
                line += c;
            }
        }
    }
    }
}

Error pgFailure(PGconn *db, const QString &what)
{
    return Error::make(ErrorKind::Unavailable, QStringLiteral("storage_unavailable"),
        what + QStringLiteral(": ") + QString::fromUtf8(PQerrorMessage(db)).trimmed());
}

Result<qint64> copyTable(
    sqlite3 *source, PGconn *target, const QString &table, const QStringList &columns)
{
    QStringList list;
    for (const QString &column : columns)
        list.append(quoted(column));
    const QString columnList = list.join(QStringLiteral(", "));
    const QByteArray select = QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                  .arg(columnList, quoted(table))
                                  .toUtf8();
    sqlite3_stmt *row = nullptr;
    // WITHOUT ROWID tables have no rowid: their primary key order is as good.
    if (sqlite3_prepare_v2(source, select.constData(), -1, &row, nullptr) != SQLITE_OK) {
        const QByteArray plain
            = QStringLiteral("SELECT %1 FROM %2").arg(columnList, quoted(table)).toUtf8();
        if (sqlite3_prepare_v2(source, plain.constData(), -1, &row, nullptr) != SQLITE_OK)
            return Storage::sqliteError(source);
    }
    const QByteArray copy
        = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(quoted(table), columnList).toUtf8();
    PGresult *started = PQexec(target, copy.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying) {
        sqlite3_finalize(row);
        return pgFailure(target, QStringLiteral("COPY %1").arg(table));
    }
    qint64 rows = 0;
    QByteArray buffer;
    bool sent = true;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(row)) == SQLITE_ROW) {
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                buffer += '\t';
            appendCopyValue(buffer, row, c);
        }
        buffer += '\n';
        ++rows;
        if (buffer.size() > (1 << 20)) {
            sent = PQputCopyData(target, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
            if (!sent)
                break;
        }
    }
    sqlite3_finalize(row);
    if (sent && !buffer.isEmpty())
        sent = PQputCopyData(target, buffer.constData(), int(buffer.size())) == 1;
    const bool readAll = step == SQLITE_DONE;
    PQputCopyEnd(target, (sent && readAll) ? nullptr : "the source could not be read");
    bool ok = sent && readAll;
    while (PGresult *result = PQgetResult(target)) {
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    if (!readAll)
        return Error::internal(QStringLiteral("reading %1 failed: %2")
                                   .arg(table, QString::fromUtf8(sqlite3_errmsg(source))));
    if (!ok)
        return pgFailure(target, QStringLiteral("COPY %1").arg(table));
    return rows;
}

} // namespace

QStringList seededTables()
{
    return {QStringLiteral("event_types"), QStringLiteral("collector_settings"),
        QStringLiteral("events_data_version"), QStringLiteral("webhook_cursor"),
        QStringLiteral("collector_version")};
}

Result<QList<TableCopy>> migrateToPostgresql(Storage::Database &source,
    PgStorage::PgDatabase &target,
    const std::function<void(const QString &table, qint64 rows)> &progress)
{
    sqlite3 *src = source.handle();
    PGconn *dst = target.handle();
    if (!dst)
        return Error::make(ErrorKind::Unavailable, QStringLiteral("storage_unavailable"),
            QStringLiteral("The PostgreSQL database cannot be reached."));
    auto sourceTables = sqliteTables(src);
    if (!sourceTables)
        return sourceTables.error();

    // A read transaction on the source: one consistent snapshot, even while a server writes.
    Storage::SqliteStatement begin(src, "BEGIN");
    if (auto begun = begin.exec(); !begun)
        return begun.error();
    struct EndRead
    {
        sqlite3 *db;
        ~EndRead() { sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr); }
    } endRead {src};

    auto copied = PgStorage::pgInTransaction(dst, [&]() -> Result<QList<TableCopy>> {
        auto tables = pgTables(dst);
        if (!tables)
            return tables.error();
        QSet<QString> targetNames;
        for (const auto &[name, columns] : *tables)
            targetNames.insert(name);
        for (const QString &table : *sourceTables) {
            if (!targetNames.contains(table))
                return Error::invalid(QStringLiteral("unknown_table"),
                    QStringLiteral("The PostgreSQL schema has no table %1: this build cannot "
                                   "migrate this database.")
                        .arg(table));
        }
        const QStringList seeded = seededTables();
        for (const auto &[name, columns] : *tables) {
            if (seeded.contains(name))
                continue;
            auto rows = pgCount(dst, name);
            if (!rows)
                return rows.error();
            if (*rows > 0)
                return Error::make(ErrorKind::Conflict, QStringLiteral("target_not_empty"),
                    QStringLiteral("The PostgreSQL database already holds data (table %1 has "
                                   "%2 rows): migrate only into an empty database.")
                        .arg(name)
                        .arg(*rows));
        }

        QList<TableCopy> copies;
        for (const auto &[name, columns] : *tables) {
            const QString table = quoted(name);
            if (auto off = PgStorage::pgExecScript(
                    dst, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table).toUtf8());
                !off)
                return off.error();
            // A seeded table SQLite also has takes SQLite's rows; one SQLite lacks (the events'
            // data-version shards) keeps its own.
            if (seeded.contains(name) && sourceTables->contains(name)) {
                if (auto emptied = PgStorage::pgExecScript(
                        dst, QStringLiteral("DELETE FROM %1").arg(table).toUtf8());
                    !emptied)
                    return emptied.error();
            }
            TableCopy copy {name, 0, 0};
            if (sourceTables->contains(name)) {
                auto sourceColumns = sqliteColumns(src, name);
                if (!sourceColumns)
                    return sourceColumns.error();
                QStringList shared;
                for (const PgColumn &column : columns) {
                    if (sourceColumns->contains(column.name))
                        shared.append(column.name);
                    else if (column.required)
                        return Error::invalid(QStringLiteral("unknown_column"),
                            QStringLiteral("%1.%2 has no value in the SQLite database.")
                                .arg(name, column.name));
                }
                auto rows = copyTable(src, dst, name, shared);
                if (!rows)
                    return rows.error();
                // Every row of the table in the source's one read snapshot (a second count of
                // SQLite would scan the table again for the same number).
                copy.sourceRows = *rows;
            }
            if (auto on = PgStorage::pgExecScript(
                    dst, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table).toUtf8());
                !on)
                return on.error();
            auto counted = pgCount(dst, name);
            if (!counted)
                return counted.error();
            copy.targetRows = *counted;
            if (sourceTables->contains(name) && copy.targetRows != copy.sourceRows)
                return Error::internal(QStringLiteral("%1: %2 rows in SQLite, %3 in PostgreSQL")
                                           .arg(name)
                                           .arg(copy.sourceRows)
                                           .arg(copy.targetRows));
            copies.append(copy);
            if (progress)
                progress(name, copy.targetRows);
        }
        // Identity columns continue after the copied ids.
        PgStorage::PgStatement identities(dst,
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND is_identity = 'YES'");
        QList<std::pair<QString, QString>> sequences;
        for (;;) {
            auto row = identities.next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            sequences.append({identities.text(0), identities.text(1)});
        }
        // SQLite's AUTOINCREMENT never reuses an id, even of a deleted row (webhook_outbox: the
        // fan-out cursor may be past every row left), so the floor is sqlite_sequence's too.
        QHash<QString, qint64> autoincrement;
        Storage::SqliteStatement used(src, "SELECT name, seq FROM sqlite_sequence");
        if (used.isValid()) {
            while (true) {
                auto row = used.next();
                if (!row || !*row)
                    break;
                autoincrement.insert(used.text(0), used.integer(1));
            }
        }
        for (const auto &[table, column] : sequences) {
            PgStorage::PgStatement move(dst,
                QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, :column), "
                               "greatest((SELECT max(%1) FROM %2), :floor, 0) + 1, false)")
                    .arg(quoted(column), quoted(table))
                    .toUtf8());
            move.bind(":table", quoted(table));
            move.bind(":column", column);
            move.bind(":floor", autoincrement.value(table, 0));
            if (auto moved = move.next(); !moved)
                return moved.error();
        }
        return copies;
    });
    if (copied) {
        // The planner knows nothing of the copied rows until autovacuum comes by: gather the
        // statistics now, as PostgreSQL's manual advises after a bulk load ("Populating a
        // Database"). The copy is committed either way; a failure here only slows the first
        // queries.
        if (auto analyzed = PgStorage::pgExecScript(dst, "ANALYZE"); !analyzed)
            qWarning("migrate: ANALYZE failed: %s", qPrintable(analyzed.error().message));
    }
    return copied;
}

} // namespace Eventdesk::Stores
