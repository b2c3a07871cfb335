// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every route the full application registers is in the OpenAPI document, and the docs page works.
#include "apiserver.h"
#include "composition.h"
#include "httpclient.h"
#include "openapi.h"
#include "teststores.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Eventdesk;

class TestOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        App::Options options;
        options.port = 0;
        options.dataDir = m_dir.path();
        options.database = m_database.url(); // the pg twin: PostgreSQL
        m_app = std::make_unique<App::Composition>(options);
        auto opened = m_app->open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        auto started = m_app->startServer();
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        m_client = std::make_unique<Testing::HttpClient>(QUrl(m_app->server().baseUrl()));
        m_document = Api::openApiDocument(QStringLiteral(EVENTDESK_VERSION));
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_app.reset();
    }

    void isOpenApi31()
    {
        QVERIFY(m_document.value(QStringLiteral("openapi")).toString().startsWith(u"3.1."));
        const QJsonObject info = m_document.value(QStringLiteral("info")).toObject();
        QCOMPARE(
            info.value(QStringLiteral("version")).toString(), QStringLiteral(EVENTDESK_VERSION));
        QVERIFY(!info.value(QStringLiteral("title")).toString().isEmpty());
    }

    void everyRegisteredRouteIsDocumented()
    {
        const QStringList documented = Api::documentedOperations(m_document);
        const auto &routes = m_app->server().router().routes();
        QVERIFY(routes.size() >= 5);
        QStringList missing;
        for (const Api::Route &route : routes) {
            const QString operation
                = QString::fromLatin1(Api::methodName(route.method)) + u' ' + route.pattern;
            if (!documented.contains(operation))
                missing.append(operation);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("Not in any resources/openapi/paths/*.json: ")
                + missing.join(QStringLiteral(", "))));
    }

    void everyDocumentedOperationExists()
    {
        QStringList registered;
        for (const Api::Route &route : m_app->server().router().routes())
            registered.append(
                QString::fromLatin1(Api::methodName(route.method)) + u' ' + route.pattern);
        QStringList stale;
        for (const QString &operation : Api::documentedOperations(m_document)) {
            if (!registered.contains(operation))
                stale.append(operation);
        }
        QVERIFY2(stale.isEmpty(),
            qPrintable(QStringLiteral("Documented but not registered: ")
                + stale.join(QStringLiteral(", "))));
    }

    void everyOperationHasResponses()
    {
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path->toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                if (!op->isObject() || op.key() == QLatin1String("parameters"))
                    continue;
                const QString where = op.key() + u' ' + path.key();
                QVERIFY2(!op->toObject().value(QStringLiteral("responses")).toObject().isEmpty(),
                    qPrintable(where));
            }
        }
    }

    void servedDocumentIsTheSame()
    {
        const auto reply = m_client->get(QStringLiteral("/api/v1/openapi.json"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.json(), m_document);
    }

    void docsPageUsesSwaggerUi()
    {
        const auto page = m_client->get(QStringLiteral("/docs"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains("swagger-ui-bundle.js"));
        QVERIFY(page.body.contains("swagger-ui.css"));

        const auto bundle = m_client->get(QStringLiteral("/docs/swagger-ui-bundle.js"));
        QVERIFY2(bundle.status == 200,
            "swagger-ui-dist is missing from the build: run 'make deps' (npm ci)");
        QVERIFY(bundle.header("content-type").startsWith("text/javascript"));
        QVERIFY(bundle.body.size() > 100'000);
        QVERIFY(bundle.body.contains("SwaggerUIBundle"));

        const auto css = m_client->get(QStringLiteral("/docs/swagger-ui.css"));
        QCOMPARE(css.status, 200);
        QVERIFY(css.header("content-type").startsWith("text/css"));
    }

    void docsAssetsAreConfined_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown") << QStringLiteral("/docs/nothing.js");
        QTest::newRow("dot file") << QStringLiteral("/docs/.hidden");
        QTest::newRow("encoded traversal") << QStringLiteral("/docs/..%2Fopenapi%2Fopenapi.json");
    }
    void docsAssetsAreConfined()
    {
        QFETCH(QString, path);
        const auto reply = m_client->get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    }

    // What the pipeline answers before a handler runs follows from the route's declared policy;
    // the document must list it for that operation (the contract test checks real answers).
    void policiesAreDocumented()
    {
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        QStringList missing;
        for (const Api::Route &route : m_app->server().router().routes()) {
            const QString method = QString::fromLatin1(Api::methodName(route.method)).toLower();
            const QJsonObject operation
                = paths.value(route.pattern).toObject().value(method).toObject();
            const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
            QStringList expected;
            const Api::Policy &policy = route.policy;
            expected.append(QStringLiteral("400")); // an unknown query parameter, at least
            if (policy.access != Api::Access::Anyone)
                expected.append(QStringLiteral("401"));
            if (policy.access == Api::Access::Admin)
                expected.append(QStringLiteral("403"));
            if (policy.body == Api::Body::Json)
                expected.append(QStringLiteral("415"));
            for (const Api::Route::Segment &segment : route.segments) {
                if (segment.typedId)
                    expected.append(QStringLiteral("404"));
            }
            for (const QString &status : std::as_const(expected)) {
                if (!responses.contains(status))
                    missing.append(method.toUpper() + u' ' + route.pattern + u' ' + status);
            }
            // Every query parameter the route accepts is documented, and no other.
            QStringList documented;
            for (const QJsonValue &parameter :
                operation.value(QStringLiteral("parameters")).toArray()) {
                const QJsonObject object = parameter.toObject();
                if (object.value(QStringLiteral("in")).toString() == QLatin1String("query"))
                    documented.append(object.value(QStringLiteral("name")).toString());
            }
            QStringList accepted = policy.query;
            documented.sort();
            accepted.sort();
            if (documented != accepted)
                missing.append(method.toUpper() + u' ' + route.pattern + u" query "
                    + accepted.join(u',') + u" != documented " + documented.join(u','));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }

private:
    QTemporaryDir m_dir;
    Testing::TestDatabaseUrl m_database;
    std::unique_ptr<App::Composition> m_app;
    std::unique_ptr<Testing::HttpClient> m_client;
    QJsonObject m_document;
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
