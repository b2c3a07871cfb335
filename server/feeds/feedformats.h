// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtypes.h"

namespace Eventdesk::Feeds {

// The parsers, the format sniffer and the .ics writer behind Core::FeedFormats.
class FeedFormats : public Core::FeedFormats
{
public:
    std::unique_ptr<Core::FeedParser> parser(Core::FeedFormat format) const override;
    Core::FeedFormat sniff(const QByteArray &contentType, const QByteArray &head) const override;
    QByteArray exportICalendar(const QList<Core::StoredEvent> &events) const override;
};

} // namespace Eventdesk::Feeds
