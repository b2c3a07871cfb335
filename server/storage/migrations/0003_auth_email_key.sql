-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- E-mails are unique without regard to case. COLLATE NOCASE (0001) folds ASCII only, so the
-- service also stores a Unicode case-folded key. Rows inserted without one (fixtures, older
-- code) get lower(email) from the trigger, which is exact for ASCII addresses.
ALTER TABLE users ADD COLUMN email_key TEXT;
UPDATE users SET email_key = lower(email) WHERE email_key IS NULL;
CREATE UNIQUE INDEX users_email_key ON users(email_key);
CREATE TRIGGER users_email_key_default AFTER INSERT ON users
    WHEN NEW.email_key IS NULL
BEGIN
    UPDATE users SET email_key = lower(NEW.email) WHERE id = NEW.id;
END;
-- Active tokens of a user, for logout-all.
CREATE INDEX tokens_user_active ON tokens(user_id) WHERE revoked_at IS NULL;
