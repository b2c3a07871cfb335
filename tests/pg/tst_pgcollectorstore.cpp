// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The collector store on PostgreSQL against the same store on SQLite: every case runs on both
// backends and must give the same answers (issue 13), including the group commit's duplicates
// within a batch, across batches and between two connections (two processes) writing the same
// event ids at the same time.
#include "authstore.h"
#include "collectorstore.h"
#include "pgcollectorstore.h"
#include "pgdatabase.h"
#include "storeset.h"
#include "teststores.h"

#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Eventdesk;
using Core::ErrorKind;
using Core::PendingEvent;

namespace {

// One backend under test: its stores (Testing::TestStores), and more store sets on the same
// database, each with its own connections, as another server process has.
struct Backend
{
    Testing::TestStores stores;
    QList<std::shared_ptr<Stores::StoreSet>> others;
    Core::CollectorStore *store = nullptr;

    Core::CollectorStore *openStore(const Core::CollectorConfig &config = {})
    {
        auto opened = Stores::StoreSet::open(stores.stores().url(), config);
        if (!opened)
            return nullptr;
        others.append(std::shared_ptr<Stores::StoreSet>(std::move(*opened)));
        return &others.last()->collector();
    }
    // A user that can own apps.
    qint64 addUser(const QString &email)
    {
        const auto created = stores.stores().auth().createUser(
            {email, email, QString(), "$argon2id$fake", 1000, Core::Admission::Any, {}},
            {email.toUtf8(), QStringLiteral("t"), 1000, 100'000});
        return created ? created->id : 0;
    }
    // The other store sets before the scratch database.
    ~Backend() { others.clear(); }
};

std::unique_ptr<Backend> openBackend(const QString &kind)
{
    auto backend = std::make_unique<Backend>();
    if (!backend->stores.open({}, kind == QLatin1String("postgresql")))
        return nullptr;
    backend->store = &backend->stores.stores().collector();
    return backend;
}

PendingEvent pending(
    const QByteArray &session, qint64 at, const QByteArray &id = {}, qint64 app = 1)
{
    return PendingEvent {
        app, session, "page interaction", "pageview", R"({"host":"h","path":"/"})", at, at, id};
}

qint64 sum(const QList<Core::MinuteCount> &counts)
{
    qint64 total = 0;
    for (const Core::MinuteCount &count : counts)
        total += count.count;
    return total;
}

QList<qint64> ids(const QList<Core::TrackedEvent> &events)
{
    QList<qint64> ids;
    for (const Core::TrackedEvent &event : events)
        ids.append(event.id);
    return ids;
}

} // namespace

class TestPgCollectorStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data() { Testing::addBackendRows(); }

    // The migration's built-in event types and default settings.
    void migrated_data() { backends_data(); }
    void migrated()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::CollectorStore &store = *backend->store;
        auto types = store.eventTypes();
        QVERIFY(types);
        QCOMPARE(types->size(), 3);
        QCOMPARE(types->at(0).category, QStringLiteral("form interaction"));
        QCOMPARE(types->at(1).name, QStringLiteral("cta click"));
        QVERIFY(types->at(2).builtIn);
        QCOMPARE(types->at(2)
                     .rules.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toObject()
                     .value(QStringLiteral("max_length"))
                     .toInt(),
            2048);
        auto settings = store.settings();
        QVERIFY(settings);
        QCOMPARE(settings->strictTypes, false);
        QCOMPARE(settings->maxSkewMs, 10000);
        QCOMPARE(*store.eventCount(), 0);
        QCOMPARE(*store.checkpoint() >= 0, true);
    }

    void apps_data() { backends_data(); }
    void apps()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::CollectorStore &store = *backend->store;
        const qint64 ann = backend->addUser(QStringLiteral("ann@example.org"));
        QVERIFY(ann > 0);
        Core::App window {0, QStringLiteral("window"), 0, QStringLiteral("eda_AbCd"),
            {QStringLiteral("track")}, 0, 100};
        auto first = store.insertApp(window, QByteArray("\x00\x01hash", 6));
        QVERIFY(first);
        QVERIFY(first->id > 0);
        Core::App owned = window;
        owned.name = QStringLiteral("Ann's app");
        owned.ownerId = ann;
        owned.scopes = QStringList {QStringLiteral("track"), QStringLiteral("read")};
        auto second = store.insertApp(owned, QByteArray("other"));
        QVERIFY(second);
        QVERIFY(second->id > first->id);

        // The same key hash twice is a conflict; an owner that does not exist is NotFound.
        QCOMPARE(store.insertApp(owned, QByteArray("other")).error().kind, ErrorKind::Conflict);
        owned.ownerId = 9999;
        QCOMPARE(store.insertApp(owned, QByteArray("third")).error().kind, ErrorKind::NotFound);

        auto all = store.apps(0);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).ownerId, 0);
        QCOMPARE(
            all->at(1).scopes, (QStringList {QStringLiteral("track"), QStringLiteral("read")}));
        auto anns = store.apps(ann);
        QVERIFY(anns);
        QCOMPARE(anns->size(), 1);
        QCOMPARE(anns->at(0).name, QStringLiteral("Ann's app"));

        auto found = store.appByKeyHash(QByteArray("\x00\x01hash", 6));
        QVERIFY(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->first.id, first->id);
        QCOMPARE((*found)->second, QByteArray("\x00\x01hash", 6));
        QVERIFY(!store.appByKeyHash("nope")->has_value());

        QVERIFY(store.revokeApp(first->id, 500));
        QVERIFY(store.revokeApp(first->id, 600)); // revoked once: the first time stays
        QCOMPARE(store.app(first->id)->revokedAt, 500);
        QCOMPARE(store.app(second->id)->revokedAt, 0);
        QCOMPARE(store.app(9999).error().kind, ErrorKind::NotFound);
    }

    // One batch, one transaction: a repeated client event id in the batch is a duplicate of the
    // first (its id), only stored events are counted per minute, rejected events are kept.
    void batch_data() { backends_data(); }
    void batch()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::CollectorStore &store = *backend->store;
        auto written = store.write(
            {pending("a", 60'000 * 5 + 1, "x"), pending("a", 60'000 * 5 + 2),
                pending("a", 60'000 * 5 + 3, "x"), pending("b", 60'000 * 6), pending("b", -1, "y")},
            {Core::PendingError {
                 1, 5, "{\"bad\":\"\\\"}\"", {{QStringLiteral("f"), QStringLiteral("m")}}},
                Core::PendingError {0, 6, "[]", {}}});
        QVERIFY(written);
        QCOMPARE(written->size(), 5);
        QVERIFY(!written->at(0).duplicate);
        QVERIFY(!written->at(1).duplicate);
        QVERIFY(written->at(2).duplicate);
        QCOMPARE(written->at(2).id, written->at(0).id);
        // Ids follow the batch's order.
        QVERIFY(written->at(0).id < written->at(1).id);
        QVERIFY(written->at(1).id < written->at(3).id);
        QVERIFY(written->at(3).id < written->at(4).id);
        QCOMPARE(*store.eventCount(), 4);

        auto minutes = store.minuteCounts(-60'000, 60'000 * 10);
        QVERIFY(minutes);
        QCOMPARE(minutes->size(), 3);
        QCOMPARE(minutes->at(0).minute, -60'000); // before 1970: the minute that holds it
        QCOMPARE(minutes->at(1).minute, 60'000 * 5);
        QCOMPARE(minutes->at(1).count, 2);
        QCOMPARE(minutes->at(1).category, QStringLiteral("page interaction"));
        QCOMPARE(minutes->at(1).name, QStringLiteral("pageview"));
        QCOMPARE(minutes->at(2).count, 1);

        auto errors = store.errors({});
        QVERIFY(errors);
        QCOMPARE(errors->size(), 2);
        QCOMPARE(errors->at(0).appId, 0); // newest first; no app
        QCOMPARE(errors->at(0).payload, QByteArray("[]"));
        QVERIFY(errors->at(0).reasons.isEmpty());
        QCOMPARE(errors->at(1).appId, 1);
        QCOMPARE(errors->at(1).payload, QByteArray("{\"bad\":\"\\\"}\""));
        QCOMPARE(errors->at(1).reasons.at(0).field, QStringLiteral("f"));
        QCOMPARE(errors->at(1).reasons.at(0).message, QStringLiteral("m"));

        // Only errors, or nothing at all, is a batch too.
        QVERIFY(store.write({}, {Core::PendingError {2, 7, "{}", {}}}));
        QCOMPARE(store.errors({})->size(), 3);
        auto nothing = store.write({}, {});
        QVERIFY(nothing);
        QVERIFY(nothing->isEmpty());
    }

    // Text goes in and comes back byte for byte (quotes, backslashes, braces and commas are
    // what an array literal escapes; "NULL" is text, not a null).
    void textRoundTrip_data() { backends_data(); }
    void textRoundTrip()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::CollectorStore &store = *backend->store;
        PendingEvent odd {7, "s \"1\", {2}\\ ", "caté", "NULL",
            "{\"q\":\"\\\"\\\\,{}\",\"n\":null}", 1000, 2000, "id,\"\\"};
        PendingEvent empty = pending("", 3000, "NULL", 7);
        empty.data = "{}";
        QVERIFY(store.write({odd, empty}, {}));
        Core::TrackQuery query;
        query.ascending = true;
        auto events = store.events(query);
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
        const Core::TrackedEvent &stored = events->at(0);
        QCOMPARE(stored.appId, 7);
        QCOMPARE(stored.sessionId, QStringLiteral("s \"1\", {2}\\ "));
        QCOMPARE(stored.category, QStringLiteral("caté"));
        QCOMPARE(stored.name, QStringLiteral("NULL"));
        QCOMPARE(stored.data, QByteArray("{\"q\":\"\\\"\\\\,{}\",\"n\":null}"));
        QCOMPARE(stored.occurredAt, 1000);
        QCOMPARE(stored.receivedAt, 2000);
        QCOMPARE(stored.clientEventId, QStringLiteral("id,\"\\"));
        QCOMPARE(events->at(1).sessionId, QString());
        QCOMPARE(events->at(1).clientEventId, QStringLiteral("NULL"));
        // No client event id: stored as none, never a duplicate.
        QVERIFY(store.write({pending("a", 1), pending("a", 1)}, {}));
        query.sessionId = QStringLiteral("a");
        auto plain = store.events(query);
        QCOMPARE(plain->size(), 2);
        QVERIFY(plain->at(0).clientEventId.isEmpty());
    }

    // A retry in a later batch is a duplicate with the stored id and is not counted again; the
    // same client id from another app is another event.
    void duplicatesAcrossBatches_data() { backends_data(); }
    void duplicatesAcrossBatches()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::CollectorStore &store = *backend->store;
        auto first = store.write({pending("a", 10, "x"), pending("a", 20, "y")}, {});
        QVERIFY(first);
        auto retry = store.write({pending("a", 30, "new"), pending("a", 10, "y"),
                                     pending("a", 10, "x"), pending("a", 10, "x", 2)},
            {});
        QVERIFY(retry);
        QVERIFY(!retry->at(0).duplicate);
        QVERIFY(retry->at(1).duplicate);
        QCOMPARE(retry->at(1).id, first->at(1).id);
        QVERIFY(retry->at(2).duplicate);
        QCOMPARE(retry->at(2).id, first->at(0).id);
        QVERIFY(!retry->at(3).duplicate);
        QCOMPARE(*store.eventCount(), 4);
        QCOMPARE(sum(*store.minuteCounts(0, 60'000)), 4);
        // The stored event is the first one, not the retry.
        Core::TrackQuery query;
        query.appId = 1;
        query.ascending = true;
        auto events = store.events(query);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(1).occurredAt, 20);
        QCOMPARE(events->at(1).clientEventId, QStringLiteral("y"));
    }

    // Two processes (two database objects, two threads, two connections) write the same event
    // ids at the same time, in opposite orders: each is stored once, both answers name the same
    // row, exactly one of them stored it, nothing deadlocks, and the minute counts add up.
    void concurrentSameEventId_data() { backends_data(); }
    void concurrentSameEventId()
    {
        QFETCH(QString, kind);
        Core::CollectorConfig full;
        full.fullSync = true;
        auto backend = openBackend(kind);
        QVERIFY(backend);
        auto other = backend->openStore(full);
        QVERIFY(other);
        constexpr int Rounds = 40;
        constexpr int PerBatch = 25;
        QList<Core::Result<QList<Core::WriteResult>>> answers[2];
        Core::CollectorStore *stores[2] = {backend->store, other};
        QList<QThread *> threads;
        for (int t = 0; t < 2; ++t) {
            threads.append(QThread::create([&, t] {
                for (int round = 0; round < Rounds; ++round) {
                    QList<PendingEvent> batch;
                    for (int i = 0; i < PerBatch; ++i) {
                        const int n = t == 0 ? i : PerBatch - 1 - i;
                        batch.append(pending("s" + QByteArray::number(t), round * 1000 + n,
                            QByteArray::number(round) + '-' + QByteArray::number(n)));
                    }
                    // And one event of its own, without a client id.
                    batch.append(pending("s" + QByteArray::number(t), round * 1000));
                    answers[t].append(stores[t]->write(batch, {}));
                }
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120'000));
            delete thread;
        }
        int storedByOne = 0;
        for (int round = 0; round < Rounds; ++round) {
            const auto &a = answers[0].at(round);
            const auto &b = answers[1].at(round);
            QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
            QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
            for (int i = 0; i < PerBatch; ++i) {
                const Core::WriteResult &x = a->at(i);
                const Core::WriteResult &y = b->at(PerBatch - 1 - i);
                QCOMPARE(x.id, y.id);
                QVERIFY(x.duplicate != y.duplicate);
                ++storedByOne;
            }
            QVERIFY(!a->at(PerBatch).duplicate);
            QVERIFY(!b->at(PerBatch).duplicate);
        }
        QCOMPARE(storedByOne, Rounds * PerBatch);
        const qint64 expected = Rounds * (PerBatch + 2);
        QCOMPARE(*backend->store->eventCount(), expected);
        QCOMPARE(*other->eventCount(), expected);
        QCOMPARE(sum(*backend->store->minuteCounts(0, Rounds * 1000)), expected);
    }

    // Two writers (two processes) count events of the same minute and type: PostgreSQL keeps
    // a row per writer so neither waits for the other's commit (migration 0008), and the chart
    // still reads one count per minute and type, the sum.
    void minuteCountsOfTwoWriters_data() { backends_data(); }
    void minuteCountsOfTwoWriters()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        auto other = backend->openStore();
        QVERIFY(other);
        QVERIFY(backend->store->write({pending("a", 60'000), pending("a", 61'000)}, {}));
        QVERIFY(other->write({pending("b", 62'000)}, {}));
        QVERIFY(backend->store->write({pending("a", 63'000), pending("a", 125'000)}, {}));
        const auto counts = backend->store->minuteCounts(0, 180'000);
        QVERIFY(counts);
        QCOMPARE(counts->size(), 2);
        QCOMPARE(counts->at(0).minute, qint64(60'000));
        QCOMPARE(counts->at(0).count, qint64(4));
        QCOMPARE(counts->at(1).minute, qint64(120'000));
        QCOMPARE(counts->at(1).count, qint64(1));
    }

    // The list's filters, order and keyset pages; the errors' filters and cursor; the counts of
    // some apps.
    void queries_data() { backends_data(); }
    void queries()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::CollectorStore &store = *backend->store;
        QList<PendingEvent> batch;
        for (int i = 0; i < 30; ++i) {
            PendingEvent e
                = pending(i % 2 ? "odd" : "even", 60'000 * (i / 10) + i % 3, {}, 1 + i % 3);
            if (i % 5 == 0)
                e.name = "cta click";
            batch.append(e);
        }
        auto written = store.write(batch,
            {Core::PendingError {1, 100, "{}", {}}, Core::PendingError {2, 200, "{}", {}},
                Core::PendingError {3, 300, "{}", {}}});
        QVERIFY(written);

        Core::TrackQuery query;
        auto newest = store.events(query);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 30);
        for (qsizetype i = 1; i < newest->size(); ++i) {
            const auto &before = newest->at(i - 1);
            const auto &after = newest->at(i);
            QVERIFY(before.occurredAt > after.occurredAt
                || (before.occurredAt == after.occurredAt && before.id > after.id));
        }

        // Keyset pages of 7, ascending, give every event once, in order.
        query.ascending = true;
        query.limit = 7;
        QList<qint64> paged;
        for (int page = 0; page < 10; ++page) {
            auto rows = store.events(query);
            QVERIFY(rows);
            if (rows->isEmpty())
                break;
            paged += ids(*rows);
            query.hasCursor = true;
            query.cursorTime = rows->last().occurredAt;
            query.cursorId = rows->last().id;
        }
        QList<qint64> all = ids(*newest);
        std::reverse(all.begin(), all.end());
        QCOMPARE(paged, all);

        Core::TrackQuery filtered;
        filtered.sessionId = QStringLiteral("odd");
        QCOMPARE(store.events(filtered)->size(), 15);
        filtered.category = QStringLiteral("page interaction");
        filtered.name = QStringLiteral("cta click");
        QCOMPARE(store.events(filtered)->size(), 3); // 5, 15, 25
        Core::TrackQuery byApp;
        byApp.appId = 2;
        QCOMPARE(store.events(byApp)->size(), 10);
        byApp.appId = 0;
        byApp.onlyApps = QList<qint64> {1, 3};
        QCOMPARE(store.events(byApp)->size(), 20);
        byApp.onlyApps = QList<qint64> {};
        QCOMPARE(store.events(byApp)->size(), 0);
        Core::TrackQuery range;
        range.from = 60'000;
        range.to = 60'000 * 2;
        QCOMPARE(store.events(range)->size(), 10);
        range.limit = 5000; // capped at 1000, not an error
        QCOMPARE(store.events(range)->size(), 10);

        Core::ErrorQuery errors;
        QCOMPARE(store.errors(errors)->size(), 3);
        errors.appId = 2;
        QCOMPARE(store.errors(errors)->at(0).receivedAt, 200);
        errors.appId = 0;
        errors.onlyApps = QList<qint64> {1, 3};
        QCOMPARE(store.errors(errors)->size(), 2);
        errors.onlyApps.reset();
        errors.from = 150;
        errors.to = 300;
        QCOMPARE(store.errors(errors)->size(), 1);
        errors = {};
        errors.limit = 1;
        auto newestError = store.errors(errors);
        QCOMPARE(newestError->at(0).receivedAt, 300);
        errors.beforeId = newestError->at(0).id;
        errors.limit = 50;
        QCOMPARE(store.errors(errors)->size(), 2);

        // Per minute: from the table for everyone, counted from the events for some apps.
        auto minutes = store.minuteCounts(0, 60'000 * 3);
        QVERIFY(minutes);
        QCOMPARE(minutes->size(), 6); // 3 minutes x (pageview, cta click)
        QCOMPARE(sum(*minutes), 30);
        QCOMPARE(minutes->at(0).name, QStringLiteral("cta click"));
        QCOMPARE(minutes->at(0).count, 2); // 0, 5
        auto ofApps = store.minuteCountsOfApps(0, 60'000 * 3, {1, 2});
        QVERIFY(ofApps);
        QCOMPARE(sum(*ofApps), 20);
        QCOMPARE(ofApps->at(0).minute, 0);
        auto ofAll = store.minuteCountsOfApps(0, 60'000 * 3, {1, 2, 3});
        QCOMPARE(ofAll->size(), minutes->size());
        for (qsizetype i = 0; i < minutes->size(); ++i) {
            QCOMPARE(ofAll->at(i).minute, minutes->at(i).minute);
            QCOMPARE(ofAll->at(i).name, minutes->at(i).name);
            QCOMPARE(ofAll->at(i).count, minutes->at(i).count);
        }
        QVERIFY(store.minuteCountsOfApps(0, 60'000, {})->isEmpty());
        // A window that starts within a minute still shows that minute: 0 and 60'000 here.
        auto touched = store.minuteCounts(59'999, 60'001);
        QCOMPARE(touched->size(), 4);
        QCOMPARE(touched->at(0).minute, 0);
        QCOMPARE(touched->at(3).minute, 60'000);
    }

    // Event types: add, change (a built-in one stays built in), delete; built-in ones cannot be
    // deleted. Names order byte by byte ("Zeta" before "alpha"), as SQLite's BINARY.
    void eventTypes_data() { backends_data(); }
    void eventTypes()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::CollectorStore &store = *backend->store;
        const QJsonObject rules {{QStringLiteral("fields"), QJsonObject()}};
        QVERIFY(store.putEventType(
            {QStringLiteral("custom"), QStringLiteral("alpha"), rules, true, 7}));
        QVERIFY(store.putEventType(
            {QStringLiteral("custom"), QStringLiteral("Zeta"), rules, false, 8}));
        QVERIFY(store.putEventType(
            {QStringLiteral("page interaction"), QStringLiteral("pageview"), rules, false, 9}));
        auto types = store.eventTypes();
        QVERIFY(types);
        QCOMPARE(types->size(), 5);
        QCOMPARE(types->at(0).name, QStringLiteral("Zeta"));
        QCOMPARE(types->at(1).name, QStringLiteral("alpha"));
        QVERIFY(!types->at(1).builtIn); // put never makes a type built in
        QCOMPARE(types->at(1).updatedAt, 7);
        QCOMPARE(types->at(1).rules, rules);
        const Core::EventType &pageview = types->at(4);
        QCOMPARE(pageview.name, QStringLiteral("pageview"));
        QVERIFY(pageview.builtIn);
        QCOMPARE(pageview.rules, rules);
        QCOMPARE(pageview.updatedAt, 9);

        auto builtIn
            = store.deleteEventType(QStringLiteral("page interaction"), QStringLiteral("pageview"));
        QVERIFY(!builtIn);
        QCOMPARE(builtIn.error().kind, ErrorKind::Conflict);
        QCOMPARE(builtIn.error().code, QStringLiteral("built_in_type"));
        auto missing = store.deleteEventType(QStringLiteral("custom"), QStringLiteral("none"));
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY(store.deleteEventType(QStringLiteral("custom"), QStringLiteral("alpha")));
        QCOMPARE(store.eventTypes()->size(), 4);
    }

    void settings_data() { backends_data(); }
    void settings()
    {
        QFETCH(QString, kind);
        auto backend = openBackend(kind);
        QVERIFY(backend);
        Core::CollectorStore &store = *backend->store;
        QVERIFY(store.putSettings({true, 1234}));
        auto settings = store.settings();
        QVERIFY(settings);
        QCOMPARE(settings->strictTypes, true);
        QCOMPARE(settings->maxSkewMs, 1234);
        QVERIFY(store.putSettings({false, 0}));
        QCOMPARE(store.settings()->strictTypes, false);
        QCOMPARE(store.settings()->maxSkewMs, 0);
    }

    // A server that cannot be reached: every call is Unavailable (503 with Retry-After).
    void unreachableIsUnavailable()
    {
        PgStorage::PgDatabase db(QStringLiteral("host=/nonexistent port=1 user=x dbname=x"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PgDatabase")));
        QVERIFY(!db.open());
        PgStorage::PgCollectorStore store(db);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PgDatabase")));
        const auto written = store.write({pending("a", 1, "x")}, {});
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::Unavailable);
        QCOMPARE(written.error().retryAfterSeconds, 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PgDatabase")));
        QCOMPARE(store.events({}).error().kind, ErrorKind::Unavailable);
        QCOMPARE(*store.checkpoint(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPgCollectorStore)
#include "tst_pgcollectorstore.moc"
