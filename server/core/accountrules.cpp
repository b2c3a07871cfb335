// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountrules.h"

#include <QRegularExpression>

#include <algorithm>

namespace Eventdesk::Core {

namespace {

FieldError fieldError(const char *field, const char *message)
{
    return {QString::fromLatin1(field), QString::fromUtf8(message)};
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

} // namespace

QString normalizedEmail(const QString &email)
{
    return email.trimmed();
}

QString emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

bool isValidEmail(const QString &email)
{
    // Deliberately simple (the address is confirmed by use, not by a regex): one '@', a local
    // part without spaces, a domain of dot-separated labels with no empty label.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^\s@"<>(),;:\\\[\]]{1,64}@(?:[^\s@.,;:"<>()\\\[\]]+\.)+)"
                       R"([^\s@.,;:"<>()\\\[\]]{2,}$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (email.size() > maxEmailLength)
        return false;
    if (!pattern.match(email).hasMatch())
        return false;
    const QString domain = email.section(u'@', 1);
    const auto labels = QStringView(domain).split(u'.');
    return std::none_of(labels.begin(), labels.end(),
        [](QStringView label) { return label.startsWith(u'-') || label.endsWith(u'-'); });
}

QList<FieldError> validateEmail(const QString &email)
{
    const QString normalized = normalizedEmail(email);
    if (normalized.isEmpty())
        return {fieldError("email",
            QT_TRANSLATE_NOOP("Eventdesk::Core::AccountRules", "Enter your e-mail address."))};
    if (normalized.size() > maxEmailLength)
        return {fieldError("email",
            QT_TRANSLATE_NOOP("Eventdesk::Core::AccountRules",
                "The e-mail address is too long (at most 254 characters)."))};
    if (!isValidEmail(normalized))
        return {fieldError("email",
            QT_TRANSLATE_NOOP("Eventdesk::Core::AccountRules",
                "Enter a valid e-mail address, like name@example.org."))};
    return {};
}

QList<FieldError> validatePassword(const QString &password, const QString &email)
{
    if (password.isEmpty())
        return {fieldError(
            "password", QT_TRANSLATE_NOOP("Eventdesk::Core::AccountRules", "Enter a password."))};
    const qsizetype length = codePoints(password);
    if (length < minPasswordLength)
        return {fieldError("password",
            QT_TRANSLATE_NOOP(
                "Eventdesk::Core::AccountRules", "The password needs at least 8 characters."))};
    if (length > maxPasswordLength)
        return {fieldError("password",
            QT_TRANSLATE_NOOP("Eventdesk::Core::AccountRules",
                "The password may have at most 1024 characters."))};
    if (std::all_of(password.begin(), password.end(), [](QChar c) { return c.isDigit(); }))
        return {fieldError("password",
            QT_TRANSLATE_NOOP(
                "Eventdesk::Core::AccountRules", "The password must not be only digits."))};
    const QString key = emailKey(email);
    if (!key.isEmpty() && (password.toCaseFolded() == key || emailKey(password) == key))
        return {fieldError("password",
            QT_TRANSLATE_NOOP(
                "Eventdesk::Core::AccountRules", "The password must not be your e-mail address."))};
    return {};
}

QList<FieldError> validateDisplayName(const QString &displayName)
{
    const QString trimmed = displayName.trimmed();
    if (codePoints(trimmed) > maxDisplayNameLength)
        return {fieldError("display_name",
            QT_TRANSLATE_NOOP("Eventdesk::Core::AccountRules",
                "The display name may have at most 100 characters."))};
    if (std::any_of(trimmed.begin(), trimmed.end(),
            [](QChar c) { return c.category() == QChar::Other_Control; }))
        return {fieldError("display_name",
            QT_TRANSLATE_NOOP("Eventdesk::Core::AccountRules",
                "The display name must not contain control characters."))};
    return {};
}

QList<FieldError> validateSignup(
    const QString &email, const QString &password, const QString &displayName)
{
    QList<FieldError> errors = validateEmail(email);
    errors += validatePassword(password, email);
    errors += validateDisplayName(displayName);
    return errors;
}

} // namespace Eventdesk::Core
