// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "http.h"
#include "result.h"
#include "user.h"

namespace Eventdesk::Api {

// The user behind "Authorization: Bearer <token>", or ErrorKind::Unauthorized (missing_token,
// invalid_token, token_expired, token_revoked). problem(error) turns that into 401 with
// "WWW-Authenticate: Bearer". Fast (one indexed lookup): fine on the API thread.
//
//     auto user = requireUser(m_auth, request);
//     if (!user)
//         return problem(user.error());
Core::Result<Core::User> requireUser(Core::AuthService &auth, const Request &request);

} // namespace Eventdesk::Api
