-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The calendar reads the events that overlap a range (a month, a week). An event that starts
-- before the range may still run into it; the longest span tells how far back to look, and
-- this index answers max(span) without reading the table.
CREATE INDEX events_span ON events((coalesce(ends_at, starts_at) - starts_at));
