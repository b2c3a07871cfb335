-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Failed logins and refused sign-ups, shared by every server process on this database (issue
-- 13): a throttle key ("login/a/<e-mail key>", "login/ip/<address>", "device/a/device:<id>",
-- "signup/ip/<address>") and its count. SQLite keeps these in the one process's memory.
CREATE TABLE login_throttle (
    key           TEXT   PRIMARY KEY,
    failures      INT    NOT NULL,
    last_failure  BIGINT NOT NULL,
    blocked_until BIGINT NOT NULL
);
CREATE INDEX login_throttle_age ON login_throttle (last_failure);
