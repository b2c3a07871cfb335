// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window follows the same ownership rules as the API (issue 9): the Feeds view acts as the
// signed-in account, so a member cannot sync or remove another account's feed; an admin can.
#include "feedsview.h"
#include "feedtestenv.h"
#include "session.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Eventdesk;

class TestFeedsOwner : public QObject
{
    Q_OBJECT
    std::unique_ptr<FeedTestEnv> env;
    Core::User ann {1, QStringLiteral("ann@example.org"), {}, 0, Core::Role::Admin};
    Core::User bob {2, QStringLiteral("bob@example.org"), {}, 0, Core::Role::Member};

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
        env = std::make_unique<FeedTestEnv>();
        QVERIFY(env->open());
        env->service->startScheduler(3600 * 1000); // "Sync now" hands runs to its thread
        QSqlQuery q(env->db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO users (id, email, password_hash, created_at, role) VALUES "
            "(1, 'ann@example.org', 'x', 0, 'admin'), (2, 'bob@example.org', 'x', 0, 'member')")));
    }
    void cleanup() { env.reset(); }

    void viewActsAsTheSignedInAccount()
    {
        Core::Feed feed;
        feed.name = QStringLiteral("Ann's plans");
        feed.location = QStringLiteral(FEEDS_TEST_DATA "/provider-v2-planlist.xml");
        feed.format = Core::FeedFormat::Provider;
        feed.intervalSeconds = 0;
        auto created = env->service->createFeed(Core::Actor::window(ann), feed);
        QVERIFY(created);
        QCOMPARE(created->createdBy, ann.id);

        Gui::Session session;
        session.signIn(bob, QStringLiteral("token"));
        Gui::FeedsView view(*env->service, env->changes);
        view.setSession(&session);
        view.show();
        auto *table = view.findChild<QTableView *>(QStringLiteral("feedsTable"));
        auto *message = view.findChild<QLabel *>(QStringLiteral("feedsMessage"));
        QVERIFY(table && message);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);

        view.syncFeed();
        QVERIFY2(message->text().contains(QLatin1String("owner")), qPrintable(message->text()));
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM imports")), 0);

        // A member's own feed is created for them, and the local file is fine in the window.
        QCOMPARE(view.actor().user.id, bob.id);
        auto own = env->service->createFeed(view.actor(), feed);
        QVERIFY(own);
        QCOMPARE(own->createdBy, bob.id);

        session.signIn(ann, QStringLiteral("token"));
        view.syncFeed();
        QVERIFY2(message->text().contains(QLatin1String("Syncing")), qPrintable(message->text()));
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM imports")), 1);

        // Signed out, the view may not add feeds for nobody.
        session.signOut();
        auto nobody = env->service->createFeed(view.actor(), feed);
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, QStringLiteral("sign_in_required"));
    }
};

QTEST_MAIN(TestFeedsOwner)
#include "tst_feedsowner.moc"
