// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrules.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace Eventdesk::Core {

namespace {

constexpr int MaxDepth = 16;

const QSet<QString> &knownTypes()
{
    static const QSet<QString> types {QStringLiteral("string"), QStringLiteral("number"),
        QStringLiteral("integer"), QStringLiteral("boolean"), QStringLiteral("object"),
        QStringLiteral("array"), QStringLiteral("any")};
    return types;
}

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys {QStringLiteral("type"), QStringLiteral("required"),
        QStringLiteral("min_length"), QStringLiteral("max_length"), QStringLiteral("min"),
        QStringLiteral("max"), QStringLiteral("enum"), QStringLiteral("fields"),
        QStringLiteral("additional"), QStringLiteral("items"), QStringLiteral("description")};
    return keys;
}

void checkObjectRules(
    const QJsonObject &rules, const QString &at, int depth, QList<FieldError> *errors);

void checkFieldRule(
    const QJsonValue &value, const QString &at, int depth, QList<FieldError> *errors)
{
    if (!value.isObject()) {
        errors->append({at, QStringLiteral("must be an object")});
        return;
    }
    const QJsonObject rule = value.toObject();
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            errors->append({at + u'.' + it.key(), QStringLiteral("is not a known rule")});
    }
    const QString type = rule.value(QStringLiteral("type")).toString(QStringLiteral("any"));
    if (!knownTypes().contains(type))
        errors->append({at + QStringLiteral(".type"),
            QStringLiteral("must be one of string, number, integer, boolean, object, array, any")});
    if (rule.contains(QStringLiteral("required"))
        && !rule.value(QStringLiteral("required")).isBool())
        errors->append({at + QStringLiteral(".required"), QStringLiteral("must be true or false")});
    for (const QString &key : {QStringLiteral("min_length"), QStringLiteral("max_length")}) {
        if (!rule.contains(key))
            continue;
        const QJsonValue limit = rule.value(key);
        if (!limit.isDouble() || limit.toDouble() < 0
            || std::floor(limit.toDouble()) != limit.toDouble())
            errors->append({at + u'.' + key, QStringLiteral("must be a whole number >= 0")});
    }
    for (const QString &key : {QStringLiteral("min"), QStringLiteral("max")}) {
        if (rule.contains(key) && !rule.value(key).isDouble())
            errors->append({at + u'.' + key, QStringLiteral("must be a number")});
    }
    if (rule.contains(QStringLiteral("enum")) && !rule.value(QStringLiteral("enum")).isArray())
        errors->append({at + QStringLiteral(".enum"), QStringLiteral("must be a list")});
    if (rule.contains(QStringLiteral("fields")) || rule.contains(QStringLiteral("additional"))) {
        if (type != QLatin1String("object"))
            errors->append({at + QStringLiteral(".fields"),
                QStringLiteral("only an object field may have fields")});
        else if (depth >= MaxDepth)
            errors->append({at, QStringLiteral("nests deeper than 16 levels")});
        else
            checkObjectRules(rule, at, depth + 1, errors);
    }
    if (rule.contains(QStringLiteral("items"))) {
        if (type != QLatin1String("array"))
            errors->append({at + QStringLiteral(".items"),
                QStringLiteral("only an array field may have items")});
        else if (depth >= MaxDepth)
            errors->append({at, QStringLiteral("nests deeper than 16 levels")});
        else
            checkFieldRule(rule.value(QStringLiteral("items")), at + QStringLiteral(".items"),
                depth + 1, errors);
    }
}

void checkObjectRules(
    const QJsonObject &rules, const QString &at, int depth, QList<FieldError> *errors)
{
    if (rules.contains(QStringLiteral("additional"))
        && !rules.value(QStringLiteral("additional")).isBool())
        errors->append(
            {at + QStringLiteral(".additional"), QStringLiteral("must be true or false")});
    if (!rules.contains(QStringLiteral("fields")))
        return;
    const QJsonValue fields = rules.value(QStringLiteral("fields"));
    if (!fields.isObject()) {
        errors->append({at + QStringLiteral(".fields"), QStringLiteral("must be an object")});
        return;
    }
    const QJsonObject object = fields.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        checkFieldRule(it.value(), at + QStringLiteral(".fields.") + it.key(), depth, errors);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void validateObject(const QJsonObject &rules, const QJsonObject &data, const QString &at,
    QList<FieldError> *reasons);

void validateValue(
    const QJsonObject &rule, const QJsonValue &value, const QString &at, QList<FieldError> *reasons)
{
    const QString type = rule.value(QStringLiteral("type")).toString(QStringLiteral("any"));
    bool typeOk = true;
    if (type == QLatin1String("string"))
        typeOk = value.isString();
    else if (type == QLatin1String("number"))
        typeOk = value.isDouble();
    else if (type == QLatin1String("integer"))
        typeOk = value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    else if (type == QLatin1String("boolean"))
        typeOk = value.isBool();
    else if (type == QLatin1String("object"))
        typeOk = value.isObject();
    else if (type == QLatin1String("array"))
        typeOk = value.isArray();
    if (!typeOk) {
        const QString wanted = type == QLatin1String("integer") ? QStringLiteral("a whole number")
            : type == QLatin1String("array")                    ? QStringLiteral("a list")
            : type == QLatin1String("object")                   ? QStringLiteral("an object")
            : type == QLatin1String("boolean")                  ? QStringLiteral("a boolean")
            : type == QLatin1String("number")                   ? QStringLiteral("a number")
                                                                : QStringLiteral("a string");
        reasons->append({at, QStringLiteral("must be %1, not %2").arg(wanted, typeName(value))});
        return;
    }
    qint64 length = -1;
    if (value.isString())
        length = value.toString().size();
    else if (value.isArray())
        length = value.toArray().size();
    if (length >= 0) {
        const QJsonValue min = rule.value(QStringLiteral("min_length"));
        const QJsonValue max = rule.value(QStringLiteral("max_length"));
        if (min.isDouble() && length < qint64(min.toDouble()))
            reasons->append({at, QStringLiteral("must be at least %1 long").arg(min.toInteger())});
        if (max.isDouble() && length > qint64(max.toDouble()))
            reasons->append({at, QStringLiteral("must be at most %1 long").arg(max.toInteger())});
    }
    if (value.isDouble()) {
        const QJsonValue min = rule.value(QStringLiteral("min"));
        const QJsonValue max = rule.value(QStringLiteral("max"));
        if (min.isDouble() && value.toDouble() < min.toDouble())
            reasons->append({at, QStringLiteral("must be at least %1").arg(min.toDouble())});
        if (max.isDouble() && value.toDouble() > max.toDouble())
            reasons->append({at, QStringLiteral("must be at most %1").arg(max.toDouble())});
    }
    if (rule.contains(QStringLiteral("enum"))
        && !rule.value(QStringLiteral("enum")).toArray().contains(value))
        reasons->append({at, QStringLiteral("is not one of the allowed values")});
    if (value.isObject()
        && (rule.contains(QStringLiteral("fields")) || rule.contains(QStringLiteral("additional"))))
        validateObject(rule, value.toObject(), at, reasons);
    if (value.isArray() && rule.value(QStringLiteral("items")).isObject()) {
        const QJsonObject itemRule = rule.value(QStringLiteral("items")).toObject();
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            validateValue(itemRule, items.at(i), at + u'[' + QString::number(i) + u']', reasons);
    }
}

void validateObject(const QJsonObject &rules, const QJsonObject &data, const QString &at,
    QList<FieldError> *reasons)
{
    const QJsonObject fields = rules.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject rule = it.value().toObject();
        const QString field = at + u'.' + it.key();
        const auto found = data.constFind(it.key());
        if (found == data.constEnd() || found->isNull()) {
            if (rule.value(QStringLiteral("required")).toBool())
                reasons->append({field, QStringLiteral("is required")});
            continue;
        }
        validateValue(rule, *found, field, reasons);
    }
    if (!rules.value(QStringLiteral("additional")).toBool(true)) {
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (!fields.contains(it.key()))
                reasons->append({at + u'.' + it.key(), QStringLiteral("is not allowed")});
        }
    }
}

} // namespace

Result<EventRules> EventRules::parse(const QJsonObject &rules)
{
    QList<FieldError> errors;
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (it.key() != QLatin1String("fields") && it.key() != QLatin1String("additional")
            && it.key() != QLatin1String("description"))
            errors.append(
                {QStringLiteral("rules.") + it.key(), QStringLiteral("is not a known rule")});
    }
    checkObjectRules(rules, QStringLiteral("rules"), 0, &errors);
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("invalid_rules"),
            QStringLiteral("The validation rules are not valid."), errors);
    EventRules result;
    result.m_rules = rules;
    return result;
}

void EventRules::validate(const QJsonObject &data, QList<FieldError> *reasons) const
{
    validateObject(m_rules, data, QStringLiteral("data"), reasons);
}

} // namespace Eventdesk::Core
