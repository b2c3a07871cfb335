// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "changehub.h"
#include "result.h"
#include "webhooks.h"

#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Eventdesk::Core {
class WebhookService;
}

namespace Eventdesk::Gui {

class DeliveriesModel;
class Session;
class WebhookDialog;
class WebhooksModel;

// Integrations › Webhooks: the signed-in account's subscriptions (as GET /api/v1/webhooks shows
// them) with Add Webhook… (the secret shown once), Send Test, Pause / Resume, Delete…, and the
// selected one's delivery log with Redeliver. Every call goes to WebhookService as the window's
// actor, off the GUI thread; ChangeHub keeps it current. When the dispatcher turns one of the
// account's webhooks off (410 Gone, or failing for 24 hours) the page marks it and notice() says
// so.
class WebhooksView : public QWidget
{
    Q_OBJECT
public:
    WebhooksView(Core::WebhookService &webhooks, Core::ChangeHub &changes, Session &session,
        QWidget *parent = nullptr);
    ~WebhooksView() override;

    WebhooksModel *model() const { return m_model; }
    DeliveriesModel *deliveries() const { return m_deliveriesModel; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void notice(const QString &text);
    void reloaded(); // each time a reload has been shown (tests wait for it)

private:
    struct Snapshot;
    void apply(const Snapshot &snapshot);
    void tellDisabled(const QList<Core::Webhook> &webhooks, qint64 userId);
    qint64 selectedId() const;
    const Core::Webhook *selected() const;
    void updateButtons();
    void addWebhook();
    void create(QPointer<WebhookDialog> dialog);
    void sendTest();
    void togglePaused();
    void askDelete();
    void redeliver();
    // Runs one service call off the GUI thread; a failure goes to the message line.
    template<typename T>
    void run(std::function<Core::Result<T>(const Core::Actor &)> work,
        std::function<void(const T &)> done = {});
    void showError(const QString &text);

    Core::WebhookService &m_webhooks;
    Session &m_session;
    WebhooksModel *m_model = nullptr;
    DeliveriesModel *m_deliveriesModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyHeading = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyAdd = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_logStack = nullptr;
    QLabel *m_logEmpty = nullptr;
    QTableView *m_log = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_redeliver = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_soon;
    bool m_loading = false;
    bool m_again = false;
    // Which of the account's webhooks were on at the last reload: a change to off is news.
    QHash<qint64, bool> m_enabled;
    qint64 m_enabledUser = -1;
    QThreadPool m_workers; // last: destroyed (and waited for) first
};

} // namespace Eventdesk::Gui
