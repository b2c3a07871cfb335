// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace Eventdesk::Storage {

class Database;

struct GeneratorOptions
{
    int events = 100000;
    int users = 10000;
    int participants = 10000; // all on one event (the first one generated)
    quint32 seed = 1;
};

struct GeneratorReport
{
    qint64 users = 0;
    qint64 events = 0;
    qint64 participants = 0;
    qint64 crowdedEventId = 0; // the event with `participants` participants
    qint64 elapsedMs = 0;
};

// Fills a database with sample users (who cannot log in: their password hash is not a hash),
// events spread over two years around now (a tenth of them imported, with prices and no owner)
// and one crowded event. One transaction, raw prepared statements.
Core::Result<GeneratorReport> generateSampleData(
    Database &database, const GeneratorOptions &options);

} // namespace Eventdesk::Storage
