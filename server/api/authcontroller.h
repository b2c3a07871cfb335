// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "controller.h"

#include <QJsonObject>

class QThreadPool;

namespace Eventdesk::Api {

// JSON of the auth resources; pure functions, tested without a server.
namespace AuthJson {
QJsonObject user(const Core::User &user);
QJsonObject session(const Core::AuthSession &session);
} // namespace AuthJson

// /api/v1/auth/*: sign-up, login, logout, logout-all, me. Sign-up and login hash passwords
// (tens of milliseconds each), so they run on the server's worker pool and answer through the
// Responder; the API thread only parses the body and hands the work over.
class AuthController : public Controller
{
public:
    explicit AuthController(Core::AuthService &auth);
    void registerRoutes(Router &router, const ServerContext &context) override;

    Reply signup(const Request &request) const; // on a worker: Argon2id
    Reply login(const Request &request) const;  // on a worker: Argon2id
    Reply logout(const Request &request) const;
    Reply logoutAll(const Request &request) const;
    Reply me(const Request &request) const;

private:
    Core::AuthService &m_auth;
};

} // namespace Eventdesk::Api
