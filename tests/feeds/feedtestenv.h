// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changehub.h"
#include "database.h"
#include "feedformats.h"
#include "feedservice.h"
#include "networkfetcher.h"
#include "sqlitefeedstore.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

// A fresh database with the real store, parsers and fetcher behind a FeedService (open()), or
// the same service on a given store (start()).
struct FeedTestEnv
{
    QTemporaryDir dir;
    std::unique_ptr<Eventdesk::Storage::Database> db;
    std::unique_ptr<Eventdesk::Storage::SqliteFeedStore> store;
    Eventdesk::Feeds::FeedFormats formats;
    Eventdesk::Feeds::NetworkFetcher fetcher;
    Eventdesk::Core::ChangeHub changes;
    std::unique_ptr<Eventdesk::Core::FeedService> service;

    bool open()
    {
        db = std::make_unique<Eventdesk::Storage::Database>(
            dir.filePath(QStringLiteral("t.sqlite3")));
        if (!db->open())
            return false;
        store = std::make_unique<Eventdesk::Storage::SqliteFeedStore>(*db);
        return start(*store);
    }

    // The service on a store of the caller's (a suite that runs on both backends builds it with
    // Testing::TestStores); db and store stay empty. The store outlives this.
    bool start(Eventdesk::Core::FeedStore &feedStore)
    {
        service
            = std::make_unique<Eventdesk::Core::FeedService>(feedStore, formats, fetcher, changes);
        Eventdesk::Core::FetchRequest defaults;
        defaults.connectTimeoutMs = 2000;
        defaults.totalTimeoutMs = 5000;
        defaults.maxRetries = 2;
        defaults.backoffBaseMs = 10;
        service->setFetchDefaults(defaults);
        return true;
    }

    Eventdesk::Core::ImportRun import(const QByteArray &data, const QString &source = {},
        Eventdesk::Core::FeedFormat format = Eventdesk::Core::FeedFormat::Unknown)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        Eventdesk::Core::ImportOptions options;
        options.source = source;
        options.format = format;
        return service->importDocument(buffer, options);
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
};
