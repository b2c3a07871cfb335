// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The `eventdesk track` client against a real server.
#include "collectorfixture.h"
#include "trackclient.h"

#include <QBuffer>
#include <QTcpServer>
#include <QTimer>

using namespace Eventdesk;

namespace {

QByteArray line(const QString &session, const QString &extra = {})
{
    return QStringLiteral(
        R"({"session_id":"%1","category":"page interaction","name":"pageview",)"
        R"("data":{"host":"h","path":"/"},"timestamp":"2021-01-01 09:15:27.243860"%2})")
        .arg(session, extra)
        .toUtf8();
}

} // namespace

class TstTrackClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::CollectorFixture> f;
    QByteArray key;

    App::TrackClient::Summary run(
        App::TrackClientOptions options, const QByteArray &input, QStringList *printed)
    {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        App::TrackClient client(std::move(options));
        return client.run(buffer, [printed](const QString &text) { printed->append(text); });
    }
    App::TrackClientOptions options(int batch = 500) const
    {
        App::TrackClientOptions o;
        o.url = QUrl(f->server->baseUrl());
        o.key = key;
        o.batchSize = batch;
        o.initialBackoffMs = 50;
        return o;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<Testing::CollectorFixture>();
        QVERIFY(f->open());
        key = f->collector->createApp(QStringLiteral("client"), 1)->key.toLatin1();
    }
    void cleanup() { f.reset(); }

    void batchesAndReports()
    {
        QByteArray input;
        for (int i = 0; i < 25; ++i)
            input += line(QStringLiteral("s%1").arg(i)) + '\n';
        input += "not json\n\n";
        input
            += R"({"session_id":"x","category":"page interaction","name":"cta click","data":{"host":"h","path":"/"},"timestamp":"2021-01-01T00:00:00Z"})"
               "\n";
        QStringList printed;
        const auto summary = run(options(10), input, &printed);
        QCOMPARE(summary.accepted, 25);
        QCOMPARE(summary.rejected, 2);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(App::TrackClient::exitCode(summary), 1);
        QCOMPARE(*f->collector->eventCount(), 25);
        QVERIFY(printed.contains(QStringLiteral("line 26: rejected: not a JSON object")));
        QVERIFY(printed.contains(QStringLiteral("line 28: rejected: data.element is required")));
        QVERIFY(
            printed.contains(QStringLiteral("lines 1-10: 10 accepted (0 duplicates), 0 rejected")));
        // Every event got an event id, so sending the same input again stores nothing new...
        // except that ids are fresh per run; lines that carry their own id are deduplicated.
        QByteArray withIds
            = line(QStringLiteral("a"), QStringLiteral(R"(,"event_id":"e1")")) + '\n';
        QCOMPARE(run(options(), withIds, &printed).accepted, 1);
        const auto again = run(options(), withIds, &printed);
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(*f->collector->eventCount(), 26);
    }

    void wrongKeyStops()
    {
        App::TrackClientOptions o = options();
        o.key = "eda_wrong";
        QStringList printed;
        const auto summary = run(o, line(QStringLiteral("s")) + '\n', &printed);
        QCOMPARE(summary.failed, 1);
        QVERIFY(summary.unauthorized);
        QCOMPARE(App::TrackClient::exitCode(summary), 3);
        QCOMPARE(*f->collector->eventCount(), 0);
    }

    void retriesUntilTheServerIsUp()
    {
        // A port with nothing listening yet; the server starts there after the first attempts.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        f->server->stop();
        Api::ApiConfig config;
        config.databaseOnWorkers = Testing::testsOnPostgresql(); // as the application does
        config.port = port;
        auto late = std::make_unique<Api::ApiServer>(config);
        late->addController(
            std::make_shared<Api::TrackController>(*f->collector, *f->writer, f->auth));
        bool started = false;
        QTimer::singleShot(300, this, [&] { started = bool(late->start()); });

        App::TrackClientOptions o = options();
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        o.maxAttempts = 8;
        QStringList printed;
        const auto summary = run(o, line(QStringLiteral("s")) + '\n', &printed);
        QVERIFY(started);
        QCOMPARE(summary.accepted, 1);
        QVERIFY(printed.join(u'\n').contains(QStringLiteral("retrying in")));
        QCOMPARE(*f->collector->eventCount(), 1);
        late->stop();
    }

    void givesUp()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        App::TrackClientOptions o = options();
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        o.maxAttempts = 2;
        QStringList printed;
        const auto summary = run(o, line(QStringLiteral("s")) + '\n', &printed);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(App::TrackClient::exitCode(summary), 3);
    }
};

QTEST_GUILESS_MAIN(TstTrackClient)
#include "tst_trackclient.moc"
