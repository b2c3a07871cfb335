// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgstatement.h"

#include <QFile>
#include <QRandomGenerator>

namespace Eventdesk::Testing {

// The test cluster's conninfo (tests/pg/cluster.sh, through EVENTDESK_PG_CONNINFO_FILE, which
// eventdesk_add_pg_test sets); empty when the test does not run against PostgreSQL.
inline QByteArray pgClusterConninfo()
{
    const QString path = qEnvironmentVariable("EVENTDESK_PG_CONNINFO_FILE");
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

// A fresh database in the test cluster, dropped at the end.
struct ScratchDatabase
{
    QByteArray admin = pgClusterConninfo();
    QByteArray name = "t_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    PGconn *connection = nullptr;
    ScratchDatabase()
    {
        if (admin.isEmpty())
            qFatal("no PostgreSQL test cluster: EVENTDESK_PG_CONNINFO_FILE=%s (run through ctest, "
                   "which starts tests/pg/cluster.sh)",
                qPrintable(qEnvironmentVariable("EVENTDESK_PG_CONNINFO_FILE")));
        connection = PQconnectdb(admin.constData());
        if (PQstatus(connection) != CONNECTION_OK)
            qFatal("%s", PQerrorMessage(connection));
        if (!PgStorage::pgExecScript(connection, "CREATE DATABASE " + name))
            qFatal("cannot create %s", name.constData());
    }
    ~ScratchDatabase()
    {
        (void)PgStorage::pgExecScript(connection, "DROP DATABASE " + name + " WITH (FORCE)");
        PQfinish(connection);
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;
    QString conninfo() const
    {
        QByteArray info = admin;
        info.replace(QByteArray("dbname=postgres"), QByteArray("dbname=" + name));
        return QString::fromUtf8(info);
    }
};

} // namespace Eventdesk::Testing
