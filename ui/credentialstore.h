// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Eventdesk::Gui {

// Where "remember me" keeps the login token: the OS keychain in the app, memory in tests.
// Calls are asynchronous (a keychain may ask the user or time out); the callbacks run on the
// caller's thread. A missing entry is ErrorKind::NotFound; no keychain service is
// ErrorKind::Unavailable with a message that says why.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual void read(const QString &key, std::function<void(Core::Result<QString>)> done) = 0;
    virtual void write(
        const QString &key, const QString &secret, std::function<void(Core::Result<void>)> done)
        = 0;
    virtual void remove(const QString &key, std::function<void(Core::Result<void>)> done) = 0;
};

// Keeps secrets in memory (tests; or nothing at all when available is false, to act like a
// machine without a keychain). Answers synchronously.
class MemoryCredentialStore : public CredentialStore
{
public:
    explicit MemoryCredentialStore(bool available = true)
        : m_available(available)
    { }

    void read(const QString &key, std::function<void(Core::Result<QString>)> done) override;
    void write(const QString &key, const QString &secret,
        std::function<void(Core::Result<void>)> done) override;
    void remove(const QString &key, std::function<void(Core::Result<void>)> done) override;

    const QHash<QString, QString> &secrets() const { return m_secrets; }

private:
    Core::Error unavailable() const;
    bool m_available;
    QHash<QString, QString> m_secrets;
};

} // namespace Eventdesk::Gui
