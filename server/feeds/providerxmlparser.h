// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtypes.h"

namespace Eventdesk::Feeds {

// The event provider's XML feed, both generations, read as a stream (QXmlStreamReader fed in
// 64 KiB chunks, so a huge file is never held in memory and a size cap stops it early):
//   old: eventList/output/base_event/event/zone  (event_date, zone max_price)
//   new: planList/output/base_plan/plan/zone     (plan_start_date, plan_end_date, zone price)
// One item per plan keyed "<base id>:<plan id>"; min and max price over its zones. A bad plan
// or zone is skipped and reported; a DTD (entity bombs), malformed XML, a wrong encoding or an
// oversized document or token ends the parse with a reason.
class ProviderXmlParser : public Core::FeedParser
{
public:
    Core::Result<void> parse(
        QIODevice &input, Core::FeedSink &sink, const Core::ParseOptions &options) override;
};

// "2021-06-30T21:00:00" (the provider's zone-less times, read as UTC) or RFC 3339.
std::optional<qint64> parseProviderDate(QStringView text);

} // namespace Eventdesk::Feeds
