// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Event validation without a server: the rules parser and the per-event check (timestamps in
// both accepted shapes, the fast path agreeing with Core::parseTimestamp).
#include "changehub.h"
#include "collector.h"
#include "collectorstore.h"
#include "eventrules.h"
#include "timeutil.h"

#include <QJsonDocument>
#include <QTest>

using namespace Eventdesk;

namespace {
// Only what check() and load() need; nothing is stored.
class NoStore : public Core::CollectorStore
{
    Core::Error none() const { return Core::Error::internal(QStringLiteral("unused")); }

public:
    Core::Result<Core::App> insertApp(const Core::App &, const QByteArray &) override
    {
        return none();
    }
    Core::Result<QList<Core::App>> apps(qint64) override { return none(); }
    Core::Result<Core::App> app(qint64) override { return none(); }
    Core::Result<void> revokeApp(qint64, qint64) override { return none(); }
    Core::Result<std::optional<std::pair<Core::App, QByteArray>>> appByKeyHash(
        const QByteArray &) override
    {
        return none();
    }
    Core::Result<QList<Core::WriteResult>> write(
        const QList<Core::PendingEvent> &, const QList<Core::PendingError> &) override
    {
        return none();
    }
    Core::Result<int> checkpoint() override { return 0; }
    Core::Result<QList<Core::TrackedEvent>> events(const Core::TrackQuery &) override
    {
        return none();
    }
    Core::Result<QList<Core::TrackingError>> errors(const Core::ErrorQuery &) override
    {
        return none();
    }
    Core::Result<QList<Core::MinuteCount>> minuteCounts(qint64, qint64) override { return none(); }
    Core::Result<qint64> eventCount() override { return none(); }
    Core::Result<QList<Core::EventType>> eventTypes() override { return QList<Core::EventType>(); }
    Core::Result<void> putEventType(const Core::EventType &) override { return none(); }
    Core::Result<void> deleteEventType(const QString &, const QString &) override { return none(); }
    Core::Result<Core::CollectorSettings> settings() override { return Core::CollectorSettings(); }
    Core::Result<void> putSettings(const Core::CollectorSettings &) override { return none(); }
};
} // namespace

class TstTrackRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("the eye") << QStringLiteral("2021-01-01 09:15:27.243860") << true;
        QTest::newRow("rfc3339 Z") << QStringLiteral("2021-01-01T09:15:27.243Z") << true;
        QTest::newRow("no fraction") << QStringLiteral("2021-01-01T09:15:27Z") << true;
        QTest::newRow("offset") << QStringLiteral("2021-01-01T10:15:27.243+01:00") << true;
        QTest::newRow("one digit") << QStringLiteral("2021-01-01 09:15:27.2") << true;
        QTest::newRow("lower t") << QStringLiteral("2021-01-01t09:15:27z") << true;
        QTest::newRow("31 september") << QStringLiteral("2021-09-31 10:00:00") << false;
        QTest::newRow("hour 24") << QStringLiteral("2021-01-01 24:00:00") << false;
        QTest::newRow("empty fraction") << QStringLiteral("2021-01-01 09:15:27.") << false;
        QTest::newRow("words") << QStringLiteral("yesterday") << false;
        QTest::newRow("trailing") << QStringLiteral("2021-01-01 09:15:27x") << false;
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        Core::ChangeHub changes;
        NoStore store;
        Core::Collector collector(store, changes);
        QVERIFY(collector.load());
        const QJsonObject event {{QStringLiteral("session_id"), QStringLiteral("s")},
            {QStringLiteral("category"), QStringLiteral("c")},
            {QStringLiteral("name"), QStringLiteral("n")}, {QStringLiteral("data"), QJsonObject()},
            {QStringLiteral("timestamp"), text}};
        const auto checked = collector.check(event, 1, Core::nowMsecs());
        QCOMPARE(bool(checked.event), valid);
        if (valid) {
            // The fast path agrees with the general parser.
            QCOMPARE(checked.event->occurredAt, Core::parseTimestamp(text)->toMSecsSinceEpoch());
        }
    }

    // U+0000 in a text field (escaped, the only way JSON carries it) is refused with a reason,
    // on SQLite as on PostgreSQL, whose text cannot hold it.
    void nulCharacterRefused()
    {
        Core::ChangeHub changes;
        NoStore store;
        Core::Collector collector(store, changes);
        QVERIFY(collector.load());
        for (const QString &field : {QStringLiteral("session_id"), QStringLiteral("event_id")}) {
            QJsonObject event {{QStringLiteral("session_id"), QStringLiteral("s")},
                {QStringLiteral("category"), QStringLiteral("c")},
                {QStringLiteral("name"), QStringLiteral("n")},
                {QStringLiteral("data"), QJsonObject()},
                {QStringLiteral("timestamp"), QStringLiteral("2021-01-01T09:15:27.243Z")}};
            event.insert(field, QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")));
            const auto checked = collector.check(event, 1, Core::nowMsecs());
            QVERIFY(!checked.event);
            QCOMPARE(checked.reasons.size(), 1);
            QCOMPARE(checked.reasons.at(0).field, field);
            QCOMPARE(checked.reasons.at(0).message, QStringLiteral("must not contain U+0000"));
        }
    }

    void rulesParser()
    {
        QVERIFY(Core::EventRules::parse({}));
        auto bad = Core::EventRules::parse(QJsonDocument::fromJson(
            R"({"fields": {"a": {"type": "date"}, "b": {"type": "string", "min_length": -1},
                "c": {"type": "string", "fields": {}}, "d": 5, "e": {"typo": 1}}, "extra": 1})")
                                               .object());
        QVERIFY(!bad);
        QStringList fields;
        for (const auto &field : bad.error().fields)
            fields.append(field.field);
        fields.sort();
        QCOMPARE(fields.join(u','),
            QStringLiteral("rules.extra,rules.fields.a.type,rules.fields.b.min_length,"
                           "rules.fields.c.fields,rules.fields.d,rules.fields.e.typo"));
    }

    void deepNesting()
    {
        QByteArray json = R"({"type": "any"})";
        for (int i = 0; i < 20; ++i)
            json = R"({"type": "object", "fields": {"x": )" + json + "}}";
        QVERIFY(!Core::EventRules::parse(
            QJsonDocument::fromJson("{\"fields\": {\"x\": " + json + "}}").object()));
    }
};

QTEST_GUILESS_MAIN(TstTrackRules)
#include "tst_trackrules.moc"
