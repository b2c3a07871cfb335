// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Integrations › Webhooks and › Calendar Apps on a real database, the real dispatcher and a
// local receiver: add (secret shown once), test, log, redeliver, pause, delete; a webhook the
// dispatcher turns off (410 Gone, or failing past the limit) is marked and its owner told; a
// subscription address made in the window serves the account's feed until it is revoked.
#include "calendarservice.h"
#include "calendarsubscriptionsview.h"
#include "eventsbackend.h"
#include "feedformats.h"
#include "session.h"
#include "sqlitecalendarstore.h"
#include "sqlitewebhookstore.h"
#include "testhttpserver.h"
#include "webhookdialog.h"
#include "webhookdispatcher.h"
#include "webhookmodels.h"
#include "webhookservice.h"
#include "webhooksview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Eventdesk;

namespace {

template<typename T> T *find(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestWebhooksView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::EventsBackend> m_backend;
    std::unique_ptr<Storage::SqliteWebhookStore> m_store;
    std::unique_ptr<Core::WebhookService> m_webhooks;
    std::unique_ptr<Feeds::WebhookDispatcher> m_dispatcher;
    std::unique_ptr<TestHttpServer> m_receiver;
    std::unique_ptr<Gui::Session> m_session;
    Core::User m_user;

    void startDispatcher(Feeds::WebhookDispatcherConfig config)
    {
        config.allowPrivate = true; // the receiver is on 127.0.0.1
        config.timeoutMs = 5000;
        m_dispatcher = std::make_unique<Feeds::WebhookDispatcher>(
            *m_store, *m_backend->changes,
            [](const QString &, const QByteArray &snapshot) { return snapshot; },
            [](qint64) { return false; }, config);
        m_dispatcher->start();
    }

private Q_SLOTS:
    void init()
    {
        // Any warning fails, except the offscreen platform's note that it cannot resize windows.
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
        m_backend = std::make_unique<Testing::EventsBackend>();
        QVERIFY(m_backend->open());
        m_store = std::make_unique<Storage::SqliteWebhookStore>(*m_backend->db);
        m_webhooks = std::make_unique<Core::WebhookService>(*m_store, *m_backend->changes);
        m_receiver = std::make_unique<TestHttpServer>();
        m_receiver->script({TestHttpServer::Answer(204)});
        m_session = std::make_unique<Gui::Session>();
        m_user = m_backend->signup(QStringLiteral("ana"), QStringLiteral("Ana")).user;
        m_session->signIn(m_user, QStringLiteral("token"));
    }

    void cleanup()
    {
        m_dispatcher.reset();
        m_session.reset();
        m_receiver.reset();
        m_webhooks.reset();
        m_store.reset();
        m_backend.reset();
    }

    void addTestRedeliverPauseDelete()
    {
        startDispatcher({});
        Gui::WebhooksView view(*m_webhooks, *m_backend->changes, *m_session);
        QAbstractItemModelTester tester(view.model());
        QAbstractItemModelTester logTester(view.deliveries());
        view.show();
        auto *stack = find<QStackedWidget>(&view, "webhooksStack");
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("webhooksEmptyState"));
        QTRY_VERIFY(find<QLabel>(&view, "webhooksEmptyText")->text().contains(u"Add one"));

        // Add: Add Webhook stays off until the address is a web URL.
        QTest::mouseClick(find<QPushButton>(&view, "addWebhookButton"), Qt::LeftButton);
        auto *dialog = find<Gui::WebhookDialog>(&view, "webhookDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *add = find<QPushButton>(dialog, "webhookAddButton");
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(find<QLineEdit>(dialog, "webhookUrlEdit"), QStringLiteral("ftp://x"));
        QVERIFY(!add->isEnabled());
        find<QLineEdit>(dialog, "webhookUrlEdit")
            ->setText(m_receiver->url(QStringLiteral("/hook")));
        QVERIFY(add->isEnabled());
        QTest::keyClicks(find<QLineEdit>(dialog, "webhookDescriptionEdit"), QStringLiteral("Chat"));
        QTest::mouseClick(add, Qt::LeftButton);

        // The secret, once, with Copy.
        QDialog *secretDialog = nullptr;
        QTRY_VERIFY((secretDialog = find<QDialog>(&view, "webhookSecretDialog")));
        const QString secret = find<QLineEdit>(secretDialog, "webhookSecretEdit")->text();
        QVERIFY(secret.startsWith(u"whsec_"));
        QVERIFY(find<QLabel>(secretDialog, "shownOnceNote")->text().contains(u"not see it again"));
        QTest::mouseClick(
            find<QPushButton>(secretDialog, "copyWebhookSecretButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), secret);
        secretDialog->reject();
        auto stored = m_webhooks->list(Core::Actor::window(m_user));
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().secret, secret);
        QCOMPARE(stored->first().description, QStringLiteral("Chat"));
        QCOMPARE(stored->first().events, Core::WebhookTypes::all());
        const qint64 id = stored->first().id;
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(stack->currentIndex(), 1);
        QCOMPARE(view.model()->index(0, Gui::WebhooksModel::Status).data().toString(),
            QStringLiteral("Active"));

        // Send Test: the ping reaches the receiver and shows in the log as delivered.
        auto *table = find<QTableView>(&view, "webhooksTable");
        table->setCurrentIndex(view.model()->index(0, 0));
        QTest::mouseClick(find<QPushButton>(&view, "pingWebhookButton"), Qt::LeftButton);
        QTRY_COMPARE(m_receiver->requests(), 1);
        QTRY_COMPARE(view.deliveries()->rowCount(), 1);
        QTRY_COMPARE(view.deliveries()->index(0, Gui::DeliveriesModel::Status).data().toString(),
            QStringLiteral("Delivered"));
        QCOMPARE(view.deliveries()->index(0, Gui::DeliveriesModel::Type).data().toString(),
            QStringLiteral("Test"));
        QCOMPARE(view.deliveries()->index(0, Gui::DeliveriesModel::Code).data().toString(),
            QStringLiteral("204"));
        QTRY_VERIFY(view.model()
                        ->index(0, Gui::WebhooksModel::LastDelivery)
                        .data()
                        .toString()
                        .startsWith(u"Delivered"));

        // Redeliver: the same message again, a second attempt.
        auto *log = find<QTableView>(&view, "webhookDeliveriesTable");
        log->setCurrentIndex(view.deliveries()->index(0, 0));
        auto *redeliver = find<QPushButton>(&view, "redeliverButton");
        QVERIFY(redeliver->isEnabled());
        QTest::mouseClick(redeliver, Qt::LeftButton);
        QTRY_COMPARE(m_receiver->requests(), 2);
        QTRY_COMPARE(view.deliveries()->index(0, Gui::DeliveriesModel::Attempts).data().toString(),
            QStringLiteral("2"));
        QCOMPARE(view.deliveries()->rowCount(), 1);

        // Pause, then resume.
        auto *pause = find<QPushButton>(&view, "pauseWebhookButton");
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_COMPARE(view.model()->index(0, Gui::WebhooksModel::Status).data().toString(),
            QStringLiteral("Paused"));
        QVERIFY(!m_webhooks->get(Core::Actor::window(m_user), id)->enabled);
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_COMPARE(view.model()->index(0, Gui::WebhooksModel::Status).data().toString(),
            QStringLiteral("Active"));

        // Delete asks first; Cancel keeps it.
        auto *remove = find<QPushButton>(&view, "deleteWebhookButton");
        QTest::mouseClick(remove, Qt::LeftButton);
        auto *confirm = find<QMessageBox>(&view, "deleteWebhookConfirm");
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!find<QMessageBox>(&view, "deleteWebhookConfirm"));
        QVERIFY(m_webhooks->get(Core::Actor::window(m_user), id));
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY((confirm = find<QMessageBox>(&view, "deleteWebhookConfirm")));
        find<QPushButton>(confirm, "confirmDeleteWebhookButton")->click();
        QTRY_COMPARE(view.model()->rowCount(), 0);
        QVERIFY(!m_webhooks->get(Core::Actor::window(m_user), id));
        QCOMPARE(stack->currentIndex(), 0);
    }

    // Another account's webhooks are not listed (the API's rule), and signed out there are none.
    void onlyTheAccountsOwn()
    {
        const Core::User other = m_backend->signup(QStringLiteral("bo"), QStringLiteral("Bo")).user;
        QVERIFY(m_webhooks->create(
            Core::Actor::window(other), m_receiver->url(), {QStringLiteral("event.created")}, {}));
        QVERIFY(m_webhooks->create(
            Core::Actor::window(m_user), m_receiver->url(), {QStringLiteral("event.created")}, {}));
        Gui::WebhooksView view(*m_webhooks, *m_backend->changes, *m_session);
        QTRY_COMPARE(view.model()->rowCount(), 1);
        m_session->signOut();
        QTRY_COMPARE(view.model()->rowCount(), 0);
        QTRY_VERIFY(find<QLabel>(&view, "webhooksEmptyText")->text().contains(u"Sign in"));
        QVERIFY(!find<QPushButton>(&view, "addWebhookButton")->isEnabled());
    }

    // The dispatcher turns a webhook off (the receiver answers 410 Gone, or it keeps failing past
    // the limit): the page marks it with the reason and the owner gets a notice.
    void turnedOffByTheDispatcher_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("told");
        QTest::newRow("410 gone") << 410 << QStringLiteral("Off: the receiver answered 410 Gone")
                                  << QStringLiteral("410 Gone");
        QTest::newRow("failing") << 500 << QStringLiteral("Off: failed for 24 hours")
                                 << QStringLiteral("after failing for 24 hours");
    }
    void turnedOffByTheDispatcher()
    {
        QFETCH(int, status);
        QFETCH(QString, shown);
        QFETCH(QString, told);
        m_receiver->script({TestHttpServer::Answer(status)});
        // The schedule shrunk: retries after 20 ms, a webhook failing for 50 ms is turned off.
        Feeds::WebhookDispatcherConfig config;
        config.retryBaseMs = 20;
        config.retryCapMs = 40;
        config.disableAfterMs = 50;
        startDispatcher(config);
        auto created = m_webhooks->create(Core::Actor::window(m_user),
            m_receiver->url(QStringLiteral("/hook")), {QStringLiteral("event.created")}, {});
        QVERIFY(created);
        Gui::WebhooksView view(*m_webhooks, *m_backend->changes, *m_session);
        QSignalSpy notices(&view, &Gui::WebhooksView::notice);
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, Gui::WebhooksModel::Status).data().toString(),
            QStringLiteral("Active"));
        QVERIFY(m_webhooks->ping(Core::Actor::window(m_user), created->id));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_webhooks->get(Core::Actor::window(m_user), created->id)->enabled, 10000);
        QTRY_COMPARE(view.model()->index(0, Gui::WebhooksModel::Status).data().toString(), shown);
        QTRY_COMPARE(notices.size(), 1);
        const QString notice = notices.first().first().toString();
        QVERIFY2(notice.contains(told), qPrintable(notice));
        QVERIFY2(notice.contains(u"127.0.0.1"), qPrintable(notice));
        // Told once, not on every later reload.
        view.reload();
        QSignalSpy reloaded(&view, &Gui::WebhooksView::reloaded);
        QVERIFY(reloaded.wait());
        QCOMPARE(notices.size(), 1);
    }

    void calendarAddressMadeAndRevoked()
    {
        Storage::SqliteCalendarStore calendarStore(*m_backend->db);
        Feeds::FeedFormats formats;
        Core::CalendarService calendars(calendarStore, formats);
        Gui::CalendarSubscriptionsView view(calendars, *m_session);
        view.show();
        auto *create = find<QPushButton>(&view, "createCalendarButton");
        // Without the API running there is no address to give.
        QVERIFY(!create->isEnabled());
        QVERIFY(find<QLabel>(&view, "calendarApiNote")->isVisibleTo(&view));
        view.setApiUrl(QStringLiteral("http://127.0.0.1:8085"));
        QVERIFY(create->isEnabled());
        QVERIFY(!find<QLabel>(&view, "calendarApiNote")->isVisibleTo(&view));
        QTest::mouseClick(create, Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = find<QDialog>(&view, "calendarUrlDialog")));
        const QString url = find<QLineEdit>(dialog, "calendarUrlEdit")->text();
        const QString webcal = find<QLineEdit>(dialog, "calendarWebcalUrlEdit")->text();
        const QRegularExpression shape(
            QStringLiteral("^http://127\\.0\\.0\\.1:8085/cal/([A-Za-z0-9_-]{43})\\.ics$"));
        const auto match = shape.match(url);
        QVERIFY2(match.hasMatch(), qPrintable(url));
        QCOMPARE(webcal, QStringLiteral("webcal://") + url.mid(7));
        QTest::mouseClick(find<QPushButton>(dialog, "copyCalendarUrlButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), url);
        dialog->reject();
        const QByteArray token = match.captured(1).toLatin1();
        QVERIFY(calendars.feed(token));
        auto *table = find<QTableWidget>(&view, "calendarsTable");
        QTRY_COMPARE(table->rowCount(), 1);

        table->setCurrentCell(0, 0);
        QTest::mouseClick(find<QPushButton>(&view, "revokeCalendarButton"), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = find<QMessageBox>(&view, "revokeCalendarConfirm")));
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
        find<QPushButton>(confirm, "confirmRevokeCalendarButton")->click();
        QTRY_COMPARE(table->rowCount(), 0);
        QCOMPARE(calendars.feed(token).error().kind, Core::ErrorKind::NotFound);
    }
};

QTEST_MAIN(TestWebhooksView)
#include "tst_webhooksview.moc"
