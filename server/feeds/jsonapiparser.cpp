// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonapiparser.h"
#include "jsonview.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Eventdesk::Feeds {

using namespace Core;

namespace {

constexpr qint64 jsonCap = 64LL * 1024 * 1024;

// Ids are numbers in the placeholder API; strings are accepted too.
QString idText(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && d >= 0)
            return QString::number(qint64(d));
        return {};
    }
    if (v.isString() && !v.toString().isEmpty() && v.toString().size() <= 200)
        return v.toString();
    return {};
}

} // namespace

Result<void> JsonApiParser::parse(QIODevice &input, FeedSink &sink, const ParseOptions &options)
{
    const qint64 cap = qMin(options.maxBytes, jsonCap);
    const QByteArray data = input.read(cap + 1);
    if (data.size() > cap)
        return Error::make(ErrorKind::TooLarge, QStringLiteral("too_large"),
            QStringLiteral("JSON documents are limited to %1 bytes.").arg(cap));
    JsonError error;
    const QJsonDocument doc = readJson(data, &error);
    if (!error.ok())
        return Error::make(ErrorKind::Invalid, QStringLiteral("malformed"),
            QStringLiteral("Not valid JSON at offset %1: %2").arg(error.offset).arg(error.message));

    QJsonArray posts, comments;
    auto classify = [&](const QJsonArray &array) {
        for (const QJsonValue &v : array) {
            if (v.toObject().contains(QLatin1String("postId")))
                comments.append(v);
            else
                posts.append(v);
        }
    };
    if (doc.isArray()) {
        classify(doc.array());
    } else {
        const QJsonObject root = doc.object();
        if (root.contains(QLatin1String("posts")) || root.contains(QLatin1String("comments"))) {
            classify(root.value(QLatin1String("posts")).toArray());
            classify(root.value(QLatin1String("comments")).toArray());
        } else {
            classify(QJsonArray {root});
        }
    }

    int index = 0;
    for (const QJsonValue &v : std::as_const(posts)) {
        ++index;
        const QJsonObject o = v.toObject();
        const QString id = idText(o.value(QLatin1String("id")));
        const QJsonValue title = o.value(QLatin1String("title"));
        if (id.isEmpty() || !title.isString() || title.toString().trimmed().isEmpty()) {
            sink.skipped(
                {0, QStringLiteral("post #%1: needs a numeric id and a title").arg(index)});
            continue;
        }
        FeedItem item;
        item.externalId = id;
        item.title = title.toString().left(1000);
        item.description = o.value(QLatin1String("body")).toString();
        item.category = QStringLiteral("post");
        const QString user = idText(o.value(QLatin1String("userId")));
        if (!user.isEmpty())
            item.location = QStringLiteral("user %1").arg(user);
        if (auto written = sink.item(item); !written)
            return written;
        if (options.cancel && options.cancel->load())
            return Error::make(ErrorKind::Invalid, QStringLiteral("cancelled"),
                QStringLiteral("The import was cancelled."));
    }
    index = 0;
    for (const QJsonValue &v : std::as_const(comments)) {
        ++index;
        const QJsonObject o = v.toObject();
        FeedComment c;
        c.externalId = idText(o.value(QLatin1String("id")));
        c.eventExternalId = idText(o.value(QLatin1String("postId")));
        c.authorName = o.value(QLatin1String("name")).toString();
        c.authorEmail = o.value(QLatin1String("email")).toString();
        c.body = o.value(QLatin1String("body")).toString();
        if (c.externalId.isEmpty() || c.eventExternalId.isEmpty() || c.body.isEmpty()) {
            sink.skipped({0, QStringLiteral("comment #%1: needs id, postId and body").arg(index)});
            continue;
        }
        if (auto written = sink.comment(c); !written)
            return written;
    }
    return {};
}

} // namespace Eventdesk::Feeds
