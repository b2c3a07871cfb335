// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackwriter.h"
#include "changehub.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

#include <chrono>

namespace Eventdesk::Core {

TrackWriter::TrackWriter(CollectorStore &store, ChangeHub &changes, Mode mode,
    qsizetype maxQueuedEvents, std::chrono::microseconds minCommitInterval)
    : m_store(store)
    , m_changes(changes)
    , m_maxQueued(maxQueuedEvents)
    , m_minCommitInterval(minCommitInterval)
    , m_mode(mode)
{
    if (m_mode == Mode::Thread)
        m_thread = std::thread([this] { run(); });
    m_checkpointer = std::thread([this] { checkpointLoop(); });
}

void TrackWriter::checkpointLoop()
{
    using namespace std::chrono_literals;
    // Every 250 ms when idle; right behind the writer while it commits, so that when the WAL
    // is full (see SqliteCollectorStore) the writer has only the last few frames to copy before
    // SQLite can start the WAL over.
    std::chrono::milliseconds pause = 250ms;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_checkpointWake.wait_for(lock, pause, [this] { return m_stopping; });
        lock.unlock();
        const Result<int> left = m_store.checkpoint();
        if (!left)
            qWarning("TrackWriter: checkpoint failed: %s", qUtf8Printable(left.error().message));
        pause = left && *left > 0 ? 5ms : 250ms;
        lock.lock();
    }
}

TrackWriter::~TrackWriter()
{
    stop();
}

void TrackWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_checkpointWake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    if (m_checkpointer.joinable())
        m_checkpointer.join();
    if (m_mode == Mode::EventLoop) {
        // The loop's thread is gone or about to go: commit what it left (answers are dropped
        // safely by the Responder when their sockets are gone).
        std::vector<Job> jobs;
        {
            std::lock_guard lock(m_mutex);
            jobs.swap(m_queue);
        }
        if (!jobs.empty())
            commit(jobs);
        m_loopContext.reset();
    }
}

void TrackWriter::flushLoop()
{
    std::vector<Job> jobs;
    {
        std::lock_guard lock(m_mutex);
        jobs.swap(m_queue);
        m_queuedEvents = 0;
        m_flushScheduled = false;
    }
    if (jobs.empty())
        return;
    commit(jobs);
    announce();
}

void TrackWriter::announce()
{
    // At most one announcement per 100 ms, and a trailing one so the last commit is seen.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastAnnounce >= 100) {
        m_lastAnnounce = now;
        m_changes.notify(ChangeHub::Topic::Tracking, 0);
    } else {
        QTimer::singleShot(int(100 - (now - m_lastAnnounce)), m_loopContext.get(), [this] {
            if (QDateTime::currentMSecsSinceEpoch() - m_lastAnnounce >= 100) {
                m_lastAnnounce = QDateTime::currentMSecsSinceEpoch();
                m_changes.notify(ChangeHub::Topic::Tracking, 0);
            }
        });
    }
}

bool TrackWriter::submit(QList<PendingEvent> events, QList<PendingError> errors, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || (m_queuedEvents > 0 && m_queuedEvents + events.size() > m_maxQueued))
            return false;
        m_queuedEvents += events.size() + errors.size();
        m_queue.push_back(Job {std::move(events), std::move(errors), std::move(done)});
        if (m_mode == Mode::EventLoop) {
            const bool sameThread
                = m_loopContext && m_loopContext->thread() == QThread::currentThread();
            if (m_flushScheduled && sameThread)
                return true;
            m_flushScheduled = true;
        }
    }
    if (m_mode == Mode::Thread) {
        m_wake.notify_one();
        return true;
    }
    // The context lives on the submitting (API) thread; a restarted server has a new thread.
    if (!m_loopContext || m_loopContext->thread() != QThread::currentThread())
        m_loopContext = std::make_unique<QObject>();
    QMetaObject::invokeMethod(
        m_loopContext.get(), [this] { flushLoop(); }, Qt::QueuedConnection);
    return true;
}

void TrackWriter::run()
{
    using namespace std::chrono_literals;
    // The window hears about new events at most every 100 ms, however many commits there are.
    auto lastNotify = std::chrono::steady_clock::now() - 1s;
    bool unannounced = false;
    auto lastCommit = std::chrono::steady_clock::now() - 1s;
    std::vector<Job> jobs;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (unannounced)
                m_wake.wait_for(lock, 100ms, [this] { return m_stopping || !m_queue.empty(); });
            else
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            if (!m_stopping && !m_queue.empty() && m_minCommitInterval.count() > 0) {
                // Commits at most once per interval: under load a group then carries more
                // events, so fewer pages are written per event (docs/collector.md).
                const auto due = lastCommit + m_minCommitInterval;
                lock.unlock();
                std::this_thread::sleep_until(due);
                lock.lock();
            }
            jobs.swap(m_queue);
            m_queuedEvents = 0;
        }
        if (!jobs.empty()) {
            lastCommit = std::chrono::steady_clock::now();
            commit(jobs);
            jobs.clear();
            unannounced = true;
        }
        const auto now = std::chrono::steady_clock::now();
        if (unannounced && now - lastNotify >= 100ms) {
            m_changes.notify(ChangeHub::Topic::Tracking, 0);
            lastNotify = now;
            unannounced = false;
        }
    }
    if (unannounced)
        m_changes.notify(ChangeHub::Topic::Tracking, 0);
}

void TrackWriter::commit(std::vector<Job> &jobs)
{
    QList<PendingEvent> events;
    QList<PendingError> errors;
    if (jobs.size() == 1) {
        events = std::move(jobs.front().events);
        errors = std::move(jobs.front().errors);
    } else {
        qsizetype eventCount = 0;
        qsizetype errorCount = 0;
        for (const Job &job : jobs) {
            eventCount += job.events.size();
            errorCount += job.errors.size();
        }
        events.reserve(eventCount);
        errors.reserve(errorCount);
        for (Job &job : jobs) {
            events.append(job.events);
            errors.append(job.errors);
        }
    }
    // Sizes per job, before the lists were moved from.
    QList<qsizetype> sizes;
    sizes.reserve(qsizetype(jobs.size()));
    if (jobs.size() == 1)
        sizes.append(events.size());
    else
        for (const Job &job : jobs)
            sizes.append(job.events.size());

    const Result<QList<WriteResult>> written = m_store.write(events, errors);
    if (written) {
        m_commits.fetch_add(1);
        m_committedEvents.fetch_add(quint64(events.size()));
    }
    qsizetype offset = 0;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        const qsizetype size = sizes.at(qsizetype(i));
        if (written)
            jobs[i].done(written->mid(offset, size));
        else
            jobs[i].done(written.error());
        offset += size;
    }
}

} // namespace Eventdesk::Core
