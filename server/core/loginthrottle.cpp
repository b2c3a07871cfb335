// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include <algorithm>

namespace Eventdesk::Core {

LoginThrottle::LoginThrottle(ThrottleConfig config)
    : m_config(config)
{ }

qint64 LoginThrottle::delayAfter(int failures) const
{
    const int over = failures - m_config.freeFailures;
    if (over < 0)
        return 0;
    qint64 delay = m_config.baseDelayMs;
    for (int i = 0; i < over && delay < m_config.maxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, m_config.maxDelayMs);
}

const LoginThrottle::Entry *LoginThrottle::find(
    const QHash<QString, Entry> &table, const QString &key, qint64 now) const
{
    const auto it = table.constFind(key);
    if (it == table.cend())
        return nullptr;
    if (now - it->lastFailure > m_config.forgetAfterMs && it->blockedUntil <= now)
        return nullptr; // stale: as good as gone
    return &*it;
}

qint64 LoginThrottle::retryAfterMs(const QString &account, const QString &address, qint64 now) const
{
    QMutexLocker lock(&m_mutex);
    qint64 wait = 0;
    if (const Entry *entry = find(m_accounts, account, now))
        wait = std::max(wait, entry->blockedUntil - now);
    if (const Entry *entry = find(m_addresses, address, now))
        wait = std::max(wait, entry->blockedUntil - now);
    return std::max<qint64>(wait, 0);
}

int LoginThrottle::failures(const QString &account, const QString &address, qint64 now) const
{
    QMutexLocker lock(&m_mutex);
    int count = 0;
    if (const Entry *entry = find(m_accounts, account, now))
        count = entry->failures;
    if (const Entry *entry = find(m_addresses, address, now))
        count = std::max(count, entry->failures);
    return count;
}

void LoginThrottle::record(QHash<QString, Entry> &table, const QString &key, qint64 now)
{
    if (table.size() >= m_config.maxEntries && !table.contains(key))
        prune(table, now);
    Entry &entry = table[key];
    if (now - entry.lastFailure > m_config.forgetAfterMs && entry.blockedUntil <= now)
        entry = Entry {};
    ++entry.failures;
    entry.lastFailure = now;
    if (const qint64 delay = delayAfter(entry.failures); delay > 0)
        entry.blockedUntil = std::max(entry.blockedUntil, now + delay);
}

void LoginThrottle::prune(QHash<QString, Entry> &table, qint64 now)
{
    for (auto it = table.begin(); it != table.end();) {
        if (now - it->lastFailure > m_config.forgetAfterMs && it->blockedUntil <= now)
            it = table.erase(it);
        else
            ++it;
    }
    if (table.size() < m_config.maxEntries)
        return;
    // Still full of recent keys (someone is spraying addresses or e-mails): drop the ones that
    // are not blocked; blocked keys stay, so the flood cannot unblock itself.
    for (auto it = table.begin(); it != table.end();) {
        if (it->blockedUntil <= now)
            it = table.erase(it);
        else
            ++it;
    }
}

void LoginThrottle::recordFailure(const QString &account, const QString &address, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    if (!account.isEmpty())
        record(m_accounts, account, now);
    if (!address.isEmpty())
        record(m_addresses, address, now);
}

void LoginThrottle::recordSuccess(const QString &account)
{
    QMutexLocker lock(&m_mutex);
    m_accounts.remove(account);
}

} // namespace Eventdesk::Core
