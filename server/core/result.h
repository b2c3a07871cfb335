// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Eventdesk::Core {

// What went wrong, in terms every layer understands. The API maps a kind to an HTTP status in
// one place (Api::Problem); the window shows the message.
enum class ErrorKind {
    Invalid, // the input breaks a rule; see fields
    NotFound,
    Conflict,           // e.g. e-mail already taken
    Unauthorized,       // no, wrong, expired or revoked credentials
    Forbidden,          // authenticated but not allowed
    PreconditionFailed, // stale If-Match
    RateLimited,        // see retryAfterSeconds
    TooLarge,
    Unsupported,
    Unavailable, // a dependency is down (feed provider, keychain)
    Internal,    // a bug or an I/O failure; message says which
};

struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &) const = default;
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString code;    // stable English identifier, e.g. "email_taken"; never translated
    QString message; // human-readable detail
    QList<FieldError> fields;
    int retryAfterSeconds = 0;

    static Error invalid(const QString &code, const QString &message, QList<FieldError> fields = {})
    {
        return {ErrorKind::Invalid, code, message, std::move(fields), 0};
    }
    static Error notFound(const QString &message)
    {
        return {ErrorKind::NotFound, QStringLiteral("not_found"), message, {}, 0};
    }
    static Error internal(const QString &message)
    {
        return {ErrorKind::Internal, QStringLiteral("internal"), message, {}, 0};
    }
    static Error make(ErrorKind kind, const QString &code, const QString &message)
    {
        return {kind, code, message, {}, 0};
    }
};

// A value or an Error, shaped like std::expected (which GCC 12 only has in C++23 mode).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Eventdesk::Core
