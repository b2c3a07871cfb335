// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedformats.h"

#include "icalendarparser.h"
#include "jsonapiparser.h"
#include "providerxmlparser.h"

#include <QStringDecoder>

namespace Eventdesk::Feeds {

using namespace Core;

std::unique_ptr<FeedParser> FeedFormats::parser(FeedFormat format) const
{
    switch (format) {
    case FeedFormat::Provider:
        return std::make_unique<ProviderXmlParser>();
    case FeedFormat::Json:
        return std::make_unique<JsonApiParser>();
    case FeedFormat::ICal:
        return std::make_unique<ICalendarParser>();
    case FeedFormat::Unknown:
        break;
    }
    return nullptr;
}

FeedFormat FeedFormats::sniff(const QByteArray &contentType, const QByteArray &head) const
{
    const QByteArray type = contentType.toLower();
    if (type.contains("calendar"))
        return FeedFormat::ICal;
    if (type.contains("json"))
        return FeedFormat::Json;
    if (type.contains("xml"))
        return FeedFormat::Provider;
    QByteArray utf8 = head;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        // UTF-16 with a byte-order mark: look at its first characters as UTF-8.
        QStringDecoder decoder(
            head.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        utf8 = QString(decoder(head.sliced(2, (head.size() - 2) & ~qsizetype(1)))).toUtf8();
    }
    QByteArrayView view(utf8);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    view = view.trimmed();
    if (view.startsWith("BEGIN:VCALENDAR") || view.startsWith("BEGIN:VEVENT")
        || view.startsWith("BEGIN:VTIMEZONE"))
        return FeedFormat::ICal;
    if (view.startsWith("{") || view.startsWith("["))
        return FeedFormat::Json;
    if (view.startsWith("<"))
        return FeedFormat::Provider;
    return FeedFormat::Unknown;
}

QByteArray FeedFormats::exportICalendar(const QList<StoredEvent> &events) const
{
    return Feeds::exportICalendar(events);
}

} // namespace Eventdesk::Feeds
