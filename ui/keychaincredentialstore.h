// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace Eventdesk::Gui {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, the Keychain on macOS,
// the Credential Manager on Windows). Never falls back to plain-text storage.
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("Eventdesk"))
        : m_service(std::move(service))
    { }

    void read(const QString &key, std::function<void(Core::Result<QString>)> done) override;
    void write(const QString &key, const QString &secret,
        std::function<void(Core::Result<void>)> done) override;
    void remove(const QString &key, std::function<void(Core::Result<void>)> done) override;

private:
    QString m_service;
};

} // namespace Eventdesk::Gui
