// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkfetcher.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace Eventdesk::Feeds {

using namespace Core;

namespace {

struct Attempt
{
    Result<FetchResult> result = Error::internal(QStringLiteral("not run"));
    bool retryable = false;
};

bool cancelled(const FetchRequest &request)
{
    return request.cancel && request.cancel->load();
}

Error cancelError()
{
    return Error::make(ErrorKind::Invalid, QStringLiteral("cancelled"),
        QStringLiteral("The import was cancelled."));
}

Error tooLarge(qint64 cap)
{
    return Error::make(ErrorKind::TooLarge, QStringLiteral("too_large"),
        QStringLiteral("The feed is larger than %1 bytes.").arg(cap));
}

void truncate(QIODevice &output)
{
    if (auto *file = qobject_cast<QFileDevice *>(&output)) {
        file->resize(0);
        file->seek(0);
    } else if (auto *buffer = qobject_cast<QBuffer *>(&output)) {
        buffer->buffer().clear();
        buffer->seek(0);
    }
}

Result<FetchResult> copyFile(const QString &path, const FetchRequest &request, QIODevice &output)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound, QStringLiteral("file_unreadable"),
            QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    FetchResult result;
    result.attempts = 1;
    while (!file.atEnd()) {
        if (cancelled(request))
            return cancelError();
        const QByteArray chunk = file.read(256 * 1024);
        if (chunk.isEmpty())
            break;
        result.bytes += chunk.size();
        if (result.bytes > request.maxBytes)
            return tooLarge(request.maxBytes);
        if (output.write(chunk) != chunk.size())
            return Error::internal(QStringLiteral("Cannot write the temporary copy."));
    }
    return result;
}

Attempt once(
    const QUrl &url, const FetchRequest &request, QIODevice &output, const OutboundGuard &guard)
{
    Attempt attempt;
    if (auto allowed = guard.checkUrl(url); !allowed) {
        attempt.result = allowed.error();
        return attempt;
    }
    QNetworkAccessManager manager;
    QNetworkRequest http(url);
    // Each redirect is checked like the first URL (scheme never less safe, destination allowed).
    http.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    http.setMaximumRedirectsAllowed(request.maxRedirects);
    http.setRawHeader("User-Agent", "Eventdesk/" EVENTDESK_VERSION);
    if (!request.etag.isEmpty())
        http.setRawHeader("If-None-Match", request.etag);
    if (!request.lastModified.isEmpty())
        http.setRawHeader("If-Modified-Since", request.lastModified);
    http.setTransferTimeout(request.totalTimeoutMs);

    QNetworkReply *reply = manager.get(http);
    QEventLoop loop;
    enum class Stop {
        None,
        ConnectTimeout,
        TotalTimeout,
        TooLarge,
        Cancelled,
        Refused
    } stop
        = Stop::None;
    std::optional<Error> refusal;
    qint64 bytes = 0;
    auto abortWith = [&](Stop why) {
        if (stop == Stop::None)
            stop = why;
        reply->abort();
    };
    QTimer connectTimer, totalTimer, cancelPoll;
    connectTimer.setSingleShot(true);
    totalTimer.setSingleShot(true);
    QObject::connect(&connectTimer, &QTimer::timeout, [&] { abortWith(Stop::ConnectTimeout); });
    QObject::connect(&totalTimer, &QTimer::timeout, [&] { abortWith(Stop::TotalTimeout); });
    QObject::connect(&cancelPoll, &QTimer::timeout, [&] {
        if (cancelled(request))
            abortWith(Stop::Cancelled);
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, [&] {
        connectTimer.stop();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > request.maxBytes)
            abortWith(Stop::TooLarge);
    });
    QObject::connect(reply, &QNetworkReply::readyRead, [&] {
        connectTimer.stop();
        const QByteArray chunk = reply->readAll();
        bytes += chunk.size();
        if (bytes > request.maxBytes) {
            abortWith(Stop::TooLarge);
            return;
        }
        output.write(chunk);
    });
    QObject::connect(reply, &QNetworkReply::redirected, [&](const QUrl &target) {
        const QUrl next = url.resolved(target);
        if (url.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https")) {
            refusal = Error::make(ErrorKind::Unavailable, QStringLiteral("bad_redirect"),
                QStringLiteral("%1: a redirect from https to %2 is refused.")
                    .arg(url.toString(), next.scheme()));
            abortWith(Stop::Refused);
            return;
        }
        if (auto allowed = guard.checkUrl(next); !allowed) {
            refusal = allowed.error();
            abortWith(Stop::Refused);
            return;
        }
        Q_EMIT reply->redirectAllowed();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connectTimer.start(request.connectTimeoutMs);
    totalTimer.start(request.totalTimeoutMs);
    cancelPoll.start(100);
    if (!reply->isFinished())
        loop.exec();
    if (stop == Stop::None && reply->bytesAvailable() > 0) {
        const QByteArray rest = reply->readAll();
        bytes += rest.size();
        if (bytes > request.maxBytes)
            stop = Stop::TooLarge;
        else
            output.write(rest);
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    const QString errorText = reply->errorString();
    FetchResult result;
    result.httpStatus = status;
    result.bytes = bytes;
    result.contentType = reply->rawHeader("Content-Type");
    result.etag = reply->rawHeader("ETag");
    result.lastModified = reply->rawHeader("Last-Modified");
    reply->deleteLater();

    switch (stop) {
    case Stop::Refused:
        attempt.result = *refusal;
        return attempt;
    case Stop::TooLarge:
        attempt.result = tooLarge(request.maxBytes);
        return attempt;
    case Stop::Cancelled:
        attempt.result = cancelError();
        return attempt;
    case Stop::ConnectTimeout:
    case Stop::TotalTimeout:
        attempt.result = Error::make(ErrorKind::Unavailable, QStringLiteral("timeout"),
            stop == Stop::ConnectTimeout ? QStringLiteral("No answer from %1 within %2 ms.")
                                               .arg(url.host())
                                               .arg(request.connectTimeoutMs)
                                         : QStringLiteral("%1 did not finish within %2 ms.")
                                               .arg(url.host())
                                               .arg(request.totalTimeoutMs));
        attempt.retryable = true;
        return attempt;
    case Stop::None:
        break;
    }
    if (status == 304) {
        result.notModified = true;
        attempt.result = result;
        return attempt;
    }
    if (error == QNetworkReply::TooManyRedirectsError
        || error == QNetworkReply::InsecureRedirectError) {
        attempt.result = Error::make(ErrorKind::Unavailable, QStringLiteral("bad_redirect"),
            QStringLiteral("%1: %2").arg(url.toString(), errorText));
        return attempt;
    }
    if (status >= 200 && status < 300 && error == QNetworkReply::NoError) {
        attempt.result = result;
        return attempt;
    }
    if (status == 0) {
        attempt.result = Error::make(ErrorKind::Unavailable, QStringLiteral("unavailable"),
            QStringLiteral("%1: %2").arg(url.host(), errorText));
        attempt.retryable = error != QNetworkReply::ProtocolUnknownError
            && error != QNetworkReply::HostNotFoundError;
        return attempt;
    }
    Error upstream = Error::make(ErrorKind::Unavailable, QStringLiteral("upstream_error"),
        QStringLiteral("%1 answered HTTP %2.").arg(url.toString()).arg(status));
    attempt.result = upstream;
    attempt.retryable = status >= 500 || status == 429 || status == 408;
    return attempt;
}

} // namespace

Result<FetchResult> NetworkFetcher::fetch(const FetchRequest &request, QIODevice &output)
{
    const QUrl url
        = QUrl::fromUserInput(request.location, QDir::currentPath(), QUrl::AssumeLocalFile);
    if (url.isLocalFile())
        return copyFile(url.toLocalFile(), request, output);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return Error::make(ErrorKind::Invalid, QStringLiteral("unsupported_location"),
            QStringLiteral("Feeds come from http(s) URLs or files, not '%1'.")
                .arg(request.location));

    Attempt attempt;
    int attempts = 0;
    for (int n = 0; n <= request.maxRetries; ++n) {
        ++attempts;
        if (cancelled(request))
            return cancelError();
        truncate(output);
        attempt = once(url, request, output, m_guard);
        if (attempt.result || !attempt.retryable)
            break;
        if (n == request.maxRetries)
            break;
        // Exponential back-off with full jitter on top, interruptible by cancel.
        const qint64 base = qint64(request.backoffBaseMs) << n;
        const qint64 wait = base + QRandomGenerator::global()->bounded(qMax<qint64>(1, base));
        QElapsedTimer slept;
        slept.start();
        while (slept.elapsed() < wait) {
            if (cancelled(request))
                return cancelError();
            QThread::msleep(quint64(qMin<qint64>(50, wait - slept.elapsed() + 1)));
        }
    }
    if (attempt.result) {
        attempt.result->attempts = attempts;
    }
    return attempt.result;
}

} // namespace Eventdesk::Feeds
