// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// HttpFramer without sockets: where requests end, what is refused, and that the answer does not
// depend on how the bytes are split. (tst_apiguard checks the same cases over real sockets;
// tests/fuzz/fuzz_framing checks the framer against a model of Qt's reader.)
#include "httpframing.h"

#include <QDir>
#include <QFile>
#include <QTest>

using Eventdesk::Api::FramingLimits;
using Eventdesk::Api::HttpFramer;
using Step = Eventdesk::Api::HttpFramer::Step;

namespace {

struct Seen
{
    QList<qint64> heads;    // offsets after each accepted head
    QList<qint64> requests; // offsets after each complete request
    int refusal = 0;
    QByteArray code;
};

Seen frame(QByteArrayView stream, qsizetype piece)
{
    HttpFramer framer;
    Seen seen;
    for (qsizetype at = 0; at < stream.size() && !seen.refusal; at += piece) {
        QByteArrayView data = stream.sliced(at, qMin(piece, stream.size() - at));
        while (!data.isEmpty()) {
            const Step step = framer.next(data);
            if (step == Step::NeedMore)
                break;
            if (step == Step::Refused) {
                seen.refusal = framer.head().status;
                seen.code = framer.head().code;
                break;
            }
            if (step == Step::Head) {
                seen.heads.append(framer.offset());
                if (framer.head().contentLength == 0)
                    seen.requests.append(framer.offset());
            } else {
                seen.requests.append(framer.offset());
            }
        }
    }
    return seen;
}

} // namespace

class TstHttpFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        const QByteArray get = "GET / HTTP/1.1\r\nHost: h\r\n\r\n";
        QTest::newRow("one") << get << 1 << 0 << QByteArray();
        QTest::newRow("pipelined with a body") << QByteArray(
            get + "POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello" + get)
                                               << 3 << 0 << QByteArray();
        QTest::newRow("CRLF between requests")
            << QByteArray(get + "\r\n" + get) << 2 << 0 << QByteArray();
        QTest::newRow("duplicate Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx") << 0
            << 400 << QByteArray("duplicate_content_length");
        QTest::newRow("signed Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\nx") << 0 << 400
            << QByteArray("bad_content_length");
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << 0 << 400
                                 << QByteArray("bad_line_ending");
        QTest::newRow("LF CRLF") << QByteArray("GET / HTTP/1.1\r\nHost: h\n\r\n") << 0 << 400
                                 << QByteArray("bad_line_ending");
        QTest::newRow("lone CR") << QByteArray("GET / HTTP/1.1\r\nHost: h\rX: 1\r\n\r\n") << 0
                                 << 400 << QByteArray("bad_line_ending");
        QTest::newRow("second request refused")
            << QByteArray(get + "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 1 << 400
            << QByteArray("duplicate_host");
        QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nA: 1\r\n\tB: 2\r\n\r\n") << 0
                                << 400 << QByteArray("bad_header");
        QTest::newRow("chunked") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 0 << 411 << QByteArray("length_required");
        QTest::newRow("too large")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n") << 0 << 413
            << QByteArray("payload_too_large");
        QTest::newRow("absolute, other authority")
            << QByteArray("GET http://evil.example/ HTTP/1.1\r\nHost: h\r\n\r\n") << 0 << 421
            << QByteArray("misdirected_request");
        QTest::newRow("absolute, same authority")
            << QByteArray("GET http://H/x HTTP/1.1\r\nHost: h\r\n\r\n") << 1 << 0 << QByteArray();
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 0 << 505
                                  << QByteArray("http_version_not_supported");
        QTest::newRow("websocket upgrade")
            << QByteArray("GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
            << 0 << 400 << QByteArray("upgrade_not_supported");
    }
    void framing()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, requests);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        const Seen whole = frame(stream, stream.size());
        QCOMPARE(whole.requests.size(), requests);
        QCOMPARE(whole.refusal, status);
        QCOMPARE(whole.code, code);
        // Byte by byte, the same.
        const Seen bytes = frame(stream, 1);
        QCOMPARE(bytes.requests, whole.requests);
        QCOMPARE(bytes.heads, whole.heads);
        QCOMPARE(bytes.refusal, whole.refusal);
    }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
        QTest::newRow("1.1 close")
            << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") << false;
        QTest::newRow("1.1 list") << QByteArray("GET / HTTP/1.1\r\nConnection: x, close\r\n\r\n")
                                  << false;
        QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    }
    void keepAlive()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, keepAlive);
        const auto inspected = Eventdesk::Api::inspectHead(head, FramingLimits());
        QVERIFY(!inspected.refused());
        QCOMPARE(inspected.keepAlive, keepAlive);
    }

    // Every committed seed of the framing fuzzer, whole and byte by byte (the fuzzer's first byte
    // picks its piece size): regression inputs stay checked by ctest.
    void fuzzSeeds()
    {
        const QDir corpus(QStringLiteral(EVENTDESK_FRAMING_CORPUS));
        const QStringList seeds = corpus.entryList(QDir::Files);
        QVERIFY(!seeds.isEmpty());
        for (const QString &name : seeds) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray stream = file.readAll().mid(1);
            const Seen whole = frame(stream, qMax<qsizetype>(1, stream.size()));
            const Seen bytes = frame(stream, 1);
            QVERIFY2(bytes.requests == whole.requests && bytes.refusal == whole.refusal,
                qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TstHttpFraming)
#include "tst_httpframing.moc"
