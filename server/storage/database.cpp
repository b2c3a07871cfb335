// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "migrator.h"
#include "sqlitestatement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

#include <cstring>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace Eventdesk::Storage {

namespace {

QAtomicInteger<quint64> s_nextInstance = 1;

// Before SQLite's first use in the process: every connection belongs to one thread (see
// ThreadConnections), so the library's per-connection mutexes only cost time ("multi-thread"
// mode); and without memory statistics SQLite takes no global mutex around each malloc. The two
// took about 7% of the collector's writer thread (docs/benchmarks.md). Fails harmlessly
// (SQLITE_MISUSE) if something in the process already initialised SQLite.
void configureSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

// Closes this thread's connections when the thread ends, so no QSqlDatabase outlives its thread.
// QThread::finished runs on the ending thread before wait() returns (thread_local destructors
// run only after it), so a joined thread has closed its connections.
struct ThreadConnections
{
    std::unordered_map<quint64, QString> names;
    // Per Database instance: statements kept for its connection, finalized before it closes.
    std::unordered_map<quint64, std::vector<std::pair<QByteArray, sqlite3_stmt *>>> statements;
    // Per Database instance: its connection's sqlite3 handle, so that handle() (several times
    // per request) does not look the connection up by name in Qt's locked registry each time.
    std::unordered_map<quint64, sqlite3 *> handles;
    void finalizeStatements(quint64 instance)
    {
        handles.erase(instance);
        const auto found = statements.find(instance);
        if (found == statements.end())
            return;
        for (const auto &[sql, statement] : found->second)
            sqlite3_finalize(statement);
        statements.erase(found);
    }
    bool watchingThread = false;
    ~ThreadConnections() { closeAll(); }
    void watchThread()
    {
        if (watchingThread)
            return;
        watchingThread = true;
        QThread *thread = QThread::currentThread();
        QObject::connect(thread, &QThread::finished, thread, closeThisThread, Qt::DirectConnection);
    }
    static void closeThisThread();
    void closeAll()
    {
        const auto all = std::exchange(names, {});
        for (const auto &[instance, name] : all) {
            finalizeStatements(instance);
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections t_connections;

void ThreadConnections::closeThisThread()
{
    t_connections.closeAll();
}

// Waiting for SQLite's write lock. The built-in busy_timeout handler sleeps 1, 2, 5, 10, 15,
// 20, 25 ... ms between tries, so a writer that finds a short transaction of another thread
// (the webhook dispatcher's, a few hundred microseconds) in its way loses 3-8 ms, and a writer on
// the API thread stalls every request meanwhile. This one tries again after 50 us, then 200 us,
// then every millisecond, for the same 5 s in all.
int waitForLock(void *, int tries)
{
    constexpr int fineTries = 20;   // 1 ms at 50 us
    constexpr int mediumTries = 70; // then 10 ms at 200 us
    constexpr int allTries = mediumTries + 4989;
    if (tries >= allTries)
        return 0;
    const int micros = tries < fineTries ? 50 : tries < mediumTries ? 200 : 1000;
    QThread::usleep(static_cast<unsigned long>(micros));
    return 1;
}

void setBusyHandler(sqlite3 *raw)
{
    if (raw)
        sqlite3_busy_handler(raw, waitForLock, nullptr);
}

// The application's main thread: the window's (the calendar and the reminders read there).
bool onMainThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

Core::Result<void> configure(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
             "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return Core::Error::internal(query.lastError().text());
    }
    // mmap_size: reads map the file instead of copying each page through pread() and a 2 MB
    // page cache (a calendar month over 100,000 events read 4x faster; docs/benchmarks.md).
    // Only the window's connection: every page a mapped connection touches is first looked up
    // in the WAL and gets a page header made and freed again, which costs the API's short reads
    // (an uncached page of events) more than the copy it saves (docs/benchmarks.md, issue 9).
    if (onMainThread() && !query.exec(QStringLiteral("PRAGMA mmap_size = 268435456")))
        return Core::Error::internal(query.lastError().text());
    return {};
}

Core::Error tooNew(const QString &path, int version, int latest)
{
    return Core::Error::make(Core::ErrorKind::Unsupported, QStringLiteral("schema_too_new"),
        QStringLiteral("The database %1 was written by a newer Eventdesk (schema %2; this "
                       "version knows up to %3). It was not modified; please upgrade.")
            .arg(path)
            .arg(version)
            .arg(latest));
}

// The 100-byte SQLite header holds user_version at offset 60 (big-endian). Reading it with
// plain file I/O refuses a newer or foreign file without SQLite creating anything next to it.
Core::Result<void> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error::make(Core::ErrorKind::Unavailable,
            QStringLiteral("database_unavailable"),
            QStringLiteral("Cannot read the database %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Core::Error::make(Core::ErrorKind::Unavailable,
            QStringLiteral("database_unavailable"),
            QStringLiteral("%1 is not an SQLite database; it was not modified.").arg(path));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData()) + 60;
    const qint32 version = qint32(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16
        | quint32(bytes[2]) << 8 | quint32(bytes[3]));
    const int latest = Migrator().latestVersion();
    if (version > latest)
        return tooNew(path, version, latest);
    return {};
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_instance(s_nextInstance++)
{
    configureSqlite();
}

Database::~Database()
{
    // Connections of other threads close when their threads end; close this thread's now.
    auto it = t_connections.names.find(m_instance);
    if (it != t_connections.names.end()) {
        t_connections.finalizeStatements(m_instance);
        {
            QSqlDatabase db = QSqlDatabase::database(it->second, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(it->second);
        t_connections.names.erase(it);
    }
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/eventdesk.sqlite3");
}

QString Database::connectionName() const
{
    return QStringLiteral("eventdesk-%1-%2")
        .arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

Core::Result<void> Database::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Core::Error::make(Core::ErrorKind::Unavailable,
            QStringLiteral("database_unavailable"),
            QStringLiteral("Cannot create the data folder %1").arg(info.absolutePath()));
    // Read user_version from the file header before SQLite opens the file: opening a database
    // in WAL mode creates -wal and -shm files, and a newer database must be refused untouched.
    if (auto header = checkHeader(m_path); !header)
        return header.error();
    // A bare handle next: the version check must happen before any PRAGMA that writes
    // (journal_mode = WAL does), so a newer database is refused untouched.
    sqlite3 *raw = nullptr;
    const QByteArray path = QFile::encodeName(m_path);
    if (sqlite3_open_v2(path.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString message = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString();
        sqlite3_close(raw);
        return Core::Error::make(Core::ErrorKind::Unavailable,
            QStringLiteral("database_unavailable"),
            QStringLiteral("Cannot open the database %1: %2").arg(m_path, message));
    }
    setBusyHandler(raw);
    Migrator migrator;
    auto version = Migrator::userVersion(raw);
    if (!version) {
        sqlite3_close(raw);
        return Core::Error::make(Core::ErrorKind::Unavailable,
            QStringLiteral("database_unavailable"),
            QStringLiteral("%1 is not a readable Eventdesk database: %2")
                .arg(m_path, version.error().message));
    }
    if (*version > migrator.latestVersion()) {
        sqlite3_close(raw);
        return tooNew(m_path, *version, migrator.latestVersion());
    }
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON"})
        sqlite3_exec(raw, pragma, nullptr, nullptr, nullptr);
    auto migrated = migrator.migrate(raw);
    sqlite3_close(raw);
    if (!migrated)
        return migrated.error();

    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Core::Error::make(Core::ErrorKind::Unavailable,
            QStringLiteral("database_unavailable"), db.lastError().text());
    return {};
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (db.open()) {
        if (auto configured = configure(db); !configured)
            qWarning("Database: %s", qUtf8Printable(configured.error().message));
        const QVariant raw = db.driver()->handle();
        if (qstrcmp(raw.typeName(), "sqlite3*") == 0)
            setBusyHandler(*static_cast<sqlite3 *const *>(raw.data()));
    } else {
        qWarning("Database: cannot open %s: %s", qUtf8Printable(m_path),
            qUtf8Printable(db.lastError().text()));
    }
    t_connections.names.emplace(m_instance, name);
    t_connections.watchThread();
    return db;
}

sqlite3 *Database::handle() const
{
    if (const auto known = t_connections.handles.find(m_instance);
        known != t_connections.handles.end())
        return known->second;
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.data());
    if (raw)
        t_connections.handles.emplace(m_instance, raw);
    return raw;
}

sqlite3_stmt *Database::cachedStatement(const char *sql) const
{
    // The program's own SQL texts: a fixed set, always kept (the bound is for built SQL).
    return cachedStatement(QByteArray::fromRawData(sql, qsizetype(std::strlen(sql))), false);
}

sqlite3_stmt *Database::cachedStatement(const QByteArray &sql) const
{
    return cachedStatement(sql, true);
}

sqlite3_stmt *Database::cachedStatement(const QByteArray &sql, bool bounded) const
{
    auto &cache = t_connections.statements[m_instance];
    for (const auto &[text, statement] : cache) {
        if (text == sql)
            return statement;
    }
    sqlite3 *db = handle();
    sqlite3_stmt *statement = nullptr;
    if (!db || (bounded && cache.size() >= maxCachedStatements)
        || sqlite3_prepare_v3(
               db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
            != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    cache.emplace_back(QByteArray(sql.constData(), sql.size()), statement); // a deep copy
    return statement;
}

int Database::schemaVersion() const
{
    auto version = Migrator::userVersion(handle());
    return version ? *version : -1;
}

std::optional<std::pair<qint64, qint64>> Database::dataVersion() const
{
    sqlite3 *db = handle();
    if (!db)
        return std::nullopt;
    // Kept prepared (every cached answer asks): preparing it took 7 % of a cached events page.
    sqlite3_stmt *statement = cachedStatement("PRAGMA data_version");
    if (!statement)
        return std::nullopt;
    std::optional<std::pair<qint64, qint64>> version;
    if (sqlite3_step(statement) == SQLITE_ROW)
        version = std::pair<qint64, qint64>(
            sqlite3_column_int64(statement, 0), qint64(sqlite3_total_changes64(db)));
    sqlite3_reset(statement);
    return version;
}

Core::Result<void> execScript(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return sqliteError(sqlite3_extended_errcode(db), text);
    }
    return {};
}

} // namespace Eventdesk::Storage
