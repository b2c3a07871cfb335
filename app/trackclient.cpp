// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <iostream>
#include <string>

namespace Eventdesk::App {

namespace {

constexpr qsizetype MaxBatchBytes = 900 * 1024;
constexpr qsizetype MaxEventBytes = 32 * 1024;

void sleepMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// lupdate takes the context from the macro (a free tr() function would get the namespace's).
struct TrackCommand
{
    Q_DECLARE_TR_FUNCTIONS(TrackCommand)
};

} // namespace

TrackClient::TrackClient(TrackClientOptions options)
    : m_options(std::move(options))
{
    m_options.batchSize = qBound(1, m_options.batchSize, 1000);
    m_options.maxAttempts = qMax(1, m_options.maxAttempts);
}

TrackClient::Reply TrackClient::post(const QByteArray &body)
{
    QUrl url = m_options.url;
    url.setPath(
        url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/v1/track"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_options.key);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    if (result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

void TrackClient::sendBatch(
    const QList<QByteArray> &lines, const QList<int> &numbers, Summary *summary, const Print &print)
{
    // Lines that cannot be sent are reported here; the others go in one batch.
    QJsonArray batch;
    QList<int> lineNumbers;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = numbers.at(i);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            ++summary->rejected;
            print(TrackCommand::tr("line %1: rejected: not a JSON object").arg(number));
            continue;
        }
        if (lines.at(i).size() > MaxEventBytes) {
            ++summary->rejected;
            print(TrackCommand::tr("line %1: rejected: larger than 32 KiB").arg(number));
            continue;
        }
        QJsonObject event = document.object();
        if (!event.contains(QStringLiteral("event_id")))
            event.insert(
                QStringLiteral("event_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        batch.append(event);
        lineNumbers.append(number);
    }
    if (batch.isEmpty())
        return;
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("batch"),
            batch}}).toJson(QJsonDocument::Compact);

    int backoff = m_options.initialBackoffMs;
    for (int attempt = 1;; ++attempt) {
        const Reply reply = post(body);
        if (reply.status == 202) {
            const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
            const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
            for (const QJsonValue &value : results) {
                const QJsonObject result = value.toObject();
                const int index = result.value(QStringLiteral("index")).toInt();
                const int number = lineNumbers.value(index);
                if (result.value(QStringLiteral("status")).toString()
                    == QLatin1String("accepted")) {
                    ++summary->accepted;
                    if (result.value(QStringLiteral("duplicate")).toBool())
                        ++summary->duplicates;
                    continue;
                }
                ++summary->rejected;
                QStringList reasons;
                for (const QJsonValue &reason : result.value(QStringLiteral("reasons")).toArray())
                    reasons.append(reason.toObject().value(QStringLiteral("field")).toString()
                        + u' ' + reason.toObject().value(QStringLiteral("message")).toString());
                print(TrackCommand::tr("line %1: rejected: %2")
                          .arg(number)
                          .arg(reasons.join(QStringLiteral("; "))));
            }
            print(TrackCommand::tr("lines %1-%2: %3 accepted (%4 duplicates), %5 rejected")
                      .arg(lineNumbers.constFirst())
                      .arg(lineNumbers.constLast())
                      .arg(answer.value(QStringLiteral("accepted")).toInt())
                      .arg(answer.value(QStringLiteral("duplicates")).toInt())
                      .arg(answer.value(QStringLiteral("rejected")).toInt()));
            return;
        }
        const bool retryable = reply.status == 0 || reply.status == 429 || reply.status >= 500;
        const QString what = reply.status == 0 ? reply.error
                                               : QStringLiteral("HTTP %1 %2")
                                                     .arg(reply.status)
                                                     .arg(QJsonDocument::fromJson(reply.body)
                                                              .object()
                                                              .value(QStringLiteral("detail"))
                                                              .toString());
        if (!retryable || attempt >= m_options.maxAttempts) {
            summary->failed += int(batch.size());
            summary->unauthorized = summary->unauthorized || reply.status == 401;
            print(TrackCommand::tr("lines %1-%2: not delivered: %3")
                      .arg(lineNumbers.constFirst())
                      .arg(lineNumbers.constLast())
                      .arg(what));
            return;
        }
        int wait = backoff;
        bool ok = false;
        const int retryAfter = reply.retryAfter.toInt(&ok);
        if (ok && retryAfter > 0)
            wait = qMax(wait, retryAfter * 1000);
        print(TrackCommand::tr("lines %1-%2: %3; retrying in %4 ms")
                  .arg(lineNumbers.constFirst())
                  .arg(lineNumbers.constLast())
                  .arg(what)
                  .arg(wait));
        sleepMs(wait);
        backoff = qMin(backoff * 2, 8000);
    }
}

TrackClient::Summary TrackClient::run(QIODevice &input, const Print &print)
{
    return run(
        [&input](QByteArray *line) {
            if (input.atEnd())
                return false;
            *line = input.readLine();
            return true;
        },
        print);
}

TrackClient::Summary TrackClient::run(const ReadLine &readLine, const Print &print)
{
    Summary summary;
    QList<QByteArray> lines;
    QList<int> numbers;
    qsizetype bytes = 0;
    int lineNumber = 0;
    auto flush = [&] {
        if (!lines.isEmpty())
            sendBatch(lines, numbers, &summary, print);
        lines.clear();
        numbers.clear();
        bytes = 0;
    };
    QByteArray line;
    while (!summary.unauthorized && readLine(&line)) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (bytes + line.size() > MaxBatchBytes)
            flush();
        lines.append(line);
        numbers.append(lineNumber);
        bytes += line.size() + 1;
        if (lines.size() >= m_options.batchSize)
            flush();
    }
    flush();
    print(TrackCommand::tr("total: %1 accepted (%2 duplicates), %3 rejected, %4 not delivered")
              .arg(summary.accepted)
              .arg(summary.duplicates)
              .arg(summary.rejected)
              .arg(summary.failed));
    return summary;
}

int TrackClient::exitCode(const Summary &summary)
{
    if (summary.failed > 0)
        return 3;
    return summary.rejected > 0 ? 1 : 0;
}

int runTrackCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TrackCommand::tr("Reads events as JSON lines on standard input and posts "
                         "them to an Eventdesk collector in batches."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
        TrackCommand::tr("Show this help."));
    const QCommandLineOption url(QStringLiteral("url"),
        TrackCommand::tr("The Eventdesk server (default http://127.0.0.1:8085)."),
        QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8085"));
    const QCommandLineOption key(QStringLiteral("key"),
        TrackCommand::tr("The app key (eda_...); default: $EVENTDESK_APP_KEY."),
        QStringLiteral("key"));
    const QCommandLineOption batch(QStringLiteral("batch"),
        TrackCommand::tr("Events per request, 1-1000 (default 500)."), QStringLiteral("n"),
        QStringLiteral("500"));
    const QCommandLineOption attempts(QStringLiteral("attempts"),
        TrackCommand::tr("Attempts per batch before giving up (default 6)."), QStringLiteral("n"),
        QStringLiteral("6"));
    parser.addOptions({help, url, key, batch, attempts});
    QStringList all = arguments;
    all.prepend(QStringLiteral("eventdesk track"));
    if (!parser.parse(all)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    TrackClientOptions options;
    options.url = QUrl(parser.value(url));
    options.key = parser.isSet(key) ? parser.value(key).toLatin1() : qgetenv("EVENTDESK_APP_KEY");
    options.batchSize = parser.value(batch).toInt();
    options.maxAttempts = parser.value(attempts).toInt();
    if (!options.url.isValid() || options.url.scheme().isEmpty() || options.key.isEmpty()
        || options.batchSize < 1 || options.batchSize > 1000) {
        std::fputs(qUtf8Printable(
                       TrackCommand::tr("eventdesk track: give --url, --key (or EVENTDESK_APP_KEY) "
                                        "and --batch 1-1000.\n")),
            stderr);
        return 2;
    }
    TrackClient client(options);
    // Blocking reads of standard input, line by line, so the client also works on a live pipe.
    const auto readStdin = [](QByteArray *line) {
        std::string text;
        if (!std::getline(std::cin, text))
            return false;
        *line = QByteArray::fromStdString(text);
        return true;
    };
    const TrackClient::Summary summary = client.run(readStdin, [](const QString &line) {
        std::fputs(qUtf8Printable(line + u'\n'), stdout);
        std::fflush(stdout);
    });
    return TrackClient::exitCode(summary);
}

} // namespace Eventdesk::App
