// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Eventdesk::Core {

// Services announce committed changes here, from whatever thread made them. Views connect with
// Qt::QueuedConnection (the default across threads), so the window follows writes that arrive
// through the API without polling.
class ChangeHub : public QObject
{
    Q_OBJECT
public:
    enum class Topic {
        Users,
        Events,
        Participation,
        Comments,
        Feeds,
        Imports,
        Tracking,
        Apps,
        Webhooks, // subscriptions and their deliveries (push)
    };
    Q_ENUM(Topic)

    using QObject::QObject;

    // id is the changed row, or 0 when many rows changed at once.
    void notify(Topic topic, qint64 id = 0) { Q_EMIT changed(topic, id); }

Q_SIGNALS:
    void changed(Eventdesk::Core::ChangeHub::Topic topic, qint64 id);
};

} // namespace Eventdesk::Core
