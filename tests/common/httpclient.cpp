// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

namespace Eventdesk::Testing {

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpReply::problemCode() const
{
    return json().value(QStringLiteral("code")).toString();
}

QUrl HttpClient::url(const QString &pathAndQuery) const
{
    return m_base.resolved(QUrl(pathAndQuery));
}

HttpReply HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(path));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpReply HttpClient::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", path, {}, headers);
}

HttpReply HttpClient::del(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("DELETE", path, {}, headers);
}

static QList<QPair<QByteArray, QByteArray>> withJson(QList<QPair<QByteArray, QByteArray>> headers)
{
    headers.prepend({"Content-Type", "application/json"});
    return headers;
}

HttpReply HttpClient::post(const QString &path, const QJsonObject &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send(
        "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), withJson(headers));
}

HttpReply HttpClient::put(const QString &path, const QJsonObject &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), withJson(headers));
}

HttpReply HttpClient::patch(const QString &path, const QJsonObject &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send(
        "PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), withJson(headers));
}

QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray response;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { response += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    response += socket.readAll();
    return response;
}

} // namespace Eventdesk::Testing
