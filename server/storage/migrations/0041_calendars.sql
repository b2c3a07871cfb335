-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Calendar subscription URLs: /cal/<token>.ics serves its owner's own and joined events. Only
-- the token's SHA-256 is stored; deleting the row revokes the URL at once.
CREATE TABLE calendars (
    id           INTEGER PRIMARY KEY,
    owner_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash   BLOB    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX calendars_owner ON calendars(owner_id, id);
