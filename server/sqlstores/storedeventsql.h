// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtypes.h"

namespace Eventdesk::SqlStores {

// The columns of events (alias e) that readStoredEvent() reads, in its order: what a feed export
// and a calendar subscription write.
#define EVENTDESK_STORED_EVENT_COLUMNS                                                             \
    "e.id, coalesce(e.uuid, ''), e.source, coalesce(e.external_id, ''), e.title, "                 \
    "e.description, e.location, e.starts_at, e.ends_at, e.min_price, e.max_price"

template<typename Statement> Core::StoredEvent readStoredEvent(const Statement &s)
{
    auto optionalReal = [&s](int column) {
        return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
    };
    Core::StoredEvent e;
    e.id = s.integer(0);
    e.uuid = s.text(1);
    e.source = s.text(2);
    e.externalId = s.text(3);
    e.title = s.text(4);
    e.description = s.text(5);
    e.location = s.text(6);
    e.startsAt = s.integer(7);
    e.endsAt = s.optionalInteger(8);
    e.minPrice = optionalReal(9);
    e.maxPrice = optionalReal(10);
    return e;
}

} // namespace Eventdesk::SqlStores
