// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace Eventdesk::Gui {

namespace {

// Maps a finished job's error; NoError gives an empty optional.
std::optional<Core::Error> jobError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return std::nullopt;
    case QKeychain::EntryNotFound:
        return Core::Error::notFound(job.errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    const QString reason = job.errorString().isEmpty()
        ? QCoreApplication::translate(
            "Eventdesk::Gui::CredentialStore", "No keychain service is available.")
        : job.errorString();
    return Core::Error::make(
        Core::ErrorKind::Unavailable, QStringLiteral("keychain_unavailable"), reason);
}

template<typename Job> Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

void KeychainCredentialStore::read(
    const QString &key, std::function<void(Core::Result<QString>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)] {
        if (auto error = jobError(*job))
            return done(*error);
        done(job->textData());
    });
    job->start();
}

void KeychainCredentialStore::write(
    const QString &key, const QString &secret, std::function<void(Core::Result<void>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)] {
        if (auto error = jobError(*job))
            return done(*error);
        done({});
    });
    job->start();
}

void KeychainCredentialStore::remove(
    const QString &key, std::function<void(Core::Result<void>)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)] {
        auto error = jobError(*job);
        // Removing what is not there is what the caller wanted.
        if (error && error->kind != Core::ErrorKind::NotFound)
            return done(*error);
        done({});
    });
    job->start();
}

} // namespace Eventdesk::Gui
