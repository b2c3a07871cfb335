-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Events, their participants and comments. Times are UTC milliseconds since the epoch.
-- Local events have source 'local' and no external id; imported ones have no owner.
CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    title             TEXT    NOT NULL,
    description       TEXT    NOT NULL DEFAULT '',
    starts_at         INTEGER NOT NULL,
    ends_at           INTEGER,
    location          TEXT    NOT NULL DEFAULT '',
    category          TEXT    NOT NULL DEFAULT '',
    owner_id          INTEGER REFERENCES users(id) ON DELETE CASCADE,
    source            TEXT    NOT NULL DEFAULT 'local',
    external_id       TEXT,
    sell_mode         TEXT,
    min_price         REAL,
    max_price         REAL,
    sold_out          INTEGER NOT NULL DEFAULT 0,
    participant_count INTEGER NOT NULL DEFAULT 0,
    version           INTEGER NOT NULL DEFAULT 1,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX events_starts_at ON events(starts_at, id);
CREATE INDEX events_owner ON events(owner_id, starts_at);

CREATE TABLE participants (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, user_id)
) WITHOUT ROWID;
CREATE INDEX participants_user ON participants(user_id, event_id);

-- The participant count reads in O(1) and stays exact: the same transaction that changes a
-- participation changes the count.
CREATE TRIGGER participants_count_insert AFTER INSERT ON participants BEGIN
    UPDATE events SET participant_count = participant_count + 1 WHERE id = NEW.event_id;
END;
CREATE TRIGGER participants_count_delete AFTER DELETE ON participants BEGIN
    UPDATE events SET participant_count = participant_count - 1 WHERE id = OLD.event_id;
END;

CREATE TABLE comments (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    author_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    author_name  TEXT    NOT NULL DEFAULT '',
    author_email TEXT    NOT NULL DEFAULT '',
    body         TEXT    NOT NULL,
    source       TEXT    NOT NULL DEFAULT 'local',
    external_id  TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX comments_event ON comments(event_id, created_at, id);
