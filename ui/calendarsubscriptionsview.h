// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendars.h"

#include <QThreadPool>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Eventdesk::Core {
class CalendarService;
}

namespace Eventdesk::Gui {

class Session;

// Integrations › Calendar Apps ("Subscribe in your calendar app"): makes a subscription address
// for the signed-in account's own and joined events (url and webcal_url, shown once with Copy),
// lists the addresses made so far (created, last used) and revokes them. The same
// CalendarService as POST/GET/DELETE /api/v1/calendars, as the window's actor, off the GUI
// thread. It reads the list again whenever it is shown.
class CalendarSubscriptionsView : public QWidget
{
    Q_OBJECT
public:
    CalendarSubscriptionsView(
        Core::CalendarService &calendars, Session &session, QWidget *parent = nullptr);
    ~CalendarSubscriptionsView() override;

    // The local API's address ("http://127.0.0.1:8085"), empty while it is stopped: the
    // subscription addresses point at it.
    void setApiUrl(const QString &url);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void create();
    void askRevoke();
    void updateState();
    void showError(const QString &text);

    Core::CalendarService &m_calendars;
    Session &m_session;
    QString m_apiUrl;
    QList<Core::Calendar> m_rows;
    QLabel *m_apiNote = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_revoke = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QThreadPool m_workers; // last: destroyed (and waited for) first
};

} // namespace Eventdesk::Gui
