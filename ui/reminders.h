// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QObject>
#include <QSet>

class QSettings;
class QTimer;

namespace Eventdesk::Core {
class EventService;
}

namespace Eventdesk::Gui {

class Session;

// Reminders before one's own and joined events: `minutesBefore` (15 by default, the setting
// "reminders/minutesBefore", chosen in Settings; `off` for none) before an event starts,
// reminder() fires once for it. The shell
// shows it as a desktop notification (the tray's showMessage) or, when the window is active, in
// its message bar. Checks every 30 seconds with one range query per kind (own, joined).
class Reminders : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultMinutes = 15;
    static constexpr int off = -1;

    Reminders(Core::EventService &events, Session &session, QObject *parent = nullptr);

    static int minutesBefore(QSettings &settings);
    static void setMinutesBefore(QSettings &settings, int minutes);
    void setMinutes(int minutes) { m_minutes = qBound(off, minutes, 7 * 24 * 60); }
    int minutes() const { return m_minutes; }
    void start();

    // The events that are due at `now` and were not reminded yet (marks them reminded).
    QList<Core::Event> takeDue(qint64 now);
    // "In 15 minutes · 18:00 – 20:30 · Café Central"
    static QString body(const Core::Event &event, qint64 now);

public Q_SLOTS:
    void check();

Q_SIGNALS:
    void reminder(qint64 eventId, const QString &title, const QString &body);

private:
    Core::EventService &m_events;
    Session &m_session;
    int m_minutes = defaultMinutes;
    QSet<QPair<qint64, qint64>> m_reminded; // (event, start): a moved event reminds again
    QTimer *m_timer = nullptr;
};

} // namespace Eventdesk::Gui
