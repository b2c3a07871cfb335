-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Feeds, their import runs, and what imported events need beyond the events table.
-- Times are UTC milliseconds since the epoch.
CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL,
    location         TEXT    NOT NULL,
    format           TEXT    NOT NULL DEFAULT 'auto',
    source           TEXT    NOT NULL,
    interval_seconds INTEGER NOT NULL DEFAULT 3600,
    enabled          INTEGER NOT NULL DEFAULT 1,
    etag             TEXT    NOT NULL DEFAULT '',
    last_modified    TEXT    NOT NULL DEFAULT '',
    last_run_at      INTEGER NOT NULL DEFAULT 0,
    last_status      TEXT    NOT NULL DEFAULT '',
    last_error       TEXT    NOT NULL DEFAULT '',
    last_import_id   INTEGER NOT NULL DEFAULT 0,
    next_run_at      INTEGER NOT NULL DEFAULT 0,
    created_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX feeds_due ON feeds(next_run_at) WHERE enabled = 1 AND interval_seconds > 0;

-- One row per run, kept when its feed is deleted.
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    feed_id     INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    source      TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    added       INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    error_code  TEXT    NOT NULL DEFAULT '',
    errors      TEXT    NOT NULL DEFAULT '[]',
    bytes       INTEGER NOT NULL DEFAULT 0,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL DEFAULT 0,
    fetch_ms    INTEGER NOT NULL DEFAULT 0,
    parse_ms    INTEGER NOT NULL DEFAULT 0,
    commit_ms   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX imports_feed ON imports(feed_id, id);

-- A provider plan that was ever sold online stays searchable for good (ever_online never goes
-- back to 0). uuid is the plan's stable id in the provider-search contract.
ALTER TABLE events ADD COLUMN ever_online INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN base_id TEXT;
ALTER TABLE events ADD COLUMN plan_id TEXT;
ALTER TABLE events ADD COLUMN uuid TEXT;
CREATE INDEX events_searchable ON events(starts_at) WHERE ever_online = 1;
