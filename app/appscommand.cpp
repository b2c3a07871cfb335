// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appscommand.h"
#include "collector.h"
#include "composition.h"
#include "timeutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Eventdesk::App {

namespace {
// lupdate takes the context from the macro (a free tr() function would get the namespace's).
struct AppsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)
};
} // namespace

int runAppsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        AppsCommand::tr("Folder of the database."), QStringLiteral("folder"));
    parser.addOption(dataDir);
    parser.addPositionalArgument(
        QStringLiteral("action"), AppsCommand::tr("create NAME, list or revoke ID"));
    QStringList all = arguments;
    all.prepend(QStringLiteral("eventdesk apps"));
    if (!parser.parse(all) || parser.positionalArguments().isEmpty()) {
        std::fputs(
            qUtf8Printable(AppsCommand::tr("usage: eventdesk apps create NAME | list | revoke ID "
                                           "[--data-dir DIR]\n")),
            stderr);
        return 2;
    }
    Options options;
    options.dataDir = parser.value(dataDir);
    Composition composition(options);
    if (auto opened = composition.open(); !opened) {
        std::fprintf(stderr, "eventdesk apps: %s\n", qUtf8Printable(opened.error().message));
        return 1;
    }
    Core::Collector &collector = composition.collector();
    const QStringList args = parser.positionalArguments();
    const QString action = args.constFirst();
    if (action == QLatin1String("create") && args.size() == 2) {
        auto created = collector.createApp(args.at(1), 0);
        if (!created) {
            std::fprintf(stderr, "eventdesk apps: %s\n", qUtf8Printable(created.error().message));
            return 1;
        }
        // The key alone on stdout, so scripts can capture it; it is not shown again.
        std::fprintf(stdout, "%s\n", qUtf8Printable(created->key));
        std::fprintf(stderr, "%s\n",
            qUtf8Printable(
                AppsCommand::tr("App %1 '%2' created. Keep the key: it is not shown again.")
                    .arg(created->app.id)
                    .arg(created->app.name)));
        return 0;
    }
    if (action == QLatin1String("list") && args.size() == 1) {
        auto apps = collector.apps(0);
        if (!apps)
            return 1;
        for (const Core::App &app : std::as_const(*apps))
            std::fprintf(stdout, "%lld\t%s\t%s…\t%s\n", app.id, qUtf8Printable(app.name),
                qUtf8Printable(app.keyHint),
                app.isRevoked()
                    ? qUtf8Printable(QStringLiteral("revoked ") + Core::toRfc3339(app.revokedAt))
                    : "active");
        return 0;
    }
    if (action == QLatin1String("revoke") && args.size() == 2) {
        auto revoked = collector.revokeApp(args.at(1).toLongLong(), 0);
        if (!revoked) {
            std::fprintf(stderr, "eventdesk apps: %s\n", qUtf8Printable(revoked.error().message));
            return 1;
        }
        return 0;
    }
    std::fputs(
        qUtf8Printable(AppsCommand::tr("usage: eventdesk apps create NAME | list | revoke ID\n")),
        stderr);
    return 2;
}

} // namespace Eventdesk::App
