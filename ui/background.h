// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Eventdesk::Gui {

// The window's one way to do slow work (exports, imports, password hashing, long writes): off
// the GUI thread, with progress and a result back on the GUI thread.

// Runs work() on a pool thread and hands its result to done() on context's thread, queued
// through a QFutureWatcher. If context is destroyed first, done() is never called (the work
// still finishes; whatever it uses must outlive the pool, which waits for it).
template<typename R, typename Work, typename Done>
void runInBackground(QThreadPool &pool, QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, done = std::move(done)]() mutable {
            watcher->deleteLater();
            if (watcher->future().resultCount() > 0)
                done(watcher->future().result());
        });
    auto promise = std::make_shared<QPromise<R>>();
    watcher->setFuture(promise->future());
    pool.start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

// The same with progress: work(report) may call report(done) from the pool thread as often as
// it likes; progress(done) runs on context's thread (queued, skipped once context is gone).
using ProgressReport = std::function<void(qint64 done)>;
template<typename R, typename Work, typename Progress, typename Done>
void runInBackground(QThreadPool &pool, QObject *context, Work work, Progress progress, Done done)
{
    QPointer<QObject> guard(context);
    auto shared = std::make_shared<Progress>(std::move(progress));
    ProgressReport report = [guard, shared](qint64 value) {
        if (QObject *target = guard.data())
            QMetaObject::invokeMethod(
                target,
                [guard, shared, value] {
                    if (guard)
                        (*shared)(value);
                },
                Qt::QueuedConnection);
    };
    runInBackground<R>(
        pool, context, [work = std::move(work), report]() mutable { return work(report); },
        std::move(done));
}

} // namespace Eventdesk::Gui
