// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Eventdesk::Core {

struct ThrottleConfig
{
    int freeFailures = 5;               // failures allowed before the first wait
    qint64 baseDelayMs = 5'000;         // the first wait; each further failure doubles it
    qint64 maxDelayMs = 15 * 60'000;    // the longest wait
    qint64 forgetAfterMs = 60 * 60'000; // a key with no failure for this long starts afresh
    int maxEntries = 100'000;           // memory bound per kind of key
};

// One throttled key's failures.
struct ThrottleEntry
{
    int failures = 0;
    qint64 lastFailure = 0;
    qint64 blockedUntil = 0;
};

// Where throttles keep their failures when several server processes share one database (issue
// 13): every process then judges a login by the same counts. Keys are namespaced by the
// throttle ("login/a/ann@example.org"). Implemented by the PostgreSQL stores; a single process
// (the desktop, SQLite) keeps them in memory instead.
class ThrottleStore
{
public:
    virtual ~ThrottleStore() = default;
    using Update = std::function<ThrottleEntry(const ThrottleEntry &current)>;
    // Replaces the key's entry (a zero entry when it has none) by update(entry), atomically
    // with respect to every other process.
    virtual Result<void> update(const QString &key, const Update &update) = 0;
    virtual Result<std::optional<ThrottleEntry>> entry(const QString &key) = 0;
    virtual Result<void> remove(const QString &key) = 0;
    // Forgets entries whose last failure is before `before` and that block nobody at `now`.
    virtual Result<void> prune(qint64 before, qint64 now) = 0;
};

// Failed-login throttle, per account (the e-mail key) and per client address, kept in memory
// (it resets when the process restarts; a single desktop process needs nothing more), or in a
// ThrottleStore that several processes share. After
// freeFailures failures a key is blocked for baseDelayMs, then 2x, 4x ... up to maxDelayMs.
// A successful login clears the account's counter but not the address's, so one valid account
// cannot be used to reset an address that is guessing others. Thread-safe; time is passed in.
class LoginThrottle
{
public:
    explicit LoginThrottle(ThrottleConfig config = {});
    // Failures kept in `shared` under keys that start with name + '/' (the store outlives this).
    LoginThrottle(ThrottleConfig config, ThrottleStore *shared, QString name);

    // 0 when a login attempt may proceed, else the milliseconds to wait.
    qint64 retryAfterMs(const QString &account, const QString &address, qint64 now) const;
    void recordFailure(const QString &account, const QString &address, qint64 now);
    void recordSuccess(const QString &account);

    int failures(const QString &account, const QString &address, qint64 now) const;
    const ThrottleConfig &config() const { return m_config; }

private:
    using Entry = ThrottleEntry;
    qint64 delayAfter(int failures) const;
    bool isStale(const Entry &entry, qint64 now) const;
    Entry afterFailure(Entry entry, qint64 now) const;
    // The live entries of the account and the address (each may be absent).
    std::pair<std::optional<Entry>, std::optional<Entry>> entries(
        const QString &account, const QString &address, qint64 now) const;
    std::optional<Entry> sharedEntry(const QString &key, qint64 now) const;
    void recordShared(const QString &key, qint64 now);
    void record(QHash<QString, Entry> &table, const QString &key, qint64 now);
    void prune(QHash<QString, Entry> &table, qint64 now);
    const Entry *find(const QHash<QString, Entry> &table, const QString &key, qint64 now) const;

    ThrottleConfig m_config;
    ThrottleStore *m_shared = nullptr;
    QString m_name; // prefix of the shared keys
    std::atomic<int> m_sharedRecords {0};
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_accounts;
    QHash<QString, Entry> m_addresses;
};

} // namespace Eventdesk::Core
