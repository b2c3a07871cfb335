// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// A tiny HTTP/1.1 server on 127.0.0.1 for fetcher tests: each request takes the next scripted
// answer (the last one repeats). An answer can be a normal response, a 304 when the request's
// If-None-Match matches the ETag, a 500, garbage, or silence (a provider that hangs).
class TestHttpServer : public QObject
{
public:
    struct Answer
    {
        Answer() = default;
        Answer(int s, QByteArray b = {}, QByteArray e = {})
            : status(s)
            , body(std::move(b))
            , etag(std::move(e))
        { }
        static Answer silence()
        {
            Answer a;
            a.silent = true;
            return a;
        }
        int status = 200;
        QByteArray body;
        QByteArray etag;
        QByteArray contentType = "application/xml";
        bool silent = false;     // accept and never answer
        bool rawGarbage = false; // not HTTP at all
        QByteArray location;     // for redirects
    };

    TestHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString url(const QString &path = QStringLiteral("/feed.xml")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    void script(QList<Answer> answers)
    {
        m_answers = std::move(answers);
        m_next = 0;
    }
    int requests() const { return m_requests; }
    QList<QByteArray> conditionalHeaders; // If-None-Match seen per request

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.clear();
        ++m_requests;
        QByteArray ifNoneMatch;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("if-none-match:"))
                ifNoneMatch = line.mid(14).trimmed();
        }
        conditionalHeaders.append(ifNoneMatch);
        if (m_answers.isEmpty())
            return;
        const Answer answer = m_answers.at(qMin<qsizetype>(m_next, m_answers.size() - 1));
        ++m_next;
        if (answer.silent)
            return;
        if (answer.rawGarbage) {
            socket->write("\x01\x02garbage\xff\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        int status = answer.status;
        QByteArray body = answer.body;
        if (!answer.etag.isEmpty() && ifNoneMatch == answer.etag) {
            status = 304;
            body.clear();
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        out += "Content-Type: " + answer.contentType + "\r\n";
        if (!answer.etag.isEmpty())
            out += "ETag: " + answer.etag + "\r\n";
        if (!answer.location.isEmpty())
            out += "Location: " + answer.location + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n";
        socket->write(out + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<Answer> m_answers;
    qsizetype m_next = 0;
    int m_requests = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
