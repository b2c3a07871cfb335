-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The calendar's range read (EventStore::overlapping) from one index: a month over 100,000
-- events is ~5,000 neighbouring index entries instead of ~5,000 table rows scattered over the
-- file (2 ms instead of 8-30 ms; docs/benchmarks.md). It holds every column that read returns.
CREATE INDEX IF NOT EXISTS events_calendar ON events(starts_at, id, ends_at, owner_id, source,
    sold_out, participant_count, version, title, location);
