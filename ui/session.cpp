// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

namespace Eventdesk::Gui {

void Session::signIn(const Core::User &user, const QString &token)
{
    m_user = user;
    m_token = token;
    Q_EMIT changed();
}

void Session::signOut()
{
    if (!isSignedIn() && m_token.isEmpty())
        return;
    m_user = {};
    m_token.clear();
    Q_EMIT changed();
}

} // namespace Eventdesk::Gui
