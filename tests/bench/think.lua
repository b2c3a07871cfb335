-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script: each connection waits 8 ms between its requests (16 connections: at most about
-- 2,000 requests/s), so latency is measured at a bounded rate instead of at saturation.
function delay()
    return 8
end
