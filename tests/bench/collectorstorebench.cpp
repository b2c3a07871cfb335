// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The collector store's group commit on its own, without HTTP (tests/bench/collector_pg.sh):
// W writers, each with its own database object (its own connections, as a process has), write
// batches of B events (each with a client event id, as retries need) for S seconds.
//   collectorstorebench sqlite:PATH|postgresql-conninfo SECONDS BATCH WRITERS [full]
// (full: CollectorConfig::fullSync, `--collector sync=full`).
// Prints one line: events/s, commits/s and the commit latency percentiles.
#include "database.h"
#include "pgcollectorstore.h"
#include "pgdatabase.h"
#include "sqlitecollectorstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Eventdesk;

namespace {

struct Writer
{
    std::unique_ptr<Storage::Database> sqlite;
    std::unique_ptr<PgStorage::PgDatabase> pg;
    std::unique_ptr<Core::CollectorStore> store;
    QList<qint64> latenciesUs;
    qint64 events = 0;
    QString failure;
};

bool open(Writer &writer, const QString &database, const Core::CollectorConfig &config)
{
    if (database.startsWith(QLatin1String("sqlite:"))) {
        writer.sqlite = std::make_unique<Storage::Database>(database.mid(7));
        if (!writer.sqlite->open())
            return false;
        writer.store = std::make_unique<Storage::SqliteCollectorStore>(*writer.sqlite, config);
    } else {
        writer.pg = std::make_unique<PgStorage::PgDatabase>(database);
        if (!writer.pg->open())
            return false;
        writer.store = std::make_unique<PgStorage::PgCollectorStore>(*writer.pg, config);
    }
    return true;
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 && !(args.size() == 6 && args.at(5) == QLatin1String("full"))) {
        std::fprintf(stderr,
            "usage: collectorstorebench sqlite:PATH|CONNINFO SECONDS BATCH WRITERS [full]\n");
        return 2;
    }
    const QString database = args.at(1);
    const int seconds = args.at(2).toInt();
    const int batchSize = args.at(3).toInt();
    const int writerCount = args.at(4).toInt();
    Core::CollectorConfig config;
    config.fullSync = args.size() == 6;
    QList<std::shared_ptr<Writer>> writers;
    for (int w = 0; w < writerCount; ++w) {
        auto writer = std::make_shared<Writer>();
        if (!open(*writer, database, config)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(database));
            return 1;
        }
        writers.append(writer);
    }
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    QList<QThread *> threads;
    for (int w = 0; w < writerCount; ++w) {
        threads.append(QThread::create([&, w] {
            Writer &writer = *writers.at(w);
            const QByteArray prefix = "w" + QByteArray::number(w) + '-';
            QElapsedTimer running;
            running.start();
            qint64 n = 0;
            while (running.elapsed() < seconds * 1000) {
                QList<Core::PendingEvent> batch;
                batch.reserve(batchSize);
                const qint64 now = start + running.elapsed();
                for (int i = 0; i < batchSize; ++i, ++n)
                    batch.append({1, "bench-" + QByteArray::number(n % 1000), "page interaction",
                        "pageview", R"({"host":"example.org","path":"/bench"})", now, now,
                        prefix + QByteArray::number(n)});
                QElapsedTimer commit;
                commit.start();
                const auto written = writer.store->write(batch, {});
                writer.latenciesUs.append(commit.nsecsElapsed() / 1000);
                if (!written) {
                    writer.failure = written.error().message;
                    return;
                }
                writer.events += batchSize;
            }
        }));
    }
    QElapsedTimer wall;
    wall.start();
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    qint64 events = 0;
    QList<qint64> latencies;
    for (const auto &writer : writers) {
        if (!writer->failure.isEmpty()) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(writer->failure));
            return 1;
        }
        events += writer->events;
        latencies += writer->latenciesUs;
    }
    const qint64 stored = *writers.first()->store->eventCount();
    std::printf("events/s %.0f  commits/s %.0f  commit p50 %.2f ms  p99 %.2f ms  "
                "(stored %lld of %lld written)\n",
        double(events) / elapsed, double(latencies.size()) / elapsed,
        double(percentile(latencies, 0.5)) / 1000, double(percentile(latencies, 0.99)) / 1000,
        static_cast<long long>(stored), static_cast<long long>(events));
    return stored == events ? 0 : 1;
}
