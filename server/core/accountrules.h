// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace Eventdesk::Core {

// The rules of an account, as pure functions: the service enforces them and the sign-up dialog
// calls the same functions for inline validation.
//
// The messages are English and marked with QT_TRANSLATE_NOOP in the context below, so the window
// can show them translated: QCoreApplication::translate(accountRulesContext, qPrintable(message)).
inline constexpr const char *accountRulesContext = "Eventdesk::Core::AccountRules";

inline constexpr int minPasswordLength = 8;
inline constexpr int maxPasswordLength = 1024;
inline constexpr int maxEmailLength = 254;
inline constexpr int maxDisplayNameLength = 100;

// The e-mail as stored and shown: surrounding spaces removed.
QString normalizedEmail(const QString &email);
// The key that makes e-mails unique without regard to case (Unicode case folding).
QString emailKey(const QString &email);

bool isValidEmail(const QString &email);

// Field errors ("email", "password", "display_name"); empty when the sign-up may proceed.
// Length counts characters (Unicode code points), not bytes.
QList<FieldError> validateEmail(const QString &email);
QList<FieldError> validatePassword(const QString &password, const QString &email = {});
QList<FieldError> validateDisplayName(const QString &displayName);
QList<FieldError> validateSignup(
    const QString &email, const QString &password, const QString &displayName = {});

} // namespace Eventdesk::Core
