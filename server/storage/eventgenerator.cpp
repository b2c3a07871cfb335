// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventgenerator.h"
#include "database.h"
#include "sqlitestatement.h"
#include "timeutil.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace Eventdesk::Storage {

namespace {

const char *const adjectives[] = {"Open", "Quiet", "Late", "Early", "Spring", "Autumn", "Winter",
    "Summer", "Grand", "Little", "Friendly", "Annual", "Weekly", "Night", "Morning", "Sunday"};
const char *const subjects[] = {"Jazz", "Chess", "Python", "Pottery", "Cycling", "Poetry",
    "Robotics", "Salsa", "Photography", "Gardening", "Astronomy", "Cinema", "Running", "Baking",
    "Climbing", "Theatre", "Qt", "Linux", "Board games", "Choir"};
const char *const kinds[] = {"meetup", "workshop", "club", "festival", "night", "tour",
    "conference", "session", "jam", "market", "walk", "talk"};
const char *const places[] = {"Town hall", "Library", "Community centre", "Riverside park",
    "Old harbour", "Main square", "Cafe Central", "Room 101", "Online", "Gym"};

} // namespace

Core::Result<GeneratorReport> generateSampleData(
    Database &database, const GeneratorOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = database.handle();
    QRandomGenerator random(options.seed);
    GeneratorReport report;
    const qint64 now = Core::nowMsecs();
    // Makes e-mails and external ids unique per run, so generate can run twice on one database.
    const QByteArray stamp = QByteArray::number(now);
    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return Core::Error::internal(transaction.errorMessage());

    qint64 firstUser = 0;
    {
        SqliteStatement maxId(db, "SELECT coalesce(max(id), 0) FROM users");
        if (maxId.step() != SQLITE_ROW)
            return maxId.error();
        firstUser = maxId.integer(0) + 1;
        SqliteStatement s(db,
            "INSERT INTO users (id, email, display_name, password_hash, created_at) "
            "VALUES (:id, :email, :name, '!generated', :now)");
        if (!s.isValid())
            return s.error();
        for (int i = 0; i < options.users; ++i) {
            const qint64 id = firstUser + i;
            const QByteArray name = "user" + QByteArray::number(id);
            s.bind(":id", id);
            s.bind(":email", name + "@gen" + stamp + ".example.com");
            s.bind(":name", "User " + QByteArray::number(id));
            s.bind(":now", now);
            if (s.step() != SQLITE_DONE)
                return s.error();
            s.reset();
        }
        report.users = options.users;
    }
    {
        SqliteStatement s(db,
            "INSERT INTO events (title, description, starts_at, ends_at, location, category, "
            "owner_id, source, external_id, min_price, max_price, created_at, updated_at) "
            "VALUES (:title, :description, :starts, :ends, :location, :category, :owner, :source, "
            ":external_id, :min_price, :max_price, :now, :now)");
        if (!s.isValid())
            return s.error();
        constexpr qint64 year = 365LL * 24 * 3600 * 1000;
        for (int i = 0; i < options.events; ++i) {
            const QByteArray subject = subjects[random.bounded(int(std::size(subjects)))];
            const QByteArray title
                = QByteArray(adjectives[random.bounded(int(std::size(adjectives)))]) + ' ' + subject
                + ' ' + kinds[random.bounded(int(std::size(kinds)))] + " #"
                + QByteArray::number(i + 1);
            const QByteArray description = "A " + subject.toLower()
                + " gathering for everyone. Bring a friend; beginners welcome. Number "
                + QByteArray::number(random.bounded(1000));
            const qint64 starts = now - year + qint64(random.bounded(quint64(2 * year)));
            const bool imported = options.users == 0 || random.bounded(10) == 0;
            s.bind(":title", title);
            s.bind(":description", description);
            s.bind(":starts", starts);
            s.bind(":ends", starts + 3600000LL * (1 + random.bounded(4)));
            s.bind(":location", QByteArray(places[random.bounded(int(std::size(places)))]));
            s.bind(":category", subject.toLower());
            if (imported) {
                const double low = 5.0 * random.bounded(1, 20);
                s.bindNull(":owner");
                s.bind(":source", QByteArray("sample-feed"));
                s.bind(":external_id", "plan-" + stamp + '-' + QByteArray::number(i + 1));
                s.bind(":min_price", low);
                s.bind(":max_price", low + 5.0 * random.bounded(0, 10));
            } else {
                s.bind(":owner", firstUser + random.bounded(options.users));
                s.bind(":source", QByteArray("local"));
                s.bindNull(":external_id");
                s.bindNull(":min_price");
                s.bindNull(":max_price");
            }
            s.bind(":now", now);
            if (s.step() != SQLITE_DONE)
                return s.error();
            s.reset();
            if (i == 0)
                report.crowdedEventId = sqlite3_last_insert_rowid(db);
        }
        report.events = options.events;
    }
    if (report.crowdedEventId > 0) {
        const int count = qMin(options.participants, options.users);
        SqliteStatement s(db,
            "INSERT OR IGNORE INTO participants (event_id, user_id, joined_at) VALUES (:event, "
            ":user, :now)");
        if (!s.isValid())
            return s.error();
        for (int i = 0; i < count; ++i) {
            s.bind(":event", report.crowdedEventId);
            s.bind(":user", firstUser + i);
            s.bind(":now", now);
            if (s.step() != SQLITE_DONE)
                return s.error();
            s.reset();
        }
        report.participants = count;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    sqlite3_exec(db, "ANALYZE", nullptr, nullptr, nullptr);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace Eventdesk::Storage
