-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every feed has an owner (issue 9): feeds made before ownership existed (in the window, or by
-- a deleted account) go to the first admin. Without any account they stay ownerless until the
-- first account exists; only admins may manage ownerless feeds.
UPDATE feeds SET created_by = (SELECT min(id) FROM users WHERE role = 'admin')
    WHERE created_by IS NULL;
-- Feeds that read local files were only ever meant for the window and the command line. One
-- that a member added over the API could make the scheduler read the OS user's files: it is
-- switched off (its owner or an admin may point it at an http(s) URL and switch it back on).
UPDATE feeds SET enabled = 0
    WHERE location NOT LIKE 'http://%' AND location NOT LIKE 'https://%'
      AND created_by IS NOT NULL
      AND created_by NOT IN (SELECT id FROM users WHERE role = 'admin');
