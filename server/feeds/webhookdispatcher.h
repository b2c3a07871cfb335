// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outboundguard.h"
#include "webhooks.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace Eventdesk::Core {
class ChangeHub;
}

namespace Eventdesk::Feeds {

// The retry schedule and the limits of the dispatcher. The defaults are the documented
// schedule (docs/webhooks.md); tests shrink retryBaseMs (EVENTDESK_WEBHOOK_RETRY_BASE_MS).
struct WebhookDispatcherConfig
{
    qint64 retryBaseMs = 5000;        // the delay after the first failed attempt
    qint64 retryCapMs = 3600000;      // no delay grows beyond an hour
    qint64 giveUpAfterMs = 86400000;  // a delivery is retried for 24 h, then failed
    qint64 disableAfterMs = 86400000; // a subscription failing this long is disabled
    int timeoutMs = 10000;            // per attempt: no answer in time is a failure
    int perWebhook = 4;               // attempts in flight per subscription
    bool allowPrivate = false;        // loopback/private/link-local destinations, at start
    qint64 keepMs = 7LL * 86400000;   // finished deliveries stay this long in the log
    // The dispatcher's thread (and the network thread it starts) runs at this nice value, so on a
    // busy machine deliveries yield the CPU to the API's threads instead of halving their share;
    // they catch up when the burst ends. 0 keeps the process's priority.
    int niceness = 10;

    // Reads EVENTDESK_WEBHOOK_RETRY_BASE_MS (scales the whole schedule) and
    // EVENTDESK_WEBHOOK_NICE (0-19; benchmarks).
    static WebhookDispatcherConfig fromEnvironment();
};

// Delivers the outbox: on its own thread with its own QNetworkAccessManager, never on the API
// thread and never inside a write transaction. It wakes on every ChangeHub announcement (and
// at the next due retry, and every few seconds for writes made by other processes), fans new
// outbox rows out into deliveries, and POSTs each due delivery signed as Standard Webhooks
// specifies. At most perWebhook attempts per subscription are in flight, so a slow or dead
// receiver delays only its own deliveries.
class WebhookDispatcher
{
public:
    // Renders a message's data (the changed resource as the API shows it) from its snapshot.
    using Renderer = std::function<QByteArray(const QString &type, const QByteArray &snapshot)>;
    // Whether a user sees everything (admins).
    using MayAllSee = std::function<bool(qint64 userId)>;

    WebhookDispatcher(Core::WebhookStore &store, Core::ChangeHub &changes, Renderer render,
        MayAllSee mayAllSee, WebhookDispatcherConfig config = {});
    ~WebhookDispatcher();
    WebhookDispatcher(const WebhookDispatcher &) = delete;
    WebhookDispatcher &operator=(const WebhookDispatcher &) = delete;

    void start();
    // Where deliveries may go; starts as config.allowPrivate says and may be changed at any
    // time from any thread (the admin's outbound setting): each attempt reads it.
    OutboundGuard &guard() { return m_guard; }
    // Waits for the thread; attempts in flight are abandoned (and sent again after a restart).
    void stop();

    // The delay before attempt `attempt` + 1 after `attempt` failures (1-based), with the
    // jitter fraction in [0, 1) spreading it by +-20 %.
    static qint64 retryDelay(int attempt, const WebhookDispatcherConfig &config, double jitter);
    // Why the destination is refused; empty when it may be called. The one place that decides
    // where webhooks may go (DNS names are checked by the outbound guard once it exists).
    static QString destinationError(const QUrl &url, bool allowPrivate);
    // {"type","timestamp","data"} as sent.
    static QByteArray body(const QString &type, qint64 createdAt, const QByteArray &data);

private:
    class Worker;
    Core::WebhookStore &m_store;
    Core::ChangeHub &m_changes;
    Renderer m_render;
    MayAllSee m_mayAllSee;
    WebhookDispatcherConfig m_config;
    OutboundGuard m_guard;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace Eventdesk::Feeds
