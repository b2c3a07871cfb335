// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgscratch.h"
#include "storeset.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Eventdesk::Testing {

// Which backend this run of a suite tests: PostgreSQL when CTest runs its pg twin (registered by
// eventdesk_add_test_on_both, which sets EVENTDESK_TEST_DATABASE=postgresql), else SQLite.
inline bool testsOnPostgresql()
{
    return qEnvironmentVariable("EVENTDESK_TEST_DATABASE") == QLatin1String("postgresql");
}

// The data rows of a store test whose every case runs on both backends in one executable:
// column "kind", rows "sqlite" and "postgresql".
inline void addBackendRows()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// Every store on the backend under test: a SQLite file in a fresh temporary folder, or a fresh
// database in the PostgreSQL test cluster (dropped at the end). A suite builds its services on
// stores() and so runs unchanged on both backends.
struct TestStores
{
    QTemporaryDir dir;
    std::unique_ptr<PgScratchDatabase> scratch;
    std::unique_ptr<Stores::StoreSet> set;

    // postgresql: nullopt follows testsOnPostgresql().
    bool open(
        const Core::CollectorConfig &collector = {}, std::optional<bool> postgresql = std::nullopt)
    {
        Stores::DatabaseUrl url
            = Stores::DatabaseUrl::sqlite(dir.filePath(QStringLiteral("t.sqlite3")));
        if (postgresql.value_or(testsOnPostgresql())) {
            scratch = std::make_unique<PgScratchDatabase>();
            url = {Stores::DatabaseUrl::Kind::Postgresql, scratch->conninfo()};
        }
        auto opened = Stores::StoreSet::open(url, collector);
        if (!opened) {
            qWarning("cannot open the test database: %s", qPrintable(opened.error().message));
            return false;
        }
        set = std::move(*opened);
        return true;
    }
    Stores::StoreSet &stores() { return *set; }
    bool onPostgresql() const { return scratch != nullptr; }

    // The stores before the scratch database they use.
    ~TestStores() { set.reset(); }
};

// The --database of an application a test builds through App::Composition: empty (the SQLite
// file in the test's data folder), or, in a suite's pg twin, a fresh database in the cluster.
struct TestDatabaseUrl
{
    std::unique_ptr<PgScratchDatabase> scratch
        = testsOnPostgresql() ? std::make_unique<PgScratchDatabase>() : nullptr;
    QString url() const { return scratch ? scratch->uri() : QString(); }
};

} // namespace Eventdesk::Testing
