// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QCoreApplication>

namespace Eventdesk::Gui {

Core::Error MemoryCredentialStore::unavailable() const
{
    return Core::Error::make(Core::ErrorKind::Unavailable, QStringLiteral("keychain_unavailable"),
        QCoreApplication::translate(
            "Eventdesk::Gui::CredentialStore", "No keychain service is available."));
}

void MemoryCredentialStore::read(
    const QString &key, std::function<void(Core::Result<QString>)> done)
{
    if (!m_available)
        return done(unavailable());
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend())
        return done(Core::Error::notFound(QStringLiteral("no entry %1").arg(key)));
    done(*found);
}

void MemoryCredentialStore::write(
    const QString &key, const QString &secret, std::function<void(Core::Result<void>)> done)
{
    if (!m_available)
        return done(unavailable());
    m_secrets.insert(key, secret);
    done({});
}

void MemoryCredentialStore::remove(const QString &key, std::function<void(Core::Result<void>)> done)
{
    if (!m_available)
        return done(unavailable());
    m_secrets.remove(key);
    done({});
}

} // namespace Eventdesk::Gui
