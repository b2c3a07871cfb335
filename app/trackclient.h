// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <functional>

class QIODevice;

namespace Eventdesk::App {

struct TrackClientOptions
{
    QUrl url;       // the server, e.g. http://127.0.0.1:8085 (the path /api/v1/track is added)
    QByteArray key; // an app key (eda_...)
    int batchSize = 500;
    int maxAttempts = 6;        // per batch, the first try included
    int initialBackoffMs = 250; // doubled after every failed attempt, at most 8 s
    int timeoutMs = 30'000;     // per request
};

// The reusable client of `eventdesk track`: reads JSON lines, posts them to /api/v1/track in
// batches (at most batchSize events and about 900 KiB), retries a batch on network errors, 429
// and 5xx with exponential back-off, and reports what was accepted and rejected. Every event
// without an event_id gets one before its first attempt, so a retry after a lost answer is
// acknowledged by the server as a duplicate instead of being stored twice.
class TrackClient
{
public:
    struct Summary
    {
        int accepted = 0; // duplicates included
        int duplicates = 0;
        int rejected = 0; // by the server, or locally (not JSON, too large)
        int failed = 0;   // never delivered (gave up, or the key was refused)
        bool unauthorized = false;
    };
    using Print = std::function<void(const QString &line)>;

    explicit TrackClient(TrackClientOptions options);

    // Reads lines until readLine returns false; prints one line per rejected event and batch.
    using ReadLine = std::function<bool(QByteArray *line)>;
    Summary run(const ReadLine &readLine, const Print &print);
    Summary run(QIODevice &input, const Print &print); // a file or buffer (not a pipe)
    // Posts the given lines (with their line numbers) as one batch, with retries.
    void sendBatch(const QList<QByteArray> &lines, const QList<int> &numbers, Summary *summary,
        const Print &print);

    static int exitCode(const Summary &summary);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
        QString error;
    };
    Reply post(const QByteArray &body);

    TrackClientOptions m_options;
    QNetworkAccessManager m_manager;
};

// "eventdesk track --url URL --key KEY [--batch N]": returns the exit code.
int runTrackCommand(const QStringList &arguments);

} // namespace Eventdesk::App
