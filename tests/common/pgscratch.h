// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgdatabase.h"
#include "pgstatement.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QString>

#include <libpq-fe.h>

namespace Eventdesk::Testing {

// The conninfo of the throwaway cluster that the pg_cluster CTest fixture started
// (tests/pg/cluster.sh); fails the process when the test runs outside ctest.
inline QByteArray pgClusterConninfo()
{
    QFile file(qEnvironmentVariable("EVENTDESK_PG_CONNINFO_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no PostgreSQL test cluster: EVENTDESK_PG_CONNINFO_FILE=%s (run through ctest, "
               "which starts tests/pg/cluster.sh)",
            qPrintable(file.fileName()));
    return file.readAll().trimmed();
}

// A fresh database in the test cluster, dropped at the end (also when connections to it are
// still open). Migrated: a copy of a template database that the first scratch database of the
// cluster's life migrated (CREATE DATABASE ... TEMPLATE copies files, far cheaper than running
// every migration for every test case); opening it applies nothing. Empty: nothing in it.
struct PgScratchDatabase
{
    enum class Schema { Migrated, Empty };

    QByteArray admin = pgClusterConninfo();
    QByteArray name = "t_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    PGconn *connection = PQconnectdb(admin.constData());

    explicit PgScratchDatabase(Schema schema = Schema::Migrated)
    {
        if (PQstatus(connection) != CONNECTION_OK)
            qFatal("%s", PQerrorMessage(connection));
        QByteArray create = "CREATE DATABASE " + name;
        if (schema == Schema::Migrated)
            create += " TEMPLATE " + migratedTemplate();
        if (!PgStorage::pgExecScript(connection, create))
            qFatal("cannot create %s", name.constData());
    }

    // The migrated template, made once per cluster (several test processes: under a lock).
    QByteArray migratedTemplate()
    {
        const QByteArray templateName = "eventdesk_template";
        if (!PgStorage::pgExecScript(connection, "SELECT pg_advisory_lock(4242)"))
            qFatal("cannot lock the template");
        PGresult *found
            = PQexec(connection, "SELECT 1 FROM pg_database WHERE datname = 'eventdesk_template'");
        const bool exists = PQntuples(found) == 1;
        PQclear(found);
        if (!exists) {
            const QByteArray building = templateName + "_build";
            (void)PgStorage::pgExecScript(connection, "DROP DATABASE IF EXISTS " + building);
            if (!PgStorage::pgExecScript(connection, "CREATE DATABASE " + building))
                qFatal("cannot create the template");
            {
                QByteArray info = admin;
                info.replace(QByteArray("dbname=postgres"), QByteArray("dbname=" + building));
                PgStorage::PgDatabase migrating(QString::fromUtf8(info));
                if (auto opened = migrating.open(); !opened)
                    qFatal("cannot migrate the template: %s", qPrintable(opened.error().message));
            }
            if (!PgStorage::pgExecScript(
                    connection, "ALTER DATABASE " + building + " RENAME TO " + templateName))
                qFatal("cannot rename the template");
        }
        (void)PgStorage::pgExecScript(connection, "SELECT pg_advisory_unlock(4242)");
        return templateName;
    }
    ~PgScratchDatabase()
    {
        (void)PgStorage::pgExecScript(connection, "DROP DATABASE " + name + " WITH (FORCE)");
        PQfinish(connection);
    }
    PgScratchDatabase(const PgScratchDatabase &) = delete;
    PgScratchDatabase &operator=(const PgScratchDatabase &) = delete;

    QString conninfo() const
    {
        QByteArray info = admin;
        info.replace(QByteArray("dbname=postgres"), QByteArray("dbname=" + name));
        return QString::fromUtf8(info);
    }
    // The same database as a URI, the form --database takes:
    // postgresql://USER@/NAME?host=SOCKET&port=PORT.
    QString uri() const { return pgUri(admin, name); }

    // A "host=H port=P user=U dbname=D" conninfo as a URI for database `name`.
    static QString pgUri(const QByteArray &conninfo, const QByteArray &name)
    {
        QHash<QByteArray, QByteArray> fields;
        for (const QByteArray &pair : conninfo.split(' ')) {
            const int eq = pair.indexOf('=');
            if (eq > 0)
                fields.insert(pair.left(eq), pair.mid(eq + 1));
        }
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
            .arg(QString::fromUtf8(fields.value("user")), QString::fromUtf8(name),
                QString::fromUtf8(fields.value("host")), QString::fromUtf8(fields.value("port")));
    }
};

} // namespace Eventdesk::Testing
