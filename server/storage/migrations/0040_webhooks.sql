-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Webhooks: subscriptions, the outbox and the deliveries. Times are UTC milliseconds.
--
-- The outbox rows are written by triggers, so they are part of the very transaction (the very
-- statement) that makes the change they report, whichever code path writes: API, window,
-- command line, feed import. Each row keeps a snapshot of the changed row (raw columns, rendered
-- as the API shows it when delivered) and the audience that may see it.
CREATE TABLE webhooks (
    id              INTEGER PRIMARY KEY,
    owner_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    url             TEXT    NOT NULL,
    description     TEXT    NOT NULL DEFAULT '',
    events          TEXT    NOT NULL,              -- JSON array of types
    secret          TEXT    NOT NULL,              -- whsec_...: kept readable, it signs
    enabled         INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT    NOT NULL DEFAULT '',
    disabled_at     INTEGER NOT NULL DEFAULT 0,
    failing_since   INTEGER NOT NULL DEFAULT 0,    -- first failure since the last success
    from_outbox_id  INTEGER NOT NULL DEFAULT 0,    -- receives only messages after this one
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX webhooks_owner ON webhooks(owner_id, id);

-- AUTOINCREMENT: ids never come back after the newest rows were pruned, so the fan-out cursor
-- below can never skip a new row.
CREATE TABLE webhook_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    type            TEXT    NOT NULL,
    subject_id      INTEGER NOT NULL,
    audience        TEXT,                          -- JSON array of user ids; NULL: everyone
    webhook_id      INTEGER,                       -- only this subscription (ping)
    snapshot        TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);

-- How far the dispatcher has fanned the outbox out into deliveries (one row).
CREATE TABLE webhook_cursor (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    outbox_id INTEGER NOT NULL
);
INSERT INTO webhook_cursor (id, outbox_id) VALUES (1, 0);

CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,           -- the webhook-id is msg_<id>
    webhook_id      INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
    message_id      INTEGER NOT NULL REFERENCES webhook_outbox(id) ON DELETE CASCADE,
    status          TEXT    NOT NULL DEFAULT 'pending', -- pending, delivered, failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_code       INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    latency_ms      INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    finished_at     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(next_attempt_at)
    WHERE status = 'pending';
CREATE INDEX webhook_deliveries_hook ON webhook_deliveries(webhook_id, id);
CREATE INDEX webhook_deliveries_hook_due ON webhook_deliveries(webhook_id, next_attempt_at, id)
    WHERE status = 'pending';
CREATE INDEX webhook_deliveries_message ON webhook_deliveries(message_id);

-- The raw snapshots the triggers take.
CREATE VIEW webhook_event_rows AS
SELECT e.id AS id, json_object('id', e.id, 'title', e.title, 'description', e.description,
    'starts_at', e.starts_at, 'ends_at', e.ends_at, 'location', e.location,
    'category', e.category, 'owner_id', e.owner_id, 'owner_email', u.email,
    'source', e.source, 'external_id', e.external_id, 'min_price', e.min_price,
    'max_price', e.max_price, 'sold_out', e.sold_out,
    'participant_count', e.participant_count, 'version', e.version,
    'created_at', e.created_at, 'updated_at', e.updated_at) AS snapshot
FROM events e LEFT JOIN users u ON u.id = e.owner_id;

CREATE VIEW webhook_comment_rows AS
SELECT c.id AS id, json_object('id', c.id, 'event_id', c.event_id, 'author_id', c.author_id,
    'author_email', u.email, 'author_name', c.author_name, 'body', c.body, 'source', c.source,
    'created_at', c.created_at, 'updated_at', c.updated_at) AS snapshot
FROM comments c LEFT JOIN users u ON u.id = c.author_id;

-- Events made here (imported ones are reported by import.finished, one message per run).
CREATE TRIGGER webhook_event_created AFTER INSERT ON events WHEN NEW.source = 'local'
    AND EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, snapshot, created_at)
    SELECT 'event.created', NEW.id, snapshot, NEW.updated_at FROM webhook_event_rows
    WHERE id = NEW.id;
END;
-- The participant count also updates the row; only edits bump the version.
CREATE TRIGGER webhook_event_updated AFTER UPDATE ON events
WHEN NEW.source = 'local' AND NEW.version <> OLD.version
    AND EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, snapshot, created_at)
    SELECT 'event.updated', NEW.id, snapshot, NEW.updated_at FROM webhook_event_rows
    WHERE id = NEW.id;
END;
CREATE TRIGGER webhook_event_deleted BEFORE DELETE ON events WHEN OLD.source = 'local'
    AND EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, snapshot, created_at)
    SELECT 'event.deleted', OLD.id, snapshot,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM webhook_event_rows WHERE id = OLD.id;
END;

-- Who joined what: the participant and the event's owner may see it. Rows that go with a
-- deleted event (the cascade runs after the event row is gone) are no separate change. The
-- count is counted: the triggers that keep events.participant_count may run after this one.
CREATE TRIGGER webhook_participation_joined AFTER INSERT ON participants
WHEN EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, audience, snapshot, created_at)
    SELECT 'participation.joined', NEW.event_id, json_array(NEW.user_id, e.owner_id),
        json_object('event_id', NEW.event_id, 'user_id', NEW.user_id, 'user_email', u.email,
            'joined', json('true'), 'participant_count',
            (SELECT count(*) FROM participants p WHERE p.event_id = NEW.event_id)),
        NEW.joined_at
    FROM events e LEFT JOIN users u ON u.id = NEW.user_id WHERE e.id = NEW.event_id;
END;
CREATE TRIGGER webhook_participation_withdrawn AFTER DELETE ON participants
WHEN EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, audience, snapshot, created_at)
    SELECT 'participation.withdrawn', OLD.event_id, json_array(OLD.user_id, e.owner_id),
        json_object('event_id', OLD.event_id, 'user_id', OLD.user_id, 'user_email', u.email,
            'joined', json('false'), 'participant_count',
            (SELECT count(*) FROM participants p WHERE p.event_id = OLD.event_id)),
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM events e LEFT JOIN users u ON u.id = OLD.user_id WHERE e.id = OLD.event_id;
END;

CREATE TRIGGER webhook_comment_created AFTER INSERT ON comments WHEN NEW.source = 'local'
    AND EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, snapshot, created_at)
    SELECT 'comment.created', NEW.id, snapshot, NEW.updated_at FROM webhook_comment_rows
    WHERE id = NEW.id;
END;
CREATE TRIGGER webhook_comment_updated AFTER UPDATE OF body ON comments
WHEN NEW.source = 'local'
    AND EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, snapshot, created_at)
    SELECT 'comment.updated', NEW.id, snapshot, NEW.updated_at FROM webhook_comment_rows
    WHERE id = NEW.id;
END;
CREATE TRIGGER webhook_comment_deleted AFTER DELETE ON comments
WHEN OLD.source = 'local' AND EXISTS (SELECT 1 FROM events WHERE id = OLD.event_id)
    AND EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, snapshot, created_at)
    VALUES ('comment.deleted', OLD.id,
        json_object('id', OLD.id, 'event_id', OLD.event_id, 'author_id', OLD.author_id,
            'author_email', (SELECT email FROM users WHERE id = OLD.author_id),
            'author_name', OLD.author_name, 'body', OLD.body, 'source', OLD.source,
            'created_at', OLD.created_at, 'updated_at', OLD.updated_at),
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

-- A run reaches a final state once. Its feed's owner may see it (one-off imports: admins).
CREATE VIEW webhook_import_rows AS
SELECT i.id AS id, json_object('id', i.id, 'feed_id', i.feed_id, 'source', i.source,
    'format', i.format, 'status', i.status, 'added', i.added, 'updated', i.updated,
    'unchanged', i.unchanged, 'skipped', i.skipped, 'error_code', i.error_code,
    'errors', json(i.errors), 'bytes', i.bytes, 'started_at', i.started_at,
    'finished_at', i.finished_at, 'fetch_ms', i.fetch_ms, 'parse_ms', i.parse_ms,
    'commit_ms', i.commit_ms) AS snapshot,
    json_array((SELECT created_by FROM feeds f WHERE f.id = i.feed_id)) AS audience
FROM imports i;
CREATE TRIGGER webhook_import_finished_insert AFTER INSERT ON imports
WHEN NEW.status IN ('succeeded', 'not_modified', 'failed')
    AND EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, audience, snapshot, created_at)
    SELECT 'import.finished', NEW.id, audience, snapshot,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM webhook_import_rows WHERE id = NEW.id;
END;
CREATE TRIGGER webhook_import_finished AFTER UPDATE OF status ON imports
WHEN NEW.status IN ('succeeded', 'not_modified', 'failed')
    AND OLD.status NOT IN ('succeeded', 'not_modified', 'failed')
    AND EXISTS (SELECT 1 FROM webhooks) BEGIN
    INSERT INTO webhook_outbox (type, subject_id, audience, snapshot, created_at)
    SELECT 'import.finished', NEW.id, audience, snapshot,
        CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM webhook_import_rows WHERE id = NEW.id;
END;
