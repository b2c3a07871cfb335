// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdispatcher.h"
#include "changehub.h"
#include "outboundguard.h"
#include "timeutil.h"
#include "webhookservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cerrno>
#include <cmath>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Eventdesk::Feeds {

using namespace Eventdesk::Core;

namespace {

constexpr int fanOutBatch = 500;
constexpr int pollMs = 2000; // writes by other processes (eventdesk import)
constexpr qint64 pruneEveryMs = 3600000;
constexpr int batchMs = 5; // a pass gathers what arrives within this
constexpr qint64 logNoticeMs = 250;

} // namespace

WebhookDispatcherConfig WebhookDispatcherConfig::fromEnvironment()
{
    WebhookDispatcherConfig config;
    bool ok = false;
    const qint64 base = qEnvironmentVariableIntValue("EVENTDESK_WEBHOOK_RETRY_BASE_MS", &ok);
    if (ok && base > 0) {
        // The whole schedule keeps its shape: cap and give-up scale with the base.
        const double scale = double(base) / double(config.retryBaseMs);
        config.retryBaseMs = base;
        config.retryCapMs = qMax<qint64>(base, qint64(double(config.retryCapMs) * scale));
        config.giveUpAfterMs = qMax<qint64>(base, qint64(double(config.giveUpAfterMs) * scale));
        config.disableAfterMs = qMax<qint64>(base, qint64(double(config.disableAfterMs) * scale));
    }
    if (const int nice = qEnvironmentVariableIntValue("EVENTDESK_WEBHOOK_NICE", &ok); ok)
        config.niceness = qBound(0, nice, 19);
    return config;
}

qint64 WebhookDispatcher::retryDelay(
    int attempt, const WebhookDispatcherConfig &config, double jitter)
{
    const int doublings = qBound(0, attempt - 1, 40);
    const double grown = double(config.retryBaseMs) * std::pow(2.0, doublings);
    const double capped = qMin(grown, double(config.retryCapMs));
    return qMax<qint64>(1, qint64(capped * (0.8 + 0.4 * qBound(0.0, jitter, 1.0))));
}

QString WebhookDispatcher::destinationError(const QUrl &url, bool allowPrivate)
{
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return QStringLiteral("only http and https destinations are allowed");
    const QString host = url.host();
    if (host.isEmpty())
        return QStringLiteral("the URL has no host");
    if (allowPrivate)
        return {};
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0
        || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return QStringLiteral("%1 is a local destination").arg(host);
    QHostAddress address;
    if (!address.setAddress(host))
        return {}; // a name: send() checks every address it resolves to (the outbound guard)
    if (OutboundGuard::isPrivate(address))
        return QStringLiteral("%1 is a private, loopback, link-local or multicast address")
            .arg(host);
    return {};
}

QByteArray WebhookDispatcher::body(const QString &type, qint64 createdAt, const QByteArray &data)
{
    return "{\"type\":\"" + type.toUtf8() + "\",\"timestamp\":\"" + toRfc3339(createdAt).toUtf8()
        + "\",\"data\":" + (data.isEmpty() ? QByteArray("{}") : data) + '}';
}

// Lives on the dispatcher's thread: the network manager, the timers and the in-flight books.
class WebhookDispatcher::Worker : public QObject
{
public:
    explicit Worker(WebhookDispatcher &owner)
        : m_owner(owner)
    { }

    void init()
    {
        lowerPriority(m_owner.m_config.niceness);
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { pass(); });
        m_batch.setSingleShot(true);
        m_batch.setInterval(batchMs);
        QObject::connect(&m_batch, &QTimer::timeout, this, [this] { pass(); });
        m_poll.setInterval(pollMs);
        QObject::connect(&m_poll, &QTimer::timeout, this, [this] { pass(); });
        m_poll.start();
        pass();
    }

    // From any thread: a pass soon, at most one posted at a time.
    void wake()
    {
        if (m_wakePosted.exchange(true))
            return;
        // A pass a few milliseconds later carries every change and completion that arrived
        // meanwhile: one fan-out and one record transaction for many, so the dispatcher takes
        // SQLite's write lock rarely (a writer that finds it taken sleeps in its busy handler).
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_wakePosted = false;
                if (!m_batch.isActive())
                    m_batch.start();
            },
            Qt::QueuedConnection);
    }

    void stopAll()
    {
        m_stopping = true;
        m_timer.stop();
        m_batch.stop();
        m_poll.stop();
        delete m_network; // aborts what is in flight; a restart sends it again
        m_network = nullptr;
        settle(nowMsecs());
    }

private:
    // Before the network manager starts its thread, which inherits it. Linux schedules threads:
    // the nice value of this one alone (QThread's priorities do nothing under SCHED_OTHER).
    static void lowerPriority(int niceness)
    {
        if (niceness <= 0)
            return;
#ifdef Q_OS_LINUX
        errno = 0;
        const int current = getpriority(PRIO_PROCESS, id_t(gettid()));
        if (errno == 0)
            (void)setpriority(PRIO_PROCESS, id_t(gettid()), qMin(19, current + niceness));
#else
        QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
    }

    // Records what finished and fans out what is new: one write transaction per pass (more only
    // while the outbox holds over fanOutBatch new rows), none when there is nothing to do.
    void settle(qint64 now)
    {
        bool recorded = m_done.isEmpty();
        for (;;) {
            auto read = m_owner.m_store.settle(recorded ? QList<DeliveryAttempt> {} : m_done,
                m_owner.m_mayAllSee, now, fanOutBatch);
            if (!read) {
                qWarning("webhooks: cannot record and fan out: %s",
                    qUtf8Printable(read.error().message));
                return;
            }
            if (!recorded) {
                m_done.clear();
                recorded = true;
                m_logChanged = true;
            }
            if (*read < fanOutBatch)
                break;
        }
        // The window's delivery log follows at most a few times a second (id 0: many rows; the
        // dispatcher's own wake-up on it only reads).
        if (m_logChanged && now - m_loggedAt >= logNoticeMs) {
            m_logChanged = false;
            m_loggedAt = now;
            m_owner.m_changes.notify(ChangeHub::Topic::Webhooks);
        }
    }

    void pass()
    {
        if (m_stopping)
            return;
        const qint64 now = nowMsecs();
        settle(now);
        if (now - m_prunedAt > pruneEveryMs) {
            m_prunedAt = now;
            (void)m_owner.m_store.prune(now - m_owner.m_config.keepMs);
        }
        auto due = m_owner.m_store.due(now, m_owner.m_config.perWebhook, m_inFlight);
        if (due) {
            for (const DueDelivery &delivery : std::as_const(*due)) {
                if (m_perHook.value(delivery.webhookId) >= m_owner.m_config.perWebhook)
                    continue;
                send(delivery);
            }
        }
        // Due deliveries held back by the per-subscription limit go when a slot frees (each
        // completion runs a pass); later ones wake the timer.
        auto next = m_owner.m_store.nextDue();
        if (next && *next && **next > now)
            m_timer.start(int(qMin<qint64>(**next - now, pollMs)));
    }

    void send(const DueDelivery &delivery)
    {
        const QUrl url(delivery.url);
        m_inFlight.insert(delivery.id);
        ++m_perHook[delivery.webhookId];
        const bool allowPrivate = m_owner.m_guard.allowPrivate(); // one reading per attempt
        if (const QString refused = destinationError(url, allowPrivate); !refused.isEmpty()) {
            finish(delivery, 0, refused, 0);
            return;
        }
        // A name: what it resolves to must pass the same outbound guard as feed fetches (one
        // private address refuses it). Redirects are not followed, so this is the only check.
        if (QHostAddress literal; !allowPrivate && !literal.setAddress(url.host())) {
            if (auto checked = OutboundGuard(false).checkUrl(url); !checked) {
                finish(delivery, 0, checked.error().message, 0);
                return;
            }
        }
        const QByteArray data = m_owner.m_render(delivery.type, delivery.snapshot);
        const QByteArray payload = body(delivery.type, delivery.messageCreatedAt, data);
        const QByteArray id = "msg_" + QByteArray::number(delivery.id);
        const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
        QNetworkRequest request(url);
        request.setTransferTimeout(m_owner.m_config.timeoutMs);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(
            QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Eventdesk-Webhooks/1"));
        request.setRawHeader("webhook-id", id);
        request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
        request.setRawHeader(
            "webhook-signature", WebhookService::sign(delivery.secret, id, timestamp, payload));
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_network->post(request, payload);
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, delivery, clock] {
            reply->deleteLater();
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString error = reply->error() == QNetworkReply::NoError || code != 0
                ? QString()
                : reply->errorString();
            finish(delivery, code, error, clock.elapsed());
        });
    }

    void finish(const DueDelivery &delivery, int code, const QString &error, qint64 latencyMs)
    {
        if (m_stopping)
            return; // aborted by stop(): not an attempt; still pending for the next start
        m_inFlight.remove(delivery.id);
        if (--m_perHook[delivery.webhookId] <= 0)
            m_perHook.remove(delivery.webhookId);
        const WebhookDispatcherConfig &config = m_owner.m_config;
        const qint64 now = nowMsecs();
        DeliveryAttempt attempt;
        attempt.deliveryId = delivery.id;
        attempt.webhookId = delivery.webhookId;
        attempt.code = code;
        attempt.error = error.isEmpty() && (code < 200 || code > 299)
            ? QStringLiteral("HTTP %1").arg(code)
            : error;
        attempt.latencyMs = latencyMs;
        attempt.at = now;
        if (code >= 200 && code <= 299) {
            attempt.status = QStringLiteral("delivered");
            attempt.error.clear();
        } else if (code == 410) {
            attempt.status = QStringLiteral("failed");
            attempt.disableReason = QStringLiteral("gone");
        } else {
            const bool givingUp = now - delivery.createdAt >= config.giveUpAfterMs;
            attempt.status = givingUp ? QStringLiteral("failed") : QStringLiteral("pending");
            attempt.nextAttemptAt = now
                + retryDelay(
                    delivery.attempts + 1, config, QRandomGenerator::global()->generateDouble());
            if (delivery.failingSince != 0 && now - delivery.failingSince >= config.disableAfterMs)
                attempt.disableReason = QStringLiteral("failing");
        }
        m_done.append(attempt);
        if (!attempt.disableReason.isEmpty()) {
            settle(now); // the owner is told at once (the window follows ChangeHub)
            m_owner.m_changes.notify(ChangeHub::Topic::Webhooks, delivery.webhookId);
        }
        wake();
    }

    WebhookDispatcher &m_owner;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_timer {this};
    QTimer m_poll {this};
    QTimer m_batch {this};
    QSet<qint64> m_inFlight;
    QHash<qint64, int> m_perHook;
    QList<DeliveryAttempt> m_done;
    std::atomic<bool> m_wakePosted {false};
    bool m_stopping = false;
    bool m_logChanged = false;
    qint64 m_loggedAt = 0;
    qint64 m_prunedAt = 0;
};

WebhookDispatcher::WebhookDispatcher(WebhookStore &store, ChangeHub &changes, Renderer render,
    MayAllSee mayAllSee, WebhookDispatcherConfig config)
    : m_store(store)
    , m_changes(changes)
    , m_render(std::move(render))
    , m_mayAllSee(std::move(mayAllSee))
    , m_config(config)
    , m_guard(config.allowPrivate)
{ }

WebhookDispatcher::~WebhookDispatcher()
{
    stop();
}

void WebhookDispatcher::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("eventdesk-webhooks"));
    m_worker = new Worker(*this);
    m_worker->moveToThread(m_thread);
    QObject::connect(
        m_thread, &QThread::started, m_worker, [worker = m_worker] { worker->init(); });
    // Direct: filters in the writer's thread, so /track's announcements cost nothing here.
    QObject::connect(
        &m_changes, &ChangeHub::changed, m_worker,
        [worker = m_worker](ChangeHub::Topic topic, qint64) {
            switch (topic) {
            case ChangeHub::Topic::Events:
            case ChangeHub::Topic::Participation:
            case ChangeHub::Topic::Comments:
            case ChangeHub::Topic::Imports:
            case ChangeHub::Topic::Webhooks:
                worker->wake();
                break;
            default:
                break;
            }
        },
        Qt::DirectConnection);
    m_thread->start();
}

void WebhookDispatcher::stop()
{
    if (!m_thread)
        return;
    QObject::disconnect(&m_changes, nullptr, m_worker, nullptr);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stopAll(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

} // namespace Eventdesk::Feeds
