// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Eventdesk::Testing {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (connection error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString problemCode() const; // "code" of a problem+json body
};

// A real HTTP client over QNetworkAccessManager for API tests: each call runs the event loop
// until the reply finishes (the server runs on its own thread, so this does not deadlock).
class HttpClient
{
public:
    explicit HttpClient(QUrl base)
        : m_base(std::move(base))
    { }

    void setToken(const QByteArray &token) { m_token = token; }
    HttpReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply del(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply post(const QString &path, const QJsonObject &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply put(const QString &path, const QJsonObject &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply patch(const QString &path, const QJsonObject &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Any method, any body, any headers (Content-Type included).
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});

    QUrl url(const QString &pathAndQuery) const;

private:
    QUrl m_base;
    QByteArray m_token;
    QNetworkAccessManager m_manager;
};

// A raw HTTP/1.1 exchange over a plain TCP socket, for what QNetworkAccessManager would not send
// (a wrong Host, a huge declared body). Returns the raw response bytes read until the server
// closes or `timeoutMs` passes.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 10000);

} // namespace Eventdesk::Testing
