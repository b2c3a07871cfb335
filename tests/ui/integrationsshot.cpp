// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: the screenshots of Tools › Integrations › Webhooks and › Calendar Apps for
// docs/make-screenshot.sh. The real window (createMainWindow) on a fresh database with the real
// API and webhook dispatcher, signed in, two webhooks to a local receiver (one answers 204, one
// 500), a few events, two subscription addresses; grabs the Integrations window offscreen.
// Usage: integrationsshot LANG OUT_PATTERN, e.g. "docs/screenshots/%1-es.png" (%1: webhooks,
// calendar-apps, add-webhook, webhook-secret).
#include "actor.h"
#include "authservice.h"
#include "calendarservice.h"
#include "composition.h"
#include "eventservice.h"
#include "integrationswindow.h"
#include "mainwindow.h"
#include "session.h"
#include "shownoncedialog.h"
#include "webhookdialog.h"
#include "webhookservice.h"
#include "webhooksview.h"
#include "windowfactory.h"

#include <QApplication>
#include <QDateTime>
#include <QLibraryInfo>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

using namespace Eventdesk;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Answers 500 on paths starting with /crm, else 204.
void serveReceiver(QTcpServer &server)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                const QByteArray head = socket->readAll();
                const bool broken = head.contains(" /crm");
                socket->write(broken
                        ? "HTTP/1.1 500 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        : "HTTP/1.1 204 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    server.listen(QHostAddress::LocalHost, 0);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Eventdesk"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        qWarning("usage: integrationsshot LANG OUT_PATTERN");
        return 2;
    }
    const QString language = args.at(1);
    const QString out = args.at(2);
    QLocale::setDefault(QLocale(language));
    QTranslator ours;
    if (ours.load(QStringLiteral(":/i18n/eventdesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&ours);
    QTranslator qt;
    if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);

    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    App::Options options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.port = 0;
    options.outboundPrivate = QStringLiteral("allow"); // the receiver is on 127.0.0.1
    App::Composition composition(options);
    if (auto opened = composition.open(); !opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return 1;
    }
    auto started = composition.startServer();
    if (!started) {
        qWarning("%s", qPrintable(started.error().message));
        return 1;
    }
    QTcpServer receiver;
    serveReceiver(receiver);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(receiver.serverPort());

    auto account = composition.auth().signup(QStringLiteral("ana@example.org"),
        QStringLiteral("correct horse battery staple"), QStringLiteral("Ana"));
    if (!account) {
        qWarning("%s", qPrintable(account.error().message));
        return 1;
    }
    const Core::Actor actor = Core::Actor::window(account->user);
    auto chat = composition.webhooks().create(actor, base + QStringLiteral("/chat/eventdesk"),
        Core::WebhookTypes::all(), QStringLiteral("Team chat"));
    (void)composition.webhooks().create(actor, base + QStringLiteral("/crm/sync"),
        {QStringLiteral("event.created"), QStringLiteral("event.updated")}, QStringLiteral("CRM"));
    const qint64 day = 86400000;
    const qint64 start = (QDateTime::currentMSecsSinceEpoch() / day + 3) * day + 18 * 3600000;
    for (const QString &title : {QStringLiteral("Board games night"),
             QStringLiteral("Jazz at the park"), QStringLiteral("Volunteer meeting")}) {
        Core::EventDraft draft;
        draft.title = title;
        draft.startsAt = start;
        (void)composition.events().create(account->user.id, draft);
    }
    if (chat)
        (void)composition.webhooks().ping(actor, chat->id);
    (void)composition.calendars().create(actor);
    (void)composition.calendars().create(actor);

    auto window = App::createMainWindow(composition);
    window->findChild<Gui::Session *>()->signIn(account->user, account->token);
    window->setApiStatus(QStringLiteral("http://127.0.0.1:%1").arg(*started), true, {});
    Gui::IntegrationsWindow *integrations = window->integrations();
    integrations->resize(integrations->fontMetrics().averageCharWidth() * 140,
        integrations->fontMetrics().height() * 34);
    integrations->show();
    QTabWidget *tabs = integrations->tabs();
    QWidget *webhooks = integrations->findChild<QWidget *>(QStringLiteral("webhooksView"));
    tabs->setCurrentWidget(webhooks);
    wait(1500); // deliveries to the receiver, the dispatcher's notice, the reload
    auto *table = webhooks->findChild<QTableView *>(QStringLiteral("webhooksTable"));
    table->setCurrentIndex(table->model()->index(0, 0));
    wait(800);
    bool ok = integrations->grab().save(out.arg(QStringLiteral("webhooks")));
    tabs->setCurrentWidget(
        integrations->findChild<QWidget *>(QStringLiteral("calendarSubscriptionsView")));
    wait(500);
    ok = integrations->grab().save(out.arg(QStringLiteral("calendar-apps"))) && ok;
    Gui::WebhookDialog dialog(integrations);
    dialog.show();
    wait(300);
    ok = dialog.grab().save(out.arg(QStringLiteral("add-webhook"))) && ok;
    auto *secret = new Gui::ShownOnceDialog(Gui::WebhooksView::tr("Webhook Secret"),
        Gui::WebhooksView::tr("The receiver checks each message's signature with this secret. "
                              "Copy it now: you will not see it again."),
        {{Gui::WebhooksView::tr("&Secret:"), Core::WebhookService::generateSecret(),
            QStringLiteral("webhookSecretEdit"), QStringLiteral("copyWebhookSecretButton")}},
        integrations);
    secret->show();
    wait(300);
    ok = secret->grab().save(out.arg(QStringLiteral("webhook-secret"))) && ok;
    return ok ? 0 : 1;
}
