// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real OS keychain through QtKeychain. ctest runs this binary twice:
// - EVENTDESK_KEYCHAIN=absent, with a session bus address that leads nowhere: every call must
//   answer soon with ErrorKind::Unavailable and a message (never block, never store in plain text);
// - EVENTDESK_KEYCHAIN=present, inside `dbus-run-session` with an unlocked gnome-keyring-daemon
//   (run-with-keyring.sh): write, read, overwrite and remove round-trip through Secret Service.
#include "keychaincredentialstore.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Eventdesk;

namespace {

template<typename T> struct Outcome
{
    bool done = false;
    std::optional<Core::Result<T>> result;
    auto callback()
    {
        return [this](Core::Result<T> r) {
            result.emplace(std::move(r));
            done = true;
        };
    }
};

// QVERIFY2 evaluates its message even on success.
template<typename T> QByteArray why(const Core::Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

constexpr int keychainTimeoutMs = 30000; // a D-Bus call's own timeout is 25 s

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_mode = qEnvironmentVariable("EVENTDESK_KEYCHAIN");
        if (m_mode.isEmpty())
            QSKIP("Run through ctest (EVENTDESK_KEYCHAIN=absent or present).");
        // A test-only service name, so a developer's own entries are never touched.
        m_service = QStringLiteral("Eventdesk test %1").arg(QUuid::createUuid().toString());
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void absentKeychainFailsClearly()
    {
        if (m_mode != QLatin1String("absent"))
            QSKIP("Needs EVENTDESK_KEYCHAIN=absent.");
        Gui::KeychainCredentialStore store(m_service);
        Outcome<void> written;
        store.write(
            QStringLiteral("session-token"), QStringLiteral("edk_secret"), written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.done, keychainTimeoutMs);
        QVERIFY(!*written.result);
        QCOMPARE(written.result->error().kind, Core::ErrorKind::Unavailable);
        QVERIFY(!written.result->error().message.isEmpty());
        qInfo("keychain absent: %s", why(*written.result).constData());

        Outcome<QString> read;
        store.read(QStringLiteral("session-token"), read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.done, keychainTimeoutMs);
        QVERIFY(!*read.result);
        QCOMPARE(read.result->error().kind, Core::ErrorKind::Unavailable);
    }

    void secretServiceRoundTrip()
    {
        if (m_mode != QLatin1String("present"))
            QSKIP("Needs EVENTDESK_KEYCHAIN=present (run-with-keyring.sh).");
        Gui::KeychainCredentialStore store(m_service);
        const QString key = QStringLiteral("session-token");

        Outcome<QString> missing;
        store.read(key, missing.callback());
        QTRY_VERIFY_WITH_TIMEOUT(missing.done, keychainTimeoutMs);
        QVERIFY(!*missing.result);
        QCOMPARE(missing.result->error().kind, Core::ErrorKind::NotFound);

        for (const QString &secret : {QStringLiteral("edk_first"), QStringLiteral("edk_second")}) {
            Outcome<void> written;
            store.write(key, secret, written.callback());
            QTRY_VERIFY_WITH_TIMEOUT(written.done, keychainTimeoutMs);
            QVERIFY2(bool(*written.result), why(*written.result).constData());
            Outcome<QString> read;
            store.read(key, read.callback());
            QTRY_VERIFY_WITH_TIMEOUT(read.done, keychainTimeoutMs);
            QVERIFY2(bool(*read.result), why(*read.result).constData());
            QCOMPARE(**read.result, secret);
        }

        Outcome<void> removed;
        store.remove(key, removed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removed.done, keychainTimeoutMs);
        QVERIFY(bool(*removed.result));
        Outcome<QString> gone;
        store.read(key, gone.callback());
        QTRY_VERIFY_WITH_TIMEOUT(gone.done, keychainTimeoutMs);
        QCOMPARE(gone.result->error().kind, Core::ErrorKind::NotFound);

        // Removing again is not an error: the entry is gone either way.
        Outcome<void> again;
        store.remove(key, again.callback());
        QTRY_VERIFY_WITH_TIMEOUT(again.done, keychainTimeoutMs);
        QVERIFY(bool(*again.result));
    }

private:
    QString m_mode;
    QString m_service;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
