// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bearerauth.h"

namespace Eventdesk::Api {

Core::Result<Core::User> requireUser(Core::AuthService &auth, const Request &request)
{
    const QByteArray token = request.bearerToken();
    if (token.isEmpty())
        return Core::Error::make(Core::ErrorKind::Unauthorized, QStringLiteral("missing_token"),
            QStringLiteral("This request needs an \"Authorization: Bearer <token>\" header; "
                           "get a token from POST /api/v1/auth/login."));
    return auth.authenticate(token);
}

} // namespace Eventdesk::Api
