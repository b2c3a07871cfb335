// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "user.h"

#include <QObject>

namespace Eventdesk::Gui {

// Who is signed in to the window: the user and their bearer token. Views ask it for the current
// user (userId() is 0 when nobody is signed in) and follow changed().
class Session : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isSignedIn() const { return m_user.id != 0; }
    qint64 userId() const { return m_user.id; }
    const Core::User &user() const { return m_user; }
    QString token() const { return m_token; }

    void signIn(const Core::User &user, const QString &token);
    void signOut();

Q_SIGNALS:
    void changed();

private:
    Core::User m_user;
    QString m_token;
};

} // namespace Eventdesk::Gui
