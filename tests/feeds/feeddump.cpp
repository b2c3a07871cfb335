// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// feeddump [--count] [--from YYYY-MM-DD --to YYYY-MM-DD] [--max N] FILE...: parses each file with
// Eventdesk's parsers (format sniffed) and prints one JSON object per file on stdout: the items
// (key, title, start and end in UTC ms, prices), the notes and skips, or the failure's code.
// The corpus comparison (corpus_compare.py) reads it next to an independent implementation.
#include "feedformats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>

using namespace Eventdesk;
using namespace Eventdesk::Core;

namespace {

struct JsonSink : FeedSink
{
    bool countOnly = false; // --count: memory benchmarks of the parser alone
    int count = 0;
    QJsonArray items;
    QJsonArray issues;
    QJsonArray notes;
    Result<void> item(const FeedItem &i) override
    {
        ++count;
        if (countOnly)
            return {};
        QJsonObject o {{QStringLiteral("key"), i.externalId}, {QStringLiteral("title"), i.title}};
        if (i.startsAt)
            o.insert(QStringLiteral("start"), double(*i.startsAt));
        if (i.endsAt)
            o.insert(QStringLiteral("end"), double(*i.endsAt));
        if (i.minPrice)
            o.insert(QStringLiteral("min_price"), *i.minPrice);
        if (i.maxPrice)
            o.insert(QStringLiteral("max_price"), *i.maxPrice);
        items.append(o);
        return {};
    }
    Result<void> comment(const FeedComment &) override { return {}; }
    void skipped(const FeedIssue &issue) override { issues.append(issue.message); }
    void note(const FeedIssue &issue) override { notes.append(issue.message); }
};

qint64 day(const QString &text)
{
    return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    ParseOptions options;
    bool countOnly = false;
    if (!args.isEmpty() && args.first() == QLatin1String("--count")) {
        countOnly = true;
        args.removeFirst();
    }
    while (args.size() >= 2 && args.first().startsWith(QLatin1String("--"))) {
        const QString flag = args.takeFirst();
        const QString value = args.takeFirst();
        if (flag == QLatin1String("--from"))
            options.windowStart = day(value);
        else if (flag == QLatin1String("--to"))
            options.windowEnd = day(value);
        else if (flag == QLatin1String("--max"))
            options.maxOccurrences = value.toInt();
    }
    Feeds::FeedFormats formats;
    for (const QString &path : std::as_const(args)) {
        QFile file(path);
        QJsonObject out {{QStringLiteral("file"), path}};
        if (!file.open(QIODevice::ReadOnly)) {
            out.insert(QStringLiteral("error"), QStringLiteral("unreadable"));
        } else {
            const FeedFormat format = formats.sniff({}, file.peek(4096));
            auto parser = formats.parser(format);
            JsonSink sink;
            sink.countOnly = countOnly;
            auto parsed = parser ? parser->parse(file, sink, options)
                                 : Result<void>(Error::make(ErrorKind::Unsupported,
                                     QStringLiteral("unsupported_format"), {}));
            out.insert(QStringLiteral("format"), feedFormatName(format));
            if (!parsed)
                out.insert(QStringLiteral("error"), parsed.error().code);
            out.insert(QStringLiteral("count"), sink.count);
            out.insert(QStringLiteral("items"), sink.items);
            out.insert(QStringLiteral("skipped"), sink.issues);
            out.insert(QStringLiteral("notes"), sink.notes);
        }
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
    }
    return 0;
}
