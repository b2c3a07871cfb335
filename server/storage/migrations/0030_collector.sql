-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The collector: trusted apps, the events they post, the events that were rejected, and the
-- validation rules per event type. Times are UTC milliseconds since the epoch.

-- Apps are revoked, never deleted, so the events they posted keep a meaningful app_id.
CREATE TABLE apps (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    owner_id   INTEGER REFERENCES users(id) ON DELETE CASCADE, -- null: created in the window
    key_hash   BLOB    NOT NULL UNIQUE,                        -- SHA-256 of the key
    key_hint   TEXT    NOT NULL,                               -- "eda_AbCd…" to tell keys apart
    scopes     TEXT    NOT NULL DEFAULT 'track',               -- space-separated
    revoked_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX apps_owner ON apps(owner_id, id);

-- No foreign key on app_id: the single writer only inserts app ids it resolved from a valid key,
-- and apps are never deleted; the check would cost a lookup per inserted row.
CREATE TABLE tracked_events (
    id              INTEGER PRIMARY KEY,
    app_id          INTEGER NOT NULL,
    session_id      TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    data            TEXT    NOT NULL,  -- JSON object, compact
    occurred_at     INTEGER NOT NULL,  -- the client's timestamp
    received_at     INTEGER NOT NULL,
    client_event_id TEXT               -- optional, for idempotent retries
);
-- Every list orders by (occurred_at, id); each filter has an index whose tail is occurred_at,
-- so a filtered page is a range scan in order, never a sort of the whole table.
CREATE INDEX tracked_events_session ON tracked_events(session_id, occurred_at);
CREATE INDEX tracked_events_type ON tracked_events(category, name, occurred_at);
CREATE INDEX tracked_events_time ON tracked_events(occurred_at);
CREATE INDEX tracked_events_app ON tracked_events(app_id, occurred_at);
CREATE UNIQUE INDEX tracked_events_client_id ON tracked_events(app_id, client_event_id)
    WHERE client_event_id IS NOT NULL;

-- Events per minute per type, kept by the writer in the same transaction as the events, so the
-- chart reads minutes x types rows instead of counting millions of events.
CREATE TABLE tracked_minutes (
    minute   INTEGER NOT NULL, -- start of the minute (of occurred_at)
    category TEXT    NOT NULL,
    name     TEXT    NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (minute, category, name)
) WITHOUT ROWID;

CREATE TABLE tracking_errors (
    id          INTEGER PRIMARY KEY,
    app_id      INTEGER,
    received_at INTEGER NOT NULL,
    payload     TEXT    NOT NULL, -- the event as sent
    reasons     TEXT    NOT NULL  -- JSON array of {field, message}
);
CREATE INDEX tracking_errors_received ON tracking_errors(received_at);
CREATE INDEX tracking_errors_app ON tracking_errors(app_id, received_at);

-- Validation rules for an event's data, per (category, name). See Core::EventRules.
CREATE TABLE event_types (
    category   TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    rules      TEXT    NOT NULL,
    built_in   INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (category, name)
) WITHOUT ROWID;

INSERT INTO event_types (category, name, rules, built_in, updated_at) VALUES
('page interaction', 'pageview',
 '{"fields":{"host":{"type":"string","required":true,"min_length":1,"max_length":255},"path":{"type":"string","required":true,"min_length":1,"max_length":2048}}}',
 1, 0),
('page interaction', 'cta click',
 '{"fields":{"host":{"type":"string","required":true,"min_length":1,"max_length":255},"path":{"type":"string","required":true,"min_length":1,"max_length":2048},"element":{"type":"string","required":true,"min_length":1,"max_length":255}}}',
 1, 0),
('form interaction', 'submit',
 '{"fields":{"host":{"type":"string","required":true,"min_length":1,"max_length":255},"path":{"type":"string","required":true,"min_length":1,"max_length":2048},"form":{"type":"object","required":true}}}',
 1, 0);

CREATE TABLE collector_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO collector_settings (key, value) VALUES ('strict_types', '0'), ('max_skew_ms', '10000');
