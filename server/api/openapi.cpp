// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openapi.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace Eventdesk::Api {

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("OpenAPI: cannot read %s", qUtf8Printable(path));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("OpenAPI: %s: %s", qUtf8Printable(path), qUtf8Printable(error.errorString()));
    return document.object();
}

void mergeInto(QJsonObject &target, const QJsonObject &source)
{
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (it->isObject() && target.value(it.key()).isObject()) {
            QJsonObject nested = target.value(it.key()).toObject();
            mergeInto(nested, it->toObject());
            target.insert(it.key(), nested);
        } else {
            target.insert(it.key(), *it);
        }
    }
}

} // namespace

QJsonObject openApiDocument(const QString &version)
{
    QJsonObject document = readJson(QStringLiteral(":/openapi/openapi.json"));
    const QDir paths(QStringLiteral(":/openapi/paths"));
    for (const QString &entry :
        paths.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        mergeInto(document, readJson(paths.filePath(entry)));
    QJsonObject info = document.value(QStringLiteral("info")).toObject();
    info.insert(QStringLiteral("version"), version);
    document.insert(QStringLiteral("info"), info);
    return document;
}

QStringList documentedOperations(const QJsonObject &document)
{
    QStringList operations;
    const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path->toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            static const QStringList methods {QStringLiteral("get"), QStringLiteral("put"),
                QStringLiteral("post"), QStringLiteral("delete"), QStringLiteral("patch"),
                QStringLiteral("head"), QStringLiteral("options")};
            if (methods.contains(op.key()))
                operations.append(op.key().toUpper() + u' ' + path.key());
        }
    }
    return operations;
}

} // namespace Eventdesk::Api
