// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The auth store on PostgreSQL against the same store on SQLite: every case runs on both
// backends and must give the same answers (issue 13, "the API ... identical on both").
#include "accountservice.h"
#include "database.h"
#include "pgauthstore.h"
#include "pgdatabase.h"
#include "pgscratch.h"
#include "pgstatement.h"
#include "pgthrottlestore.h"
#include "sqlauthstore.h"
#include "teststores.h"

#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Eventdesk;
using PgStorage::PgStatement;

namespace {

using Testing::PgScratchDatabase;

Core::NewUser newUser(const QString &email, Core::Admission admission = Core::Admission::Any,
    const QByteArray &invite = {})
{
    return {email, email.toCaseFolded(), QString(), "$argon2id$fake", 1000, admission, invite};
}

Core::NewToken newToken(const QByteArray &hash, qint64 at = 1000)
{
    return {hash, QStringLiteral("test"), at, at + 100'000};
}

// One backend under test: its store and whatever keeps it alive.
struct Backend
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Storage::Database> sqlite;
    std::unique_ptr<PgScratchDatabase> scratch;
    std::unique_ptr<PgStorage::PgDatabase> pg;
    std::unique_ptr<Core::AuthStore> store;
};

std::unique_ptr<Backend> openBackend(const QString &kind)
{
    auto backend = std::make_unique<Backend>();
    if (kind == QLatin1String("sqlite")) {
        backend->dir = std::make_unique<QTemporaryDir>();
        backend->sqlite = std::make_unique<Storage::Database>(
            backend->dir->filePath(QStringLiteral("t.sqlite3")));
        if (!backend->sqlite->open())
            return nullptr;
        backend->store = std::make_unique<Storage::SqlAuthStore>(*backend->sqlite);
    } else {
        backend->scratch = std::make_unique<PgScratchDatabase>();
        backend->pg = std::make_unique<PgStorage::PgDatabase>(backend->scratch->conninfo());
        if (!backend->pg->open())
            return nullptr;
        backend->store = std::make_unique<PgStorage::PgAuthStore>(*backend->pg);
    }
    return backend;
}

} // namespace

class TestPgAuthStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data() { Testing::addBackendRows(); }

    void accountsAndTokens_data() { backends_data(); }
    void accountsAndTokens()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::AuthStore &store = *backend->store;
        auto ann = store.createUser(newUser(QStringLiteral("Ann@Example.org")), newToken("t1"));
        QVERIFY(ann);
        QCOMPARE(ann->role, Core::Role::Admin); // the first account
        QCOMPARE(ann->displayName, QString());
        auto again = store.createUser(newUser(QStringLiteral("ANN@EXAMPLE.ORG")), newToken("t2"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("email_taken"));
        // The failed sign-up left nothing behind: its token is not there either.
        QCOMPARE(store.tokenByHash("t2").error().kind, Core::ErrorKind::NotFound);
        auto bob = store.createUser(newUser(QStringLiteral("bob@example.org")), newToken("b1"));
        QVERIFY(bob);
        QCOMPARE(bob->role, Core::Role::Member);
        QCOMPARE(store.userById(9999).error().kind, Core::ErrorKind::NotFound);
        auto credentials = store.credentialsByEmailKey(QStringLiteral("ann@example.org"));
        QVERIFY(credentials);
        QCOMPARE(credentials->user.email, QStringLiteral("Ann@Example.org"));
        QCOMPARE(credentials->passwordHash, QByteArray("$argon2id$fake"));

        QVERIFY(store.addToken(ann->id, newToken("t2", 2000)));
        auto record = store.tokenByHash("t2");
        QVERIFY(record);
        QCOMPARE(record->user.id, ann->id);
        QCOMPARE(record->hash, QByteArray("t2"));
        QCOMPARE(record->lastUsedAt, 2000);
        QCOMPARE(record->expiresAt, 102'000);
        QVERIFY(!record->revokedAt);
        QVERIFY(store.touchToken(record->id, 5000));
        QVERIFY(store.touchToken(record->id, 4000)); // never moves back
        QCOMPARE(store.tokenByHash("t2")->lastUsedAt, 5000);
        QCOMPARE(*store.revokeToken("t2", 6000), true);
        QCOMPARE(*store.revokeToken("t2", 7000), false);
        QCOMPARE(*store.tokenByHash("t2")->revokedAt, 6000);
        QVERIFY(store.addToken(ann->id, newToken("t3")));
        QCOMPARE(*store.revokeAllTokens(ann->id, 8000), 2); // t1 and t3
        QVERIFY(!store.tokenByHash("b1")->revokedAt);
        QCOMPARE(*store.deleteDeadTokens(ann->id, 0, 0, 9000), 3);
        QVERIFY(store.setPasswordHash(ann->id, "$argon2id$new"));
        QCOMPARE(store.credentialsByEmailKey(QStringLiteral("ann@example.org"))->passwordHash,
            QByteArray("$argon2id$new"));
        QCOMPARE(store.setPasswordHash(9999, "x").error().kind, Core::ErrorKind::NotFound);

        // Bound values only: hostile input is data, never SQL.
        const QString hostile = QStringLiteral("x'); DROP TABLE users; --:name@example.org");
        QVERIFY(store.createUser(newUser(hostile), newToken("'; DELETE FROM tokens; --")));
        QVERIFY(store.credentialsByEmailKey(hostile.toCaseFolded()));
        QCOMPARE(store.users()->size(), 3);
    }

    void rolesInvitesSettingsDevices_data() { backends_data(); }
    void rolesInvitesSettingsDevices()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::AuthStore &store = *backend->store;
        auto ann = store.createUser(newUser(QStringLiteral("ann@example.org")), newToken("a"));
        QVERIFY(ann);
        // Registration closed: only the first account.
        auto closed = store.createUser(
            newUser(QStringLiteral("x@example.org"), Core::Admission::FirstOnly), newToken("x"));
        QCOMPARE(closed.error().code, QStringLiteral("registration_closed"));
        // Invites: single use, and not after they expire.
        QVERIFY(store.addInvite({"code1", ann->id, 500, 5000}));
        auto wrong = store.createUser(
            newUser(QStringLiteral("b@example.org"), Core::Admission::Invite, "nope"),
            newToken("b"));
        QCOMPARE(wrong.error().code, QStringLiteral("invalid_invite"));
        auto bob = store.createUser(
            newUser(QStringLiteral("b@example.org"), Core::Admission::Invite, "code1"),
            newToken("b"));
        QVERIFY(bob);
        auto reused = store.createUser(
            newUser(QStringLiteral("c@example.org"), Core::Admission::Invite, "code1"),
            newToken("c"));
        QCOMPARE(reused.error().code, QStringLiteral("invalid_invite"));
        QVERIFY(store.addInvite({"old", ann->id, 1, 999}));
        auto expired = store.createUser(
            newUser(QStringLiteral("c@example.org"), Core::Admission::Invite, "old"),
            newToken("c"));
        QCOMPARE(expired.error().code, QStringLiteral("invalid_invite"));

        // The last admin stays.
        QCOMPARE(
            store.setRole(ann->id, Core::Role::Member).error().code, QStringLiteral("last_admin"));
        QCOMPARE(store.deleteUser(ann->id).error().code, QStringLiteral("last_admin"));
        QCOMPARE(store.setRole(bob->id, Core::Role::Admin)->role, Core::Role::Admin);
        QVERIFY(store.setRole(ann->id, Core::Role::Member));
        QVERIFY(store.deleteUser(ann->id));
        QCOMPARE(store.userById(ann->id).error().kind, Core::ErrorKind::NotFound);

        QCOMPARE(*store.setting(QStringLiteral("registration")), QString());
        QVERIFY(store.putSetting(QStringLiteral("registration"), QStringLiteral("open")));
        QVERIFY(store.putSetting(QStringLiteral("registration"), QStringLiteral("closed")));
        QCOMPARE(*store.setting(QStringLiteral("registration")), QStringLiteral("closed"));

        // A user keeps their 20 newest devices.
        qint64 first = 0;
        for (int i = 0; i < 21; ++i) {
            auto id = store.addDevice(bob->id, "device" + QByteArray::number(i), 1000 + i);
            QVERIFY(id);
            if (i == 0)
                first = *id;
        }
        QCOMPARE(store.deviceByHash("device0").error().kind, Core::ErrorKind::NotFound);
        auto newest = store.deviceByHash("device20");
        QVERIFY(newest);
        QCOMPARE(newest->userId, bob->id);
        QVERIFY(newest->id > first);
    }

    // Two sign-ups at once on two connections: exactly one becomes the first account (admin).
    void oneFirstAccountUnderConcurrency()
    {
        auto backend = openBackend(QStringLiteral("postgresql"));
        QVERIFY(backend);
        QList<Core::Role> roles;
        QMutex mutex;
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&, i] {
                auto user
                    = backend->store->createUser(newUser(QStringLiteral("u%1@example.org").arg(i)),
                        newToken("tok" + QByteArray::number(i)));
                QMutexLocker locker(&mutex);
                if (user)
                    roles.append(user->role);
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(roles.size(), 4);
        QCOMPARE(roles.count(Core::Role::Admin), 1);
    }

    // Two processes on one database (two PgDatabase, two AccountService) judge logins by the
    // same failures: guesses made through one throttle a login through the other, and a
    // success through the other clears the account's count for both.
    void throttleIsShared()
    {
        PgScratchDatabase scratch;
        PgStorage::PgDatabase dbA(scratch.conninfo());
        PgStorage::PgDatabase dbB(scratch.conninfo());
        QVERIFY(dbA.open());
        QVERIFY(dbB.open());
        PgStorage::PgAuthStore storeA(dbA);
        PgStorage::PgAuthStore storeB(dbB);
        PgStorage::PgThrottleStore throttleA(dbA);
        PgStorage::PgThrottleStore throttleB(dbB);
        qint64 now = 1'000'000'000;
        const auto config = [&now](Core::ThrottleStore &shared) {
            Core::AuthConfig c;
            c.password = Core::PasswordParams::minimum();
            c.registrationOverride = Core::RegistrationMode::Open;
            c.throttle.freeFailures = 3;
            c.throttle.baseDelayMs = 60'000;
            c.sharedThrottle = &shared;
            c.clock = [&now] { return now; };
            return c;
        };
        Core::AccountService a(storeA, config(throttleA));
        Core::AccountService b(storeB, config(throttleB));
        const QString password = QStringLiteral("correct horse battery");
        QVERIFY(a.signup(QStringLiteral("ann@example.org"), password, QString()));
        const auto attempt
            = [&](Core::AccountService &service, const QString &guess, const QString &address) {
                  return service.login(Core::LoginRequest {
                      QStringLiteral("ann@example.org"), guess, address, {}, Core::Via::Api});
              };
        for (int i = 0; i < 2; ++i) {
            now += 10;
            QCOMPARE(attempt(a, QStringLiteral("wrong"), QStringLiteral("10.0.0.1")).error().kind,
                Core::ErrorKind::Unauthorized);
        }
        now += 10;
        // The third wrong guess, through B, reaches the limit that A's two approached: after
        // it, every login waits, through either process.
        QCOMPARE(attempt(b, QStringLiteral("wrong"), QStringLiteral("10.0.0.2")).error().kind,
            Core::ErrorKind::Unauthorized);
        now += 10;
        auto blocked = attempt(a, password, QStringLiteral("10.0.0.3"));
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().kind, Core::ErrorKind::RateLimited);
        QCOMPARE(b.throttle().failures(QStringLiteral("ann@example.org"), {}, now), 3);
        // After the wait, a correct login through B clears the account for A too.
        now += 61'000;
        QVERIFY(attempt(b, password, QStringLiteral("10.0.0.3")));
        QCOMPARE(a.throttle().failures(QStringLiteral("ann@example.org"), {}, now), 0);
    }

    // Migrations are recorded, and opening again (another process) applies nothing twice.
    void migrationsOnce()
    {
        PgScratchDatabase scratch;
        PgStorage::PgDatabase a(scratch.conninfo());
        QVERIFY(a.open());
        PgStorage::PgDatabase b(scratch.conninfo());
        QVERIFY(b.open());
        const auto versions = b.appliedVersions();
        QVERIFY(versions);
        QCOMPARE(versions->size(), PgStorage::PgDatabase::builtIn().size());
        QVERIFY(!versions->isEmpty());
    }

    // The statement class fails loudly, like SqliteStatement.
    void statementRules()
    {
        PgScratchDatabase scratch;
        PgStorage::PgDatabase db(scratch.conninfo());
        QVERIFY(db.open());
        PGconn *c = db.handle();
        QVERIFY(PgStorage::pgExecScript(
            c, "CREATE TABLE items (id BIGINT PRIMARY KEY, name TEXT UNIQUE, note TEXT)"));

        // Casts and quoted colons are not parameters; a name used twice is one parameter.
        PgStatement cast(c, "SELECT :a::bigint + :a::bigint, ':b', \":c\"");
        QCOMPARE(cast.translatedSql(), QByteArray("SELECT $1::bigint + $1::bigint, ':b', \":c\""));

        PgStatement wrong(c, "INSERT INTO items (id, name) VALUES (:id, :name)");
        wrong.bind(":id", qint64(1));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(":nmae")));
        wrong.bind(":nmae", QStringLiteral("a"));
        QVERIFY(!wrong.isValid());
        QVERIFY(!wrong.exec());

        PgStatement unbound(c, "INSERT INTO items (id, name) VALUES (:id, :name)");
        unbound.bind(":id", qint64(1));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral(":name is not bound")));
        const auto refused = unbound.exec();
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String(":name")));

        for (int i = 0; i < 2; ++i) {
            PgStatement insert(c, "INSERT INTO items (id, name) VALUES (:id, :name)");
            insert.bind(":id", qint64(10 + i));
            insert.bind(":name", QStringLiteral("same"));
            const auto done = insert.exec();
            QCOMPARE(bool(done), i == 0);
            if (i == 1) {
                QCOMPARE(done.error().kind, Core::ErrorKind::Conflict);
                QCOMPARE(done.error().code, QStringLiteral("conflict"));
            }
        }
        PgStatement count(c, "SELECT count(*) FROM items");
        QVERIFY(*count.next());
        QCOMPARE(count.integer(0), qint64(1)); // nothing of the refused statements was written
    }

    // A statement is prepared once per session and then only run; a reset connection (a new
    // session: the server restarted) prepares again; SQL past the cap runs unprepared; SQL the
    // server refuses is an error, not a cached name.
    void preparedOncePerSession()
    {
        PgScratchDatabase scratch;
        PgStorage::PgDatabase db(scratch.conninfo());
        QVERIFY(db.open());
        PGconn *c = db.handle();
        const auto preparedCount = [c](const QByteArray &like) {
            PgStatement s(
                c, "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE :like");
            s.bind(":like", like);
            const auto row = s.next();
            return row && *row ? s.integer(0) : qint64(-1);
        };
        for (int i = 0; i < 3; ++i) {
            PgStatement s(c, "SELECT :n::int + 1 AS once");
            s.bind(":n", i);
            QVERIFY(*s.next());
            QCOMPARE(s.integer(0), qint64(i + 1));
        }
        QCOMPARE(preparedCount("%AS once%"), qint64(1));

        PQreset(c);
        QCOMPARE(PQstatus(c), CONNECTION_OK);
        QCOMPARE(preparedCount("%AS once%"), qint64(0));
        PgStatement again(c, "SELECT :n::int + 1 AS once");
        again.bind(":n", 41);
        QVERIFY(*again.next());
        QCOMPARE(again.integer(0), qint64(42));
        QCOMPARE(preparedCount("%AS once%"), qint64(1));

        PgStatement broken(c, "SELEC :n::int");
        broken.bind(":n", 1);
        QVERIFY(!broken.exec());
        PgStatement afterBroken(c, "SELECT :n::int + 1 AS once");
        afterBroken.bind(":n", 1);
        QVERIFY(*afterBroken.next());

        for (int i = 0; i < 300; ++i) {
            PgStatement distinct(c, "SELECT " + QByteArray::number(i) + " + :n::int AS many");
            distinct.bind(":n", 1);
            QVERIFY(*distinct.next());
            QCOMPARE(distinct.integer(0), qint64(i + 1));
        }
        const qint64 many = preparedCount("%AS many%");
        QVERIFY2(many > 0 && many < 300, qPrintable(QString::number(many)));
    }

    // A server that cannot be reached is Unavailable (503 with Retry-After), not a crash.
    void unreachableIsUnavailable()
    {
        PgStorage::PgDatabase db(QStringLiteral("host=/nonexistent port=1 user=x dbname=x"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PgDatabase")));
        const auto opened = db.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Core::ErrorKind::Unavailable);
        QCOMPARE(opened.error().retryAfterSeconds, 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PgDatabase")));
        PgStorage::PgAuthStore store(db);
        QCOMPARE(store.userById(1).error().kind, Core::ErrorKind::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestPgAuthStore)
#include "tst_pgauthstore.moc"
