// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Eventdesk::Core {

struct ThrottleConfig
{
    int freeFailures = 5;               // failures allowed before the first wait
    qint64 baseDelayMs = 5'000;         // the first wait; each further failure doubles it
    qint64 maxDelayMs = 15 * 60'000;    // the longest wait
    qint64 forgetAfterMs = 60 * 60'000; // a key with no failure for this long starts afresh
    int maxEntries = 100'000;           // memory bound per kind of key
};

// Failed-login throttle, per account (the e-mail key) and per client address, kept in memory
// (it resets when the process restarts; a single desktop process needs nothing more). After
// freeFailures failures a key is blocked for baseDelayMs, then 2x, 4x ... up to maxDelayMs.
// A successful login clears the account's counter but not the address's, so one valid account
// cannot be used to reset an address that is guessing others. Thread-safe; time is passed in.
class LoginThrottle
{
public:
    explicit LoginThrottle(ThrottleConfig config = {});

    // 0 when a login attempt may proceed, else the milliseconds to wait.
    qint64 retryAfterMs(const QString &account, const QString &address, qint64 now) const;
    void recordFailure(const QString &account, const QString &address, qint64 now);
    void recordSuccess(const QString &account);

    int failures(const QString &account, const QString &address, qint64 now) const;
    const ThrottleConfig &config() const { return m_config; }

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailure = 0;
        qint64 blockedUntil = 0;
    };
    qint64 delayAfter(int failures) const;
    void record(QHash<QString, Entry> &table, const QString &key, qint64 now);
    void prune(QHash<QString, Entry> &table, qint64 now);
    const Entry *find(const QHash<QString, Entry> &table, const QString &key, qint64 now) const;

    ThrottleConfig m_config;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_accounts;
    QHash<QString, Entry> m_addresses;
};

} // namespace Eventdesk::Core
