// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"

#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <optional>

namespace Eventdesk::Testing {

// An AuthService for widget tests that need to control what the service answers and when
// (the real one is used in tst_accountsroundtrip). Thread-safe: the dialogs call it from a pool.
class FakeAuthService : public Core::AuthService
{
public:
    Core::Result<Core::AuthSession> signup(
        const QString &email, const QString &password, const QString &displayName) override
    {
        wait();
        QMutexLocker lock(&m_mutex);
        record();
        if (m_nextError)
            return takeError();
        if (m_passwords.contains(email.toLower()))
            return Core::Error::make(Core::ErrorKind::Conflict, QStringLiteral("email_taken"),
                QStringLiteral("email taken"));
        m_passwords.insert(email.toLower(), password);
        Core::User user {++m_lastId, email, displayName, 0};
        m_users.insert(user.id, user);
        return issue(user);
    }

    Core::Result<Core::AuthSession> login(
        const QString &email, const QString &password, const QString &) override
    {
        wait();
        QMutexLocker lock(&m_mutex);
        record();
        if (m_nextError)
            return takeError();
        if (m_passwords.value(email.toLower()) != password || password.isEmpty())
            return Core::Error::make(Core::ErrorKind::Unauthorized,
                QStringLiteral("invalid_credentials"), QStringLiteral("wrong"));
        for (const Core::User &user : std::as_const(m_users))
            if (user.email.compare(email, Qt::CaseInsensitive) == 0)
                return issue(user);
        return Core::Error::internal(QStringLiteral("lost user"));
    }

    Core::Result<Core::User> authenticate(QByteArrayView token) override
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_tokens.constFind(QString::fromUtf8(token));
        if (found == m_tokens.cend())
            return Core::Error::make(Core::ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
                QStringLiteral("no"));
        return m_users.value(*found);
    }

    Core::Result<void> logout(QByteArrayView token) override
    {
        QMutexLocker lock(&m_mutex);
        m_revoked.append(QString::fromUtf8(token));
        if (!m_tokens.remove(QString::fromUtf8(token)))
            return Core::Error::make(Core::ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
                QStringLiteral("no"));
        return {};
    }

    Core::Result<int> logoutAll(qint64 userId) override
    {
        QMutexLocker lock(&m_mutex);
        int revoked = 0;
        for (auto it = m_tokens.begin(); it != m_tokens.end();) {
            if (it.value() == userId) {
                it = m_tokens.erase(it);
                ++revoked;
            } else {
                ++it;
            }
        }
        return revoked;
    }

    Core::Result<Core::User> user(qint64 id) override
    {
        QMutexLocker lock(&m_mutex);
        if (!m_users.contains(id))
            return Core::Error::notFound(QStringLiteral("no user"));
        return m_users.value(id);
    }

    // Test controls.
    void failNextWith(Core::Error error)
    {
        QMutexLocker lock(&m_mutex);
        m_nextError = std::move(error);
    }
    // While held, slow calls wait until release() (shows the busy state).
    void hold() { m_held = true; }
    void release()
    {
        m_held = false;
        m_gate.release(1000);
    }
    int calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    QThread *lastCallThread() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastThread;
    }
    QStringList revoked() const
    {
        QMutexLocker lock(&m_mutex);
        return m_revoked;
    }
    QString addUser(const QString &email, const QString &password)
    {
        QMutexLocker lock(&m_mutex);
        m_passwords.insert(email.toLower(), password);
        Core::User user {++m_lastId, email, QString(), 0};
        m_users.insert(user.id, user);
        return issue(user).token;
    }

private:
    void wait()
    {
        if (m_held)
            m_gate.acquire();
    }
    void record()
    {
        ++m_calls;
        m_lastThread = QThread::currentThread();
    }
    Core::Error takeError()
    {
        Core::Error error = *m_nextError;
        m_nextError.reset();
        return error;
    }
    Core::AuthSession issue(const Core::User &user)
    {
        const QString token = QStringLiteral("edk_test_%1").arg(++m_lastToken);
        m_tokens.insert(token, user.id);
        return Core::AuthSession {token, 0, user, {}};
    }

    mutable QMutex m_mutex;
    QSemaphore m_gate;
    std::atomic_bool m_held = false;
    QHash<QString, QString> m_passwords;
    QHash<qint64, Core::User> m_users;
    QHash<QString, qint64> m_tokens;
    QStringList m_revoked;
    std::optional<Core::Error> m_nextError;
    qint64 m_lastId = 0;
    int m_lastToken = 0;
    int m_calls = 0;
    QThread *m_lastThread = nullptr;
};

} // namespace Eventdesk::Testing
