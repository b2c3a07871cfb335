// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders.h"
#include "eventservice.h"
#include "eventtext.h"
#include "session.h"

#include <QDateTime>
#include <QSettings>
#include <QTimer>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {
const QString settingKey = QStringLiteral("reminders/minutesBefore");
}

Reminders::Reminders(EventService &events, Session &session, QObject *parent)
    : QObject(parent)
    , m_events(events)
    , m_session(session)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &Reminders::check);
}

int Reminders::minutesBefore(QSettings &settings)
{
    bool ok = false;
    const int value = settings.value(settingKey, defaultMinutes).toInt(&ok);
    return ok && value >= off ? value : defaultMinutes;
}

void Reminders::setMinutesBefore(QSettings &settings, int minutes)
{
    settings.setValue(settingKey, minutes);
}

void Reminders::start()
{
    m_timer->start();
    check();
}

QList<Event> Reminders::takeDue(qint64 now)
{
    QList<Event> due;
    if (!m_session.isSignedIn() || m_minutes == off)
        return due;
    const qint64 until = now + qint64(m_minutes) * 60000;
    for (const bool mine : {true, false}) {
        EventQuery query;
        query.viewerId = m_session.userId();
        query.mine = mine;
        query.joined = !mine;
        auto rows = m_events.overlapping(query, now, until + 1);
        if (!rows)
            continue;
        for (const Event &e : std::as_const(*rows)) {
            if (e.startsAt < now || e.startsAt > until)
                continue; // already running, or not yet due
            const QPair<qint64, qint64> key {e.id, e.startsAt};
            if (m_reminded.contains(key))
                continue;
            m_reminded.insert(key);
            due.append(e);
        }
    }
    return due;
}

QString Reminders::body(const Event &event, qint64 now)
{
    const qint64 minutes = qMax<qint64>(0, (event.startsAt - now + 59999) / 60000);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(event.startsAt).toLocalTime();
    QString times = EventText::time(start.time());
    if (event.endsAt)
        times = tr("%1 – %2").arg(times,
            EventText::time(QDateTime::fromMSecsSinceEpoch(*event.endsAt).toLocalTime().time()));
    //: A reminder's text: "In 15 minutes · 18:00 – 20:30", then " · " and the place if any.
    QString text = tr("In %n minute(s) · %1", nullptr, int(minutes)).arg(times);
    if (!event.location.isEmpty())
        text = tr("%1 · %2").arg(text, event.location);
    return text;
}

void Reminders::check()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Event &e : takeDue(now))
        Q_EMIT reminder(e.id, e.title, body(e, now));
}

} // namespace Eventdesk::Gui
