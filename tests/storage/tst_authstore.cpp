// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "migrator.h"
#include "sqlauthstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace Eventdesk;

namespace {

Core::NewUser newUser(const QString &email)
{
    return {
        email, email.toCaseFolded(), QString(), "$argon2id$fake", 1000, Core::Admission::Any, {}};
}

Core::NewToken newToken(const QByteArray &hash, qint64 at = 1000)
{
    return {hash, QStringLiteral("test"), at, at + 100'000};
}

} // namespace

class TestAuthStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("t.sqlite3"));
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Users written before migration 0003 get their e-mail key, and still log in by any case.
    void migratesAccountsFromSchema2()
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &raw), SQLITE_OK);
        QList<Storage::Migration> upTo2;
        for (const Storage::Migration &migration : Storage::Migrator::builtIn()) {
            if (migration.version <= 2)
                upTo2.append(migration);
        }
        auto migrated = Storage::Migrator(upTo2).migrate(raw);
        QVERIFY(migrated);
        QVERIFY(Storage::execScript(raw,
            "INSERT INTO users (email, password_hash, created_at) VALUES "
            "('Ann@Example.org', 'h1', 1), ('BOB@example.ORG', 'h2', 2);"));
        sqlite3_close(raw);

        openStore();
        QVERIFY(m_db->schemaVersion() >= 3);
        auto ann = m_store->credentialsByEmailKey(QStringLiteral("ann@example.org"));
        QVERIFY(ann);
        QCOMPARE(ann->user.email, QStringLiteral("Ann@Example.org"));
        QCOMPARE(ann->passwordHash, QByteArray("h1"));
        QVERIFY(m_store->credentialsByEmailKey(QStringLiteral("bob@example.org")));
        auto taken = m_store->createUser(newUser(QStringLiteral("ann@example.org")), newToken("x"));
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, QStringLiteral("email_taken"));
    }

    void rowsInsertedWithoutAKeyGetOne()
    {
        openStore();
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO users (email, password_hash, created_at) "
                                          "VALUES ('Carol@Example.org', 'h', 1)")));
        QVERIFY(m_store->credentialsByEmailKey(QStringLiteral("carol@example.org")));
    }

    void createUserIsUniqueWithoutRegardToCase()
    {
        openStore();
        auto ann = m_store->createUser(newUser(QStringLiteral("Ann@Example.org")), newToken("t1"));
        QVERIFY(ann);
        QVERIFY(ann->id > 0);
        QCOMPARE(ann->displayName, QString());
        auto again
            = m_store->createUser(newUser(QStringLiteral("ANN@EXAMPLE.ORG")), newToken("t2"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Core::ErrorKind::Conflict);
        // The failed sign-up left nothing behind: its token is not there either.
        QCOMPARE(m_store->tokenByHash("t2").error().kind, Core::ErrorKind::NotFound);
        QCOMPARE(count(QStringLiteral("users")), 1);
        QCOMPARE(count(QStringLiteral("tokens")), 1);
        QCOMPARE(m_store->userById(ann->id)->email, QStringLiteral("Ann@Example.org"));
        QCOMPARE(m_store->userById(9999).error().kind, Core::ErrorKind::NotFound);
        QCOMPARE(m_store->credentialsByEmailKey(QStringLiteral("nobody@example.org")).error().kind,
            Core::ErrorKind::NotFound);
    }

    void tokens()
    {
        openStore();
        auto ann = m_store->createUser(newUser(QStringLiteral("ann@example.org")), newToken("t1"));
        auto bob = m_store->createUser(newUser(QStringLiteral("bob@example.org")), newToken("b1"));
        QVERIFY(ann && bob);
        QVERIFY(m_store->addToken(ann->id, newToken("t2", 2000)));
        auto record = m_store->tokenByHash("t2");
        QVERIFY(record);
        QCOMPARE(record->user.id, ann->id);
        QCOMPARE(record->createdAt, 2000);
        QCOMPARE(record->lastUsedAt, 2000);
        QCOMPARE(record->expiresAt, 102'000);
        QVERIFY(!record->revokedAt);

        QVERIFY(m_store->touchToken(record->id, 5000));
        QCOMPARE(m_store->tokenByHash("t2")->lastUsedAt, 5000);
        QVERIFY(m_store->touchToken(record->id, 4000)); // never moves back
        QCOMPARE(m_store->tokenByHash("t2")->lastUsedAt, 5000);

        QCOMPARE(*m_store->revokeToken("t2", 6000), true);
        QCOMPARE(*m_store->revokeToken("t2", 7000), false);
        QCOMPARE(*m_store->tokenByHash("t2")->revokedAt, 6000);
        QCOMPARE(*m_store->revokeToken("unknown", 7000), false);

        QVERIFY(m_store->addToken(ann->id, newToken("t3")));
        QCOMPARE(*m_store->revokeAllTokens(ann->id, 8000), 2); // t1 and t3; t2 was revoked
        QVERIFY(!m_store->tokenByHash("b1")->revokedAt);

        QVERIFY(m_store->setPasswordHash(ann->id, "$argon2id$new"));
        QCOMPARE(m_store->credentialsByEmailKey(QStringLiteral("ann@example.org"))->passwordHash,
            QByteArray("$argon2id$new"));
        QCOMPARE(m_store->setPasswordHash(9999, "x").error().kind, Core::ErrorKind::NotFound);
    }

    // Bound values only: hostile input is data, never SQL.
    void hostileInputIsData()
    {
        openStore();
        const QString email = QStringLiteral("x'); DROP TABLE users; --@example.org");
        QVERIFY(m_store->createUser(newUser(email), newToken("'; DELETE FROM tokens; --")));
        QVERIFY(m_store->credentialsByEmailKey(email.toCaseFolded()));
        QVERIFY(m_store->tokenByHash("'; DELETE FROM tokens; --"));
        QCOMPARE(count(QStringLiteral("users")), 1);
    }

private:
    void openStore()
    {
        m_db = std::make_unique<Storage::Database>(m_path);
        QVERIFY(m_db->open());
        m_store = std::make_unique<Storage::SqlAuthStore>(*m_db);
    }
    int count(const QString &table)
    {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        query.next();
        return query.value(0).toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::SqlAuthStore> m_store;
};

QTEST_GUILESS_MAIN(TestAuthStore)
#include "tst_authstore.moc"
