// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI event-loop lag under ingest: runs the real window (composition, API server, Activity view
// live) and measures how late a 10 ms timer fires on the GUI thread. Prints one summary line
// after the given seconds. Usage: guilag --data-dir DIR --port N --seconds S
#include "apiserver.h"
#include "composition.h"
#include "mainwindow.h"
#include "windowfactory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Eventdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    App::Options options;
    options.dataDir = value(QStringLiteral("--data-dir"), QString());
    options.port = quint16(value(QStringLiteral("--port"), QStringLiteral("18251")).toUInt());
    const int seconds = value(QStringLiteral("--seconds"), QStringLiteral("10")).toInt();

    App::Composition composition(options);
    if (!composition.open())
        return 1;
    auto window = App::createMainWindow(composition);
    if (!composition.startServer())
        return 1;
    window->show();
    // Show the Activity view (live tail) so every refresh it does counts.
    auto *views = window->findChild<QTabWidget *>(QStringLiteral("views"));
    for (int i = 0; views && i < views->count(); ++i) {
        if (views->widget(i)->objectName() == QLatin1String("activityView"))
            views->setCurrentIndex(i);
    }
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);

    QList<qint64> lateness; // microseconds
    QElapsedTimer clock;
    clock.start();
    qint64 expected = 10'000;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        lateness.append(qMax<qint64>(0, now - expected));
        expected = now + 10'000;
    });
    tick.start(10);
    QTimer::singleShot(seconds * 1000, &app, [&] {
        tick.stop();
        std::sort(lateness.begin(), lateness.end());
        const auto pct = [&](double p) {
            return lateness.isEmpty()
                ? 0.0
                : lateness.at(qMin(lateness.size() - 1, qsizetype(p * double(lateness.size()))))
                    / 1000.0;
        };
        double sum = 0;
        for (qint64 l : std::as_const(lateness))
            sum += double(l);
        std::fprintf(stdout, "GUILAG ticks=%lld mean_ms=%.2f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
            static_cast<long long>(lateness.size()),
            lateness.isEmpty() ? 0.0 : sum / double(lateness.size()) / 1000.0, pct(0.5), pct(0.99),
            lateness.isEmpty() ? 0.0 : double(lateness.constLast()) / 1000.0);
        std::fflush(stdout);
        app.quit();
    });
    const int code = app.exec();
    window.reset();
    composition.server().stop();
    return code;
}
