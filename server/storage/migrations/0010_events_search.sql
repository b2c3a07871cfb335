-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full-text search over event titles and descriptions (the list's `q`), kept in step with the
-- events table by triggers, so imported events are searchable too. Plus the indexes that the
-- window's sortable columns and the source filter page through (keyset, never OFFSET).
CREATE VIRTUAL TABLE events_fts USING fts5(
    title, description, content = 'events', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO events_fts(events_fts) VALUES ('rebuild');

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, title, description) VALUES (NEW.id, NEW.title, NEW.description);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, title, description)
        VALUES ('delete', OLD.id, OLD.title, OLD.description);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF title, description ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, title, description)
        VALUES ('delete', OLD.id, OLD.title, OLD.description);
    INSERT INTO events_fts(rowid, title, description) VALUES (NEW.id, NEW.title, NEW.description);
END;

CREATE INDEX events_title ON events(title COLLATE NOCASE, id);
CREATE INDEX events_participants ON events(participant_count, id);
CREATE INDEX events_source ON events(source, starts_at, id);
