// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarsubscriptionsview.h"
#include "background.h"
#include "calendarservice.h"
#include "errortext.h"
#include "eventtext.h"
#include "layoututil.h"
#include "session.h"
#include "shownoncedialog.h"
#include "timeutil.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

CalendarSubscriptionsView::CalendarSubscriptionsView(
    CalendarService &calendars, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_calendars(calendars)
    , m_session(session)
{
    setObjectName(QStringLiteral("calendarSubscriptionsView"));
    m_workers.setMaxThreadCount(1);
    auto *title = new QLabel(tr("Subscribe in your calendar app"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *intro = new QLabel(tr("Calendar apps such as Thunderbird, GNOME Calendar or Outlook can "
                                "show your own and joined events and keep them up to date. Each "
                                "address works without a password: give it only to apps you "
                                "trust, and revoke it when you stop using it."),
        this);
    intro->setWordWrap(true);
    m_apiNote = new QLabel(this);
    m_apiNote->setObjectName(QStringLiteral("calendarApiNote"));
    m_apiNote->setWordWrap(true);

    m_create = new QPushButton(tr("&New Subscription Address"), this);
    m_create->setObjectName(QStringLiteral("createCalendarButton"));
    m_create->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeCalendarButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("calendarsTable"));
    m_table->setAccessibleName(tr("Subscription addresses"));
    m_table->setHorizontalHeaderLabels({tr("Created"), tr("Last Used by a Calendar App")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    prepareTable(m_table);
    m_table->setColumnWidth(
        0, qMax(m_table->columnWidth(0), m_table->fontMetrics().averageCharWidth() * 30));
    m_emptyText = new QLabel(this);
    m_emptyText->setObjectName(QStringLiteral("calendarsEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyText);
    m_stack->addWidget(m_table);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calendarsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_apiNote);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_create, &QPushButton::clicked, this, &CalendarSubscriptionsView::create);
    connect(m_revoke, &QPushButton::clicked, this, &CalendarSubscriptionsView::askRevoke);
    connect(
        m_table, &QTableWidget::currentCellChanged, this, &CalendarSubscriptionsView::updateState);
    connect(&m_session, &Session::changed, this, &CalendarSubscriptionsView::reload);
    setApiUrl({});
    reload();
}

void CalendarSubscriptionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // addresses made through the API meanwhile, last use by calendar apps
}

CalendarSubscriptionsView::~CalendarSubscriptionsView()
{
    m_workers.waitForDone();
}

void CalendarSubscriptionsView::setApiUrl(const QString &url)
{
    m_apiUrl = url;
    m_apiNote->setText(url.isEmpty()
            ? tr("The local API is stopped: calendar apps reach these addresses only while it "
                 "runs. Start it in Settings › Local API.")
            : QString());
    m_apiNote->setVisible(url.isEmpty());
    updateState();
}

void CalendarSubscriptionsView::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CalendarSubscriptionsView::reload()
{
    runInBackground<Result<QList<Calendar>>>(
        m_workers, this,
        [service = &m_calendars, actor = Actor::window(m_session.user())] {
            return service->list(actor);
        },
        [this](const Result<QList<Calendar>> &calendars) {
            if (!calendars) {
                showError(errorText(calendars.error()));
            } else {
                const int keep = m_table->currentRow();
                const qint64 keepId = keep >= 0 && keep < m_rows.size() ? m_rows.at(keep).id : 0;
                m_rows = *calendars;
                m_table->setRowCount(int(m_rows.size()));
                const QLocale locale;
                const qint64 now = nowMsecs();
                for (int row = 0; row < m_rows.size(); ++row) {
                    const Calendar &c = m_rows.at(row);
                    const QDateTime created = QDateTime::fromMSecsSinceEpoch(c.createdAt);
                    auto *createdItem = new QTableWidgetItem(EventText::relative(c.createdAt, now));
                    createdItem->setToolTip(
                        locale.toString(created.toLocalTime(), QLocale::LongFormat));
                    m_table->setItem(row, 0, createdItem);
                    m_table->setItem(row, 1,
                        new QTableWidgetItem(
                            c.lastUsedAt ? EventText::relative(c.lastUsedAt, now) : tr("Never")));
                    if (c.id == keepId)
                        m_table->setCurrentCell(row, 0);
                }
            }
            updateState();
            Q_EMIT reloaded();
        });
}

void CalendarSubscriptionsView::updateState()
{
    const bool signedIn = m_session.isSignedIn();
    m_create->setEnabled(signedIn && !m_apiUrl.isEmpty());
    const int row = m_table->currentRow();
    m_revoke->setEnabled(signedIn && row >= 0 && row < m_rows.size());
    m_emptyText->setText(signedIn
            ? tr("No subscription addresses yet. Make one, then paste it into your calendar "
                 "app's “New calendar from the web” or “Subscribe” dialog.")
            : tr("Sign in to subscribe to your events in a calendar app."));
    m_stack->setCurrentIndex(m_rows.isEmpty() ? 0 : 1);
}

void CalendarSubscriptionsView::create()
{
    showError({});
    m_create->setEnabled(false);
    runInBackground<Result<CalendarService::Created>>(
        m_workers, this,
        [service = &m_calendars, actor = Actor::window(m_session.user())] {
            return service->create(actor);
        },
        [this](const Result<CalendarService::Created> &created) {
            updateState();
            if (!created) {
                showError(errorText(created.error()));
                return;
            }
            reload();
            const QUrl api(m_apiUrl);
            const auto urls
                = CalendarService::urls(api.authority(QUrl::FullyEncoded), created->token);
            auto *dialog = new ShownOnceDialog(tr("Subscribe in Your Calendar App"),
                tr("Paste one of these addresses into your calendar app: most take the webcal "
                   "address, some want the http one. Copy it now: you will not see it again."),
                {{tr("&Webcal address:"), urls.webcalUrl, QStringLiteral("calendarWebcalUrlEdit"),
                     QStringLiteral("copyCalendarWebcalUrlButton")},
                    {tr("&HTTP address:"), urls.url, QStringLiteral("calendarUrlEdit"),
                        QStringLiteral("copyCalendarUrlButton")}},
                this);
            dialog->setObjectName(QStringLiteral("calendarUrlDialog"));
            dialog->open();
        });
}

void CalendarSubscriptionsView::askRevoke()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const Calendar calendar = m_rows.at(row);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke Subscription Address"),
        tr("Revoke the address created %1?")
            .arg(
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(calendar.createdAt).toLocalTime(),
                    QLocale::ShortFormat)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("revokeCalendarConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Calendar apps using it stop getting your events at once. This "
                               "can't be undone."));
    QPushButton *revoke = box->addButton(tr("&Revoke Address"), QMessageBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("confirmRevokeCalendarButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this,
        [this, revoke, id = calendar.id](QAbstractButton *b) {
            if (b != revoke)
                return;
            runInBackground<Result<void>>(
                m_workers, this,
                [service = &m_calendars, actor = Actor::window(m_session.user()), id] {
                    return service->revoke(actor, id);
                },
                [this](const Result<void> &revoked) {
                    showError(revoked ? QString() : errorText(revoked.error()));
                    reload();
                });
        });
    box->open();
}

} // namespace Eventdesk::Gui
