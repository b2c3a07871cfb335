// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgstatement.h"

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

#include <libpq-fe.h>

// The throwaway cluster that tests/pg/cluster.sh starts (eventdesk_add_pg_test passes its
// conninfo file), and scratch databases in it.
inline QByteArray clusterConninfo()
{
    QFile file(qEnvironmentVariable("EVENTDESK_PG_CONNINFO_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no PostgreSQL test cluster: EVENTDESK_PG_CONNINFO_FILE=%s (run through ctest, "
               "which starts tests/pg/cluster.sh)",
            qPrintable(file.fileName()));
    return file.readAll().trimmed();
}

// A fresh database in the test cluster, dropped at the end.
struct ScratchDatabase
{
    QByteArray admin = clusterConninfo();
    QByteArray name = "t_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    PGconn *connection = PQconnectdb(admin.constData());
    ScratchDatabase()
    {
        if (PQstatus(connection) != CONNECTION_OK)
            qFatal("%s", PQerrorMessage(connection));
        if (!Eventdesk::PgStorage::pgExecScript(connection, "CREATE DATABASE " + name))
            qFatal("cannot create %s", name.constData());
    }
    ~ScratchDatabase()
    {
        (void)Eventdesk::PgStorage::pgExecScript(
            connection, "DROP DATABASE " + name + " WITH (FORCE)");
        PQfinish(connection);
    }
    QString conninfo() const
    {
        QByteArray info = admin;
        info.replace(QByteArray("dbname=postgres"), QByteArray("dbname=" + name));
        return QString::fromUtf8(info);
    }
};
