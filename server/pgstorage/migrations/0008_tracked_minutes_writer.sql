-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The per-minute counts get one row per minute, type and writing connection. With one row per
-- minute and type, two server processes' writers upserted the same row in every batch, and
-- each waited for the other's commit (a row lock held to COMMIT): two processes stored half
-- of what one did. A writer now adds to its own row (writer = pg_backend_pid(), unique among
-- the connections alive at one time) and the chart sums the rows of a minute. Rows copied
-- from SQLite by `eventdesk migrate`, and the ones before this migration, have writer 0.
ALTER TABLE tracked_minutes ADD COLUMN writer INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tracked_minutes DROP CONSTRAINT tracked_minutes_pkey;
ALTER TABLE tracked_minutes ADD PRIMARY KEY (minute, category, name, writer);
