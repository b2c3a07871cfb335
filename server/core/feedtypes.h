// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace Eventdesk::Core {

// The formats Eventdesk reads. Provider covers both XML generations (eventList and planList).
enum class FeedFormat { Unknown, Provider, Json, ICal };

QString feedFormatName(FeedFormat format); // "provider", "json", "ical"
FeedFormat feedFormatFromName(QStringView name);

// One imported event as a parser produces it. externalId is unique within the source: for the
// provider "<base id>:<plan id>" (plan ids repeat across base plans), for iCalendar the UID
// (plus the occurrence start of a recurring event), for the JSON API the post id.
struct FeedItem
{
    QString externalId;
    QString title;
    QString description;
    QString location;
    QString category;
    std::optional<qint64> startsAt; // UTC ms; absent (JSON posts): the first import's time
    std::optional<qint64> endsAt;
    QString sellMode; // provider only: "online" / "offline"
    std::optional<double> minPrice;
    std::optional<double> maxPrice;
    bool soldOut = false;
    QString baseId; // provider only
    QString planId; // provider only
    // Only provider plans sold online become searchable; other formats are never searchable.
    bool online() const { return sellMode == QLatin1String("online"); }
};

struct FeedComment
{
    QString externalId;
    QString eventExternalId; // the parent's externalId in the same source
    QString authorName;
    QString authorEmail;
    QString body;
};

// A problem with one element: skipped, reported, not fatal.
struct FeedIssue
{
    qint64 line = 0;
    QString message;
};

// Where a streaming parser hands over what it read, one element at a time.
class FeedSink
{
public:
    virtual ~FeedSink() = default;
    // Returning an error stops the parse (e.g. a write failed).
    virtual Result<void> item(const FeedItem &item) = 0;
    virtual Result<void> comment(const FeedComment &comment) = 0;
    virtual void skipped(const FeedIssue &issue) = 0;
    // Something the user should know about an element that was imported anyway (a derived key,
    // a series cut at the cap, a converted charset). Reported with the run, not counted.
    virtual void note(const FeedIssue &issue) { Q_UNUSED(issue); }
};

struct ParseOptions
{
    qint64 maxBytes = 512LL * 1024 * 1024; // whole document
    qint64 maxTokenBytes = 1024 * 1024;    // one element or attribute (huge attributes)
    // iCalendar: series without an end (no COUNT or UNTIL) are expanded over
    // [windowStart, windowEnd) (UTC ms); finite series are expanded whole. 0/0: a year back to
    // two years ahead.
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    int maxOccurrences = 5000; // per recurring event (finite or within the window), then cut
    const std::atomic<bool> *cancel = nullptr;
};

// A fatal parse failure has a stable code: "malformed", "dtd_refused", "too_large",
// "token_too_large", "encoding", "unsupported_format", "cancelled".
class FeedParser
{
public:
    virtual ~FeedParser() = default;
    virtual Result<void> parse(QIODevice &input, FeedSink &sink, const ParseOptions &options) = 0;
};

// A row the exporter and the search read back.
struct StoredEvent
{
    qint64 id = 0;
    QString uuid;
    QString source;
    QString externalId;
    QString title;
    QString description;
    QString location;
    qint64 startsAt = 0;
    std::optional<qint64> endsAt;
    std::optional<double> minPrice;
    std::optional<double> maxPrice;
    qint64 version = 0;   // > 0: written as SEQUENCE version - 1 (calendar subscriptions)
    qint64 updatedAt = 0; // > 0: DTSTAMP and LAST-MODIFIED (else DTSTAMP is now)
};

// The format-specific code the core services need, implemented by the feeds library.
class FeedFormats
{
public:
    virtual ~FeedFormats() = default;
    virtual std::unique_ptr<FeedParser> parser(FeedFormat format) const = 0;
    // Guesses from a Content-Type (may be empty) and the first bytes of the document.
    virtual FeedFormat sniff(const QByteArray &contentType, const QByteArray &head) const = 0;
    virtual QByteArray exportICalendar(const QList<StoredEvent> &events) const = 0;
};

struct FetchRequest
{
    QString location; // http(s) URL or a local file path / file: URL
    QByteArray etag;
    QByteArray lastModified;
    qint64 maxBytes = 512LL * 1024 * 1024;
    int connectTimeoutMs = 10000;
    int totalTimeoutMs = 120000;
    int maxRetries = 3;
    int backoffBaseMs = 500;
    int maxRedirects = 5;
    const std::atomic<bool> *cancel = nullptr;
};

struct FetchResult
{
    bool notModified = false;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray etag;
    QByteArray lastModified;
    qint64 bytes = 0;
    int attempts = 0;
};

// Fetches a feed into `output` (a temporary file): blocking, called on a worker thread only.
class FeedFetcher
{
public:
    virtual ~FeedFetcher() = default;
    virtual Result<FetchResult> fetch(const FetchRequest &request, QIODevice &output) = 0;
};

} // namespace Eventdesk::Core
