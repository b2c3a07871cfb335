-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the Collector caches in each process (app keys, event types, settings) is re-read when
-- this moves (Core::CollectorStore::configVersion): several processes on one database see each
-- other's revocations and rule changes at the next request, not at a restart.
CREATE TABLE collector_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);
INSERT INTO collector_version (id, version) VALUES (1, 0);

CREATE FUNCTION collector_config_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE collector_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER collector_apps_changed AFTER UPDATE OR DELETE ON apps
    FOR EACH STATEMENT EXECUTE FUNCTION collector_config_changed();
CREATE TRIGGER collector_types_changed AFTER INSERT OR UPDATE OR DELETE ON event_types
    FOR EACH STATEMENT EXECUTE FUNCTION collector_config_changed();
CREATE TRIGGER collector_settings_changed AFTER INSERT OR UPDATE OR DELETE ON collector_settings
    FOR EACH STATEMENT EXECUTE FUNCTION collector_config_changed();
