// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include <algorithm>

namespace Eventdesk::Core {

namespace {
const QString accountTag = QStringLiteral("/a/");
const QString addressTag = QStringLiteral("/ip/");
} // namespace

LoginThrottle::LoginThrottle(ThrottleConfig config)
    : m_config(config)
{ }

LoginThrottle::LoginThrottle(ThrottleConfig config, ThrottleStore *shared, QString name)
    : m_config(config)
    , m_shared(shared)
    , m_name(std::move(name))
{ }

bool LoginThrottle::isStale(const Entry &entry, qint64 now) const
{
    return now - entry.lastFailure > m_config.forgetAfterMs && entry.blockedUntil <= now;
}

LoginThrottle::Entry LoginThrottle::afterFailure(Entry entry, qint64 now) const
{
    if (isStale(entry, now))
        entry = Entry {};
    ++entry.failures;
    entry.lastFailure = now;
    if (const qint64 delay = delayAfter(entry.failures); delay > 0)
        entry.blockedUntil = std::max(entry.blockedUntil, now + delay);
    return entry;
}

std::optional<LoginThrottle::Entry> LoginThrottle::sharedEntry(const QString &key, qint64 now) const
{
    // A store that cannot answer throttles nothing: the login itself then meets the same
    // database and fails with its error.
    auto entry = m_shared->entry(key);
    if (!entry || !*entry || isStale(**entry, now))
        return std::nullopt;
    return **entry;
}

void LoginThrottle::recordShared(const QString &key, qint64 now)
{
    (void)m_shared->update(key, [&](const Entry &entry) { return afterFailure(entry, now); });
    // Now and then, forget what no longer blocks anyone (bounded like maxEntries in memory).
    if (++m_sharedRecords % 1000 == 0)
        (void)m_shared->prune(now - m_config.forgetAfterMs, now);
}

std::pair<std::optional<LoginThrottle::Entry>, std::optional<LoginThrottle::Entry>>
LoginThrottle::entries(const QString &account, const QString &address, qint64 now) const
{
    std::optional<Entry> a;
    std::optional<Entry> b;
    if (m_shared) {
        if (!account.isEmpty())
            a = sharedEntry(m_name + accountTag + account, now);
        if (!address.isEmpty())
            b = sharedEntry(m_name + addressTag + address, now);
        return {a, b};
    }
    QMutexLocker lock(&m_mutex);
    if (const Entry *entry = find(m_accounts, account, now))
        a = *entry;
    if (const Entry *entry = find(m_addresses, address, now))
        b = *entry;
    return {a, b};
}

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
    if (isStale(*it, now))
        return nullptr; // stale: as good as gone
    return &*it;
}

qint64 LoginThrottle::retryAfterMs(const QString &account, const QString &address, qint64 now) const
{
    const auto [a, b] = entries(account, address, now);
    qint64 wait = 0;
    for (const auto &entry : {a, b}) {
        if (entry)
            wait = std::max(wait, entry->blockedUntil - now);
    }
    return wait;
}

int LoginThrottle::failures(const QString &account, const QString &address, qint64 now) const
{
    const auto [a, b] = entries(account, address, now);
    int count = 0;
    for (const auto &entry : {a, b}) {
        if (entry)
            count = std::max(count, entry->failures);
    }
    return count;
}

void LoginThrottle::record(QHash<QString, Entry> &table, const QString &key, qint64 now)
{
    if (table.size() >= m_config.maxEntries && !table.contains(key))
        prune(table, now);
    Entry &entry = table[key];
    entry = afterFailure(entry, now);
}

void LoginThrottle::prune(QHash<QString, Entry> &table, qint64 now)
{
    for (auto it = table.begin(); it != table.end();) {
        if (isStale(*it, now))
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
    if (m_shared) {
        if (!account.isEmpty())
            recordShared(m_name + accountTag + account, now);
        if (!address.isEmpty())
            recordShared(m_name + addressTag + address, now);
        return;
    }
    QMutexLocker lock(&m_mutex);
    if (!account.isEmpty())
        record(m_accounts, account, now);
    if (!address.isEmpty())
        record(m_addresses, address, now);
}

void LoginThrottle::recordSuccess(const QString &account)
{
    if (m_shared) {
        (void)m_shared->remove(m_name + accountTag + account);
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_accounts.remove(account);
}

} // namespace Eventdesk::Core
