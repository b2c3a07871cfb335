// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerxmlparser.h"

#include "timeutil.h"

#include <QIODevice>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace Eventdesk::Feeds {

using namespace Core;

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

int digits(QStringView s, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

Error fatal(const QString &code, const QString &message)
{
    return Error::make(ErrorKind::Invalid, code, message);
}

} // namespace

std::optional<qint64> parseProviderDate(QStringView text)
{
    if (text.size() == 19 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':' && text[16] == u':') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    }
    if (auto parsed = parseTimestamp(text))
        return parsed->toMSecsSinceEpoch();
    return std::nullopt;
}

Result<void> ProviderXmlParser::parse(QIODevice &input, FeedSink &sink, const ParseOptions &options)
{
    QXmlStreamReader xml;
    qint64 total = 0;
    qint64 atLastToken = 0;
    enum class Version { None, Old, New } version = Version::None;

    // The base element being read and the plan inside it.
    struct Base
    {
        bool active = false;
        QString id, title, sellMode, error;
    } base;
    struct Plan
    {
        bool active = false;
        FeedItem item;
        QString error;
        qint64 line = 0;
        int zones = 0;
    } plan;

    auto readMore = [&]() -> Result<bool> {
        if (options.cancel && options.cancel->load())
            return fatal(QStringLiteral("cancelled"), QStringLiteral("The import was cancelled."));
        const QByteArray chunk = input.read(chunkBytes);
        if (chunk.isEmpty())
            return false;
        total += chunk.size();
        if (total > options.maxBytes)
            return Error::make(ErrorKind::TooLarge, QStringLiteral("too_large"),
                QStringLiteral("The document is larger than %1 bytes.").arg(options.maxBytes));
        if (total - atLastToken > options.maxTokenBytes)
            return Error::make(ErrorKind::TooLarge, QStringLiteral("token_too_large"),
                QStringLiteral("An element or attribute near line %1 is larger than %2 bytes.")
                    .arg(xml.lineNumber())
                    .arg(options.maxTokenBytes));
        xml.addData(chunk);
        return true;
    };

    for (;;) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                auto more = readMore();
                if (!more)
                    return more.error();
                if (*more)
                    continue;
                return fatal(QStringLiteral("malformed"),
                    QStringLiteral("The document ends early (line %1).").arg(xml.lineNumber()));
            }
            const QString why = xml.errorString();
            const bool encoding = why.contains(QLatin1String("encod"), Qt::CaseInsensitive);
            return fatal(encoding ? QStringLiteral("encoding") : QStringLiteral("malformed"),
                QStringLiteral("Not well-formed XML at line %1, column %2: %3")
                    .arg(xml.lineNumber())
                    .arg(xml.columnNumber())
                    .arg(why));
        }
        atLastToken = total;
        switch (token) {
        case QXmlStreamReader::DTD:
            return fatal(QStringLiteral("dtd_refused"),
                QStringLiteral("Documents with a DTD are refused (entity expansion)."));
        case QXmlStreamReader::EntityReference:
            return fatal(QStringLiteral("malformed"),
                QStringLiteral("Unresolved entity reference at line %1.").arg(xml.lineNumber()));
        case QXmlStreamReader::EndDocument:
            if (version == Version::None)
                return fatal(QStringLiteral("unsupported_format"),
                    QStringLiteral("No eventList or planList element."));
            return {};
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            const QXmlStreamAttributes attrs = xml.attributes();
            auto attr = [&attrs](const char *key) { return attrs.value(QLatin1StringView(key)); };
            if (version == Version::None) {
                if (name == u"eventList")
                    version = Version::Old;
                else if (name == u"planList")
                    version = Version::New;
                else
                    return fatal(QStringLiteral("unsupported_format"),
                        QStringLiteral("The root element <%1> is neither eventList nor planList.")
                            .arg(name));
                break;
            }
            const bool old = version == Version::Old;
            if (name == QLatin1StringView(old ? "base_event" : "base_plan")) {
                base = Base {};
                base.active = true;
                base.id = attr(old ? "base_event_id" : "base_plan_id").toString();
                base.title = attr("title").toString();
                base.sellMode = attr("sell_mode").toString();
                if (base.id.isEmpty())
                    base.error = QStringLiteral("%1 without an id").arg(name);
                else if (base.title.isEmpty())
                    base.error = QStringLiteral("%1 %2 without a title").arg(name, base.id);
                else if (base.sellMode.isEmpty())
                    base.error = QStringLiteral("%1 %2 without sell_mode").arg(name, base.id);
            } else if (base.active && name == QLatin1StringView(old ? "event" : "plan")) {
                plan = Plan {};
                plan.active = true;
                plan.line = xml.lineNumber();
                FeedItem &item = plan.item;
                item.planId = attr(old ? "event_id" : "plan_id").toString();
                item.baseId = base.id;
                item.title = base.title;
                item.sellMode = base.sellMode;
                item.category = QStringLiteral("provider");
                item.externalId = base.id + u':' + item.planId;
                item.soldOut = attr("sold_out") == u"true";
                const QStringView startText = attr(old ? "event_date" : "plan_start_date");
                item.startsAt = parseProviderDate(startText);
                if (!old) {
                    const QStringView endText = attr("plan_end_date");
                    item.endsAt = parseProviderDate(endText);
                    if (!item.endsAt)
                        plan.error = QStringLiteral("plan %1:%2: bad plan_end_date '%3'")
                                         .arg(base.id, item.planId, endText);
                }
                if (!item.startsAt)
                    plan.error = QStringLiteral("%1 %2:%3: bad start date '%4'")
                                     .arg(name, base.id, item.planId, startText);
                if (item.planId.isEmpty())
                    plan.error = QStringLiteral("%1 in %2 without an id").arg(name, base.id);
                if (!base.error.isEmpty())
                    plan.error = base.error;
                if (plan.error.isEmpty() && item.endsAt && *item.endsAt < *item.startsAt)
                    plan.error = QStringLiteral("plan %1:%2 ends before it starts")
                                     .arg(base.id, item.planId);
            } else if (plan.active && name == u"zone") {
                const QStringView priceText = attr(old ? "max_price" : "price");
                bool ok = false;
                const double price = priceText.toDouble(&ok);
                if (!ok || price < 0 || !qIsFinite(price)) {
                    sink.skipped(FeedIssue {xml.lineNumber(),
                        QStringLiteral("zone %1 of %2: bad price '%3'")
                            .arg(attr("zone_id"), plan.item.externalId, priceText)});
                    break;
                }
                FeedItem &item = plan.item;
                item.minPrice = item.minPrice ? qMin(*item.minPrice, price) : price;
                item.maxPrice = item.maxPrice ? qMax(*item.maxPrice, price) : price;
                ++plan.zones;
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.name();
            const bool old = version == Version::Old;
            if (plan.active && name == QLatin1StringView(old ? "event" : "plan")) {
                plan.active = false;
                if (!plan.error.isEmpty()) {
                    sink.skipped({plan.line, plan.error});
                } else {
                    if (auto written = sink.item(plan.item); !written)
                        return written.error();
                }
            } else if (name == QLatin1StringView(old ? "base_event" : "base_plan")) {
                if (!base.error.isEmpty() && !plan.line)
                    sink.skipped({xml.lineNumber(), base.error});
                base.active = false;
                plan = Plan {};
            }
            break;
        }
        default:
            break;
        }
    }
}

} // namespace Eventdesk::Feeds
