// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectorstore.h"
#include "collectortypes.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Eventdesk::Core {

class ChangeHub;

// The single writer of tracked events, with group commit. Requests submit their checked events
// from the API thread; the writer thread takes everything that queued up while it was busy and
// commits it in ONE transaction (durably), then calls every request's callback with its results.
// Under load a commit carries the events of many requests; when idle a request is committed at
// once. Callbacks run on the writer thread (the API's Responder is safe from any thread).
class TrackWriter
{
public:
    using Done = std::function<void(const Result<QList<WriteResult>> &)>;

    // Thread: a writer thread of its own commits while the submitting thread goes on.
    // EventLoop: the commit runs on the submitting thread's event loop, on its next pass after
    // the first submit, with everything submitted during that pass; no thread hops, so answers
    // go straight to the sockets. The app uses Thread (faster on this machine, see
    // docs/benchmarks.md); EventLoop is the default of this class.
    enum class Mode { Thread, EventLoop };

    // maxQueuedEvents bounds memory: beyond it submit() refuses (the API answers 503).
    // minCommitInterval: Thread mode's shortest time between the starts of two commits
    // (CollectorConfig::minCommitIntervalUs).
    TrackWriter(CollectorStore &store, ChangeHub &changes, Mode mode = Mode::EventLoop,
        qsizetype maxQueuedEvents = 200'000,
        std::chrono::microseconds minCommitInterval = std::chrono::microseconds(500));
    ~TrackWriter(); // commits what is queued, then stops
    TrackWriter(const TrackWriter &) = delete;
    TrackWriter &operator=(const TrackWriter &) = delete;

    // Returns false (and does not call done) when the queue is full or the writer stopped.
    bool submit(QList<PendingEvent> events, QList<PendingError> errors, Done done);
    void stop();
    Mode mode() const { return m_mode; }

    quint64 commits() const { return m_commits.load(); }
    quint64 committedEvents() const { return m_committedEvents.load(); }

private:
    struct Job
    {
        QList<PendingEvent> events;
        QList<PendingError> errors;
        Done done;
    };
    void run();
    void commit(std::vector<Job> &jobs);
    void flushLoop();
    void checkpointLoop();
    void announce();

    CollectorStore &m_store;
    ChangeHub &m_changes;
    const qsizetype m_maxQueued;
    // Thread mode: the shortest time between the starts of two commits.
    const std::chrono::microseconds m_minCommitInterval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_checkpointWake;
    std::vector<Job> m_queue;
    qsizetype m_queuedEvents = 0;
    bool m_stopping = false;
    const Mode m_mode;
    std::unique_ptr<QObject> m_loopContext; // EventLoop mode: lives on the submitting thread
    bool m_flushScheduled = false;
    qint64 m_lastAnnounce = 0;
    std::atomic<quint64> m_commits {0};
    std::atomic<quint64> m_committedEvents {0};
    std::thread m_thread;       // starts after the members above exist
    std::thread m_checkpointer; // copies the WAL into the database file every 250 ms
};

} // namespace Eventdesk::Core
