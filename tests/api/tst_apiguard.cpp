// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The request and connection guards, over real HTTP against a real ApiServer.
#include "apiserver.h"
#include "httpclient.h"
#include "metacontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QSemaphore>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>

#include <optional>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Eventdesk;
using Api::Body;
using Api::Method;
using Api::Request;
using Api::Response;

namespace {

// Holds back the answers of /test/later until the test releases them.
QSemaphore laterGate;

// A test-only resource with a JSON body, so the guard's 415/400 paths have a route to guard.
class EchoController : public Api::Controller
{
public:
    void registerRoutes(Api::Router &router, const Api::ServerContext &context) override
    {
        /// Echoes the JSON body it was sent.
        router.add(Method::Post, QStringLiteral("/test/echo"), {.body = Api::Body::Json},
            [this](const Request &r) { return echo(r); });
        /// Echoes the JSON body from a worker thread, once the test opens laterGate.
        router.addAsync(Method::Post, QStringLiteral("/test/later"), {.body = Api::Body::Json},
            [this, workers = context.workers](const Request &r, Api::Responder responder) {
                workers->start([this, r, responder] {
                    laterGate.acquire();
                    responder.send(echo(r));
                });
            });
    }
    Api::Reply echo(const Request &request) const
    {
        return Response::json(request.json.toObject());
    }
};

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One HTTP/1.1 connection driven by hand: what QNetworkAccessManager would not send (a forged
// Host, a declared body it never sends, Expect: 100-continue), read one response at a time.
class RawConnection
{
public:
    explicit RawConnection(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }
    bool connected() { return m_socket.waitForConnected(5000); }
    void write(const QByteArray &data)
    {
        m_socket.write(data);
        m_socket.flush();
    }
    QTcpSocket &socket() { return m_socket; }

    // The next complete response (an interim 100 Continue counts as one), or none on timeout.
    std::optional<RawResponse> next(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            if (auto parsed = parse())
                return parsed;
            if (timer.hasExpired(timeoutMs))
                return std::nullopt;
            if (m_socket.state() != QAbstractSocket::ConnectedState
                && m_socket.bytesAvailable() == 0)
                return std::nullopt;
            m_socket.waitForReadyRead(100);
            m_buffer += m_socket.readAll();
        }
    }

private:
    std::optional<RawResponse> parse()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        RawResponse response;
        const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
        if (statusLine.size() < 2)
            return std::nullopt;
        response.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                response.headers.append(
                    {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        const qint64 length = response.header("content-length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        response.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return response;
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux 4.0+), so the high-water mark covers only the test.
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

} // namespace

class TestApiGuard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Api::ApiServer> startServer(Api::ApiConfig config = {})
    {
        config.port = 0;
        if (config.allowedOrigins.isEmpty())
            config.allowedOrigins = {"http://app.example"};
        auto server = std::make_unique<Api::ApiServer>(config);
        server->addController(std::make_shared<Api::MetaController>());
        server->addController(std::make_shared<EchoController>());
        auto started = server->start();
        if (!started)
            qWarning("%s", qPrintable(started.error().message));
        return started ? std::move(server) : nullptr;
    }
    QByteArray hostHeader() const { return "127.0.0.1:" + QByteArray::number(m_server->port()); }
    std::unique_ptr<Api::ApiServer> m_server;
    std::unique_ptr<Testing::HttpClient> m_client;

    static void verifyProblem(const Testing::HttpReply &reply, int status, const char *code)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(body.value(QStringLiteral("code")).toString(), QString::fromLatin1(code));
    }
    static void verifyProblem(const RawResponse &reply, int status, const char *code)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(body.value(QStringLiteral("code")).toString(), QString::fromLatin1(code));
    }

private Q_SLOTS:
    void init()
    {
        m_server = startServer();
        QVERIFY(m_server);
        m_client = std::make_unique<Testing::HttpClient>(QUrl(m_server->baseUrl()));
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void healthAnswers()
    {
        const auto reply = m_client->get(QStringLiteral("/api/v1/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reply.header("x-content-type-options"), QByteArray("nosniff"));
    }

    void unknownRouteIs404Problem()
    {
        const auto reply = m_client->get(QStringLiteral("/api/v1/no-such-thing"));
        verifyProblem(reply, 404, "not_found");
    }

    void wrongMethodIs405WithAllow()
    {
        const auto reply = m_client->send("DELETE", QStringLiteral("/api/v1/health"), {});
        verifyProblem(reply, 405, "method_not_allowed");
        QCOMPARE(reply.header("allow"), QByteArray("GET"));
        const auto echo = m_client->get(QStringLiteral("/test/echo"));
        verifyProblem(echo, 405, "method_not_allowed");
        QCOMPARE(echo.header("allow"), QByteArray("POST"));
    }

    void problemShape()
    {
        const auto reply = m_client->get(QStringLiteral("/api/v1/missing"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("type")).toString(),
            QStringLiteral("urn:eventdesk:problem:not_found"));
        QCOMPARE(body.value(QStringLiteral("title")).toString(), QStringLiteral("Not Found"));
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(body.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        QVERIFY(body.value(QStringLiteral("detail")).toString().contains(u"/api/v1/missing"));
    }

    void hostMustBeThisServer_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("forged name") << QByteArray("evil.example") << 421;
        QTest::newRow("forged name with our port") << QByteArray("evil.example:PORT") << 421;
        QTest::newRow("rebinding name") << QByteArray("127.0.0.1.nip.io:PORT") << 421;
        QTest::newRow("our address, other port") << QByteArray("127.0.0.1:1") << 421;
        QTest::newRow("our address") << QByteArray("127.0.0.1:PORT") << 200;
        QTest::newRow("localhost") << QByteArray("LocalHost:PORT") << 200;
        QTest::newRow("no port") << QByteArray("127.0.0.1") << 200;
    }
    void hostMustBeThisServer()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        host.replace("PORT", QByteArray::number(m_server->port()));
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        connection.write("GET /api/v1/health HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        if (status == 200)
            QCOMPARE(reply->status, 200);
        else
            verifyProblem(*reply, status, "host_not_allowed");
    }

    void wildcardBindAcceptsThisMachinesAddresses()
    {
        Api::ApiConfig config;
        config.bindAddress = QHostAddress::AnyIPv4;
        auto server = startServer(config);
        QVERIFY(server);
        QVERIFY2(server->baseUrl().startsWith(u"http://127.0.0.1:"), qPrintable(server->baseUrl()));
        QByteArray external;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                external = address.toString().toLatin1();
                break;
            }
        }
        if (external.isEmpty())
            QSKIP("this machine has no non-loopback IPv4 address");
        const QByteArray port = QByteArray::number(server->port());
        const QList<QPair<QByteArray, int>> cases {{external + ':' + port, 200},
            {"127.0.0.1:" + port, 200}, {"evil.example:" + port, 421}, {"0.0.0.0:" + port, 421}};
        for (const auto &[host, status] : cases) {
            RawConnection connection(server->port());
            QVERIFY(connection.connected());
            connection.write("GET /api/v1/health HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            const auto reply = connection.next();
            QVERIFY(reply);
            QVERIFY2(reply->status == status, host.constData());
        }
    }

    void missingHostIsRefused()
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        connection.write("GET /api/v1/health HTTP/1.0\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        verifyProblem(*reply, 400, "host_required");
    }

    void originNotAllowedIs403()
    {
        const auto reply
            = m_client->get(QStringLiteral("/api/v1/health"), {{"Origin", "https://evil.example"}});
        verifyProblem(reply, 403, "origin_not_allowed");
        QVERIFY(reply.header("access-control-allow-origin").isEmpty());
        // A refused origin changes nothing: the echo handler never runs.
        const auto post = m_client->send("POST", QStringLiteral("/test/echo"), "{\"a\":1}",
            {{"Content-Type", "application/json"}, {"Origin", "http://app.example.evil"}});
        verifyProblem(post, 403, "origin_not_allowed");
    }

    void allowedOriginGetsCors_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::newRow("allow-list") << QByteArray("http://app.example");
        QTest::newRow("own pages") << QByteArray("http://127.0.0.1:PORT");
    }
    void allowedOriginGetsCors()
    {
        QFETCH(QByteArray, origin);
        origin.replace("PORT", QByteArray::number(m_server->port()));
        const auto reply = m_client->get(QStringLiteral("/api/v1/health"), {{"Origin", origin}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("access-control-allow-origin"), origin);
        QCOMPARE(reply.header("vary"), QByteArray("Origin"));
    }

    void preflight()
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        connection.write("OPTIONS /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nOrigin: http://app.example\r\nAccess-Control-Request-Method: POST\r\n"
              "Access-Control-Request-Headers: content-type\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        QCOMPARE(reply->status, 204);
        QCOMPARE(reply->header("access-control-allow-origin"), QByteArray("http://app.example"));
        QVERIFY(reply->header("access-control-allow-methods").contains("POST"));
        QVERIFY(reply->header("access-control-allow-headers").contains("Content-Type"));

        RawConnection evil(m_server->port());
        QVERIFY(evil.connected());
        evil.write("OPTIONS /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nOrigin: https://evil.example\r\nAccess-Control-Request-Method: POST\r\n\r\n");
        const auto refused = evil.next();
        QVERIFY(refused);
        verifyProblem(*refused, 403, "origin_not_allowed");
    }

    void bodyOverLimitIs413()
    {
        const qint64 limit = Api::ConnectionLimits().maxBodyBytes;
        QCOMPARE(limit, 1024 * 1024);
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        // Declared only: the answer comes before any body byte is sent.
        connection.write("POST /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(limit + 1) + "\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        verifyProblem(*reply, 413, "payload_too_large");
        QCOMPARE(reply->header("connection"), QByteArray("close"));
    }

    void bodyAtLimitIsAccepted()
    {
        const qint64 limit = Api::ConnectionLimits().maxBodyBytes;
        const QByteArray prefix = "{\"s\":\"";
        const QByteArray suffix = "\"}";
        const QByteArray body
            = prefix + QByteArray(limit - prefix.size() - suffix.size(), 'a') + suffix;
        QCOMPARE(body.size(), limit);
        const auto reply = m_client->send(
            "POST", QStringLiteral("/test/echo"), body, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("s")).toString().size(),
            limit - prefix.size() - suffix.size());
    }

    // 200 MB declared and streamed in 256 KiB chunks, never held whole: the server answers 413
    // and drains the body without buffering it, so this process's memory (the server runs in
    // it) grows by far less than the body.
    void hugeBodyDoesNotGrowMemory()
    {
        const qint64 total = 200LL * 1024 * 1024;
        const qint64 rssBefore = statusKiB("VmRSS");
        QVERIFY(rssBefore > 0);
        resetPeakRss();

        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        QTcpSocket &socket = connection.socket();
        socket.write("POST /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(total)
            + "\r\n\r\n");
        const QByteArray chunk(256 * 1024, 'x');
        qint64 sent = 0;
        qint64 peakSampled = rssBefore;
        QElapsedTimer timer;
        timer.start();
        while (sent < total && socket.state() == QAbstractSocket::ConnectedState
            && !timer.hasExpired(120'000)) {
            if (socket.bytesToWrite() < 4 * chunk.size()) {
                socket.write(chunk);
                sent += chunk.size();
                if (sent % (16 * chunk.size()) == 0)
                    peakSampled = qMax(peakSampled, statusKiB("VmRSS"));
            }
            socket.waitForBytesWritten(1000);
        }
        while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(5000)) { }
        QCOMPARE(sent, total);
        const auto reply = connection.next();
        QVERIFY(reply);
        verifyProblem(*reply, 413, "payload_too_large");

        const qint64 rssAfter = statusKiB("VmRSS");
        const qint64 peak = qMax(peakSampled, statusKiB("VmHWM"));
        qInfo("RSS before %lld KiB, after %lld KiB, peak %lld KiB for a %lld MiB body", rssBefore,
            rssAfter, peak, total / (1024 * 1024));
        const qint64 budgetKiB = 50 * 1024;
        QVERIFY2(rssAfter - rssBefore < budgetKiB, "RSS grew with the body");
        QVERIFY2(peak - rssBefore < budgetKiB, "peak RSS grew with the body");
        // The server is still fine.
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void chunkedIs411()
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        connection.write("POST /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
              "2\r\n{}\r\n0\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        verifyProblem(*reply, 411, "length_required");
    }

    void oversizedHeadersAre431()
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        const QByteArray filler(Api::ConnectionLimits().maxHeaderBytes + 1024, 'h');
        connection.write("GET /api/v1/health HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nX-Filler: " + filler + "\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        verifyProblem(*reply, 431, "headers_too_large");
    }

    void badContentLengthIs400()
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        connection.write("POST /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nContent-Type: application/json\r\nContent-Length: -5\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        verifyProblem(*reply, 400, "bad_content_length");
    }

    void expectContinue()
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        const QByteArray body = "{\"hello\":\"world\"}";
        connection.write("POST /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n");
        const auto interim = connection.next();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        connection.write(body);
        const auto reply = connection.next();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QCOMPARE(reply->json().value(QStringLiteral("hello")).toString(), QStringLiteral("world"));
        // Exactly one interim answer, nothing more on the wire.
        QVERIFY(!connection.next(300));
    }

    void expectContinueOverLimitGets413Only()
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        connection.write("POST /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
              "5000000\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        verifyProblem(*reply, 413, "payload_too_large");
    }

    void jsonRouteNeedsJsonContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("text") << QByteArray("text/plain");
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
        QTest::newRow("none") << QByteArray();
    }
    void jsonRouteNeedsJsonContentType()
    {
        QFETCH(QByteArray, contentType);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const auto reply
            = m_client->send("POST", QStringLiteral("/test/echo"), "{\"a\":1}", headers);
        verifyProblem(reply, 415, "unsupported_media_type");
    }

    void jsonWithCharsetIsAccepted()
    {
        const auto reply = m_client->send("POST", QStringLiteral("/test/echo"), "{\"a\":[1,2]}",
            {{"Content-Type", "application/json; charset=utf-8"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"a").toArray().size(), 2);
    }

    // A JSON route takes one object; an array is a malformed request before any handler runs.
    void jsonArrayBodyIs400()
    {
        const auto reply = m_client->send(
            "POST", QStringLiteral("/test/echo"), "[1,2]", {{"Content-Type", "application/json"}});
        verifyProblem(reply, 400, "invalid_body");
    }

    void malformedJsonIs400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"a\":");
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}");
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00{", 4);
    }
    void malformedJsonIs400()
    {
        QFETCH(QByteArray, body);
        const auto reply = m_client->send(
            "POST", QStringLiteral("/test/echo"), body, {{"Content-Type", "application/json"}});
        verifyProblem(reply, 400, "malformed_json");
    }

    void garbageDoesNotHurtTheServer()
    {
        for (const QByteArray &garbage :
            {QByteArray("NOT HTTP AT ALL\r\n\r\n"), QByteArray("\x00\x01\x02\r\n\r\n", 7),
                QByteArray("GET / HTTP/9.9\r\nHost: x\r\n\r\n")}) {
            RawConnection connection(m_server->port());
            QVERIFY(connection.connected());
            connection.write(garbage);
            connection.next(500);
        }
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void slowHeadersAre408()
    {
        Api::ApiConfig config;
        config.limits.headerTimeoutMs = 200;
        auto server = startServer(config);
        QVERIFY(server);
        RawConnection connection(server->port());
        QVERIFY(connection.connected());
        connection.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        const auto reply = connection.next(5000);
        QVERIFY(reply);
        verifyProblem(*reply, 408, "request_timeout");
    }

    // -- the edge: framing that Qt HttpServer would read differently is refused up front --

    void duplicateContentLengthIs400AndClose_data()
    {
        QTest::addColumn<QByteArray>("lengths");
        QTest::newRow("differing") << QByteArray("Content-Length: 3\r\nContent-Length: 300000000");
        QTest::newRow("same") << QByteArray("Content-Length: 3\r\ncontent-length: 3");
        QTest::newRow("list") << QByteArray("Content-Length: 3, 3");
    }
    void duplicateContentLengthIs400AndClose()
    {
        QFETCH(QByteArray, lengths);
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        // What would follow as a body or as a smuggled second request is never answered.
        connection.write("POST /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nContent-Type: application/json\r\n" + lengths
            + "\r\n\r\n{}\nGET /api/v1/health HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        verifyProblem(
            *reply, 400, lengths.contains(',') ? "bad_content_length" : "duplicate_content_length");
        QCOMPARE(reply->header("connection"), QByteArray("close"));
        QVERIFY(!connection.next(3000));
        QTRY_COMPARE(connection.socket().state(), QAbstractSocket::UnconnectedState);
    }

    void headersQtWouldReadDifferentlyAre400_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("bare LF everywhere")
            << QByteArray("GET /api/v1/health HTTP/1.1\nHost: HOST\n\n")
            << QByteArray("bad_line_ending");
        QTest::newRow("bare LF ends the head")
            << QByteArray("POST /test/echo HTTP/1.1\r\nHost: HOST\r\nContent-Length: 30\n\r\n"
                          "GET /api/v1/health HTTP/1.1\r\n\r\n")
            << QByteArray("bad_line_ending");
        QTest::newRow("lone CR") << QByteArray(
            "GET /api/v1/health HTTP/1.1\r\nHost: HOST\rX: y\r\n\r\n")
                                 << QByteArray("bad_line_ending");
        QTest::newRow("folded line") << QByteArray(
            "POST /test/echo HTTP/1.1\r\nHost: HOST\r\nX-A: 1\r\n Content-Length: 4\r\n"
            "\r\nGET ") << QByteArray("bad_header");
        QTest::newRow("space before colon") << QByteArray(
            "POST /test/echo HTTP/1.1\r\nHost: HOST\r\nContent-Length : 4\r\n\r\n{}{}")
                                            << QByteArray("bad_header");
        QTest::newRow("control character")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: HOST\r\nX-A: a\x01z\r\n\r\n")
            << QByteArray("bad_header");
        QTest::newRow("duplicate Host")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: HOST\r\nHost: evil.example\r\n\r\n")
            << QByteArray("duplicate_host");
        QTest::newRow("two spaces in the request line")
            << QByteArray("GET  /api/v1/health HTTP/1.1\r\nHost: HOST\r\n\r\n")
            << QByteArray("bad_request_line");
        QTest::newRow("over 100 fields") << QByteArray(
            "GET /api/v1/health HTTP/1.1\r\nHost: HOST\r\n" + QByteArray("X: y\r\n").repeated(100)
            + "\r\n") << QByteArray("headers_too_large");
    }
    void headersQtWouldReadDifferentlyAre400()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, code);
        request.replace("HOST", hostHeader());
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        connection.write(request);
        const auto reply = connection.next();
        QVERIFY(reply);
        verifyProblem(*reply, code == "headers_too_large" ? 431 : 400, code.constData());
        QCOMPARE(reply->header("connection"), QByteArray("close"));
        QVERIFY(!connection.next(2000)); // nothing of the rest is answered
    }

    void absoluteFormTarget_data()
    {
        QTest::addColumn<QByteArray>("authority");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("this server")
            << QByteArray("HOST") << QByteArray("HOST") << 200 << QByteArray();
        QTest::newRow("another server") << QByteArray("evil.example") << QByteArray("HOST") << 421
                                        << QByteArray("misdirected_request");
        QTest::newRow("another port") << QByteArray("127.0.0.1:1") << QByteArray("HOST") << 421
                                      << QByteArray("misdirected_request");
        QTest::newRow("both foreign") << QByteArray("evil.example") << QByteArray("evil.example")
                                      << 421 << QByteArray("host_not_allowed");
    }
    void absoluteFormTarget()
    {
        QFETCH(QByteArray, authority);
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        authority.replace("HOST", hostHeader());
        host.replace("HOST", hostHeader());
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        connection.write(
            "GET http://" + authority + "/api/v1/health HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
        const auto reply = connection.next();
        QVERIFY(reply);
        if (status == 200)
            QCOMPARE(reply->status, 200);
        else
            verifyProblem(*reply, status, code.constData());
    }

    // -- idle sockets, the connection cap and the descriptor limit --

    void idleSocketsAreClosedAfterTheHeaderTimeout()
    {
        Api::ApiConfig config;
        config.limits.maxConnections = 3;
        config.limits.headerTimeoutMs = 1500;
        auto server = startServer(config);
        QVERIFY(server);
        // Sockets that never send a byte hold the whole cap...
        std::vector<std::unique_ptr<RawConnection>> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(std::make_unique<RawConnection>(server->port()));
            QVERIFY(idle.back()->connected());
        }
        const QByteArray request = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(server->port()) + "\r\n\r\n";
        RawConnection refused(server->port());
        QVERIFY(refused.connected());
        refused.write(request);
        const auto busy = refused.next();
        QVERIFY(busy);
        verifyProblem(*busy, 503, "too_many_connections");
        QVERIFY(!busy->header("retry-after").isEmpty());
        // ...only until the header timeout, counted from accept: then each gets 408 and is
        // closed, and service returns.
        for (auto &connection : idle) {
            const auto timeout = connection->next(10'000);
            QVERIFY(timeout);
            verifyProblem(*timeout, 408, "request_timeout");
            QTRY_COMPARE(connection->socket().state(), QAbstractSocket::UnconnectedState);
        }
        RawConnection again(server->port());
        QVERIFY(again.connected());
        again.write(request);
        const auto reply = again.next();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
    }

    void connectionCapStaysBelowTheDescriptorLimit()
    {
        rlimit limit {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        // The server raised the soft limit to the hard one when it started.
        QCOMPARE(limit.rlim_cur, limit.rlim_max);
        Api::ConnectionLimits limits;
        limits.maxConnections = std::numeric_limits<int>::max();
        Api::ConnectionGuard guard(limits);
        QVERIFY(guard.connectionCap() > 0);
        if (limit.rlim_cur != RLIM_INFINITY)
            QVERIFY(qint64(guard.connectionCap()) < qint64(limit.rlim_cur));
        QCOMPARE(Api::ConnectionGuard(Api::ConnectionLimits()).connectionCap(),
            int(qMin<qint64>(1024, qint64(guard.connectionCap()))));
    }

    // At the process's descriptor limit the waiting clients get 503 and accepting pauses (Qt's
    // own accept loop would retry at once and spin); once descriptors are free, service returns.
    void descriptorLimitPausesAccepting()
    {
        Api::ConnectionLimits limits;
        limits.acceptPauseMs = 50;
        Api::ConnectionGuard guard(limits);
        QVERIFY(guard.listen(QHostAddress::LocalHost, 0));
        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        struct Restore
        {
            rlimit limit;
            std::vector<int> fillers;
            ~Restore()
            {
                for (int descriptor : fillers)
                    ::close(descriptor);
                setrlimit(RLIMIT_NOFILE, &limit);
            }
        } restore {saved, {}};
        // Fill the descriptor table but for the clients' own sockets: the server cannot accept.
        constexpr int clients = 4;
        const int open
            = int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::AllEntries).size());
        rlimit low = saved;
        low.rlim_cur = rlim_t(open + 16);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        for (int descriptor; (descriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;)
            restore.fillers.push_back(descriptor);
        QVERIFY(restore.fillers.size() >= size_t(clients));
        for (int i = 0; i < clients; ++i) {
            ::close(restore.fillers.back());
            restore.fillers.pop_back();
        }
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < clients; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, guard.serverPort());
        }
        QTRY_VERIFY(guard.acceptPauses() > 0);
        // Each waiting client got 503 through the spare descriptor and was closed.
        for (auto &socket : sockets) {
            QTRY_VERIFY(socket->bytesAvailable() > 0
                || socket->state() == QAbstractSocket::UnconnectedState);
            const QByteArray answer = socket->readAll();
            QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
            QVERIFY(answer.contains("Retry-After: 1"));
        }
        QCOMPARE(guard.activeConnections(), 0);
        sockets.clear();
        setrlimit(RLIMIT_NOFILE, &saved);
        // Accepting resumes after the pause.
        QTcpSocket again;
        again.connectToHost(QHostAddress::LocalHost, guard.serverPort());
        QTRY_COMPARE(guard.activeConnections(), 1);
    }

    // -- answers in request order; the last request of a connection closes it --

    void pipelinedAnswersKeepRequestOrder()
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        const auto post = [this](const char *path, const QByteArray &body) -> QByteArray {
            return "POST " + QByteArray(path) + " HTTP/1.1\r\nHost: " + hostHeader()
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        const QByteArray health
            = "GET /api/v1/health HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n";
        // Worker-answered, inline, worker-answered, inline, inline: all in one write.
        connection.write(post("/test/later", "{\"n\":1}") + health
            + post("/test/later", "{\"n\":3}") + post("/test/echo", "{\"n\":4}") + health);
        // The inline answers are ready first, but wait for the worker's.
        QVERIFY(!connection.next(500));
        laterGate.release(2);
        const auto first = connection.next();
        QVERIFY(first);
        QCOMPARE(first->json().value(QStringLiteral("n")).toInt(), 1);
        const auto second = connection.next();
        QVERIFY(second);
        QCOMPARE(second->json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const auto third = connection.next();
        QVERIFY(third);
        QCOMPARE(third->json().value(QStringLiteral("n")).toInt(), 3);
        const auto fourth = connection.next();
        QVERIFY(fourth);
        QCOMPARE(fourth->json().value(QStringLiteral("n")).toInt(), 4);
        const auto fifth = connection.next();
        QVERIFY(fifth);
        QCOMPARE(fifth->json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!connection.next(300));
        QCOMPARE(connection.socket().state(), QAbstractSocket::ConnectedState);
    }

    void refusalAfterPipelinedRequestsComesLast()
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        const QByteArray health
            = "GET /api/v1/health HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n";
        connection.write(health + health
            + "POST /test/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: "
              "2\r\n\r\n");
        for (int i = 0; i < 2; ++i) {
            const auto reply = connection.next();
            QVERIFY(reply);
            QCOMPARE(reply->status, 200);
        }
        const auto refused = connection.next();
        QVERIFY(refused);
        verifyProblem(*refused, 400, "duplicate_content_length");
    }

    void lastRequestClosesTheConnection_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("connectionHeader");
        QTest::addColumn<bool>("staysOpen");
        QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0") << QByteArray() << false;
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("HTTP/1.0") << QByteArray("keep-alive") << true;
        QTest::newRow("HTTP/1.1 close") << QByteArray("HTTP/1.1") << QByteArray("close") << false;
        QTest::newRow("HTTP/1.1") << QByteArray("HTTP/1.1") << QByteArray() << true;
    }
    void lastRequestClosesTheConnection()
    {
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, connectionHeader);
        QFETCH(bool, staysOpen);
        RawConnection connection(m_server->port());
        QVERIFY(connection.connected());
        QByteArray request = "GET /api/v1/health " + version + "\r\nHost: " + hostHeader() + "\r\n";
        if (!connectionHeader.isEmpty())
            request += "Connection: " + connectionHeader + "\r\n";
        request += "\r\n";
        // A second request right behind: answered only when the first does not end the connection.
        const QByteArray echo = "POST /test/echo HTTP/1.1\r\nHost: " + hostHeader()
            + "\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"n\":2}";
        connection.write(request + echo);
        const auto reply = connection.next();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        if (staysOpen) {
            QVERIFY(reply->header("connection") != "close");
            const auto second = connection.next();
            QVERIFY(second);
            QCOMPARE(second->json().value(QStringLiteral("n")).toInt(), 2);
            QCOMPARE(connection.socket().state(), QAbstractSocket::ConnectedState);
        } else {
            QCOMPARE(reply->header("connection"), QByteArray("close"));
            QVERIFY(!connection.next(2000));
            QTRY_COMPARE(connection.socket().state(), QAbstractSocket::UnconnectedState);
        }
    }

    // -- HTML cannot be framed; JSON strings hold no raw control characters --

    void htmlCannotBeFramed()
    {
        const auto reply = m_client->get(QStringLiteral("/docs"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("text/html"));
        QVERIFY(reply.header("content-security-policy").contains("frame-ancestors 'none'"));
        QCOMPARE(reply.header("x-frame-options"), QByteArray("DENY"));
        // JSON answers do not need them.
        QVERIFY(
            m_client->get(QStringLiteral("/api/v1/health")).header("x-frame-options").isEmpty());
    }

    void rawControlCharactersInJsonAre400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("U+0001") << QByteArray("{\"a\":\"x\x01y\"}");
        QTest::newRow("U+001F") << QByteArray("{\"a\":\"x\x1fy\"}");
        QTest::newRow("NUL") << QByteArray("{\"a\":\"x\0y\"}", 11);
        QTest::newRow("tab") << QByteArray("{\"a\":\"x\ty\"}");
        QTest::newRow("newline in a key") << QByteArray("{\"a\nb\":1}");
        QTest::newRow("in an array") << QByteArray("[\"\x7\"]");
    }
    void rawControlCharactersInJsonAre400()
    {
        QFETCH(QByteArray, body);
        const auto reply = m_client->send(
            "POST", QStringLiteral("/test/echo"), body, {{"Content-Type", "application/json"}});
        verifyProblem(reply, 400, "malformed_json");
        QVERIFY(reply.json().value(QStringLiteral("detail")).toString().contains(u"control"));
        // Escaped, the same characters are fine.
        const auto escaped = m_client->send("POST", QStringLiteral("/test/echo"),
            "{\"a\":\"x\\u0001\\t\\u0000y\"}", {{"Content-Type", "application/json"}});
        QCOMPARE(escaped.status, 200);
        QCOMPARE(escaped.json().value(QStringLiteral("a")).toString(),
            QString(QStringLiteral("x\u0001\t") + QChar(0) + u'y'));
    }

    void connectionCapIs503()
    {
        Api::ApiConfig config;
        config.limits.maxConnections = 2;
        auto server = startServer(config);
        QVERIFY(server);
        const QByteArray request = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(server->port()) + "\r\n\r\n";
        // Two kept-alive connections, each answered once so the server has accepted it.
        auto first = std::make_unique<RawConnection>(server->port());
        RawConnection second(server->port());
        for (RawConnection *connection : {first.get(), &second}) {
            QVERIFY(connection->connected());
            connection->write(request);
            const auto reply = connection->next();
            QVERIFY(reply);
            QCOMPARE(reply->status, 200);
        }
        RawConnection third(server->port());
        QVERIFY(third.connected());
        third.write(request);
        const auto refused = third.next();
        QVERIFY(refused);
        verifyProblem(*refused, 503, "too_many_connections");
        QCOMPARE(refused->header("retry-after"), QByteArray("1"));
        // The kept-alive ones still work; when one goes, a new client gets in.
        second.write(request);
        const auto again = second.next();
        QVERIFY(again);
        QCOMPARE(again->status, 200);
        first.reset();
        // The server notices the close asynchronously; retry until a new client gets in.
        QElapsedTimer timer;
        timer.start();
        int lastStatus = 0;
        while (lastStatus != 200 && !timer.hasExpired(10'000)) {
            RawConnection fourth(server->port());
            QVERIFY(fourth.connected());
            fourth.write(request);
            const auto reply = fourth.next();
            lastStatus = reply ? reply->status : -1;
            if (lastStatus != 200)
                QTest::qWait(50);
        }
        QCOMPARE(lastStatus, 200);
    }
};

QTEST_GUILESS_MAIN(TestApiGuard)
#include "tst_apiguard.moc"
