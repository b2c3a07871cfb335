// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metacontroller.h"
#include "openapi.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Eventdesk::Api {

MetaController::MetaController()
    : m_openApi(QJsonDocument(openApiDocument(QStringLiteral(EVENTDESK_VERSION)))
                    .toJson(QJsonDocument::Compact))
{
    m_uptime.start();
}

void MetaController::registerRoutes(Router &router, const ServerContext &)
{
    /// Liveness: answers without touching the database, so load tests can use it as a ceiling.
    router.add(Method::Get, QStringLiteral("/api/v1/health"), {},
        [this](const Request &r) { return health(r); });
    /// The build's version.
    router.add(Method::Get, QStringLiteral("/api/v1/version"), {},
        [this](const Request &r) { return version(r); });
    /// The OpenAPI 3.1 document of every route.
    router.add(Method::Get, QStringLiteral("/api/v1/openapi.json"), {},
        [this](const Request &r) { return openApi(r); });
    /// The interactive docs page (Swagger UI).
    router.add(
        Method::Get, QStringLiteral("/docs"), {}, [this](const Request &r) { return docsPage(r); });
    /// The docs page's assets.
    router.add(Method::Get, QStringLiteral("/docs/{file}"), {},
        [this](const Request &r) { return docsAsset(r); });
}

Reply MetaController::health(const Request &) const
{
    return Response::rawJson("{\"status\":\"ok\",\"uptime_seconds\":"
        + QByteArray::number(m_uptime.elapsed() / 1000) + '}');
}

Reply MetaController::version(const Request &) const
{
    return Response::json(QJsonObject {{QStringLiteral("name"), QStringLiteral("Eventdesk")},
        {QStringLiteral("version"), QStringLiteral(EVENTDESK_VERSION)},
        {QStringLiteral("api"), QStringLiteral("v1")},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())}});
}

Reply MetaController::openApi(const Request &) const
{
    return Response::rawJson(m_openApi);
}

Reply MetaController::docsPage(const Request &) const
{
    QFile file(QStringLiteral(":/docs/index.html"));
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error::make(Core::ErrorKind::NotFound, QStringLiteral("docs_unavailable"),
            QStringLiteral("The docs page is not part of this build."));
    return Response::text(file.readAll(), "text/html; charset=utf-8");
}

Reply MetaController::docsAsset(const Request &request) const
{
    static const QRegularExpression safeName(QStringLiteral(R"(^[A-Za-z0-9._-]+$)"));
    const QString name = request.param(QStringLiteral("file"));
    QFile file(QStringLiteral(":/docs/") + name);
    if (!safeName.match(name).hasMatch() || name.startsWith(u'.')
        || !file.open(QIODevice::ReadOnly))
        return Core::Error::notFound(QStringLiteral("There is no docs asset named %1.").arg(name));
    QByteArray type = "application/octet-stream";
    if (name.endsWith(QLatin1String(".js")))
        type = "text/javascript; charset=utf-8";
    else if (name.endsWith(QLatin1String(".css")))
        type = "text/css; charset=utf-8";
    else if (name.endsWith(QLatin1String(".html")))
        type = "text/html; charset=utf-8";
    else if (name.endsWith(QLatin1String(".png")))
        type = "image/png";
    Response response = Response::text(file.readAll(), type);
    response.withHeader("Cache-Control", "max-age=86400");
    return response;
}

} // namespace Eventdesk::Api
