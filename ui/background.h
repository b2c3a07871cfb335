// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace Eventdesk::Gui {

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

} // namespace Eventdesk::Gui
