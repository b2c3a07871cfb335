// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerxmlparser.h"

#include "timeutil.h"

#include <QIODevice>
#include <QTimeZone>

#include <charconv>
#include <cstring>

#include <expat.h>

namespace Eventdesk::Feeds {

using namespace Core;

// Expat rather than QXmlStreamReader: the provider feed is the hot path (100,000 plans x 10
// zones) and expat reads it about four times faster, in UTF-8, without building QStrings for
// every attribute. Its hostile-input defaults are kept and tightened: any DOCTYPE or entity
// declaration stops the parse, so no entity is ever expanded.

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

int digits(const char *s, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

Error fatal(const QString &code, const QString &message)
{
    return Error::make(ErrorKind::Invalid, code, message);
}

std::optional<qint64> dateUtf8(const char *text)
{
    if (!text)
        return std::nullopt;
    if (std::strlen(text) == 19 && text[4] == '-' && text[7] == '-' && text[10] == 'T'
        && text[13] == ':' && text[16] == ':') {
        const QDate date(digits(text, 4), digits(text + 5, 2), digits(text + 8, 2));
        const QTime time(digits(text + 11, 2), digits(text + 14, 2), digits(text + 17, 2));
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    }
    // Not the fast form: the general parser (not parseProviderDate, which sends 19-character
    // texts back here: "2026-01-01T10x00:00" recursed until the stack overflowed;
    // fuzz_providerxml).
    if (auto parsed = parseTimestamp(QString::fromUtf8(text)))
        return parsed->toMSecsSinceEpoch();
    return std::nullopt;
}

struct State
{
    XML_Parser parser = nullptr;
    FeedSink *sink = nullptr;
    enum class Version { None, Old, New } version = Version::None;
    std::optional<Error> error; // fatal: stops the parse
    qint64 lastEvent = 0;       // byte offset of the last callback (token size cap)

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
    } plan;

    qint64 line() const { return qint64(XML_GetCurrentLineNumber(parser)); }
    void stop(Error e)
    {
        if (!error)
            error = std::move(e);
        XML_StopParser(parser, XML_FALSE);
    }
    bool old() const { return version == Version::Old; }
};

const char *attr(const XML_Char **atts, const char *name)
{
    for (int i = 0; atts[i]; i += 2) {
        if (std::strcmp(atts[i], name) == 0)
            return atts[i + 1];
    }
    return nullptr;
}

const char *firstAttr(const XML_Char **atts, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (const char *value = attr(atts, name))
            return value;
    }
    return nullptr;
}

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

void XMLCALL onStart(void *data, const XML_Char *name, const XML_Char **atts)
{
    auto &s = *static_cast<State *>(data);
    s.lastEvent = XML_GetCurrentByteIndex(s.parser);
    if (s.version == State::Version::None) {
        if (std::strcmp(name, "eventList") == 0)
            s.version = State::Version::Old;
        else if (std::strcmp(name, "planList") == 0)
            s.version = State::Version::New;
        else
            s.stop(fatal(QStringLiteral("unsupported_format"),
                QStringLiteral("The root element <%1> is neither eventList nor planList.")
                    .arg(text(name))));
        return;
    }
    const bool old = s.old();
    if (std::strcmp(name, old ? "base_event" : "base_plan") == 0) {
        s.base = State::Base {};
        s.base.active = true;
        s.base.id = text(attr(atts, old ? "base_event_id" : "base_plan_id"));
        s.base.title = text(attr(atts, "title"));
        s.base.sellMode = text(attr(atts, "sell_mode"));
        if (s.base.id.isEmpty())
            s.base.error = QStringLiteral("%1 without an id").arg(text(name));
        else if (s.base.title.isEmpty())
            s.base.error = QStringLiteral("%1 %2 without a title").arg(text(name), s.base.id);
        else if (s.base.sellMode.isEmpty())
            s.base.error = QStringLiteral("%1 %2 without sell_mode").arg(text(name), s.base.id);
    } else if (s.base.active && std::strcmp(name, old ? "event" : "plan") == 0) {
        s.plan = State::Plan {};
        s.plan.active = true;
        s.plan.line = s.line();
        FeedItem &item = s.plan.item;
        item.planId = text(attr(atts, old ? "event_id" : "plan_id"));
        item.baseId = s.base.id;
        item.title = s.base.title;
        item.sellMode = s.base.sellMode;
        item.category = QStringLiteral("provider");
        item.externalId = s.base.id + u':' + item.planId;
        const char *soldOut = attr(atts, "sold_out");
        item.soldOut = soldOut && std::strcmp(soldOut, "true") == 0;
        // Both dialects of each generation: event_date or event_start_date/event_end_date (old),
        // plan_start_date/plan_end_date (new); the end is required in the new one only.
        const char *startText
            = firstAttr(atts, {"plan_start_date", "event_start_date", "event_date"});
        item.startsAt = dateUtf8(startText);
        QString &error = s.plan.error;
        const char *endText = firstAttr(atts, {"plan_end_date", "event_end_date"});
        if (endText || !old) {
            item.endsAt = dateUtf8(endText);
            if (!item.endsAt)
                error = QStringLiteral("%1 %2:%3: bad end date '%4'")
                            .arg(text(name), s.base.id, item.planId, text(endText));
        }
        if (!item.startsAt)
            error = QStringLiteral("%1 %2:%3: bad start date '%4'")
                        .arg(text(name), s.base.id, item.planId, text(startText));
        if (item.planId.isEmpty())
            error = QStringLiteral("%1 in %2 without an id").arg(text(name), s.base.id);
        if (!s.base.error.isEmpty())
            error = s.base.error;
        if (error.isEmpty() && item.endsAt && *item.endsAt < *item.startsAt)
            error = QStringLiteral("plan %1:%2 ends before it starts").arg(s.base.id, item.planId);
    } else if (s.plan.active && std::strcmp(name, "zone") == 0) {
        // Whichever price fields the zone has (price, max_price, min_price): min and max over all.
        FeedItem &item = s.plan.item;
        std::optional<double> low, high;
        for (int i = 0; atts[i]; i += 2) { // one pass over the zone's attributes (hot path)
            const char *field = atts[i];
            if (!(field[0] == 'p' && std::strcmp(field, "price") == 0)
                && !(field[0] == 'm'
                    && (std::strcmp(field, "max_price") == 0
                        || std::strcmp(field, "min_price") == 0)))
                continue;
            const char *priceText = atts[i + 1];
            double price = 0;
            const char *end = priceText + std::strlen(priceText);
            const auto parsed = std::from_chars(priceText, end, price);
            if (parsed.ec != std::errc() || parsed.ptr != end || price < 0 || !qIsFinite(price)) {
                s.sink->skipped(FeedIssue {s.line(),
                    QStringLiteral("zone %1 of %2: bad %3 '%4'")
                        .arg(text(attr(atts, "zone_id")), item.externalId, text(field),
                            text(priceText))});
                return;
            }
            low = low ? qMin(*low, price) : price;
            high = high ? qMax(*high, price) : price;
        }
        if (!low) {
            s.sink->skipped(FeedIssue {s.line(),
                QStringLiteral("zone %1 of %2: no price")
                    .arg(text(attr(atts, "zone_id")), item.externalId)});
            return;
        }
        item.minPrice = item.minPrice ? qMin(*item.minPrice, *low) : *low;
        item.maxPrice = item.maxPrice ? qMax(*item.maxPrice, *high) : *high;
    }
}

void XMLCALL onEnd(void *data, const XML_Char *name)
{
    auto &s = *static_cast<State *>(data);
    s.lastEvent = XML_GetCurrentByteIndex(s.parser);
    const bool old = s.old();
    if (s.plan.active && std::strcmp(name, old ? "event" : "plan") == 0) {
        s.plan.active = false;
        if (!s.plan.error.isEmpty()) {
            s.sink->skipped({s.plan.line, s.plan.error});
        } else if (auto written = s.sink->item(s.plan.item); !written) {
            s.stop(written.error());
        }
    } else if (std::strcmp(name, old ? "base_event" : "base_plan") == 0) {
        if (!s.base.error.isEmpty() && !s.plan.line)
            s.sink->skipped({s.line(), s.base.error});
        s.base.active = false;
        s.plan = State::Plan {};
    }
}

void XMLCALL onText(void *data, const XML_Char *, int)
{
    auto &s = *static_cast<State *>(data);
    s.lastEvent = XML_GetCurrentByteIndex(s.parser);
}

void XMLCALL onDoctype(void *data, const XML_Char *, const XML_Char *, const XML_Char *, int)
{
    static_cast<State *>(data)->stop(fatal(QStringLiteral("dtd_refused"),
        QStringLiteral("Documents with a DTD are refused (entity expansion).")));
}

void XMLCALL onEntityDecl(void *data, const XML_Char *, int, const XML_Char *, int,
    const XML_Char *, const XML_Char *, const XML_Char *, const XML_Char *)
{
    static_cast<State *>(data)->stop(
        fatal(QStringLiteral("dtd_refused"), QStringLiteral("Entity declarations are refused.")));
}

struct ParserDeleter
{
    void operator()(XML_ParserStruct *p) const { XML_ParserFree(p); }
};

} // namespace

std::optional<qint64> parseProviderDate(QStringView text)
{
    if (text.size() == 19) {
        const QByteArray latin = text.toLatin1();
        if (latin[4] == '-' && latin[10] == 'T')
            return dateUtf8(latin.constData());
    }
    if (auto parsed = parseTimestamp(text))
        return parsed->toMSecsSinceEpoch();
    return std::nullopt;
}

Result<void> ProviderXmlParser::parse(QIODevice &input, FeedSink &sink, const ParseOptions &options)
{
    std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(XML_ParserCreate(nullptr));
    if (!parser)
        return Error::internal(QStringLiteral("Cannot create an XML parser."));
    State state;
    state.parser = parser.get();
    state.sink = &sink;
    XML_SetUserData(parser.get(), &state);
    XML_SetElementHandler(parser.get(), onStart, onEnd);
    XML_SetCharacterDataHandler(parser.get(), onText);
    XML_SetStartDoctypeDeclHandler(parser.get(), onDoctype);
    XML_SetEntityDeclHandler(parser.get(), onEntityDecl);
    XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);

    qint64 total = 0;
    QByteArray chunk;
    for (;;) {
        if (options.cancel && options.cancel->load())
            return fatal(QStringLiteral("cancelled"), QStringLiteral("The import was cancelled."));
        chunk = input.read(chunkBytes);
        const bool last = chunk.isEmpty();
        total += chunk.size();
        if (total > options.maxBytes)
            return Error::make(ErrorKind::TooLarge, QStringLiteral("too_large"),
                QStringLiteral("The document is larger than %1 bytes.").arg(options.maxBytes));
        const qint64 base = total - chunk.size();
        if (XML_Parse(parser.get(), chunk.constData(), int(chunk.size()), last) != XML_STATUS_OK) {
            if (state.error)
                return *state.error;
            const XML_Error code = XML_GetErrorCode(parser.get());
            const qint64 at = XML_GetCurrentByteIndex(parser.get());
            // Bytes that are not valid in the declared encoding surface as "invalid token".
            const bool badByte = at >= base && at < total
                && (static_cast<unsigned char>(chunk.at(at - base)) >= 0x80);
            const bool encoding = code == XML_ERROR_UNKNOWN_ENCODING
                || code == XML_ERROR_INCORRECT_ENCODING
                || (code == XML_ERROR_INVALID_TOKEN && badByte);
            if (code == XML_ERROR_NO_ELEMENTS && total == 0)
                return fatal(QStringLiteral("malformed"), QStringLiteral("The document is empty."));
            return fatal(encoding ? QStringLiteral("encoding") : QStringLiteral("malformed"),
                QStringLiteral("Not well-formed XML at line %1, column %2: %3")
                    .arg(XML_GetCurrentLineNumber(parser.get()))
                    .arg(XML_GetCurrentColumnNumber(parser.get()))
                    .arg(QString::fromUtf8(XML_ErrorString(code))));
        }
        if (state.error)
            return *state.error;
        if (last)
            break;
        if (total - state.lastEvent > options.maxTokenBytes)
            return Error::make(ErrorKind::TooLarge, QStringLiteral("token_too_large"),
                QStringLiteral("An element or attribute near line %1 is larger than %2 bytes.")
                    .arg(XML_GetCurrentLineNumber(parser.get()))
                    .arg(options.maxTokenBytes));
    }
    if (state.version == State::Version::None)
        return fatal(QStringLiteral("unsupported_format"),
            QStringLiteral("No eventList or planList element."));
    return {};
}

} // namespace Eventdesk::Feeds
