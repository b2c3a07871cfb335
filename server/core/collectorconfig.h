// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Eventdesk::Core {

// How the collector runs. Filled in app/ (Composition) from the command line
// (`--collector sync=full,commit-us=500,...`) over these defaults, and injected into the store,
// the writer and the controller, like Api::ApiConfig. docs/collector.md explains the figures.
struct CollectorConfig
{
    // Writer: synchronous=FULL fsyncs every group commit (power-loss durability, ~0.8x the
    // single-event rate); NORMAL survives a crash of the process.
    bool fullSync = false;
    // Writer: finish a checkpoint once the WAL holds this many 4 KiB frames (bounds the WAL).
    int walCheckpointFrames = 65536;
    // Writer thread: the shortest time between the starts of two commits.
    int minCommitIntervalUs = 500;
    // Commit on the API thread's event loop instead of the writer's own thread.
    bool writerOnEventLoop = false;
    // API: keep the whole ingest on the API thread (no worker pool for large batches).
    bool inlineIngest = false;

    // "sync=full|normal", "wal-frames=N", "commit-us=N", "writer=thread|loop", "inline=0|1",
    // comma-separated; an unknown key or value is an Invalid error naming it.
    [[nodiscard]] Result<void> apply(const QString &settings);
};

} // namespace Eventdesk::Core
