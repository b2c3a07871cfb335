// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectorconfig.h"

namespace Eventdesk::Core {

Result<void> CollectorConfig::apply(const QString &settings)
{
    for (const QString &item : settings.split(u',', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0).trimmed();
        const QString value = item.section(u'=', 1).trimmed();
        bool ok = false;
        const int number = value.toInt(&ok);
        if (key == QLatin1String("sync")
            && (value == QLatin1String("full") || value == QLatin1String("normal")))
            fullSync = value == QLatin1String("full");
        else if (key == QLatin1String("wal-frames") && ok && number > 0)
            walCheckpointFrames = number;
        else if (key == QLatin1String("commit-us") && ok && number >= 0)
            minCommitIntervalUs = number;
        else if (key == QLatin1String("writer")
            && (value == QLatin1String("thread") || value == QLatin1String("loop")))
            writerOnEventLoop = value == QLatin1String("loop");
        else if (key == QLatin1String("inline") && ok && (number == 0 || number == 1))
            inlineIngest = number == 1;
        else
            return Error::invalid(QStringLiteral("invalid_collector_setting"),
                QStringLiteral("Unknown collector setting '%1' (sync=full|normal, wal-frames=N, "
                               "commit-us=N, writer=thread|loop, inline=0|1).")
                    .arg(item));
    }
    return {};
}

} // namespace Eventdesk::Core
