// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One feed parser (FUZZ_PARSER: ProviderXmlParser, ICalendarParser or JsonApiParser) on
// arbitrary bytes: it either reports an error or hands over items, and never crashes.
#include "fuzzsupport.h"
#include "icalendarparser.h"
#include "jsonapiparser.h"
#include "providerxmlparser.h"

#include <QBuffer>
#include <QDateTime>

#include <cstdint>

using namespace Eventdesk;

namespace {

class CountingSink : public Core::FeedSink
{
public:
    Core::Result<void> item(const Core::FeedItem &item) override
    {
        FUZZ_CHECK(!item.externalId.isEmpty());
        if (item.startsAt && item.endsAt)
            (void)(*item.endsAt - *item.startsAt);
        ++items;
        return {};
    }
    Core::Result<void> comment(const Core::FeedComment &comment) override
    {
        (void)comment.body.size();
        ++comments;
        return {};
    }
    void skipped(const Core::FeedIssue &issue) override
    {
        (void)issue;
        ++issues;
    }
    int items = 0;
    int comments = 0;
    int issues = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    Core::ParseOptions options;
    options.maxBytes = 1024 * 1024;
    options.maxTokenBytes = 64 * 1024;
    options.windowStart = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    options.windowEnd = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    options.maxOccurrences = 200;
    CountingSink sink;
    Feeds::FUZZ_PARSER parser;
    const Core::Result<void> result = parser.parse(input, sink, options);
    if (!result)
        FUZZ_CHECK(!result.error().code.isEmpty());
    return 0;
}
