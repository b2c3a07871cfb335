// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Import dialog and the Feeds view, offscreen, on the real service and database.
#include "feedsmodel.h"
#include "feedsview.h"
#include "feedtestenv.h"
#include "importdialog.h"
#include "testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Eventdesk;
using namespace Eventdesk::Core;

namespace {

QString fixturePath(const char *name)
{
    return QStringLiteral(FEEDS_TEST_DATA "/") + QLatin1String(name);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestFeedsUi : public QObject
{
    Q_OBJECT
    std::unique_ptr<FeedTestEnv> env;
    QTemporaryDir files;

private Q_SLOTS:
    void init()
    {
        // Any warning fails, except the offscreen plugin's note about size hints.
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
        env = std::make_unique<FeedTestEnv>();
        QVERIFY(env->open());
        FetchRequest quick;
        quick.connectTimeoutMs = 60000; // the silent provider is cancelled, never timed out
        quick.totalTimeoutMs = 60000;
        quick.maxRetries = 0;
        env->service->setFetchDefaults(quick);
    }
    void cleanup() { env.reset(); }

    void importDialogPreviewAndImport()
    {
        Gui::ImportDialog dialog(*env->service);
        dialog.show();
        dialog.setLocation(fixturePath("provider-v2-planlist.xml"));
        auto *detected = child<QLabel>(&dialog, "detectedFormatLabel");
        auto *preview = child<QTableWidget>(&dialog, "previewTable");
        QTRY_COMPARE(detected->text(), QStringLiteral("Provider XML"));
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Camela en concierto"));
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("2021-06-30 21:00"));
        QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("15.00 – 30.00"));
        QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("291:291"));
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events")), 0); // preview only

        auto *summary = child<QLabel>(&dialog, "summaryLabel");
        auto *progress = child<QProgressBar>(&dialog, "progressBar");
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QTRY_VERIFY2(summary->text().contains(QLatin1String("4 new")), qPrintable(summary->text()));
        QVERIFY(summary->text().startsWith(QLatin1String("Imported 4 event")));
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "cancelButton")->isEnabled());
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events")), 4);

        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QTRY_VERIFY(summary->text().contains(QLatin1String("4 unchanged")));
    }

    // Issue 10: a new file (or a failure) leaves nothing of the previous one on screen, and an
    // empty location says what to do instead of doing nothing.
    void importDialogForgetsThePreviousFile()
    {
        Gui::ImportDialog dialog(*env->service);
        dialog.show();
        dialog.setLocation(fixturePath("provider-v2-planlist.xml"));
        auto *detected = child<QLabel>(&dialog, "detectedFormatLabel");
        auto *preview = child<QTableWidget>(&dialog, "previewTable");
        auto *summary = child<QLabel>(&dialog, "summaryLabel");
        QTRY_COMPARE(preview->rowCount(), 4);
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QTRY_VERIFY(summary->text().contains(QLatin1String("4 new")));

        dialog.setLocation(files.filePath(QStringLiteral("missing.xml")));
        QTRY_VERIFY2(detected->text().startsWith(QLatin1String("Cannot read it")),
            qPrintable(detected->text()));
        QCOMPARE(preview->rowCount(), 0);
        QVERIFY2(summary->text().isEmpty(), qPrintable(summary->text()));

        dialog.setLocation(QString());
        QCOMPARE(detected->text(), QStringLiteral("Choose a file or enter a web address."));
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QCOMPARE(summary->text(), QStringLiteral("Choose a file or enter a web address first."));
        QVERIFY(!dialog.isRunning());
    }

    void importDialogFailure()
    {
        const QString bad = files.filePath(QStringLiteral("bad.xml"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><planList>&a;</planList>");
        f.close();
        Gui::ImportDialog dialog(*env->service);
        dialog.show();
        dialog.setLocation(bad);
        auto *detected = child<QLabel>(&dialog, "detectedFormatLabel");
        QTRY_VERIFY(detected->text().startsWith(QLatin1String("Cannot read it")));
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        auto *summary = child<QLabel>(&dialog, "summaryLabel");
        QTRY_VERIFY(summary->text().contains(QLatin1String("changed nothing")));
        QVERIFY(summary->text().contains(QLatin1String("DTD")));
        QCOMPARE(dialog.lastRun().errorCode, QStringLiteral("dtd_refused"));
    }

    // Issue 11: a document whose every element was skipped is a failure on screen too, with
    // the first reason, not "Imported 0 events".
    void importDialogAllSkipped()
    {
        Gui::ImportDialog dialog(*env->service);
        dialog.show();
        dialog.setLocation(fixturePath("provider-all-invalid.xml"));
        auto *detected = child<QLabel>(&dialog, "detectedFormatLabel");
        QTRY_COMPARE(detected->text(), QStringLiteral("Provider XML"));
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        auto *summary = child<QLabel>(&dialog, "summaryLabel");
        QTRY_VERIFY2(summary->text().contains(QLatin1String("changed nothing")),
            qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("were skipped. The first reason: ")),
            qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(QLatin1String("Imported")));
        QCOMPARE(dialog.lastRun().errorCode, QStringLiteral("all_skipped"));
        QCOMPARE(child<QProgressBar>(&dialog, "progressBar")->value(), 0);
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events")), 0);
    }

    void importDialogCancel()
    {
        TestHttpServer server;
        server.script({TestHttpServer::Answer::silence()}); // a provider that never answers
        Gui::ImportDialog dialog(*env->service);
        dialog.show();
        child<QLineEdit>(&dialog, "locationEdit")->setText(server.url());
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        auto *cancel = child<QPushButton>(&dialog, "cancelButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY(dialog.isRunning());
        QTRY_COMPARE(server.requests(), 1);
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *summary = child<QLabel>(&dialog, "summaryLabel");
        QTRY_VERIFY(summary->text().startsWith(QLatin1String("Cancelled")));
        QVERIFY(!dialog.isRunning());
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM imports WHERE status = 'failed' "
                                            "AND error_code = 'cancelled'")),
            1);
    }

    void feedDialogFields()
    {
        Feed feed;
        feed.id = 7;
        feed.name = QStringLiteral("Old");
        feed.intervalSeconds = 3600;
        Gui::FeedDialog dialog(feed);
        QCOMPARE(child<QSpinBox>(&dialog, "feedIntervalSpin")->value(), 60);
        child<QLineEdit>(&dialog, "feedNameEdit")->setText(QStringLiteral("Placeholder posts"));
        child<QLineEdit>(&dialog, "feedLocationEdit")
            ->setText(QStringLiteral("https://jsonplaceholder.typicode.com/posts"));
        child<QComboBox>(&dialog, "feedFormatCombo")->setCurrentIndex(2);
        child<QSpinBox>(&dialog, "feedIntervalSpin")->setValue(15);
        const Feed edited = dialog.feed();
        QCOMPARE(edited.id, 7);
        QCOMPARE(edited.name, QStringLiteral("Placeholder posts"));
        QCOMPARE(edited.location, QStringLiteral("https://jsonplaceholder.typicode.com/posts"));
        QCOMPARE(edited.format, FeedFormat::Json);
        QCOMPARE(edited.intervalSeconds, 900);
    }

    void jsonFeedsOverHttpShareASource()
    {
        // Posts and their comments from two endpoints of one JSON API, as two feeds that share
        // a source so comments find their posts.
        TestHttpServer server;
        Feed posts;
        posts.name = QStringLiteral("posts");
        posts.location = server.url(QStringLiteral("/posts"));
        posts.source = QStringLiteral("placeholder");
        posts.intervalSeconds = 0;
        Feed comments = posts;
        comments.name = QStringLiteral("comments");
        comments.location = server.url(QStringLiteral("/comments"));
        const qint64 postsId = env->service->createFeed(posts)->id;
        const qint64 commentsId = env->service->createFeed(comments)->id;
        TestHttpServer::Answer a(200, R"([{"userId":1,"id":1,"title":"t","body":"b"}])");
        a.contentType = "application/json; charset=utf-8";
        TestHttpServer::Answer c(
            200, R"([{"postId":1,"id":1,"name":"n","email":"e@x.org","body":"c"}])");
        c.contentType = "application/json; charset=utf-8";
        server.script({a, c});
        QCOMPARE(env->service->syncFeed(postsId).added, 1);
        const ImportRun run = env->service->syncFeed(commentsId);
        QCOMPARE(run.format, FeedFormat::Json);
        QCOMPARE(run.added, 1);
        QCOMPARE(env->scalar(
                     QStringLiteral("SELECT count(*) FROM comments WHERE source = 'placeholder'")),
            1);
    }

    void feedsView()
    {
        Gui::FeedsView view(*env->service, env->changes);
        QAbstractItemModelTester tester(view.model());
        view.show();
        auto *table = child<QTableView>(&view, "feedsTable");
        QCOMPARE(table->model()->rowCount(), 0);
        Feed feed;
        feed.name = QStringLiteral("Fixture");
        feed.location = fixturePath("provider-v2-planlist.xml");
        feed.intervalSeconds = 0;
        QVERIFY(env->service->createFeed(feed));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, Gui::FeedsModel::Name).data().toString(),
            QStringLiteral("Fixture"));
        QCOMPARE(table->model()->index(0, Gui::FeedsModel::Interval).data().toString(),
            QStringLiteral("manual"));
        QCOMPARE(table->model()->index(0, Gui::FeedsModel::Status).data().toString(),
            QStringLiteral("Never run"));

        auto *sync = child<QPushButton>(&view, "syncFeedButton");
        QVERIFY(!sync->isEnabled());
        table->selectRow(0);
        QVERIFY(sync->isEnabled());
        env->service->startScheduler(3600 * 1000);
        QTest::mouseClick(sync, Qt::LeftButton);
        QTRY_COMPARE(table->model()->index(0, Gui::FeedsModel::Status).data().toString(),
            QStringLiteral("OK"));
        QVERIFY(!table->model()->index(0, Gui::FeedsModel::LastRun).data().toString().isEmpty());
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events")), 4);
        env->service->stopScheduler();

        // Export the imported events as .ics.
        child<QDateEdit>(&view, "exportFromDate")->setDate(QDate(2021, 1, 1));
        child<QDateEdit>(&view, "exportToDate")->setDate(QDate(2021, 12, 31));
        const QString path = files.filePath(QStringLiteral("out.ics"));
        QVERIFY(view.exportTo(path));
        QFile ics(path);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        QCOMPARE(ics.readAll().count("BEGIN:VEVENT"), 4);
    }
};

QTEST_MAIN(TestFeedsUi)
#include "tst_feedsui.moc"
