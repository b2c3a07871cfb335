// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The month view over a large database: how long until a month is on screen (range query,
// sorting into days, layout and painting of the grid), and how long switching months takes.
// Usage: calendarbench --data-dir DIR [--generate N] [--switches N] [--viewer USER_ID]
// Prints "open_ms=..." and "switch_ms p50=... p90=... max=..." and the events per month read.
// With --screenshot FILE.png [--lang es] [--mode month|week|agenda] [--open EVENT_ID] it saves
// the page as it looks instead (docs and reviews of the views in each language).
#include "calendarmodel.h"
#include "calendarview.h"
#include "changehub.h"
#include "database.h"
#include "eventgenerator.h"
#include "eventservice.h"
#include "monthview.h"
#include "session.h"
#include "sqliteeventstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Eventdesk;

namespace {

// CPU time of this thread: on a loaded machine the wall clock mostly measures waiting.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The window's bundled icon theme, as MainWindow installs it before any page is built.
    QIcon::setFallbackThemeName(QStringLiteral("eventdesk"));
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("eventdesk"));
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString dataDir = value(QStringLiteral("--data-dir"), QString());
    const int switches = value(QStringLiteral("--switches"), QStringLiteral("24")).toInt();
    const qint64 viewer = value(QStringLiteral("--viewer"), QStringLiteral("1")).toLongLong();

    const QString screenshot = value(QStringLiteral("--screenshot"), QString());
    const QString lang = value(QStringLiteral("--lang"), QString());
    QTranslator ours;
    QTranslator qt;
    if (!lang.isEmpty()) {
        QLocale::setDefault(QLocale(lang));
        if (ours.load(QStringLiteral(":/i18n/eventdesk_") + lang))
            QCoreApplication::installTranslator(&ours);
        if (qt.load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    }

    Storage::Database database(QDir(dataDir).absoluteFilePath(QStringLiteral("eventdesk.sqlite3")));
    if (auto opened = database.open(); !opened) {
        std::fprintf(stderr, "cannot open the database in %s\n", qPrintable(dataDir));
        return 1;
    }
    // --generate N: fill an empty database first (what `eventdesk generate --events N` does).
    if (const int count = value(QStringLiteral("--generate"), QStringLiteral("0")).toInt()) {
        Storage::GeneratorOptions options;
        options.events = count;
        auto report = Storage::generateSampleData(database, options);
        if (!report) {
            std::fprintf(stderr, "generate: %s\n", qPrintable(report.error().message));
            return 1;
        }
        std::printf("generated %lld events in %lld ms\n", static_cast<long long>(report->events),
            static_cast<long long>(report->elapsedMs));
    }
    Core::ChangeHub changes;
    Storage::SqliteEventStore store(database);
    Core::EventService events(store, changes);
    Gui::Session session;
    Core::User user;
    user.id = viewer;
    user.email = QStringLiteral("bench@example.org");
    session.signIn(user, QStringLiteral("bench"));

    if (!screenshot.isEmpty()) {
        Gui::CalendarView page(events, changes, session);
        page.resize(1366, 760);
        const QString mode = value(QStringLiteral("--mode"), QStringLiteral("month"));
        page.setMode(mode == QLatin1String("week") ? Gui::CalendarView::Mode::Week
                : mode == QLatin1String("agenda")  ? Gui::CalendarView::Mode::Agenda
                                                   : Gui::CalendarView::Mode::Month);
        if (const qint64 open = value(QStringLiteral("--open"), QStringLiteral("0")).toLongLong())
            page.openEvent(open);
        page.show();
        QCoreApplication::processEvents();
        return page.grab().save(screenshot) ? 0 : 1;
    }

    // Ready = the range read and the grid painted (grab() paints the whole view once).
    QElapsedTimer clock;
    clock.start();
    const double openCpuStart = threadCpuMs();
    Gui::CalendarView view(events, changes, session);
    const double builtCpuMs = threadCpuMs() - openCpuStart;
    view.resize(1366, 800);
    // The page laid out and painted once, as its first expose does (the whole page: bar,
    // grid, legend and detail pane). The switches below paint the grid alone.
    (void)view.grab();
    const qint64 openMs = clock.elapsed();
    const double openCpuMs = threadCpuMs() - openCpuStart;
    view.show();
    QCoreApplication::processEvents();
    const qsizetype firstMonth = view.model()->events().size();

    QList<double> cpu;
    QList<double> coldCpu;
    QList<double> cachedCpu;
    QList<double> times;
    QList<double> loads; // the range read and sorted into days, before painting
    qsizetype most = 0;
    for (int i = 0; i < switches; ++i) {
        QElapsedTimer one;
        one.start();
        const double cpuStart = threadCpuMs();
        if (i < switches / 2)
            view.next();
        else
            view.previous();
        loads.append(double(one.nsecsElapsed()) / 1e6);
        (void)view.monthView()->grab();
        times.append(double(one.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
        // Forward switches show months not read before; going back finds them cached.
        (i < switches / 2 ? coldCpu : cachedCpu).append(cpu.constLast());
        most = std::max(most, view.model()->events().size());
    }
    std::sort(times.begin(), times.end());
    std::sort(loads.begin(), loads.end());
    std::sort(cpu.begin(), cpu.end());
    auto pct
        = [&](double p) { return times.isEmpty() ? 0.0 : times.at(int(p * (times.size() - 1))); };
    std::printf(
        "calendar-month open_ms=%lld cpu_ms=%.1f events=%lld (cpu of the page built: %.1f)\n",
        static_cast<long long>(openMs), openCpuMs, static_cast<long long>(firstMonth), builtCpuMs);
    std::printf(
        "calendar-month switch_ms p50=%.1f p90=%.1f max=%.1f switches=%d most_events=%lld\n",
        pct(0.5), pct(0.9), times.isEmpty() ? 0.0 : times.constLast(), switches,
        static_cast<long long>(most));
    if (!cpu.isEmpty())
        std::printf("calendar-month switch_cpu_ms p50=%.1f max=%.1f\n", cpu.at(cpu.size() / 2),
            cpu.constLast());
    for (auto *part : {&coldCpu, &cachedCpu})
        std::sort(part->begin(), part->end());
    if (!coldCpu.isEmpty() && !cachedCpu.isEmpty())
        std::printf("calendar-month switch_cpu_ms new months p50=%.1f max=%.1f; "
                    "months read before p50=%.1f max=%.1f\n",
            coldCpu.at(coldCpu.size() / 2), coldCpu.constLast(), cachedCpu.at(cachedCpu.size() / 2),
            cachedCpu.constLast());
    if (!loads.isEmpty())
        std::printf(
            "calendar-month switch_read_ms p50=%.1f max=%.1f (of which: reading and sorting)\n",
            loads.at(loads.size() / 2), loads.constLast());
    return 0;
}
