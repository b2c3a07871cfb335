// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksview.h"
#include "background.h"
#include "errortext.h"
#include "layoututil.h"
#include "session.h"
#include "shownoncedialog.h"
#include "timeutil.h"
#include "webhookdialog.h"
#include "webhookmodels.h"
#include "webhookservice.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

constexpr int logLimit = 100;

QTableView *makeTable(
    QAbstractItemModel *model, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setAccessibleName(accessible);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false); // one line a row; the tooltip has what is cut off
    table->horizontalHeader()->setStretchLastSection(true);
    prepareTable(table);
    return table;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

// What one reload read, off the GUI thread.
struct WebhooksView::Snapshot
{
    qint64 userId = 0;
    qint64 now = 0;
    std::optional<Error> error;
    QList<WebhooksModel::Row> rows;
    qint64 logFor = 0; // the subscription whose log was read
    QList<WebhookDelivery> log;
};

WebhooksView::WebhooksView(
    WebhookService &webhooks, ChangeHub &changes, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_webhooks(webhooks)
    , m_session(session)
{
    setObjectName(QStringLiteral("webhooksView"));
    m_workers.setMaxThreadCount(1); // calls stay in the order they were made
    auto *intro = new QLabel(tr("Webhooks tell other services when events change: Eventdesk "
                                "sends each change to their address, signed with a secret."),
        this);
    intro->setWordWrap(true);

    m_add = new QPushButton(tr("&Add Webhook…"), this);
    m_add->setObjectName(QStringLiteral("addWebhookButton"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_test = new QPushButton(tr("Send &Test"), this);
    m_test->setObjectName(QStringLiteral("pingWebhookButton"));
    m_test->setToolTip(tr("Send a test message to the selected webhook"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseWebhookButton"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteWebhookButton"));
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_test);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    m_model = new WebhooksModel(this);
    m_table = makeTable(m_model, QStringLiteral("webhooksTable"), tr("Webhooks"), this);
    const int chars = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(WebhooksModel::Url, chars * 36);
    m_table->setColumnWidth(WebhooksModel::Events, chars * 24);
    m_table->setColumnWidth(
        WebhooksModel::Status, qMax(m_table->columnWidth(WebhooksModel::Status), chars * 26));

    // The empty state: what webhooks are and the one thing to do.
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("webhooksEmptyState"));
    m_emptyHeading = heading(tr("No webhooks"), empty);
    m_emptyHeading->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("webhooksEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyAdd = new QPushButton(tr("Add &Webhook…"), empty);
    m_emptyAdd->setObjectName(QStringLiteral("emptyAddWebhookButton"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyHeading);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyAdd, 0, Qt::AlignCenter);
    emptyLayout->addStretch(1);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("webhooksStack"));
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);

    // The selected webhook's delivery log.
    auto *logPanel = new QWidget(this);
    m_deliveriesModel = new DeliveriesModel(this);
    m_log = makeTable(
        m_deliveriesModel, QStringLiteral("webhookDeliveriesTable"), tr("Deliveries"), logPanel);
    m_log->setColumnWidth(
        DeliveriesModel::Type, qMax(m_log->columnWidth(DeliveriesModel::Type), chars * 24));
    m_logEmpty = new QLabel(logPanel);
    m_logEmpty->setObjectName(QStringLiteral("webhookDeliveriesEmpty"));
    m_logEmpty->setAlignment(Qt::AlignCenter);
    m_logEmpty->setWordWrap(true);
    m_logEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_logStack = new QStackedWidget(logPanel);
    m_logStack->addWidget(m_logEmpty);
    m_logStack->addWidget(m_log);
    m_redeliver = new QPushButton(tr("R&edeliver"), logPanel);
    m_redeliver->setObjectName(QStringLiteral("redeliverButton"));
    m_redeliver->setToolTip(tr("Send the selected delivery again, with the same message id"));
    auto *logButtons = new QHBoxLayout;
    logButtons->addStretch(1);
    logButtons->addWidget(m_redeliver);
    auto *logLayout = new QVBoxLayout(logPanel);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(heading(tr("Deliveries"), logPanel));
    logLayout->addWidget(m_logStack, 1);
    logLayout->addLayout(logButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("webhooksSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_stack);
    split->addWidget(logPanel);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("webhooksMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, &WebhooksView::addWebhook);
    connect(m_emptyAdd, &QPushButton::clicked, this, &WebhooksView::addWebhook);
    connect(m_test, &QPushButton::clicked, this, &WebhooksView::sendTest);
    connect(m_pause, &QPushButton::clicked, this, &WebhooksView::togglePaused);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksView::askDelete);
    connect(m_redeliver, &QPushButton::clicked, this, &WebhooksView::redeliver);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_deliveriesModel->setDeliveries({}, 0);
        updateButtons();
        reload();
    });
    connect(m_log->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &WebhooksView::updateButtons);
    // Changes through the API, the dispatcher's attempts: one reload for a burst.
    m_soon.setSingleShot(true);
    m_soon.setInterval(150);
    connect(&m_soon, &QTimer::timeout, this, &WebhooksView::reload);
    connect(&changes, &ChangeHub::changed, this, [this](ChangeHub::Topic topic, qint64) {
        if (topic == ChangeHub::Topic::Webhooks)
            m_soon.start();
    });
    connect(&m_session, &Session::changed, this, &WebhooksView::reload);
    updateButtons();
    reload();
}

WebhooksView::~WebhooksView()
{
    m_workers.waitForDone();
}

qint64 WebhooksView::selectedId() const
{
    const WebhooksModel::Row *current = m_model->rowAt(m_table->currentIndex().row());
    return current ? current->webhook.id : 0;
}

const Webhook *WebhooksView::selected() const
{
    const WebhooksModel::Row *current = m_model->rowAt(m_table->currentIndex().row());
    return current ? &current->webhook : nullptr;
}

void WebhooksView::reload()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    const Actor actor = Actor::window(m_session.user());
    runInBackground<Snapshot>(
        m_workers, this,
        [service = &m_webhooks, actor, logFor = selectedId()] {
            Snapshot snapshot;
            snapshot.userId = actor.user.id;
            auto webhooks = service->list(actor);
            if (!webhooks) {
                snapshot.error = webhooks.error();
                return snapshot;
            }
            for (const Webhook &webhook : std::as_const(*webhooks)) {
                WebhooksModel::Row row {webhook, std::nullopt};
                if (auto last = service->deliveries(actor, webhook.id, 0, 1);
                    last && !last->isEmpty())
                    row.last = last->constFirst();
                snapshot.rows.append(row);
            }
            if (logFor != 0) {
                if (auto log = service->deliveries(actor, logFor, 0, logLimit)) {
                    snapshot.logFor = logFor;
                    snapshot.log = *log;
                }
            }
            snapshot.now = nowMsecs();
            return snapshot;
        },
        [this](const Snapshot &snapshot) { apply(snapshot); });
}

void WebhooksView::apply(const Snapshot &snapshot)
{
    m_loading = false;
    if (snapshot.error) {
        showError(errorText(*snapshot.error));
    } else {
        QList<Webhook> webhooks;
        for (const WebhooksModel::Row &row : snapshot.rows)
            webhooks.append(row.webhook);
        tellDisabled(webhooks, snapshot.userId);
        const qint64 keep = selectedId();
        m_model->setRows(snapshot.rows, snapshot.now);
        if (const int row = m_model->rowOf(keep); row >= 0 && m_table->currentIndex().row() != row)
            m_table->setCurrentIndex(m_model->index(row, 0));
        if (snapshot.logFor != 0 && snapshot.logFor == selectedId()) {
            const WebhookDelivery *current
                = m_deliveriesModel->deliveryAt(m_log->currentIndex().row());
            const qint64 keepDelivery = current ? current->id : 0;
            m_deliveriesModel->setDeliveries(snapshot.log, snapshot.now);
            if (const int row = m_deliveriesModel->rowOf(keepDelivery);
                row >= 0 && m_log->currentIndex().row() != row)
                m_log->setCurrentIndex(m_deliveriesModel->index(row, 0));
        }
    }
    const bool signedIn = m_session.isSignedIn();
    m_emptyText->setText(signedIn
            ? tr("Webhooks tell other services when events change. Add one with the address "
                 "that should receive them.")
            : tr("Sign in to add webhooks: they tell other services when your events change."));
    m_emptyAdd->setVisible(signedIn);
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    updateButtons();
    Q_EMIT reloaded();
    if (m_again) {
        m_again = false;
        reload();
    }
}

void WebhooksView::tellDisabled(const QList<Webhook> &webhooks, qint64 userId)
{
    const bool sameAccount = userId == m_enabledUser;
    QHash<qint64, bool> enabled;
    for (const Webhook &webhook : webhooks) {
        enabled.insert(webhook.id, webhook.enabled);
        // News only when it was on at the last look: turned off by the dispatcher since then.
        if (!sameAccount || webhook.enabled || !m_enabled.value(webhook.id, false))
            continue;
        const QString host = QUrl(webhook.url).host();
        if (webhook.disabledReason == u"gone")
            Q_EMIT notice(tr("The webhook to %1 was turned off: the receiver answered 410 Gone "
                             "(no longer wanted). Resume it in Tools › Integrations › Webhooks.")
                              .arg(host));
        else if (webhook.disabledReason == u"failing")
            Q_EMIT notice(tr("The webhook to %1 was turned off after failing for 24 hours. Check "
                             "the receiver, then resume it in Tools › Integrations › Webhooks.")
                              .arg(host));
    }
    m_enabled = enabled;
    m_enabledUser = userId;
}

void WebhooksView::updateButtons()
{
    const Webhook *webhook = selected();
    m_add->setEnabled(m_session.isSignedIn());
    m_test->setEnabled(webhook != nullptr);
    m_pause->setEnabled(webhook != nullptr);
    m_delete->setEnabled(webhook != nullptr);
    const bool paused = webhook && !webhook->enabled;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setToolTip(paused ? tr("Send changes to this webhook again")
                               : tr("Stop sending changes to this webhook for now"));
    m_redeliver->setEnabled(
        webhook != nullptr && m_deliveriesModel->deliveryAt(m_log->currentIndex().row()));
    m_logEmpty->setText(webhook ? tr("No deliveries yet. Send Test to try the receiver.")
                                : tr("Select a webhook to see its deliveries."));
    m_logStack->setCurrentIndex(m_deliveriesModel->rowCount() == 0 ? 0 : 1);
}

void WebhooksView::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

template<typename T>
void WebhooksView::run(
    std::function<Result<T>(const Actor &)> work, std::function<void(const T &)> done)
{
    showError({});
    runInBackground<Result<T>>(
        m_workers, this,
        [work = std::move(work), actor = Actor::window(m_session.user())] { return work(actor); },
        [this, done = std::move(done)](const Result<T> &result) {
            if (!result) {
                showError(errorText(result.error()));
                return;
            }
            if (done)
                done(*result);
            reload();
        });
}

void WebhooksView::addWebhook()
{
    auto *dialog = new WebhookDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDialog::addRequested, this,
        [this, dialog] { create(QPointer<WebhookDialog>(dialog)); });
    dialog->open();
}

void WebhooksView::create(QPointer<WebhookDialog> dialog)
{
    dialog->setBusy(true);
    dialog->showError({});
    const QString url = dialog->url();
    const QStringList types = dialog->types();
    const QString description = dialog->description();
    runInBackground<Result<Webhook>>(
        m_workers, this,
        [service = &m_webhooks, actor = Actor::window(m_session.user()), url, types, description] {
            return service->create(actor, url, types, description);
        },
        [this, dialog](const Result<Webhook> &created) {
            if (!created) {
                if (dialog) {
                    dialog->setBusy(false);
                    dialog->showError(errorText(created.error()));
                }
                return;
            }
            if (dialog)
                dialog->accept();
            reload();
            auto *secret = new ShownOnceDialog(tr("Webhook Secret"),
                tr("The receiver checks each message's signature with this secret. Copy it now: "
                   "you will not see it again."),
                {{tr("&Secret:"), created->secret, QStringLiteral("webhookSecretEdit"),
                    QStringLiteral("copyWebhookSecretButton")}},
                this);
            secret->setObjectName(QStringLiteral("webhookSecretDialog"));
            secret->open();
        });
}

void WebhooksView::sendTest()
{
    if (const qint64 id = selectedId())
        run<qint64>(
            [service = &m_webhooks, id](const Actor &actor) { return service->ping(actor, id); });
}

void WebhooksView::togglePaused()
{
    const Webhook *webhook = selected();
    if (!webhook)
        return;
    WebhookPatch patch;
    patch.enabled = !webhook->enabled;
    run<Webhook>([service = &m_webhooks, id = webhook->id, patch](
                     const Actor &actor) { return service->update(actor, id, patch); });
}

void WebhooksView::askDelete()
{
    const Webhook *webhook = selected();
    if (!webhook)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Webhook"),
        tr("Delete the webhook to “%1”?").arg(webhook->url), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteWebhookConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("It receives no more changes, and its delivery log is deleted. "
                               "This can't be undone."));
    QPushButton *remove = box->addButton(tr("&Delete Webhook"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteWebhookButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this,
        [this, remove, id = webhook->id](QAbstractButton *b) {
            if (b != remove)
                return;
            run<bool>([service = &m_webhooks, id](const Actor &actor) -> Result<bool> {
                if (auto removed = service->remove(actor, id); !removed)
                    return removed.error();
                return true;
            });
        });
    box->open();
}

void WebhooksView::redeliver()
{
    const qint64 id = selectedId();
    const WebhookDelivery *delivery = m_deliveriesModel->deliveryAt(m_log->currentIndex().row());
    if (id == 0 || !delivery)
        return;
    run<WebhookDelivery>(
        [service = &m_webhooks, id, deliveryId = delivery->id](
            const Actor &actor) { return service->redeliver(actor, id, deliveryId); });
}

} // namespace Eventdesk::Gui
