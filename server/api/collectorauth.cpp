// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectorauth.h"

namespace Eventdesk::Api {

Core::Result<Core::User> collectorUser(Core::AuthService &auth, const Request &request)
{
    const QByteArray token = request.bearerToken();
    if (token.isEmpty())
        return Core::Error::make(Core::ErrorKind::Unauthorized,
            QStringLiteral("authentication_required"),
            QStringLiteral("Sign in and send 'Authorization: Bearer <token>'."));
    return auth.authenticate(token);
}

} // namespace Eventdesk::Api
