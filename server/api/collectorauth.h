// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "http.h"

namespace Eventdesk::Api {

// The signed-in user of a collector query (a bearer token). Unauthorized -> problem() gives 401.
Core::Result<Core::User> collectorUser(Core::AuthService &auth, const Request &request);

} // namespace Eventdesk::Api
